"""The date grammars' look-ahead gate (``leads.gate_with_classes``) skips words without changing a
single match: each language's gated regex against the same regex without its gate; the same for
the trigger scanner's gate (``leads.gate_with_lookaheads``)."""

from __future__ import annotations

import re

import pytest

from vigie_extractor.core.dates import load_grammar
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.leads import first_class, gate_with_classes, gate_with_lookaheads
from vigie_extractor.core.scanner import BranchScanner
from vigie_extractor.core.triggers import load_lexicons

# Text in each language with dates, numbers, near-misses ("Mayor", "Marseille", "2030s") and
# glued prefixes, written for this test.
TEXTS: dict[str, str] = {
    "en": "On Tuesday, March 4, 2025 the Mayor of Marseille said that 3 days ago, in the 2030s plan, "
    "troops moved overnight from Monday to Tuesday; 12 Dec. 2024 and 2025-03-04 too, last week.",
    "fr": "Le maire a dit mardi 4 mars 2025 que, dans la nuit de lundi à mardi, il y a 3 jours, "
    "les troupes ont bougé; le 1er décembre, hier soir et depuis 2023, la semaine dernière.",
    "es": "El martes 4 de marzo de 2025, hace 3 días, en la noche del lunes al martes, el alcalde "
    "de Marsella habló; el 12 de diciembre y ayer por la mañana, la semana pasada.",
    "de": "Am Dienstag, dem 4. März 2025, sagte der Bürgermeister, vor 3 Tagen und in der Nacht "
    "zum Dienstag seien Truppen verlegt worden; am Montagabend und am 12. Dezember 2024.",
    "ru": "Во вторник, 4 марта 2025 года, мэр заявил, что 3 дня назад в ночь на вторник войска "
    "переместились; 12 декабря и вчера утром, на прошлой неделе.",
    "tr": "4 Mart 2025 salı günü belediye başkanı, 3 gün önce pazartesiyi salıya bağlayan gece "
    "birliklerin konuşlandığını söyledi; 12 Aralık'ta ve dün sabah, geçen hafta.",
    "ar": "قال رئيس البلدية يوم الثلاثاء 4 مارس 2025 إن القوات تحركت قبل 3 أيام وفي ليلة الاثنين "
    "إلى الثلاثاء، وبالأمس وفي 12 ديسمبر، والأسبوع الماضي.",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_date_gate_changes_no_match(lang: str) -> None:
    grammar = load_grammar(lang)
    assert grammar is not None
    gated = grammar.regex
    ahead = re.match(r"\(\?<!\[\^\\W_\]\)(\(\?=.*?\))\(\?:", gated.pattern)
    assert ahead is not None, "the grammar regex has no gate"
    plain = re.compile(gated.pattern.replace(ahead.group(1), "", 1))
    text = fold(TEXTS[lang])
    found = [(m.span(), m.lastgroup) for m in gated.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(found) >= 3


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"[0-3]?\d|x", r"[0-3\dx]"),
        (r"(?P<n>\d{1,3}) days ago", r"[\d]"),
        (r"(?<!\w)(?:a|\s)b", r"[\sa]"),
        ("(?:in )?may", "[im]"),
    ],
)
def test_first_class_holds_every_first_character(pattern: str, expected: str) -> None:
    assert first_class(pattern) == expected


@pytest.mark.parametrize("pattern", ["a?", "[^a]b", ".x", "(?i:ab)"])
def test_first_class_unknown_for_empty_negated_or_any_starts(pattern: str) -> None:
    assert first_class(pattern) is None


def test_gate_with_classes_mixes_leads_and_classes() -> None:
    gate = gate_with_classes([r"(?P<n>\d+) days ago", "yesterday|today"], 3)
    assert gate == r"(?:(?:tod|yes)|[\d])"
    assert gate_with_classes(["a?"], 3) is None
    rx = re.compile(rf"(?={gate})(?:\d+ days ago|yesterday|today)")
    assert [m.group() for m in rx.finditer("today, 3 days ago and yesterday; 4 days ahead")] == [
        "today",
        "3 days ago",
        "yesterday",
    ]


def test_gate_with_lookaheads_lets_unknown_branches_through_by_their_own_regex() -> None:
    gate = gate_with_lookaheads(["strikes?", r"\w*raids?"], 3)
    assert gate == r"(?:str|(?=\w*raids?))"
    rx = re.compile(rf"(?<![^\W_]){gate}")
    assert [m.start() for m in rx.finditer("air raids and strikes, not a parade")] == [4, 14]
    assert gate_with_lookaheads([r"\w+ed"], 3, prefix=r"(?:w)?") == r"(?:(?:w)?)?(?=\w+ed)"
    assert gate_with_lookaheads(["x", r"\1y"], 3) is None  # a branch that does not parse alone


