"""The Russian defence ministry's bulletins strike by "inflicting defeat" on manpower, hardware or
positions ("нанесла поражение по позициям ВСУ", "нанесли поражение живой силе и технике"): an attack
by the subject on the owner of what was hit, by its weapon when the clause names one. A defeat in
sport or at the polls is none (``triggers/ru.yaml``)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"

# (text, category, attacker's country, struck country)
BULLETINS = [
    (
        "Артиллерия группировки войск «Центр» нанесла поражение по позициям ВСУ у Покровска.",
        "shelling",
        "RUS",
        "UKR",
    ),
    (
        "Авиация ВКС России нанесла поражение пунктам временной дислокации ВСУ под Изюмом.",
        "airstrike",
        "RUS",
        "UKR",
    ),
    ("Российские войска нанесли поражение живой силе и технике ВСУ в районе Купянска.", None, "RUS", "UKR"),
]

NOT_STRIKES = [
    "ЦСКА нанес поражение «Спартаку» в дерби.",
    "Сборная России нанесла поражение команде Сербии со счётом 3:1.",
    "Партия потерпела поражение на выборах.",
]


@pytest.mark.parametrize(("text", "category", "source", "target"), BULLETINS)
def test_inflicting_defeat_on_positions_is_a_strike(
    extractor: Extractor, text: str, category: str | None, source: str, target: str
) -> None:
    events = alertable(extractor.extract(doc(text, "ru", PUBLISHED)).events)
    assert events, text
    event = events[0]
    assert category is None or event.category == category, event.category
    assert event.source is not None and event.source.country == source, event.source
    assert event.target is not None and event.target.country == target, event.target


@pytest.mark.parametrize("text", NOT_STRIKES)
def test_a_defeat_in_sport_or_at_the_polls_is_no_strike(extractor: Extractor, text: str) -> None:
    assert not alertable(extractor.extract(doc(text, "ru", PUBLISHED)).events), text
