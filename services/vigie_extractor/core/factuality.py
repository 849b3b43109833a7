"""Whether an event trigger is asserted, negated, hypothetical, future, historical or reported.

Cues live in ``data/factuality/<lang>.yaml``. Scope and priority:

- negation, hypothesis and future are scoped to the trigger's clause (the sentence cut at the
  language's clause breaks: punctuation, "but", "who", "if", "said", ...; a clause word opens its
  clause). In that clause:
  ``before`` cues precede the trigger anywhere ("denied that ...");
  ``near`` cues ("not", "no", "pas", "kein", "не", "لم") start at most ``NEAR_WINDOW`` characters
  before it, so "no casualties in the attack" is not a negated attack, or lie inside a trigger
  that spans its verb's auxiliary ("n'a pas rencontré");
  ``next`` cues start at most ``NEXT_WINDOW`` characters after it ("an attack would"), or
  ``SUBJECT_NEXT_WINDOW`` when the trigger opens its clause, the head of a long subject ("une
  attaque de drones contre des bases aériennes pourrait");
  ``after`` cues follow it within ``after_window`` characters ("griff ... nicht an", "saldırıyı
  yalanladı", "çatışmaların yeniden başlayabileceğini");
  ``closing`` cues follow a trigger that opens its clause (its subject) anywhere in that clause
  but must end it, where a negated existential closes it ("Обстрелов на участке границы ... не
  было зафиксировано", "L'attaque annoncée par des médias locaux n'a jamais eu lieu");
  ``glued`` cues are a suffix or prefix on the trigger word or on the light verb right after it
  (Turkish "saldırmadı", "saldırı düzenlemedi", Arabic "سيهاجم").
  Spans listed under ``not_negation`` ("not only", "no sooner", "n'a pas cessé") never negate.
- a denial reaches into the complement clause it governs: a ``negated.before`` cue earlier in the
  sentence negates a trigger whose clause holds a ``denial_links`` word ("bestritt, Truppen verlegt
  zu haben", "a nié, lundi, avoir frappé", "denied that").
- hypothetical also when the sentence speaks of an exercise or a simulation before the trigger or
  in its clause (``simulated``: "drills", "exercice", "maniobras", "Manöver", "tatbikat", "учения",
  "مناورات"; not "threatened strikes if the drills go ahead"), or when it opens with a condition
  (``conditional_opening``: "If ...", "Si ...", "Если ...").
- historical: an event date more than ``HISTORICAL_AFTER_DAYS`` before publication (a month or a
  year counts from its end: "in November 2025", "in 2025"; with the date's precision unknown, a
  first of the month stands for its month and a 1 January for its year), or an anniversary cue
  anywhere in the sentence; a future event date (after publication) counts as a future cue.
  Full articles also tell the story's background in their own voice: ``background`` cues, scoped
  to the trigger's clause like the cues above, place it in an earlier period or make it a recap of
  many events ("has previously warned", "en repetidas ocasiones", "ведут с лета 2024 года", "ha
  intensificado sus bombardeos"), and a sentence that opens with a ``recap_opening`` ("Since then", "Desde
  el inicio de", "С тех пор") sums up a period; a sentence that opens with a
  ``speculation_opening`` ("Analysts say", "Los analistas advierten", "Эксперты считают") is a
  hypothesis about what may come, and so is a sentence anywhere in which a ``speculation_source``
  names an analyst as its speaker ("..., estime un chercheur", "..., sagt ein Sahel-Experte"): a
  commentator retells the news or guesses what comes next, and reports no event of their own.
  A sentence that opens on the frame of a scenario (``scenario_opening``: "In the scenario, ...",
  "Según el guion del ejercicio, ...", "По замыслу учений ...") makes the rest of its paragraph a war
  game or an exercise (``opens_scenario``; the extractor applies it to the sentences that follow in
  the paragraph). A sentence that names itself a ``scenario`` ("c'est le scénario qu'ont joué ...",
  "Im Szenario ...") imagines every act it tells, threats included; so does a headline that names a
  ``scenario_headline`` ("Et si ... ?", "Planspiel"), for its whole article, and a commentator's
  speech carried on into a hedged sentence with no speaker of its own (``core/frames.py``).
- negated also in every sentence of a fact-check, whose headline names it (``debunk_headline``:
  "Fact check:", "Faktencheck", "Non, ...", "iddiası asılsız", "Фейк:", "Bulo"): the strike a video
  is claimed to show is the claim the article refutes.
  Where the main verb closes the sentence (Turkish), a sentence whose last words are a
  ``future_closing`` verb of planning or expectation ("... yapması bekleniyor", "... düzenlenmesi
  planlanıyor") tells what is still to come: every trigger of it is future, except a noun whose
  ``frames`` case ending sets the scene of the planned act ("ziyaretinde", during the visit).
- reported: the sentence attributes the event to a source (the labelling guideline). Three kinds of
  cue: ``reported`` hedges and prepositional attributions anywhere ("according to", "selon",
  "по данным", "وفق", "göre", German Konjunktiv I "seien ... getötet worden"); ``speech`` verbs
  ("said", "a indiqué", "informó", "teilte mit", "сообщили", "bildirdi", "قال") anywhere except on
  the trigger itself, and when they precede the trigger only up to a ``speech_breaks`` word ("the
  army said after it bombed the depot": the bombing is the outlet's); ``announce`` verbs, which are
  also the way authors perform official acts: "the ministry announced sanctions" stays asserted,
  "announced that its forces struck" (a ``complement`` between verb and trigger) and
  "..., a annoncé le gouverneur" (punctuation or a Turkish nominalised complement "-dığını" between
  trigger and verb) are reported; ``accuse`` verbs report the act they govern, so only when they
  precede it with no ``speech_breaks`` word between ("acusó a la India de haber violado la tregua";
  not "a bomb killed six; the government blamed the rebels for the attack"). An ``official_acts``
  trigger (sanctions, appeals, aid, bans) is performed by its announcement: only a hedge reports
  it ("Britain imposed sanctions, the Foreign Office said" is asserted). Wire copy often names the
  story's source one sentence late: a headline without a cue takes the attribution of the lead's
  first two sentences, the lead's first sentence that of the second only when the second opens by
  naming the first's source (``back_reference``: "Das teilte der Gouverneur mit", "Об этом сообщил
  ...", "Así lo informó ..."); a second sentence that attributes a fact of its own ("The ministry
  said 41 people were detained") leaves the first in the outlet's voice. A verb of saying whose
  speaker is the author of a call, visit or meeting (``own_acts``: "Modi arrived in Tokyo, he said
  on X") or that is a second act after "and" (``speech_coordinators``: "met ... and said") does not
  report the trigger (``core/own_account.py``).
- a threat is a speech act, performed by saying it (``speech_act``): its speaker's verb of saying
  in its own sentence does not report it, nor does a lead sentence that tells the threat in the
  speaker's words (a sentence with a ``future`` cue); a hedge or an agency that reports it does
  ("..., according to KCNA"). What it threatens is no doubt about it: its future tense, drills it
  warns about, a condition opening the sentence, and its ``conditions`` ("if attacked", "any
  attack", "olası bir saldırı", "saldırı olması halinde") do not make it future or hypothetical; a
  modal on the threat itself still does ("could threaten").
- when several apply: negated > hypothetical > future > historical > reported > asserted.
- ``accusation`` cues ("accuse X d'avoir", "wirft X vor") report the events of their own sentence
  only: unlike other attributions they are not carried to the headline or the previous sentence.
- a cue word listed under ``spelled`` counts only when the text spells it so: folding makes German
  "würden" (would) the passive "wurden" and the Konjunktiv "hätten" the pluperfect "hatten".

>>> s = "Moscow denied that its forces shelled Kharkiv."
>>> classify_factuality(s, 0, len(s), s.index("shelled"), s.index(" Kharkiv"), "en", None, None)
'negated'
>>> s = "Russian drones hit Odesa, the governor said."
>>> classify_factuality(s, 0, len(s), s.index("hit"), s.index(" Odesa"), "en", None, None)
'reported'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core.dates import period_end
from vigie_extractor.core.frames import headline, previous_sentence
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.languages import LANGUAGES, with_word_order
from vigie_extractor.core.own_account import OwnAccountCues, own_voice
from vigie_extractor.core.patterns import compile_any, fold_pattern
from vigie_extractor.core.sentences import AGENCY_DATELINE

PRIORITY: tuple[str, ...] = ("negated", "hypothetical", "future", "historical", "reported", "asserted")
# A news article tells what happened in the last days; an event it dates more than a month back is
# background (gold events of the dev set are at most a week old).
HISTORICAL_AFTER_DAYS = 31
NEXT_WINDOW = 10  # a "next" cue ("würde", "would") must start this close after the trigger
# ...or this close when the trigger opens its clause, the head of a long subject whose verb the cue is
# ("Une attaque de drones à grande échelle contre des bases aériennes pourrait saturer...")
SUBJECT_NEXT_WINDOW = 90
NEAR_WINDOW = 20  # a "near" cue ("not", "no", "kein", "لم") must start this close before the trigger
_SCOPED = ("negated", "hypothetical", "future")
_SCOPED_KEYS = {"before", "near", "after", "closing", "next", "glued"}
_BACKGROUND = "background"  # optional, scoped like _SCOPED; makes the trigger historical
_TOP_KEYS = {
    "articles",
    _BACKGROUND,
    "recap_opening",
    "back_reference",
    "speculation_opening",
    "scenario_opening",
    "future_closing",
    "frames",
    "speculation_source",
    "scenario",
    "scenario_headline",
    "debunk_headline",
    "clause_punct",
    "clause_words",
    "after_window",
    "prefix",
    "light_verbs",
    "not_negation",
    "historical",
    "reported",
    "speech",
    "speech_breaks",
    "speech_coordinators",
    "own_acts",
    "own_speakers",
    "announce",
    "complement",
    "accuse",
    "simulated",
    "conditional_opening",
    "denial_links",
    "official_acts",
    "spelled",
    "accusation",
    "conditions",
    *_SCOPED,
}
# A closing cue lies in the last this many characters of its sentence, before the ``_CLOSING_MARKS``.
_CLOSING_REACH = 60
_CLOSING_MARKS = " \t\n.!?\"'»”…"
DENIAL_REACH = 80  # a denial governs a complement clause that starts this close after it
_HEADLINE_END = re.compile(r"\s*\n\s*\n")
_LEAD_SENTENCE_END = re.compile(r"[.!?؟](?=\s|$)|\n")
_WORD_CHARS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
Spans = tuple[tuple[int, int], ...]


class FactualityDataError(ValueError):
    """A ``data/factuality/<lang>.yaml`` file is malformed (the message names the file and entry)."""


@dataclass(frozen=True)
class _Scoped:
    before: re.Pattern[str] | None
    near: re.Pattern[str] | None
    after: re.Pattern[str] | None
    closing: re.Pattern[str] | None
    next: re.Pattern[str] | None
    glued: re.Pattern[str] | None


@dataclass(frozen=True)
class _Attribution:
    punct: re.Pattern[str]
    speech: re.Pattern[str] | None
    breaks: re.Pattern[str] | None
    announce: re.Pattern[str] | None
    complement: re.Pattern[str] | None
    accuse: re.Pattern[str] | None = None


@dataclass(frozen=True)
class FactualityCues:
    """One language's compiled cues."""

    lang: str
    clause_break: re.Pattern[str]
    after_window: int
    scoped: dict[str, _Scoped]
    not_negation: re.Pattern[str] | None
    light_verbs: re.Pattern[str] | None
    historical: re.Pattern[str] | None
    reported: re.Pattern[str] | None
    attribution: _Attribution
    simulated: re.Pattern[str] | None
    conditional_opening: re.Pattern[str] | None
    denial_links: re.Pattern[str] | None
    official_acts: re.Pattern[str] | None
    # folded form -> the lower-case spellings that make it a cue ("wurden" -> {"würden"})
    spelled: dict[str, frozenset[str]]
    accusation: re.Pattern[str] | None = None
    recap_opening: re.Pattern[str] | None = None
    # a sentence that opens by naming the source of the sentence before it ("Das teilte ... mit",
    # "Об этом сообщил ...", "Así lo informó ..."): the lead's first sentence takes its attribution
    back_reference: re.Pattern[str] | None = None
    speculation_opening: re.Pattern[str] | None = None
    # the frame of a scenario opening a sentence ("In the scenario, ..."): the rest of its paragraph
    # tells the exercise or the war game (``opens_scenario``)
    scenario_opening: re.Pattern[str] | None = None
    # a verb-final sentence closed by a verb of planning or expectation ("... yapması bekleniyor")
    future_closing: re.Pattern[str] | None = None
    # the case endings of a noun that frames the planned act ("ziyaretinde", during the visit)
    frames: re.Pattern[str] | None = None
    speculation_source: re.Pattern[str] | None = None
    scenario: re.Pattern[str] | None = None
    scenario_headline: re.Pattern[str] | None = None
    # a fact-check's headline ("Fact check:", "Faktencheck", "Non, ...", "iddiası asılsız")
    debunk_headline: re.Pattern[str] | None = None
    conditions: re.Pattern[str] | None = None
    # the language's articles: a trigger after one of them (or none) opens its clause as the head of
    # its subject ("Une attaque ... pourrait"; "Troops shelled ... and could" has a subject of its own)
    articles: re.Pattern[str] | None = None
    # verbs of saying that do not report the trigger (``core/own_account.py``)
    own_account: OwnAccountCues | None = None


