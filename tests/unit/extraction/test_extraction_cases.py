"""Sides marked by case endings (Turkish ablative source, dative target)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.cases import parse_case_rules
from vigie_extractor.core.triggers import TriggerDataError

MARKED = [
    ("Kuzey Kore'den Güney Kore'ye 'acımasız saldırı' tehdidi", "threat", "PRK", "KOR"),
    ("Rusya'dan Ukrayna'ya füze saldırısı: beş ölü", "missile_strike", "RUS", "UKR"),
    ("Almanya'dan Ukrayna'ya yeni hava savunma sistemi teslim edildi", "military_aid", "DEU", "UKR"),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), MARKED)
def test_ablative_is_the_source_and_dative_the_target(
    extractor: Extractor, text: str, category: str, source: str, target: str
) -> None:
    events = [e for e in alertable(extractor.extract(doc(text, "tr")).events) if e.category == category]
    assert events, [(e.category, e.factuality) for e in extractor.extract(doc(text, "tr")).events]
    (event,) = events
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.target.country) == (source, target)


def test_a_dative_right_before_the_trigger_is_the_target_not_a_country_of_a_condition(
    extractor: Extractor,
) -> None:
    text = (
        "Kuzey Kore, ABD ile Güney Kore'nin sınır yakınında tatbikat düzenlemesi halinde Güney Kore'ye "
        "askeri saldırı düzenlemekle tehdit etti."
    )
    threats = [e for e in extractor.extract(doc(text, "tr")).events if e.category == "threat"]
    assert threats and all(e.target is not None and e.target.country == "KOR" for e in threats)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"categories": "threat"},
        {"categories": ["threat"], "tr": {"source": "'den"}},
        {"categories": ["threat"], "tr": {"source": "(", "target": "'ye"}},
    ],
)
def test_a_bad_cases_file_is_refused(data: object) -> None:
    with pytest.raises(TriggerDataError, match=r"cases\.yaml"):
        parse_case_rules(data)
