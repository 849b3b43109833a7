"""Date expressions in news text (``data/dates/<lang>.yaml``), resolved against the publication date.

>>> from datetime import date
>>> pub = date(2024, 12, 5)  # a Thursday
>>> [(m.text, m.value, m.precision) for m in find_dates("Mercredi, puis le 3 décembre.", "fr", pub)]
[('Mercredi', datetime.date(2024, 12, 4), 'day'), ('3 décembre', datetime.date(2024, 12, 3), 'day')]

Resolution rules (the same in every language):

- a weekday is the most recent such day on or before publication; the publication's own weekday is
  the publication day; a past marker ("last", "dernier") moves a same-day weekday a week back; a
  future marker ("next", "prochain") or a future cue in the sentence ("will", "va") makes it the
  next such day after publication;
- a night "from A to B" ("dans la nuit de lundi à mardi", "la noche del lunes al martes", "в ночь
  с понедельника на вторник", "ليل الاثنين الثلاثاء", ``nights`` templates with {W0} and {W}) is
  day B, as the labelling guideline says; a part of the day on a weekday is that day ("am
  Dienstagabend", "فجر الثلاثاء", "Salı günü düzenlenen");
- relative days ("hier", "yesterday", "3 days ago") count from publication; the night just past
  ("overnight", "last night", "la nuit dernière", "anoche", "in der Nacht", "dün gece", "этой
  ночью", "ليلة أمس") is the publication day (the night's second day), an evening ("hier soir")
  its own day; "last week" is the Monday of the previous week and "earlier this week" the Monday
  of this one, with precision "unknown" (a week is not a day); "last year" ("l'an dernier", "im
  vergangenen Jahr", "geçen yıl", "в прошлом году", "el año pasado", "العام الماضي") is the previous
  year, with precision "year"; "this weekend" is the Saturday of the weekend nearest to publication;
- a day and month without a year take the publication's year, or the previous year when that date
  is after publication ("28 décembre" in a 2 January article) unless the sentence speaks of the
  future, in which case a date before publication moves to the next year;
- a month ("en novembre 2024", "in November") has precision "month", a year ("in 1944") precision
  "year", and the value is the first day of the period. A month or year alone is only a date after
  a preposition ("in May", "im Jahr 1944", "в 1944 году", "عام 1944", "1944 yılında"): "May" is
  also a verb and "1944" a number.

Without a publication date, relative and year-less expressions are found with value None.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

import ahocorasick
import yaml

from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.leads import gate_with_classes
from vigie_extractor.core.patterns import WORD, fold_pattern, line_matches

_PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
_TOKENS = {
    "{d}": r"(?P<{g}d>[0-3]?\d)",
    "{mn}": r"(?P<{g}mn>[01]?\d)",
    "{y}": r"(?P<{g}y>(?:1[5-9]|20)\d\d)",
    "{n}": r"(?P<{g}n>\d{{1,3}})",
}
_INVALID = "invalid"  # an impossible date ("31 février"): dropped
_SENTENCE_END = re.compile(r"[.!?؟\n]")
_KEYS = {
    "months",
    "weekdays",
    "nights",
    "absolute",
    "relative",
    "past",
    "future",
    "publication",
    "prefix",
    "suffix",
}


class DateDataError(ValueError):
    """A ``data/dates/<lang>.yaml`` file is malformed (the message names the file and entry)."""


@dataclass(frozen=True)
class DateMention:
    """A date expression at ``text[start:end]``; ``value`` is None when it cannot be resolved."""

    start: int
    end: int
    text: str
    value: date | None
    precision: str  # day | month | year | unknown
    relative: bool


@dataclass(frozen=True)
class _Template:
    kind: str  # absolute | relative | weekday
    days: int = 0
    weeks: int = 0
    weekend: bool = False
    in_weeks: bool = False  # "earlier this week" is weeks=0: still a week, not a day
    years: int | None = None  # "last year" is years=-1: a year, not a day


@dataclass(frozen=True)
class DateGrammar:
    """One language's compiled date patterns."""

    lang: str
    regex: re.Pattern[str]
    templates: tuple[_Template, ...]
    months: tuple[re.Pattern[str], ...]  # index 0 is January; each matches a whole month name
    weekdays: tuple[re.Pattern[str], ...]  # index 0 is Monday
    past: re.Pattern[str] | None
    future: re.Pattern[str] | None
    anchors: Any = None  # Aho-Corasick automaton of required literals; None: scan the whole text
    publication: re.Pattern[str] | None = None  # "a report published", "in der ... vorgelegten"
    # the index of each month or weekday name met so far in ``months`` or ``weekdays`` (see ``_which``)
    _indices: dict[tuple[bool, str], int] = field(default_factory=dict, init=False, repr=False, compare=False)


