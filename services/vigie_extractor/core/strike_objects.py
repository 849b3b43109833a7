"""What a strike verb lands on: a physical target, or an abstract object that makes it no attack.

"Russia struck Kharkiv", "Ukraine hit a refinery in Ryazan", "İsrail Han Yunus'u vurdu": the object
of the verb is a place or a thing that can be bombed (a town, a port, a power plant, positions).
"Israel struck a deal", "Turkey hit a record", "l'inflation a frappé les ménages", "ضرب موعدا": the
object is an abstract noun and the verb is no attack.

The object is the candidate nearest to the trigger on the side where the language puts it, inside
the trigger's clause: after the verb (SVO, VSO), before it (SOV), on both sides in a language whose
verb may close the clause ("hat Kiew ... angegriffen"), and inside the trigger's own words ("griff
Kiew an"). A candidate is a place of the gazetteer (not a country: a country named alone is read as
a side), a target noun (``struck_object`` of the trigger file, the military targets of
``arguments.yaml``; the town right after it names it: "the port of Odesa") or an abstract noun
(``abstract_object``); an abstract noun wins a tie.

``plain_strike`` says when a bare strike verb with no conflict word next to it is still an attack:
a physical object, a state or an armed group as the subject, a side or a place at war, a day or a
toll. ``war_place_struck`` says when a weapon strike needs no attacker named: the place at war next
to it is its victim ("Kherson came under shelling").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vigie_extractor.core.arguments import Scope, load_argument_knowledge
from vigie_extractor.core.context import ConflictKnowledge, mundane_in
from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.knowledge.places import PlaceMention
from vigie_extractor.core.languages import GRAMMARS

PHYSICAL = "physical"
ABSTRACT = "abstract"
# How far from the trigger its object may sit (characters), inside its clause.
_REACH = 60
_CLAUSE_BREAK = re.compile(r"[,;:،؛]")
# How far after a target noun the town that names it may start ("the port of Odesa").
_NAME_REACH = 12
# Sectors of a side that strikes: a state (a country named alone has no sector yet) or its forces.
_STATE_ROLES = frozenset({None, "GOV", "MIL"})


def _windows(scope: Scope) -> Iterator[tuple[int, int]]:
    """The spans of ``scope.folded`` where the trigger's object may be, the trigger's own first."""
    s, hit, folded = scope.sentence, scope.hit, scope.folded
    grammar = GRAMMARS[scope.lang]
    yield hit.start, hit.end
    if grammar.word_order != "SOV":
        hi = min(s.end, hit.end + _REACH)
        cut = _CLAUSE_BREAK.search(folded, hit.end, hi)
        yield hit.end, cut.start() if cut else hi
    if grammar.word_order == "SOV" or grammar.clause_final_verb:
        lo = max(s.start, hit.start - _REACH)
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(folded, lo, hit.start)]
        yield breaks[-1] if breaks else lo, hit.start


def _distance(span: tuple[int, int], start: int, end: int) -> int:
    """Characters between ``span`` (the trigger) and ``[start, end)``; 0 when they overlap."""
    if start >= span[1]:
        return start - span[1]
    if end <= span[0]:
        return span[0] - end
    return 0


@dataclass(frozen=True)
class StruckObject:
    """The object of a strike verb: ``PHYSICAL`` or ``ABSTRACT``, and the place when it is one."""

    kind: str
    place: PlaceMention | None = None


def struck_object(scope: Scope, places: list[PlaceMention]) -> StruckObject | None:
    """The object of the trigger of ``scope`` (None when none is found); ``places`` are the place
    mentions of its sentence."""
    rules, hit, folded = scope.rules, scope.hit, scope.folded
    cues = load_argument_knowledge().cues.get(scope.lang)
    rated: list[tuple[re.Pattern[str] | None, str]] = [
        (rules.abstract_object, ABSTRACT),
        (rules.struck_object, PHYSICAL),
    ]
    if cues is not None:  # not its place nouns: "западным" (western) is no place struck
        rated.append((cues.military_target, PHYSICAL))
    span = (hit.start, hit.end)
    best: tuple[int, bool, StruckObject] | None = None  # (distance, not abstract, object)
    for lo, hi in _windows(scope):
        if lo >= hi:
            continue
        found = [
            (
                m.start(),
                m.end(),
                StruckObject(kind, _named_after(scope, m.end(), places) if kind == PHYSICAL else None),
            )
            for rule, kind in rated
            if rule is not None
            for m in rule.finditer(folded, lo, hi)
        ]
        found += [
            (p.start, p.end, StruckObject(PHYSICAL, p))
            for p in places
            if p.feature != "country" and lo <= p.start and p.end <= hi
        ]
        for start, end, thing in found:
            key = (_distance(span, start, end), thing.kind != ABSTRACT)
            if best is None or key < best[:2]:
                best = (*key, thing)
    return best[2] if best is not None else None


def _named_after(scope: Scope, end: int, places: list[PlaceMention]) -> PlaceMention | None:
    """The town or region that names a target noun ending at ``end``: "the town of Khiam", "la ville
    de Kherson", "بلدتي الخيام", "der Hafen von Odessa" (within ``_NAME_REACH`` characters, no clause
    break between)."""
    near = [p for p in places if p.feature != "country" and 0 <= p.start - end <= _NAME_REACH]
    return next((p for p in near if not _CLAUSE_BREAK.search(scope.folded, end, p.start)), None)


def object_kind(scope: Scope, places: list[PlaceMention]) -> str | None:
    """``PHYSICAL``, ``ABSTRACT`` or None (no object found) for the trigger of ``scope``."""
    found = struck_object(scope, places)
    return found.kind if found is not None else None


def plain_strike(
    scope: Scope,
    source: ActorMention | None,
    places: list[PlaceMention],
    knowledge: ConflictKnowledge,
    *,
    dated: bool,
) -> bool:
    """True when a bare strike verb that no conflict cue backs is an attack all the same: its
    object is physical, its subject (``source``, named where the language puts a subject) a state
    or an armed group of a known country, that country or a place of the sentence is at war
    (``conflict.yaml``), and the act is one event (``dated``: a day or a night, or a death toll),
    not a habit ("says it strikes energy facilities"); never in a sentence of sport or business
    words or of ordinary crime and disasters. "Russia struck Kharkiv overnight", "Israël a frappé
    mardi le sud du Liban"; not "Russia hit back at sanctions", "Turkey hit a record"."""
    rules, s, folded = scope.rules, scope.sentence, scope.folded
    quiet = not (
        (rules.non_conflict is not None and rules.non_conflict.search(folded, s.start, s.end))
        or mundane_in(rules, folded, s.start, s.end)
    )
    if not (dated and quiet) or source is None or source.country is None:
        return False
    striker = source.role in _STATE_ROLES or source.role in knowledge.armed_roles
    if not striker or not _subject_of(scope, source) or _agent_follows(scope):
        return False
    at_war = knowledge.conflict_countries
    war = source.country in at_war or any(p.country in at_war for p in places)
    return war and object_kind(scope, places) == PHYSICAL


