"""The extractor's building blocks: first-letter filing of regex branches, the trigger scanner,
finder windows, and the absorption of vague events by precise ones of the same sentence."""

from __future__ import annotations

import pytest
from extraction_helpers import doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.analysis import windows
from vigie_extractor.core.patterns import alternatives, fold_pattern
from vigie_extractor.core.scanner import BranchScanner, first_letters
from vigie_extractor.core.sentences import split_sentences


@pytest.mark.parametrize(
    ("pattern", "letters"),
    [
        ("air ?strikes?", {"a"}),
        ("(?:launched|began) (?:an )?offensive", {"l", "b"}),
        ("(?:heavy |fierce )?fighting", {"h", "f"}),
        ("[bp]ombard", {"b", "p"}),
        ("\\w+ed", None),  # any letter: tried at every word
        ("(?:new )?", None),  # can match nothing
    ],
)
def test_first_letters(pattern: str, letters: set[str] | None) -> None:
    result = first_letters(pattern)
    assert (None if result is None else set(result)) == letters


def test_scanner_prefers_the_longest_match_and_skips_inside_words() -> None:
    scanner = BranchScanner.build(["air strikes?", "strikes?", "air"])
    text = "two air strikes and a strike on airfields"
    hits = scanner.find(text)
    assert [text[h.start : h.end] for h in hits] == ["air strikes", "strike"]
    assert [h.branch for h in hits] == [0, 1]


def test_scanner_glued_prefix_stays_outside_the_span() -> None:
    scanner = BranchScanner.build([fold_pattern("غارات")], prefix=fold_pattern("(?:و)?(?:ب)?(?:ال)?"))
    text = "وبالغارات"
    hits = scanner.find(text)
    assert [text[h.start : h.end] for h in hits] == ["غارات"]


def test_alternatives_split_at_top_level_only() -> None:
    assert alternatives("a|b(?:c|d)|[|]|e\\|f") == ["a", "b(?:c|d)", "[|]", "e\\|f"]


def test_fold_pattern_keeps_escapes() -> None:
    assert fold_pattern("Télé\\w+\\S") == "tele\\w+\\S"


def test_windows_cover_neighbours_and_merge() -> None:
    text = "One. Two. Three. Four. Five. Six. Seven."
    sentences = split_sentences(text, "en")
    spans = windows(sentences, {1, 5})
    assert [text[lo:hi] for lo, hi in spans] == ["One. Two. Three.", "Five. Six. Seven."]
    assert windows(sentences, {1, 3}) == [(sentences[0].start, sentences[4].end)]


@pytest.mark.parametrize(
    ("lang", "text", "categories"),
    [
        (
            "en",
            "After a week of fighting, Thailand and Cambodia agreed to a ceasefire on Tuesday.",
            ["ceasefire"],
        ),
        ("fr", "Après deux jours de combats, les rebelles se sont emparés de Goma.", ["capture"]),
        ("en", "The attack by Russian drones struck Odesa overnight.", ["airstrike"]),
    ],
)
def test_vague_events_are_absorbed_by_precise_ones(
    extractor: Extractor, lang: str, text: str, categories: list[str]
) -> None:
    assert [e.category for e in extractor.extract(doc(text, lang)).events] == categories


# (lang, text, deaths): the number of deaths stated in a fight sentence.
DEATHS = [
    ("en", "Russian missile strikes hit Kharkiv overnight, killing at least 12 civilians.", 12),
    ("fr", "Des frappes aériennes russes ont visé Idlib, faisant 7 morts.", 7),
    ("es", "Un bombardeo aéreo sobre Gaza dejó al menos 15 muertos.", 15),
    ("de", "Bei russischen Luftangriffen auf Charkiw wurden 9 Menschen getötet.", 9),
    ("ru", "В результате ракетного удара по Харькову погибли 5 человек.", 5),
    ("tr", "İsrail'in Gazze'ye düzenlediği hava saldırısında 20 kişi hayatını kaybetti.", 20),
    ("ar", "أسفرت غارات جوية إسرائيلية على غزة عن مقتل 30 شخصا.", 30),
]


@pytest.mark.parametrize(("lang", "text", "killed"), DEATHS)
def test_reported_deaths(extractor: Extractor, lang: str, text: str, killed: int) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert [(e.plover, e.killed) for e in events] == [("FIGHT", killed)]


def test_no_deaths_when_none_are_stated(extractor: Extractor) -> None:
    events = extractor.extract(doc("Russian drones struck Odesa on Monday.", "en")).events
    assert [e.killed for e in events] == [None]