def period_end(value: date, precision: str | None = None) -> date:
    """The last day of the period a date stands for: its ``precision`` ("day", "month", "year") when
    known; else a 1 January is possibly a bare year ("in 2025"), another first of the month possibly
    a month ("en novembre 2025"), other dates are days."""
    if precision not in {"day", "month", "year"}:  # unknown: guess from the day
        precision = "day" if value.day != 1 else "year" if value.month == 1 else "month"
    if precision == "day":
        return value
    if precision == "year":
        return date(value.year, 12, 31)
    following = date(value.year + (value.month == 12), value.month % 12 + 1, 1)
    return following - timedelta(days=1)


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v for v in value):
        raise DateDataError(f"{where}: expected a non-empty list of strings")
    return value


def _numbered(value: Any, count: int, where: str) -> list[list[str]]:
    if not isinstance(value, dict) or set(value) != set(range(1, count + 1)):
        raise DateDataError(f"{where}: expected keys 1..{count}, each with a list of forms")
    return [_strings(value[i], f"{where}.{i}") for i in range(1, count + 1)]


def _alternation(forms: list[str]) -> str:
    return "|".join(f"(?:{fold_pattern(f)})" for f in sorted(forms, key=len, reverse=True))


def _expand(template: str, group: str, month: str, weekday: str) -> str:
    body = re.sub(r"\s+", r"\\s+", fold_pattern(template.strip()))
    for token, regex in _TOKENS.items():
        body = body.replace(token, regex.format(g=group))
    body = body.replace("{m}", rf"(?P<{group}m>{month})(?:\s*[/(]\s*(?:{month})\)?)?")
    body = body.replace("{w0}", f"(?:{weekday})")
    return body.replace("{w}", rf"(?P<{group}w>{weekday})")


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise DateDataError(f"{where}: bad regular expression: {exc}") from exc


def _relative_template(item: Any, src: str) -> _Template:
    """Validate one ``relative`` entry (``p`` and exactly one of days, weeks, years, weekend)."""
    if not isinstance(item, dict) or not isinstance(item.get("p"), str):
        raise DateDataError(f"{src}: relative: bad item {item!r}")
    extra = set(item) - {"p", "days", "weeks", "years", "weekend"}
    offsets = [k for k in ("days", "weeks", "years", "weekend") if k in item]
    if extra or len(offsets) != 1:
        raise DateDataError(f"{src}: relative {item['p']!r}: give exactly one of days, weeks, years, weekend")
    unit, value = offsets[0], item[offsets[0]]
    if unit == "weekend" and value is not True:
        raise DateDataError(f"{src}: relative {item['p']!r}: weekend must be true")
    if unit != "weekend" and (not isinstance(value, int) or isinstance(value, bool)):
        raise DateDataError(f"{src}: relative {item['p']!r}: {unit} must be an integer")
    return _Template(
        "relative",
        days=value if unit == "days" else 0,
        weeks=value if unit == "weeks" else 0,
        weekend=unit == "weekend",
        in_weeks=unit == "weeks",
        years=value if unit == "years" else None,
    )


