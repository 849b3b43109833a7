"""Helpers shared by the extraction tests (a module, not a conftest, so that imports are explicit)."""

from __future__ import annotations

from datetime import UTC, datetime

from vigie.contracts import Event
from vigie_extractor.core import Document

ALERTABLE = ("asserted", "reported")


def doc(text: str, lang: str | None, published: str = "2024-12-03T12:00:00", title: str = "") -> Document:
    """A test document published at ``published`` (UTC)."""
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return Document(doc_id="t", text=text, title=title, lang=lang, published=when)


def alertable(events: list[Event]) -> list[Event]:
    """The events an alert rule could act on (asserted or reported)."""
    return [e for e in events if e.factuality in ALERTABLE]