@pytest.mark.parametrize("lang", ["en", "de", "tr", "ar"])
def test_trigger_gate_changes_no_hit(lang: str) -> None:
    """The gated scanner finds what the same scanner trying every word start finds."""
    scanner = load_lexicons()[lang].scanner
    assert scanner.candidates.pattern != r"(?<![^\W_])[^\W_]", "the scanner has no gate"
    ungated = BranchScanner(
        scanner.pairs,
        scanner.letters,
        scanner.anywhere,
        scanner.prefix,
        scanner.prefix_letters,
        scanner.max_prefix,
        re.compile(r"(?<![^\W_])[^\W_]"),
    )
    text = fold(TRIGGER_TEXTS[lang])
    hits = scanner.find(text)
    assert hits == ungated.find(text)
    assert len(hits) >= 2


# Trigger words, including those of branches that start with any letter or a number ("\w*abwehrsystem",
# "2 bin kişinin askere alınması"), written for this test.
TRIGGER_TEXTS: dict[str, str] = {
    "en": "Russian forces shelled the town as air strikes hit the port; protesters rallied in the capital.",
    "de": "Berlin hat Luftabwehrsysteme an die Ukraine geliefert, Raketen wurden übergeben; "
    "russische Truppen beschossen Charkiw, Demonstranten protestierten in Berlin.",
    "tr": "Ordu, 2 bin kişinin askere alınmasını duyurdu; Rus güçleri kenti bombaladı ve "
    "binlerce kişi Ankara'da protesto düzenledi.",
    "ar": "شنت الطائرات غارات على المدينة وأعلن الجيش قصف مواقع المسلحين، وتظاهر الآلاف في بغداد.",
}


def _one_alternation(branches: list[str], text: str) -> list[tuple[int, int, int]]:
    """The reference: every branch tried, in order of preference, at every word start."""
    body = "|".join(f"(?P<t{n}>{b})" for n, b in enumerate(branches))
    rx = re.compile(rf"(?:{body})(?![^\W_])")
    hits: list[tuple[int, int, int]] = []
    resume = 0
    for word in re.finditer(r"(?<![^\W_])[^\W_]", text):
        m = rx.match(text, word.start()) if word.start() >= resume else None
        if m is not None and m.lastgroup is not None:
            hits.append((m.start(), m.end(), int(m.lastgroup[1:])))
            resume = m.end()
    return hits


# (branches in order of preference, text): one-letter branches, optional and class second letters,
# a branch whose start is unknown, pairs shared by several branches, near-misses ("strait", "sa").
FILING_CASES = [
    ["strikes?", "stormed", "s[a-z]+ed", "sh?elled", "a", "(?:air ?)?raids?", r"\w*abwehr"],
    ["x", "xy", "x[^a]z", "x(?:a|b)?c", "[xy]q"],
    ["raids?", "r", "ro?uted", r"r\d+"],
]
FILING_TEXT = (
    "strikes hit the strait as troops stormed and shelled sa; sealed, selled: air raids and a raid, "
    "luftabwehr, xyz xy x xbz xaz xc xac xbc yq xq, r routed ruted r2 rx raids"
)


@pytest.mark.parametrize("branches", FILING_CASES)
def test_scanner_filing_by_two_letters_finds_what_one_alternation_finds(branches: list[str]) -> None:
    scanner = BranchScanner.build(branches)
    found = [(h.start, h.end, h.branch) for h in scanner.find(FILING_TEXT)]
    assert found == _one_alternation(branches, FILING_TEXT)
    assert found  # the text does hold matches


def test_scanner_files_a_branch_under_each_pair_it_can_start_with() -> None:
    scanner = BranchScanner.build(["sh?elled", "s", "[xy]q", r"\w*abwehr"])
    assert set(scanner.pairs) == {"sh", "se", "xq", "yq"}
    assert set(scanner.letters) == {"s"}  # "s" alone: anything may follow its one letter
    shelled = scanner.branches_at("shelled", 0)
    assert shelled is not None and set(shelled.groupindex) == {"t0", "t1", "t3"}
    other = scanner.branches_at("sun", 0)  # no pair "su": the one-letter branch and the unknown one
    assert other is not None and set(other.groupindex) == {"t1", "t3"}
    assert scanner.branches_at("zq", 0) is scanner.anywhere
