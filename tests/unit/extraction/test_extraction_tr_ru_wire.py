"""Turkish and Russian wire-copy constructions, table-driven: the reporter named after its verb
("..., сообщил губернатор"), an agency quoted by its acronym ("Anadolu Ajansı AA'ya göre"), a
Turkish genitive country before a named province ("Suriye'nin Halep ilinde"), the Russian army's
named groups of forces, declined "удар" forms and received or delivered air-defence hardware."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _found(events: list[Event], category: str) -> list[Event]:
    return [e for e in alertable(events) if e.category == category]


# (lang, text, category): the category must come out as an alertable event.
DETECTED = [
    # the prepositional and dative forms of "удар" ("в ударе", "по удару")
    ("ru", "Киев обвинил Москву в ударе беспилотником по автобусу в Херсоне в четверг.", "airstrike"),
    ("ru", "Двое мирных жителей пострадали при ударе ракетой по Одессе в пятницу.", "missile_strike"),
    # air-defence systems and armoured personnel carriers handed over
    ("ru", "Испания передала Украине два зенитных ракетных комплекса Aspide.", "military_aid"),
    ("ru", "Дания передала Украине партию бронетранспортеров M113.", "military_aid"),
    ("ru", "Италия передала Киеву еще одну систему противовоздушной обороны SAMP/T.", "military_aid"),
    # Turkish: drones received ("teslim aldı") or delivered
    ("tr", "Kenya ordusu, Türkiye'den insansız hava araçlarını teslim aldığını açıkladı.", "military_aid"),
]


@pytest.mark.parametrize(("lang", "text", "category"), DETECTED)
def test_construction_is_coded(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _found(events, category), [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text, category, country that must be on neither side): a reporter named after its verb, an
# agency quoted by its acronym, a country that only locates a province or a town.
NOT_A_SIDE = [
    (
        "ru",
        "Власти Судана в пятницу согласились на гуманитарное перемирие в Дарфуре, сообщил МИД "
        "Саудовской Аравии.",
        "ceasefire",
        "SAU",
    ),
    (
        "ru",
        "Президент Франции призвал стороны конфликта в Судане к перемирию, говорится в заявлении "
        "Елисейского дворца.",
        "appeal",
        "FRA-target",
    ),
    (
        "tr",
        "Irak ordusu ile DEAŞ arasında Diyala'da çatışma çıktı. Mısır Haber Ajansı MENA'ya göre "
        "çatışmalarda 6 militan öldürüldü.",
        "clash",
        "EGY",
    ),
    (
        "tr",
        "Suriye'nin Halep ilinde kimliği belirsiz silahlı kişiler bir minibüse ateş açtı.",
        "assault",
        "SYR-source",
    ),
    (
        "tr",
        "Ukrayna'ya ait İHA'ların Rusya'nın Kursk bölgesindeki bir akaryakıt deposunu vurduğunu bölge "
        "valisi açıkladı.",
        "airstrike",
        "RUS-source",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "country"), NOT_A_SIDE)
def test_reporter_or_location_is_not_a_side(
    extractor: Extractor, lang: str, text: str, category: str, country: str
) -> None:
    found = _found(extractor.extract(doc(text, lang)).events, category)
    assert found, category
    code, _, slot = country.partition("-")
    for e in found:
        sides = {"source": [e.source], "target": [e.target]}.get(slot, [e.source, e.target])
        assert all(s is None or s.country != code for s in sides), (e.source, e.target)


# (text, country of the source): the Russian army's named groups of forces are Russian
RUSSIAN_GROUPS = [
    "Подразделения группировки войск «Восток» заняли село Успеновка, сообщило Минобороны.",
    "Войска группировки «Днепр» отразили атаку в Херсонской области, а группировка войск Юг "
    "освободила населенный пункт Берестки.",
]


@pytest.mark.parametrize("text", RUSSIAN_GROUPS)
def test_russian_group_of_forces_is_russian_military(extractor: Extractor, text: str) -> None:
    events = alertable(extractor.extract(doc(text, "ru")).events)
    sources = [e.source for e in events if e.source is not None]
    assert any(s.country == "RUS" and s.role == "MIL" for s in sources), [
        (e.category, e.source) for e in events
    ]
