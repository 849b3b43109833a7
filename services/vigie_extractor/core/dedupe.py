"""One event per real happening within an article: merge the duplicates, then number in text order.

Two events are the same when they share the category and factuality class and their sides and
places do not disagree (an unknown side or place agrees with anything; "the rebels" and "the
opposition" are one side; a city agrees with its country and with a place nearby). The most
confident one is kept, and the slots it lacks are filled from the others. Before that, a vague
event that a precise one of the same sentence absorbs is dropped (``_ABSORBED_BY``), and so is a
contact that codes no real happening: a call or meeting with nobody on either side, a visit with no
host (a minister's trip at home) or with neither a visitor nor a named host (relatives welcoming a
crew back in its home port).
"""

from __future__ import annotations

import math

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
    """Compatible places: one is unknown, same name, a country and a place inside it, or two places of
    one country close enough to be a town and its district or region (title "Shostka", lead "Sumy")."""
    if a is None or b is None or a.name == b.name:
        return True
    if a.country is None or a.country != b.country:
        return False
    if "country" in (a.feature, b.feature):
        return True
    if None in (a.lat, a.lon, b.lat, b.lon):
        return False
    return _km(a, b) <= NEARBY_KM


# Two places of one country this close (km) may name the same spot at two scales.
NEARBY_KM = 80.0


def _km(a: Location, b: Location) -> float:
    """Great-circle distance between two located places."""
    lat1, lon1, lat2, lon2 = (math.radians(float(v or 0.0)) for v in (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


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
    # a ceasefire violation told through the fire that breaks it is one event ("violated the truce,
    # tank fire killed two"): the weapon does not make a second strike
    "shelling": frozenset({"ceasefire_violation"}),
    "airstrike": frozenset({"ceasefire_violation"}),
    "missile_strike": frozenset({"ceasefire_violation"}),
}
_FIGHT_LIKE = frozenset({"FIGHT", "ASSAULT"})


def _absorbed(e: Event, events: list[Event]) -> bool:
    """True when ``e`` is a vague mention of a precise event of the same sentence (see above); a bare
    "attack" is also the retelling of a precise fight elsewhere in the article at an agreeing place
    (title "attack on a base", lead "jihadists stormed the army base")."""
    if e.category == "assault" and e.mode is None:  # a bare "attack" or "strike"
        return any(
            o.plover in _FIGHT_LIKE
            and not (o.category == "assault" and o.mode is None)
            and (o.evidence.start == e.evidence.start or same_place(o.location, e.location))
            for o in events
            if o is not e
        )
    absorbers = _ABSORBED_BY.get(e.category)
    if not absorbers:
        return False  # most categories absorb into nothing: no need to scan the sentence
    start = e.evidence.start
    return any(o is not e and o.evidence.start == start and o.category in absorbers for o in events)


def _happened(e: Event) -> bool:
    """False for a contact without participants, or a visit without a host (see the docstring)."""
    if e.plover != "CONSULT":
        return True
    if e.category == "visit":  # a host, and a visitor unless the host is a named actor
        host_is_place = e.target is not None and e.location is not None and e.target.text == e.location.text
        return e.target is not None and (e.source is not None or not host_is_place)
    return _identified(e.source) or _identified(e.target)


def _identified(actor: Actor | None) -> bool:
    """A side of a call or meeting that says who met: a country, an international body or a named
    person; "the economy minister met employers' representatives" names nobody (a domestic meeting)."""
    return actor is not None and (
        actor.country is not None or actor.role == "IGO" or actor.person is not None
    )


def dedupe_and_number(doc_id: str, events: list[Event]) -> list[Event]:
    """Merge duplicates of ``events`` (in trigger order), then number them ``doc_id:n`` in text order."""
    events = [e for e in events if _happened(e)]
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