def _spelled(raw: Any, where: str) -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = {}
    for word in _list(raw, where):
        forms.setdefault(fold(word), set()).add(word.lower())
    return {folded: frozenset(spellings) for folded, spellings in forms.items()}


def _list(raw: Any, where: str) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(i, str) and i for i in raw):
        raise FactualityDataError(f"{where}: expected a list of non-empty strings")
    return raw


def _words(raw: Any, where: str, prefix: str = "") -> re.Pattern[str] | None:
    try:
        return compile_any(_list(raw, where), prefix=prefix)
    except re.error as exc:
        raise FactualityDataError(f"{where}: bad regular expression: {exc}") from exc


def _regex(raw: Any, where: str) -> re.Pattern[str] | None:
    if raw is None:
        return None
    if not isinstance(raw, str) or not raw:
        raise FactualityDataError(f"{where}: expected a regular expression string")
    try:
        return re.compile(fold_pattern(raw))
    except re.error as exc:
        raise FactualityDataError(f"{where}: bad regular expression: {exc}") from exc


def parse_cues(raw: Any, lang: str) -> FactualityCues:
    """Validate the parsed content of ``factuality/<lang>.yaml`` and compile it."""
    src = f"factuality/{lang}.yaml"
    if not isinstance(raw, dict):
        raise FactualityDataError(f"{src}: expected a mapping")
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise FactualityDataError(f"{src}: unknown keys {sorted(unknown)}")
    missing = {"clause_punct", "after_window", *_SCOPED} - set(raw)
    if missing:
        raise FactualityDataError(f"{src}: missing keys {sorted(missing)}")
    window = raw["after_window"]
    if not isinstance(window, int) or isinstance(window, bool) or not 0 <= window <= 200:
        raise FactualityDataError(f"{src}: after_window must be an integer in [0, 200]")
    prefix = raw.get("prefix", "")
    if not isinstance(prefix, str):
        raise FactualityDataError(f"{src}: prefix must be a string")
    punct = _regex(raw["clause_punct"], f"{src}: clause_punct")
    words = _words(raw.get("clause_words"), f"{src}: clause_words", prefix)
    assert punct is not None  # clause_punct is required, so _regex returned a pattern
    breaks = re.compile("|".join(p.pattern for p in (punct, words) if p is not None))
    scoped: dict[str, _Scoped] = {}
    for name in (*_SCOPED, _BACKGROUND):
        if name == _BACKGROUND and name not in raw:
            continue
        spec = raw[name]
        if not isinstance(spec, dict) or not spec or set(spec) - _SCOPED_KEYS:
            raise FactualityDataError(
                f"{src}: {name}: expected a mapping with keys among {sorted(_SCOPED_KEYS)}"
            )
        scoped[name] = _Scoped(
            before=_words(spec.get("before"), f"{src}: {name}.before", prefix),
            near=_words(spec.get("near"), f"{src}: {name}.near", prefix),
            after=_words(spec.get("after"), f"{src}: {name}.after", prefix),
            closing=_words(spec.get("closing"), f"{src}: {name}.closing", prefix),
            next=_words(spec.get("next"), f"{src}: {name}.next", prefix),
            glued=_regex(spec.get("glued"), f"{src}: {name}.glued"),
        )
    return FactualityCues(
        lang=lang,
        clause_break=breaks,
        after_window=window,
        scoped=scoped,
        not_negation=_words(raw.get("not_negation"), f"{src}: not_negation", prefix),
        light_verbs=_regex(raw.get("light_verbs"), f"{src}: light_verbs"),
        historical=_words(raw.get("historical"), f"{src}: historical", prefix),
        reported=_words(raw.get("reported"), f"{src}: reported", prefix),
        attribution=_Attribution(
            punct=punct,
            speech=_words(raw.get("speech"), f"{src}: speech", prefix),
            breaks=_words(raw.get("speech_breaks"), f"{src}: speech_breaks", prefix),
            announce=_words(raw.get("announce"), f"{src}: announce", prefix),
            complement=_words(raw.get("complement"), f"{src}: complement", prefix),
            accuse=_words(raw.get("accuse"), f"{src}: accuse", prefix),
        ),
        simulated=_words(raw.get("simulated"), f"{src}: simulated", prefix),
        conditional_opening=_words(raw.get("conditional_opening"), f"{src}: conditional_opening", prefix),
        denial_links=_words(raw.get("denial_links"), f"{src}: denial_links", prefix),
        official_acts=_words(raw.get("official_acts"), f"{src}: official_acts", prefix),
        spelled=_spelled(raw.get("spelled"), f"{src}: spelled"),
        accusation=_words(raw.get("accusation"), f"{src}: accusation", prefix),
        recap_opening=_words(raw.get("recap_opening"), f"{src}: recap_opening", prefix),
        back_reference=_words(raw.get("back_reference"), f"{src}: back_reference", prefix),
        speculation_opening=_words(raw.get("speculation_opening"), f"{src}: speculation_opening", prefix),
        scenario_opening=_words(raw.get("scenario_opening"), f"{src}: scenario_opening", prefix),
        future_closing=_words(raw.get("future_closing"), f"{src}: future_closing", prefix),
        frames=_words(raw.get("frames"), f"{src}: frames"),
        speculation_source=_words(raw.get("speculation_source"), f"{src}: speculation_source", prefix),
        scenario=_words(raw.get("scenario"), f"{src}: scenario", prefix),
        scenario_headline=_words(raw.get("scenario_headline"), f"{src}: scenario_headline", prefix),
        debunk_headline=_words(raw.get("debunk_headline"), f"{src}: debunk_headline", prefix),
        conditions=_words(raw.get("conditions"), f"{src}: conditions", prefix),
        articles=_words(raw.get("articles"), f"{src}: articles"),
        own_account=OwnAccountCues(
            own_acts=_words(raw.get("own_acts"), f"{src}: own_acts", prefix),
            own_speakers=_words(raw.get("own_speakers"), f"{src}: own_speakers", prefix),
            coordinators=_words(raw.get("speech_coordinators"), f"{src}: speech_coordinators", prefix),
        ),
    )


