"""One event per real happening within an article: merge the duplicates, then number in text order.

Two events are the same when they share the category and factuality class and their sides and
places do not disagree (an unknown side or place agrees with anything; "the rebels" and "the
opposition" are one side; a city agrees with its country). The most confident one is kept, and
the slots it lacks are filled from the others. Before that, a vague event that a precise one of
the same sentence absorbs is dropped (``_ABSORBED_BY``).
"""

from __future__ import annotations

from vigie.contracts import Actor, Event, Location

_ALERTABLE = frozenset({"asserted", "reported"})
_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
# Roles that name the same side in different words ("the rebels", "the opposition"; "the
# government", "the army"), for de-duplication only.
_ROLE_FAMILY = {"REB": "REB", "OPP": "REB", "INS": "REB", "GOV": "GOV", "MIL": "GOV"}
# Categories whose two sides may be told in either order ("A hosted B" = "B visited A").
_UNORDERED = frozenset({"phone_call", "visit", "meeting", "clash", "ceasefire"})


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """Compatible actors: one is unknown, or neither country nor role disagrees."""
    if a is None or b is None:
        return True
    if a.country and b.country and a.country != b.country:
        return False
    if a.role and b.role and _ROLE_FAMILY.get(a.role, a.role) != _ROLE_FAMILY.get(b.role, b.role):
        return False
    if a.country or b.country:
        return True
    return a.name == b.name or (a.role is not None and b.role is not None)


def same_place(a: Location | None, b: Location | None) -> bool:
    """Compatible places: one is unknown, same name, or a country and a place inside it."""
    if a is None or b is None or a.name == b.name:
        return True
    if "country" in (a.feature, b.feature):
        return a.country is not None and a.country == b.country
    return False


def same_event(o: Event, e: Event) -> bool:
    """True when ``o`` and ``e`` tell the same happening (see the module docstring)."""
    same_sentence = o.evidence.start == e.evidence.start
    if o.category != e.category or not (same_sentence or same_place(o.location, e.location)):
        return False
    if o.factuality != e.factuality and not {o.factuality, e.factuality} <= _ALERTABLE:
        return False
    if same_actor(o.source, e.source) and same_actor(o.target, e.target):
        return True
    return o.category in _UNORDERED and same_actor(o.source, e.target) and same_actor(o.target, e.source)


def _merge(o: Event, e: Event) -> Event:
    best, other = (e, o) if e.confidence > o.confidence else (o, e)
    dated = min((best, other), key=lambda x: _PRECISION_RANK[x.date_precision])
    return best.model_copy(
        update={
            "source": best.source or other.source,
            "target": best.target or other.target,
            "location": best.location or other.location,
            "event_date": dated.event_date,
            "date_precision": dated.date_precision,
        }
    )


# A vaguer category told in the same sentence as a precise one is the same happening, or its
# background: "a week of fighting" before a truce or a capture, "the attack" of a missile strike,
# "talks" in a phone call. (vague category -> the categories that absorb it)
_ABSORBED_BY: dict[str, frozenset[str]] = {
    "clash": frozenset({"capture", "ceasefire", "ceasefire_violation", "offensive"}),
    "meeting": frozenset({"phone_call", "visit"}),
    "ceasefire": frozenset({"ceasefire_violation"}),
}
_FIGHT_LIKE = frozenset({"FIGHT", "ASSAULT"})


def _absorbed(e: Event, events: list[Event]) -> bool:
    """True when ``e`` is a vague mention of a precise event of the same sentence (see above)."""
    same = [o for o in events if o is not e and o.evidence.start == e.evidence.start]
    if e.category == "assault" and e.mode is None:  # a bare "attack" or "strike"
        return any(o.plover in _FIGHT_LIKE and not (o.category == "assault" and o.mode is None) for o in same)
    absorbers = _ABSORBED_BY.get(e.category, frozenset())
    return any(o.category in absorbers for o in same)


def dedupe_and_number(doc_id: str, events: list[Event]) -> list[Event]:
    """Merge duplicates of ``events`` (in trigger order), then number them ``doc_id:n`` in text order."""
    events = [e for e in events if not _absorbed(e, events)]
    kept: list[Event] = []
    for e in events:
        for i, o in enumerate(kept):
            if same_event(o, e):
                kept[i] = _merge(o, e)
                break
        else:
            kept.append(e)
    kept.sort(key=lambda ev: (ev.evidence.trigger_start, ev.evidence.trigger_end))
    return [ev.model_copy(update={"event_id": f"{doc_id}:{n}"}) for n, ev in enumerate(kept)]
