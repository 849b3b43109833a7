"""Strikes told plainly, table-driven in every language: a state at war as subject, a bare verb
and a place or a physical target ("Russia struck Kharkiv overnight"); strikes told by their effect
("cayó un misil"); fire told with the victim place as subject ("обстрелу подвергся Херсон"). And
their near misses: the same verbs with an abstract object, a disaster or a club as subject, a
habit with no date, a verbal attack on a country, the criticism a minister "comes under"."""

from __future__ import annotations

import re

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.triggers import TriggerDataError, load_categories, parse_language

# (lang, text, category, (source country, target country)): exactly one alertable event of the
# category, with these sides.
STRIKES = [
    ("en", "Russia struck Zaporizhzhia overnight into Friday, officials said.", "assault", ("RUS", "UKR")),
    ("en", "Ukraine hit a fuel depot in the Bryansk region on Saturday.", "assault", ("UKR", "RUS")),
    ("en", "Israel targeted a residential building in Tyre on Sunday.", "assault", ("ISR", "LBN")),
    ("fr", "La Russie a frappé jeudi la ville de Kherson, selon les autorités.", "assault", ("RUS", "UKR")),
    (
        "fr",
        "L'Ukraine a ciblé samedi un dépôt pétrolier dans la région de Briansk.",
        "assault",
        ("UKR", "RUS"),
    ),
    ("es", "Rusia golpeó el viernes una subestación eléctrica en Sumy.", "assault", ("RUS", "UKR")),
    ("es", "Israel atacó el domingo el puerto de Hodeida, en Yemen.", "assault", ("ISR", "YEM")),
    ("de", "Russland hat am Freitag ein Umspannwerk in Sumy getroffen.", "assault", ("RUS", "UKR")),
    ("de", "Die Ukraine griff am Sonntag ein Öldepot in der Region Brjansk an.", "assault", ("UKR", "RUS")),
    ("ar", "ضربت روسيا محطة كهرباء في سومي يوم الجمعة.", "assault", ("RUS", "UKR")),
    ("ar", "استهدفت إسرائيل يوم الأحد ميناء الحديدة في اليمن.", "assault", ("ISR", "YEM")),
    ("tr", "Rusya cuma günü Sumi'deki elektrik santralini vurdu.", "assault", ("RUS", "UKR")),
    (
        "tr",
        "Ukrayna cumartesi günü Bryansk bölgesindeki bir petrol deposunu hedef aldı.",
        "assault",
        ("UKR", "RUS"),
    ),
    ("ru", "Россия в пятницу ударила по подстанции в Сумах.", "assault", ("RUS", "UKR")),
    ("ru", "Украина в ночь на субботу поразила нефтебазу в Брянской области.", "assault", ("UKR", "RUS")),
    # no day, but a toll in the next sentence makes it one event
    (
        "en",
        "Russia struck Kramatorsk again. Three people were killed, the governor said.",
        "assault",
        ("RUS", "UKR"),
    ),
    (
        "tr",
        "Rusya Kramatorsk'u yeniden vurdu. Saldırıda üç kişi hayatını kaybetti.",
        "assault",
        ("RUS", "UKR"),
    ),
    # a part of a country at war: "southern Lebanon", "جنوب لبنان"
    ("en", "Israel struck southern Lebanon on Tuesday.", "assault", ("ISR", "LBN")),
    ("ar", "استهدفت إسرائيل الثلاثاء جنوب لبنان.", "assault", ("ISR", "LBN")),
    # the effect of a strike: the weapon that fell
    ("es", "Un misil cayó el viernes sobre una escuela de Sumy.", "missile_strike", (None, "UKR")),
    ("ar", "سقط صاروخ على مدرسة في مدينة سومي يوم الجمعة.", "missile_strike", (None, "UKR")),
    ("fr", "Un drone s'est abattu vendredi soir sur une école de Soumy.", "airstrike", (None, "UKR")),
    # blasts heard in a city during a drone or missile attack: one strike, the city is no attacker
    (
        "en",
        "Blasts shook Odesa on Friday evening during a missile attack, the mayor said.",
        "missile_strike",
        (None, "UKR"),
    ),
    (
        "fr",
        "Des explosions ont retenti vendredi soir à Odessa lors d'une attaque de drones.",
        "airstrike",
        (None, "UKR"),
    ),
    (
        "es",
        "Varias explosiones sacudieron Odesa el viernes por la noche durante un ataque con drones.",
        "airstrike",
        (None, "UKR"),
    ),
    (
        "de",
        "Explosionen erschütterten Odessa am Freitagabend während eines Drohnenangriffs.",
        "airstrike",
        (None, "UKR"),
    ),
    ("ar", "هزت انفجارات مدينة أوديسا مساء الجمعة خلال هجوم بطائرات مسيرة.", "airstrike", (None, "UKR")),
    (
        "tr",
        "Odessa'da cuma akşamı insansız hava aracı saldırısı sırasında patlamalar duyuldu.",
        "airstrike",
        (None, "UKR"),
    ),
    (
        "ru",
        "Взрывы прогремели в Одессе в пятницу вечером во время атаки беспилотников.",
        "airstrike",
        (None, "UKR"),
    ),
    # blasts in the sentence of the attack that causes them are its effect, not a bombing
    (
        "es",
        "Rusia atacó de nuevo Járkov el viernes, con explosiones en varios distritos.",
        "assault",
        ("RUS", "UKR"),
    ),
    # the victim place as the subject of a weapon strike, outside a headline
    ("ru", "Обстрелу в пятницу подвергся Никополь.", "shelling", (None, "UKR")),
    ("de", "Die Stadt Nikopol ist am Freitag unter Beschuss geraten.", "shelling", (None, "UKR")),
    ("tr", "Nikopol kenti cuma günü yoğun bombardıman altında kaldı.", "shelling", (None, "UKR")),
    ("ar", "تعرضت مدينة خيرسون لقصف عنيف يوم الجمعة.", "shelling", (None, "UKR")),
]