@cache
def load_cues(lang: str) -> FactualityCues | None:
    """The compiled cues of ``lang`` (None for a language without a cue file)."""
    if lang not in LANGUAGES:
        return None
    name = f"data/factuality/{lang}.yaml"
    try:
        text = resources.files("vigie_extractor.core").joinpath(name).read_text("utf-8")
        raw = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise FactualityDataError(f"{name}: cannot read: {exc}") from exc
    return parse_cues(raw, lang)


def opens_scenario(lang: str, folded_sentence: str) -> bool:
    """Whether a (folded) sentence opens on the frame of a scenario ("In the scenario, China's navy
    encircles the island", "По замыслу учений ...", "En el escenario simulado, ..."): what the rest of
    its paragraph tells, in the present of a war game or an exercise, is hypothetical."""
    cues = load_cues(lang)
    if cues is None or cues.scenario_opening is None:
        return False
    return cues.scenario_opening.match(folded_sentence.lstrip(' «"„“')) is not None


def load_all() -> dict[str, FactualityCues]:
    """Every language's cues, validated (for ``Extractor.load``)."""
    return {lang: c for lang in LANGUAGES if (c := load_cues(lang)) is not None}


@dataclass(frozen=True)
class _SentenceCues:
    """What a (folded) sentence holds whatever the trigger: its clause breaks, and whether it names
    a past war, hedges, opens with a condition; its speech and announce verbs. Worked out once for
    all the triggers of the sentence."""

    breaks: Spans
    historical: bool
    hedged: bool
    accusation: Spans
    conditional: bool
    recap: bool
    speculation: bool
    planned: bool
    scenario: bool
    speech: Spans
    announce: Spans


