"""The side an event lands on when the text names a place or a kind of target rather than an actor.

"Russian shelling hits Kherson" strikes Ukraine; "a convoy was ambushed near Gao" strikes the Malian
military; "rebels seized Walikale" took the town from the Congolese military; "thousands marched in
Belgrade" were Serbian civilians addressing the Serbian government. The side is the event place's
country, with the sector of ``struck_role`` in ``data/categories.yaml``: civilians for a strike,
unless a military or police target ("positions", "a border post", "a police station", cues of
``data/triggers/arguments.yaml``) is named next to the trigger; the opponent of the source in a clash
or an offensive. A side the text names without a country ("soldiers", "the police", "civilians")
takes the place's country when it is on the receiving end.
"""

from __future__ import annotations

from vigie.contracts import Actor, Event, Location
from vigie_extractor.core.arguments import (
    CUE_ONLY,
    OPPONENT,
    ArgumentCues,
    load_argument_knowledge,
)
from vigie_extractor.core.knowledge.normalise import fold

# How far from the trigger a military or police target noun still qualifies it (characters).
_CUE_REACH = 70
# Sectors of a state's own side: their opponent in a fight is an armed group.
_STATE = frozenset({"MIL", "COP", "GOV", "SPY"})
# State forces whose country the text leaves out when they fight at home ("the army", "the police").
_HOME_FORCES = frozenset({"MIL", "COP"})
# Sectors that cannot be the source of a protest: the government and the forces it sends.
_NOT_PROTESTERS = frozenset({"GOV", "COP", "MIL", "JUD", "LEG", "SPY"})
# A protest's target named without a country: the forces sent against the crowd ("dispersés par la
# gendarmerie") stand for the government that sends them; institutions are the place country's own.
_SENT_FORCES = frozenset({"COP", "MIL"})
_HOME_INSTITUTIONS = frozenset({"GOV", "LEG", "JUD"})
# Sectors of a receiving side whose country the text often leaves out ("killing eleven soldiers").
_LOCAL_TARGETS = frozenset({"MIL", "COP", "CVL", "REB", "MED", "GOV"})


def complete_sides(event: Event, folded: str, lang: str) -> Event:
    """``event`` with its sides completed from its place and target nouns (see the module
    docstring); ``folded`` is the folded analysed text its evidence offsets index. Run after
    de-duplication: a side inferred here must not keep two tellings of one event apart."""
    place = event.location if event.location is not None and event.location.is_event_place else None
    source, target = event.source, event.target
    if event.category == "protest":
        source, target = protest_sides(source, target, place)
    else:
        role = struck_role(event, folded, lang)
        if role is None:
            return event
        target = struck_side(event.category, role, source, target, place)
        source = _home_forces(source, target, place)
    if source is event.source and target is event.target:
        return event
    return event.model_copy(update={"source": source, "target": target})


def _home_forces(source: Actor | None, target: Actor | None, place: Location | None) -> Actor | None:
    """ "The army" or "the police" without a country, fighting an armed group of the place's country
    (or nobody named) there, is that country's: "clashes between the army and the ELN in Tame"."""
    if source is None or source.country is not None or source.role not in _HOME_FORCES:
        return source
    country = place.country if place is not None else None
    if target is not None and target.role == "REB" and target.country is not None:
        country = target.country if country in (None, target.country) else None
    elif target is not None and target.country not in (None, country):
        return source  # facing a foreign side: whose army is not said
    elif target is not None and target.role in _STATE:
        return source  # a state's forces do not fight their own state: the attacker is someone else's
    if country is None:
        return source
    return source.model_copy(update={"country": country, "code": f"{country}{source.role}"})


def _place_actor(place: Location, role: str | None) -> Actor | None:
    """The state of the event place as one side (its government, military or civilians)."""
    if place.country is None:
        return None
    name = place.name if place.feature == "country" else place.country
    code = f"{place.country}{role}" if role else place.country
    return Actor(text=place.text, name=name, country=place.country, role=role, code=code)