# (lang, text): no alertable event of a fight category.
NEAR_MISSES = [
    # an abstract object: a deal, a record, a tone, the economy, a chord, a date
    ("en", "Israel struck a deal with Cyprus on Tuesday to export gas through a new pipeline."),
    ("en", "Russia's grain exports hit a record in October, the agriculture ministry said on Friday."),
    ("en", "Ukraine struck a conciliatory tone at the talks in Geneva on Monday."),
    ("fr", "La hausse des prix a frappé durement les ménages libanais en octobre."),
    ("es", "La caída del petróleo golpeó las exportaciones de Rusia el lunes."),
    ("de", "Russland und China haben am Dienstag in Peking eine Vereinbarung getroffen."),
    ("de", "Selenskyj und Macron haben sich am Dienstag in Kiew getroffen."),
    ("ar", "ضرب المنتخب الأردني موعدا مع العراق في النهائي يوم الاثنين."),
    ("ru", "Инфляция в октябре ударила по кошелькам россиян."),
    ("tr", "Enflasyon ekim ayında hanelerin bütçesini vurdu."),
    ("en", "Ukraine hit the target of 30 million tonnes of grain exports on Friday."),
    ("es", "Israel atacó el lunes a la prensa internacional en Jerusalén."),
    # no day and no toll: a habit or a recap, not one event
    ("en", "Russia struck Kramatorsk again. The governor said repairs would take weeks."),
    # "the West" is a bloc, not a place struck
    ("en", "Russia targeted Western news outlets on Wednesday with a new list of blocked websites."),
    ("ar", "استهدفت روسيا الغرب بتصريحات حادة يوم الأربعاء."),
    # a blast with no weapon of war named: a gas explosion stays ordinary
    ("ru", "Взрыв газа прогремел в жилом доме в Одессе в пятницу вечером."),
    # a passive: the subject is what was hit
    ("en", "Syria hit by power cuts as fuel shortages bite in Damascus on Sunday."),
    # a disaster or a club as the subject of the same verbs
    ("en", "A powerful storm hit the Odesa region overnight into Tuesday, cutting power to 30,000 homes."),
    ("es", "Un terremoto golpeó el norte de Siria el martes y dañó viviendas en Idlib."),
    ("tr", "Şiddetli fırtına salı gecesi Odessa kıyılarını vurdu."),
    ("ar", "ضربت عاصفة قوية سواحل غزة ليل الثلاثاء."),
    ("es", "El Shajtar Donetsk golpeó primero en Cracovia el martes ante el Braga."),
    # a verbal attack on a country or a government, a blow to the media
    ("es", "Venezuela atacó el miércoles a Colombia en el Consejo Permanente de la OEA."),
    ("de", "Die Opposition hat Präsident Selenskyj am Mittwoch im Parlament in Kiew scharf angegriffen."),
    ("ru", "Россия в среду ударила по западным СМИ новыми ограничениями."),
    # a habit with no date, and "strikes" as a noun with a demonym after it
    ("en", "Moscow says it strikes only energy facilities in Ukraine."),
    (
        "fr",
        "L'Allemagne livrera des Patriot, a annoncé mardi Berlin, alors que les frappes russes sur "
        "les centrales s'intensifient.",
    ),
    # criticism, not gunfire
    ("en", "Kyiv's mayor came under fire from critics on Monday over the blackouts."),
    ("fr", "Le ministre s'est retrouvé mardi sous le feu des critiques à Kiev."),
    # a compound of "hit": a flood-hit province
    ("en", "Army helicopters flew food to flood-hit villages in Sindh on Monday."),
]