def _spans(rule: re.Pattern[str] | None, folded: str) -> Spans:
    return () if rule is None else tuple(m.span() for m in rule.finditer(folded))


# Small on purpose: the triggers of one sentence come one after the other; a larger cache would
# only serve identical sentences of other articles, which real traffic seldom has.
@lru_cache(maxsize=8)
def _sentence_cues(lang: str, folded: str, original: str | None) -> _SentenceCues:
    """``original``: the unfolded sentence, for cues that count only as spelled (see ``spelled``)."""
    cues = load_cues(lang)
    assert cues is not None  # asked only for a language with cues
    att = cues.attribution
    opening = folded.lstrip(' «"„“')
    return _SentenceCues(
        breaks=_spans(cues.clause_break, folded),
        historical=cues.historical is not None and cues.historical.search(folded) is not None,
        hedged=cues.reported is not None
        and any(_as_spelled(cues, original, m) for m in cues.reported.finditer(folded)),
        accusation=_spans(cues.accusation, folded),
        conditional=cues.conditional_opening is not None
        and cues.conditional_opening.match(opening) is not None,
        recap=cues.recap_opening is not None and cues.recap_opening.match(opening) is not None,
        speculation=(
            cues.speculation_opening is not None and cues.speculation_opening.match(opening) is not None
        )
        or (cues.speculation_source is not None and cues.speculation_source.search(folded) is not None),
        planned=_closes_with(cues.future_closing, folded),
        scenario=cues.scenario is not None and cues.scenario.search(folded) is not None,
        speech=_spans(att.speech, folded),
        announce=_spans(att.announce, folded),
    )


def _closes_with(rule: re.Pattern[str] | None, folded: str) -> bool:
    """The sentence's last words (its main verb in a verb-final language) match ``rule``."""
    if rule is None:
        return False
    closing = folded.rstrip(_CLOSING_MARKS)
    return any(m.end() == len(closing) for m in rule.finditer(closing, max(0, len(closing) - _CLOSING_REACH)))


