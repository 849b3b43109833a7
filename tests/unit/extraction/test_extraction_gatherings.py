"""A gathering of officials told by its place ("réunis lundi à Bruxelles", "bei einem Treffen in
Luxemburg", "на встрече в Брюсселе", "Lüksemburg'da toplandı", "la CELAC se reunió") is a meeting, and
an item that tells it with what the gathering decided (a sanction) holds both events; a denial in
the present tense of a headline ("desmienten un bombardeo") denies the act it names."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-24T10:00:00"  # a Tuesday

# (lang, text, categories of the alertable events, sorted)
GATHERINGS = [
    (
        "fr",
        "Les ministres de la Défense de l'Union européenne, réunis mardi à Luxembourg, ont adopté des "
        "sanctions contre l'Iran.",
        ["meeting", "sanction"],
    ),
    (
        "de",
        "Die Verteidigungsminister der Nato haben bei einem Treffen in Luxemburg am Dienstag neue "
        "Sanktionen gegen Iran gefordert und beschlossen.",
        ["meeting", "sanction"],
    ),
    (
        "ru",
        "Министры обороны стран Евросоюза на встрече в Люксембурге во вторник утвердили санкции против "
        "Ирана.",
        ["meeting", "sanction"],
    ),
    (
        "tr",
        "AB dışişleri bakanları salı günü Lüksemburg'da toplandı ve İran'a yönelik yeni yaptırımları "
        "onayladı.",
        ["meeting", "sanction"],
    ),
    (
        "es",
        "Los cancilleres de la CELAC se reunieron el martes en Bogotá para debatir la seguridad regional.",
        ["meeting"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "categories"), GATHERINGS)
def test_a_gathering_told_by_its_place_is_a_meeting_beside_what_it_decided(
    extractor: Extractor, lang: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert sorted(e.category for e in events) == categories, [
        (e.category, e.evidence.trigger) for e in events
    ]


# (lang, text): the gathering words used of things, not of officials
NOT_GATHERINGS = [
    ("fr", "Les fonds réunis en une semaine financeront la rénovation du musée de la ville."),
    ("de", "Beim Treffen in der Fußgängerzone verteilten die Vereinsmitglieder Flugblätter."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_GATHERINGS)
def test_gathered_things_are_no_meeting(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert not events, [(e.category, e.evidence.trigger) for e in events]


def test_a_present_tense_denial_in_a_headline_denies_the_act_it_names(extractor: Extractor) -> None:
    text = "Las autoridades de Colombia negaron el martes cualquier ataque aéreo en la zona."
    title = "Las Fuerzas Militares desmienten un bombardeo en el Catatumbo"
    events = alertable(extractor.extract(doc(text, "es", PUBLISHED, title=title)).events)
    assert not events, [(e.category, e.evidence.trigger) for e in events]
