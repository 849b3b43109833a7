"""Ordinary crime is no fight, in the sentence that names it and in the next one of its paragraph.

A gang feud, a robbery or a police raid on a drugs ring (``mundane`` in ``data/triggers/<lang>.yaml``)
makes a fight trigger of its sentence need an army or a weapon of war; so does a shooting told in
the sentence after the raid (``context.crime_around``). The near misses name militants, soldiers or
drones: they stay fights."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str) -> list[str]:
    return [e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)]


# (lang, a crime told in war words)
CRIME = [
    ("tr", "Ankara'da iki suç örgütü arasında salı gecesi silahlı çatışma çıktı, iki kişi öldü."),
    ("tr", "İzmir'de uyuşturucu çetesi üyeleri salı günü bir kafeye saldırdı, bir kişi yaralandı."),
    (
        "ru",
        "В Екатеринбурге во вторник произошла перестрелка между членами преступной группировки, "
        "погибли двое.",
    ),
    ("ar", "قتل شخصان الثلاثاء في اشتباك مسلح بين عصابات في ضواحي القاهرة."),
    ("en", "Two drugs gang members were killed in a shootout with rivals in Liverpool on Tuesday."),
    # the raid in one sentence, the shots in the next
    (
        "en",
        "Armed police raided a house in Leeds on Tuesday in an operation against a drugs gang. A man was "
        "shot and wounded after officers came under fire, police said.",
    ),
    (
        "fr",
        "La police a mené mardi une opération contre un réseau de narcotrafiquants à Nîmes. Deux "
        "policiers ont été blessés par des tirs lors de l'assaut, a indiqué le parquet.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CRIME)
def test_ordinary_crime_is_no_fight(extractor: Extractor, lang: str, text: str) -> None:
    assert _alertable(extractor, lang, text) == []


# near misses: the next sentence names an armed group or a weapon of war
FIGHTS = [
    (
        "en",
        "Police raided a drugs gang's hideout in Peshawar on Tuesday. Hours later, Taliban militants "
        "attacked a police post in the city, killing four officers.",
    ),
    (
        "fr",
        "La police a démantelé mardi un réseau de narcotrafiquants à Gao. Dans la soirée, des jihadistes "
        "ont attaqué un camp de l'armée malienne près de la ville, tuant six soldats.",
    ),
    (
        "tr",
        "Ankara'da suç örgütüne operasyon düzenlendi. Aynı gün İHA'lar Kuzey Irak'ta PKK mevzilerini vurdu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), FIGHTS)
def test_a_fight_next_to_crime_news_is_still_a_fight(extractor: Extractor, lang: str, text: str) -> None:
    assert _alertable(extractor, lang, text) != []
