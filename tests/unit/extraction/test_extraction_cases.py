"""Sides marked by case endings (Turkish ablative source, dative target, accusative object of a
protest, owner with "ait"; the Russian dative recipient) and attacks on rallies in every language."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.cases import parse_case_rules
from vigie_extractor.core.triggers import TriggerDataError

MARKED = [
    ("Kuzey Kore'den Güney Kore'ye 'acımasız saldırı' tehdidi", "threat", "PRK", "KOR"),
    ("Rusya'dan Ukrayna'ya füze saldırısı: beş ölü", "missile_strike", "RUS", "UKR"),
    ("Almanya'dan Ukrayna'ya yeni hava savunma sistemi teslim edildi", "military_aid", "DEU", "UKR"),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), MARKED)
def test_ablative_is_the_source_and_dative_the_target(
    extractor: Extractor, text: str, category: str, source: str, target: str
) -> None:
    events = [e for e in alertable(extractor.extract(doc(text, "tr")).events) if e.category == category]
    assert events, [(e.category, e.factuality) for e in extractor.extract(doc(text, "tr")).events]
    (event,) = events
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.target.country) == (source, target)


def test_a_dative_right_before_the_trigger_is_the_target_not_a_country_of_a_condition(
    extractor: Extractor,
) -> None:
    text = (
        "Kuzey Kore, ABD ile Güney Kore'nin sınır yakınında tatbikat düzenlemesi halinde Güney Kore'ye "
        "askeri saldırı düzenlemekle tehdit etti."
    )
    threats = [e for e in extractor.extract(doc(text, "tr")).events if e.category == "threat"]
    assert threats and all(e.target is not None and e.target.country == "KOR" for e in threats)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"categories": "threat"},
        {"categories": ["threat"], "tr": {"source": "'den"}},
        {"categories": ["threat"], "tr": {"source": "(", "target": "'ye"}},
        {"categories": ["threat"], "ru": {"target": "у", "genitive": "ы"}},
        {"categories": ["threat"], "ru": {"target": "у", "kinds": "country"}},
        {"categories": ["threat"], "object_categories": "protest", "tr": {"target": "'ye"}},
    ],
)
def test_a_bad_cases_file_is_refused(data: object) -> None:
    with pytest.raises(TriggerDataError, match=r"cases\.yaml"):
        parse_case_rules(data)


def _sides(extractor: Extractor, text: str, lang: str, category: str) -> list[tuple[str | None, str | None]]:
    events = [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.category == category]
    assert events, [(e.category, e.factuality) for e in extractor.extract(doc(text, lang)).events]
    return [(e.source.country if e.source else None, e.target.country if e.target else None) for e in events]


# (text, category, source, target): a Russian dative without a preposition is the recipient, whatever
# the word order; after a preposition ("на Украине"), an accusation verb or as a demonym it is not.
RU_DATIVE = [
    ("Япония передаст Филиппинам патрульные катера для береговой охраны.", "military_aid", "JPN", "PHL"),
    ("Филиппинам Япония передаст патрульные катера.", "military_aid", "JPN", "PHL"),
    ("Украине США выделят новый пакет военной помощи.", "military_aid", "USA", "UKR"),
    ("Украине выделят новый пакет военной помощи, сообщил Пентагон.", "military_aid", None, "UKR"),
    ("Южной Корее КНДР пригрозила ядерным ударом.", "threat", "PRK", "KOR"),
    ("На Украине США выделят новый пакет военной помощи.", "military_aid", "USA", None),
    ("Российские беспилотники в ночь на понедельник атаковали ТЭЦ в Харькове.", "airstrike", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), RU_DATIVE)
def test_a_russian_dative_without_preposition_is_the_recipient(
    extractor: Extractor, text: str, category: str, source: str | None, target: str | None
) -> None:
    assert _sides(extractor, text, "ru", category)[0] == (source, target)


# (text, target): the accusative object of "protesto etti" is protested against, not the protesters
TR_PROTEST_OBJECT = [
    ("Amman'da binlerce kişi İsrail büyükelçiliği önünde toplanarak İsrail'i protesto etti.", "ISR"),
    ("Binlerce kişi ABD'yi protesto etti.", "USA"),
    ("Berlin'de yüzlerce kişi Rusya'yı protesto etti.", "RUS"),
]


@pytest.mark.parametrize(("text", "target"), TR_PROTEST_OBJECT)
def test_the_accusative_object_of_a_turkish_protest_is_its_target(
    extractor: Extractor, text: str, target: str
) -> None:
    source, got = _sides(extractor, text, "tr", "protest")[0]
    assert (got, source != target) == (target, True)


# (text, category, source, target): "X'e ait" owns the thing struck, unless it owns the weapons
TR_OWNER = [
    ("Karadeniz'de Rusya'ya ait bir tankere İHA saldırısı düzenlendi.", "airstrike", None, "RUS"),
    ("Rusya'ya ait bir savaş gemisi gece Karadeniz'de İHA saldırısına uğradı.", "airstrike", None, "RUS"),
    (
        "Ukrayna'ya ait İHA'ların Rusya'nın Belgorod bölgesindeki trafo merkezini vurduğunu vali bildirdi.",
        "airstrike",
        "UKR",
        "RUS",
    ),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), TR_OWNER)
def test_a_turkish_owner_is_the_side_struck_not_the_attacker(
    extractor: Extractor, text: str, category: str, source: str | None, target: str
) -> None:
    assert _sides(extractor, text, "tr", category)[0] == (source, target)


# (lang, text): an attack on a rally, a march or a protest is an attack, and no protest
ATTACKED_GATHERINGS = [
    ("en", "A suicide bomber struck an opposition rally in Peshawar on Monday, killing 12 people."),
    ("ru", "Теракт на митинге в Карачи: погибли 10 человек."),
    ("ru", "Во время акции протеста в Багдаде в понедельник прогремел взрыв, погибли три человека."),
    ("ru", "Смертник подорвал себя во вторник на предвыборном митинге в Кветте, погибли 14 человек."),
    ("tr", "Peşaver'de mitingde intihar saldırısı: 12 kişi hayatını kaybetti."),
    ("es", "Un atentado con coche bomba contra una manifestación en Bagdad deja ocho muertos."),
    ("fr", "Un attentat-suicide contre un rassemblement de l'opposition a fait 12 morts à Peshawar."),
    ("de", "Bei einem Anschlag auf eine Kundgebung in Bagdad wurden am Montag acht Menschen getötet."),
    ("ar", "هجوم على مظاهرة في الخرطوم يسفر عن مقتل 5 أشخاص."),
]


@pytest.mark.parametrize(("lang", "text"), ATTACKED_GATHERINGS)
def test_an_attack_on_a_rally_is_an_attack_and_no_protest(extractor: Extractor, lang: str, text: str) -> None:
    categories = {e.category for e in alertable(extractor.extract(doc(text, lang)).events)}
    assert "protest" not in categories
    assert categories & {"assault", "airstrike", "missile_strike", "shelling"}


# (lang, text): real protests, some of them met by the police, stay protests
PROTESTS = [
    ("en", "Police fired tear gas at protesters in Nairobi on Tuesday."),
    ("ru", "В Москве прошёл митинг против мобилизации."),
    ("tr", "Göstericiler polise taş attı, protestoda polis göstericilere saldırdı."),
    ("es", "Miles de personas marcharon en Bogotá contra la reforma tributaria."),
    ("fr", "Des milliers de manifestants ont défilé à Paris contre la réforme des retraites."),
]


@pytest.mark.parametrize(("lang", "text"), PROTESTS)
def test_a_protest_that_no_attack_strikes_stays_a_protest(extractor: Extractor, lang: str, text: str) -> None:
    assert "protest" in {e.category for e in alertable(extractor.extract(doc(text, lang)).events)}


# (lang, text): the party whose rally is attacked is the target of the attack, not its author
ATTACKED_OWNERS = [
    (
        "fr",
        "Un kamikaze s'est fait exploser mardi lors d'un rassemblement de l'opposition à Quetta.",
    ),
    ("tr", "Peşaver'de muhalefet mitingine düzenlenen bombalı saldırıda 12 kişi hayatını kaybetti."),
    (
        "de",
        "Bei einem Anschlag auf eine Kundgebung der Opposition in Peschawar wurden zwölf Menschen getötet.",
    ),
    ("ru", "Смертник подорвал себя на митинге оппозиции в Пешаваре, погибли 12 человек."),
    ("tr", "Pakistan'da muhalefet mitingine bombalı saldırı: 14 ölü"),
]


@pytest.mark.parametrize(("lang", "text"), ATTACKED_OWNERS)
def test_the_party_of_an_attacked_rally_is_the_target(extractor: Extractor, lang: str, text: str) -> None:
    (event,) = [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.category == "assault"]
    assert event.source is None
    assert event.target is not None and (event.target.country, event.target.role) == ("PAK", "OPP")


def test_an_attacker_named_before_the_attacked_rally_stays_the_source(extractor: Extractor) -> None:
    text = "Taliban fighters attacked a rally in Kandahar on Monday, killing 5 people."
    (event,) = [e for e in alertable(extractor.extract(doc(text, "en")).events) if e.category == "assault"]
    assert event.source is not None and event.source.country == "AFG"
