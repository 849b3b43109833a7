"""A country named right after an actor of that country, with only a locative between ("the Houthis in
Yemen", "الحوثيون في اليمن", "le Hezbollah au Liban"), says where the actor is: the town struck named
in the sentence is the event place, and its country the target; the home country is the place only
when the sentence names no other."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"

# (lang, text, the event place, the target's country)
STRUCK_TOWNS = [
    ("en", "The Houthis in Yemen fired a ballistic missile at Eilat on Monday.", "Eilat", "ISR"),
    ("fr", "Le Hezbollah au Liban a tiré des roquettes sur Kiryat Shmona mardi.", "Kiryat Shmona", "ISR"),
    ("ar", "أطلق الحوثيون في اليمن صاروخا باليستيا على إيلات يوم الاثنين.", "Eilat", "ISR"),
    ("de", "Die Huthi-Miliz im Jemen hat am Montag eine Rakete auf Eilat abgefeuert.", "Eilat", "ISR"),
    ("es", "Los hutíes de Yemen lanzaron el lunes un misil contra Eilat.", "Eilat", "ISR"),
    ("ru", "Хуситы в Йемене в понедельник выпустили баллистическую ракету по Эйлату.", "Eilat", "ISR"),
    ("tr", "Yemen'deki Husiler Pazartesi günü Eilat'a balistik füze fırlattı.", "Eilat", "ISR"),
]

# (lang, text, the event place): no other place, or the country is not the actor's own
HOME_STILL_PLACE = [
    ("en", "Houthi rebels in Yemen fired a ballistic missile on Monday, the Israeli army said.", "Yemen"),
    ("en", "Turkish troops in Syria clashed with Kurdish fighters on Monday.", "Syria"),
]


@pytest.mark.parametrize(("lang", "text", "place", "target"), STRUCK_TOWNS)
def test_the_town_struck_is_the_place_not_the_actors_home(
    extractor: Extractor, lang: str, text: str, place: str, target: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, text
    loc = events[0].location
    assert loc is not None and loc.name == place
    assert events[0].target is not None and events[0].target.country == target


@pytest.mark.parametrize(("lang", "text", "place"), HOME_STILL_PLACE)
def test_a_home_country_is_the_place_when_no_other_is_named(
    extractor: Extractor, lang: str, text: str, place: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, text
    loc = events[0].location
    assert loc is not None and loc.name == place