def parse_grammar(raw: Any, lang: str) -> DateGrammar:
    """Validate the parsed content of ``dates/<lang>.yaml`` and compile it."""
    src = f"dates/{lang}.yaml"
    if not isinstance(raw, dict) or not {"months", "weekdays", "absolute", "relative"} <= set(raw):
        raise DateDataError(f"{src}: expected keys months, weekdays, absolute, relative")
    unknown = set(raw) - _KEYS
    if unknown:
        raise DateDataError(f"{src}: unknown keys {sorted(unknown)}")
    months = _numbered(raw["months"], 12, f"{src}: months")
    weekdays = _numbered(raw["weekdays"], 7, f"{src}: weekdays")
    month_alt = _alternation([f for forms in months for f in forms])
    weekday_alt = _alternation([f for forms in weekdays for f in forms])
    parts: list[str] = [rf"(?P<t0>(?P<t0w>{weekday_alt}))"]
    templates: list[_Template] = [_Template("weekday")]
    nights = _strings(raw["nights"], f"{src}: nights") if "nights" in raw else []
    for item in nights:  # "the night of Monday to Tuesday" is dated by its second day, {w}
        i = len(templates)
        body = _expand(item, f"t{i}", month_alt, weekday_alt)
        if body.count(f"(?P<t{i}w>") != 1 or re.search(rf"\(\?P<t{i}(?:d|m|mn|y|n)>", body):
            raise DateDataError(f"{src}: nights {item!r}: needs exactly one {{W}} (and {{W0}})")
        parts.append(f"(?P<t{i}>{body})")
        templates.append(_Template("weekday"))
    for item in _strings(raw["absolute"], f"{src}: absolute"):
        i = len(templates)
        body = _expand(item, f"t{i}", month_alt, weekday_alt)
        if not re.search(rf"\(\?P<t{i}(?:d|m|mn|y)>", body) or "{" in body.replace("{1,3}", ""):
            raise DateDataError(f"{src}: absolute {item!r}: needs {{D}}, {{M}}, {{MN}} or {{Y}} only")
        parts.append(f"(?P<t{i}>{body})")
        templates.append(_Template("absolute"))
    relative = raw["relative"]
    if not isinstance(relative, list) or not relative:
        raise DateDataError(f"{src}: relative: expected a non-empty list")
    for item in relative:
        i = len(templates)
        templates.append(_relative_template(item, src))
        parts.append(f"(?P<t{i}>{_expand(item['p'], f't{i}', month_alt, weekday_alt)})")
    prefix = raw.get("prefix", "")
    suffix = raw.get("suffix", "")
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        raise DateDataError(f"{src}: prefix and suffix must be strings")
    pre = f"(?:{fold_pattern(prefix)})?" if prefix else ""
    post = f"(?:{fold_pattern(suffix)})?" if suffix else ""
    # At one position the first alternative that matches wins: absolute dates come before relative
    # readings and weekdays ("3 days ago" is tried after "3 December").
    ordered = parts[1:] + parts[:1]
    # a look-ahead on the first letters (or the first digit) a date can start with: the engine
    # then skips most words without trying every template; it matches nothing more
    gated = gate_with_classes(ordered, _GATE_SIZE, prefix=fold_pattern(prefix) if prefix else "")
    ahead = f"(?={gated})" if gated is not None else ""
    regex = _compile(rf"(?<!{WORD}){ahead}{pre}(?:{'|'.join(ordered)}){post}(?!{WORD})", src)
    cues = {k: _cue(raw.get(k), f"{src}: {k}") for k in ("past", "future", "publication")}
    words_only = [f for forms in (*months, *weekdays) for f in forms]  # nights hold a weekday
    words_only += [item["p"] for item in relative if "{n}" not in fold_pattern(item["p"])]
    return DateGrammar(
        lang=lang,
        regex=regex,
        templates=tuple(templates),
        months=tuple(_compile(_alternation(f), f"{src}: months") for f in months),
        weekdays=tuple(_compile(_alternation(f), f"{src}: weekdays") for f in weekdays),
        past=cues["past"],
        future=cues["future"],
        anchors=_anchors([fold_pattern(f) for f in words_only]),
        publication=cues["publication"],
    )


