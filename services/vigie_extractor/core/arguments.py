"""Who did it to whom, and where: source, target and location of one trigger in its sentence.

The rules are positional and language-aware; the words they key on are data (the language's
``ContextRules``) and the mentions come from the actor and place finders. Within the trigger's
clause: the actor nearest before the trigger is the source and the first after it the target
(verb-first Arabic and noun triggers "l'offensive de l'opposition" take both from after; verb-final
Turkish takes both from before, a genitive subject first); a passive agent marker ("by", "par",
"von", "tarafından", "من قبل") names the source, also through a noun of its fighters or weapons
("par des drones ukrainiens", ``agent_heads``); coordinated subjects ("A and B held a call") give
A and B; an actor after "against" is a target; a witness ("according to residents"), a supporter
("backed by Kenyan personnel") and a country used as a place ("in Syria", "Suriye'de") are neither.
An agentless passive ("a convoy was ambushed") has no source: the actor it names is the target.
"A accuses B of attacking" makes B the source and A the target. A side named only by its country,
capital or demonym gets the sector its category implies (``data/categories.yaml``: the agent of a
fight is the military, of talks or sanctions the government). The cues are data
(``data/triggers/arguments.yaml``, loaded once by ``load_argument_cues``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core.agent_heads import agent_gap, headed_gap
from vigie_extractor.core.condemners import condemners, condemning_verb
from vigie_extractor.core.factuality import load_cues as load_factuality_cues
from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.knowledge.places import PlaceMention
from vigie_extractor.core.languages import having, with_word_order
from vigie_extractor.core.patterns import compile_any, fold_pattern
from vigie_extractor.core.records import amended
from vigie_extractor.core.sentences import Sentence
from vigie_extractor.core.triggers import ContextRules, TriggerDataError, TriggerHit

# Characters that end a clause: an actor across one of these is not an argument of the trigger.
_CLAUSE_BREAK = re.compile(r"[;:—–،؛]|\s-\s")
# Up to two short words ("the", "les", "al") between a marker and the actor it governs.
_ARTICLE_WORD = re.compile(r"\w+'?")
_GAP = re.compile(r"^[\s']*(?:\S{1,4}?[\s']+){0,2}$")
# After a supporter cue the gap may hold two words of any size: "backed by their Russian partners".
_SUPPORT_GAP = re.compile(r"^[\s']*(?:\S{1,14}[\s']+){0,2}$")
# Right after a possessive: nothing but spaces.
_NO_GAP = re.compile(r"^\s*$")
# Between a verb of saying and its subject: a day, an article and a noun ("a annoncé mardi la
# présidence danoise").
_SPEAKER_GAP = re.compile(r"^[\s']*(?:\S{1,14}[\s']+){0,3}$")
# Between a speaker and its verb of saying after it: at most two short words, no punctuation ("police
# said", "die Polizei am Montag mitteilte").
# The longest locative between a speaking body and its seat ("ministry in Moscow", "في موسكو").
_SEAT_GAP = 6
_SAYER_GAP = re.compile(r"^[\s']*(?:[^\s,.;:]{1,12}[\s']+){0,2}$")
# Before a witness the gap may hold an adjective: "according to local residents".
_WITNESS_GAP = re.compile(r"^[\s']*(?:\S{1,7}?[\s']+){0,2}$")
# Between an accusation verb and the accused, a time adverbial may sit: "acusó el domingo a la India".
_ACCUSED_GAP = re.compile(r"^[\s']*(?:[^\s,;:]+[\s']+){0,4}$")
VERB_FINAL = with_word_order("SOV")
VERB_FIRST = with_word_order("VSO")
# Languages whose verb may close the clause (perfect tense, subordinate clauses): the subject comes first.
CLAUSE_FINAL_VERB = having("clause_final_verb")
# States named in one meeting sentence from which it is multilateral (an IGO side, no country).
MULTILATERAL = 3
# CAMEO 043 "host a visit": the grammatical subject is the host, the visitor is the event's source.
HOST_CAMEO = "043"
# A target further than this after the trigger belongs to another clause.
_TARGET_REACH = 80
# A place after a locative preposition counts as this many characters nearer to the trigger.
_LOCATIVE_BONUS = 30
# A country that names a region ("el sur de Israel") this close after the trigger is where it fell.
_REGION_REACH = 50
# A broader place this close after a town, with only locative words between, locates the town.
_LOCATOR_GAP = 30
_FEATURE_RANK = {"country": 2, "region": 1}
AGENT_BEFORE_MARKER = having("agent_before_marker")
# Where the agent marker sits: before the verb ("von ... angegriffen", "tarafından vuruldu") or
# after it ("attacked by", "visée par"); it must be this close to the trigger.
MARKER_BEFORE_TRIGGER = having("agent_marker_before_verb")
_AGENT_REACH = 40
# The longest preposition that may govern a noun in the agent's case (Russian "под", "над", "со").
_PREPOSITION_SIZE = 3
# Categories whose two sides play the same part: "A and B" gives source A and target B.
SYMMETRIC = frozenset({"phone_call", "meeting", "clash", "ceasefire", "ceasefire_violation"})
# Between a victim cue and its actor: at most a number and a short word ("قتل خمسة مدنيين").
_VICTIM_GAP = re.compile(r"^\s*(?:\S+\s+){0,2}$")
# Plover types of an attack, whose source cannot be its victim.
_FIGHTS = frozenset({"FIGHT", "ASSAULT"})
# Categories a condemner performs itself after condemning, not the act it condemns.
_CONDEMNERS_OWN = frozenset({"appeal"})
# Sectors that do not attack: named as the source of a fight, they are its victims.
UNARMED = frozenset({"CVL", "MED", "REF"})
# Offices that are buildings a strike hits, never what strikes ("a rocket hit the US embassy").
STRUCK_PREMISES = frozenset({"Embassy"})
# Acts that a receiving verb turns round ("received aid from", "received a call from").
RECEIVED = frozenset({"military_aid", "phone_call"})
# Strikes that an interception turns round ("intercepted a missile launched from Yemen").
INTERCEPTED = frozenset({"missile_strike", "airstrike"})
# Aid given by one side to another named before a noun trigger ("Norway gives Ukraine aid").
DONATION = frozenset({"military_aid"})
# Acts with no place of their own: a country named as a place after the trigger is their target.
PLACE_IS_TARGET = frozenset({"military_aid", "threat", "sanction", "appeal"})
# Acts never aimed at the actor's own side: the speaker's own forces named in a threat ("warned
# that its army would respond to any incursion by South Korean troops") are not its target, which
# is the first side of another country named after the trigger.
AIMED_ABROAD = frozenset({"threat"})
# Noun triggers whose genitive complement is the agent: "l'offensive de l'opposition".
AGENT_GENITIVE = frozenset({"offensive", "shelling", "airstrike", "missile_strike", "assault", "clash"})


# Sectors a side may carry (CAMEO actor sector codes; eval/README.md, "Roles").
ROLES = frozenset(
    [
        "GOV",
        "MIL",
        "REB",
        "OPP",
        "INS",
        "IGO",
        "NGO",
        "CVL",
        "MED",
        "COP",
        "PTY",
        "LEG",
        "JUD",
        "BUS",
        "SPY",
        "UAF",
    ]
)
# The name of the role noun "his country" (``roles.yaml`` id ``own_country``).
OWN_COUNTRY = "own country"
# Mention kinds that name a state and nothing more: their sector comes from the event.
_BARE_KINDS = frozenset({"country", "capital"})
# Passive voice matters where one side acts on the other (not for talks, truces or mobilisation).
_PASSIVE_PLOVER = frozenset({"FIGHT", "ASSAULT", "SANCTION"})
_WORD_CUES = (
    "agent_head",
    "passive_before",
    "passive_after",
    "accuse",
    "support",
    "military_target",
    "police_target",
    "place_noun",
    "victim_after",
    "victim_before",
    "receive",
    "intercept",
    "reporter",
    "reporter_after",
    "possessive",
    "repel",
    "finite_aux",
    "kill_verb",
    "claim",
    "mutual",
    "speaker_clause",
    "speaker_dropped",
    "condemn",
    "pair",
)
_FORM_CUES = (
    "passive_form",
    "passive_next",
    "active_form",
    "agent_case",
    "elliptic_participle",
    "object_form",
)


@dataclass(frozen=True)
class ArgumentCues:
    """One language's voice, accusation and support cues (``data/triggers/arguments.yaml``)."""

    agent_head: re.Pattern[str] | None = None
    passive_before: re.Pattern[str] | None = None
    passive_after: re.Pattern[str] | None = None
    passive_form: re.Pattern[str] | None = None  # matched against one whole folded word
    # a trigger word in the case of a bare definite object ("saldırıyı"), not a head with a possessor
    object_form: re.Pattern[str] | None = None  # matched against the trigger's last folded word
    passive_next: re.Pattern[str] | None = None
    active_form: re.Pattern[str] | None = None
    agent_case: re.Pattern[str] | None = None  # matched against an actor's last folded word
    elliptic_participle: re.Pattern[str] | None = None  # matched against one whole folded word
    accuse: re.Pattern[str] | None = None
    support: re.Pattern[str] | None = None
    military_target: re.Pattern[str] | None = None
    police_target: re.Pattern[str] | None = None
    place_noun: re.Pattern[str] | None = None
    victim_after: re.Pattern[str] | None = None
    victim_before: re.Pattern[str] | None = None
    receive: re.Pattern[str] | None = None
    intercept: re.Pattern[str] | None = None
    reporter: re.Pattern[str] | None = None
    reporter_after: re.Pattern[str] | None = None
    possessive: re.Pattern[str] | None = None
    repel: re.Pattern[str] | None = None
    finite_aux: re.Pattern[str] | None = None
    kill_verb: re.Pattern[str] | None = None
    claim: re.Pattern[str] | None = None
    mutual: re.Pattern[str] | None = None
    speaker_clause: re.Pattern[str] | None = None
    speaker_dropped: re.Pattern[str] | None = None
    condemn: re.Pattern[str] | None = None
    pair: re.Pattern[str] | None = None
    passive_reach: int = 0


_NO_CUES = ArgumentCues()


