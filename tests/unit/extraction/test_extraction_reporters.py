"""Who tells of an attack is not a side of it: a reporter named with its verb of saying after the
clause ("..., police said", "..., wie die Polizei mitteilte", "..., Irak polisi açıkladı", "...،
بحسب ما أفادت الشرطة"), victims named "including" ("..., darunter vier Polizisten"), a country that
only says where a border runs ("near the border with Somalia") and a city after the Arabic proclitic
"in" ("ببغداد") are never the attacker."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _attack(events: list[Event], category: str) -> Event:
    found = [e for e in alertable(events) if e.category == category]
    assert len(found) == 1, [(e.category, e.factuality, e.evidence.trigger) for e in events]
    return found[0]


# (lang, text, category, country of the struck side): the reporter after the clause is no side, the
# attack named without its author has no source
REPORTED_ATTACKS = [
    (
        "en",
        "Gunmen raided a farming village in Nigeria's Benue state overnight and killed nine people, "
        "police said.",
        "assault",
        "NGA",
    ),
    (
        "en",
        "A car bomb tore through a busy market in Mogadishu on Friday, killing seven people, Somali "
        "police said.",
        "assault",
        "SOM",
    ),
    (
        "de",
        "Bei einem Bombenanschlag auf einen Busbahnhof in Peschawar sind am Freitag sechs Menschen getötet "
        "worden, teilte die pakistanische Polizei mit.",
        "assault",
        "PAK",
    ),
    (
        "de",
        "Unbekannte haben in Kirkuk einen Kontrollposten angegriffen und zwei Soldaten getötet, wie die "
        "irakische Polizei mitteilte.",
        "assault",
        "IRQ",
    ),
    (
        "tr",
        "Belucistan'da bir yolcu otobüsüne bombalı saldırı düzenlendi, 7 kişi öldü, Pakistan polisi "
        "açıkladı.",
        "assault",
        "PAK",
    ),
    (
        "ar",
        "قتل أربعة أشخاص في انفجار عبوة ناسفة في سوق شعبي ببغداد، بحسب ما أفادت الشرطة العراقية.",
        "assault",
        "IRQ",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "struck"), REPORTED_ATTACKS)
def test_a_reporter_after_the_clause_is_not_the_attacker(
    extractor: Extractor, lang: str, text: str, category: str, struck: str
) -> None:
    event = _attack(extractor.extract(doc(text, lang)).events, category)
    assert event.source is None or event.source.country is None, event.source
    assert event.source is None or event.source.role != "COP", event.source
    assert event.target is not None and event.target.country == struck, event.target


# (lang, text): victims named "including" are struck, never the attackers
INCLUDED_VICTIMS = [
    (
        "en",
        "A suicide bomber blew himself up at a market in Quetta on Monday, killing eight people, "
        "including three policemen.",
    ),
    (
        "de",
        "Bei der Explosion einer Autobombe in Quetta sind am Montag acht Menschen getötet worden, "
        "darunter drei Polizisten.",
    ),
    (
        "fr",
        "Un kamikaze s'est fait exploser lundi sur un marché de Quetta, faisant huit morts, dont "
        "trois policiers.",
    ),
    (
        "es",
        "Un coche bomba estalló el lunes en un mercado de Quetta y mató a ocho personas, entre ellas "
        "tres policías.",
    ),
    (
        "ru",
        "В результате взрыва на рынке в Кветте в понедельник погибли восемь человек, в том числе "
        "трое полицейских.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), INCLUDED_VICTIMS)
def test_victims_named_including_are_the_target(extractor: Extractor, lang: str, text: str) -> None:
    event = _attack(extractor.extract(doc(text, lang)).events, "assault")
    assert event.source is None or event.source.role != "COP", event.source
    assert event.target is not None and event.target.role == "COP", event.target
    assert event.target.country == "PAK"


def test_a_clause_naming_only_its_reporter_and_a_border_leaves_the_sides_to_the_sentence(
    extractor: Extractor,
) -> None:
    text = (
        "Two Nigerien soldiers were killed on Friday when a roadside bomb exploded under their truck "
        "near the border with Mali, army officials said."
    )
    event = _attack(extractor.extract(doc(text, "en")).events, "assault")
    assert event.source is None or event.source.country != "MLI", event.source
    assert event.target is not None and (event.target.country, event.target.role) == ("NER", "MIL")


# (lang, text, category, country that must not be the source): a state that only names a place
PLACES_NOT_AUTHORS = [
    ("ar", "قتل ثلاثة مدنيين في انفجار سيارة مفخخة قرب سوق ببغداد مساء الأحد.", "assault", "IRQ"),
    ("ar", "أصيب خمسة أشخاص في انفجار عبوة ناسفة بدمشق صباح الاثنين.", "assault", "SYR"),
    (
        "en",
        "A roadside bomb killed four Kenyan police officers close to the border with Somalia on Friday.",
        "assault",
        "SOM",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "country"), PLACES_NOT_AUTHORS)
def test_a_state_that_only_names_the_place_is_not_the_source(
    extractor: Extractor, lang: str, text: str, category: str, country: str
) -> None:
    event = _attack(extractor.extract(doc(text, lang)).events, category)
    assert event.source is None or event.source.country != country, event.source