def _frames(cues: FactualityCues, folded: str, t_start: int, t_end: int) -> bool:
    """The trigger's word bears a ``frames`` case ending: it sets the scene of the sentence's act."""
    if cues.frames is None:
        return False
    word = _glued_words(cues, folded, t_start, t_end, len(folded))[0]
    return cues.frames.fullmatch(word) is not None


def _clause(sentence: _SentenceCues, folded: str, t_start: int, t_end: int) -> tuple[int, int]:
    """The span of the trigger's clause in the (folded) sentence."""
    c_lo, c_hi = 0, len(folded)
    for b_start, b_end in sentence.breaks:
        if b_end <= t_start:
            c_lo = b_start  # a clause word ("but", "if", "who") opens the clause it belongs to
        elif b_start >= t_end:
            c_hi = b_start
            break
    return c_lo, c_hi


def _glued_words(cues: FactualityCues, folded: str, t_start: int, t_end: int, hi: int) -> list[str]:
    """The trigger's whole word, and the light verb right after it when there is one."""
    lo = t_start
    while lo > 0 and (folded[lo - 1].isalnum() or folded[lo - 1] == "'"):
        lo -= 1
    word = _WORD_CHARS.match(folded, lo, hi)
    words = [folded[lo : max(t_end, word.end() if word else t_end)]]
    nxt = _WORD_CHARS.search(folded, max(t_end, word.end() if word else t_end), hi)
    if cues.light_verbs is not None and nxt is not None and cues.light_verbs.match(nxt.group()):
        only_space = not folded[max(t_end, word.end() if word else t_end) : nxt.start()].strip()
        if only_space:
            words.append(nxt.group())
    return words


def _blocked(cues: FactualityCues, folded: str, m: re.Match[str], lo: int, hi: int) -> bool:
    if cues.not_negation is None:
        return False
    return any(b.start() <= m.start() < b.end() for b in cues.not_negation.finditer(folded, lo, hi))


def _as_spelled(cues: FactualityCues, original: str | None, m: re.Match[str]) -> bool:
    """False when the cue ``m`` matched a folded word that the original text spells otherwise
    ("wurden" for the cue "würden"); ``original`` is the unfolded text at the same offsets."""
    spellings = cues.spelled.get(m.group())
    return spellings is None or original is None or original[m.start() : m.end()].lower() in spellings


def _scoped_hit(  # noqa: PLR0917 - one cue set applied to one clause of one sentence
    name: str,
    cues: FactualityCues,
    folded: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    original: str | None = None,
    *,
    may_head_subject: bool = True,
) -> bool:
    """Whether ``name``'s cues hit the trigger in its clause. With ``may_head_subject`` a trigger
    that opens its clause may be the head of a long subject whose modal comes late ("Une attaque de
    drones ... pourrait saturer"); a threat, made by its verb of saying, never is."""
    spec = cues.scoped[name]
    c_lo, c_hi = clause
    t_start, t_end = trigger
    # a period that dates the event may close its clause ("launched their offensive toward Pokrovsk
    # in the summer of 2024"): background cues after the trigger reach the clause's end
    after_hi = c_hi if name == _BACKGROUND else min(c_hi, t_end + cues.after_window)
    # (cues, window, last start allowed): the first spelled, unblocked cue decides
    # a cue before the trigger may look at the trigger's first letter ("قد (?=[يتن])" before "تشن")
    # but must end before it
    peek = min(c_hi, t_start + 1)
    next_reach = 0  # only the ``next`` cues ask whether the trigger heads the subject
    if spec.next is not None:
        subject = may_head_subject and _heads_clause(cues, folded, c_lo, t_start)
        next_reach = SUBJECT_NEXT_WINDOW if subject else NEXT_WINDOW
    windows = (
        (spec.before, c_lo, peek, t_start),
        (spec.near, max(c_lo, t_start - NEAR_WINDOW), peek, t_start),
        # a trigger spanning its verb's auxiliary holds the negation itself ("n'a pas rencontré")
        (spec.near, t_start, t_end, t_end),
        (spec.after, t_end, after_hi, c_hi),
        # ...only for the subject it negates: "обстрел ... жертв не зафиксировано" keeps the shelling
        (spec.closing if _heads_clause(cues, folded, c_lo, t_start) else None, t_end, c_hi, c_hi),
        (spec.next, t_end, c_hi, t_end + next_reach),
    )
    negated = name == "negated"
    for rule, lo, hi, last in windows:
        if rule is None:
            continue
        for m in rule.finditer(folded, lo, hi):
            if m.start() > last:
                break  # matches come in text order: the others start further still
            if hi == peek and m.end() > t_start:
                continue
            if spec.closing is not None and rule is spec.closing and folded[m.end() : c_hi].strip(" .!?"):
                continue  # a closing cue ends its clause ("Обстрелов ... не было зафиксировано,")
            if (not negated or not _blocked(cues, folded, m, c_lo, c_hi)) and _as_spelled(cues, original, m):
                return True
    if spec.glued is not None:
        if negated and _inside_not_negation(cues, folded, trigger, clause):
            return False  # a double negative: "cevapsız kalmayacak" (will not go unanswered)
        return any(spec.glued.search(w) for w in _glued_words(cues, folded, t_start, t_end, c_hi))
    return False


def _inside_not_negation(
    cues: FactualityCues, folded: str, trigger: tuple[int, int], clause: tuple[int, int]
) -> bool:
    """True when a ``not_negation`` span overlaps the trigger: its glued negative suffix then negates
    nothing ("saldırılar cevapsız kalmayacak", the attacks will not go unanswered)."""
    if cues.not_negation is None:
        return False
    t_start, t_end = trigger
    return any(b.start() < t_end and t_start < b.end() for b in cues.not_negation.finditer(folded, *clause))


