"""The side an event lands on when the text names a place or a kind of target, not an actor: the
place's country with the sector of ``struck_role`` (civilians, unless a military or police target is
named; the opponent in a fight), protests by civilians against their government, and the victims of
a passive whose cause is the trigger ("killed by a roadside bomb")."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import doc, only_event, side

from vigie.contracts import Actor, Location
from vigie_extractor.core import Extractor
from vigie_extractor.core.arguments import OPPONENT, load_argument_knowledge, parse_struck_roles
from vigie_extractor.core.struck import protest_sides
from vigie_extractor.core.triggers import TriggerDataError

# (lang, text, category, target (country, role)): a strike on a town hits its country's civilians.
STRUCK_TOWNS = [
    ("en", "Russian drones struck Kharkiv overnight, killing three people.", "airstrike", ("UKR", "CVL")),
    (
        "fr",
        "Des frappes de drones russes ont touché Odessa dans la nuit, faisant deux morts.",
        "airstrike",
        ("UKR", "CVL"),
    ),
    (
        "es",
        "La artillería israelí bombardeó Jan Yunis el martes y mató a seis personas.",
        "shelling",
        ("PSE", "CVL"),
    ),
    (
        "de",
        "Bei einem Raketenangriff auf Dnipro sind am Dienstag mindestens zehn Menschen getötet worden.",
        "missile_strike",
        ("UKR", "CVL"),
    ),
    (
        "ru",
        "Украинские беспилотники атаковали Белгород, погибли двое мирных жителей.",
        "airstrike",
        ("RUS", "CVL"),
    ),
    ("tr", "İsrail savaş uçakları Han Yunus'u bombaladı, 12 kişi öldü.", "airstrike", ("PSE", "CVL")),
    ("ar", "قصفت المدفعية الإسرائيلية بلدة الخيام في جنوب لبنان يوم الثلاثاء.", "shelling", ("LBN", "CVL")),
]


@pytest.mark.parametrize(("lang", "text", "category", "target"), STRUCK_TOWNS)
def test_a_struck_town_is_its_country_s_civilians(
    extractor: Extractor, lang: str, text: str, category: str, target: tuple[str, str]
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert side(event.target) == target


# A military or police target named next to the trigger makes the struck side MIL or COP; a
# demonym on it gives the country ("Armenian positions").
STRUCK_FORCES = [
    ("en", "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday.", "shelling", ("ARM", "MIL")),
    (
        "fr",
        "L'armée russe a bombardé des positions ukrainiennes près de Koupiansk.",
        "shelling",
        ("UKR", "MIL"),
    ),
    (
        "es",
        "Un dron ruso atacó un convoy militar ucraniano cerca de Járkov el lunes.",
        "airstrike",  # a drone attack is an air strike (see the es lexicon)
        ("UKR", "MIL"),
    ),
    (
        "de",
        "Bewaffnete griffen am Montag eine Polizeiwache in Quetta an und töteten vier Beamte.",
        "assault",
        ("PAK", "COP"),
    ),
    ("ru", "Российская авиация нанесла удар по позициям ВСУ под Купянском.", "airstrike", ("UKR", "MIL")),
    ("tr", "PKK'lı teröristler Hakkari'de bir askeri karakola saldırdı.", "clash", ("TUR", "MIL")),
]


@pytest.mark.parametrize(("lang", "text", "category", "target"), STRUCK_FORCES)
def test_a_named_military_or_police_target_gives_its_sector(
    extractor: Extractor, lang: str, text: str, category: str, target: tuple[str, str]
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert side(event.target) == target


def test_the_attackers_own_troops_are_not_the_target(extractor: Extractor) -> None:
    text = "Russian troops shelled Kherson on Tuesday, killing two people."
    event = only_event(extractor.extract(doc(text, "en")).events, "shelling")
    assert side(event.source) == ("RUS", "MIL")
    assert side(event.target) == ("UKR", "CVL")


# The cause of a passive: the victims before the trigger are the target, the source only an actor
# named with the cause; an unnamed one stays unknown.
CAUSES = [
    (
        "en",
        "Four soldiers were killed by a roadside bomb near Gao on Monday.",
        "assault",
        (None, None),
        ("MLI", "MIL"),
    ),
    (
        "fr",
        "Huit civils ont été tués dimanche par une frappe de drone de l'armée malienne près de Kidal.",
        "airstrike",
        ("MLI", "MIL"),
        ("MLI", "CVL"),
    ),
    (
        "es",
        "Dos civiles murieron el martes por el fuego de artillería ruso contra Nikópol.",
        "shelling",
        ("RUS", "MIL"),
        ("UKR", "CVL"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "sides"), [(c[0], c[1], c[2], c[3:]) for c in CAUSES])
def test_the_victims_of_a_passive_cause_are_the_target(
    extractor: Extractor, lang: str, text: str, category: str, sides: tuple[Any, Any]
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert (side(event.source), side(event.target)) == sides


# A fight's struck side is the source's opponent: rebels facing an army, the army facing rebels.
def test_the_struck_side_of_a_fight_is_the_opponent(extractor: Extractor) -> None:
    army = only_event(
        extractor.extract(doc("The Malian army launched an offensive near Ménaka on Monday.", "en")).events,
        "offensive",
    )
    assert side(army.target) == ("MLI", "REB")
    rebels = only_event(
        extractor.extract(doc("Jihadist fighters launched an offensive near Ménaka on Monday.", "en")).events,
        "offensive",
    )
    assert side(rebels.target) == ("MLI", "MIL")
    interstate = only_event(
        extractor.extract(
            doc("Azerbaijani troops clashed with Armenian forces near Sotk on Tuesday.", "en")
        ).events,
        "clash",
    )
    assert side(interstate.target) == ("ARM", "MIL")


# A protest: civilians (or the opposition) of the place's country against its government; the
# police that disperse it and the government it targets are not its source.
PROTESTS = [
    (
        "en",
        "Thousands of people marched through Belgrade on Saturday demanding new elections.",
        ("SRB", "CVL"),
        ("SRB", "GOV"),
    ),
    (
        "fr",
        "Des jeunes ont manifesté mercredi à Lomé avant d'être dispersés par les forces de l'ordre.",
        ("TGO", "CVL"),
        ("TGO", "GOV"),
    ),
    (
        "es",
        "Miles de personas protestaron el miércoles en Lima contra el Gobierno.",
        ("PER", "CVL"),
        ("PER", "GOV"),
    ),
    ("ru", "В Ереване прошел многотысячный митинг оппозиции.", ("ARM", "OPP"), ("ARM", "GOV")),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), PROTESTS)
def test_a_protest_is_by_civilians_against_their_government(
    extractor: Extractor, lang: str, text: str, source: Any, target: Any
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, "protest")
    assert (side(event.source), side(event.target)) == (source, target)


# A protest's target named without a country (surface words in four languages): the forces that
# break the crowd up stand for the government that sends them; an institution is the place's own.
UNPLACED_TARGETS = [
    ("gendarmerie", "COP", ("SEN", "GOV")),
    ("полиция", "COP", ("SEN", "GOV")),
    ("Soldaten", "MIL", ("SEN", "GOV")),
    ("Parlament", "LEG", ("SEN", "LEG")),
    ("hükümeti", "GOV", ("SEN", "GOV")),
    ("la Cour constitutionnelle", "JUD", ("SEN", "JUD")),
]


@pytest.mark.parametrize(("text", "role", "target"), UNPLACED_TARGETS)
def test_a_protest_target_without_country_is_the_place_s(text: str, role: str, target: Any) -> None:
    place = Location(text="Dakar", name="Dakar", country="SEN")
    named = Actor(text=text, name=text, role=role)
    source, chosen = protest_sides(None, named, place)
    assert (side(source), side(chosen)) == (("SEN", "CVL"), target)


def test_a_protest_target_with_its_country_is_kept() -> None:
    place = Location(text="Dakar", name="Dakar", country="SEN")
    named = Actor(text="l'ambassade de France", name="France", country="FRA", role="GOV")
    assert side(protest_sides(None, named, place)[1]) == ("FRA", "GOV")


def test_a_visited_capital_is_its_government(extractor: Extractor) -> None:
    text = "Le chef de l'État nigérien est arrivé mardi à Bamako pour une visite officielle."
    event = only_event(extractor.extract(doc(text, "fr")).events, "visit")
    assert side(event.target) == ("MLI", "GOV")


def test_no_place_no_struck_side(extractor: Extractor) -> None:
    text = "Unidentified gunmen opened fire on a bus on Tuesday, killing five passengers."
    event = only_event(extractor.extract(doc(text, "en")).events, "assault")
    assert event.target is None or event.target.country is None


def test_struck_roles_are_validated() -> None:
    assert load_argument_knowledge().struck["clash"] == OPPONENT
    assert parse_struck_roles({"airstrike": {"struck_role": "CVL"}, "meeting": {}}) == {"airstrike": "CVL"}
    with pytest.raises(TriggerDataError):
        parse_struck_roles({"airstrike": {"struck_role": "XYZ"}})


# "The army" fighting an armed group of the place's country is that country's army; facing a
# foreign side, its country stays unsaid.
HOME_FORCES = [
    ("es", "Combates entre el Ejército y el ELN en Tame dejan tres soldados muertos.", "COL"),
    ("en", "The army clashed with Houthi fighters near Marib on Monday.", "YEM"),
]


@pytest.mark.parametrize(("lang", "text", "country"), HOME_FORCES)
def test_the_army_fighting_at_home_is_the_place_s(
    extractor: Extractor, lang: str, text: str, country: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, "clash")
    assert side(event.source) == (country, "MIL")


# State forces named without a country that strike the forces of the place's own state are not
# that state's: who attacks is not said ("soldiers ambushed a patrol of the Nigerien army").
OWN_STATE = [
    ("en", "Soldiers ambushed a patrol of the Nigerien army near Tillia on Thursday, killing five.", "clash"),
    ("ru", "В Хасавюрте неизвестные обстреляли пост полиции, ранены двое полицейских.", "shelling"),
    ("ru", "Позиции ВСУ под Покровском в среду атакованы авиацией, сообщили в Генштабе.", "airstrike"),
]


@pytest.mark.parametrize(("lang", "text", "category"), OWN_STATE)
def test_state_forces_do_not_strike_their_own_state(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is None or event.source.country is None
    assert event.target is not None and event.target.country is not None


def test_the_army_facing_a_foreign_side_keeps_no_country(extractor: Extractor) -> None:
    text = "The army clashed with Russian troops near Kupiansk on Monday."
    event = only_event(extractor.extract(doc(text, "en")).events, "clash")
    assert (side(event.source), side(event.target)) == ((None, "MIL"), ("RUS", "MIL"))


# Threats, sanctions and aid take a sector only from a military target noun next to the trigger.
CUED = [
    (
        "en",
        "Houthi leader threatens to resume attacks on U.S. warships in the Red Sea.",
        "threat",
        ("USA", "MIL"),
    ),
    ("fr", "L'UE sanctionne des officiers rwandais et des chefs du M23.", "sanction", ("RWA", "MIL")),
    ("en", "The European Union sanctioned three Iranian companies on Monday.", "sanction", ("IRN", "BUS")),
]


@pytest.mark.parametrize(("lang", "text", "category", "target"), CUED)
def test_a_military_target_noun_gives_the_sector_of_a_threat_or_sanction(
    extractor: Extractor, lang: str, text: str, category: str, target: tuple[str, str | None]
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert side(event.target) == target