_FIGHTS = {"offensive", "clash", "shelling", "airstrike", "missile_strike", "capture", "assault"}


@pytest.mark.parametrize(("lang", "text", "category", "sides"), STRIKES)
def test_a_plain_strike_is_coded_with_its_sides(
    extractor: Extractor, lang: str, text: str, category: str, sides: tuple[str | None, str | None]
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert [e.category for e in events] == [category], [(e.category, e.evidence.trigger) for e in events]
    event = events[0]
    assert (
        event.source.country if event.source else None,
        event.target.country if event.target else None,
    ) == sides


@pytest.mark.parametrize(("lang", "text"), NEAR_MISSES)
def test_a_near_miss_of_a_plain_strike_codes_no_fight(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, title="")).events)
    fights = [(e.category, e.evidence.trigger) for e in events if e.category in _FIGHTS]
    assert fights == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "Rockets fired from Lebanon hit Kiryat Shmona on Monday, wounding two.", "Kiryat Shmona"),
        ("en", "Drones launched from Russia hit Chernihiv overnight into Tuesday.", "Chernihiv"),
        # the town that names the target noun ("بلدتي الخيام والعديسة": the two towns of ...)
        ("ar", "استهدفت إسرائيل يوم الأربعاء بلدتي الخيام والعديسة في جنوب لبنان.", "Khiam"),
        # the town the lead names keeps its place over the region the verb hits
        (
            "ru",
            "Дроны в ночь на среду атаковали Брянскую область, в Клинцах повреждена подстанция.",
            "Klintsy",
        ),
    ],
)
def test_the_place_a_strike_verb_hits_is_the_event_place(
    extractor: Extractor, lang: str, text: str, place: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert [e.location.name if e.location else None for e in events] == [place]


def test_a_headline_whose_victim_place_stands_alone_codes_nothing(extractor: Extractor) -> None:
    """A headline compresses: "Обстрел Никополя" may be a denial or a recap; the lead must tell it."""
    text = "Власти города в пятницу сообщили о перебоях с водой."
    events = alertable(extractor.extract(doc(text, "ru", title="Обстрел Никополя")).events)
    assert [e.category for e in events] == []
    assert [e.category for e in alertable(extractor.extract(doc("Обстрел Никополя.", "ru")).events)] == [
        "shelling"
    ]


def test_the_object_key_of_a_trigger_accepts_only_physical() -> None:
    categories = load_categories()
    good = {"lang": "en", "triggers": {"assault": [{"p": "hit", "object": "physical"}]}, "context": {}}
    lexicon = parse_language("en", good, categories)
    assert [e.physical_object for e in lexicon.entries] == [True]
    bad = {"lang": "en", "triggers": {"assault": [{"p": "hit", "object": "abstract"}]}, "context": {}}
    with pytest.raises(TriggerDataError, match=re.escape("object must be 'physical'")):
        parse_language("en", bad, categories)


def test_every_language_lists_struck_and_abstract_objects(extractor: Extractor) -> None:
    for lang, lexicon in extractor._lexicons.items():
        assert lexicon.context.struck_object is not None, lang
        assert lexicon.context.abstract_object is not None, lang