def _heads_clause(cues: FactualityCues, folded: str, c_lo: int, t_start: int) -> bool:
    """At most an article before the trigger in its clause ("une", "ein", "the"): it heads the subject."""
    head = folded[c_lo:t_start].split()
    return not head or (
        len(head) == 1 and cues.articles is not None and cues.articles.fullmatch(head[0]) is not None
    )


def _unconditionally(  # noqa: PLR0917 - _scoped_hit's arguments
    name: str,
    cues: FactualityCues,
    folded: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    original: str | None,
    *,
    may_head_subject: bool = True,
) -> bool:
    """``name``'s cues hit the trigger once the language's ``conditions`` are blanked out: a
    threat's condition ("if attacked", "saldırı olması halinde") is what it threatens, not a doubt
    about the threat, while a modal ("could threaten") still is one."""
    if cues.conditions is None:
        return True
    blanked = cues.conditions.sub(lambda m: " " * len(m.group()), folded)
    return _scoped_hit(name, cues, blanked, clause, trigger, original, may_head_subject=may_head_subject)


def _denied_complement(cues: FactualityCues, folded: str, clause: tuple[int, int], t_start: int) -> bool:
    """A denial in an earlier clause governing the trigger's complement clause ("bestritt, ... zu
    haben", "a nié, lundi, avoir frappé")."""
    denial = cues.scoped["negated"].before
    if denial is None or cues.denial_links is None:
        return False
    c_lo, c_hi = clause
    if cues.denial_links.search(folded, c_lo, c_hi) is None:
        return False
    return any(c_lo - DENIAL_REACH <= m.end() for m in denial.finditer(folded, 0, t_start))


def _simulated(cues: FactualityCues, folded: str, clause: tuple[int, int]) -> bool:
    """An exercise or simulation cue before the trigger or in its clause ("during the drills, marines
    stormed a beach"); one in another, later clause does not count ("threatened strikes if the
    drills go ahead")."""
    if cues.simulated is None:
        return False
    return cues.simulated.search(folded, 0, clause[1]) is not None  # before the clause's end


def _speech_hit(att: _Attribution, folded: str, speech: Spans, t_start: int, t_end: int) -> bool:
    """A verb of saying (at ``speech``) attributes the trigger: after it, or before it with no
    break between."""
    for m_start, m_end in speech:
        if m_start < t_end and m_end > t_start:
            continue  # the trigger itself
        if m_start >= t_end or att.breaks is None or not att.breaks.search(folded, m_end, t_start):
            return True
    return False


def _announce_hit(att: _Attribution, folded: str, announce: Spans, t_start: int, t_end: int) -> bool:
    """An announce verb (at ``announce``) reports the trigger when a complement links them
    ("announced that ...", "..., a annoncé le gouverneur", "ele geçirdiklerini duyurdu"); with a
    nominal object it is the official act itself ("the ministry announced sanctions")."""
    for m_start, m_end in announce:
        if m_start < t_end and m_end > t_start:
            continue  # the trigger itself
        if m_end <= t_start:
            linked = att.complement is not None and att.complement.search(folded, m_end, t_start)
        else:
            linked = att.punct.search(folded, t_end, m_start) or (
                att.complement is not None and att.complement.search(folded, t_start, m_start)
            )
        if linked:
            return True
    return False


def _accuse_hit(att: _Attribution, folded: str, t_start: int) -> bool:
    """An accusation verb before the trigger, with no break between, makes it a claim."""
    if att.accuse is None:
        return False
    return any(
        att.breaks is None or not att.breaks.search(folded, m.end(), t_start)
        for m in att.accuse.finditer(folded, 0, t_start)
    )


def _attributed(cues: FactualityCues, folded: str, original: str | None = None) -> bool:
    """Whether the (folded) sentence attributes anything at all to a source (see the module doc);
    an accusation there accuses of its own event only, so it does not count."""
    att = cues.attribution
    if _hedged(cues, folded, original):
        return True
    # "announced that ...", or the verb put after the story it tells (", a annoncé le ministère")
    verb_final = cues.lang in with_word_order("SOV")
    linked = att.announce is not None and any(
        _announces_story(att, folded, m.start(), m.end(), verb_final) for m in att.announce.finditer(folded)
    )
    return linked or (att.speech is not None and att.speech.search(folded) is not None)


# where the verb closes the sentence, the words of its subject between the story and the verb
# (", bölge valisi açıkladı")
_SUBJECT_WORDS = 5


def _announces_story(att: _Attribution, folded: str, start: int, end: int, verb_final: bool) -> bool:
    """The announce verb at ``[start, end)`` tells a story rather than performing an act: a complement
    links them ("announced that ...", "vurduğunu açıkladı"), or the verb comes after the story, set
    off by punctuation (", a annoncé le ministère"; in a verb-final language past its subject:
    ", Milli Savunma Bakanlığı duyurdu")."""
    if verb_final:
        if att.complement is not None and att.complement.search(folded, 0, start):
            return True
        stops = list(att.punct.finditer(folded, 0, start))
        return bool(stops) and len(_WORD_CHARS.findall(folded, stops[-1].end(), start)) <= _SUBJECT_WORDS
    if att.complement is not None and att.complement.search(folded, end):
        return True
    return att.punct.search(folded[max(0, start - 3) : start]) is not None


def _accused(lang: str, accusation: Spans, t_start: int) -> bool:
    """An accusation (at ``accusation``) accuses of the acts its verb governs: those after it
    ("accusent d'avoir abandonné", "wirft Moskau vor, ... angegriffen zu haben"), or before its
    verb where the verb closes the clause ("Herson'u bombalamakla suçladı"); not an act the sentence
    told before it ("ont manifesté contre le gouvernement, qu'ils accusent d'avoir ...")."""
    if lang in with_word_order("SOV"):
        return any(end > t_start for _, end in accusation)
    return any(start < t_start for start, _ in accusation)


