"""Countries of sides the sentence leaves implicit: an official named by the office alone takes the
country that office was given earlier in the article ("Le chef de la diplomatie britannique ..." then
"Le chef de la diplomatie est arrivé"); displaced people struck in a camp are of the place's
country; a demonym after a person and a comma is another side ("Hakan Fidan, Mısırlı mevkidaşı")."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _only(events: list[Event], category: str) -> Event:
    found = [e for e in alertable(events) if e.category == category]
    assert found, [(e.category, e.factuality, e.evidence.trigger) for e in events]
    return found[0]


# (lang, title, text, (country of the visitor, country of the host))
OFFICE_NAMED_BEFORE = [
    (
        "en",
        "Turkey's foreign minister in Baghdad",
        "The foreign minister arrived in Baghdad on Monday for talks with the Iraqi prime minister.",
        ("TUR", "IRQ"),
    ),
    (
        "es",
        "El canciller colombiano viaja a Caracas",
        "El canciller llegó este lunes a Caracas para reunirse con su homólogo venezolano.",
        ("COL", "VEN"),
    ),
    (
        "fr",
        "Le chef de la diplomatie britannique à Ankara",
        "Le chef de la diplomatie est arrivé lundi à Ankara pour des entretiens avec le président turc.",
        ("GBR", "TUR"),
    ),
    (
        "ar",
        "وزير الخارجية القطري في بيروت",
        "وصل وزير الخارجية، الاثنين، إلى بيروت في زيارة رسمية يلتقي خلالها الرئيس اللبناني.",
        ("QAT", "LBN"),
    ),
    (
        "ru",
        "Глава МИД Ирана прибыл в Москву",
        "Глава МИД в понедельник прибыл в Москву, где проведет переговоры с российским коллегой.",
        ("IRN", "RUS"),
    ),
    (
        "tr",
        "Rusya Dışişleri Bakanı Ankara'da",
        "Dışişleri Bakanı pazartesi günü resmi ziyaret için Ankara'ya geldi.",
        ("RUS", "TUR"),
    ),
    (
        "de",
        "Verteidigungsminister Pistorius in Vilnius",
        "Der Minister ist am Montag zu einem Besuch in Vilnius eingetroffen.",
        ("DEU", "LTU"),
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "sides"), OFFICE_NAMED_BEFORE)
def test_an_office_named_alone_takes_the_country_it_was_given_before(
    extractor: Extractor, lang: str, title: str, text: str, sides: tuple[str, str]
) -> None:
    visitor, host = sides
    event = _only(extractor.extract(doc(text, lang, title=title)).events, "visit")
    assert event.source is not None and event.source.country == visitor, event.source
    assert event.target is not None and event.target.country == host, event.target


def test_an_office_named_alone_with_no_earlier_country_stays_without_one(extractor: Extractor) -> None:
    text = "The foreign minister arrived in Baghdad on Monday for talks with the Iraqi prime minister."
    event = _only(extractor.extract(doc(text, "en")).events, "visit")
    assert event.source is not None and event.source.country is None, event.source


# (lang, text): displaced people in a camp near El Fasher are Sudanese civilians of the place
DISPLACED = [
    ("en", "The Rapid Support Forces shelled a camp for displaced people near El Fasher on Sunday."),
    ("fr", "Les Forces de soutien rapide ont bombardé dimanche un camp de déplacés près d'El-Facher."),
    (
        "es",
        "Las Fuerzas de Apoyo Rápido bombardearon el domingo un campamento de desplazados cerca de "
        "El Fasher.",
    ),
    ("ru", "Силы быстрого реагирования в воскресенье обстреляли лагерь для беженцев под Эль-Фашером."),
    ("ar", "قصفت قوات الدعم السريع، الأحد، مخيما للنازحين قرب الفاشر."),
]


@pytest.mark.parametrize(("lang", "text"), DISPLACED)
def test_displaced_people_struck_are_of_the_place_country(extractor: Extractor, lang: str, text: str) -> None:
    event = _only(extractor.extract(doc(text, lang)).events, "shelling")
    assert event.source is not None and event.source.country == "SDN"
    assert event.target is not None and event.target.country == "SDN", event.target


# (text, counterpart's country): the demonym after the comma is the counterpart, not the minister
COUNTERPARTS = [
    ("Dışişleri Bakanı Hakan Fidan, Mısırlı mevkidaşı ile salı günü telefonda görüştü.", "EGY"),
    ("Dışişleri Bakanı Hakan Fidan, İranlı mevkidaşı Abbas Arakçi ile telefonda görüştü.", "IRN"),
]


@pytest.mark.parametrize(("text", "other"), COUNTERPARTS)
def test_a_foreign_demonym_after_a_person_is_another_side(
    extractor: Extractor, text: str, other: str
) -> None:
    event = _only(extractor.extract(doc(text, "tr")).events, "phone_call")
    assert event.source is not None and event.source.country == "TUR", event.source
    assert event.target is not None and event.target.country == other, event.target


def test_a_demonym_of_the_person_own_state_stays_in_the_mention(extractor: Extractor) -> None:
    text = "Foreign Minister Hakan Fidan, Turkish diplomat, spoke by phone with Sergei Lavrov on Tuesday."
    event = _only(extractor.extract(doc(text, "en")).events, "phone_call")
    assert event.source is not None and event.source.country == "TUR"
    assert event.target is not None and event.target.country == "RUS"


# (lang, text, giver, receiver): "his country", "بلاده" is the state of the official who speaks
OWN_COUNTRY = [
    (
        "ar",
        "أعلن وزير الدفاع التركي، الثلاثاء، أن بلاده سلّمت الجيش الصومالي دفعة جديدة من المدرعات.",
        "TUR",
        "SOM",
    ),
    (
        "en",
        "The Czech defence minister said on Monday that his country would deliver more shells to Ukraine.",
        "CZE",
        "UKR",
    ),
    (
        "es",
        "El ministro de Defensa polaco anunció el lunes que su país entregará más munición a Ucrania.",
        "POL",
        "UKR",
    ),
    (
        "ru",
        "Министр обороны Польши заявил в понедельник, что его страна передаст Украине новые снаряды.",
        "POL",
        "UKR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "giver", "receiver"), OWN_COUNTRY)
def test_his_country_is_the_speaker_state(
    extractor: Extractor, lang: str, text: str, giver: str, receiver: str
) -> None:
    found = [e for e in extractor.extract(doc(text, lang)).events if e.category == "military_aid"]
    assert found, [(e.category, e.evidence.trigger) for e in extractor.extract(doc(text, lang)).events]
    assert found[0].source is not None and found[0].source.country == giver, found[0].source
    assert found[0].target is not None and found[0].target.country == receiver, found[0].target


# (lang, title, text): a bare "the army" takes the country of the headline's label
LABELLED_ARMY = [
    (
        "en",
        "Mali: army launches major offensive",
        "The army launched a major offensive against jihadist groups on Monday.",
    ),
    (
        "fr",
        "Mali : l'armée lance une vaste offensive",
        "L'armée a lancé lundi une vaste offensive contre les groupes jihadistes, a annoncé l'état-major.",
    ),
    (
        "es",
        "Malí: el Ejército lanza una amplia ofensiva",
        "El Ejército lanzó el lunes una amplia ofensiva contra los grupos yihadistas, informó el "
        "estado mayor.",
    ),
    (
        "de",
        "Mali: Armee startet große Offensive",
        "Die Armee hat am Montag eine große Offensive gegen dschihadistische Gruppen gestartet.",
    ),
    (
        "ru",
        "Мали: армия начала масштабное наступление",
        "Армия в понедельник начала масштабное наступление против джихадистских группировок.",
    ),
    ("ar", "مالي: الجيش يطلق هجوما واسعا", "أطلق الجيش، الاثنين، هجوما واسعا على الجماعات المسلحة."),
    (
        "tr",
        "Mali: Ordu kapsamlı bir saldırı başlattı",
        "Ordu pazartesi günü cihatçı gruplara karşı kapsamlı bir saldırı başlattı.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), LABELLED_ARMY)
def test_a_bare_army_takes_the_headline_label_country(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    found = [e for e in extractor.extract(doc(text, lang, title=title)).events if e.category == "offensive"]
    assert found, lang
    assert found[0].source is not None and (found[0].source.country, found[0].source.role) == ("MLI", "MIL")


def test_a_bare_army_takes_the_country_it_was_given_before(extractor: Extractor) -> None:
    text = (
        "The Nigerien army said on Sunday it had lost two soldiers in an ambush. On Monday the army "
        "launched a major offensive against jihadist groups."
    )
    event = _only(extractor.extract(doc(text, "en")).events, "offensive")
    assert event.source is not None and (event.source.country, event.source.role) == ("NER", "MIL")


def test_a_bare_body_never_takes_the_other_side_country(extractor: Extractor) -> None:
    title = "Liban : frappes israéliennes près de Tyr"
    text = (
        "L'aviation israélienne a mené lundi des frappes contre des positions militaires près de Tyr, a "
        "rapporté l'agence officielle libanaise."
    )
    event = _only(extractor.extract(doc(text, "fr", title=title)).events, "airstrike")
    assert event.source is not None and event.source.country == "ISR"
    assert event.target is None or event.target.country != "ISR", event.target
