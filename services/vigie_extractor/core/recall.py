"""Background recalled in passing: the earlier events a lead mentions as context, not as its news.

Wire leads carry background: "..., days after a drone attack on Odesa killed five", "in retaliation
for Sunday's attack on ...", "au lendemain de tirs de roquettes", "geçen hafta düzenlenen saldırının
ardından". The labelling guideline says such recalls are not gold: an event told that way is
``historical`` (told as past, not news). The cues live in ``data/recall/<lang>.yaml``:

- ``cues`` introduce an earlier event whatever follows ("days after", "in the wake of", "in
  retaliation for", "since", "the latest in"); ``weak`` ones ("after", "tras", "nach dem", "после")
  only when the phrase they govern also says it is earlier: an ``earlier`` marker ("last week",
  "weeks of") or a date before the day the rest of the sentence names ("... el miércoles, tras el
  ataque del lunes"). A weak cue followed by a ``verbal`` form (a gerund, "avoir"/"s'être" with a
  participle, an infinitive: "after capturing Babanusa on Saturday, the RSF launched ... on Sunday")
  chains the subject's own acts: its phrase is recalled only by an ``earlier`` marker or a date
  ``RECALL_GAP_DAYS`` or more before that day.
  The phrase they govern runs from the cue to the end of its clause (``scope_punct``,
  ``scope_words``); a punctuation mark followed by a ``relative`` word does not end it ("after the
  raid, which killed five"). ``postpositions`` and ``weak_postpositions`` govern the phrase before
  them instead (Turkish "saldırının ardından", "saldırıya misilleme olarak"), back to the start of
  its clause and at most ``POSTPOSITION_REACH`` characters.
- after the lead's first sentence (where the news is told), an event is also recalled when an
  ``earlier`` marker stands in its clause or in a short clause opening its sentence ("Earlier this
  month, ..."), when its own sentence dates it ``RECALL_GAP_DAYS`` or more before the day of the
  article's main event (a day, or a month or a year that ended that long before: "In October, ..."
  in a story of late November; the main event is the first event of the headline or the lead's
  first sentence that is not recalled; an offensive goes on after the day it began, so its date
  alone does not recall it), or
  when it took its category and place from a recalled phrase of its sentence ("The attack came days
  after a missile strike on Kharkiv").

- an alertable event after the news is also background when it carries on, with a ``sequel`` cue
  before its trigger ("later", "twelve days later", "Тогда"), the past story of the sentence before
  it in its paragraph ("In June 2025 Israel struck Iran's nuclear sites. Twelve days later the two
  sides agreed a ceasefire"), and it is imagined (``hypothetical``) when it carries on so an
  imagined story, a scenario or a war game ("Im Szenario ... Daraufhin ...").

A recalled event stays news in a follow-up: when nothing else is news and the headline or the lead's
first sentence has a ``followup`` cue (a toll that rises, bodies recovered: "Death toll rises to 12 /
... four days after a missile hit a block in Odesa"), and when the headline tells it and the lead
tells no other event of its kind at that place ("Toll from Odesa strike rises to 12"). Only alertable
events (asserted or reported) are touched.

>>> from vigie_extractor.core.knowledge.normalise import fold
>>> cues = load_recall()["en"]
>>> s = fold("Troops shelled Kherson on Tuesday, days after a drone attack on Odesa killed five.")
>>> [s[sc.start : sc.end] for sc in recall_scopes(cues, s, 0, len(s))]
[' a drone attack on odesa killed five.']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from vigie.contracts import Event
from vigie_extractor.core.dates import DateMention, period_end
from vigie_extractor.core.dedupe import same_place
from vigie_extractor.core.languages import LANGUAGES, having
from vigie_extractor.core.patterns import compile_any, fold_pattern
from vigie_extractor.core.taxonomy import ALERTABLE, FIRE
from vigie_extractor.core.triggers import TriggerDataError, read_data_yaml

# A postposition governs at most this many characters before it (a Turkish participle phrase).
POSTPOSITION_REACH = 90
# An opening clause at most this long is a fronted adverbial ("Earlier this month, ...").
OPENING_REACH = 40
# An event of a later sentence dated this many days or more before the main event is background.
RECALL_GAP_DAYS = 2
# Date precisions whose period's end places an event before the news ("on 3 November", "in October").
_PERIODS = frozenset({"day", "month", "year"})
# Categories of a campaign that lasts: begun days before the news, it is still going on.
_DURATIVE = frozenset({"offensive"})
# What may stand before a cue that opens its sentence (a quote mark, a conjunction's space).
_OPENERS = " \t\n\"'«“„-—–"
_LISTS = (
    "cues",
    "weak",
    "postpositions",
    "weak_postpositions",
    "earlier",
    "scope_words",
    "relative",
    "followup",
    "sequel",
    "verbal",
)
_REQUIRED = frozenset({"lang", "scope_punct", "cues", "weak", "earlier"})
# Languages whose main verb may close the clause (data/languages.yaml).
_CLAUSE_FINAL_VERB = having("clause_final_verb")


@dataclass(frozen=True)
class RecallCues:
    """One language's compiled recall cues (see the module doc)."""

    lang: str
    cues: re.Pattern[str] | None
    weak: re.Pattern[str] | None
    postpositions: re.Pattern[str] | None
    weak_postpositions: re.Pattern[str] | None
    earlier: re.Pattern[str] | None
    scope_punct: re.Pattern[str]
    scope_words: re.Pattern[str] | None
    relative: re.Pattern[str] | None
    followup: re.Pattern[str] | None = None
    sequel: re.Pattern[str] | None = None
    verbal: re.Pattern[str] | None = None  # forms after a weak cue that chain the subject's acts


