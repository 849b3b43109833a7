"""The extraction core's input (``Document``) and output (``Extraction``) records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from vigie.contracts import Event, Genre


@dataclass(frozen=True)
class Document:
    """One article to code. ``lang`` None means: detect it. ``url`` is read only for the genre."""

    doc_id: str
    text: str
    title: str = ""
    lang: str | None = None
    published: datetime | None = None
    url: str = ""

    @property
    def analysed_text(self) -> str:
        """The string every offset indexes: ``title + "\\n\\n" + text``, or ``text`` alone."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text


@dataclass(frozen=True)
class Extraction:
    """What the extractor found in one document."""

    lang: str
    supported: bool
    lang_detected: bool
    events: list[Event]
    genre: Genre = "news"  # what kind of piece it is (opinion, analysis...), from its title and URL