@dataclass(frozen=True)
class ArgumentKnowledge:
    """Cues per language and, per category, the default sector of its source and target and of
    the side it lands on when the text names only a place (``struck``: a sector or "opponent")."""

    cues: dict[str, ArgumentCues]
    roles: dict[str, tuple[str | None, str | None]]
    struck: dict[str, str] = field(default_factory=dict)


def parse_argument_cues(raw: Any) -> dict[str, ArgumentCues]:
    """Validate and compile the content of ``arguments.yaml`` (``TriggerDataError`` if bad)."""
    if not isinstance(raw, dict):
        raise TriggerDataError("triggers/arguments.yaml: expected a mapping of languages")
    out: dict[str, ArgumentCues] = {}
    for lang, spec in raw.items():
        where = f"triggers/arguments.yaml: {lang}"
        if not isinstance(spec, dict) or set(spec) - {*_WORD_CUES, *_FORM_CUES, "passive_reach"}:
            raise TriggerDataError(f"{where}: keys must be among {_WORD_CUES + _FORM_CUES}, passive_reach")
        reach = spec.get("passive_reach", 0)
        if not isinstance(reach, int) or not 0 <= reach <= 10:
            raise TriggerDataError(f"{where}: passive_reach must be an integer in [0, 10]")
        compiled: dict[str, re.Pattern[str] | None] = {}
        for key in (*_WORD_CUES, *_FORM_CUES):
            items = spec.get(key) or []
            if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
                raise TriggerDataError(f"{where}: {key}: expected a list of strings")
            try:
                if key in _WORD_CUES:
                    compiled[key] = compile_any(items)
                else:
                    body = "|".join(f"(?:{fold_pattern(i)})" for i in items)
                    compiled[key] = re.compile(body) if items else None
            except re.error as exc:
                raise TriggerDataError(f"{where}: {key}: {exc}") from exc
        out[str(lang)] = ArgumentCues(**compiled, passive_reach=reach)
    return out


def parse_default_roles(raw: Any) -> dict[str, tuple[str | None, str | None]]:
    """The ``source_role`` / ``target_role`` of each category of ``categories.yaml``."""
    if not isinstance(raw, dict):
        raise TriggerDataError("categories.yaml: expected a mapping")
    out: dict[str, tuple[str | None, str | None]] = {}
    for name, spec in raw.items():
        if not isinstance(spec, dict):
            raise TriggerDataError(f"categories.yaml: {name}: expected a mapping")
        source, target = spec.get("source_role"), spec.get("target_role")
        if any(r is not None and r not in ROLES for r in (source, target)):
            raise TriggerDataError(f"categories.yaml: {name}: unknown sector in {(source, target)}")
        out[str(name)] = (source, target)
    return out


# A struck side facing the source: rebels against an army or police, the military otherwise.
OPPONENT = "opponent"
# A target whose sector only a military or police target noun gives (threats, sanctions, aid).
CUE_ONLY = "cue"


def parse_struck_roles(raw: Any) -> dict[str, str]:
    """The ``struck_role`` of each category of ``categories.yaml`` that has one."""
    if not isinstance(raw, dict):
        raise TriggerDataError("categories.yaml: expected a mapping")
    out: dict[str, str] = {}
    for name, spec in raw.items():
        role = spec.get("struck_role") if isinstance(spec, dict) else None
        if role is None:
            continue
        if role not in ROLES and role not in (OPPONENT, CUE_ONLY):
            raise TriggerDataError(f"categories.yaml: {name}: unknown struck_role {role!r}")
        out[str(name)] = str(role)
    return out