@dataclass(frozen=True)
class RecallScope:
    """The phrase ``[start, end)`` a cue at ``[cue_start, cue_end)`` governs; ``strong`` when the cue
    alone makes it earlier. ``head``: which trigger of the phrase is recalled when the phrase may run
    into the main clause: "first" after a cue opening its sentence, which a comma need not close ("В
    ответ на обстрел Белгорода авиация нанесла удары"), "last" before a postposition; None: every
    trigger in it."""

    start: int
    end: int
    strong: bool
    cue_start: int
    cue_end: int
    head: str | None = None
    verbal: bool = False  # a weak cue's phrase opened by a verb form: the subject's own earlier act


def _entries(where: str, key: str, raw: Any) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list) or not all(isinstance(i, str) and i.strip() for i in raw):
        raise TriggerDataError(f"{where}: {key}: expected a list of non-empty strings")
    for n, item in enumerate(raw):
        try:
            re.compile(fold_pattern(item))
        except re.error as exc:
            raise TriggerDataError(f"{where}: {key}[{n}] {item!r}: bad regular expression: {exc}") from exc
    return raw


def parse_recall(lang: str, raw: Any) -> RecallCues:
    """Validate the parsed content of ``data/recall/<lang>.yaml`` (``TriggerDataError`` naming the
    file and the entry when it is bad)."""
    where = f"recall/{lang}.yaml"
    if not isinstance(raw, dict) or raw.get("lang") != lang:
        raise TriggerDataError(f"{where}: needs 'lang: {lang}'")
    unknown = set(raw) - {*_REQUIRED, *_LISTS, "prefix"}
    if unknown:
        raise TriggerDataError(f"{where}: unknown keys {sorted(unknown)}")
    missing = _REQUIRED - set(raw)
    if missing:
        raise TriggerDataError(f"{where}: missing keys {sorted(missing)}")
    prefix = raw.get("prefix") or ""
    if not isinstance(prefix, str):
        raise TriggerDataError(f"{where}: prefix: expected a regular expression string")
    punct = raw["scope_punct"]
    if not isinstance(punct, str) or not punct:
        raise TriggerDataError(f"{where}: scope_punct: expected a regular expression string")
    try:
        scope_punct = re.compile(fold_pattern(punct))
    except re.error as exc:
        raise TriggerDataError(f"{where}: scope_punct: bad regular expression: {exc}") from exc
    lists = {key: _entries(where, key, raw.get(key)) for key in _LISTS}
    if not (lists["cues"] or lists["postpositions"]) or not lists["earlier"]:
        raise TriggerDataError(f"{where}: needs cues or postpositions, and earlier cues")
    compiled = {key: compile_any(items, prefix=prefix) for key, items in lists.items()}
    return RecallCues(
        lang=lang,
        cues=compiled["cues"],
        weak=compiled["weak"],
        postpositions=compiled["postpositions"],
        weak_postpositions=compiled["weak_postpositions"],
        earlier=compiled["earlier"],
        scope_punct=scope_punct,
        scope_words=compiled["scope_words"],
        relative=compiled["relative"],
        followup=compiled["followup"],
        sequel=compiled["sequel"],
        verbal=compiled["verbal"],
    )