# --- Prefilter -------------------------------------------------------------------------------------
# Scanning 3,000 characters with the full alternation costs about a millisecond. Every date either
# holds a digit or one of the literals that the month, weekday and relative forms require, so the
# regex only runs on windows around those (found with one Aho-Corasick pass).
_GATE_SIZE = 3  # letters of a date's start the look-ahead reads
_WINDOW = 40  # characters either side of an anchor: longer than any date expression reaches
_DIGIT = re.compile(r"\d+")
_QUANTIFIER = re.compile(r"[?*+]|\{(\d*)(?:,\d*)?\}")


def _required(pattern: str) -> frozenset[str] | None:
    """Literals of which every match of ``pattern`` contains one (None when it cannot tell)."""
    need, end = _alternatives(pattern, 0)
    return need if end == len(pattern) else None


def _alternatives(p: str, i: int) -> tuple[frozenset[str] | None, int]:
    union: set[str] = set()
    ok = True
    while True:
        need, i = _sequence(p, i)
        ok = ok and need is not None
        union |= need or set()
        if i < len(p) and p[i] == "|":
            i += 1
            continue
        return (frozenset(union) if ok else None), i


def _item(p: str, i: int) -> tuple[str, frozenset[str] | None, int]:
    """One pattern item at ``i``: a literal character ("" if none), a group's requirement, the end."""
    if p[i] == "\\":
        nxt = p[i + 1 : i + 2]
        return ("" if nxt.isalnum() else nxt), None, i + 2  # \d \s \w \b are not literals, \. is
    if p[i] == "[":
        close = p.find("]", i + 2)
        return "", None, len(p) if close < 0 else close + 1
    if p[i] == "(":
        zero_width = p.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
        body = i + (3 if p.startswith("(?:", i) else 1)
        if zero_width:
            body = i + (4 if p.startswith(("(?<=", "(?<!"), i) else 3)
        need, end = _alternatives(p, body)
        return "", None if zero_width else need, end + 1  # past the closing parenthesis
    return ("" if p[i] in ". ^$" else p[i]), None, i + 1


def _sequence(p: str, i: int) -> tuple[frozenset[str] | None, int]:
    """The best requirement of a sequence: the candidate whose shortest literal is longest."""
    candidates: list[frozenset[str]] = []
    run = ""
    while i < len(p) and p[i] not in "|)":
        char, need, i = _item(p, i)
        quant = _QUANTIFIER.match(p, i)
        optional = False
        if quant is not None:
            optional = quant.group() in ("?", "*") or (quant.group(1) or "0") == "0"
            i = quant.end()
        if char and not optional:
            run += char
            if quant is None:
                continue
        if run:  # "a+" or a non-literal item: the run cannot continue
            candidates.append(frozenset([run]))
            run = ""
        if need and not optional:
            candidates.append(need)
    if run:
        candidates.append(frozenset([run]))
    if not candidates:
        return None, i
    # the longest shortest literal; on a tie the fewest alternatives ("nuit" over "dans|pendant")
    return max(candidates, key=lambda c: (min(len(x) for x in c), -len(c))), i


def _anchors(patterns: list[str]) -> Any:
    """An automaton of required literals, or None when some pattern has none (scan everything)."""
    automaton = ahocorasick.Automaton()
    for pattern in patterns:
        need = _required(pattern)
        if not need:
            return None
        for literal in need:
            automaton.add_word(literal, len(literal))
    automaton.make_automaton()
    return automaton


def _windows(grammar: DateGrammar, folded: str) -> list[tuple[int, int, int]]:
    """Disjoint spans ``(lo, hi, last)`` of ``folded`` that may hold a date, each ending at a word
    boundary; ``last`` is the start of the span's last anchor (no date starts after it)."""
    hits = [m.span() for m in _DIGIT.finditer(folded)]
    hits += [(end + 1 - size, end + 1) for end, size in grammar.anchors.iter(folded)]
    spans: list[tuple[int, int, int]] = []
    for start, end in sorted(hits):
        lo, hi = max(0, start - _WINDOW), min(len(folded), end + _WINDOW)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], hi), start)
        else:
            spans.append((lo, hi, start))
    out: list[tuple[int, int, int]] = []
    for lo, hi, last in spans:
        end = hi
        while end < len(folded) and (folded[end].isalnum() or folded[end] in "'-"):
            end += 1
        out.append((lo, end, last))
    return out


