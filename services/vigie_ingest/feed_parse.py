"""Safe parsing of RSS/Atom documents into RawArticles.

Order matters: an HTML page is recognised first; then defusedxml parses the bytes and refuses any
DOCTYPE or ENTITY declaration (billion laughs, external entities) and malformed XML; then the root
element must be an RSS or Atom feed; only then does feedparser read it (from memory, never a URL).
"""

from __future__ import annotations

import calendar
import io
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from xml.etree.ElementTree import ParseError

import feedparser
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from pydantic import ValidationError

from vigie.errors import MalformedInput
from vigie_ingest.raw import RawArticle, describe_validation_error

ATOM_NS = "http://www.w3.org/2005/Atom"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


class NotAFeed(MalformedInput):
    """Well-formed or not, the document is not RSS or Atom."""


class HostileXml(MalformedInput):
    """The document declares a DTD or entities (XML bomb, external entity): refused unread."""


@dataclass
class ParsedFeed:
    """The usable items of a feed, and why the others were skipped."""

    articles: list[RawArticle] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    language: str | None = None


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def check_feed_document(body: bytes) -> None:
    """Raise NotAFeed, HostileXml or MalformedInput unless ``body`` is a safe RSS/Atom document."""
    if _looks_like_html(body):
        raise NotAFeed("not a feed: the document is an HTML page")
    try:
        root = fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise HostileXml(f"refused XML with DTD/entity declarations: {type(exc).__name__}") from None
    except ParseError as exc:
        raise MalformedInput(f"malformed XML: {exc}") from None
    tag = str(root.tag)
    if tag in ("rss", f"{{{ATOM_NS}}}feed", f"{{{RDF_NS}}}RDF"):
        return
    raise NotAFeed(f"not a feed: root element is <{tag}>, not <rss> or Atom <feed>")


def _entry_datetime(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return datetime.fromtimestamp(calendar.timegm(value), UTC).isoformat()
    for key in ("published", "updated"):
        if isinstance(entry.get(key), str):
            return str(entry.get(key))
    return None


def _entry_url(entry: Any) -> str | None:
    for candidate in (entry.get("link"), entry.get("id")):
        if isinstance(candidate, str) and candidate.strip().lower().startswith(("http://", "https://")):
            return candidate.strip()
    return None


def _entry_html(entry: Any) -> str:
    """content:encoded / Atom content first (the full text), else description / summary."""
    for content in entry.get("content") or []:
        value = content.get("value")
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else ""


def parse_feed(body: bytes, *, lang: str | None = None, source: str | None = None) -> ParsedFeed:
    """The items of a safe RSS/Atom document (see ``check_feed_document`` for what is refused).

    ``lang`` (declared in the feeds config) wins over the feed's own ``<language>``.
    """
    check_feed_document(body)
    parsed = feedparser.parse(io.BytesIO(body), sanitize_html=False, resolve_relative_uris=True)
    feed_lang = parsed.feed.get("language") if isinstance(parsed.feed.get("language"), str) else None
    out = ParsedFeed(language=lang or feed_lang)
    for number, entry in enumerate(parsed.entries, start=1):
        url = _entry_url(entry)
        if url is None:
            out.rejected.append(f"item {number}: no http(s) link or guid")
            continue
        title = entry.get("title")
        try:
            article = RawArticle(
                url=url,
                title=title if isinstance(title, str) else None,
                html=_entry_html(entry),
                published=_entry_datetime(entry),
                lang=out.language,
                source=source,
            )
        except ValidationError as exc:
            out.rejected.append(f"item {number}: {describe_validation_error(exc)}")
            continue
        out.articles.append(article)
    return out
