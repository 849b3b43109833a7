"""Who did it to whom, and where: source, target and location of one trigger in its sentence.

The rules are positional and language-aware; the words they key on are data (the language's
``ContextRules``) and the mentions come from the actor and place finders. Within the trigger's
clause: the actor nearest before the trigger is the source and the first after it the target
(verb-first Arabic and noun triggers "l'offensive de l'opposition" take both from after; verb-final
Turkish takes both from before, a genitive subject first); a passive agent marker ("by", "par",
"von", "tarafından", "من قبل") names the source; coordinated subjects ("A and B held a call") give
A and B; an actor after "against" is a target; a witness ("according to residents") and a country
used as a place ("in Syria", "Suriye'de") are neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.knowledge.places import PlaceMention
from vigie_extractor.core.sentences import Sentence
from vigie_extractor.core.triggers import ContextRules, TriggerHit

# Characters that end a clause: an actor across one of these is not an argument of the trigger.
_CLAUSE_BREAK = re.compile(r"[;:—–،؛]|\s-\s")
# Up to two short words ("the", "les", "al") between a marker and the actor it governs.
_GAP = re.compile(r"^[\s']*(?:\S{1,4}?[\s']+){0,2}$")
# Before a witness the gap may hold an adjective: "according to local residents".
_WITNESS_GAP = re.compile(r"^[\s']*(?:\S{1,7}?[\s']+){0,2}$")
VERB_FINAL = frozenset({"tr"})
# A target further than this after the trigger belongs to another clause.
_TARGET_REACH = 80
# A place after a locative preposition counts as this many characters nearer to the trigger.
_LOCATIVE_BONUS = 30
AGENT_BEFORE_MARKER = frozenset({"tr"})
# Where the agent marker sits: before the verb ("von ... angegriffen", "tarafından vuruldu") or
# after it ("attacked by", "visée par"); it must be this close to the trigger.
MARKER_BEFORE_TRIGGER = frozenset({"de", "tr"})
_AGENT_REACH = 40
# Categories whose two sides play the same part: "A and B" gives source A and target B.
SYMMETRIC = frozenset({"phone_call", "meeting", "clash", "ceasefire", "ceasefire_violation"})
# Noun triggers whose genitive complement is the agent: "l'offensive de l'opposition".
AGENT_GENITIVE = frozenset({"offensive", "shelling", "airstrike", "missile_strike", "assault", "clash"})


@dataclass(frozen=True)
class Scope:
    """One trigger in its sentence, with the folded text and the language's context rules."""

    folded: str
    sentence: Sentence
    hit: TriggerHit
    rules: ContextRules
    lang: str


@dataclass(frozen=True)
class Sides:
    """The chosen source and target mentions; ``borrowed`` when taken from the previous sentence."""

    source: ActorMention | None
    target: ActorMention | None
    borrowed: bool = False


def _key(m: ActorMention) -> tuple[str | None, str | None, str | None]:
    return (m.code or m.country, m.role, m.person)


def _preceded_by(
    folded: str, start: int, rule: re.Pattern[str] | None, floor: int, gap: re.Pattern[str] = _GAP
) -> bool:
    """True when ``rule`` matches just before ``start`` (within two short words)."""
    if rule is None:
        return False
    window = folded[max(floor, start - 40) : start]
    return any(gap.match(window[m.end() :]) for m in rule.finditer(window))


def _clause(scope: Scope) -> tuple[int, int]:
    """Offsets of the clause around the trigger: between punctuation breaks and clause-opening
    words ("while", "tandis que", "فيما") inside the sentence."""
    folded, sentence, hit = scope.folded, scope.sentence, scope.hit
    start, end = sentence.start, sentence.end
    breaks = [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(folded, sentence.start, sentence.end)]
    if scope.rules.clause is not None:
        breaks += [
            (m.start(), m.end()) for m in scope.rules.clause.finditer(folded, sentence.start, sentence.end)
        ]
    for b_start, b_end in sorted(breaks):
        if b_end <= hit.start:
            start = max(start, b_end)
        elif b_start >= hit.end:
            end = min(end, b_start)
            break
    return start, end


