"""Turkish and Russian wire-copy constructions, table-driven: the reporter named after its verb
("..., сообщил губернатор"), an agency quoted by its acronym ("Anadolu Ajansı AA'ya göre"), a
Turkish genitive country before a named province ("Suriye'nin Halep ilinde"), the Russian army's
named groups of forces, declined "удар" forms and received or delivered air-defence hardware."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _found(events: list[Event], category: str) -> list[Event]:
    return [e for e in alertable(events) if e.category == category]


# (lang, text, category): the category must come out as an alertable event.
DETECTED = [
    # the prepositional and dative forms of "удар" ("в ударе", "по удару")
    ("ru", "Киев обвинил Москву в ударе беспилотником по автобусу в Херсоне в четверг.", "airstrike"),
    ("ru", "Двое мирных жителей пострадали при ударе ракетой по Одессе в пятницу.", "missile_strike"),
    # air-defence systems and armoured personnel carriers handed over
    ("ru", "Испания передала Украине два зенитных ракетных комплекса Aspide.", "military_aid"),
    ("ru", "Дания передала Украине партию бронетранспортеров M113.", "military_aid"),
    ("ru", "Италия передала Киеву еще одну систему противовоздушной обороны SAMP/T.", "military_aid"),
    # Turkish: drones received ("teslim aldı") or delivered
    ("tr", "Kenya ordusu, Türkiye'den insansız hava araçlarını teslim aldığını açıkladı.", "military_aid"),
]


@pytest.mark.parametrize(("lang", "text", "category"), DETECTED)
def test_construction_is_coded(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _found(events, category), [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text, category, country that must be on neither side): a reporter named after its verb, an
# agency quoted by its acronym, a country that only locates a province or a town.
NOT_A_SIDE = [
    (
        "ru",
        "Власти Судана в пятницу согласились на гуманитарное перемирие в Дарфуре, сообщил МИД "
        "Саудовской Аравии.",
        "ceasefire",
        "SAU",
    ),
    (
        "ru",
        "Президент Франции призвал стороны конфликта в Судане к перемирию, говорится в заявлении "
        "Елисейского дворца.",
        "appeal",
        "FRA-target",
    ),
    (
        "tr",
        "Irak ordusu ile DEAŞ arasında Diyala'da çatışma çıktı. Mısır Haber Ajansı MENA'ya göre "
        "çatışmalarda 6 militan öldürüldü.",
        "clash",
        "EGY",
    ),
    (
        "tr",
        "Suriye'nin Halep ilinde kimliği belirsiz silahlı kişiler bir minibüse ateş açtı.",
        "assault",
        "SYR-source",
    ),
    (
        "tr",
        "Ukrayna'ya ait İHA'ların Rusya'nın Kursk bölgesindeki bir akaryakıt deposunu vurduğunu bölge "
        "valisi açıkladı.",
        "airstrike",
        "RUS-source",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "country"), NOT_A_SIDE)
def test_reporter_or_location_is_not_a_side(
    extractor: Extractor, lang: str, text: str, category: str, country: str
) -> None:
    found = _found(extractor.extract(doc(text, lang)).events, category)
    assert found, category
    code, _, slot = country.partition("-")
    for e in found:
        sides = {"source": [e.source], "target": [e.target]}.get(slot, [e.source, e.target])
        assert all(s is None or s.country != code for s in sides), (e.source, e.target)


# (text, country of the source): the Russian army's named groups of forces are Russian
RUSSIAN_GROUPS = [
    "Подразделения группировки войск «Восток» заняли село Успеновка, сообщило Минобороны.",
    "Войска группировки «Днепр» отразили атаку в Херсонской области, а группировка войск Юг "
    "освободила населенный пункт Берестки.",
]


@pytest.mark.parametrize("text", RUSSIAN_GROUPS)
def test_russian_group_of_forces_is_russian_military(extractor: Extractor, text: str) -> None:
    events = alertable(extractor.extract(doc(text, "ru")).events)
    sources = [e.source for e in events if e.source is not None]
    assert any(s.country == "RUS" and s.role == "MIL" for s in sources), [
        (e.category, e.source) for e in events
    ]


# (lang, text, category): the strike family follows the means named, whatever the verb
MEANS = [
    # fire opened by tanks or artillery is shelling; by gunmen, an attack
    ("en", "Israeli tanks opened fire on houses east of Rafah on Monday, killing two.", "shelling"),
    ("tr", "İsrail tankları Cebaliye'deki bir okulun çevresine ateş açtı, 3 kişi öldü.", "shelling"),
    ("ru", "Танки армии Израиля открыли огонь по домам в Рафахе, погибли два человека.", "shelling"),
    ("en", "Gunmen opened fire on a minibus near Quetta on Monday, killing five passengers.", "assault"),
    ("tr", "Silahlı kişiler Kuetta yakınlarında bir minibüse ateş açtı, 5 yolcu öldü.", "assault"),
    # rocket launchers are artillery, not missiles; shells and missiles told by where they fell
    ("tr", "Rus ordusu Nikopol'u çok namlulu roketatarlarla vurdu, 2 sivil öldü.", "shelling"),
    ("tr", "Grad roketleri Horlivka'nın merkezine düştü, 3 kişi yaralandı.", "shelling"),
    ("tr", "Bir balistik füze Dnipro'da bir otele isabet etti, 4 kişi öldü.", "missile_strike"),
    ("ru", "Снаряды упали на рынок в центре Донецка, погибли трое мирных жителей.", "shelling"),
    ("ru", "Ракета «Искандер» попала в гостиницу в Харькове, ранены 11 человек.", "missile_strike"),
    ("ru", "Россия нанесла удар «Калибрами» по порту Измаила, сообщили в ВМС Украины.", "missile_strike"),
    # aircraft named before the object of a Turkish verb; guided bombs are dropped from the air
    ("tr", "Rus savaş uçakları Halep'in batısındaki bir köyü bombaladı, 6 sivil öldü.", "airstrike"),
    ("tr", "Rus uçakları Sumi'ye güdümlü bombalar attı, 2 kişi öldü.", "airstrike"),
    # a suicide bomber, border guards: cues of a fight even where no war is known
    ("ru", "Смертник подорвал себя у здания суда в Исламабаде, погибли 12 человек.", "assault"),
    ("ru", "Пограничники Узбекистана и Таджикистана вступили в перестрелку на границе.", "clash"),
    ("tr", "Özbek ve Tacik sınır muhafızları arasında silahlı çatışma çıktı.", "clash"),
]


@pytest.mark.parametrize(("lang", "text", "category"), MEANS)
def test_strike_follows_the_means(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert [e.category for e in events] == [category], [(e.category, e.evidence.trigger) for e in events]


# (lang, text): words that are not what they look like ("центр" is no price, "pazar günü" is Sunday,
# "karşı" no profit, a tanker no tank, "ihale" no drone, Romania no novel), trials of past attacks,
# non-violent threats.
TRAPS = [
    ("ru", "Суд в Москве начал рассматривать дело обвиняемых в нападении на отдел полиции."),
    ("ru", "Лукашенко пригрозил уволить губернаторов, если уборка урожая затянется."),
    ("tr", "Geçen yıl Ankara'daki bombalı saldırının failleri Suriye'de yakalandı."),
    ("tr", "Savunma Bakanlığı'nın İHA ihalesini yerli bir şirket kazandı."),
    ("tr", "Bir petrol tankeri pazar günü İstanbul Boğazı'ndan geçti."),
]
# (lang, text, category): events the broad business and sports words used to hide
NOT_HIDDEN = [
    ("ru", "Снаряд попал в жилой дом в центре Горловки, погиб один человек.", "shelling"),
    ("tr", "Pazar günü Sumi'ye düzenlenen İHA saldırısında 2 kişi öldü.", "airstrike"),
    ("tr", "Romanya'nın Tulcea bölgesine Rus İHA'larının saldırısında bir ev hasar gördü.", "airstrike"),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS)
def test_trap_gives_no_alertable_event(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


@pytest.mark.parametrize(("lang", "text", "category"), NOT_HIDDEN)
def test_event_is_not_hidden_by_a_lookalike_word(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _found(events, category), [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text, category): aid told after its verb, deployments, calls and invitations to talk
CALLS_AND_DEPLOYMENTS = [
    ("tr", "Hollanda'nın Ukrayna'ya gönderdiği F-16 savaş uçakları cepheye ulaştı.", "military_aid"),
    ("ru", "Норвегия передала Украине две системы NASAMS, сообщило министерство обороны.", "military_aid"),
    ("tr", "Rusya, Estonya sınırına yeni birlikler konuşlandırdı.", "mobilisation"),
    ("tr", "Çin, Tayvan Boğazı'na yakın bölgelere ek birlikler sevk etti.", "mobilisation"),
    ("ru", "В Белоруссии началась внезапная проверка боеготовности войск.", "mobilisation"),
    ("tr", "Afrika Birliği, Sudan'daki taraflara silahları susturma çağrısı yaptı.", "appeal"),
    ("tr", "Mısır, İsrail ve Hamas'ı müzakere masasına dönmeye davet etti.", "appeal"),
    ("ru", "Турция предложила Азербайджану и Армении вернуться к переговорам.", "appeal"),
    ("tr", "Papa, Sudan'daki taraflardan ateşkes talep etti.", "appeal"),
    ("ru", "Папа Римский призвал Израиль и ХАМАС к перемирию.", "appeal"),
]


@pytest.mark.parametrize(("lang", "text", "category"), CALLS_AND_DEPLOYMENTS)
def test_call_or_deployment_is_coded(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _found(events, category), [(e.category, e.factuality, e.evidence.trigger) for e in events]


def test_pope_is_the_holy_see(extractor: Extractor) -> None:
    events = _found(
        extractor.extract(doc("Papa, Sudan'daki taraflardan ateşkes talep etti.", "tr")).events, "appeal"
    )
    assert events and events[0].source is not None and events[0].source.country == "VAT", events


# (lang, text): a feared, ruled-in or prepared event is no alert
FEARED = [
    ("tr", "Kiev, Rusya'nın kışın Harkiv'e yeni bir taarruz başlatmasından endişe ediyor."),
    ("tr", "Bağdat, Türkiye'nin Kandil'e kara harekâtı düzenlemesinden kaygı duyuyor."),
    ("ru", "В Молдавии опасаются наступления российских войск на Одессу."),
    ("ru", "Аналитики не исключают, что армия Израиля начнет наземную операцию в Газе."),
    ("ru", "Песков рассказал о подготовке визита Путина в Турцию."),
]


@pytest.mark.parametrize(("lang", "text"), FEARED)
def test_feared_or_prepared_event_is_not_alertable(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text, category, how many events of it): one happening, however many sentences tell it
ONE_EVENT = [
    # "the attack" after a reporter's sentence retells the fight; its reporter does not strike back
    (
        "tr",
        "Suriye ordusu, İsrail'in cuma günü Kuneytra yakınlarında bir askeri noktaya düzenlediği İHA "
        "saldırısıyla ateşkesi ihlal ettiğini açıkladı. Saldırıda iki asker yaralandı.",
        "airstrike",
        0,
    ),
    (
        "en",
        "Russian drones struck an oil depot in Odesa overnight, the governor said. The regional "
        "administration said the attack caused a large fire.",
        "airstrike",
        1,
    ),
    # a claim of responsibility retells the bombing
    (
        "ru",
        "В Могадишо у гостиницы взорвался заминированный автомобиль, погибли восемь человек. "
        "Ответственность за теракт взяла на себя группировка «Аш-Шабаб».",
        "assault",
        1,
    ),
    # the dead of a firefight, and the gunmen it was fought with, are that firefight
    (
        "ru",
        "На границе Киргизии произошла перестрелка между пограничниками и вооруженными людьми. "
        "Трое нарушителей убиты.",
        "assault",
        0,
    ),
    (
        "en",
        "A firefight broke out between border guards and gunmen near Torkham on Monday.",
        "assault",
        0,
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "count"), ONE_EVENT)
def test_one_happening_one_event(
    extractor: Extractor, lang: str, text: str, category: str, count: int
) -> None:
    events = _found(extractor.extract(doc(text, lang)).events, category)
    assert len(events) == count, [(e.category, e.source, e.evidence.trigger) for e in events]


def test_plot_of_a_film_is_no_fight(extractor: Extractor) -> None:
    text = "На экраны выходит фильм о Сирии; по сюжету, спецназовцы отражают атаку боевиков на базу."
    assert alertable(extractor.extract(doc(text, "ru")).events) == []