@functools.cache
def load_argument_knowledge() -> ArgumentKnowledge:
    """Read and validate the argument cues and default sectors once (cached)."""
    data = resources.files("vigie_extractor.core").joinpath("data")
    try:
        cues = yaml.safe_load(data.joinpath("triggers/arguments.yaml").read_text("utf-8"))
        categories = yaml.safe_load(data.joinpath("categories.yaml").read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TriggerDataError(f"argument data: cannot read: {exc}") from exc
    return ArgumentKnowledge(
        parse_argument_cues(cues), parse_default_roles(categories), parse_struck_roles(categories)
    )


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
    return _preceded_in(folded[max(floor, start - 40) : start], rule, gap)


@functools.lru_cache(maxsize=64)
def _preceded_in(window: str, rule: re.Pattern[str], gap: re.Pattern[str]) -> bool:
    """``_preceded_by`` on the window of text before the actor, remembered: the triggers of one
    sentence ask about the same actors."""
    return any(gap.match(window[m.end() :]) for m in rule.finditer(window))


@functools.lru_cache(maxsize=256)
def _clause_breaks(
    folded: str, start: int, end: int, clause: re.Pattern[str] | None
) -> tuple[tuple[int, int], ...]:
    """Sorted spans of the clause breaks of the sentence ``folded[start:end]``: worked out once
    for all the triggers of a sentence (the folded text's hash is cached by ``str``)."""
    breaks = [m.span() for m in _CLAUSE_BREAK.finditer(folded, start, end)]
    if clause is not None:
        breaks += [m.span() for m in clause.finditer(folded, start, end)]
    return tuple(sorted(breaks))


def _clause(scope: Scope) -> tuple[int, int]:
    """Offsets of the clause around the trigger: between punctuation breaks and clause-opening
    words ("while", "tandis que", "فيما") inside the sentence."""
    sentence, hit = scope.sentence, scope.hit
    start, end = sentence.start, sentence.end
    for b_start, b_end in _clause_breaks(scope.folded, start, end, scope.rules.clause):
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
    hit, head = scope.hit, load_argument_knowledge().cues.get(lang, _NO_CUES).agent_head
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
        # the actor nearest the marker: "El Kaide bağlantılı JNIM militanları tarafından" is JNIM
        for actor in reversed(actors) if lang in AGENT_BEFORE_MARKER else actors:
            if lang in AGENT_BEFORE_MARKER:
                if actor.end <= m.start() and agent_gap(
                    folded[actor.end : m.start()] + " ", scope.rules, head
                ):
                    return actor
            elif actor.start >= m.end() and agent_gap(folded[m.end() : actor.start], scope.rules, head):
                return actor
    return None


def _relative_sides(scope: Scope, cues: ArgumentCues, actors: list[ActorMention]) -> Sides | None:
    """Sides of a strike followed by a relative clause whose subject is its author, if any."""
    agent = _relative_agent(scope, actors)
    if agent is None:
        return None
    return _agent_sides(scope, cues, _candidates(scope, cues, actors, _clause(scope))[0], agent)


def _relative_agent(scope: Scope, actors: list[ActorMention]) -> ActorMention | None:
    """The subject of a relative clause opened right after a strike: "the drone attacks that the
    Russian military launched", "les frappes que l'armée israélienne a menées" (only strikes:
    "the sanctions that Russia faces" names their target)."""
    rule, hit, folded = scope.rules.relative_agent, scope.hit, scope.folded
    if rule is None or hit.entry.plover not in _FIGHTS:
        return None
    m = rule.match(folded, hit.end + 1) if folded[hit.end : hit.end + 1] == " " else None
    if m is None:
        return None
    following = next((a for a in actors if a.start >= m.end()), None)
    if following is None:
        return None
    # only an article may stand between ("that the Russian military", "que l'armée"), or the striker's
    # weapons ("que des avions de combat russes", "شنتها طائرات حربية إسرائيلية": ``agent_heads``)
    words = _ARTICLE_WORD.findall(folded[m.end() : following.start].lstrip("'"))
    cues = load_factuality_cues(scope.lang)
    articles = cues.articles if cues is not None else None
    head = load_argument_knowledge().cues.get(scope.lang, _NO_CUES).agent_head
    if (
        words
        and (len(words) > 1 or articles is None or not articles.fullmatch(words[0]))
        and not headed_gap(folded[m.end() : following.start], scope.rules, head)
    ):  # ...or the striker's weapons: "غارة شنتها طائرات حربية إسرائيلية"
        return None
    return following


def choose_sides(scope: Scope, actors: list[ActorMention]) -> Sides:
    """Source and target of the trigger among the actor mentions of its sentence, each side named
    only by a country or capital given the sector its category implies."""
    knowledge = load_argument_knowledge()
    cues = knowledge.cues.get(scope.lang, _NO_CUES)
    actors = [a for a in actors if a.kind != "capital" or not _speaker_seat(scope, a.start, a.end, actors)]
    sides = (
        _spoken_of(scope, cues, actors)
        or _relative_sides(scope, cues, actors)
        or _choose_sides(scope, actors, cues)
    )
    if (
        sides.source is not None
        and scope.hit.entry.plover in _FIGHTS
        and (
            sides.source.role in UNARMED
            or sides.source.office in STRUCK_PREMISES
            or _victim(scope, cues, sides.source)
        )
    ):
        killer = _killer(scope, actors, cues, sides) if sides.target is None else None
        sides = Sides(killer, sides.source, sides.borrowed) if killer is not None else _unarmed_source(sides)
    if sides.target is None and scope.hit.entry.category in PLACE_IS_TARGET:
        sides = _located_target(scope, actors, sides)
    category = scope.hit.entry.category
    if (
        (category in RECEIVED and _cue_in_clause(scope, cues.receive))
        or (category in INTERCEPTED and _cue_in_clause(scope, cues.intercept))
    ) and not _named_by_agent(scope, sides):
        sides = Sides(sides.target, sides.source, sides.borrowed)
    if sides.target is None and sides.source is not None:
        sides = _label_target(scope, actors, sides)
    if scope.hit.entry.category == "meeting":
        sides = _multilateral(scope, actors, sides)
    if scope.hit.entry.cameo == HOST_CAMEO:
        sides = _host_sides(scope, cues, sides)
    sides = _possessed_trigger(scope, cues, actors, sides)
    if category == "mobilisation":
        sides = _mobiliser(scope, actors, sides)
    source_role, target_role = knowledge.roles.get(scope.hit.entry.category, (None, None))
    source, target = _owned(scope, cues, actors, sides.source), _owned(scope, cues, actors, sides.target)
    if (
        category in AIMED_ABROAD
        and source is not None
        and source.country is not None
        and (target is None or target.country in (None, source.country))
    ):  # no target, or one of no country or of the speaker's ("his forces would respond"): look further
        target = _other_party(scope, actors, source, before=target is not None) or target
    return Sides(_sector(source, source_role), _sector(target, target_role), sides.borrowed)


def _other_party(
    scope: Scope, actors: list[ActorMention], source: ActorMention, *, before: bool
) -> ActorMention | None:
    """The first actor of another country than ``source``'s in the trigger's sentence, after the
    trigger ("... would respond to any incursion by South Korean troops"), or with ``before`` (the
    speaker's own side was read as the target) before it too (Turkish "ABD'nin tatbikatları
    sürdürmesi halinde ... çekinmeyeceklerini söyledi")."""
    lo, hi = scope.sentence.start, scope.sentence.end
    others = [a for a in actors if lo <= a.start and a.end <= hi and a.country not in (None, source.country)]
    after = next((a for a in others if a.start >= scope.hit.start), None)
    return after if after is not None or not before or not others else others[0]


def _spoken_of(scope: Scope, cues: ArgumentCues, actors: list[ActorMention]) -> Sides | None:
    """A speaker who tells its own act in a complement clause with no subject of its own ("Die Armee
    teilte mit, sie habe Stellungen der Hisbollah angegriffen", "informó de que había atacado
    posiciones de Hezbolá", "заявили, что атаковали эсминец"): the speaker is the source, and the
    side named in the clause the target (not when the clause is passive: the speaker suffered it)."""
    hit = scope.hit
    found = _speaker_cue(scope, cues) if hit.entry.plover in _FIGHTS else None
    if found is None or any(found[0].start() <= a.start < found[0].end() for a in actors):
        return None
    cue, dropped = found
    speaker = next((a for a in reversed(actors) if a.end <= cue.start() and a.country is not None), None)
    if (
        speaker is None
        # the speech verb's subject is the last side named before it, in its own stretch of the
        # sentence ("M23, backed by Rwanda, ..., said")
        or any(speaker.end <= a.start and a.end <= cue.start() for a in actors)
        or "," in scope.folded[speaker.end : cue.start()]
        or _passive(scope, cues, cue.end())
    ):
        return None
    after = [a for a in actors if a.start >= cue.end() and _key(a) != _key(speaker)]
    if dropped and after and after[0].start < hit.start:
        return None  # "informó de que tropas rusas habían atacado": the clause names its subject
    targets = [a for a in after if a.start < hit.start or a.start - hit.end <= _TARGET_REACH]
    return Sides(speaker, targets[0] if targets else None)


def _speaker_cue(scope: Scope, cues: ArgumentCues) -> tuple[re.Match[str], bool] | None:
    """The last ``speaker_clause`` or ``speaker_dropped`` cue before the trigger, and whether it
    was the latter (the pronoun dropped)."""
    found: tuple[re.Match[str], bool] | None = None
    for rule, dropped in ((cues.speaker_clause, False), (cues.speaker_dropped, True)):
        if rule is None:
            continue
        for m in rule.finditer(scope.folded, scope.sentence.start, scope.hit.start):
            if found is None or m.start() > found[0].start():
                found = (m, dropped)
    return found


def _mobiliser(scope: Scope, actors: list[ActorMention], sides: Sides) -> Sides:
    """The troops of a mobilisation named without a country are what is mobilised, not who
    mobilises: the clause's earlier actor with a country does ("Le gouvernement vénézuélien a ordonné
    le déploiement de 200 000 militaires et la mise en alerte des forces armées")."""
    troops = sides.source
    if troops is None or troops.country is not None or troops.role != "MIL":
        return sides
    lo, _hi = _clause(scope)
    earlier = [a for a in actors if lo <= a.start and a.end <= troops.start and a.country is not None]
    return Sides(earlier[0], sides.target, sides.borrowed) if earlier else sides


def _owner(scope: Scope, actors: list[ActorMention], before: int) -> ActorMention | None:
    """The sentence's first actor with a country, before offset ``before``."""
    lo = scope.sentence.start
    return next((a for a in actors if lo <= a.start and a.end <= before and a.country is not None), None)


def _possessed_trigger(scope: Scope, cues: ArgumentCues, actors: list[ActorMention], sides: Sides) -> Sides:
    """A trigger that opens with a possessive ("Israel dijo que sus aviones bombardearon depósitos de
    Hezbolá") is done by the owner; the side read after it is the target."""
    hit = scope.hit
    if sides.source is not None and sides.source.start < hit.start:
        return sides
    if not _preceded_by(scope.folded, hit.start, cues.possessive, scope.sentence.start, _NO_GAP):
        return sides
    owner = _owner(scope, actors, hit.start)
    if owner is None:
        return sides
    target = sides.source if sides.source is not None else sides.target
    return Sides(
        owner, target if target is not None and _key(target) != _key(owner) else None, sides.borrowed
    )


def _owned(
    scope: Scope, cues: ArgumentCues, actors: list[ActorMention], side: ActorMention | None
) -> ActorMention | None:
    """A side named by a possessive and a role noun ("El Ministerio de Defensa ruso afirmó que sus
    tropas tomaron...", "Kyiv said its forces shot down...") belongs to the sentence's first actor
    with a country before it: the one who speaks of "its" troops."""
    if side is None or side.country is not None or side.role is None or side.kind == "org":
        return side
    # "his country", "بلاده": the possessive is part of the noun
    possessed = side.name == OWN_COUNTRY or _preceded_by(
        scope.folded, side.start, cues.possessive, scope.sentence.start, _NO_GAP
    )
    if not possessed:
        return side
    owner = _owner(scope, actors, side.start)
    if owner is None:
        return side
    return replace(side, country=owner.country, code=f"{owner.country}{side.role}")


def _candidates(
    scope: Scope, cues: ArgumentCues, actors: list[ActorMention], span: tuple[int, int]
) -> tuple[list[ActorMention], ActorMention | None]:
    """The actors of ``span`` that may be a side: not inside the trigger (unless the owner of the
    weapon it opens with, also returned), not a quoted source, a supporter or a report's source."""
    hit, folded = scope.hit, scope.folded
    lo, hi = span
    # an actor inside a gapped trigger ("griff ... die Rebellen an", "شنت الفصائل هجوما") comes after
    # the verb head: it counts as after the trigger
    # an actor that ends inside a trigger opening with its weapon is that weapon's owner ("die
    # türkische Luftwaffe" of "Luftwaffe hat ... bombardiert"): it counts as before the trigger
    owner = _weapon_owner(scope, actors)
    inside = [
        a
        for a in actors
        if a.start >= lo and a.end <= hi and (a.end <= hit.start or a.start > hit.start or a is owner)
    ]
    condemning = condemners(
        folded,
        span,
        (hit.start, hit.end),
        inside,
        condemn=cues.condemn,
        passive_agent=scope.rules.passive_agent,
        verb_first=scope.lang in VERB_FIRST,
        verb_final=scope.lang in VERB_FINAL or scope.lang in CLAUSE_FINAL_VERB,
        attached=lambda a: _attached(scope, a) and not _bare_object(scope, cues),
        object_first=scope.lang in VERB_FINAL,
    )
    if condemning and hit.entry.category in _CONDEMNERS_OWN:
        # "condemned the strike and called on all parties to exercise restraint": the appeal is the
        # condemner's own next act, and the side of the condemned strike is no party to it
        return [condemning[0]], owner
    kept = [
        a
        for a in inside
        if not _quoted_source(scope, a)
        and not _preceded_by(folded, a.start, cues.support, lo, _SUPPORT_GAP)
        and not _in_report(scope, a)
        and a not in condemning
    ]
    return kept, owner


def _choose_sides(scope: Scope, actors: list[ActorMention], cues: ArgumentCues) -> Sides:
    folded, sentence, hit, rules = scope.folded, scope.sentence, scope.hit, scope.rules
    everyone = actors
    lo, hi = _clause(scope)
    if not any(lo <= a.start and a.end <= hi for a in actors):
        lo = sentence.start  # "Russia said that it launched...": the speaker is the agent
        # ...but a headline label is a topic, not an agent: "Somalie : huit morts dans un attentat"
        actors = [a for a in actors if not _is_label(scope, a)]
    inside, owner = _candidates(scope, cues, actors, (lo, hi))
    if not inside:
        return Sides(None, None)
    # "..., a annoncé le ministère": a speaker named after its verb reports the event; it is a side
    # only when nobody else is named ("« Nous avons repoussé l'assaut », a déclaré l'armée")
    # (an authority telling of a bombing or a shooting is never its author: "..., a indiqué la police")
    speakers = [a for a in inside if a.start > hit.end and _reporter(scope, cues, a)]
    if speakers and (len(speakers) < len(inside) or hit.entry.plover == "ASSAULT"):
        inside = [a for a in inside if a not in speakers]
        if lo > sentence.start and all(_located(scope, a, lo) for a in inside):
            # the trigger's clause names only its reporter and places ("... killed when their
            # vehicle struck a bomb near the border with Somalia, police said"): the sentence's
            # other clauses name the sides
            lo = sentence.start
            actors = [a for a in everyone if not _is_label(scope, a)]
            inside, owner = _candidates(scope, cues, actors, (lo, hi))
            inside = [a for a in inside if a not in speakers]
    agent = _agent(scope, inside, lo, hi)
    if agent is not None:
        return _agent_sides(scope, cues, inside, agent)
    # "bei russischem Beschuss", "killed in Russian strikes": a demonym on the trigger is no place
    before = [
        a
        for a in inside
        if (a.end <= hit.start or a is owner)
        and ((a.kind == "country" and _attached(scope, a)) or not _located(scope, a, lo))
    ]
    after = [a for a in inside if a.start > hit.start and not _located(scope, a, lo)]
    voiced = _voiced_sides(scope, cues, lo, before, after) if hit.entry.plover in _PASSIVE_PLOVER else None
    if voiced is not None:
        return voiced
    accused = _accusation(scope, cues, actors, inside)
    if accused is not None:
        return accused
    opposed = [a for a in before if _preceded_by(folded, a.start, rules.opposing, lo)]
    before = [a for a in before if a not in opposed]
    if opposed and not after:
        after = opposed
    # "frappes de l'armée" names the agent; "frappes contre des terroristes" the target
    genitive = (
        after
        and after[0].start >= hit.end
        and _governed(folded, hit.end, after[0].start, rules)
        and not _preceded_by(folded, after[0].start, rules.opposing, hit.end)
    )
    if (
        genitive
        and hit.entry.category in AGENT_GENITIVE
        and not (before and _repelled(scope, cues))
        and not _ends_on_target(scope, cues)
    ):
        rest = [a for a in after[1:] if _key(a) != _key(after[0]) and a.start - hit.end <= _TARGET_REACH]
        return Sides(after[0], rest[0] if rest else None)
    if before and _participial_adjunct(scope, cues):
        before = before[:1]  # "..., advancing on Hama": the subject of the main clause acts
    return _positional(scope, before, after)


def _ends_on_target(scope: Scope, cues: ArgumentCues) -> bool:
    """The trigger closes on the military or police target it hits ("griff ... Stellungen", "a attaqué
    le poste"): a genitive after it names that target's owner ("Stellungen der RSF"), not the agent."""
    words = scope.folded[scope.hit.start : scope.hit.end].split()
    last = words[-1] if words else ""
    targets = (cues.military_target, cues.police_target)
    return any(rule is not None and rule.fullmatch(last) for rule in targets)


def _voiced_sides(
    scope: Scope, cues: ArgumentCues, lo: int, before: list[ActorMention], after: list[ActorMention]
) -> Sides | None:
    """Sides of a trigger in the passive voice, or the cause of a passive; None otherwise."""
    if _passive(scope, cues, lo):
        return _passive_sides(scope, cues, before, after)
    if before and scope.lang not in AGENT_BEFORE_MARKER:
        return _cause_sides(scope, before, after)
    return None


def _cause_sides(scope: Scope, before: list[ActorMention], after: list[ActorMention]) -> Sides | None:
    """A trigger right after a passive agent marker is the cause of a passive ("four soldiers killed
    by an explosive device", "tués par une frappe de drone de l'armée"): the actor before it is the
    victim, and the source only an actor named with the cause (its genitive or adjective)."""
    folded, hit = scope.folded, scope.hit
    if not _preceded_by(
        folded, hit.start, scope.rules.passive_agent, max(scope.sentence.start, hit.start - 40)
    ):
        return None
    victim = before[-1]
    first = after[0] if after else None
    named_with = first is not None and (
        _governed(folded, hit.end, first.start, scope.rules) or not folded[hit.end : first.start].strip()
    )
    source = first if named_with and first is not None and _key(first) != _key(victim) else None
    return Sides(source, victim)


def _agent_sides(scope: Scope, cues: ArgumentCues, inside: list[ActorMention], agent: ActorMention) -> Sides:
    """Sides around a passive agent: the agent acts on the actor before the trigger, unless the
    subject repels what the agent did ("troops repelled an attack by Boko Haram")."""
    others = [a for a in inside if _key(a) != _key(agent) and not _qualifies_agent(scope, a, agent)]
    before = [a for a in others if a.end <= scope.hit.start]
    if before and agent.start > scope.hit.start and _repelled(scope, cues):
        return Sides(before[-1], agent)
    target = before[-1] if before else (others[0] if others else None)
    return Sides(agent, target)


# One word joins a name that qualifies an agent to it ("El Kaide bağlantılı JNIM", "Iran-backed").
_QUALIFIER_GAP = re.compile(r"^[\s-]*[^\s,.;:]+\s+$")


def _qualifies_agent(scope: Scope, actor: ActorMention, agent: ActorMention) -> bool:
    """The actor is named right before the agent, one word apart, as what qualifies it ("El Kaide
    bağlantılı JNIM militanları tarafından"): part of the agent's name, not the side it acts on."""
    return actor.end <= agent.start and bool(_QUALIFIER_GAP.match(scope.folded[actor.end : agent.start]))


def _repelled(scope: Scope, cues: ArgumentCues) -> bool:
    """The trigger opens with a verb of repelling ("repoussé une attaque de l'EI"): the attack's
    agent is the other side of the fight, the subject who repels it its source."""
    return cues.repel is not None and cues.repel.match(scope.folded, scope.hit.start) is not None


def _reporter(scope: Scope, cues: ArgumentCues, actor: ActorMention) -> bool:
    """The actor is the subject of a verb of saying that follows the trigger, the verb standing
    before its subject ("..., a indiqué mardi la présidence danoise", "..., teilte die Polizei mit")
    or right after it ("..., police said", "..., wie die Polizei mitteilte", "..., valisi açıkladı")."""
    folded = scope.folded
    if _preceded_by(folded, actor.start, cues.reporter, scope.hit.end, _SPEAKER_GAP):
        return True
    rule = cues.reporter_after
    if rule is None:
        return False
    window = folded[actor.end : min(scope.sentence.end, actor.end + 40)]
    return any(_SAYER_GAP.match(window[: m.start()]) for m in rule.finditer(window))


def _victim(scope: Scope, cues: ArgumentCues, actor: ActorMention) -> bool:
    """The actor is said to be killed or wounded ("six police officers were killed", "قتل خمسة
    مدنيين"): a victim of the fight, not its author."""
    folded = scope.folded
    after = cues.victim_after
    end = _past_apposition(folded, actor.end, scope.sentence.end)
    spaced = folded[end : end + 1].isspace()
    if after is not None and spaced and after.match(folded, end + 1, min(scope.sentence.end, end + 60)):
        return True
    if cues.victim_before is not None:
        # wide enough for a cue that names the victim's office: "mató el jueves a un comandante de"
        window = folded[max(scope.sentence.start, actor.start - 45) : actor.start]
        return any(_VICTIM_GAP.match(window[m.end() :]) for m in cues.victim_before.finditer(window))
    return False


# An apposition between commas after a victim: "25 Palestinians, including children, were killed".
_APPOSITION = re.compile(r",[^,;:]{1,40},")


def _past_apposition(folded: str, end: int, limit: int) -> int:
    """Where the words after an actor continue, past a short apposition between commas."""
    m = _APPOSITION.match(folded, end, limit)
    return m.end() if m is not None else end


def _killer(
    scope: Scope, actors: list[ActorMention], cues: ArgumentCues, sides: Sides
) -> ActorMention | None:
    """The armed actor named before the victims of a fight told later by a noun ("Russian forces
    killed four civilians in a bombardment of Kherson"): the subject of the killing, when a verb
    of killing joins the two."""
    victim = sides.source
    if victim is None:
        return None
    lo, _ = _clause(scope)
    before = [
        a
        for a in actors
        if max(lo, scope.sentence.start) <= a.start
        and a.end <= victim.start
        and _key(a) != _key(victim)
        and a.role not in UNARMED
        and _kills(scope, cues, a, victim)
        and not _quoted_source(scope, a)
    ]
    return before[-1] if before else None


def _kills(scope: Scope, cues: ArgumentCues, actor: ActorMention, victim: ActorMention) -> bool:
    """A verb of killing joins the actor to the victim right after it ("Russian forces killed four
    civilians", "mataron a cuatro civiles"): the actor is its subject, not a victim."""
    gap = scope.folded[actor.end : victim.start]
    if len(gap) > 45 or any(c in gap for c in ",;:"):
        return False
    verbs = (cues.victim_after, cues.kill_verb)
    verb = any(c is not None and c.match(gap.lstrip()) is not None for c in verbs)
    return verb or (cues.victim_before is not None and cues.victim_before.search(gap) is not None)


def _unarmed_source(sides: Sides) -> Sides:
    """Civilians, journalists, refugees and the killed do not strike: named as the source of an
    attack ("five civilians killed in an attack by gunmen"), they are its target, and an armed
    target the source."""
    source, target = sides.source, sides.target
    if target is not None and target.role not in UNARMED:
        return Sides(target, source, sides.borrowed)
    return Sides(None, source, sides.borrowed)


def _located_target(scope: Scope, actors: list[ActorMention], sides: Sides) -> Sides:
    """For an act with no place of its own, a country named as a place after the trigger is the
    side it is aimed at ("sent air defences to Ukraine", "threatened strikes in Mexican territory",
    "called for a truce in Sudan")."""
    hit, source = scope.hit, sides.source
    # an aid's recipient may also come before a noun trigger: "will send to Ukraine a package of aid"
    lo = source.end if source is not None and scope.hit.entry.category == "military_aid" else hit.end
    for a in actors:
        if a.start < lo or a.start - hit.end > _TARGET_REACH or a.end > scope.sentence.end:
            continue
        if source is not None and (_key(a) == _key(source) or a.country == source.country):
            continue
        if a.country is not None and _located(scope, a, scope.sentence.start):
            return Sides(source, a, sides.borrowed)
    return sides


def _named_by_agent(scope: Scope, sides: Sides) -> bool:
    """The source is not the subject of the receiving or intercepting verb but named after it: the
    giver or launcher already ("a réceptionné des hélicoptères livrés par la Russie", "a abattu deux
    missiles russes"), so the verb turns nothing round (Arabic puts its subject after the verb)."""
    source = sides.source
    return source is not None and source.start >= scope.hit.end and scope.lang not in VERB_FIRST


def _cue_in_clause(scope: Scope, cue: re.Pattern[str] | None) -> bool:
    """The cue occurs in the trigger's clause, before the trigger's end. A receiving verb ("Lebanon's
    army took delivery of US aid", "تلقى اتصالاً من") or an interception ("Israel intercepted a
    missile fired from Yemen") makes the subject the target, the giver, caller or launcher the source."""
    if cue is None:
        return False
    lo, hi = _clause(scope)
    # Turkish and the German perfect put the verb after the trigger: "füzenin ... önlendiğini",
    # "hat eine ... abgefeuerte Rakete abgefangen"
    late = scope.lang in VERB_FINAL or scope.lang in CLAUSE_FINAL_VERB
    return cue.search(scope.folded, lo, hi if late else scope.hit.end) is not None


# A headline label: an actor alone before a colon that opens the sentence ("Moscou : ...").
_LABEL = re.compile(r"\s*[:：]")
_STATE_FORCES = frozenset({"MIL", "GOV", "COP"})


def _is_label(scope: Scope, actor: ActorMention) -> bool:
    """The actor alone opens the sentence before a colon: a headline label ("Somalie : ...")."""
    folded = scope.folded
    opens = not folded[scope.sentence.start : actor.start].strip()
    return opens and _LABEL.match(folded, actor.end) is not None


def _label_target(scope: Scope, actors: list[ActorMention], sides: Sides) -> Sides:
    """A speaker or topic named as the headline's label ("Moscou : Kiev a violé la trêve",
    "Russie : l'UE adopte des sanctions") is on the receiving end of an act whose own clause names
    only its author: the label is the target when its country differs from the source's."""
    sentence, source = scope.sentence, sides.source
    first = next((a for a in actors if a.start >= sentence.start), None)
    if (
        first is None
        or source is None
        or first.country in (None, source.country)
        or first.end > scope.hit.start
    ):
        return sides
    if source.country is None and source.role in _STATE_FORCES:
        return sides  # "Soudan : l'armée lance une offensive": the label is the army's own country
    if not _is_label(scope, first):
        return sides
    return Sides(source, first, sides.borrowed)


def _participial_adjunct(scope: Scope, cues: ArgumentCues) -> bool:
    """A participle opening a clause after a comma ("..., advancing on", "..., avanzando hacia")."""
    words = scope.folded[scope.hit.start : scope.hit.end].split()
    if cues.active_form is None or not words or not cues.active_form.fullmatch(words[0]):
        return False
    return scope.folded[scope.sentence.start : scope.hit.start].rstrip().endswith(",")


def _multilateral(scope: Scope, actors: list[ActorMention], sides: Sides) -> Sides:
    """A meeting of an organisation's members, or of three or more states, is one IGO side with no
    country ("the ministers of Mali, Burkina Faso and Niger met"); a bilateral one is left as is."""
    sentence = scope.sentence
    named = [a for a in actors if sentence.start <= a.start and a.end <= sentence.end]
    # the host ("in the Saudi capital Riyadh", "in Washington under the aegis of ...") is where they
    # meet, not a third party, unless the state itself is listed among them ("Egypt, Jordan and Iraq")
    located = [_located(scope, a, sentence.start) for a in named]
    hosts = {a.country for a, loc in zip(named, located, strict=True) if loc}
    listed = {a.country for a, loc in zip(named, located, strict=True) if not loc and a.kind == "country"}
    countries = {a.country for a in named if a.country is not None} - (hosts - listed)
    if len(countries) >= MULTILATERAL:
        first, last = named[0], named[-1]
        text = scope.folded[first.start : last.end]
        igo = ActorMention(first.start, last.end, text, "multilateral", None, "IGO", "IGO", kind="org")
        return Sides(igo, None, sides.borrowed)
    igo_side = next((s for s in (sides.source, sides.target) if s is not None and s.role == "IGO"), None)
    other = sides.target if igo_side is sides.source else sides.source
    if igo_side is not None and (other is None or other.kind in _BARE_KINDS or other.country is None):
        return Sides(
            igo_side, None, sides.borrowed
        )  # "the CSTO summit in Bishkek", "Arab ministers at the League"
    return sides


def _host_sides(scope: Scope, cues: ArgumentCues, sides: Sides) -> Sides:
    """A host verb: "A received B" and "B was received by A" both mean that B visits A (the visitor
    is the source): in the active voice the later side visits, in the passive the earlier one. A
    headline drops the auxiliary but keeps the agent ("Saudi minister received by al-Sharaa",
    "Мирзиёев принят в Пекине председателем КНР"): a later side named as an agent makes it passive."""
    passive = _passive(scope, cues, scope.sentence.start)
    a, b = sides.source, sides.target
    if a is not None and b is not None:
        early, late = (a, b) if a.start < b.start else (b, a)
        passive = passive or _named_as_agent(scope, cues, late)
        return Sides(early, late, sides.borrowed) if passive else Sides(late, early, sides.borrowed)
    only = a or b
    if only is None:
        return sides
    return Sides(only, None, sides.borrowed) if passive else Sides(None, only, sides.borrowed)


def _named_as_agent(scope: Scope, cues: ArgumentCues, actor: ActorMention) -> bool:
    """The actor, after the trigger, is a passive's agent: right after an agent marker that follows
    the trigger closely ("received by", "reçu par", "recibido por"), or in the agent's case (the
    Russian instrumental "председателем")."""
    hit, folded, marker = scope.hit, scope.folded, scope.rules.passive_agent
    if actor.start < hit.end or scope.lang in MARKER_BEFORE_TRIGGER:
        return False
    if marker is not None:
        for m in marker.finditer(folded, hit.end, actor.start):
            if len(folded[hit.end : m.start()].split()) <= 3 and _GAP.match(folded[m.end() : actor.start]):
                return True
    return cues.agent_case is not None and _in_agent_case(scope, cues, actor)


def _passive_sides(
    scope: Scope, cues: ArgumentCues, before: list[ActorMention], after: list[ActorMention]
) -> Sides:
    """A passive trigger without an agent next to it: the one it was done to is the target (its
    subject; after the verb in verb-first Arabic), and the source is only an actor after an agent
    marker further on ("fue atacada por misiles rusos"), or an actor after it in the agent's case
    (the Russian instrumental: "атакованы российской авиацией"), else unknown."""
    if scope.lang in VERB_FIRST:
        if before and _auxiliary_before(scope, cues):
            # "تعرضت مدينة خاركيف لهجوم بطائرات مسيرة روسية": the auxiliary's subject is struck, a
            # demonym right after the noun trigger names who struck
            owner = [
                a for a in after[:1] if a.kind in _BARE_KINDS and a.role is None and _right_after(scope, a)
            ]
            return Sides(owner[0] if owner else None, before[-1])
        return Sides(None, after[0] if after else None)
    marker, hit, folded = scope.rules.passive_agent, scope.hit, scope.folded
    if marker is None:
        return Sides(None, before[-1] if before else None)
    if scope.lang in AGENT_BEFORE_MARKER:  # "Rus füzeleri tarafından vuruldu", "İsrail ordusunca"
        agents = [
            a
            for a in before
            if marker.search(folded, a.end, min(hit.start, a.end + 30))
            or _agentive_noun_after(scope, cues, a)
        ]
    else:
        agents = [
            a for a in after if a.start - hit.end <= _AGENT_REACH and marker.search(folded, hit.end, a.start)
        ]
    if not agents and cues.agent_case is not None:
        near = [a for a in after[:1] if a.start - hit.end <= _AGENT_REACH]
        agents = [a for a in near if _in_agent_case(scope, cues, a)]
    if not agents and hit.entry.category in AGENT_GENITIVE:
        # the agent named with a noun trigger: "la cible d'une attaque de drones russes"
        agents = [a for a in after[:1] if _named_with_trigger(scope, a)]
    if not agents:
        # a bare demonym right before a noun trigger is its agent: "came under Russian artillery fire"
        # ("im Libanon bombardiert": a place, not an agent)
        agents = [
            a
            for a in before[-1:]
            if a.role is None
            and a.kind in _BARE_KINDS
            and _attached(scope, a)
            and not _located(scope, a, scope.sentence.start)
        ]
    victims = [a for a in before if not agents or _key(a) != _key(agents[0])]
    return Sides(agents[0] if agents else None, victims[-1] if victims else None)


def _agentive_noun_after(scope: Scope, cues: ArgumentCues, actor: ActorMention) -> bool:
    """The actor's own last word, or the word right after it, is a noun of fighters in the agent's
    case, before the trigger: "İsrail ordusunca bombalandı", "Rus güçlerince vuruldu"."""
    if cues.agent_case is None or cues.agent_head is None:
        return False
    words = scope.folded[actor.start : actor.end].split()
    following = re.match(r"\s+(\w+)", scope.folded[actor.end : scope.hit.start])
    for word in (words[-1] if words else "", following.group(1) if following else ""):
        if word and cues.agent_case.fullmatch(word) and cues.agent_head.fullmatch(word):
            return True
    return False


def _named_with_trigger(scope: Scope, actor: ActorMention) -> bool:
    """The actor is the noun trigger's own genitive or adjective, right after it or after its weapons
    ("une attaque massive de drones russes", "ataque con drones rusos", "un ataque del ejército ruso")."""
    folded, hit = scope.folded, scope.hit
    gap = folded[hit.end : actor.start]
    head = load_argument_knowledge().cues.get(scope.lang, _NO_CUES).agent_head
    return (
        not gap.strip()
        or _governed(folded, hit.end, actor.start, scope.rules)
        or headed_gap(gap, scope.rules, head)
    )


def _auxiliary_before(scope: Scope, cues: ArgumentCues) -> bool:
    """A passive auxiliary stands before the trigger, within the language's reach ("تعرضت المدينة
    لهجوم"): the trigger is a noun, not the passive verb itself."""
    rule = cues.passive_before
    if rule is None:
        return False
    window = _whole_words(scope.folded[max(scope.sentence.start, scope.hit.start - 120) : scope.hit.start])
    return any(len(window[m.end() :].split()) <= cues.passive_reach for m in rule.finditer(window))


def _whole_words(window: str) -> str:
    """``window`` without the piece of a word that it ends on: a proclitic glued to the trigger that
    follows ("ل" of "لهجوم") is no word of its own."""
    return window if not window or window[-1].isspace() else window.rsplit(" ", 1)[0] + " "


def _right_after(scope: Scope, actor: ActorMention) -> bool:
    """Only a space stands between the trigger and the actor ("هجوم بطائرات مسيرة روسية")."""
    gap = scope.folded[scope.hit.end : actor.start]
    return bool(gap) and gap.isspace()


def _in_agent_case(scope: Scope, cues: ArgumentCues, actor: ActorMention) -> bool:
    """The actor's last word carries the case of a passive's agent and no preposition (a short word)
    governs it: "атакованы российской авиацией", not "атакованы вместе с Киевом" nor "под Харьковом"."""
    words = scope.folded[actor.start : actor.end].split()
    if not words or cues.agent_case is None:
        return False
    before = scope.folded[scope.hit.end : actor.start].split()
    if cues.agent_case.fullmatch(words[-1]) is None:
        return _owns_agent_head(cues, before)
    return not before or len(before[-1]) > _PREPOSITION_SIZE


def _owns_agent_head(cues: ArgumentCues, before: list[str]) -> bool:
    """The word right before the actor is a noun of fighters or weapons in the agent's case, and the
    actor its owner in the genitive: "атаковано беспилотниками ВСУ", "обстреляны подразделениями
    российской армии" (a short word before the noun is a preposition: "под ракетами")."""
    if not before or cues.agent_case is None or cues.agent_head is None:
        return False
    head = before[-1]
    if cues.agent_case.fullmatch(head) is None or cues.agent_head.fullmatch(head) is None:
        return False
    return len(before) < 2 or len(before[-2]) > _PREPOSITION_SIZE


def _bare_object(scope: Scope, cues: ArgumentCues) -> bool:
    """The trigger is a bare definite object ("Sudan ordusu saldırıyı kınadı": accusative, no
    possessive), so an actor right before it is the verb's subject, not its possessor ("Rus
    saldırısını kınadı")."""
    words = scope.folded[scope.hit.start : scope.hit.end].split()
    return cues.object_form is not None and bool(words) and cues.object_form.fullmatch(words[-1]) is not None


def _attached(scope: Scope, actor: ActorMention) -> bool:
    """Only a space stands between the actor and the trigger ("Russian shelling", "russischem
    Beschuss")."""
    gap = scope.folded[actor.end : scope.hit.start]
    return bool(gap) and gap.isspace()


def category_sectors(
    category: str, source: ActorMention | None, target: ActorMention | None
) -> tuple[ActorMention | None, ActorMention | None]:
    """Both sides given the sectors ``category`` implies when the text names them only by a
    country, demonym or capital (as ``choose_sides`` does)."""
    source_role, target_role = load_argument_knowledge().roles.get(category, (None, None))
    return _sector(source, source_role), _sector(target, target_role)


def _sector(mention: ActorMention | None, role: str | None) -> ActorMention | None:
    """A bare country, demonym or capital with the category's default sector ("Moscow struck" ->
    the Russian military); a capital's own government sector yields to it."""
    if mention is None or mention.country is None or mention.kind not in _BARE_KINDS:
        return mention
    if mention.kind == "country" and (mention.role is not None or role is None):
        return mention
    if role == mention.role:
        return mention
    code = f"{mention.country}{role}" if role else mention.country
    return amended(mention, role=role, code=code)


def _passive(scope: Scope, cues: ArgumentCues, floor: int) -> bool:
    """True when the trigger is in the passive voice ("was ambushed", "атакован", "vuruldu")."""
    folded, hit = scope.folded, scope.hit
    words = folded[hit.start : hit.end].split()
    if not words or (
        cues.active_form is not None and any(cues.active_form.fullmatch(w) for w in {words[0], words[-1]})
    ):
        return False
    following = re.match(r"\s+(\w+)", folded[hit.end : scope.sentence.end])
    tail = folded[hit.end : scope.sentence.end]
    after = cues.passive_after.search(tail) if cues.passive_after is not None else None
    window = _whole_words(folded[max(floor, hit.start - 120) : hit.start])
    before = cues.passive_before
    return (
        (cues.passive_form is not None and cues.passive_form.fullmatch(words[-1]) is not None)
        or (len(words) == 1 and _elliptic_passive(scope, cues, words[0]))
        or (
            cues.passive_next is not None
            and following is not None
            and cues.passive_next.fullmatch(following.group(1)) is not None
        )
        or (after is not None and len(tail[: after.start()].split()) <= 1)
        # the auxiliary is part of the trigger ("a été reçu") or a few words before it
        or (before is not None and before.search(folded, hit.start, hit.end) is not None)
        or (
            before is not None
            and any(len(window[m.end() :].split()) <= cues.passive_reach for m in before.finditer(window))
        )
    )


def _elliptic_passive(scope: Scope, cues: ArgumentCues, last: str) -> bool:
    """A participle that alone is the trigger and closes a sentence without any finite auxiliary is a
    passive with its auxiliary left out, as telegraphic headlines write it ("Hisbollah-Stellungen im
    Libanon bombardiert", "Cherson erneut beschossen"); a longer trigger holds its own sides
    ("Waffenruhe an der Grenze gebrochen")."""
    if cues.elliptic_participle is None or cues.finite_aux is None:
        return False
    if cues.elliptic_participle.fullmatch(last) is None:
        return False
    folded, hit, sentence = scope.folded, scope.hit, scope.sentence
    if folded[hit.end : sentence.end].strip(" .!?\n\"'“”„«»"):
        return False
    return cues.finite_aux.search(folded, sentence.start, sentence.end) is None


def _accusation(
    scope: Scope, cues: ArgumentCues, actors: list[ActorMention], inside: list[ActorMention]
) -> Sides | None:
    """ "A accuses B of attacking (C)": source B, target C or else A. Verb-final Turkish puts the
    accusation verb after the trigger: "A, B'yi ... saldırmakla suçladı"."""
    if cues.accuse is None:
        return None
    folded, hit, sentence = scope.folded, scope.hit, scope.sentence
    if cues.mutual is not None and cues.mutual.search(folded, sentence.start, sentence.end):
        return None  # "A and B accused each other of ...": no accused side, the pair is told as A, B
    if scope.lang in VERB_FINAL:
        return _accusation_verb_final(scope, cues.accuse, actors)
    cue = None
    for m in cues.accuse.finditer(folded, sentence.start, hit.start):
        cue = m
    if cue is None:
        return None
    between = [a for a in actors if cue.end() <= a.start and a.end <= hit.start]
    if not between:
        return None
    accused = between[-1]
    accusers = [a for a in actors if sentence.start <= a.start and a.end <= cue.start()] + between[:-1]
    targets = [a for a in inside if a.start >= hit.end and a.start - hit.end <= _TARGET_REACH]
    targets = [a for a in targets if not _located(scope, a, hit.end)] + accusers
    targets = [a for a in targets if _key(a) != _key(accused)]
    return Sides(accused, targets[0] if targets else None)


def _accusation_verb_final(scope: Scope, accuse: re.Pattern[str], actors: list[ActorMention]) -> Sides | None:
    """Turkish: the accuser first, then the accused (the first other state named), the accusation verb
    ("suçladı", "öne sürdü", "iddia etti") after the trigger."""
    hit, sentence = scope.hit, scope.sentence
    if accuse.search(scope.folded, hit.end, sentence.end) is None:
        return None
    before = [a for a in actors if sentence.start <= a.start and a.end <= hit.start]
    if not before:
        return None
    accuser = before[0]
    # another state: not the accuser again, nor its spokesman ("Rusya Dışişleri Bakanlığı Sözcüsü")
    accused = [a for a in before[1:] if a.country is not None and a.country != accuser.country]
    if not accused:
        return None
    # the accused is named first after the accuser ("Bakü, Erivan'ı Azerbaycan mevzilerine ateş
    # açmakla suçladı"): an actor between it and the trigger is the one attacked
    return Sides(accused[0], accuser)


def _ends_clause(scope: Scope) -> bool:
    """True when the trigger closes its clause (at most two words, "worden", "zu haben", follow, up to
    the clause's end or a comma: "... mit Atomwaffen gedroht, sollten sie ..." opens another)."""
    tail = scope.folded[scope.hit.end : _clause(scope)[1]].split(",", 1)[0]
    return len(tail.split()) <= 2


def _same_segment(scope: Scope, before: list[ActorMention]) -> list[ActorMention]:
    """The actors before the trigger with no comma between them and it ("Kyiv said, Russian troops
    had attacked": only the troops)."""
    comma = scope.folded.rfind(",", scope.sentence.start, scope.hit.start)
    return [a for a in before if a.start > comma]


# Characters after a weapon word within which a name is the weapon's own: a postposed adjective or a
# genitive with its article ("drones ucranianos", "Kampfjets der Armee").
_OWN_MODIFIER = 5


def _verb_last_sides(
    scope: Scope, segment: list[ActorMention], after: list[ActorMention], *, donation: bool
) -> Sides:
    """Sides of a clause whose verb comes last (German perfect and subordinate clauses: "A hat B ...
    übergeben"; a donation "Norway will give Ukraine aid"): the first actor is the subject. A name of
    the subject's own country right after it is its apposition ("Nordkoreas Machthaber Kim Jong Un
    hat Südkorea ... gedroht"), so a side of another country comes first; a side the trigger is aimed
    at, named after it ("Sanktionen gegen ..."), before all."""
    hit = scope.hit
    rest = [a for a in segment[1:] if _key(a) != _key(segment[0])]
    if donation:
        return Sides(segment[0], rest[-1] if rest else None)
    foreign = [a for a in rest if a.country is None or a.country != segment[0].country]
    aimed = [
        a
        for a in after
        if a.start - hit.end <= _TARGET_REACH
        and _preceded_by(scope.folded, a.start, scope.rules.opposing, hit.end)
    ]
    rest = aimed or foreign or rest
    return Sides(segment[0], rest[0] if rest else None)


def _subject_of_auxiliary(scope: Scope, cues: ArgumentCues, first: ActorMention) -> bool:
    """True when the clause's first actor is followed by the finite auxiliary of a compound tense
    (German verb second: "Peking hat wegen Waffenlieferungen an Taiwan Sanktionen gegen ...
    verhängt"): it is the subject, whatever the middle field names before the trigger."""
    if cues.finite_aux is None:
        return False
    lo, _hi = _clause(scope)
    if scope.folded[lo : first.start].strip(" ,"):
        return False
    return cues.finite_aux.match(scope.folded, first.end + 1) is not None


def _weapon_owner(scope: Scope, actors: list[ActorMention]) -> ActorMention | None:
    """The actor that starts before the trigger and ends inside it, when the trigger opens with a
    weapon word: the weapon's owner named with it ("die türkische Luftwaffe hat ... bombardiert")."""
    hit, rules, folded = scope.hit, scope.rules, scope.folded
    straddling = [a for a in actors if a.start < hit.start < a.end <= hit.end]
    if not straddling:
        return None
    weapons = (rules.drone, rules.missile, rules.aircraft, rules.artillery)
    opens = any(w is not None and w.match(folded, hit.start) is not None for w in weapons)
    return straddling[0] if opens else None


def _struck_inside(scope: Scope, after: list[ActorMention]) -> bool:
    """True when the trigger opens with the weapon that acts and the first name after it lies inside
    the trigger ("Kampfflugzeuge haben Stellungen der Hisbollah bombardiert"): that name is what was
    hit, and nobody is named as the source. A name right after the weapon is its own ("drones
    ucranianos", "Kampfjets der Armee"). Only where the verb may close the clause: elsewhere a name
    between the weapon and the verb is the weapon's own ("Aviones de combate israelíes atacaron...")."""
    rules, folded, hit = scope.rules, scope.folded, scope.hit
    if not after or scope.lang not in CLAUSE_FINAL_VERB | VERB_FINAL:
        return False
    for w in (rules.drone, rules.missile, rules.aircraft, rules.artillery):
        m = w.match(folded, hit.start) if w is not None else None
        if m is not None:
            return m.end() + _OWN_MODIFIER < after[0].start < hit.end
    return False


def _positional(scope: Scope, before: list[ActorMention], after: list[ActorMention]) -> Sides:
    """Sides from word order: subject before the verb (or after it when nothing precedes)."""
    hit = scope.hit
    if not before:
        # "sanctions against Russia": an actor after "against" is the target, never the source
        agents = [a for a in after if not _preceded_by(scope.folded, a.start, scope.rules.opposing, hit.end)]
        source = None if _struck_inside(scope, after) else (agents[0] if agents else None)
        rest = [a for a in after if source is None or _key(a) != _key(source)]
        return Sides(source, rest[0] if rest else None)
    if scope.lang in VERB_FINAL:  # subject first, then the other side, then the verb
        embedded = [a for a in before if _genitive_subject(scope, a) or _relative_subject(scope, a)]
        told = [a for a in after if _object_clause_subject(scope, a)]
        source = told[0] if told else embedded[-1] if embedded else before[0]
        rest = [a for a in before if _key(a) != _key(source)]
        if not rest:
            rest = [a for a in after if _key(a) != _key(source)]
        return Sides(source, rest[0] if rest else None)
    segment = _same_segment(scope, before)
    cues = load_argument_knowledge().cues.get(scope.lang, _NO_CUES)
    # "Норвегия выделит Украине помощь", "Norway will give Ukraine aid": donor, then recipient
    donation = (
        hit.entry.category in DONATION and len(segment) > 1 and segment[0].country != segment[-1].country
    )
    verb_last = (
        scope.lang in CLAUSE_FINAL_VERB
        and len(segment) > 1
        and (_ends_clause(scope) or _subject_of_auxiliary(scope, cues, segment[0]))
    )
    if donation or verb_last:
        return _verb_last_sides(scope, segment, after, donation=donation)
    nearest = before[-1]
    coordinated = _coordinated_pair(scope.folded, before, scope.rules, headline_start=_headline_start(scope))
    if coordinated is not None and (hit.entry.category in SYMMETRIC or not after):
        return Sides(coordinated[0], coordinated[1])
    if coordinated is not None:
        nearest = coordinated[0]
    targets = [a for a in after if _key(a) != _key(nearest) and a.start - hit.end <= _TARGET_REACH]
    if not targets and hit.entry.category in SYMMETRIC and len(segment) > 1:
        # "A and his B counterpart met": the first-named party is the source, the other the target
        first = segment[0]
        others = [a for a in segment[1:] if a.country is None or a.country != first.country]
        return Sides(first, others[0] if others else None)
    if hit.entry.plover in _FIGHTS:
        # "launched an offensive with 2,000 soldiers against the Gulf Clan": the side named after
        # "against" is the target, not a unit of the attacker's own named on the way
        opposed = [a for a in targets if _preceded_by(scope.folded, a.start, scope.rules.opposing, hit.end)]
        targets = opposed[:1] + [a for a in targets if a not in opposed[:1]]
    return Sides(nearest, targets[0] if targets else None)


# Turkish embedded clauses: "Rus askerlerinin ... saldırdığını" (that the Russian soldiers attacked):
# the verb is nominalised (-dığı, -acağı) and its subject takes the genitive (-in, -nin, -un, -nun).
_NOMINALISED = re.compile(r"(?:dig|dug|tig|tug|acag|eceg)")
_GENITIVE_WORD = re.compile(r"^\s*'?(?:\w+\s+)?\w*[^\W'](?:n?[iu]n)\b")


# Turkish participles of a relative clause ("düzenlediği", "başlattığı": that ... carried out) and of
# an object clause ("gerçekleştirdiğini": that ... carried out), folded; at most one word may stand
# between the participle and the trigger ("düzenlediği hava saldırısında").
_RELATIVE_PARTICIPLE = re.compile(r"\w+[dt][iu]g[iu]\s+(?:\w+\s+)?$")
_OBJECT_PARTICIPLE = re.compile(r"^\s*(?:\(\w+\)\s*)?(?:\w+\s+)?\w+[dt][iu]g[iu]n[iu]\b")
_OBJECT_CASE = re.compile(r"(?:y?[iu])$")
# the genitive of a possessed head noun, written without an apostrophe ("ordusunun", "uçaklarının")
_HEAD_GENITIVE = re.compile(r"(?:s[iu]n[iu]n|l[ae]r[iu]n[iu]n|[iu]n[iu]n)$")


def _is_genitive(scope: Scope, actor: ActorMention) -> bool:
    """The actor's own ending, or the noun right after it, is a genitive ("İsrail'in", "İsrail savaş
    uçaklarının")."""
    own = scope.folded[actor.start : actor.end]
    if _GENITIVE_END.search(own) or _HEAD_GENITIVE.search(own):
        return True
    return bool(_GENITIVE_WORD.match(scope.folded[actor.end : actor.end + 30]))


def _relative_subject(scope: Scope, actor: ActorMention) -> bool:
    """The genitive subject of the relative clause that names the trigger: "İsrail savaş uçaklarının
    salı günü ... düzenlediği hava saldırısında" (in the strike that Israeli jets carried out): the
    agent, whoever opens the sentence (often the ministry that reports the toll)."""
    gap = scope.folded[actor.end : scope.hit.start]
    return "," not in gap and bool(_RELATIVE_PARTICIPLE.search(gap)) and _is_genitive(scope, actor)


def _object_clause_subject(scope: Scope, actor: ActorMention) -> bool:
    """The genitive subject of an object clause whose object is the trigger: "Yetkililer saldırıyı
    Hızlı Destek Kuvvetleri'nin gerçekleştirdiğini bildirdi" (that the RSF carried out the attack)."""
    folded, hit = scope.folded, scope.hit
    if not _OBJECT_CASE.search(folded[hit.start : hit.end]) or actor.start - hit.end > _OBJECT_GAP:
        return False
    between = folded[hit.end : actor.start]
    return (
        not between.strip(" ")
        and _is_genitive(scope, actor)
        and bool(_OBJECT_PARTICIPLE.match(folded[actor.end : actor.end + 40]))
    )


_OBJECT_GAP = 2  # characters between an object trigger and the subject of its clause


def _genitive_subject(scope: Scope, actor: ActorMention) -> bool:
    """The actor (or the noun right after it) is the genitive subject of a nominalised trigger."""
    if not _NOMINALISED.search(scope.folded[scope.hit.start : scope.hit.end]):
        return False
    own = scope.folded[actor.start : actor.end]
    return bool(re.search(r"(?:n?[iu]n)$", own)) or bool(
        _GENITIVE_WORD.match(scope.folded[actor.end : actor.end + 30])
    )


def _located(scope: Scope, actor: ActorMention, floor: int) -> bool:
    """A country or capital after a locative preposition is a place here ("troops in Ukraine"); so
    is a seat of power where a visitor is received or a meeting held ("принял в Кремле", "received
    at the White House"), not where it speaks from ("В Кремле заявили")."""
    venue = actor.kind == "institution" and scope.hit.entry.plover == "CONSULT"
    if actor.kind not in ("country", "capital") and not venue:
        return False
    if _case_locative(scope.folded, scope.rules, actor.start, actor.end):
        return True
    return _preceded_by(scope.folded, actor.start, scope.rules.locative, floor) or _names_place(scope, actor)


def _case_locative(folded: str, rules: ContextRules, start: int, end: int, *, with_next: bool = True) -> bool:
    """The name ``folded[start:end]`` carries a locative case ending (Turkish "Suriye'de",
    "Suriye'deki"), which says "in" as a preposition does elsewhere; ``with_next``: also a genitive
    before a located noun ("Suriye'nin kuzeyinde")."""
    suffix = rules.place_suffix
    if suffix is None:
        return False
    surface = folded[start:end]
    if suffix.search(surface):
        return True
    next_word = re.match(r"\s+\w+", folded[end : end + 40]) if with_next else None
    return next_word is not None and suffix.search(surface + next_word.group()) is not None


# Between a country and the place noun it qualifies: a possessive and at most two name words
# ("Myanmar's Sagaing region"), else nothing but a space ("the Somali capital").
_POSSESSIVE_GAP = re.compile(r"^'s\s+(?:[\w-]+\s+){0,2}$")
# A Turkish genitive ends the country itself ("Pakistan'ın", "Rusya'nın"): one or two name words may
# then stand before the place noun, as after the English "'s" ("Pakistan'ın Belucistan eyaletinde").
_GENITIVE_END = re.compile(r"'n?[iu]n$")
_NAME_GAP = re.compile(r"^\s+(?:[\w'-]+\s+){1,2}$")
# Before a demonym that follows its noun: only a space or a short connector ("frontière algérienne"),
# and before a country the noun's "with" ("the border with Somalia", "la frontière avec le Mali").
_NOUN_GAP = re.compile(r"^\s+(?:(?:of|de|du|des|del|d'|la|the)\s*)?$")
_WITH_GAP = re.compile(r"^\s+(?:with|avec|con|mit)\s+(?:(?:the|le|la|l'|el|dem|der)\s*)?$")


def _names_place(scope: Scope, actor: ActorMention) -> bool:
    """A country or demonym that qualifies a place noun next to it ("the Somali capital Mogadishu",
    "Myanmar's Sagaing region", "la frontière algérienne", "Irak'ın kuzeyindeki") names a place;
    so does a country joined to the noun by "with" ("the border with Somalia")."""
    noun = load_argument_knowledge().cues.get(scope.lang, _NO_CUES).place_noun
    if noun is None:
        return False
    folded = scope.folded
    after = noun.search(folded, actor.end, min(scope.sentence.end, actor.end + 40))
    if after is not None:
        gap = folded[actor.end : after.start()]
        if not gap.strip() or _POSSESSIVE_GAP.match(gap):
            return True
        if _GENITIVE_END.search(folded[actor.start : actor.end]) and _NAME_GAP.match(gap):
            return True
    window = folded[max(scope.sentence.start, actor.start - 30) : actor.start]
    return any(gap.match(window[m.end() :]) for m in noun.finditer(window) for gap in (_NOUN_GAP, _WITH_GAP))


def _names_region(scope: Scope, actor: ActorMention) -> bool:
    """The country qualifies a place noun as a region of its own ("el sur de Israel", "север
    Израиля"), not as the neighbour across a border ("close to the border with Somalia")."""
    if not _names_place(scope, actor):
        return False
    noun = load_argument_knowledge().cues.get(scope.lang, _NO_CUES).place_noun
    window = scope.folded[max(scope.sentence.start, actor.start - 30) : actor.start]
    return noun is None or not any(_WITH_GAP.match(window[m.end() :]) for m in noun.finditer(window))


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


def _in_report(scope: Scope, actor: ActorMention) -> bool:
    """The actor belongs to the phrase that names a report's source, after the trigger and with no
    punctuation between ("selon les autorités installées par Moscou")."""
    rule = scope.rules.report
    if rule is None or scope.lang in AGENT_BEFORE_MARKER or actor.start < scope.hit.end:
        return False
    cues = list(rule.finditer(scope.folded, scope.hit.end, actor.start))
    return (
        bool(cues)
        and not _CLAUSE_BREAK.search(scope.folded, cues[-1].end(), actor.start)
        and "," not in (scope.folded[cues[-1].end() : actor.start])
    )


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
    folded: str, before: list[ActorMention], rules: ContextRules, *, headline_start: int | None = None
) -> tuple[ActorMention, ActorMention] | None:
    """``A and B`` right before the trigger: (A, B), when the two are different actors. In a headline
    (opening at ``headline_start``) a bare comma joins two parties of different countries the same
    way when the first opens it ("Erdogan, Putin discuss Syria", "LIVE: Pakistan, Afghanistan troops
    exchange fire", "Erdoğan, Putin ile görüştü"; not "In Kyiv, Russian drones ...")."""
    if len(before) < 2 or rules.coordination is None:
        return None
    a, b = before[-2], before[-1]
    between = folded[a.end : b.start]
    distinct = bool(a.country and b.country and a.country != b.country)
    if headline_start is not None and between.strip() == "," and distinct:
        return (a, b) if _opens(folded[headline_start : a.start]) else None
    m = rules.coordination.search(between)
    if m is None or len(between.strip()) > 30 or _key(a) == _key(b):
        return None
    return a, b