def _matches(grammar: DateGrammar, folded: str) -> Iterator[re.Match[str]]:
    """The grammar's matches in ``folded``, as ``finditer`` would find them, searched only around
    anchors; a window stops being searched once no anchor is left ahead (a date holds one)."""
    if grammar.anchors is None:
        yield from grammar.regex.finditer(folded)
        return
    for lo, hi, last in _windows(grammar, folded):
        pos = lo
        while pos <= last:
            m = grammar.regex.search(folded, pos, hi)
            if m is None:
                break
            yield m
            pos = m.end()


def _cue(value: Any, where: str) -> re.Pattern[str] | None:
    if value is None:
        return None
    return _compile(rf"(?<!{WORD})(?:{_alternation(_strings(value, where))})(?!{WORD})", where)


@cache
def load_grammar(lang: str) -> DateGrammar | None:
    """The compiled grammar of ``lang`` (None for a language without a date file)."""
    if lang not in LANGUAGES:
        return None
    name = f"data/dates/{lang}.yaml"
    try:
        text = resources.files("vigie_extractor.core").joinpath(name).read_text("utf-8")
        raw = yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise DateDataError(f"{name}: cannot read: {exc}") from exc
    return parse_grammar(raw, lang)


def load_all() -> Mapping[str, DateGrammar]:
    """Every language's grammar, validated (for ``Extractor.load``)."""
    return {lang: g for lang in LANGUAGES if (g := load_grammar(lang)) is not None}


_INDICES_KEPT = 4096  # names remembered per grammar (the same few recur in every text)


def _which(grammar: DateGrammar, name: str, *, month: bool) -> int:
    """The index of the month (``month``) or weekday ``name`` in the grammar's list, remembered by
    the grammar: a cache keyed by the tuple of patterns would hash every pattern's code each time."""
    key = (month, name)
    found = grammar._indices.get(key)
    if found is None:
        patterns = grammar.months if month else grammar.weekdays
        found = next((i for i, pattern in enumerate(patterns) if pattern.fullmatch(name)), None)
        if found is None:  # the alternation was built from the same forms
            raise AssertionError(f"no form matches {name!r}")
        if len(grammar._indices) >= _INDICES_KEPT:
            grammar._indices.clear()
        grammar._indices[key] = found
    return found


