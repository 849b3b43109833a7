"""Is a fight trigger about a real conflict? Metaphor, sport, business and history checks.

"Offensive", "attack" and "war" are as common on the sports and business pages as on the front page.
A trigger of a category that ``needs_conflict`` is kept only with a conflict cue near it: an armed
actor (military, rebels, insurgents), a conflict word of the language (troops, shells, killed...) or
a place in a country at war together with an actor. Sport, business and culture words in the
sentence, or a document whose headline and lead read like such a page (``genre``), demand hard
evidence instead (``hard_evidence``): an armed actor, a weapon, explosives or casualties, so that a
bomb at a stadium or a drone on a refinery still counts. A sentence about ordinary crime, an
accident or a disaster (``mundane``: a gang feud, a gas explosion, an earthquake) counts its dead as
no evidence: its fight trigger needs an army or a weapon of war; so does a fight told next to such a
sentence in its paragraph (``crime_around``: a police raid on a gang, then the shots fired).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core.arguments import Scope
from vigie_extractor.core.genre import GenreCues, evidence_in
from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.knowledge.places import PlaceMention
from vigie_extractor.core.languages import having, with_word_order
from vigie_extractor.core.taxonomy import FIGHT_LIKE
from vigie_extractor.core.triggers import ContextRules, TriggerDataError, TriggerHit, deaths


@dataclass(frozen=True)
class ConflictKnowledge:
    """``data/conflict.yaml``: armed actor roles and countries with an ongoing armed conflict."""

    armed_roles: frozenset[str]
    conflict_countries: frozenset[str]

    @classmethod
    def load(cls) -> ConflictKnowledge:
        text = resources.files("vigie_extractor.core").joinpath("data/conflict.yaml").read_text("utf-8")
        raw: Any = yaml.safe_load(text)
        try:
            roles = frozenset(str(r) for r in raw["armed_roles"])
            countries = frozenset(str(c) for c in raw["conflict_countries"])
        except (KeyError, TypeError) as exc:
            raise TriggerDataError(f"conflict.yaml: {exc}") from exc
        bad = [c for c in countries if len(c) != 3 or not c.isupper()]
        if bad:
            raise TriggerDataError(f"conflict.yaml: not ISO alpha-3: {bad}")
        return cls(roles, countries)


def inside_weapon_name(hit: TriggerHit, folded: str, rules: ContextRules, lo: int, hi: int) -> bool:
    """True when the trigger is a word of a weapon's name ("strike" of "strike missiles", "attaque"
    of "hélicoptères d'attaque"): a purchase or a fleet, not an attack. A trigger reaching beyond
    the name ("Kampfhubschrauber haben Dörfer angegriffen") is not inside it."""
    if rules.weapon_role is None:
        return False
    return any(
        m.start() <= hit.start and hit.end <= m.end() for m in rules.weapon_role.finditer(folded, lo, hi)
    )


def blocked(hit: TriggerHit, folded: str, rules: ContextRules, lo: int, hi: int) -> bool:
    """True when a metaphor/jargon blocker overlaps the trigger ("charm offensive"), or a fight
    blocker overlaps a fight or attack trigger ("sich ... getroffen": a meeting, not a hit)."""
    if _overlaps(rules.blockers, hit, folded, lo, hi):
        return True
    return hit.entry.plover in FIGHT_LIKE and _overlaps(rules.fight_blockers, hit, folded, lo, hi)


def _overlaps(rule: re.Pattern[str] | None, hit: TriggerHit, folded: str, lo: int, hi: int) -> bool:
    """True when a match of ``rule`` in ``folded[lo:hi]`` overlaps the trigger."""
    if rule is None:
        return False
    return any(m.start() < hit.end and hit.start < m.end() for m in rule.finditer(folded, lo, hi))


# How far after an attacked gathering's noun its owner may be named ("rally of the opposition").
_GATHERING_TAIL = 30
# Languages that put the marker of a talked-about fight after it ("çatışmaları ele aldı").
_TOPIC_MARKER_AFTER = having("topic_marker_after")


def gathering_attacked(hit: TriggerHit, folded: str, rules: ContextRules, lo: int, hi: int) -> bool:
    """True when a protest trigger names a gathering that an attack struck ("a suicide bomber struck
    an opposition rally", "теракт на митинге", "mitinge saldırı"): the rally is the target of the
    attack, not a protest event of its own."""
    return hit.entry.category == "protest" and _near_gathering(
        rules, folded, lo, hi, (hit.start, hit.end), tail=0
    )


def in_attacked_gathering(rules: ContextRules, folded: str, lo: int, hi: int, span: tuple[int, int]) -> bool:
    """True when ``span`` (an actor's) overlaps an attacked gathering or follows just after its noun
    ("struck an opposition rally", "lors d'un rassemblement de l'opposition"): the gathering's
    people are the attack's target, not its authors."""
    return _near_gathering(rules, folded, lo, hi, span, tail=_GATHERING_TAIL)


def _near_gathering(
    rules: ContextRules, folded: str, lo: int, hi: int, span: tuple[int, int], *, tail: int
) -> bool:
    """True when ``span`` overlaps an attacked gathering of ``folded[lo:hi]`` or lies within ``tail``
    characters after it."""
    if rules.attacked_gathering is None:
        return False
    start, end = span
    return any(
        m.start() < end and start < m.end() + tail for m in rules.attacked_gathering.finditer(folded, lo, hi)
    )


_TOPIC_AFTER = 60  # characters after the trigger that a topic marker placed after it may span


def is_topic(scope: Scope) -> bool:
    """True when the trigger is the topic of talks or memories ("discussed the fighting in Syria",
    "çatışmaları ele aldı"): a marker just before it (just after it in Turkish)."""
    rule, hit, folded = scope.rules.topic, scope.hit, scope.folded
    if rule is None:
        return False
    if scope.lang in _TOPIC_MARKER_AFTER:
        # a marker must open the text after the trigger; the window only bounds how long it may be
        # ("saldırıya ilişkin yeniden görülen davada")
        after = folded[hit.end : min(scope.sentence.end, hit.end + _TOPIC_AFTER)]
        return any(not after[: m.start()].strip(" '") for m in rule.finditer(after))
    before = folded[max(scope.sentence.start, hit.start - 30) : hit.start]
    return any(len(before[m.end() :].split()) <= 3 for m in rule.finditer(before))


# How many words may stand between a sanction and what makes it a topic: before it (a verb-first
# sentence names its subject in between: "ألغت المحكمة العامة ... العقوبات") and after it (one word,
# four where the verb closes the clause: "Sanktionen gegen Russland umgangen").
_SANCTION_TOPIC_BEFORE = 6
_SANCTION_TOPIC_AFTER = 1
_SANCTION_TOPIC_AFTER_VERB_FINAL = 4
_VERB_FINAL = having("clause_final_verb") | with_word_order("SOV")
_CLAUSE_STOP = re.compile(r"[,;:()]")


def sanction_topic(scope: Scope) -> bool:
    """True when a sanction trigger names sanctions nobody imposes in it: evaded, breached, annulled,
    lifted or felt (``sanction_topic``: "a tanker suspected of evading sanctions", "the court annulled
    the sanctions", "les sanctions ont plongé l'économie", "yaptırımları deldiğinden", "Sanktionen
    umgangen"). The cue lies in the trigger's clause, at most ``_SANCTION_TOPIC_BEFORE`` words before it
    or ``_SANCTION_TOPIC_AFTER`` word after it."""
    rule, hit, folded, sentence = scope.rules.sanction_topic, scope.hit, scope.folded, scope.sentence
    if rule is None:
        return False
    before = folded[sentence.start : hit.start]
    stops = [m.end() for m in _CLAUSE_STOP.finditer(before)]
    before = before[stops[-1] :] if stops else before
    if any(len(before[m.end() :].split()) <= _SANCTION_TOPIC_BEFORE for m in rule.finditer(before)):
        return True
    after = folded[hit.end : sentence.end]
    stop = _CLAUSE_STOP.search(after)
    after = after[: stop.start()] if stop else after
    reach = _SANCTION_TOPIC_AFTER_VERB_FINAL if scope.lang in _VERB_FINAL else _SANCTION_TOPIC_AFTER
    return any(len(after[: m.start()].split()) <= reach for m in rule.finditer(after))


def is_historical(folded: str, rules: ContextRules, lo: int, hi: int) -> bool:
    """True when the span names a past war, battle or anniversary."""
    return rules.history is not None and rules.history.search(folded, lo, hi) is not None


def _names_weapon(rules: ContextRules, folded: str, start: int, end: int) -> bool:
    """True when a weapon word (drone, missile, aircraft, artillery) lies inside ``folded[start:end]``."""
    weapons = (rules.drone, rules.missile, rules.aircraft, rules.artillery)
    return any(w is not None and w.search(folded, start, end) is not None for w in weapons)


def war_weapon(rules: ContextRules, folded: str, start: int, end: int) -> bool:
    """True when a weapon of war (drone, missile, artillery) lies inside ``folded[start:end]``; not an
    aircraft, which also crashes."""
    weapons = (rules.drone, rules.missile, rules.artillery)
    return any(w is not None and w.search(folded, start, end) is not None for w in weapons)


def mundane_in(rules: ContextRules, folded: str, lo: int, hi: int) -> bool:
    """True when ``folded[lo:hi]`` speaks of ordinary crime, an accident or a disaster (a gang feud,
    a gas explosion, an earthquake)."""
    return rules.mundane is not None and rules.mundane.search(folded, lo, hi) is not None


def crime_around(
    rules: ContextRules,
    folded: str,
    around: tuple[int, int],
    sentence: tuple[int, int],
    *,
    actors: list[ActorMention],
    knowledge: ConflictKnowledge,
) -> bool:
    """True when a fight's neighbouring sentences (``around``, its paragraph) tell ordinary crime, an
    accident or a disaster and its own ``sentence`` names no armed actor and no weapon of war: "Police
    raided the hideouts of a drugs gang. Two men were shot after officers came under fire." The
    shooting is the raid's, told in the next sentence; a drone or an army in it keeps it a fight."""
    if not mundane_in(rules, folded, *around):
        return False
    lo, hi = sentence
    armed = any(a.role in knowledge.armed_roles for a in actors if lo <= a.start < hi)
    return not armed and not war_weapon(rules, folded, lo, hi)


def hard_evidence(
    scope: Scope,
    span: tuple[int, int],
    *,
    actors: list[ActorMention],
    knowledge: ConflictKnowledge,
    cues: GenreCues | None,
) -> bool:
    """True when ``span`` holds what no sports or business page says in passing: an armed actor, an
    evidence word of the genre data (explosives, gunmen, drones, the killed and wounded; inside a
    precise trigger too: "drones struck"), a death count, or a trigger that is itself a bomb
    ("engin explosif", "عبوة ناسفة"). The weapon lists of the trigger files are not used: "Shell
    shares", "think tanks", "Jets"."""
    hit, folded, rules = scope.hit, scope.folded, scope.rules
    lo, hi = span
    if any(a.role in knowledge.armed_roles for a in actors if lo <= a.start < hi):
        return True
    if hit.entry.mode == "explosives" or deaths(rules, folded, span) is not None:
        return True
    # a precise trigger may name its own weapon ("drones struck"), a bare "attack" may not
    own = (hit.start, hit.start) if not hit.entry.generic else (hit.start, hit.end)
    return cues is not None and evidence_in(cues, folded, span, own)


def conflict_score(
    scope: Scope,
    span: tuple[int, int],
    *,
    actors: list[ActorMention],
    places: list[PlaceMention],
    knowledge: ConflictKnowledge,
    cues: GenreCues | None = None,
) -> float:
    """0 (no conflict reading), 0.5 (weak: a war-torn place with an actor) or 1 (strong cue)."""
    hit, folded, rules = scope.hit, scope.folded, scope.rules
    lo, hi = span
    armed = any(a.role in knowledge.armed_roles for a in actors if lo <= a.start < hi)
    if mundane_in(rules, folded, lo, hi):
        # a gang's gunmen, a quake that "struck", a blast that killed: a fight only with an army named
        # or a weapon of war ("cartel gunmen ambushed soldiers", "a drone caused a gas explosion")
        army = any(a.role == "MIL" for a in actors if lo <= a.start < hi)
        return 1.0 if army or war_weapon(rules, folded, lo, hi) else 0.0
    if rules.non_conflict is not None and rules.non_conflict.search(folded, lo, hi):
        hard = armed or hard_evidence(scope, span, actors=actors, knowledge=knowledge, cues=cues)
        return 1.0 if hard else 0.0
    if armed:
        return 1.0
    if rules.conflict is not None:
        for m in rules.conflict.finditer(folded, lo, hi):
            if m.end() <= hit.start or m.start() >= hit.end:
                return 1.0
    if not hit.entry.generic and _names_weapon(rules, folded, hit.start, hit.end):
        return 1.0  # "drones attacked an oil depot": the precise trigger names its own weapon
    in_war_zone = any(p.country in knowledge.conflict_countries for p in places if lo <= p.start < hi)
    war_actor = any(a.country in knowledge.conflict_countries for a in actors if lo <= a.start < hi)
    return 0.5 if in_war_zone and (war_actor or any(lo <= a.start < hi for a in actors)) else 0.0