def _agent(scope: Scope, actors: list[ActorMention], lo: int, hi: int) -> ActorMention | None:
    """The actor governed by a passive agent marker inside ``[lo, hi)``, if any."""
    folded, rules, lang = scope.folded, scope.rules, scope.lang
    if rules.passive_agent is None:
        return None
    hit = scope.hit
    for m in rules.passive_agent.finditer(folded, lo, hi):
        if lang in MARKER_BEFORE_TRIGGER:
            near = m.end() <= hit.start and hit.start - m.end() <= _AGENT_REACH
        else:
            between = folded[hit.end : m.start()]
            reach = (
                6 if hit.entry.plover == "CONSULT" else _AGENT_REACH
            )  # "reçu par", not "visite ... reçu par"
            near = m.start() >= hit.end and len(between) <= reach and "," not in between
        if not near:
            continue
        for actor in actors:
            if lang in AGENT_BEFORE_MARKER:
                if actor.end <= m.start() and _GAP.match(folded[actor.end : m.start()] + " "):
                    return actor
            elif actor.start >= m.end() and _GAP.match(folded[m.end() : actor.start]):
                return actor
    return None


def choose_sides(scope: Scope, actors: list[ActorMention]) -> Sides:
    """Source and target of the trigger among the actor mentions of its sentence."""
    folded, sentence, hit, rules = scope.folded, scope.sentence, scope.hit, scope.rules
    lo, hi = _clause(scope)
    if not any(lo <= a.start and a.end <= hi for a in actors):
        lo = sentence.start  # "Russia said that it launched...": the speaker is the agent
    # an actor inside a gapped trigger ("griff ... die Rebellen an", "شنت الفصائل هجوما") comes after
    # the verb head: it counts as after the trigger
    inside = [
        a for a in actors if a.start >= lo and a.end <= hi and (a.end <= hit.start or a.start > hit.start)
    ]
    inside = [a for a in inside if not _quoted_source(scope, a)]
    if not inside:
        return Sides(None, None)
    agent = _agent(scope, inside, lo, hi)
    if agent is not None:
        others = [a for a in inside if _key(a) != _key(agent)]
        before = [a for a in others if a.end <= hit.start]
        target = before[-1] if before else (others[0] if others else None)
        return Sides(agent, target)
    before = [a for a in inside if a.end <= hit.start and not _located(scope, a, lo)]
    opposed = [a for a in before if _preceded_by(folded, a.start, rules.opposing, lo)]
    before = [a for a in before if a not in opposed]
    after = [a for a in inside if a.start > hit.start and not _located(scope, a, lo)]
    if opposed and not after:
        after = opposed
    genitive = after and after[0].start >= hit.end and _governed(folded, hit.end, after[0].start, rules)
    if genitive and hit.entry.category in AGENT_GENITIVE:
        rest = [a for a in after[1:] if _key(a) != _key(after[0]) and a.start - hit.end <= _TARGET_REACH]
        return Sides(after[0], rest[0] if rest else None)
    return _positional(scope, before, after)


def _positional(scope: Scope, before: list[ActorMention], after: list[ActorMention]) -> Sides:
    """Sides from word order: subject before the verb (or after it when nothing precedes)."""
    hit = scope.hit
    if not before:
        source = after[0] if after else None
        rest = [a for a in after if source is None or _key(a) != _key(source)]
        return Sides(source, rest[0] if rest else None)
    if scope.lang in VERB_FINAL:  # subject first, then the other side, then the verb
        embedded = [a for a in before if _genitive_subject(scope, a)]
        source = embedded[-1] if embedded else before[0]
        rest = [a for a in before if _key(a) != _key(source)]
        if not rest:
            rest = [a for a in after if _key(a) != _key(source)]
        return Sides(source, rest[0] if rest else None)
    nearest = before[-1]
    coordinated = _coordinated_pair(scope.folded, before, scope.rules)
    if coordinated is not None and (hit.entry.category in SYMMETRIC or not after):
        return Sides(coordinated[0], coordinated[1])
    if coordinated is not None:
        nearest = coordinated[0]
    targets = [a for a in after if _key(a) != _key(nearest) and a.start - hit.end <= _TARGET_REACH]
    if not targets and hit.entry.category in SYMMETRIC:
        targets = [a for a in before[:-1] if _key(a) != _key(nearest)]
    return Sides(nearest, targets[0] if targets else None)


