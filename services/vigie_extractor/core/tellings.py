"""The factuality a happening told several times in one article keeps, whichever telling the merge keeps.

A headline drops attributions ("Russian drones hit Odesa port"); its lead says who says so ("..., the
governor said") and the later paragraphs retell the happening in passing ("the drone attack on the
port", "the authorities blamed the Taliban for the attack"). The first telling of the body therefore
decides whether the happening is stated by the outlet or attributed. Two tellings of one sentence,
or of the headline alone, leave it to the more confident one. An act performed by announcing it (a
threat, sanctions, an arms pledge, an appeal) is the announcement itself: when the headline or the
lead states it, that outweighs the other reading the announcing verb as an attribution ("Germany
pledges four more air defence systems" / "..., the defence ministry announced"); a later paragraph
that states it may recall an earlier act ("a first delivery had taken place in the spring").
"""

from __future__ import annotations

from dataclasses import dataclass

from vigie.contracts import Event
from vigie_extractor.core.taxonomy import ALERTABLE

# Acts their author performs by saying them (eval/README.md: an official act is asserted).
ANNOUNCED = frozenset({"threat", "sanction", "military_aid", "appeal"})


@dataclass(frozen=True)
class Tellings:
    """The sentences (by start offset) that tell one happening, its first telling after the headline
    (None while only the headline tells it), and whether the headline states it in the outlet's voice."""

    sentences: frozenset[int]
    first_in_body: Event | None
    headline_asserts: bool

    @classmethod
    def of(cls, event: Event, headline_end: int | None) -> Tellings:
        """The one telling ``event``; ``headline_end`` ends the headline (None: no headline)."""
        in_body = headline_end is None or event.evidence.start >= headline_end
        asserts = not in_body and event.factuality == "asserted"
        return cls(frozenset({event.evidence.start}), event if in_body else None, asserts)

    @property
    def in_body(self) -> bool:
        """True when a sentence after the headline tells the happening."""
        return self.first_in_body is not None

    def joined(self, other: Tellings) -> Tellings:
        """The tellings of one happening found told twice."""
        firsts = [t for t in (self.first_in_body, other.first_in_body) if t is not None]
        first = min(firsts, key=lambda t: t.evidence.start) if firsts else None
        asserts = self.headline_asserts or other.headline_asserts
        return Tellings(self.sentences | other.sentences, first, asserts)

    def factuality(self, merged: Event) -> str:
        """The factuality of ``merged``, the one event of these tellings (see the module docstring)."""
        if merged.factuality not in ALERTABLE:
            return merged.factuality
        first = self.first_in_body
        lead_asserts = first is not None and first.factuality == "asserted"
        if merged.category in ANNOUNCED and (self.headline_asserts or lead_asserts):
            return "asserted"
        if first is None or len(self.sentences) < 2 or first.factuality not in ALERTABLE:
            return merged.factuality
        return first.factuality


def apart(o: Event, e: Event) -> bool:
    """True when two tellings of the body each say who acted and give two days and two named places:
    two happenings of one kind ("Russian artillery shelled Kramatorsk on Sunday ... On Monday, Russian
    forces shelled Sloviansk"), however near the places. A telling that names no actor is a detail told
    again, whose day may be the other side of a night ("overnight into Tuesday" / "the drones hit the
    Saltivka district late on Monday"); a headline's day is no evidence (the lead's or the day of
    publication)."""
    if o.date_precision != "day" or e.date_precision != "day" or o.event_date == e.event_date:
        return False
    if o.source is None or e.source is None:
        return False
    return o.location is not None and e.location is not None and o.location.name != e.location.name