def _sentence_span(stops: list[int], size: int, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``[start, end)``, given the sorted offsets of sentence punctuation."""
    i = bisect_left(stops, start)
    j = bisect_left(stops, end)
    return (stops[i - 1] + 1 if i else 0), (stops[j] if j < len(stops) else size)


def _is_future(grammar: DateGrammar, folded: str, start: int, end: int, span: tuple[int, int]) -> bool:
    """A future cue in the sentence close enough to govern the date: up to 80 characters before it
    ("will visit Ankara on Monday"), 25 after ("On Friday, leaders will meet"); further on it more
    likely belongs to another clause. A cue's lookahead sees the rest of the sentence (German "soll"
    is no future when "... haben" closes the clause: hearsay)."""
    if grammar.future is None:
        return False
    lo, hi = span
    m = grammar.future.search(folded, max(lo, start - 80), hi)
    return m is not None and m.end() <= min(hi, end + 25)


def _near(cue: re.Pattern[str] | None, folded: str, start: int, end: int, span: tuple[int, int]) -> bool:
    """A marker right before or right after the expression ("last Tuesday", "mardi dernier")."""
    if cue is None:
        return False
    lo, hi = span
    window = cue.finditer(folded, max(lo, start - 40), hi)  # a lookahead sees the whole sentence
    return any(m.end() >= start - 12 and m.start() <= end + 12 and m.end() <= end + 40 for m in window)


def _weekday(grammar: DateGrammar, folded: str, m: re.Match[str], span: tuple[int, int], pub: date) -> date:
    wanted = _which(grammar, m.group(f"{m.lastgroup}w"), month=False)
    back = (pub.weekday() - wanted) % 7
    start, end = m.start(), m.end()
    past = _near(grammar.past, folded, start, end, span)
    future = _near(grammar.future, folded, start, end, span)
    if future or (not past and _is_future(grammar, folded, start, end, span)):
        return pub + timedelta(days=(wanted - pub.weekday()) % 7 or 7)
    if back == 0 and past:
        back = 7
    return pub - timedelta(days=back)


def _group(m: re.Match[str], name: str) -> str | None:
    """A named group's text, None when the template has no such group or it did not take part
    (cheaper than ``groupdict`` on a pattern with hundreds of groups)."""
    return m.group(name) if name in m.re.groupindex else None


def _relative(tpl: _Template, m: re.Match[str], group: str, pub: date) -> tuple[date, str]:
    count_text = _group(m, f"{group}n")
    count = int(count_text) if count_text else 1
    if tpl.weekend:
        ahead = (5 - pub.weekday()) % 7  # days to Saturday
        return (pub + timedelta(days=ahead) if ahead <= 3 else pub - timedelta(days=7 - ahead)), "day"
    if tpl.years is not None:
        return date(pub.year + tpl.years * count, 1, 1), "year"
    if tpl.in_weeks:
        monday = pub - timedelta(days=pub.weekday())
        return monday + timedelta(weeks=tpl.weeks * count), "unknown"
    return pub + timedelta(days=tpl.days * count), "day"


def _absolute(
    grammar: DateGrammar, folded: str, m: re.Match[str], span: tuple[int, int], pub: date | None
) -> tuple[date | None, str]:
    group = m.lastgroup
    day_text = _group(m, f"{group}d")
    year_text = _group(m, f"{group}y")
    month_name = _group(m, f"{group}m")
    month_num = _group(m, f"{group}mn")
    month = (
        _which(grammar, month_name, month=True) + 1 if month_name else int(month_num) if month_num else None
    )
    precision = "day" if day_text else "month" if month else "year"
    year = int(year_text) if year_text else None
    day = int(day_text) if day_text else 1
    if year is None:
        if pub is None:  # a valid day and month (in a leap year) stays, unresolved
            return (None, "unknown") if _safe_date(2000, month or 1, day) else (None, _INVALID)
        year = pub.year
        guess = _safe_date(year, month or 1, day)
        if guess is not None:
            future = _is_future(grammar, folded, m.start(), m.end(), span)
            if not future and guess > pub:
                year -= 1
            elif future and guess < pub and (precision == "day" or guess.month < pub.month):
                year += 1
    value = _safe_date(year, month or 1, day)
    return value, precision if value else _INVALID


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(
    text: str, lang: str, published: date | None, *, folded: str | None = None
) -> list[DateMention]:
    """Date expressions of ``text`` in ``lang``, sorted by offset, resolved against ``published``
    (``folded`` is ``fold(text)`` when the caller already has it).

    An impossible date ("31 février") is dropped; an unsupported language yields no mention.
    """
    grammar = load_grammar(lang)
    return [] if grammar is None else find_with(grammar, text, published, folded=folded)


# A wire dateline opening a line: the city in capitals, the dispatch's date, maybe the agency, a
# dash ("KIEV, 18 novembre (AFP) - ", "BOGOTÁ, 3 nov (EFE) – ", "WASHINGTON, Nov 18 — ").
_DATELINE = re.compile(
    r"(?m)^[ \t]*[^\W\d_a-zà-ÿа-яё](?:[^\W\d_a-zà-ÿа-яё]|[' .-]){2,30},[ \t]+"
    r"[^\n.;:!?()]{1,25}?(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*[-–—][ \t]"
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the wire datelines of ``text``: their date is the dispatch's, not an event's.

    >>> text = "Kiev visée\\n\\nKIEV, 18 novembre (AFP) - La Russie a frappé lundi..."
    >>> [text[a:b] for a, b in dateline_spans(text)]
    ['KIEV, 18 novembre (AFP) - ']
    """
    return [m.span() for m in line_matches(_DATELINE, text)]


