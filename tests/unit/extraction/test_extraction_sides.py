"""Sides of a trigger: a country that qualifies a place noun is a place, not an actor; a country named
as a place is the target of an act with no place of its own (aid, threats, appeals, sanctions); the
unarmed (civilians, journalists) are never the source of an attack."""

from __future__ import annotations

import pytest
from extraction_helpers import doc, only_event, side

from vigie_extractor.core import Extractor

# (lang, text, category, demonym): the demonym of "the Somali capital", "Irak'ın kuzeyindeki" is part
# of a place, so it is neither the attacker nor the attacked.
PLACE_QUALIFIERS = [
    ("en", "A drone struck a convoy on the Syrian side of the border near Qamishli.", "airstrike", "Syrian"),
    (
        "es",
        "Un coche bomba estalló el lunes frente a un cuartel en la capital somalí, Mogadiscio.",
        "assault",
        "somalí",
    ),
    (
        "ru",
        "Беспилотник атаковал автобус в приграничном районе российской Белгородской области.",
        "airstrike",
        "российской",
    ),
    (
        "tr",
        "Türk Silahlı Kuvvetleri, Irak'ın kuzeyindeki Metina bölgesinde yeni bir kara harekâtı başlattı.",
        "offensive",
        "Irak'ın",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "demonym"), PLACE_QUALIFIERS)
def test_a_country_that_qualifies_a_place_noun_is_not_a_side(
    extractor: Extractor, lang: str, text: str, category: str, demonym: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert demonym not in [a.text for a in (event.source, event.target) if a is not None]


def test_armed_groups_in_a_capital_are_its_country_s() -> None:
    text = "اندلعت اشتباكات بين مجموعات مسلحة في العاصمة الليبية طرابلس."
    event = only_event(Extractor.load().extract(doc(text, "ar")).events, "clash")
    assert side(event.source) == ("LBY", "REB")


def test_a_country_alone_stays_an_actor(extractor: Extractor) -> None:
    text = "Russia launched a massive missile strike on Kyiv overnight."
    event = only_event(extractor.extract(doc(text, "en")).events, "missile_strike")
    assert side(event.source) == ("RUS", "MIL")


# (lang, text, category, target country): the recipient of aid, the country a threat or an appeal
# is aimed at, named with a locative preposition.
LOCATED_TARGETS = [
    (
        "en",
        "Germany delivered air defence systems to Ukraine on Monday as part of a new military aid package.",
        "military_aid",
        "UKR",
    ),
    ("es", "España enviará a Ucrania un paquete de ayuda militar de 1.000 millones.", "military_aid", "UKR"),
    (
        "de",
        "Die Bundesregierung hat der Ukraine ein weiteres Luftverteidigungssystem übergeben.",
        "military_aid",
        "UKR",
    ),
    ("ar", "دعا الأمين العام للجامعة العربية إلى وقف فوري للقتال في السودان.", "appeal", "SDN"),
]


@pytest.mark.parametrize(("lang", "text", "category", "country"), LOCATED_TARGETS)
def test_a_located_country_is_the_target_of_a_placeless_act(
    extractor: Extractor, lang: str, text: str, category: str, country: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.target is not None and event.target.country == country
    assert event.source is not None and event.source.country != country


def test_the_federal_government_is_german() -> None:
    text = "Die Bundesregierung hat der Ukraine ein weiteres Luftverteidigungssystem übergeben."
    event = only_event(Extractor.load().extract(doc(text, "de")).events, "military_aid")
    assert side(event.source) == ("DEU", "GOV")


# Civilians named before an attack are its victims, not its authors.
UNARMED = [
    ("ar", "قتل خمسة مدنيين في هجوم لمسلحين على سوق في مقديشو.", "assault"),
    ("tr", "Sudan'ın En-Nahud kentine düzenlenen saldırıda en az 40 sivil hayatını kaybetti.", "assault"),
]


@pytest.mark.parametrize(("lang", "text", "category"), UNARMED)
def test_civilians_are_never_the_source_of_an_attack(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is None or event.source.role != "CVL"
    assert event.target is not None and event.target.role == "CVL"


# The killed and wounded named before an attack are its target, never its source ("six police
# officers were killed when a roadside bomb ..."); the attacker stays unknown.
VICTIMS = [
    (
        "en",
        "Six police officers were killed on Tuesday when a roadside bomb hit their vehicle in Lakki Marwat.",
        "COP",
    ),
    (
        "ru",
        "Трое военнослужащих погибли в результате подрыва на самодельном взрывном устройстве в Дагестане.",
        "MIL",
    ),
    ("tr", "Hakkari'de 2 asker şehit oldu, el yapımı patlayıcı infilak etti.", "MIL"),
]


@pytest.mark.parametrize(("lang", "text", "role"), VICTIMS)
def test_the_killed_are_the_target_of_an_attack(
    extractor: Extractor, lang: str, text: str, role: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, "assault")
    assert event.source is None
    assert event.target is not None and event.target.role == role
