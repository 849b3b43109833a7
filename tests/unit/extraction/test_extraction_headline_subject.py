"""A lead that names its actor only as a bare state body ("the army", "l'armée", "авиация", "الجيش",
"Ordu") takes the country the headline opens with as its subject ("Israel strikes Syria"), as the
source of the lead's first sentence only; a headline whose opening country is acted on ("... hit by
...", "... par ...") or opens with a city gives no such country."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import doc, only_event, side

from vigie_extractor.core import Extractor
from vigie_extractor.core.headline_subject import headline_subject_country
from vigie_extractor.core.knowledge.actors import ActorMention

PUBLISHED = "2026-11-25T09:00:00"

# (lang, title, text, category, source)
HEADLINE_SUBJECT = [
    (
        "en",
        "Israel strikes weapons depots in Syria",
        "The army said on Tuesday that its jets struck weapons depots near Damascus.",
        "airstrike",
        ("ISR", "MIL"),
    ),
    (
        "fr",
        "Le Nigeria frappe des camps de Boko Haram",
        "L'armée a mené mardi des frappes aériennes contre des camps de Boko Haram dans l'État de Borno.",
        "airstrike",
        ("NGA", "MIL"),
    ),
    (
        "es",
        "Colombia bombardea un campamento del ELN",
        "El Ejército lanzó el martes ataques aéreos contra un campamento del ELN en el Catatumbo, "
        "según fuentes militares.",
        "airstrike",
        ("COL", "MIL"),
    ),
    (
        "de",
        "Israel greift Ziele in Syrien an",
        "Die Armee hat am Dienstag Waffenlager nahe Damaskus mit Kampfflugzeugen bombardiert.",
        "airstrike",
        ("ISR", "MIL"),
    ),
    (
        "ar",
        "إسرائيل تقصف مواقع في سوريا",
        "قال الجيش يوم الثلاثاء إن طائراته شنت غارات جوية على مستودعات أسلحة قرب دمشق.",
        "airstrike",
        ("ISR", "MIL"),
    ),
    (
        "ru",
        "Израиль нанёс удары по Сирии",
        "Военные заявили во вторник, что авиация нанесла удары по складам оружия близ Дамаска.",
        "airstrike",
        ("ISR", "MIL"),
    ),
    (
        "tr",
        "Pakistan, Afganistan'daki militan kamplarını vurdu",
        "Ordu, savaş uçaklarının salı günü Paktika vilayetindeki militan kamplarını vurduğunu bildirdi.",
        "airstrike",
        ("PAK", "MIL"),
    ),
]


@pytest.mark.parametrize("case", HEADLINE_SUBJECT, ids=[c[0] for c in HEADLINE_SUBJECT])
def test_a_bare_body_in_the_lead_takes_the_headline_subject(
    extractor: Extractor, case: tuple[Any, ...]
) -> None:
    lang, title, text, category, source = case
    event = only_event(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events, category)
    assert side(event.source) == source


def _country(start: int, end: int, code: str, kind: str = "country") -> ActorMention:
    return ActorMention(start, end, "x", code, code, None, code, kind=kind)


# (folded headline, its opening mention, expected country)
OPENINGS = [
    ("israel strikes syria", _country(0, 6, "ISR"), "ISR"),
    ("méxico despliega soldados", _country(0, 6, "MEX"), "MEX"),
    ("liban frappé par israël", _country(0, 5, "LBN"), None),
    ("ukraine hit by russian drones", _country(0, 7, "UKR"), None),
    ("lübnan, israil tarafından vuruldu", _country(0, 6, "LBN"), None),
    ("сирия подверглась ударам со стороны израиля", _country(0, 5, "SYR"), None),
    ("soudan : l'armée lance une offensive", _country(0, 6, "SDN"), None),  # a label, read elsewhere
    ("kharkiv frappée par des drones", _country(0, 7, "UKR", kind="capital"), None),
    ("irak'ın kuzeyine hava harekâtı", _country(0, 4, "IRQ"), None),
    ("irak'ın kuzeyine hava harekâtı", _country(0, 7, "IRQ"), None),  # the mention keeps its ending
    ("i̇srail'e füze saldırısı", _country(0, 7, "ISR"), None),
    ("nouvelles frappes: israël vise le liban", _country(19, 25, "ISR"), None),
]


@pytest.mark.parametrize("case", OPENINGS, ids=[c[0] for c in OPENINGS])
def test_only_a_country_opening_the_headline_as_its_subject_counts(
    case: tuple[str, ActorMention, str | None],
) -> None:
    headline, mention, expected = case
    assert headline_subject_country(headline, 0, len(headline), [mention]) == expected


def test_the_headline_subject_is_never_the_side_acted_on(extractor: Extractor) -> None:
    title = "Liban frappé par Israël"
    text = "L'armée a riposté mardi par des tirs d'artillerie contre des positions israéliennes."
    event = only_event(extractor.extract(doc(text, "fr", PUBLISHED, title=title)).events, "shelling")
    assert side(event.source)[0] != "ISR"