# At most two short words between a publication verb and its day ("published earlier on Wednesday",
# "am Mittwoch in Genf vorgestellten").
_PUBLICATION_GAP = re.compile(r"\s*(?:[^\W\d]{1,8}\s+){0,2}")


def publication_dates(lang: str, folded: str, mentions: list[DateMention]) -> list[DateMention]:
    """The mentions that date a publication, not an event: a day next to a ``publication`` cue of
    the language, a report, a study or a survey and its verb ("a report published on Wednesday",
    "un rapport publié mercredi", "am Mittwoch veröffentlichten Studie", "çarşamba günü yayımladığı
    rapor", "доклад, опубликованный в среду"). A report that counts last year's strikes is news on
    the day it comes out; the strikes are not. A statement is not listed: its day is the day its
    speaker speaks, which dates the threat or the claim it makes.

    >>> text = "a report published on wednesday says strikes killed 300 in 2025."
    >>> [m.text for m in publication_dates("en", text, find_dates(text, "en", date(2026, 11, 25)))]
    ['wednesday']
    """
    grammar = load_grammar(lang)
    if grammar is None or grammar.publication is None or not mentions:
        return []
    cues = [(m.start(), m.end()) for m in grammar.publication.finditer(folded)]
    return [
        d
        for d in mentions
        if d.precision == "day"
        and any(
            (end <= d.start and _PUBLICATION_GAP.fullmatch(folded, end, d.start))
            or (d.end <= start and _PUBLICATION_GAP.fullmatch(folded, d.end, start))
            for start, end in cues
        )
    ]


def find_with(
    grammar: DateGrammar, text: str, published: date | None, *, folded: str | None = None
) -> list[DateMention]:
    """``find_dates`` with an explicit grammar."""
    if folded is None:
        folded = fold(text)
    stops = [m.start() for m in _SENTENCE_END.finditer(folded)]
    out: list[DateMention] = []
    for m in _matches(grammar, folded):
        group = m.lastgroup
        if group is None:
            continue
        tpl = grammar.templates[int(group[1:])]
        span = _sentence_span(stops, len(folded), m.start(), m.end())
        value: date | None
        if tpl.kind == "absolute":
            value, precision = _absolute(grammar, folded, m, span, published)
            if precision == _INVALID:
                continue
        elif published is None:
            value, precision = None, "unknown"
        elif tpl.kind == "weekday":
            value, precision = _weekday(grammar, folded, m, span, published), "day"
        else:
            value, precision = _relative(tpl, m, group, published)
        out.append(
            DateMention(
                m.start(), m.end(), text[m.start() : m.end()], value, precision, tpl.kind != "absolute"
            )
        )
    return out


def resolve_event_date(
    sentence: str, sentence_start: int, mentions: list[DateMention], published: date | None
) -> tuple[date | None, str]:
    """The date that governs a sentence, with its precision.

    Among the resolved mentions inside the sentence, the most precise wins (a day over a month over a
    year), an absolute date over a relative one, then the earliest in the sentence: "On Tuesday,
    officials recalled the 1944 massacre" is dated Tuesday. A sentence without a date of its own
    takes the day of the story around it (``_neighbour_day``): a headline the first day of its lead,
    another sentence the last day given before it, else the first one after it. Without any,
    ``(published, "unknown")``: the event is probably recent, but nothing says when.
    """
    end = sentence_start + len(sentence)
    inside = [m for m in mentions if sentence_start <= m.start and m.end <= end and m.value is not None]
    if inside:
        best = min(inside, key=lambda m: (_PRECISION_RANK[m.precision], m.relative, m.start))
        return best.value, best.precision
    near = _neighbour_day(sentence_start, end, mentions, published)
    if near is not None:
        return near, "day"
    return published, "unknown"