def _trigger_attributed(
    cues: FactualityCues, sentence: _SentenceCues, folded: str, t_start: int, t_end: int
) -> bool:
    """The sentence attributes the trigger at ``[t_start, t_end)`` to a source (see the module doc)."""
    att = cues.attribution
    return (
        sentence.hedged
        or _accused(cues.lang, sentence.accusation, t_start)
        or _speech_hit(att, folded, sentence.speech, t_start, t_end)
        or _announce_hit(att, folded, sentence.announce, t_start, t_end)
        or _accuse_hit(att, folded, t_start)
    )


def _next_sentence(text: str, end: int) -> tuple[int, int] | None:
    """The span of the sentence that follows offset ``end`` (None at the end of the text)."""
    start = end
    while start < len(text) and (text[start].isspace() or text[start] in ".!?؟"):
        start += 1
    if start >= len(text):
        return None
    dateline = AGENCY_DATELINE.match(text, start)  # "МОСКВА, 12 октября. /ТАСС/. ..." is one sentence
    stop = _LEAD_SENTENCE_END.search(text, dateline.end() if dateline else start)
    return start, stop.end() if stop else len(text)


def _tells_threat(cues: FactualityCues, folded: str) -> bool:
    """The (folded) sentence speaks of what someone threatens or plans (a ``future`` cue): its verb of
    saying is then a threat's speaker ("yaptığı açıklamada ... vurmakla tehdit etti"), not a reporter."""
    spec = cues.scoped["future"]
    if any(rule is not None and rule.search(folded) for rule in (spec.before, spec.after)):
        return True
    glued = spec.glued  # "vurulacağını söyledi", "سترد"
    return glued is not None and any(glued.search(w.group()) for w in _WORD_CHARS.finditer(folded))


def _hedged(cues: FactualityCues, folded: str, original: str | None) -> bool:
    return cues.reported is not None and any(
        _as_spelled(cues, original, m) for m in cues.reported.finditer(folded)
    )


def _lead_attributed(  # noqa: PLR0917 - one lead, seen from one of its sentences
    cues: FactualityCues,
    text: str,
    sentence_start: int,
    sentence_end: int,
    folded: str | None = None,
    speech_act: bool = False,
) -> bool:
    """Wire copy names the source of its story in the lead, often one sentence late: a headline
    (a first sentence followed by a blank line) takes the attribution of the lead's first two
    sentences, the lead's first sentence that of a second that names its source ("Merz hat mit
    Trump telefoniert. Das teilte der Sprecher mit."), not that of a second that attributes a fact
    of its own ("Tausende demonstrierten. Die Polizei meldete Festnahmen.")."""
    # a gap ending at the sentence ends with its line break: elsewhere there is nothing to search
    after_break = sentence_start > 0 and text[sentence_start - 1] == "\n"
    gap = _HEADLINE_END.search(text, 0, sentence_start + 1) if after_break else None
    headline_sentence = sentence_start == 0 and _HEADLINE_END.match(text, sentence_end) is not None
    if not headline_sentence and not (
        sentence_start == 0
        or (gap is not None and gap.end() == sentence_start and "\n" not in text[: gap.start()])
    ):
        return False
    reach = 2 if headline_sentence else 1  # a headline, or the lead's first sentence
    end = sentence_end
    for _ in range(reach):
        span = _next_sentence(text, end)
        if span is None:
            return False
        low = fold(text[span[0] : span[1]]) if folded is None else folded[span[0] : span[1]]
        if not headline_sentence and not _refers_back(cues, low):
            return False  # the lead's first sentence: only a second that names its source
        if (not headline_sentence and not speech_act) or _attributes_story(
            cues, low, text[span[0] : span[1]], speech_act
        ):
            return True
        end = span[1]
    return False


def _attributes_story(cues: FactualityCues, folded: str, original: str, speech_act: bool) -> bool:
    """A later sentence of the lead names the source of the story told before it; of a threat, only a
    hedge does when the sentence goes on in the threat's own words (a ``future`` cue)."""
    if speech_act and _tells_threat(cues, folded):
        return _hedged(cues, folded, original)
    return _attributed(cues, folded, original)


def _refers_back(cues: FactualityCues, folded: str) -> bool:
    """The (folded) sentence opens by naming the source of the sentence before it ("Das teilte ...
    mit", "Об этом сообщил ...", "C'est ce qu'a annoncé ...")."""
    opening = folded.lstrip(' «"„“')
    return cues.back_reference is not None and cues.back_reference.match(opening) is not None


def _reporter_after(cues: FactualityCues, folded: str, verbs: Spans, t_end: int) -> bool:
    """A verb of saying set off after the trigger by punctuation: a reporter named after the story
    ("threatened ... if the drills went ahead, state news agency KCNA said")."""
    punct = cues.attribution.punct
    return any(start >= t_end and punct.search(folded, t_end, start) for start, _ in verbs)


def _reported(  # noqa: PLR0917 - one trigger of one sentence
    cues: FactualityCues,
    sentence: _SentenceCues,
    text: str,
    span: tuple[int, int],
    trigger: tuple[int, int],
    folded: tuple[str, str | None],
    speech_act: bool,
) -> bool:
    """Whether a source is given for the trigger (its offsets relative to the sentence at ``span``);
    ``folded``: the folded sentence and the folded text when the caller has it."""
    low, whole = folded
    t_start, t_end = trigger
    if cues.official_acts is not None and cues.official_acts.search(low[t_start:t_end]):
        return sentence.hedged  # "according to", "allegedly": a hedge, not the act's author
    if speech_act:  # its own verb of saying is its speaker's, unless set off after it (", KCNA said")
        return (
            sentence.hedged
            or _reporter_after(cues, low, (*sentence.speech, *sentence.announce), t_end)
            or _lead_attributed(cues, text, *span, whole, speech_act=True)
        )
    sentence = _without_own_voice(cues, sentence, low, text[span[0] : span[1]], trigger)
    return _trigger_attributed(cues, sentence, low, t_start, t_end) or _lead_attributed(
        cues, text, *span, whole
    )


