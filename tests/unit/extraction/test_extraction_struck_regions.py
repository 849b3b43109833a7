"""Where a strike fell when the text names a country's region rather than a town ("contra el sur de
Israel", "север Израиля", "le nord d'Israël"): that region, so the struck side is the country's; a
capital that strikes ("Киев нанес удар по Курску", "Moscow struck Odesa") is its agent, never the
struck city. Near misses: a town named nearer wins over the region, and the neighbour across a border
("close to the border with Somalia") is no place of the event."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie_extractor.core import Extractor

# (lang, text, source country, target country)
REGIONS = [
    (
        "es",
        "Hamás disparó cohetes contra el sur de Israel el martes, informó el ejército israelí.",
        "PSE",
        "ISR",
    ),
    ("ru", "Боевики «Хизбаллы» обстреляли север Израиля во вторник.", "LBN", "ISR"),
    ("fr", "Le Hezbollah a tiré mardi des roquettes sur le nord d'Israël.", "LBN", "ISR"),
    ("en", "Hezbollah fired rockets at northern Israel on Tuesday.", "LBN", "ISR"),
    ("ar", "أطلق حزب الله، الثلاثاء، صواريخ على شمال إسرائيل.", "LBN", "ISR"),
    # a capital as the agent: the strike fell on the town after it
    ("ru", "Киев нанес удар беспилотниками по Курску в ночь на среду, сообщил губернатор.", "UKR", "RUS"),
    ("en", "Moscow struck Odesa with missiles overnight, killing two people.", "RUS", "UKR"),
]


@pytest.mark.parametrize("case", REGIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(REGIONS)])
def test_the_struck_side_is_the_region_s_country(
    extractor: Extractor, case: tuple[str, str, str, str]
) -> None:
    lang, text, source, target = case
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert len(events) == 1, [(e.category, e.factuality) for e in events]
    assert (side(events[0].source)[0], side(events[0].target)[0]) == (source, target)


def test_a_town_named_nearer_stays_the_place(extractor: Extractor) -> None:
    text = "Israeli jets struck Bint Jbeil in the south of Lebanon on Tuesday, killing two people."
    events = alertable(extractor.extract(doc(text, "en")).events)
    assert events and events[0].location is not None and events[0].location.name == "Bint Jbeil"


def test_the_neighbour_across_a_border_is_no_place(extractor: Extractor) -> None:
    text = "A roadside bomb killed two Kenyan soldiers on Monday close to the border with Somalia."
    events = alertable(extractor.extract(doc(text, "en")).events)
    assert events
    assert events[0].location is None or events[0].location.country != "SOM"


# A region whose name holds another state's capital ("Lower Juba", not Juba in South Sudan)
JUBA = [
    ("en", "Al-Shabaab fighters attacked a military base in the Lower Juba region on Monday."),
    ("fr", "Les shebab ont attaqué lundi une base militaire dans la région du Bas-Juba."),
    ("ar", "هاجم مسلحو حركة الشباب، الاثنين، قاعدة عسكرية في إقليم جوبا السفلى."),
]


@pytest.mark.parametrize("case", JUBA, ids=[c[0] for c in JUBA])
def test_a_region_named_after_a_river_is_not_the_capital(extractor: Extractor, case: tuple[str, str]) -> None:
    lang, text = case
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events and events[0].location is not None and events[0].location.country == "SOM"
    assert side(events[0].target)[0] in ("SOM", None)