def trigger_day(
    sentence_start: int, sentence_end: int, mentions: list[DateMention], trigger: tuple[int, int]
) -> date | None:
    """The day of the trigger at ``trigger`` when its sentence names two or more different days: the
    nearest one ("the truce agreed on Tuesday broke down on Friday": the truce Tuesday, its breach
    Friday; "the ministry said on Friday that strikes on Thursday killed five": the strikes Thursday);
    None when the sentence names at most one day (``resolve_event_date`` decides)."""
    days = [
        m
        for m in mentions
        if sentence_start <= m.start
        and m.end <= sentence_end
        and m.value is not None
        and m.precision == "day"
    ]
    if len({m.value for m in days}) < 2:
        return None
    return min(days, key=lambda m: (_distance(m, trigger), m.relative, m.start)).value


def _distance(m: DateMention, trigger: tuple[int, int]) -> int:
    """Characters between a date mention and the trigger; a day inside a long trigger ("la tregua
    acordada el martes ... se quebró") is measured from the trigger's end, the verb that tells the
    event."""
    t_start, t_end = trigger
    if t_start <= m.start and m.end <= t_end:
        return t_end - m.end
    return max(0, m.start - t_end, t_start - m.end)


PERIOD_REACH = 30  # characters between a trigger and the month or year that dates it
HISTORY_DAYS = 366  # a period that ended longer ago than this before publication is history
# A month or year that starts a span dates no event: "depuis 2022", "since 2022", "2022'den beri".
_SINCE_BEFORE = re.compile(r"(?:^|\W)(?:depuis|des|since|seit|desde|с|со|منذ)\W*$")
_SINCE_IN = re.compile(r"(?:depuis|des|since|seit|desde|с|со|منذ)\W")
_SINCE_AFTER = re.compile(r"^[\w']*\s+(?:beri|itibaren)")


def past_period(
    folded: str,
    sentence: tuple[int, int],
    mentions: list[DateMention],
    trigger: tuple[int, int],
    published: date | None,
) -> DateMention | None:
    """The month or year that follows the trigger closely when it ended more than a year before
    publication and no other date of the sentence is nearer: "l'attaque commise en octobre 2020",
    "the truce agreed in 2024" are history even when the sentence also names the day it is told
    ("the court upheld on Wednesday the sentence for the attack committed in October 2020"). A
    starting point ("depuis 2022", "since 2022") dates nothing. ``folded`` is the folded text."""
    lo, hi = sentence
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.value is not None]
    if published is None or not inside:
        return None
    nearest = min(inside, key=lambda m: (_distance(m, trigger), m.start))
    if (
        nearest.value is None
        or nearest.precision not in ("month", "year")
        or nearest.start < trigger[1]
        or _distance(nearest, trigger) > PERIOD_REACH
        or _SINCE_IN.match(folded, nearest.start)
        or _SINCE_BEFORE.search(folded[max(lo, nearest.start - 12) : nearest.start])
        or _SINCE_AFTER.match(folded[nearest.end : nearest.end + 20])
    ):
        return None
    value = nearest.value
    end = date(value.year, 12, 31) if nearest.precision == "year" else _month_end(value)
    return nearest if (published - end).days > HISTORY_DAYS else None


def _month_end(value: date) -> date:
    following = date(value.year + (value.month == 12), value.month % 12 + 1, 1)
    return following - timedelta(days=1)


BORROW_REACH = 300  # characters between a dateless sentence and the date it may borrow
BORROW_DAYS = 14  # a borrowed day lies at most this many days before publication, never after


def _neighbour_day(start: int, end: int, mentions: list[DateMention], published: date | None) -> date | None:
    """The day a dateless sentence shares with the story around it: "Peking verhängt Sanktionen"
    over a lead "... am Dienstag ...", or "The measures target three banks." after "On Tuesday the
    EU imposed sanctions". Only recent past days (a month, a year or a future day says nothing)."""
    if published is None:
        return None
    days = [
        m
        for m in mentions
        if m.precision == "day" and m.value is not None and 0 <= (published - m.value).days <= BORROW_DAYS
    ]
    before = [m for m in days if m.end <= start and start - m.end <= BORROW_REACH]
    after = [m for m in days if m.start >= end and m.start - end <= BORROW_REACH]
    if before:
        return max(before, key=lambda m: m.start).value
    if after:
        return min(after, key=lambda m: m.start).value
    return None
