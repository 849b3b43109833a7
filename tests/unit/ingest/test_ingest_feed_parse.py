"""Feed parsing: RSS and Atom items, and every hostile or broken document refused with a reason."""

from __future__ import annotations

import pytest
from ingest_feed_documents import (
    ATOM,
    BILLION_LAUGHS,
    DOCTYPE_ONLY,
    HTML_PAGE,
    MALFORMED,
    OTHER_XML,
    RSS,
    XHTML_PAGE,
    XXE,
)

from vigie.errors import MalformedInput
from vigie_ingest.feed_parse import HostileXml, NotAFeed, check_feed_document, parse_feed


def test_rss_items_prefer_full_content_and_resolve_guid_links() -> None:
    parsed = parse_feed(RSS)
    assert parsed.language == "en-gb"
    assert [a.url for a in parsed.articles] == [
        "https://www.example.org/world/geneva-talks?utm_source=rss&utm_medium=feed",
        "https://www.example.org/world/second",
    ]
    first, second = parsed.articles
    assert first.title == "Ministers meet in Geneva"
    assert first.html is not None and "foreign ministers met in Geneva" in first.html
    assert "Short summary" not in first.html
    assert first.published == "2026-03-01T09:00:00+00:00"
    assert second.html is not None and "harbour" in second.html
    assert second.published is None
    assert parsed.rejected == ["item 3: no http(s) link or guid"]


def test_atom_entries_are_read_and_config_language_wins() -> None:
    parsed = parse_feed(ATOM, lang="fr", source="Exemple Info")
    (entry,) = parsed.articles
    assert entry.url == "https://exemple.fr/articles/dakar"
    assert entry.title == "Le ministre se rend à Dakar"
    assert entry.html is not None and "Dakar" in entry.html and "Résumé" not in entry.html
    assert entry.published == "2026-03-01T07:30:00+00:00"
    assert (entry.lang, entry.source) == ("fr", "Exemple Info")


@pytest.mark.parametrize(
    ("document", "error", "reason"),
    [
        (HTML_PAGE, NotAFeed, "HTML page"),
        (XHTML_PAGE, NotAFeed, "root element"),
        (OTHER_XML, NotAFeed, "<sitemap>"),
        (MALFORMED, MalformedInput, "malformed XML"),
        (b"", MalformedInput, "malformed XML"),
        (b"\x00\x01 binary junk", MalformedInput, "malformed XML"),
        (BILLION_LAUGHS, HostileXml, "DTD"),
        (XXE, HostileXml, "DTD"),
        (DOCTYPE_ONLY, HostileXml, "DTD"),
    ],
)
def test_bad_documents_are_refused(document: bytes, error: type[Exception], reason: str) -> None:
    with pytest.raises(error, match=reason):
        check_feed_document(document)
    with pytest.raises(error):
        parse_feed(document)


def test_hostile_documents_are_not_expanded() -> None:
    # If entities were expanded, the error would come late (or memory would blow up); it comes
    # from the declaration itself, before any content is read.
    with pytest.raises(HostileXml) as info:
        check_feed_document(XXE)
    assert "root" not in str(info.value)
    assert "passwd" not in str(info.value)
