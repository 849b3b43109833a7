"""Sides and sectors: the sector a bare country or capital takes from its event, agentless passives,
accusations, supporters in apposition, and the data files that hold these cues."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import alertable, doc, only_event, side

from vigie_extractor.core import Extractor
from vigie_extractor.core.arguments import (
    ROLES,
    load_argument_knowledge,
    parse_argument_cues,
    parse_default_roles,
)
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.triggers import TriggerDataError, load_categories

# (lang, text, category, source (country, role), target (country, role)): the text names the sides
# only by a country, a capital or a demonym; the sector comes from what they do.
BARE_SIDES = [
    (
        "en",
        "Moscow launched a ground offensive against Ukrainian positions near Pokrovsk on Monday.",
        "offensive",
        ("RUS", "MIL"),
        ("UKR", "MIL"),
    ),
    (
        "fr",
        "Moscou a lancé lundi une offensive terrestre contre les positions ukrainiennes près de Pokrovsk.",
        "offensive",
        ("RUS", "MIL"),
        ("UKR", "MIL"),
    ),
    (
        "es",
        "Nigeria y Chad firmaron un alto el fuego el lunes en Abuja.",
        "ceasefire",
        ("NGA", "GOV"),
        ("TCD", "GOV"),
    ),
    ("de", "Peking verhängte am Montag Sanktionen gegen Litauen.", "sanction", ("CHN", "GOV"), ("LTU", None)),
    ("tr", "Ankara, Bağdat ile telefonda görüştü.", "phone_call", ("TUR", "GOV"), ("IRQ", "GOV")),
    # a local armed group without a country word takes the country of the event place; the town
    # it took is its country's (held by the military unless the text says otherwise)
    (
        "en",
        "Rebels seized the town of Bunia in Ituri province on Monday.",
        "capture",
        ("COD", "REB"),
        ("COD", "MIL"),
    ),
    (
        "en",
        "Ukrainian President Volodymyr Zelensky held a phone call with his Polish counterpart on Monday.",
        "phone_call",
        ("UKR", "GOV"),
        ("POL", "GOV"),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "category", "sides"), [(c[0], c[1], c[2], c[3:]) for c in BARE_SIDES]
)
def test_a_bare_country_takes_the_sector_of_its_event(
    extractor: Extractor, lang: str, text: str, category: str, sides: tuple[Any, Any]
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert (side(event.source), side(event.target)) == sides
    assert event.source is not None and event.source.code == "".join(p for p in sides[0] if p)


# Explicit sectors of the lexicon are kept: rebels stay REB when they fight, a ministry stays GOV.
EXPLICIT = [
    ("en", "Houthi rebels fired missiles at Israel on Tuesday.", "missile_strike", "REB"),
    ("fr", "Les forces russes ont bombardé Kharkiv mardi.", "shelling", "MIL"),
    ("ru", "Министерство иностранных дел Китая призвало стороны к сдержанности.", "appeal", "GOV"),
]


@pytest.mark.parametrize(("lang", "text", "category", "role"), EXPLICIT)
def test_an_explicit_sector_is_kept(
    extractor: Extractor, lang: str, text: str, category: str, role: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.role == role


# (lang, text, target country): nobody is named as the attacker; the victim is the target.
AGENTLESS = [
    ("en", "A Nigerian army patrol was ambushed near Maiduguri on Sunday.", "NGA"),
    ("fr", "Un convoi de l'armée malienne a été attaqué dimanche près de Gao.", "MLI"),
    ("es", "Una patrulla del ejército colombiano fue emboscada el domingo cerca de Tumaco.", "COL"),
    ("de", "Ein Konvoi der kongolesischen Armee ist am Sonntag bei Beni angegriffen worden.", "COD"),
    ("ru", "Российский военный аэродром атакован беспилотниками в воскресенье.", "RUS"),
    ("tr", "Irak ordusunun bir karakolu pazar günü Kerkük yakınlarında saldırıya uğradı.", "IRQ"),
]


@pytest.mark.parametrize(("lang", "text", "target"), AGENTLESS)
def test_an_agentless_passive_attack_has_no_source(
    extractor: Extractor, lang: str, text: str, target: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events, "the attack is an event"
    for event in events:
        assert event.source is None or event.source.country is None, event
        assert event.target is not None and event.target.country == target


# (lang, text): Armenia accuses Azerbaijan of an attack on its territory.
ACCUSATIONS = [
    ("en", "Armenia accused Azerbaijan of shelling Armenian villages near Jermuk on Tuesday."),
    ("fr", "L'Arménie a accusé l'Azerbaïdjan d'avoir bombardé des villages arméniens près de Jermuk."),
    ("es", "Armenia acusó a Azerbaiyán de bombardear aldeas armenias cerca de Jermuk."),
    ("ru", "Армения обвинила Азербайджан в обстреле армянских сел под Джермуком."),
]


@pytest.mark.parametrize(("lang", "text"), ACCUSATIONS)
def test_the_accused_is_the_source_and_the_accuser_the_target(
    extractor: Extractor, lang: str, text: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, "shelling")
    assert side(event.source)[0] == "AZE"
    assert side(event.target)[0] == "ARM"


# (lang, text, source country): a supporter in apposition is not the one who fights.
SUPPORTERS = [
    ("en", "Somali troops backed by Ugandan soldiers clashed with al-Shabaab fighters near Baidoa.", "SOM"),
    (
        "fr",
        "Les soldats maliens, appuyés par des instructeurs russes, ont affronté des jihadistes près de Gao.",
        "MLI",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source"), SUPPORTERS)
def test_a_supporter_in_apposition_is_not_a_side(
    extractor: Extractor, lang: str, text: str, source: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, "clash")
    assert side(event.source)[0] == source


def test_every_category_names_a_known_sector_for_bare_sides() -> None:
    roles = load_argument_knowledge().roles
    assert set(roles) == set(load_categories())
    assert all(r is None or r in ROLES for pair in roles.values() for r in pair)
    assert roles["clash"] == ("MIL", "MIL") and roles["visit"] == ("GOV", "GOV")


def test_every_language_has_argument_cues() -> None:
    cues = load_argument_knowledge().cues
    assert set(cues) == set(LANGUAGES)
    assert all(c.accuse is not None and c.support is not None for c in cues.values())


@pytest.mark.parametrize(
    "raw",
    [
        [],
        {"en": {"passive_before": "was"}},
        {"en": {"passive_before": ["(unclosed"]}},
        {"en": {"passive_reach": 99}},
        {"en": {"unknown_cue": ["x"]}},
    ],
)
def test_bad_argument_cues_are_rejected(raw: Any) -> None:
    with pytest.raises(TriggerDataError):
        parse_argument_cues(raw)


def test_an_unknown_default_sector_is_rejected() -> None:
    with pytest.raises(TriggerDataError):
        parse_default_roles({"clash": {"source_role": "ARMY", "target_role": None}})
    assert parse_default_roles({"clash": {"source_role": "MIL"}}) == {"clash": ("MIL", None)}


# (lang, text, visitor, host): a host verb in the active or the passive voice; the visitor is the
# source of the visit either way.
HOSTED = [
    (
        "en",
        "Egyptian President Abdel Fattah al-Sisi received Jordan's King Abdullah II in Cairo on Monday.",
        "JOR",
        "EGY",
    ),
    ("fr", "Le Premier ministre irakien a été reçu mardi à l'Élysée par Emmanuel Macron.", "IRQ", "FRA"),
    (
        "tr",
        "Azerbaycan Cumhurbaşkanı İlham Aliyev, Ankara'da Cumhurbaşkanı Recep Tayyip Erdoğan tarafından "
        "karşılandı.",
        "AZE",
        "TUR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "visitor", "host"), HOSTED)
def test_the_visitor_of_a_host_verb_is_the_source(
    extractor: Extractor, lang: str, text: str, visitor: str, host: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, "visit")
    assert (side(event.source), side(event.target)) == ((visitor, "GOV"), (host, "GOV"))


# German puts the verb last in the perfect: the subject is the first actor of the clause, unless a
# comma opens a reported clause with its own subject.
CLAUSE_FINAL = [
    (
        "Pakistanische Artillerie hat am Dienstag afghanische Grenzposten in Kunar unter Feuer genommen.",
        "shelling",
        "PAK",
        "AFG",
    ),
    (
        "Die Niederlande haben der Ukraine am Freitag weitere Haubitzen übergeben.",
        "military_aid",
        "NLD",
        "UKR",
    ),
    (
        "Kiew erklärte, russische Truppen hätten ukrainische Stellungen bei Charkiw beschossen.",
        "shelling",
        "RUS",
        "UKR",
    ),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), CLAUSE_FINAL)
def test_german_clause_final_verbs_take_the_first_actor_as_subject(
    extractor: Extractor, text: str, category: str, source: str, target: str
) -> None:
    event = only_event(extractor.extract(doc(text, "de")).events, category)
    assert (side(event.source)[0], side(event.target)[0]) == (source, target)


# (lang, text, source, target): a meeting of three or more states is one IGO side without a
# country; a bilateral one keeps its first-named party as the source.
MEETINGS = [
    (
        "fr",
        "Les ministres des Affaires étrangères du Sénégal, de la Guinée et de la Mauritanie se sont réunis "
        "lundi à Dakar.",
        (None, "IGO"),
        (None, None),
    ),
    (
        "de",
        "Die Außenminister Frankreichs, Polens und Deutschlands sind am Montag in Weimar zusammengekommen.",
        (None, "IGO"),
        (None, None),
    ),
    (
        "es",
        "Los cancilleres de Perú, Chile y Bolivia se reunieron el lunes en Lima.",
        (None, "IGO"),
        (None, None),
    ),
    ("es", "Los cancilleres de Perú y Chile se reunieron el lunes en Lima.", ("PER", "GOV"), ("CHL", "GOV")),
    (
        "en",
        "Turkish Foreign Minister Hakan Fidan and his Greek counterpart met in Athens on Monday.",
        ("TUR", "GOV"),
        ("GRC", "GOV"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), MEETINGS)
def test_meetings_are_bilateral_or_multilateral(
    extractor: Extractor, lang: str, text: str, source: tuple[Any, Any], target: tuple[Any, Any]
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, "meeting")
    assert (side(event.source), side(event.target)) == (source, target)