# What may stand before the first party of a headline pair: nothing, or a label closed by a colon,
# a bar or a dash ("LIVE:", "SON DAKİKA |", "UPDATE 2-").
_OPENING = re.compile(r"\W*|.*[:|\u2013\u2014-]\s*", re.DOTALL)


def _opens(prefix: str) -> bool:
    return _OPENING.fullmatch(prefix) is not None


def _headline_start(scope: Scope) -> int | None:
    """Where the trigger's sentence starts when it opens the text as a line of its own: a headline."""
    sentence = scope.sentence
    is_headline = sentence.start == 0 and sentence.paragraph == 0 and "\n" in scope.folded[: sentence.end + 2]
    return sentence.start if is_headline else None


def choose_place(scope: Scope, places: list[PlaceMention], actors: list[ActorMention]) -> PlaceMention | None:
    """The event place among the sentence's places: the nearest to the trigger, a place after a
    locative preposition counting as nearer; a place that is also an actor mention counts only after
    a locative preposition."""
    folded, sentence, hit, rules = scope.folded, scope.sentence, scope.hit, scope.rules
    accuse = load_argument_knowledge().cues.get(scope.lang, _NO_CUES).accuse
    candidates: list[tuple[int, int, PlaceMention]] = []
    homes: list[tuple[int, int, PlaceMention]] = []
    condemning_from = condemner_end(scope)
    for p in places:
        if p.start < sentence.start or p.end > sentence.end or p.end <= condemning_from:
            continue
        if _speaker_seat(scope, p.start, p.end, actors):
            continue
        if _home_of_actor(scope, p, actors):
            homes.append((abs(p.start - hit.end), p.start, p))
            continue
        locative = _preceded_by(folded, p.start, rules.locative, sentence.start)
        # a place whose name holds an actor's is named as a place ("banlieue sud de Beyrouth")
        named = [a for a in actors if a.start < p.end and p.start < a.end and not _holds(p, a)]
        is_actor = bool(named)
        # a country or capital in the locative case ("Suriye'de") is "in" it and may be the place; a
        # genitive one ("Irak'ın kuzeyindeki Metina bölgesinde") only locates the place after it
        in_case = is_actor and _case_locative(folded, rules, p.start, p.end, with_next=False)
        distance = p.start - hit.end if p.start >= hit.end else hit.start - p.end
        if is_actor and (
            not (locative or in_case) or _preceded_by(folded, p.start, accuse, sentence.start, _ACCUSED_GAP)
        ):
            # a country close after the trigger that qualifies a place noun is where it fell ("contra el
            # sur de Israel", "север Израиля"), unless a nearer place is named
            if distance <= _REGION_REACH and any(
                a.kind == "country" and a.start > hit.end and _names_region(scope, a) for a in named
            ):
                candidates.append((distance, p.start, p))
            continue  # "acusa a la India de...": the accused is no place, whatever its preposition
        candidates.append((distance - (_LOCATIVE_BONUS if locative else 0), p.start, p))
    candidates = candidates or homes
    if not candidates:
        return None
    candidates.sort(key=lambda c: (c[0], c[1]))
    return _town_of(scope, candidates[0][2], [c[2] for c in candidates])