def _agent_follows(scope: Scope) -> bool:
    """True when a passive's agent marker follows the trigger ("Syria hit by power cuts", "frappé
    par la crise"): the subject before the verb is what was hit, not who struck."""
    rule, hit, folded = scope.rules.passive_agent, scope.hit, scope.folded
    if rule is None:
        return False
    rest = folded[hit.end : scope.sentence.end]
    start = hit.end + len(rest) - len(rest.lstrip())
    return rule.match(folded, start, scope.sentence.end) is not None


def _subject_of(scope: Scope, source: ActorMention) -> bool:
    """True when ``source`` sits where the subject of the trigger's verb does: before it in its own
    clause (SVO), anywhere before it (SOV: "Rusya, ... tesislerini vurdu"), on either side in its
    clause (VSO, whose headlines put the subject first). Not "les frappes russes sur ...", an
    attribute of a noun, nor a side of another clause ("a annoncé le gouvernement, au moment où
    les frappes ...")."""
    hit, folded = scope.hit, scope.folded
    order = GRAMMARS[scope.lang].word_order
    if order != "VSO" and source.start >= hit.start:
        return False
    if order == "SOV":
        return True
    gap = (source.end, hit.start) if source.end <= hit.start else (hit.end, source.start)
    return not _CLAUSE_BREAK.search(folded, *gap)


def war_place_struck(scope: Scope, places: list[PlaceMention], at_war: frozenset[str]) -> bool:
    """True when a place in a country at war sits next to the trigger in its clause (within
    ``_REACH`` characters, no clause break between): the place is what the strike fell on, told
    with the victim as the subject ("Kherson came under heavy fire", "обстрелу подвергся Херсон",
    "تعرضت مدينة غزة لقصف"), and needs no attacker named."""
    hit, folded = scope.hit, scope.folded
    for p in places:
        if p.country not in at_war or p.feature == "country":
            continue
        gap = (p.end, hit.start) if p.end <= hit.start else (hit.end, p.start)
        if 0 <= gap[1] - gap[0] <= _REACH and not _CLAUSE_BREAK.search(folded, *gap):
            return True
    return False
