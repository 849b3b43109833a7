"""Whether an event's place is named in its own sentence or borrowed from a neighbouring one.

The argument reader lends a sentence that names no place the place of the sentence before ("Israeli
jets bombed a house in Khan Younis ... The army said the attack targeted a Hamas commander"). A
borrowed place says nothing about where the later telling happened, so it can neither tell two
happenings apart nor make a reaction sentence a strike of its own.
"""

from __future__ import annotations

from vigie.contracts import Event


def names_own_place(e: Event) -> bool:
    """True when ``e``'s place is named in ``e``'s own sentence (not borrowed from a neighbour)."""
    loc = e.location
    return loc is not None and loc.text.casefold() in e.evidence.sentence.casefold()