# The longest locative between an actor and the country it is in ("Houthis in Yemen", "الحوثيون في
# اليمن", "Hezbollah au Liban").
_HOME_GAP = 8


def _home_of_actor(scope: Scope, place: PlaceMention, actors: list[ActorMention]) -> bool:
    """The place is a country named right after an actor of that country, with only a locative between
    ("the Houthis in Yemen fired a missile at Eilat", "أطلق الحوثيون في اليمن صاروخا على إيلات"): it
    says where the actor is, and is the event place only when the sentence names no other place."""
    if place.feature != "country":
        return False
    gap_rule = scope.rules.locative
    for actor in actors:
        gap = scope.folded[actor.end : place.start]
        if (
            actor.end <= place.start
            and actor.country == place.country
            and actor.kind not in _BARE_KINDS
            and 0 < len(gap) <= _HOME_GAP
            and gap_rule is not None
            and gap_rule.search(gap) is not None
            and _only_locatives(gap, gap_rule)
        ):
            return True
    return False


def _speaker_seat(scope: Scope, start: int, end: int, actors: list[ActorMention]) -> bool:
    """The name at ``[start, end)`` is where a speaking body sits, not where the event happened nor
    a side: "the defence ministry in Ankara said", "nach Angaben des Verteidigungsministeriums in
    Moskau", "a affirmé le ministère de la Défense à Moscou"."""
    folded, rules = scope.folded, scope.rules
    body = next((a for a in reversed(actors) if a.end <= start), None)
    if (
        body is None
        or body.kind in ("country", "capital")
        or body.role is None
        or start - body.end > _SEAT_GAP
        or not _only_locatives(folded[body.end : start], rules.locative)
    ):
        return False
    cues = load_argument_knowledge().cues.get(scope.lang, _NO_CUES)
    floor = scope.sentence.start
    if any(
        _preceded_by(folded, body.start, rule, floor, _SPEAKER_GAP) for rule in (rules.report, cues.reporter)
    ):
        return True
    window = folded[end : min(scope.sentence.end, end + 40)]
    rule = cues.reporter_after
    return rule is not None and any(_SAYER_GAP.match(window[: m.start()]) for m in rule.finditer(window))


