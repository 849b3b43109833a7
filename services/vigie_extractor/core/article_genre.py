"""What kind of piece an article is (the signal's ``genre``), from its title and URL.

An opinion piece, an analysis, an explainer or an anniversary tells of events reported elsewhere;
consumers (alerting) let it join a story as evidence but never open one. The cues are the ``genres``
section of ``data/genre/<lang>.yaml``: heading labels ("Opinion:", "ANALYSIS-", "... | Kommentar"),
URL path segments ("/opinion/", "/meinung/") and title patterns ("anniversary", "годовщина"). Outlets
label and slug across languages (an English "Opinion" heading on a Spanish site, "/opinion/" in a
French URL), so every language's cues are matched whatever the article's language.

>>> from vigie_extractor.core.genre import load_genres
>>> genres = ArticleGenres.of(cues.pieces for cues in load_genres().values())
>>> genres.genre_of("Opinion: the offensive on Aleppo was a mistake", "https://x.example/a")
'opinion'
>>> genres.genre_of("Rebels launch offensive near Aleppo", "https://x.example/world/a")
'news'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from vigie.contracts import Genre
from vigie_extractor.core.triggers import TriggerDataError

# The genres a title or URL can mark, first match first; an article with none of them is news.
MARKED: tuple[Genre, ...] = ("opinion", "analysis", "explainer", "anniversary")
_KEYS = ("labels", "url_segments", "title_patterns")
# What may stand between a heading label and the headline: a colon, a bar, a closing bracket or a
# spaced dash ("Opinion - ..."). A dash glued to the word is a compound ("Letter-bomb attack ...")
# unless the label is written in capitals, the wire style ("ANALYSIS-Sudan's war ...").
_SEPARATORS = r"(?:[:|»\]\)]|\s[-–—])"


def fold_title(text: str) -> str:
    """NFKC and case-folded, so 'ANALYSIS', 'Analysis' and full-width forms compare equal."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


@dataclass(frozen=True)
class PieceCues:
    """One language's cues of each marked genre, as written in its genre file."""

    labels: dict[Genre, tuple[str, ...]]
    url_segments: dict[Genre, tuple[str, ...]]
    title_patterns: dict[Genre, tuple[str, ...]]


def _strings(where: str, raw: Any, *, required: bool) -> tuple[str, ...]:
    if raw is None and not required:
        return ()
    if not isinstance(raw, list) or (required and not raw):
        raise TriggerDataError(f"{where}: expected a {'non-empty ' if required else ''}list of strings")
    for item in raw:
        if not isinstance(item, str) or not item.strip():
            raise TriggerDataError(f"{where}: {item!r} is not a non-empty string")
    return tuple(raw)


def parse_pieces(where: str, raw: Any) -> PieceCues:
    """Validate the ``genres`` section of a genre file (``where`` names the file in errors): every
    marked genre, each with heading labels, optional URL segments and optional title patterns."""
    if not isinstance(raw, dict):
        raise TriggerDataError(f"{where}: genres: expected a mapping of {list(MARKED)}")
    unknown = sorted(set(raw) - set(MARKED), key=str)
    missing = [name for name in MARKED if name not in raw]
    if unknown or missing:
        raise TriggerDataError(f"{where}: genres: unknown {unknown}, missing {missing}")
    labels: dict[Genre, tuple[str, ...]] = {}
    segments: dict[Genre, tuple[str, ...]] = {}
    patterns: dict[Genre, tuple[str, ...]] = {}
    for name in MARKED:
        entry, at = raw[name], f"{where}: genres.{name}"
        if not isinstance(entry, dict) or set(entry) - set(_KEYS):
            raise TriggerDataError(f"{at}: expected a mapping with keys among {list(_KEYS)}")
        labels[name] = _strings(f"{at}.labels", entry.get("labels"), required=True)
        segments[name] = _strings(f"{at}.url_segments", entry.get("url_segments"), required=False)
        for segment in segments[name]:
            if "/" in segment or segment != segment.strip():
                raise TriggerDataError(f"{at}.url_segments: {segment!r} is not one path segment")
        patterns[name] = _strings(f"{at}.title_patterns", entry.get("title_patterns"), required=False)
        for pattern in patterns[name]:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise TriggerDataError(f"{at}.title_patterns: bad pattern {pattern!r}: {exc}") from None
    return PieceCues(labels, segments, patterns)


def _either(words: Iterable[str]) -> str:
    """An alternation of ``words``, longest first; one that never matches when there are none."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in ordered) or r"(?!x)x"


@dataclass(frozen=True)
class _Marks:
    """One genre's cues of every language, compiled."""

    genre: Genre
    heading: re.Pattern[str]  # a label heading the folded title, or closing it
    wire: re.Pattern[str]  # a capitalised label glued to the headline by a dash
    url_segments: frozenset[str]
    anywhere: re.Pattern[str] | None  # title patterns


@dataclass(frozen=True)
class ArticleGenres:
    """Every language's genre cues, ready to read an article's genre."""

    marks: tuple[_Marks, ...]

    @classmethod
    def of(cls, languages: Iterable[PieceCues]) -> ArticleGenres:
        cues = list(languages)
        marks = []
        for genre in MARKED:
            labels = [fold_title(w) for c in cues for w in c.labels[genre]]
            alternatives = _either(labels)
            heading = re.compile(
                rf"^[\[\(«\"]?\s*(?:{alternatives})\s*{_SEPARATORS}"
                rf"|{_SEPARATORS}\s*(?:{alternatives})\s*[\]\)»\"]?$"
            )
            wire = re.compile(rf"^(?:{_either(w.upper() for w in labels)})-")
            segments = frozenset(fold_title(s) for c in cues for s in c.url_segments[genre])
            patterns = [p for c in cues for p in c.title_patterns[genre]]
            anywhere = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
            marks.append(_Marks(genre, heading, wire, segments, anywhere))
        return cls(tuple(marks))

    def genre_of(self, title: str, url: str) -> Genre:
        """The first genre whose cues the title or URL carries, else ``"news"``."""
        folded = fold_title(title)
        capitals = unicodedata.normalize("NFKC", title).strip()
        try:
            path = unquote(urlsplit(url).path)
        except ValueError:
            path = ""
        segments = {fold_title(s) for s in path.split("/") if s}
        for mark in self.marks:
            if mark.heading.search(folded) or mark.wire.match(capitals) or segments & mark.url_segments:
                return mark.genre
            if mark.anywhere is not None and mark.anywhere.search(folded):
                return mark.genre
        return "news"
