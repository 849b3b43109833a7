"""German glued compounds: a compass direction before a country's name ("Ostukraine") is a part
of that country, a seat of power before "Chef"/"Sprecher" ("Kremlchef") speaks for its
government; words that only look like them ("Nordsee", "Ostern", "Westfalen") name nothing."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.knowledge import ActorLexicon, Gazetteer
from vigie_extractor.core.knowledge.errors import KnowledgeDataError
from vigie_extractor.core.knowledge.morphology import _capitalised

ON = date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Raketen schlugen in Nordisrael ein.", ("Nordisrael", "ISR")),
        ("Kämpfe im Südlibanon dauern an.", ("Südlibanon", "LBN")),
        ("Beschuss in der Ostukraine.", ("Ostukraine", "UKR")),
        ("Luftangriffe in Nord-Syrien.", ("Nord-Syrien", "SYR")),
        ("Drohnen über Südrussland.", ("Südrussland", "RUS")),
        ("Die Lage Nordsyriens bleibt angespannt.", ("Nordsyriens", "SYR")),
        ("Gefechte im Nordirak.", ("Nordirak", "IRQ")),
    ],
)
def test_a_direction_before_a_country_is_that_country(
    gazetteer: Gazetteer, actor_lexicon: ActorLexicon, text: str, expected: tuple[str, str]
) -> None:
    assert [(p.text, p.country) for p in gazetteer.find(text, "de")] == [expected]
    assert [(m.text, m.country) for m in actor_lexicon.find(text, "de", on=ON)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nordkorea testet eine Rakete.", "PRK"),
        ("Südkorea protestiert.", "KOR"),
        ("Kämpfe im Südsudan.", "SSD"),
    ],
)
def test_a_country_named_with_a_direction_keeps_its_own_code(
    gazetteer: Gazetteer, text: str, expected: str
) -> None:
    assert [p.country for p in gazetteer.find(text, "de")] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sturm über der Nordsee.",
        "Zu Ostern in Westfalen.",
        "Ein Windpark in Ostfriesland.",
        "Der Film 'Die Nächte des Kremlin' läuft im Kino.",
        "Der Westwind bringt Regen.",
    ],
)
def test_look_alike_words_name_no_country(
    gazetteer: Gazetteer, actor_lexicon: ActorLexicon, text: str
) -> None:
    assert gazetteer.find(text, "de") == []
    assert actor_lexicon.find(text, "de", on=ON) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [("Des roquettes sur Nordisrael.", "fr"), ("Rockets hit Nordisrael.", "en")],
)
def test_other_languages_do_not_glue_directions(gazetteer: Gazetteer, text: str, lang: str) -> None:
    assert gazetteer.find(text, lang) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Kremlsprecher sagte am Montag.", ("Kremlsprecher", "RUSGOV")),
        ("Kremlchef Putin sagte.", ("Kremlchef Putin", "RUSGOV")),
        ("Die Kreml-Führung ist sich einig.", ("Kreml-Führung", "RUSGOV")),
        ("Ein Pentagonsprecher widersprach.", ("Pentagonsprecher", "USAMIL")),
    ],
)
def test_a_seat_of_power_before_its_head_is_the_government(
    actor_lexicon: ActorLexicon, text: str, expected: tuple[str, str]
) -> None:
    assert [(m.text, m.code) for m in actor_lexicon.find(text, "de", on=ON)] == [expected]


@pytest.mark.parametrize("raw", [["nord"], ["Nord West"], ["Nord-"]])
def test_compound_parts_are_validated_at_load(raw: list[str]) -> None:
    with pytest.raises(KnowledgeDataError, match="direction_prefixes"):
        _capitalised(raw, "direction_prefixes")
