"""German hyphen compounds: an actor as the first part of "US-Militär", "Hisbollah-Stellungen"
names a side; a compound whose first part is no actor ("Gaza-Krieg") names none."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.knowledge import ActorLexicon

ON = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das US-Militär flog Luftangriffe.", ("USA", "MIL")),
        ("Die US-Armee meldete Verluste.", ("USA", "MIL")),
        ("Kampfjets griffen Hisbollah-Stellungen an.", ("LBN", "REB")),
    ],
)
def test_the_first_part_of_a_compound_is_an_actor(
    actor_lexicon: ActorLexicon, text: str, expected: tuple[str, str]
) -> None:
    found = actor_lexicon.find(text, "de", on=ON)
    assert [(m.country, m.role) for m in found] == [expected]


@pytest.mark.parametrize("text", ["Der Gaza-Krieg dauert an.", "Die Nahost-Gespräche gehen weiter."])
def test_a_compound_without_an_actor_part_names_none(actor_lexicon: ActorLexicon, text: str) -> None:
    assert actor_lexicon.find(text, "de", on=ON) == []


def test_other_languages_keep_hyphenated_words_whole(actor_lexicon: ActorLexicon) -> None:
    assert actor_lexicon.find("un rassemblement pro-Iran", "fr", on=ON) == []
