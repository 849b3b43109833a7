"""A call or a meeting told of "the two leaders", "les deux présidents", "die beiden Regierungschefs"
is between the pair the headline named ("Erdogan and Putin discuss ..."), not between the reporter
and nobody ("..., the Kremlin said"). Near misses: a sentence that names both sides itself keeps them,
and an act that names no side at all is not made one from the pair."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, only_event, side

from vigie_extractor.core import Extractor

# (lang, title, text, source country, target country)
PAIRS = [
    (
        "en",
        "Erdogan and Putin discuss Black Sea shipping",
        "The two leaders spoke by telephone on Tuesday about the safety of shipping in the Black Sea, "
        "the Kremlin said.",
        "TUR",
        "RUS",
    ),
    (
        "fr",
        "Macron et Lula évoquent l'Amazonie",
        "Les deux présidents se sont entretenus mardi par téléphone de la protection de l'Amazonie, "
        "a indiqué l'Élysée.",
        "FRA",
        "BRA",
    ),
    (
        "de",
        "Merz und Tusk beraten über Drohnenabwehr",
        "Die beiden Regierungschefs telefonierten am Dienstag über die Abwehr russischer Drohnen, "
        "teilte ein Regierungssprecher mit.",
        "DEU",
        "POL",
    ),
    # the sentence names both sides itself: the pair changes nothing
    (
        "en",
        "",
        "Azerbaijan's president met Armenia's prime minister in Abu Dhabi on Tuesday. Both leaders "
        "praised the talks.",
        "AZE",
        "ARM",
    ),
]


@pytest.mark.parametrize("case", PAIRS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PAIRS)])
def test_the_pair_named_before_are_the_two_sides(
    extractor: Extractor, case: tuple[str, str, str, str, str]
) -> None:
    lang, title, text, source, target = case
    events = [
        e
        for e in alertable(extractor.extract(doc(text, lang, title=title)).events)
        if e.category in ("phone_call", "meeting")
    ]
    assert len(events) == 1, [(e.category, side(e.source), side(e.target)) for e in events]
    assert (side(events[0].source)[0], side(events[0].target)[0]) == (source, target)


def test_an_act_naming_no_side_is_not_made_one_from_the_pair(extractor: Extractor) -> None:
    text = (
        "قدم السفير الإيطالي الجديد أوراق اعتماده إلى الرئيس التونسي يوم الاثنين. "
        "وأكد الجانبان خلال اللقاء عمق العلاقات بين البلدين."
    )
    assert not [e for e in alertable(extractor.extract(doc(text, "ar")).events) if e.category == "meeting"]


def test_a_pair_word_without_a_call_changes_no_other_event(extractor: Extractor) -> None:
    text = "Russian troops shelled Kherson on Tuesday, killing two people; both sides blamed each other."
    event = only_event(extractor.extract(doc(text, "en")).events, "shelling")
    assert side(event.source)[0] == "RUS"