# Turkish embedded clauses: "Rus askerlerinin ... saldırdığını" (that the Russian soldiers attacked):
# the verb is nominalised (-dığı, -acağı) and its subject takes the genitive (-in, -nin, -un, -nun).
_NOMINALISED = re.compile(r"(?:dig|dug|tig|tug|acag|eceg)")
_GENITIVE_WORD = re.compile(r"^\s*'?(?:\w+\s+)?\w*[^\W'](?:n?[iu]n)\b")


def _genitive_subject(scope: Scope, actor: ActorMention) -> bool:
    """The actor (or the noun right after it) is the genitive subject of a nominalised trigger."""
    if not _NOMINALISED.search(scope.folded[scope.hit.start : scope.hit.end]):
        return False
    own = scope.folded[actor.start : actor.end]
    return bool(re.search(r"(?:n?[iu]n)$", own)) or bool(
        _GENITIVE_WORD.match(scope.folded[actor.end : actor.end + 30])
    )


def _located(scope: Scope, actor: ActorMention, floor: int) -> bool:
    """A country or capital after a locative preposition is a place here ("troops in Ukraine")."""
    if actor.kind not in ("country", "capital"):
        return False
    suffix = scope.rules.place_suffix
    if suffix is not None:
        next_word = re.match(r"\s+\w+", scope.folded[actor.end : actor.end + 40])
        surface = scope.folded[actor.start : actor.end]
        if suffix.search(surface) or (next_word and suffix.search(surface + next_word.group())):
            return True
    return _preceded_by(scope.folded, actor.start, scope.rules.locative, floor)


def _quoted_source(scope: Scope, actor: ActorMention) -> bool:
    """True for the source of a report ("according to residents", "selon l'armée", "... göre")."""
    rule = scope.rules.report
    if rule is None:
        return False
    if scope.lang in AGENT_BEFORE_MARKER:
        after = scope.folded[actor.end : actor.end + 30]
        m = rule.match(after.lstrip(" '"))
        return m is not None and not after[: after.find(m.group())].strip(" '")
    return _preceded_by(scope.folded, actor.start, rule, scope.sentence.start, _WITNESS_GAP)


def _governed(folded: str, hit_end: int, actor_start: int, rules: ContextRules) -> bool:
    """True when the actor is the genitive complement right after the trigger ("de l'armée")."""
    if rules.genitive is None:
        return False
    between = folded[hit_end:actor_start]
    if len(between) > 25:
        return False
    m = rules.genitive.search(between)
    # one post-nominal adjective may sit between: "bombardements répétés des forces"
    head = between[: m.start()].split() if m is not None else []
    return m is not None and len(head) <= 1 and bool(_GAP.match(between[m.end() :]))


def _coordinated_pair(
    folded: str, before: list[ActorMention], rules: ContextRules
) -> tuple[ActorMention, ActorMention] | None:
    """``A and B`` right before the trigger: (A, B), when the two are different actors."""
    if len(before) < 2 or rules.coordination is None:
        return None
    a, b = before[-2], before[-1]
    between = folded[a.end : b.start]
    m = rules.coordination.search(between)
    if m is None or len(between.strip()) > 30 or _key(a) == _key(b):
        return None
    return a, b


def choose_place(scope: Scope, places: list[PlaceMention], actors: list[ActorMention]) -> PlaceMention | None:
    """The event place among the sentence's places: the nearest to the trigger, a place after a
    locative preposition counting as nearer; a place that is also an actor mention counts only after
    a locative preposition."""
    folded, sentence, hit, rules = scope.folded, scope.sentence, scope.hit, scope.rules
    candidates: list[tuple[int, int, PlaceMention]] = []
    for p in places:
        if p.start < sentence.start or p.end > sentence.end:
            continue
        locative = _preceded_by(folded, p.start, rules.locative, sentence.start)
        is_actor = any(a.start < p.end and p.start < a.end for a in actors)
        if is_actor and not locative:
            continue
        distance = p.start - hit.end if p.start >= hit.end else hit.start - p.end
        candidates.append((distance - (_LOCATIVE_BONUS if locative else 0), p.start, p))
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    return candidates[0][2]