def _target_kind(event: Event, folded: str, cues: ArgumentCues) -> str | None:
    """MIL or COP when a military or police target noun sits next to the trigger, else None; the
    source's own words do not count ("Russian troops shelled Kharkiv": the troops attack)."""
    ev = event.evidence
    start, end = ev.trigger_start, ev.trigger_end
    lo, hi = max(ev.start, start - _CUE_REACH), min(ev.end, end + _CUE_REACH)
    own: list[tuple[int, int]] = []
    if event.source is not None:
        words = fold(event.source.text)
        at = folded.find(words, ev.start, ev.end) if words else -1
        while at != -1:
            own.append((at, at + len(words)))
            at = folded.find(words, at + 1, ev.end)
    best: tuple[int, int, str] | None = None
    for role, rule in (("COP", cues.police_target), ("MIL", cues.military_target)):
        if rule is None:
            continue
        for m in rule.finditer(folded, lo, hi):
            if any(a < m.end() and m.start() < b for a, b in own):
                continue
            distance = m.start() - end if m.start() >= end else start - m.end()
            key = (max(distance, 0), m.start() - m.end(), role)
            if best is None or key < best:
                best = key
    return best[2] if best is not None else None


def struck_role(event: Event, folded: str, lang: str) -> str | None:
    """The sector of the side the event lands on, or None for categories that land on nobody."""
    knowledge = load_argument_knowledge()
    rule = knowledge.struck.get(event.category)
    if rule not in (OPPONENT, CUE_ONLY, "CVL"):
        return rule
    cues = knowledge.cues.get(lang)
    kind = _target_kind(event, folded, cues) if cues is not None else None
    if kind is not None or rule in (CUE_ONLY, "CVL"):
        return kind if rule == CUE_ONLY else (kind or rule)
    source, target = event.source, event.target
    if source is None or source.role not in _STATE:
        return "MIL"
    foreign = target is not None and target.country not in (None, source.country)
    return "MIL" if foreign else "REB"  # another state's forces, or armed groups at home


def struck_side(
    category: str, role: str, source: Actor | None, target: Actor | None, place: Location | None
) -> Actor | None:
    """The target completed from the place: the place's country when the text names no target, the
    sector when it names the target only by its country or town, the country when it names only a
    sector ("soldiers")."""
    if target is None:
        return _struck_place(category, role, source, place)
    if target.role is None and target.country is not None:
        return target.model_copy(update={"role": role, "code": f"{target.country}{role}"})
    if (
        place is None
        or place.country is None
        or target.country is not None
        or target.role not in _LOCAL_TARGETS
    ):
        return target
    if source is not None and source.country == place.country and source.role == target.role:
        return target  # "the army ... the army": one side, not two
    return target.model_copy(update={"country": place.country, "code": f"{place.country}{target.role}"})


def _struck_place(category: str, role: str, source: Actor | None, place: Location | None) -> Actor | None:
    """The country of the event place as the struck (visited, captured) side, if any."""
    if place is None or place.country is None:
        return None
    if category == "visit" and (source is None or source.country in (None, place.country)):
        return None  # a trip at home, or nobody known to travel
    if source is not None and source.country == place.country and role == "MIL" == source.role:
        role = "REB"  # "the army retook ...": from armed groups of its own country
    return _place_actor(place, role)


def protest_sides(
    source: Actor | None, target: Actor | None, place: Location | None
) -> tuple[Actor | None, Actor | None]:
    """A protest's source is the protesters, its target the government: a government or police
    actor named as the source ("dispersed by the police", "against the new government") is not the
    source; protesters named only by a demonym are civilians; missing sides are the civilians and the
    government of the place's country."""
    if source is not None and source.role in _NOT_PROTESTERS:
        if target is None and source.role == "GOV":
            target = source
        source = None
    if source is not None and source.role is None and source.country is not None:
        # "des milliers de Géorgiens ont manifesté": protesters named by a demonym are civilians
        source = source.model_copy(update={"role": "CVL", "code": f"{source.country}CVL"})
    if place is None or place.country is None:
        return source, target
    if source is None:
        source = _place_actor(place, "CVL")
    elif source.country is None:
        code = f"{place.country}{source.role or ''}"
        source = source.model_copy(update={"country": place.country, "code": code})
    if target is None or (target.country is None and target.role in _SENT_FORCES):
        target = _place_actor(place, "GOV")  # the police who disperse the crowd are not addressed
    elif target.country is None and target.role in _HOME_INSTITUTIONS:  # "contre le gouvernement"
        code = f"{place.country}{target.role}"  # "vor dem Parlament": the parliament of the place
        target = target.model_copy(update={"country": place.country, "code": code})
    return source, target
