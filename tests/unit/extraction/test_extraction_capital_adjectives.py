"""A capital's adjective names its state ("Moskauer Truppen", "Kiewer Truppen", "die Pekinger Führung",
"les forces moscovites", "киевский режим", "вашингтонские власти", "Damaszener Truppen":
``adjectives.csv``), and a Turkish weekday ("Salı günü", "Çarşamba günü") is
no town (``place_stopwords.txt``: not Salé, whose alias is "Sali", nor the town Çarşamba). The German
press names Moldova "Moldau" (``country_aliases.yaml``)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"

# (lang, text, the acting side (country, role))
CAPITAL_ADJECTIVES = [
    ("de", "Moskauer Truppen haben die Stadt Pokrowsk am Montag mit Artillerie beschossen.", ("RUS", "MIL")),
    (
        "de",
        "Kiewer Truppen haben am Montag ein Munitionsdepot in der Region Kursk mit Drohnen angegriffen.",
        ("UKR", "MIL"),
    ),
    (
        "de",
        "Die Pekinger Führung hat am Montag Sanktionen gegen drei amerikanische Rüstungsfirmen verhängt.",
        ("CHN", "GOV"),
    ),
    (
        "fr",
        "Les forces moscovites ont bombardé lundi la ville de Kherson, faisant trois morts.",
        ("RUS", "MIL"),
    ),
    ("ru", "Киевский режим в понедельник атаковал Горловку ударными беспилотниками.", ("UKR", "GOV")),
    ("ru", "Киевские власти в понедельник ввели санкции против трёх российских банков.", ("UKR", "GOV")),
    ("ru", "Вашингтонская администрация в понедельник ввела санкции против иранских банков.", ("USA", "GOV")),
    ("ru", "Тегеранские власти в понедельник пригрозили Израилю ответным ударом.", ("IRN", "GOV")),
    ("ru", "Пекинские власти в понедельник ввели санкции против оборонных компаний США.", ("CHN", "GOV")),
    ("de", "Die Washingtoner Regierung hat am Montag Sanktionen gegen Iran verhängt.", ("USA", "GOV")),
    ("de", "Damaszener Truppen haben am Montag die Stadt Idlib mit Artillerie beschossen.", ("SYR", "MIL")),
]

# (lang, text, the target's country): a country's short name
COUNTRY_NAMES = [
    ("de", "Der Kremlchef hat am Montag Sanktionen gegen Moldau verhängt.", "MDA"),
    ("de", "Russland hat am Montag neue Sanktionen gegen Moldawien verhängt.", "MDA"),
]

# (lang, text): the weekday is no event place
WEEKDAYS = [
    ("tr", "Suriye ordusuna ait bir konvoy, Salı günü İHA saldırısıyla vuruldu."),
    ("tr", "Rus savaş uçakları Çarşamba günü Ukrayna ordusunun mevzilerini bombaladı."),
]


@pytest.mark.parametrize(("lang", "text", "actor"), CAPITAL_ADJECTIVES)
def test_a_capitals_adjective_names_its_state(
    extractor: Extractor, lang: str, text: str, actor: tuple[str, str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, text
    assert side(events[0].source) == actor


@pytest.mark.parametrize(("lang", "text"), WEEKDAYS)
def test_a_turkish_weekday_is_no_place(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, text
    for event in events:
        loc = event.location
        assert loc is None or not loc.is_event_place or loc.name not in {"Salé", "Çarşamba"}, loc


@pytest.mark.parametrize(("lang", "text", "country"), COUNTRY_NAMES)
def test_a_countrys_short_name_names_it(extractor: Extractor, lang: str, text: str, country: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, text
    assert events[0].target is not None and events[0].target.country == country