def load_recall() -> dict[str, RecallCues]:
    """Every supported language's recall cues, validated."""
    return {lang: parse_recall(lang, read_data_yaml(f"recall/{lang}.yaml")) for lang in LANGUAGES}


def _breaks(cues: RecallCues, folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The clause breaks of ``folded[lo:hi]`` in text order, without the punctuation marks that a
    relative word continues ("the raid, which killed five")."""
    found: list[tuple[int, int]] = []
    for m in cues.scope_punct.finditer(folded, lo, hi):
        rest = m.end() + len(folded[m.end() : hi]) - len(folded[m.end() : hi].lstrip())
        if cues.relative is not None and cues.relative.match(folded, rest, hi):
            continue
        found.append((m.start(), m.end()))
    if cues.scope_words is not None:
        found.extend(m.span() for m in cues.scope_words.finditer(folded, lo, hi))
    return sorted(found)


def recall_scopes(
    cues: RecallCues, folded: str, lo: int, hi: int, breaks: list[tuple[int, int]] | None = None
) -> list[RecallScope]:
    """The phrases of the sentence ``folded[lo:hi]`` that recall cues govern (see the module doc);
    ``breaks``: the sentence's clause breaks when the caller already has them (``RecallText.breaks``)."""
    if breaks is None:
        breaks = _breaks(cues, folded, lo, hi)
    out: list[RecallScope] = []
    for rule, strong in ((cues.cues, True), (cues.weak, False)):
        for m in rule.finditer(folded, lo, hi) if rule is not None else ():
            if any(o.cue_start < m.end() and m.start() < o.cue_end for o in out):
                continue  # "after" inside "days after"
            end = next((b for b, _ in breaks if b >= m.end()), hi)
            opens = not folded[lo : m.start()].strip(_OPENERS)
            # where the main verb closes the clause (German), a cue's phrase anywhere in the sentence
            # may run into the main clause's object, so only its first trigger is recalled ("haben
            # sich nach tagelangen Gefechten auf eine Waffenruhe geeinigt")
            head = "first" if opens or cues.lang in _CLAUSE_FINAL_VERB else None
            verbal = not strong and _verbal(cues, folded, m.end(), end)
            out.append(RecallScope(m.end(), end, strong, m.start(), m.end(), head, verbal))
    for rule, strong in ((cues.postpositions, True), (cues.weak_postpositions, False)):
        for m in rule.finditer(folded, lo, hi) if rule is not None else ():
            start = max([lo, m.start() - POSTPOSITION_REACH] + [e for _, e in breaks if e <= m.start()])
            verbal = not strong and _verbal_before(cues, folded, start, m.start())
            out.append(RecallScope(start, m.start(), strong, m.start(), m.end(), "last", verbal))
    return out


def _verbal(cues: RecallCues, folded: str, start: int, end: int) -> bool:
    """The phrase after a weak cue opens with a ``verbal`` form ("capturing", "avoir pris", "tomar")."""
    if cues.verbal is None:
        return False
    rest = len(folded[start:end]) - len(folded[start:end].lstrip())
    return cues.verbal.match(folded, start + rest, end) is not None


def _verbal_before(cues: RecallCues, folded: str, start: int, end: int) -> bool:
    """The word before a weak postposition is a ``verbal`` form (Turkish "geldikten sonra")."""
    if cues.verbal is None:
        return False
    words = folded[start:end].split()
    return bool(words) and cues.verbal.fullmatch(words[-1]) is not None


def _days(mentions: Iterable[DateMention], lo: int, hi: int) -> list[date]:
    return [m.value for m in mentions if lo <= m.start and m.end <= hi and m.value is not None]


@dataclass(frozen=True)
class RecallText:
    """What the recall rules read of one document: its folded text, its sentences (spans), its
    resolved dates, where the headline ends (None without one) and where the
    lead's first sentence ends (the news part)."""

    folded: str
    sentences: list[tuple[int, int]]  # in text order, none overlapping (``split_sentences``)
    dates: list[DateMention]
    headline_end: int | None
    news_end: int
    # per sentence span: its clause breaks (``_breaks``), worked out once for all its events
    _breaks_of: dict[tuple[int, int], list[tuple[int, int]]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._starts.extend(lo for lo, _ in self.sentences)

    def sentence_of(self, offset: int) -> tuple[int, int]:
        """The sentence holding ``offset``, else the one-character span at it."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return self.sentences[i]
        return offset, offset + 1

    def before(self, offset: int) -> tuple[int, int] | None:
        """The last sentence that ends at or before ``offset``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        while i >= 0 and self.sentences[i][1] > offset:
            i -= 1
        return self.sentences[i] if i >= 0 else None

    def breaks(self, cues: RecallCues, span: tuple[int, int]) -> list[tuple[int, int]]:
        """``_breaks`` of the sentence ``span`` (of this text, in ``cues``' language), remembered."""
        found = self._breaks_of.get(span)
        if found is None:
            found = self._breaks_of[span] = _breaks(cues, self.folded, *span)
        return found


def _earlier_phrase(
    cues: RecallCues,
    text: RecallText,
    sentence: tuple[int, int],
    scope: RecallScope,
    scopes: list[RecallScope],
) -> bool:
    """A weak cue's phrase that says it is earlier: an ``earlier`` marker in the cue or the phrase
    ("after weeks of shelling", "nach wochenlangem Beschuss"), or a date before the day of the rest
    of the sentence (the latest day it names outside every phrase)."""
    lo, hi = min(scope.start, scope.cue_start), max(scope.end, scope.cue_end)
    if cues.earlier is not None and cues.earlier.search(text.folded, lo, hi):
        return True
    s_lo, s_hi = sentence
    outside = [
        m.value
        for m in text.dates
        if s_lo <= m.start < s_hi
        and m.value is not None
        and not any(min(o.start, o.cue_start) <= m.start < max(o.end, o.cue_end) for o in scopes)
    ]
    # without a day of its own the main clause may tell of today, or of the phrase's day itself
    # ("shares fell after Iran threatened on Monday to ..."): no comparison then
    reference = max(outside, default=None)
    if reference is None:
        return False
    # a chain of the subject's acts ("after capturing X on Saturday, ... on Sunday") is news unless
    # its act lies days back
    gap = RECALL_GAP_DAYS if scope.verbal else 1
    return any((reference - d).days >= gap for d in _days(text.dates, lo, hi))


def recalled_triggers(
    cues: RecallCues, text: RecallText, sentence: tuple[int, int], triggers: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The ``triggers`` of one sentence that lie in a phrase a recall cue governs: a strong cue's,
    or a weak cue's that says it is earlier (``_earlier_phrase``)."""
    scopes = recall_scopes(cues, text.folded, *sentence, breaks=text.breaks(cues, sentence))
    out: set[tuple[int, int]] = set()
    for scope in scopes:
        inside = sorted(t for t in triggers if scope.start <= t[0] and t[1] <= scope.end)
        if not inside or not (scope.strong or _earlier_phrase(cues, text, sentence, scope, scopes)):
            continue
        if scope.head == "first":
            inside = inside[:1]
        elif scope.head == "last":
            inside = inside[-1:]
        out.update(inside)
    return out


def marked_earlier(cues: RecallCues, text: RecallText, trigger: tuple[int, int]) -> bool:
    """An ``earlier`` marker in the trigger's clause, or in a short clause opening its sentence
    right before the trigger's ("Earlier this month, drones hit Odesa")."""
    if cues.earlier is None:
        return False
    lo, hi = text.sentence_of(trigger[0])
    breaks = text.breaks(cues, (lo, hi))
    c_lo = max([lo] + [e for _, e in breaks if e <= trigger[0]])
    c_hi = min([hi] + [b for b, _ in breaks if b >= trigger[1]])
    if cues.earlier.search(text.folded, c_lo, c_hi):
        return True
    opening = next((b for b, _ in breaks), None)
    return (
        opening is not None
        and opening - lo <= OPENING_REACH
        and c_lo == next(e for b, e in breaks if b == opening)
        and cues.earlier.search(text.folded, lo, opening) is not None
    )


def _dated_before(e: Event, text: RecallText, main_day: date | None) -> bool:
    """The event's own sentence dates it ``RECALL_GAP_DAYS`` or more before ``main_day`` — a day, or a
    month or year that ended that long before ("In October, gangs overran ..." in a story of 22
    November); not a campaign, which goes on after the day it began ("the rebels launched an
    offensive on 27 November" in a story of 3 December)."""
    if main_day is None or e.event_date is None or e.category in _DURATIVE:
        return False
    if e.date_precision not in _PERIODS:
        return False
    own = _days(text.dates, e.evidence.start, e.evidence.end)
    last = period_end(e.event_date, e.date_precision)
    return e.event_date in own and (main_day - last).days >= RECALL_GAP_DAYS


def _retold_from(e: Event, r: Event) -> bool:
    """``e``, of a later sentence, has the category and place of ``r``, recalled in the same sentence:
    it took them from the recalled phrase ("The attack came days after a missile strike on Kharkiv":
    "attack" reads as a missile strike on Kharkiv). It retells the news, or the recalled event."""
    return (
        e.evidence.start == r.evidence.start
        and e.category == r.category
        and e.location is not None
        and r.location is not None
        and same_place(e.location, r.location)
    )


def _same_kind(a: Event, b: Event) -> bool:
    return a.category == b.category or (a.category in FIRE and b.category in FIRE)


def _told_by_headline(r: Event, news: list[Event], headline_end: int | None) -> bool:
    """The headline tells ``r`` (an event of its kind at an agreeing place) and no news event of the
    lead tells the headline's instead: the article follows up on ``r``."""
    if headline_end is None:
        return False
    for h in news:
        if h.evidence.start >= headline_end or not _same_kind(h, r) or not same_place(h.location, r.location):
            continue
        if not any(
            n.evidence.start >= headline_end and _same_kind(h, n) and same_place(h.location, n.location)
            for n in news
        ):
            return True
    return False


def _sequels(
    events: list[Event], cues: RecallCues, text: RecallText, recalled: set[str], main_day: date | None
) -> tuple[set[str], set[str]]:
    """The alertable events after the news that carry on the past story of the sentence before them in
    their paragraph: a ``sequel`` cue ("later", "twelve days later", "Тогда", "Через двенадцать дней")
    stands before the trigger in their sentence, and the sentence before holds a historical or
    recalled event or names a day ``RECALL_GAP_DAYS`` or more before ``main_day`` ("In June 2025
    Israel struck Iran's nuclear sites. Twelve days later the two sides agreed a ceasefire"); and,
    second, those that carry on in the same way an imagined story, a sentence before that holds a
    hypothetical event ("Im Szenario nehmen feindliche Truppen eine Kleinstadt ein. Die Nato-Verbände
    starten daraufhin einen Gegenangriff")."""
    if cues.sequel is None:
        return set(), set()
    past = {e.evidence.start for e in events if e.factuality == "historical" or e.event_id in recalled}
    imagined = {e.evidence.start for e in events if e.factuality == "hypothetical"}
    found: set[str] = set()
    played: set[str] = set()
    for e in sorted(events, key=lambda x: x.evidence.trigger_start):
        lo = e.evidence.start
        if e.factuality not in ALERTABLE or e.event_id in recalled or lo < text.news_end:
            continue
        prev = text.before(lo)
        if prev is None or "\n\n" in text.folded[prev[1] : lo]:
            continue  # the first sentence of its paragraph carries on nothing
        if cues.sequel.search(text.folded, lo, e.evidence.trigger_start) is None:
            continue
        if prev[0] in past or _names_earlier_day(text, prev, main_day):
            found.add(e.event_id)
            past.add(lo)
        elif prev[0] in imagined:
            played.add(e.event_id)
            imagined.add(lo)
    return found, played


def _names_earlier_day(text: RecallText, sentence: tuple[int, int], main_day: date | None) -> bool:
    """The sentence names a day ``RECALL_GAP_DAYS`` or more before ``main_day``."""
    return main_day is not None and any(
        (main_day - d).days >= RECALL_GAP_DAYS for d in _days(text.dates, sentence[0], sentence[1])
    )


def _follows_up(cues: RecallCues, text: RecallText) -> bool:
    """The headline or the lead's first sentence tells what became of an earlier event (a toll that
    rises, bodies recovered): with no other news, the recalled event is the story."""
    return cues.followup is not None and cues.followup.search(text.folded, 0, text.news_end) is not None


def demote_background(events: list[Event], cues: RecallCues, text: RecallText) -> list[Event]:
    """``events`` with the background an article recalls in passing made ``historical`` (see the
    module doc)."""
    alertable = [e for e in events if e.factuality in ALERTABLE]
    by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for e in alertable:
        span = (e.evidence.start, e.evidence.end)
        by_sentence.setdefault(span, []).append((e.evidence.trigger_start, e.evidence.trigger_end))
    in_phrase: set[tuple[int, int]] = set()
    for span, triggers in by_sentence.items():
        in_phrase |= recalled_triggers(cues, text, span, triggers)
    scoped = {
        e.event_id for e in alertable if (e.evidence.trigger_start, e.evidence.trigger_end) in in_phrase
    }
    main_day = next(
        (
            e.event_date
            for e in alertable
            if e.evidence.start < text.news_end and e.event_id not in scoped and e.date_precision == "day"
        ),
        None,
    )
    later = {
        e.event_id
        for e in alertable
        if e.event_id not in scoped
        and e.evidence.start >= text.news_end
        and (
            marked_earlier(cues, text, (e.evidence.trigger_start, e.evidence.trigger_end))
            or _dated_before(e, text, main_day)
            or any(_retold_from(e, r) for r in alertable if r.event_id in scoped)
        )
    }
    recalled = scoped | later
    sequels, played = _sequels(events, cues, text, recalled, main_day)
    recalled |= sequels
    news = [e for e in alertable if e.event_id not in recalled | played]
    if not (recalled or played) or (not news and _follows_up(cues, text)):
        return events  # nothing recalled, or a follow-up: the recalled event is the story
    return [
        e.model_copy(update={"factuality": "historical"})
        if e.event_id in recalled and not _told_by_headline(e, news, text.headline_end)
        else e.model_copy(update={"factuality": "hypothetical"})
        if e.event_id in played
        else e
        for e in events
    ]
