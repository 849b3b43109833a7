"""The feeds config file (YAML): which RSS/Atom feeds to poll, how often, and what they declare.

feeds:
  - name: lemonde-international          # unique, used in metrics and on each Article
    url: https://www.lemonde.fr/international/rss_full.xml
    interval_s: 300                      # optional; VIGIE_INGEST_DEFAULT_POLL_INTERVAL_S otherwise
    lang: fr                             # optional; else the feed's <language>, else detected
    source: Le Monde                     # optional outlet name; else the article's host
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from vigie.errors import InputError


class FeedConfig(BaseModel):
    """One feed to poll."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
    url: str
    interval_s: float | None = Field(default=None, ge=1.0, le=86_400.0)
    lang: str | None = Field(default=None, pattern=r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]+)*$")
    source: str | None = Field(default=None, min_length=1, max_length=200)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ValueError("must be an http(s) URL with a host")
        return value


class FeedsFile(BaseModel):
    """The whole file: a list of feeds with unique names."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    feeds: list[FeedConfig] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names(self) -> FeedsFile:
        names = [f.name for f in self.feeds]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"feed names must be unique: {', '.join(dupes)}")
        return self


def load_feeds(path: Path) -> list[FeedConfig]:
    """Read and validate a feeds file; raise InputError with the reason when it is wrong."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"cannot read feeds file {path}: {exc}") from exc
    try:
        return list(FeedsFile.model_validate(data if data is not None else {}).feeds)
    except ValidationError as exc:
        raise InputError(f"invalid feeds file {path}: {exc}") from None
