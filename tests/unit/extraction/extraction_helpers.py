"""Helpers shared by the extraction tests (a module, not a conftest, so that imports are explicit)."""

from __future__ import annotations

from datetime import UTC, datetime

from vigie.contracts import Actor, Event
from vigie_extractor.core import Document

ALERTABLE = ("asserted", "reported")


def doc(text: str, lang: str | None, published: str = "2024-12-03T12:00:00", title: str = "") -> Document:
    """A test document published at ``published`` (UTC)."""
    when = datetime.fromisoformat(published).replace(tzinfo=UTC)
    return Document(doc_id="t", text=text, title=title, lang=lang, published=when)


def alertable(events: list[Event]) -> list[Event]:
    """The events an alert rule could act on (asserted or reported)."""
    return [e for e in events if e.factuality in ALERTABLE]


def only_event(events: list[Event], category: str) -> Event:
    """The one alertable event of ``category`` (the assertion lists what was found otherwise)."""
    found = [e for e in alertable(events) if e.category == category]
    assert len(found) == 1, [(e.category, e.factuality, e.evidence.trigger) for e in events]
    return found[0]


def side(actor: Actor | None) -> tuple[str | None, str | None]:
    """An event side as (country, role), (None, None) when the side is not named."""
    return (actor.country, actor.role) if actor is not None else (None, None)
