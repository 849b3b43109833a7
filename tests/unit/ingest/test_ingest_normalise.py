"""Normalisation: canonical URLs, clean text, dates, language, hashes and ids (pure functions)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from vigie.errors import MalformedInput
from vigie_ingest.html_text import html_to_text
from vigie_ingest.language_codes import load_language_codes
from vigie_ingest.normalise import (
    NormaliseConfig,
    article_id_for,
    canonical_url,
    clean_text,
    clean_title,
    content_hash,
    declared_language,
    normalise,
    parse_published,
    source_of,
    truncate,
)
from vigie_ingest.raw import RawArticle
from vigie_ingest.tracking import load_tracking_params

TRACKING = load_tracking_params()
LANGUAGES = load_language_codes()
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("HTTPS://WWW.Example.COM/News/Story", "https://www.example.com/News/Story"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/a/#section-2", "https://example.com/a"),
        ("https://example.com/a/", "https://example.com/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/", "https://example.com/"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        (
            "https://example.com/a?utm_source=tw&utm_medium=social&id=7&fbclid=XYZ&gclid=1&mc_cid=2&mc_eid=3",
            "https://example.com/a?id=7",
        ),
        ("https://example.com/a?ref=home&igshid=abc&UTM_Campaign=x", "https://example.com/a"),
        ("https://example.com/a?q=&z=1", "https://example.com/a?q=&z=1"),
        ("https://example.com//a//b", "https://example.com/a/b"),
    ],
)
def test_canonical_url(given: str, expected: str) -> None:
    assert canonical_url(given, TRACKING) == expected


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.com/a", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("example.com/a", "scheme"),
        ("https:///nohost", "no host"),
        ("http://example.com:99999/", "invalid URL"),
    ],
)
def test_unusable_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    with pytest.raises(MalformedInput, match=reason):
        canonical_url(url, TRACKING)


def test_source_is_the_host_without_www() -> None:
    assert source_of("https://www.bbc.co.uk/news") == "bbc.co.uk"
    assert source_of("https://news.example.org/") == "news.example.org"


def test_html_stripping_drops_scripts_and_styles_and_decodes_entities() -> None:
    html = (
        "<html><head><title>ignored</title><style>p{color:red}</style></head><body>"
        "<p>Ankara &amp; Moscou&nbsp;: l&#39;appel</p><script>var s = '<p>evil</p>';</script>"
        "<noscript>enable js</noscript><ul><li>un</li><li>deux</li></ul></body></html>"
    )
    text = clean_text(html, is_html=True)
    assert text == "Ankara & Moscou : l'appel\n\nun\ndeux"
    assert "evil" not in text and "color" not in text and "ignored" not in text


def test_html_stripping_survives_broken_markup() -> None:
    assert html_to_text("<p>open <b>bold <script>never closed").split() == ["open", "bold"]
    assert clean_text("<div><p>a</div> <<>> b") == "a\n\n<<>> b"


def test_plain_text_keeps_angle_brackets_and_is_nfc() -> None:
    decomposed = "Cafe\u0301  au \t lait\r\n\r\n\r\n\r\nx < y > z\u200b"
    assert clean_text(decomposed) == "Café au lait\n\nx < y > z"


def test_title_is_one_line_with_entities_decoded() -> None:
    assert clean_title("  Erdoğan &amp; Putin\n  talk <b>gas</b> ") == "Erdoğan & Putin talk gas"
    assert clean_title(None) == ""


def test_truncate_cuts_at_a_word_boundary() -> None:
    text = "word " * 100
    cut = truncate(text, 52)
    assert len(cut) <= 52 and cut.endswith("word")
    assert truncate("short", 52) == "short"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-01T10:00:00+02:00", datetime(2026, 3, 1, 8, 0, tzinfo=UTC)),
        ("2026-03-01T10:00:00Z", datetime(2026, 3, 1, 10, 0, tzinfo=UTC)),
        ("2026-03-01T10:00:00", datetime(2026, 3, 1, 10, 0, tzinfo=UTC)),
        ("2026-03-01", datetime(2026, 3, 1, tzinfo=UTC)),
        ("Sun, 01 Mar 2026 10:00:00 GMT", datetime(2026, 3, 1, 10, 0, tzinfo=UTC)),
        ("Sun, 01 Mar 2026 10:00:00 -0500", datetime(2026, 3, 1, 15, 0, tzinfo=UTC)),
        ("last Tuesday", None),
        ("", None),
        (None, None),
        ("2026-13-45T99:00", None),
    ],
)
def test_published_is_utc_or_none(value: str | None, expected: datetime | None) -> None:
    parsed = parse_published(value)
    assert parsed == expected
    if parsed is not None:
        assert parsed.tzinfo == UTC


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("fr", "fr"),
        ("FR-fr", "fr"),
        ("pt_BR", "pt"),
        ("und", None),
        ("xx", None),
        ("no", "no"),
        ("", None),
        ("english", None),
        (None, None),
    ],
)
def test_declared_language(value: str | None, expected: str | None) -> None:
    assert declared_language(value, LANGUAGES) == expected


def test_content_hash_ignores_case_and_spacing_only() -> None:
    assert content_hash("Title", "Some  body\n\ntext") == content_hash("title", "some body text")
    assert content_hash("Title", "Some body text") != content_hash("Title", "Some body texts")


def test_article_id_is_given_or_derived_from_the_canonical_url() -> None:
    assert article_id_for("abc-1", "https://ex.org/a") == "abc-1"
    derived = article_id_for(None, "https://ex.org/a")
    assert derived.startswith("u-") and len(derived) == 22
    assert derived == article_id_for(None, "https://ex.org/a")
    assert derived != article_id_for(None, "https://ex.org/b")


def _raw(**fields: str) -> RawArticle:
    return RawArticle.model_validate({"url": "https://www.ex.org/a?utm_source=x", **fields})


CONFIG = NormaliseConfig(TRACKING, LANGUAGES, max_article_chars=60)


def test_normalise_builds_a_complete_article() -> None:
    raw = _raw(
        title="Talks <i>resume</i>",
        html="<p>Les ministres se sont rencontrés à Genève mercredi pour discuter.</p>",
        published="2026-02-28T09:00:00+01:00",
        lang="fr-FR",
        source="Le Quotidien",
    )
    art = normalise(raw, CONFIG, origin="push", ingested_at=NOW)
    assert art.url == "https://www.ex.org/a"
    assert art.original_url == "https://www.ex.org/a?utm_source=x"
    assert art.article_id == article_id_for(None, "https://www.ex.org/a")
    assert art.title == "Talks resume"
    assert art.text.startswith("Les ministres") and len(art.text) <= 60
    assert (art.lang, art.lang_detected, art.lang_confidence) == ("fr", False, None)
    assert art.published == datetime(2026, 2, 28, 8, 0, tzinfo=UTC)
    assert art.source == "Le Quotidien"
    assert art.content_hash == content_hash(art.title, art.text)
    assert (art.origin, art.ingested_at) == ("push", NOW)


def test_normalise_detects_the_language_when_not_declared() -> None:
    raw = _raw(text="Der Bundeskanzler hat am Mittwoch mit dem französischen Präsidenten telefoniert.")
    art = normalise(raw, NormaliseConfig(TRACKING, LANGUAGES), origin="file", ingested_at=NOW)
    assert art.lang == "de" and art.lang_detected
    assert art.lang_confidence is not None and art.lang_confidence > 0.5
    assert art.source == "ex.org"


def test_invalid_declared_language_falls_back_to_detection() -> None:
    raw = _raw(text="El presidente del Gobierno se reunió ayer con los sindicatos en Madrid.", lang="xx-??")
    art = normalise(raw, NormaliseConfig(TRACKING, LANGUAGES), origin="file", ingested_at=NOW)
    assert art.lang == "es" and art.lang_detected


def test_text_wins_over_html_and_html_is_used_when_text_is_blank() -> None:
    both = normalise(
        _raw(text="plain body", html="<p>html body</p>", lang="en"), CONFIG, origin="push", ingested_at=NOW
    )
    assert both.text == "plain body"
    blank = normalise(
        _raw(text="  ", html="<p>html body</p>", lang="en"), CONFIG, origin="push", ingested_at=NOW
    )
    assert blank.text == "html body"


def test_an_article_with_no_title_and_no_text_is_refused() -> None:
    with pytest.raises(MalformedInput, match="neither title nor text"):
        normalise(_raw(html="<script>only()</script>"), CONFIG, origin="push", ingested_at=NOW)


def test_bundled_language_list_is_iso_639_1() -> None:
    assert len(LANGUAGES) > 180
    assert {"en", "fr", "es", "de", "ar", "tr", "ru", "no"} <= LANGUAGES
    assert all(len(code) == 2 for code in LANGUAGES)


def test_line_breaks_inside_html_text_are_spaces_but_pre_keeps_lines() -> None:
    html = "<p>The harbour reopened\n   on Monday.</p><pre>line one\nline two</pre>"
    assert clean_text(html, is_html=True) == "The harbour reopened on Monday.\n\nline one\nline two"


def test_a_contract_violation_becomes_a_rejection_not_a_crash() -> None:
    odd = NormaliseConfig(TRACKING, frozenset({"x"}))
    with pytest.raises(MalformedInput, match="unusable article: lang"):
        normalise(_raw(text="body", lang="x"), odd, origin="push", ingested_at=NOW)
