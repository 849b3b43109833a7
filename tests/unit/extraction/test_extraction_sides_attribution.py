"""Sides named by attribution: attackers the text does not identify ("gunmen", "hommes armés") have
no country, not the place's; a victim who "met his death" ("لقي مصرعه") is not the attacker; a
headline label ("Moscou : ...") is the target of an act whose clause names only its author."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _one(events: list[Event], category: str) -> Event:
    """The event of ``category`` with the most sides named (a noun like "gunmen" may be a second
    trigger of the same attack)."""
    found = [e for e in alertable(events) if e.category == category]
    assert found, [(e.category, e.evidence.trigger) for e in events]
    return max(found, key=lambda e: (e.source is not None) + (e.target is not None))


# (lang, text, category, country of the struck side)
UNIDENTIFIED = [
    (
        "en",
        "A police officer was shot dead by gunmen in the Mexican city of Culiacan on Monday.",
        "assault",
        "MEX",
    ),
    (
        "fr",
        "Des hommes armés ont ouvert le feu lundi sur des policiers à Bamako, au Mali, tuant deux agents.",
        "assault",
        "MLI",
    ),
    (
        "es",
        "Dos policías fueron asesinados el lunes por hombres armados en Culiacán, en el norte de México.",
        "assault",
        "MEX",
    ),
    (
        "de",
        "Unbekannte Bewaffnete haben am Montag in der mexikanischen Stadt Culiacán Polizisten erschossen.",
        "assault",
        "MEX",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "struck"), UNIDENTIFIED)
def test_unidentified_attackers_take_no_country_from_the_place(
    extractor: Extractor, lang: str, text: str, category: str, struck: str
) -> None:
    event = _one(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.role == "REB"
    assert event.source.country is None
    assert event.target is not None and event.target.country == struck


def test_rebels_still_take_the_place_country(extractor: Extractor) -> None:
    text = "Rebels attacked an army base near Goma in eastern Congo on Monday."
    event = _one(extractor.extract(doc(text, "en")).events, "clash")
    assert event.source is not None and event.source.country == "COD"


def test_a_victim_who_met_his_death_is_not_the_attacker(extractor: Extractor) -> None:
    text = "لقي ضابط في الشرطة العراقية مصرعه برصاص مسلحين مجهولين في مدينة الموصل يوم الاثنين."
    event = _one(extractor.extract(doc(text, "ar")).events, "assault")
    assert event.target is not None and (event.target.country, event.target.role) == ("IRQ", "COP")
    assert event.source is None or event.source.country is None


# (lang, title, category, (source country, target country))
LABELS = [
    ("fr", "Moscou : l'Ukraine a violé la trêve énergétique", "ceasefire_violation", ("UKR", "RUS")),
    ("fr", "Iran : l'UE adopte de nouvelles sanctions", "sanction", (None, "IRN")),
    ("en", "Tehran: EU imposes new sanctions on drone makers", "sanction", (None, "IRN")),
    ("tr", "Moskova: Kiev enerji ateşkesini ihlal etti", "ceasefire_violation", ("UKR", "RUS")),
]


@pytest.mark.parametrize(("lang", "title", "category", "countries"), LABELS)
def test_a_headline_label_is_the_target_of_a_sourced_act(
    extractor: Extractor, lang: str, title: str, category: str, countries: tuple[str | None, str]
) -> None:
    event = _one(extractor.extract(doc(title, lang)).events, category)
    source, target = countries
    assert event.source is None or event.source.country == source
    assert event.target is not None and event.target.country == target


def test_a_label_of_the_army_s_own_country_is_not_its_target(extractor: Extractor) -> None:
    title = "Soudan : l'armée lance une offensive pour reprendre Bara"
    event = _one(extractor.extract(doc(title, "fr")).events, "offensive")
    assert event.target is None or event.target.country != "SDN" or event.source is not None


# (lang, text, category, (source country, target country)): a donor named before its recipient, and
# a receiving verb that makes its subject the target
GIVEN_AND_RECEIVED = [
    ("ru", "Норвегия выделит Украине дополнительную военную помощь.", "military_aid", ("NOR", "UKR")),
    ("ru", "США выделят Израилю новый пакет военной помощи.", "military_aid", ("USA", "ISR")),
    (
        "ar",
        "تلقى ولي العهد السعودي اتصالاً هاتفياً من الرئيس الإيراني مساء الأحد.",
        "phone_call",
        ("IRN", "SAU"),
    ),
    (
        "ar",
        "تسلم الجيش اللبناني يوم الأربعاء دفعة جديدة من المساعدات العسكرية الأمريكية.",
        "military_aid",
        ("USA", "LBN"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "countries"), GIVEN_AND_RECEIVED)
def test_the_giver_is_the_source_of_aid_and_calls(
    extractor: Extractor, lang: str, text: str, category: str, countries: tuple[str, str]
) -> None:
    events = [e for e in extractor.extract(doc(text, lang)).events if e.category == category]
    assert events, text
    event = events[0]
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.target.country) == countries


# (lang, text, category): the interceptor is the target, the launcher the source
INTERCEPTIONS = [
    (
        "de",
        "Die israelische Armee hat am Mittwoch eine aus dem Jemen abgefeuerte Rakete abgefangen.",
        "missile_strike",
    ),
    (
        "ru",
        "Израильская армия в среду перехватила баллистическую ракету, выпущенную из Йемена.",
        "missile_strike",
    ),
    ("ar", "أعلن الجيش الإسرائيلي فجر الأربعاء اعتراض صاروخ باليستي أطلق من اليمن.", "missile_strike"),
    (
        "tr",
        "İsrail ordusu, Yemen'den fırlatılan bir balistik füzenin çarşamba sabahı önlendiğini açıkladı.",
        "missile_strike",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category"), INTERCEPTIONS)
def test_the_launcher_of_an_intercepted_missile_is_the_source(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = [e for e in extractor.extract(doc(text, lang)).events if e.category == category]
    assert events, text
    assert events[0].source is not None and events[0].source.country == "YEM"
    assert events[0].target is not None and events[0].target.country == "ISR"


# (lang, text, category): a demonym on the noun trigger is its agent, even after "bei"/"under"
DEMONYM_AGENTS = [
    ("en", "A humanitarian convoy came under Russian artillery fire on Wednesday near Kherson.", "shelling"),
    (
        "de",
        "Bei russischem Artilleriebeschuss der Stadt Cherson sind drei Zivilisten getötet worden.",
        "shelling",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category"), DEMONYM_AGENTS)
def test_a_demonym_on_the_trigger_is_the_attacker(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    event = _one(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.country == "RUS"
    assert event.target is not None and event.target.country == "UKR"
