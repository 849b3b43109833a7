"""Article genres that never open an alert: opinion, analysis, editorial, explainer, anniversary.

The cues are data (``data/genres.yaml``): heading labels ("Opinion:", "ANALYSIS-", "... | Kommentar"),
URL path segments ("/opinion/") and title patterns ("anniversary", "годовщина"). An article of such a
genre tells of a story; the engine lets it join an open story as evidence but never open one.

>>> cues = load_genre_cues()
>>> cues.genre_of("Opinion: the offensive on Aleppo was a mistake", "https://x.example/a")
'opinion'
>>> cues.genre_of("Rebels launch offensive near Aleppo", "https://x.example/world/a") is None
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import cached_property
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from vigie_alerting.core.rules import RulesFileError

LANGUAGES = frozenset({"en", "fr", "es", "de", "ar", "tr", "ru"})
# What may stand between a heading label and the headline: a colon, a bar, a closing bracket or a
# spaced dash ("Opinion - ..."). A dash glued to the word is a compound ("Letter-bomb attack ...")
# unless the label is written in capitals, the wire style ("ANALYSIS-Sudan's war ...").
_SEPARATORS = r"(?:[:|»\]\)]|\s[-–—])"


def fold(text: str) -> str:
    """NFKC and case-folded, so 'ANALYSIS', 'Analysis' and full-width forms compare equal."""
    return unicodedata.normalize("NFKC", text).casefold().strip()


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GenreCues(_Strict):
    """The cues of one genre; labels and patterns are grouped by language for review."""

    labels: dict[str, list[str]] = Field(default_factory=dict)
    url_segments: list[str] = Field(default_factory=list)
    title_patterns: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("labels", "title_patterns")
    @classmethod
    def _languages(cls, by_lang: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(by_lang) - LANGUAGES)
        if unknown:
            raise ValueError(f"unknown languages {unknown}; known: {sorted(LANGUAGES)}")
        return by_lang

    @field_validator("title_patterns")
    @classmethod
    def _compiles(cls, by_lang: dict[str, list[str]]) -> dict[str, list[str]]:
        for lang, patterns in by_lang.items():
            for pattern in patterns:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"{lang}: bad pattern {pattern!r}: {exc}") from None
        return by_lang


class GenreBook(_Strict):
    """The whole genre file: genre name -> cues."""

    version: Literal[1] = 1
    genres: dict[str, GenreCues] = Field(min_length=1)

    @field_validator("genres")
    @classmethod
    def _not_empty(cls, genres: dict[str, GenreCues]) -> dict[str, GenreCues]:
        for name, cues in genres.items():
            if not re.fullmatch(r"[a-z][a-z_]*", name):
                raise ValueError(f"genre name {name!r} must be lower-case letters and '_'")
            if not (cues.labels or cues.url_segments or cues.title_patterns):
                raise ValueError(f"genre {name!r} has no cue")
        return genres

    @cached_property
    def _compiled(
        self,
    ) -> list[tuple[str, re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str] | None]]:
        out = []
        for name, cues in self.genres.items():
            labels = sorted({fold(w) for words in cues.labels.values() for w in words}, key=len, reverse=True)
            alternatives = "|".join(re.escape(w) for w in labels) or r"(?!x)x"
            heading = re.compile(
                rf"^[\[\(«\"]?\s*(?:{alternatives})\s*{_SEPARATORS}"
                rf"|{_SEPARATORS}\s*(?:{alternatives})\s*[\]\)»\"]?$"
            )
            upper = "|".join(re.escape(w.upper()) for w in labels) or r"(?!x)x"
            wire = re.compile(rf"^(?:{upper})-")
            patterns = [p for ps in cues.title_patterns.values() for p in ps]
            anywhere = re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
            out.append((name, heading, wire, frozenset(fold(s) for s in cues.url_segments), anywhere))
        return out

    def genre_of(self, title: str, url: str) -> str | None:
        """The first genre whose cues the title or URL carries, else None (ordinary news)."""
        folded = fold(title)
        capitals = unicodedata.normalize("NFKC", title).strip()
        try:
            path = unquote(urlsplit(url).path)
        except ValueError:
            path = ""
        segments = {fold(s) for s in path.split("/") if s}
        for name, heading, wire, url_segments, anywhere in self._compiled:
            if heading.search(folded) or wire.match(capitals) or segments & url_segments:
                return name
            if anywhere is not None and anywhere.search(folded):
                return name
        return None


def default_genres_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "genres.yaml"


def load_genre_cues(path: Path | None = None) -> GenreBook:
    """Read and validate a genre file; RulesFileError says which genre and field is wrong."""
    path = path or default_genres_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesFileError(f"cannot read genre file {path}: {exc}") from None
    try:
        return GenreBook.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise RulesFileError(f"invalid genre file {path}: {problems}") from None