def _without_own_voice(
    cues: FactualityCues, sentence: _SentenceCues, folded: str, original: str, trigger: tuple[int, int]
) -> _SentenceCues:
    """The sentence's cues without the verbs of saying that do not report the trigger
    (``core/own_account.py``), nor a hedge made of one of them ("said he had held a call")."""
    own = cues.own_account
    if own is None or (not sentence.speech and not sentence.announce):
        return sentence
    speech = own_voice(own, folded, original, sentence.speech, trigger)
    announce = own_voice(own, folded, original, sentence.announce, trigger)
    if speech == sentence.speech and announce == sentence.announce:
        return sentence
    dropped = set(sentence.speech + sentence.announce) - set(speech + announce)
    hedged = (
        sentence.hedged
        and cues.reported is not None
        and any(
            _as_spelled(cues, original, m) and not any(m.start() <= d[0] < m.end() for d in dropped)
            for m in cues.reported.finditer(folded)
        )
    )
    return replace(sentence, speech=speech, announce=announce, hedged=hedged)


def _imagined_by_frame(
    cues: FactualityCues, text: str, whole: str | None, sentence: _SentenceCues, sentence_start: int
) -> bool:
    """The article's frame imagines the sentence (``frames``): its headline announces a war game or a
    scenario, or the sentence carries on, hedged and with no speaker of its own, a commentator's
    speech of the sentence before it in its paragraph."""
    if cues.scenario_headline is not None:
        title = headline(text)
        if title and cues.scenario_headline.search(fold(title) if whole is None else whole[: len(title)]):
            return True
    if cues.speculation_source is None or not sentence.hedged or sentence.speech:
        return False
    prev = previous_sentence(text, sentence_start)
    if prev is None:
        return False
    lo, hi = prev
    low = fold(text[lo:hi]) if whole is None else whole[lo:hi]
    return _sentence_cues(cues.lang, low, text[lo:hi]).speculation


def _debunked_by_frame(cues: FactualityCues, text: str, whole: str | None) -> bool:
    """The article's headline names it a fact-check (``debunk_headline``): what it tells of a strike
    or an attack is the claim it refutes."""
    if cues.debunk_headline is None:
        return False
    title = headline(text)
    return (
        bool(title)
        and cues.debunk_headline.search(fold(title) if whole is None else whole[: len(title)]) is not None
    )


def classify_factuality(  # noqa: PLR0917 - the signature agreed in the core interface
    text: str,
    sentence_start: int,
    sentence_end: int,
    trigger_start: int,
    trigger_end: int,
    lang: str,
    event_date: date | None,
    published: date | None,
    *,
    folded: str | None = None,
    pledge: bool = False,
    precision: str | None = None,
    speech_act: bool = False,
) -> str:
    """One of asserted, negated, hypothetical, future, historical, reported (see the module doc).
    ``folded`` is ``fold(text)`` when the caller already has it (folding keeps offsets). With
    ``pledge`` (a delivery such as military aid) the future tense is the decision being announced
    ("Canada will send 50 armoured vehicles"), not a later event: it is no future cue. ``precision``
    is the event date's ("day", "month", "year"), when known. With ``speech_act`` (a threat) the
    trigger is an act performed by saying it: a verb of saying in its own sentence is its speaker,
    not a reporter ("warned in a statement that its forces would respond" is asserted), and the
    future tense is what it threatens; a hedge or the lead's attribution to an agency still reports
    it ("..., according to KCNA")."""
    cues = load_cues(lang)
    if cues is None:
        return "asserted"
    whole = folded
    folded = fold(text[sentence_start:sentence_end]) if whole is None else whole[sentence_start:sentence_end]
    t_start, t_end = trigger_start - sentence_start, trigger_end - sentence_start
    original = text[sentence_start:sentence_end]
    sentence = _sentence_cues(lang, folded, original)
    clause = _clause(sentence, folded, t_start, t_end)
    trigger = (t_start, t_end)
    found = {
        n
        for n in _SCOPED
        if _scoped_hit(n, cues, folded, clause, trigger, original, may_head_subject=not speech_act)
    }
    if _denied_complement(cues, folded, clause, t_start) or _debunked_by_frame(cues, text, whole):
        found.add("negated")
    if (
        speech_act
        and "hypothetical" in found
        and not _unconditionally(
            "hypothetical", cues, folded, clause, trigger, original, may_head_subject=False
        )
    ):
        found.discard("hypothetical")  # "saldırı olması halinde ... vurmakla tehdit etti"
    # a threat is made whatever it answers: a condition opening the sentence, drills it warns about
    if not speech_act and (sentence.conditional or sentence.speculation or _simulated(cues, folded, clause)):
        found.add("hypothetical")
    # "... ziyaretinin cuma günü İstanbul'da sürmesi planlanıyor"; not the visit that frames what is
    # expected ("Fidan'ın ziyaretinde ... bir araya gelmesi bekleniyor")
    if sentence.planned and not _frames(cues, folded, t_start, t_end):
        found.add("future")
    if sentence.scenario or _imagined_by_frame(cues, text, whole, sentence, sentence_start):
        found.add("hypothetical")  # a war game's threat is played, not made
    if event_date is not None and published is not None:
        if event_date > published:
            found.add("future")
        elif (published - period_end(event_date, precision)).days > HISTORICAL_AFTER_DAYS:
            found.add("historical")
    if (
        sentence.historical
        or sentence.recap
        or (_BACKGROUND in cues.scoped and _scoped_hit(_BACKGROUND, cues, folded, clause, trigger, original))
    ):
        found.add("historical")
    span = (sentence_start, sentence_end)
    if _reported(cues, sentence, text, span, trigger, (folded, whole), speech_act):
        found.add("reported")
    if pledge or speech_act:
        found.discard("future")
    return next(name for name in PRIORITY if name in found or name == "asserted")
