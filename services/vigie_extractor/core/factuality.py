"""Whether an event trigger is asserted, negated, hypothetical, future, historical or reported.

Cues live in ``data/factuality/<lang>.yaml``. Scope and priority:

- negation, hypothesis and future are scoped to the trigger's clause (the sentence cut at the
  language's clause breaks: punctuation, "but", "who", "if", "said", ...; a clause word opens its
  clause). In that clause:
  ``before`` cues precede the trigger anywhere ("denied that ...");
  ``near`` cues ("not", "no", "pas", "kein", "не", "لم") start at most ``NEAR_WINDOW`` characters
  before it, so "no casualties in the attack" is not a negated attack;
  ``next`` cues start at most ``NEXT_WINDOW`` characters after it ("an attack would");
  ``after`` cues follow it within ``after_window`` characters ("griff ... nicht an", "saldırıyı
  yalanladı");
  ``glued`` cues are a suffix or prefix on the trigger word or on the light verb right after it
  (Turkish "saldırmadı", "saldırı düzenlemedi", Arabic "سيهاجم").
  Spans listed under ``not_negation`` ("not only", "no sooner", "n'a pas cessé") never negate.
- historical: an event date more than a year before publication (a first of the month counts from
  the end of its month, a 1 January from the end of its year: they may stand for "in November
  2025" or "in 2025"), or an anniversary cue anywhere in the sentence; a future event date (after
  publication) counts as a future cue.
- reported: the event is attributed with a hedge anywhere in the sentence: "according to", "selon",
  "claimed", "said it had", a reportative conditional ("aurait frappé"). Plain attribution ("the
  Kremlin said Putin spoke with Erdogan") stays asserted: a news outlet reporting what a party says of
  its own public act is the normal way of asserting it; "said it had struck" marks a party's claim
  about a military action, which newsrooms treat as unverified.
- when several apply: negated > hypothetical > future > historical > reported > asserted.

>>> s = "Moscow denied that its forces shelled Kharkiv."
>>> classify_factuality(s, 0, len(s), s.index("shelled"), s.index(" Kharkiv"), "en", None, None)
'negated'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.patterns import compile_any, fold_pattern

LANGUAGES: tuple[str, ...] = ("en", "fr", "es", "de", "ar", "tr", "ru")
PRIORITY: tuple[str, ...] = ("negated", "hypothetical", "future", "historical", "reported", "asserted")
HISTORICAL_AFTER_DAYS = 366
NEXT_WINDOW = 10  # a "next" cue ("würde", "would") must start this close after the trigger
NEAR_WINDOW = 20  # a "near" cue ("not", "no", "kein", "لم") must start this close before the trigger
_SCOPED = ("negated", "hypothetical", "future")
_SCOPED_KEYS = {"before", "near", "after", "next", "glued"}
_TOP_KEYS = {
    "clause_punct",
    "clause_words",
    "after_window",
    "prefix",
    "light_verbs",
    "not_negation",
    "historical",
    "reported",
    *_SCOPED,
}
_WORD_CHARS = re.compile(r"[^\W_]+(?:'[^\W_]+)?")


class FactualityDataError(ValueError):
    """A ``data/factuality/<lang>.yaml`` file is malformed (the message names the file and entry)."""


@dataclass(frozen=True)
class _Scoped:
    before: re.Pattern[str] | None
    near: re.Pattern[str] | None
    after: re.Pattern[str] | None
    next: re.Pattern[str] | None
    glued: re.Pattern[str] | None


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
    for name in _SCOPED:
        spec = raw[name]
        if not isinstance(spec, dict) or not spec or set(spec) - _SCOPED_KEYS:
            raise FactualityDataError(
                f"{src}: {name}: expected a mapping with keys among {sorted(_SCOPED_KEYS)}"
            )
        scoped[name] = _Scoped(
            before=_words(spec.get("before"), f"{src}: {name}.before", prefix),
            near=_words(spec.get("near"), f"{src}: {name}.near", prefix),
            after=_words(spec.get("after"), f"{src}: {name}.after", prefix),
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


def load_all() -> dict[str, FactualityCues]:
    """Every language's cues, validated (for ``Extractor.load``)."""
    return {lang: c for lang in LANGUAGES if (c := load_cues(lang)) is not None}


def _clause(cues: FactualityCues, folded: str, t_start: int, t_end: int) -> tuple[int, int]:
    """The span of the trigger's clause in the (folded) sentence."""
    c_lo, c_hi = 0, len(folded)
    for m in cues.clause_break.finditer(folded):
        if m.end() <= t_start:
            c_lo = m.start()  # a clause word ("but", "if", "who") opens the clause it belongs to
        elif m.start() >= t_end:
            c_hi = m.start()
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


def _scoped_hit(
    name: str, cues: FactualityCues, folded: str, clause: tuple[int, int], trigger: tuple[int, int]
) -> bool:
    spec = cues.scoped[name]
    c_lo, c_hi = clause
    t_start, t_end = trigger
    found: list[re.Match[str]] = []
    if spec.before is not None:
        found += spec.before.finditer(folded, c_lo, t_start)
    if spec.near is not None:
        found += spec.near.finditer(folded, max(c_lo, t_start - NEAR_WINDOW), t_start)
    if spec.after is not None:
        found += spec.after.finditer(folded, t_end, min(c_hi, t_end + cues.after_window))
    if spec.next is not None:
        found += (m for m in spec.next.finditer(folded, t_end, c_hi) if m.start() <= t_end + NEXT_WINDOW)
    if name == "negated":
        found = [m for m in found if not _blocked(cues, folded, m, c_lo, c_hi)]
    if found:
        return True
    if spec.glued is not None:
        return any(spec.glued.search(w) for w in _glued_words(cues, folded, t_start, t_end, c_hi))
    return False


def _period_end(value: date) -> date:
    """The last day of the period a date may stand for: a 1 January is possibly a bare year ("in
    2025"), another first of the month possibly a month ("en novembre 2025"); other dates are days."""
    if value.day != 1:
        return value
    if value.month == 1:
        return date(value.year, 12, 31)
    following = date(value.year + (value.month == 12), value.month % 12 + 1, 1)
    return following - timedelta(days=1)


def classify_factuality(  # noqa: PLR0917 - the signature agreed in the core interface
    text: str,
    sentence_start: int,
    sentence_end: int,
    trigger_start: int,
    trigger_end: int,
    lang: str,
    event_date: date | None,
    published: date | None,
) -> str:
    """One of asserted, negated, hypothetical, future, historical, reported (see the module doc)."""
    cues = load_cues(lang)
    if cues is None:
        return "asserted"
    folded = fold(text[sentence_start:sentence_end])
    t_start, t_end = trigger_start - sentence_start, trigger_end - sentence_start
    clause = _clause(cues, folded, t_start, t_end)
    found: set[str] = {n for n in _SCOPED if _scoped_hit(n, cues, folded, clause, (t_start, t_end))}
    if event_date is not None and published is not None:
        if event_date > published:
            found.add("future")
        elif (published - _period_end(event_date)).days > HISTORICAL_AFTER_DAYS:
            found.add("historical")
    if cues.historical is not None and cues.historical.search(folded):
        found.add("historical")
    if cues.reported is not None and cues.reported.search(folded):
        found.add("reported")
    return next(name for name in PRIORITY if name in found or name == "asserted")
