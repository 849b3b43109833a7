"""Passive agents named through a noun of fighters or weapons ("par des drones ukrainiens", "von
Kampfjets der israelischen Luftwaffe", "Rus savaş uçakları tarafından", "беспилотниками ВСУ",
"لهجوم بطائرات مسيرة روسية", "İsrail ordusunca"), an actor that qualifies the agent ("El Kaide
bağlantılı JNIM"), the Arabic noun trigger after a passive auxiliary ("تعرضت المدينة لهجوم"), and
near misses where the noun is no agent's (a comma closes the phrase, a preposition governs the
Russian instrumental)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie.contracts import Event
from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"

# (lang, text, the attacker's (country, role), the struck side's country)
AGENTS_THROUGH_HEADS = [
    (
        "en",
        "A weapons depot near Homs was bombed on Tuesday by fighter jets of the Israeli air force, a war "
        "monitor said.",
        ("ISR", "MIL"),
        "SYR",
    ),
    (
        "fr",
        "Le port d'Odessa a été frappé dans la nuit de lundi à mardi par des missiles russes, selon les "
        "autorités régionales.",
        ("RUS", "MIL"),
        "UKR",
    ),
    (
        "fr",
        "Une raffinerie de Saratov a été attaquée dans la nuit de samedi à dimanche par des drones "
        "ukrainiens, a indiqué le gouverneur.",
        ("UKR", "MIL"),
        "RUS",
    ),
    (
        "es",
        "La refinería de Tuapse fue atacada el miércoles por drones ucranianos, informaron las "
        "autoridades rusas.",
        ("UKR", "MIL"),
        "RUS",
    ),
    (
        "de",
        "Ein Waffenlager bei Homs ist am Dienstag von Kampfjets der israelischen Luftwaffe bombardiert "
        "worden.",
        ("ISR", "MIL"),
        "SYR",
    ),
    (
        "tr",
        "Sumy kenti Pazar günü Rus savaş uçakları tarafından bombalandı.",
        ("RUS", "MIL"),
        "UKR",
    ),
    (
        "tr",
        "Nijer ordusuna ait bir konvoy, Salı günü Tillaberi yakınlarında Boko Haram militanları "
        "tarafından pusuya düşürüldü.",
        ("NER", "REB"),
        "NER",
    ),
    (
        "ru",
        "Село Тёткино в среду было атаковано беспилотниками ВСУ.",
        ("UKR", "MIL"),
        "RUS",
    ),
    (
        "ru",
        "Позиции в Курской области во вторник были обстреляны подразделениями украинской армии.",
        ("UKR", "MIL"),
        "RUS",
    ),
    (
        "ar",
        "تعرضت مدينة سومي الأوكرانية فجر الأحد لهجوم من قبل طائرات مسيرة روسية.",
        ("RUS", "MIL"),
        "UKR",
    ),
]

# (lang, text, the attacker's country, the struck side's country): the Turkish agentive suffix on a
# noun of fighters before the passive verb ("ordusunca", "güçlerince"); "gece boyunca" is no agent
TURKISH_AGENTIVE = [
    ("tr", "Harkiv, Rus güçlerince füzelerle vuruldu.", "RUS", "UKR"),
    ("tr", "Refah, İsrail ordusunca bombalandı.", "ISR", "PSE"),
    ("tr", "Kiev gece boyunca füzelerle vuruldu.", None, "UKR"),
]

# (lang, text, the attacker's (country, role), the struck side's (country, role)): a name right
# before the agent qualifies it ("El Kaide bağlantılı JNIM", "al-Qaeda-linked JNIM")
QUALIFIED_AGENTS = [
    (
        "tr",
        "Mali ordusuna ait bir konvoy, Pazartesi günü Gao yakınlarında El Kaide bağlantılı JNIM "
        "militanları tarafından pusuya düşürüldü.",
        ("MLI", "REB"),
        ("MLI", "MIL"),
    ),
]

# (lang, text, the struck side's country, the attacker's country): a passive auxiliary before an
# Arabic noun trigger makes its subject the side struck, the demonym right after the trigger the attacker
ARABIC_AUXILIARY = [
    (
        "ar",
        "تعرضت مدينة خاركيف الأوكرانية لهجوم بطائرات مسيرة روسية فجر الأربعاء، بحسب رئيس البلدية.",
        "UKR",
        "RUS",
    ),
    (
        "ar",
        "تعرضت مدينة زابوريجيا الأوكرانية لقصف صاروخي روسي ليل الاثنين، وفق الإدارة العسكرية.",
        "UKR",
        "RUS",
    ),
]

# (lang, text, a country that is no attacker): the weapons' noun is no agent's
NOT_AGENTS = [
    # a comma closes the agent's phrase: the region is where the governor speaks from
    (
        "en",
        "A fuel depot was struck on Monday by drones, the governor of the Russian region of Belgorod said.",
        "RUS",
    ),
    # a preposition governs the instrumental: "под ракетами" is under fire, not by whom
    ("ru", "Жители Харькова снова оказались под ракетами, дома были разрушены в понедельник.", "UKR"),
]


def _fight(events: list[Event]) -> Event:
    fights = [e for e in alertable(events) if e.plover in {"FIGHT", "ASSAULT"}]
    assert fights, events
    return fights[0]


@pytest.mark.parametrize(("lang", "text", "attacker", "struck"), AGENTS_THROUGH_HEADS)
def test_an_agent_named_through_its_fighters_or_weapons_is_the_source(
    extractor: Extractor, lang: str, text: str, attacker: tuple[str, str], struck: str
) -> None:
    event = _fight(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert side(event.source) == attacker, text
    assert event.target is not None and event.target.country == struck, text


@pytest.mark.parametrize(("lang", "text", "attacker", "struck"), QUALIFIED_AGENTS)
def test_a_name_that_qualifies_the_agent_is_no_target(
    extractor: Extractor, lang: str, text: str, attacker: tuple[str, str], struck: tuple[str, str]
) -> None:
    event = _fight(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert side(event.source) == attacker
    assert side(event.target) == struck


@pytest.mark.parametrize(("lang", "text", "struck", "attacker"), ARABIC_AUXILIARY)
def test_the_subject_of_an_arabic_passive_auxiliary_is_struck(
    extractor: Extractor, lang: str, text: str, struck: str, attacker: str
) -> None:
    event = _fight(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert event.source is not None and event.source.country == attacker
    assert event.target is not None and event.target.country == struck


@pytest.mark.parametrize(("lang", "text", "country"), NOT_AGENTS)
def test_a_weapon_noun_outside_the_agents_phrase_names_no_attacker(
    extractor: Extractor, lang: str, text: str, country: str
) -> None:
    for event in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events):
        assert event.source is None or event.source.country != country, text


@pytest.mark.parametrize(("lang", "text", "attacker", "struck"), TURKISH_AGENTIVE)
def test_a_turkish_agentive_noun_names_the_attacker(
    extractor: Extractor, lang: str, text: str, attacker: str | None, struck: str
) -> None:
    event = _fight(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert (event.source.country if event.source else None) == attacker
    assert event.target is not None and event.target.country == struck
