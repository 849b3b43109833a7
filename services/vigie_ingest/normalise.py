"""Pure normalisation of incoming articles: canonical URL, clean text, dates, language, hashes, ids.

No I/O here: the tracking-parameter list is passed in (see ``tracking.py``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pydantic import ValidationError

from vigie.contracts import Article
from vigie.errors import MalformedInput
from vigie.language import UNDETERMINED, detect_language
from vigie_ingest.html_text import html_to_text
from vigie_ingest.raw import RawArticle
from vigie_ingest.tracking import TrackingParams

Origin = Literal["feed", "push", "file"]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_LOOKS_LIKE_HTML = re.compile(r"<(?:[a-zA-Z][a-zA-Z0-9]*\b[^<>]*|/[a-zA-Z][a-zA-Z0-9]*\s*|!--.*?--)>", re.S)
_HSPACE = re.compile(r"[^\S\n]+")
_MANY_NEWLINES = re.compile(r"\n{3,}")
# Control characters other than newline and tab, and zero-width/format characters, carry no text.
_INVISIBLE = {c: None for c in range(0x20) if c not in (9, 10)} | {
    0x7F: None, 0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None, 0xAD: None,
}  # fmt: skip


@dataclass(frozen=True)
class NormaliseConfig:
    """What normalisation depends on besides the article itself."""

    tracking: TrackingParams
    languages: frozenset[str]
    max_article_chars: int = 200_000


def canonical_url(url: str, tracking: TrackingParams) -> str:
    """The URL used for identity: lower-case scheme and host, no default port, fragment or tracking
    parameters, remaining parameters sorted, no trailing slash (the root path stays ``/``).

    >>> t = TrackingParams(frozenset({"fbclid"}), ("utm_",))
    >>> canonical_url("HTTPS://WWW.Ex.org:443/a/b/?z=1&utm_source=x&a=2&fbclid=9#top", t)
    'https://www.ex.org/a/b?a=2&z=1'
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise MalformedInput(f"url: invalid URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise MalformedInput(f"url: scheme must be http or https, got {scheme or 'none'!r}")
    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise MalformedInput("url: no host")
    netloc = f"[{host}]" if ":" in host else host
    if parts.username is not None:
        userinfo = parts.username + (f":{parts.password}" if parts.password is not None else "")
        netloc = f"{userinfo}@{netloc}"
    if port is not None and port != _DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    path = re.sub(r"/{2,}", "/", parts.path).rstrip("/") or "/"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not tracking.is_tracking(k)]
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def source_of(canonical: str) -> str:
    """The outlet name derived from a URL: its host without ``www.``.

    >>> source_of("https://www.lemonde.fr/x")
    'lemonde.fr'
    """
    host = urlsplit(canonical).hostname or ""
    return host.removeprefix("www.")


def clean_text(value: str, *, is_html: bool = False) -> str:
    """Plain text: HTML stripped (when it is HTML), Unicode NFC, spaces collapsed, paragraphs kept.

    >>> clean_text("<p>Caf&eacute;   au\\tlait</p><p>Deux</p>", is_html=True)
    'Café au lait\\n\\nDeux'
    """
    if is_html or _LOOKS_LIKE_HTML.search(value):
        value = html_to_text(value)
    value = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    value = value.translate(_INVISIBLE)
    lines = [_HSPACE.sub(" ", line).strip() for line in value.split("\n")]
    return _MANY_NEWLINES.sub("\n\n", "\n".join(lines)).strip()


def clean_title(value: str | None) -> str:
    """A title on one line, HTML and entities decoded."""
    if not value:
        return ""
    return " ".join(clean_text(value, is_html="<" in value or "&" in value).split())


def truncate(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, at a word boundary when one is near."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ", max(0, limit - 200))
    return (cut[:space] if space > 0 else cut).rstrip()


def parse_published(value: str | datetime | None) -> datetime | None:
    """A timezone-aware UTC datetime from ISO 8601 or RFC 822; naive means UTC; garbage gives None.

    >>> parse_published("2026-03-01T10:00:00+02:00").isoformat()
    '2026-03-01T08:00:00+00:00'
    >>> parse_published("yesterday") is None
    True
    """
    if value is None:
        return None
    parsed: datetime | None
    if isinstance(value, datetime):
        parsed = value
    else:
        text = value.strip()
        if not text:
            return None
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            try:
                parsed = parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def declared_language(value: str | None, known: frozenset[str]) -> str | None:
    """The ISO 639-1 code of a declared language tag (``fr-FR`` → ``fr``), or None when unusable.

    >>> declared_language("fr-FR", frozenset({"fr"})), declared_language("xx", frozenset({"fr"}))
    ('fr', None)
    """
    if not value:
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if code in known and code != UNDETERMINED else None


def content_hash(title: str, text: str) -> str:
    """SHA-256 of the title and text, case-folded and with whitespace collapsed (copies match)."""
    folded = " ".join(f"{title}\n{text}".casefold().split())
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def article_id_for(given: str | None, canonical: str) -> str:
    """The given id, or one derived from the canonical URL.

    >>> article_id_for(None, "https://ex.org/a")[:2]
    'u-'
    """
    if given:
        return given
    return "u-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


def normalise(
    raw: RawArticle,
    config: NormaliseConfig,
    *,
    origin: Origin,
    ingested_at: datetime,
    feed: str | None = None,
) -> Article:
    """Build the Article for ``raw``; raise MalformedInput (with the reason) when it is unusable."""
    url = canonical_url(raw.url, config.tracking)
    title = clean_title(raw.title)
    use_html = raw.html is not None and not (raw.text or "").strip()
    text = clean_text((raw.html if use_html else raw.text) or "", is_html=use_html)
    text = truncate(text, config.max_article_chars)
    if not title and not text:
        raise MalformedInput("article has neither title nor text")
    lang = declared_language(raw.lang, config.languages)
    detected, confidence = False, None
    if lang is None:
        lang, score = detect_language(f"{title}\n{text}")
        detected, confidence = True, score
    fields = {
        "article_id": article_id_for(raw.id, url),
        "url": url,
        "original_url": raw.url if raw.url != url else None,
        "source": (raw.source or "").strip() or source_of(url),
        "title": title,
        "text": text,
        "lang": lang,
        "lang_detected": detected,
        "lang_confidence": confidence,
        "published": parse_published(raw.published),
        "ingested_at": ingested_at,
        "content_hash": content_hash(title, text),
        "origin": origin,
        "feed": feed,
    }
    try:
        return Article.model_validate(fields)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"])
        raise MalformedInput(f"unusable article: {where}: {first['msg']}") from None