def _holds(place: PlaceMention, actor: ActorMention) -> bool:
    """The place's name holds the actor's and more ("banlieue sud de Beyrouth" holds "Beyrouth")."""
    inside = place.start <= actor.start and actor.end <= place.end
    return inside and place.end - place.start > actor.end - actor.start


def condemner_end(scope: Scope) -> int:
    """Where the condemner's stretch of the clause ends (the start of a condemning verb whose object
    is the trigger; -1 when there is none): a place named there is the condemner's ("Rabat a dénoncé
    l'attaque ... près de Mellit"). Not in a verb-final language, whose verb follows its object."""
    if scope.lang in VERB_FINAL:
        return -1
    cues = load_argument_knowledge().cues.get(scope.lang, _NO_CUES)
    hit = scope.hit
    verb = condemning_verb(
        scope.folded,
        _clause(scope),
        (hit.start, hit.end),
        condemn=cues.condemn,
        passive_agent=scope.rules.passive_agent,
    )
    return -1 if verb is None else verb


def _town_of(scope: Scope, best: PlaceMention, places: list[PlaceMention]) -> PlaceMention:
    """The town that ``best`` only locates: in "بلدة بنت جبيل جنوبي لبنان", "Bint Jbeil in southern
    Lebanon", the country or region right after a town, joined by locative words alone, says where
    the town is; the town is where the event happened."""
    rank = _FEATURE_RANK.get(best.feature, 0)
    for p in places:
        gap = scope.folded[p.end : best.start]
        if (
            p.end <= best.start
            and len(gap) <= _LOCATOR_GAP
            and p.country is not None
            and p.country == best.country
            and _FEATURE_RANK.get(p.feature, 0) < rank
            and _only_locatives(gap, scope.rules.locative)
        ):
            return p
    return best


def _only_locatives(gap: str, locative: re.Pattern[str] | None) -> bool:
    rest = locative.sub(" ", gap) if locative is not None else gap
    return re.search(r"[^\W_]", rest) is None
