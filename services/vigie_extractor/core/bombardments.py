"""A bombardment that only retells an air or missile strike: the strike's effect, not a shelling of its own.

The bombardment words of every language ("bombardment", "le bombardement", "el bombardeo", "das
Bombardement", "бомбардировка", "bombardıman", "القصف") code a shelling by default, since they
name no weapon. Told beside an air or missile strike of the article that agrees with it on the
attacker, the side struck, the place and the day, with no artillery named in its own sentence,
such a bombardment told in a later sentence is that strike told again in vaguer words ("Israeli
aircraft struck Khiam. The bombardment destroyed three houses"): one attack, in the category that
names its means. In the strike's own sentence it is another attack ("shelling and a drone attack hit
the Kherson region"; a bombardment by the aircraft next to it is coded an air strike by
``triggers.from_the_air``). A shelling
whose sentence names artillery, or at another place, on another day, by or against other sides, is
a happening of its own ("drones hit Kharkiv; artillery shelled Nikopol").
"""

from __future__ import annotations

from vigie.contracts import Event
from vigie_extractor.core.dedupe import same_actor, same_place
from vigie_extractor.core.taxonomy import ALERTABLE
from vigie_extractor.core.triggers import ContextRules

# The strikes whose means a bombardment leaves unsaid.
_AERIAL = frozenset({"airstrike", "missile_strike"})


def unarmed_bombardments(events: list[Event], rules: ContextRules, folded: str) -> set[str]:
    """The ids of the shellings whose sentence names no artillery (``rules.artillery``): a bare
    bombardment, which may be another strike told again."""
    if rules.artillery is None:
        return {e.event_id for e in events if e.category == "shelling"}
    artillery = rules.artillery
    return {
        e.event_id
        for e in events
        if e.category == "shelling" and artillery.search(folded, e.evidence.start, e.evidence.end) is None
    }


def _retold_strike(bombardment: Event, strike: Event) -> bool:
    """True when ``bombardment`` tells the air or missile strike ``strike`` again (module docstring)."""
    if strike.category not in _AERIAL:
        return False
    if (
        strike.factuality != bombardment.factuality
        and not {strike.factuality, bombardment.factuality} <= ALERTABLE
    ):
        return False
    if not (same_actor(strike.source, bombardment.source) and same_actor(strike.target, bombardment.target)):
        return False
    if strike.evidence.start >= bombardment.evidence.start:
        return False  # a strike of its sentence is another one ("shelling and a drone attack hit Kherson")
    same_day = strike.event_date is not None and strike.event_date == bombardment.event_date
    return same_day and same_place(strike.location, bombardment.location)


def fold_bombardments(events: list[Event], unarmed: set[str]) -> list[Event]:
    """``events`` without the bare bombardments (``unarmed``: their ids) that retell an air or missile
    strike of the article; the strike keeps its own category, sides and place."""
    return [
        e
        for e in events
        if e.event_id not in unarmed or not any(_retold_strike(e, o) for o in events if o is not e)
    ]
