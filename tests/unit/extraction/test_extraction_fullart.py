"""Full articles, not just leads: background paragraphs that carry on a past story ("In June 2024 ...
A few days later, ..."), seasons of old years ("in the spring of 2022"), and the news event told
again in a later paragraph or by two words of one sentence, in every language. The news stays one
alertable event; the background raises none; two strikes at two places, or two calls by one leader,
stay two."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-18T10:00:00"  # a Wednesday

# (lang, title, text, the news trigger's category): a news lead, then a background paragraph whose
# second sentence carries on the past story of the first with a sequel cue ("later", "Через
# несколько дней"). Only the news is alertable.
SEQUELS = [
    (
        "en",
        "Russian drones hit Kharkiv",
        "Russian drones hit Kharkiv on Tuesday night, wounding five people, the governor said.\n\n"
        "In June 2024, Russian artillery shelled the city for weeks. A few days later, Russian missiles "
        "struck a shopping centre there.",
        "airstrike",
    ),
    (
        "fr",
        "Des drones russes frappent Kharkiv",
        "Des drones russes ont frappé Kharkiv mardi soir, blessant cinq personnes, selon le gouverneur.\n\n"
        "En juin 2024, l'armée russe avait pilonné la ville pendant des semaines. Quelques jours plus "
        "tard, des missiles russes ont frappé un centre commercial.",
        "airstrike",
    ),
    (
        "de",
        "Russische Drohnen greifen Charkiw an",
        "Russische Drohnen haben am Dienstagabend Charkiw angegriffen und fünf Menschen verletzt, teilte "
        "der Gouverneur mit.\n\nIm Juni 2024 hatte die russische Armee die Stadt wochenlang beschossen. "
        "Wenige Tage später schlugen russische Raketen in einem Einkaufszentrum ein.",
        "airstrike",
    ),
    (
        "tr",
        "Rus SİHA'ları Harkiv'i vurdu",
        "Rus insansız hava araçları salı akşamı Harkiv'i vurdu, 5 kişi yaralandı.\n\n"
        "Rus ordusu Haziran 2024'te kenti haftalarca bombalamıştı. Birkaç gün sonra Rus füzeleri bir "
        "alışveriş merkezini vurdu.",
        "airstrike",
    ),
    (
        "ru",
        "Российские дроны атаковали Харьков",
        "Российские беспилотники во вторник вечером атаковали Харьков, пострадали пять человек, сообщил "
        "губернатор.\n\nВ июне 2024 года российская армия неделями обстреливала город. Через несколько "
        "дней российские ракеты ударили по торговому центру.",
        "airstrike",
    ),
    (
        "ru",
        "Глава МИД Ирана прибыл в Москву",
        "Министр иностранных дел Ирана прибыл во вторник в Москву с визитом, сообщили в МИД России.\n\n"
        "В июне 2025 года на границе Ирана шли бои. Тогда стороны договорились о прекращении огня.",
        "visit",
    ),
    (
        "ar",
        "مسيرات روسية تهاجم خاركيف",
        "هاجمت مسيرات روسية مدينة خاركيف مساء الثلاثاء، ما أدى إلى إصابة خمسة أشخاص، بحسب الحاكم.\n\n"
        "وفي حزيران/يونيو 2024 قصف الجيش الروسي المدينة لأسابيع. وبعد أيام قصفت صواريخ روسية مركزاً "
        "تجارياً في المدينة.",
        "airstrike",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "category"), SEQUELS)
def test_a_sequel_of_a_past_sentence_is_background(
    extractor: Extractor, lang: str, title: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    assert [e.category for e in events] == [category], [(e.category, e.evidence.trigger) for e in events]


# (lang, title, text, categories): a sequel cue after a news sentence, or opening a paragraph of its
# own, carries on no past story: its event stays news.
SEQUEL_NEWS = [
    (
        "en",
        "Russian drones hit Kharkiv",
        "Russian drones hit Kharkiv on Tuesday, wounding five people, the governor said. Later, Russian "
        "missiles struck the port of Odesa, killing two.",
        ["airstrike", "missile_strike"],
    ),
    (
        "ru",
        "Российские дроны атаковали Харьков",
        "Российские беспилотники во вторник атаковали Харьков, пострадали пять человек.\n\n"
        "Позже российские ракеты ударили по порту Одессы, погибли два человека.",
        ["airstrike", "missile_strike"],
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "categories"), SEQUEL_NEWS)
def test_a_sequel_of_news_stays_news(
    extractor: Extractor, lang: str, title: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    assert sorted(e.category for e in events) == categories


# (lang, text, background trigger word): a season of an old year dates the background it tells.
SEASONS = [
    ("en", "Russian drones hit Sumy on Tuesday. The town was shelled in the spring of 2022.", "shelled"),
    ("fr", "Des drones russes ont frappé Soumy mardi. La ville avait été bombardée à l'été 2023.", "bombard"),
    ("es", "Drones rusos atacaron Sumi el martes. La ciudad fue bombardeada en verano de 2023.", "bombarde"),
    ("ru", "Российские дроны атаковали Сумы во вторник. Город обстреливали летом 2023 года.", "обстрел"),
    ("tr", "Rus SİHA'ları salı günü Sumi'yi vurdu. Kent 2023 yazında haftalarca bombalanmıştı.", "bombalan"),
    ("tr", "Rus SİHA'ları salı günü Sumi'yi vurdu. Kenti 2022'de Rus topçusu bombalamıştı.", "bombala"),
    ("ar", "هاجمت مسيرات روسية مدينة سومي يوم الثلاثاء. وقصف الجيش الروسي المدينة في صيف 2023.", "قصف"),
]


@pytest.mark.parametrize(("lang", "text", "word"), SEASONS)
def test_a_season_of_an_old_year_is_history(extractor: Extractor, lang: str, text: str, word: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, "the news event is kept"
    assert not [e for e in events if word in e.evidence.trigger], [e.evidence.trigger for e in events]


# (lang, title, text, published): one fight told again — by a second word of its sentence that reads
# the target by another role, or by a later paragraph on the same day — is one event.
RETOLD = [
    (
        "en",
        "Afghan, Pakistani forces clash at border",
        "Afghan and Pakistani forces exchanged fire overnight near the Chaman border crossing, killing "
        "four people, officials said.\n\nThe fighting lasted several hours and civilians were among the "
        "dead, local media reported.",
        PUBLISHED,
    ),
    (
        "ru",
        "Бои на границе",
        "Силы Афганистана и Пакистана в ночь на субботу вступили в перестрелку в районе перехода Чаман, "
        "погибли четыре человека.\n\nПо данным СМИ, бои продолжались несколько часов, среди погибших "
        "есть мирные жители.",
        "2026-11-21T12:00:00",
    ),
    (
        "de",
        "Kämpfe an der Grenze",
        "Afghanische und pakistanische Truppen haben sich in der Nacht zum Samstag an der Grenze bei Chaman "
        "Gefechte geliefert, vier Menschen wurden getötet.\n\nDie Kämpfe dauerten mehrere Stunden, unter "
        "den Toten seien auch Zivilisten, berichteten lokale Medien.",
        "2026-11-21T12:00:00",
    ),
    (
        "tr",
        "Sınırda çatışma",
        "Afgan ve Pakistan güçleri cumartesi günü Çaman sınır kapısı yakınında çatıştı, 4 kişi öldü.\n\n"
        "Yerel medyaya göre çatışmalar saatlerce sürdü ve ölenler arasında siviller de var.",
        "2026-11-21T12:00:00",
    ),
    (
        "fr",
        "Mali : attaque contre un camp militaire",
        "Au moins dix soldats maliens ont été tués vendredi lors de violents combats avec des jihadistes "
        "qui ont attaqué le camp militaire de Boulkessi, selon des sources sécuritaires.",
        PUBLISHED,
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "published"), RETOLD)
def test_a_fight_told_again_is_one_event(
    extractor: Extractor, lang: str, title: str, text: str, published: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, published, title=title)).events)
    assert [e.category for e in events] == ["clash"], [(e.category, e.evidence.trigger) for e in events]


# A visit read twice in its sentence, once as the host visiting itself, is one visit.
ONE_VISIT = [
    (
        "ar",
        "وصل وزير الخارجية السعودي، اليوم الأحد، إلى دمشق في زيارة رسمية يلتقي خلالها "
        "الرئيس السوري أحمد الشرع.",
        "2026-11-22T12:00:00",
    ),
]


@pytest.mark.parametrize(("lang", "text", "published"), ONE_VISIT)
def test_a_visit_read_twice_in_its_sentence_is_one(
    extractor: Extractor, lang: str, text: str, published: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, published)).events)
    assert [(e.category, e.source and e.source.country) for e in events] == [("visit", "SAU")]


# Two strikes of one day at two places, and two calls of one leader on one day, stay two.
STILL_TWO = [
    (
        "en",
        "Russian drones hit Kharkiv and Odesa",
        "Russian drones hit Kharkiv on Tuesday, wounding five people, the governor said.\n\n"
        "Russian drones also struck Odesa on Tuesday, damaging port facilities.",
        ["airstrike", "airstrike"],
    ),
    (
        "en",
        "Erdogan calls Putin and Zelenskiy",
        "Turkish President Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Tuesday."
        "\n\nErdogan also spoke by phone with Ukrainian President Volodymyr Zelenskiy on Tuesday, his "
        "office said.",
        ["phone_call", "phone_call"],
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "categories"), STILL_TWO)
def test_distinct_events_of_one_day_stay_apart(
    extractor: Extractor, lang: str, title: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    assert [e.category for e in events] == categories


# Reactions say attacks "threaten the security of the region": a danger to a state of things, not a
# threat of force by an actor. A threat to strike stays one.
NOT_THREATS = [
    ("en", "Attacks on merchant ships threaten the security of the whole region, the minister said."),
    ("fr", "Ces attaques menacent la stabilité de toute la région, a déclaré mardi le ministre."),
    ("es", "Estos ataques amenazan la seguridad de toda la región, dijo el martes el ministro."),
    ("de", "Die Angriffe bedrohten die Sicherheit der ganzen Region, sagte der Minister am Dienstag."),
    ("tr", "Bakan salı günü, gemilere yönelik saldırıların bölgenin güvenliğini tehdit ettiğini söyledi."),
    ("ru", "Нападения на суда угрожают безопасности всего региона, заявил во вторник министр."),
    ("ar", "وقال الوزير الثلاثاء إن الهجمات على السفن تهدد أمن المنطقة بأسرها."),
]
THREATS = [
    ("en", "Iran threatened on Tuesday to strike American bases if it were attacked."),
    ("ru", "Министр обороны во вторник пригрозил нанести удар по базам НАТО."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_THREATS)
def test_a_danger_to_security_is_no_threat(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert not [e for e in events if e.category == "threat"], [e.evidence.trigger for e in events]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_a_threat_to_strike_stays(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == ["threat"]


# A headline strike that the lead tells again in its own words, followed by the attacker's version
# in a later paragraph with another weapon word, keeps the headline's and lead's category.
def test_a_headline_told_again_by_the_lead_keeps_its_category(extractor: Extractor) -> None:
    text = (
        "KİEV (AA) - Rusya'nın Harkiv'e bu sabah düzenlediği füze saldırısında 4 kişi hayatını kaybetti.\n\n"
        "Rusya Savunma Bakanlığı ise Harkiv'de bir insansız hava aracı atölyesini vurduğunu açıkladı."
    )
    title = "Rusya'nın Harkiv'e füze saldırısında 4 kişi hayatını kaybetti"
    events = alertable(extractor.extract(doc(text, "tr", PUBLISHED, title=title)).events)
    assert "missile_strike" in [e.category for e in events]


# The war a country resists, recalled in a background paragraph, is no new offensive; an invasion
# launched is one.
RESISTED = [
    ("de", "Die Ukraine wehrt sich seit fast fünf Jahren gegen die russische Invasion."),
    ("en", "Ukraine has been defending itself against Russia's full-scale invasion for nearly five years."),
    ("fr", "L'Ukraine résiste depuis près de cinq ans à l'invasion russe."),
    ("es", "Ucrania resiste desde hace casi cinco años a la invasión rusa."),
    ("tr", "Ukrayna yaklaşık beş yıldır Rus işgaline karşı direniyor."),
    ("ru", "Украина почти пять лет отражает российское вторжение."),
]


@pytest.mark.parametrize(("lang", "text"), RESISTED)
def test_a_resisted_invasion_is_background(extractor: Extractor, lang: str, text: str) -> None:
    assert alertable(extractor.extract(doc(text, lang, PUBLISHED)).events) == []


def test_an_invasion_launched_stays(extractor: Extractor) -> None:
    text = "Russia launched a full-scale invasion of Ukraine on Tuesday, the president said."
    events = alertable(extractor.extract(doc(text, "en", PUBLISHED)).events)
    assert [e.category for e in events] == ["offensive"]


# Analysts' scenarios and rehearsals in a full article: a German act whose clause closes on a modal
# ("versuchen könnte"), a Spanish exercise that "rehearses" the answer to an invasion.
SCENARIOS = [
    (
        "de",
        "Beobachter gehen davon aus, dass Russland noch vor dem Winter einen Vorstoß in Richtung der "
        "Stadt Pawlohrad versuchen könnte.",
    ),
    ("es", "Miles de soldados de la OTAN ensayan en Lituania la respuesta a una invasión."),
]


@pytest.mark.parametrize(("lang", "text"), SCENARIOS)
def test_a_scenario_is_no_event(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# A later paragraph's detail of the day's fight, naming no country and no place ("the troops were
# attacked with rifles and explosives dropped from drones"), is that fight, not an air strike.
DETAILS = [
    (
        "es",
        "Combates en Jamundí",
        "Cinco soldados murieron este domingo en combates con disidencias de las FARC en el municipio de "
        "Jamundí, informó el Ejército.\n\nSegún el comunicado, los militares fueron atacados con fusiles "
        "y explosivos lanzados desde drones.",
    ),
    (
        "en",
        "Clashes in Jamundí",
        "Five soldiers were killed on Sunday in clashes with FARC dissidents in the municipality of "
        "Jamundí, the army said.\n\nAccording to the statement, the troops were attacked with rifles and "
        "explosives dropped from drones.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), DETAILS)
def test_a_bare_detail_of_the_fight_is_no_new_event(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-22T12:00:00", title=title)).events)
    assert [e.category for e in events] == ["clash"], [(e.category, e.evidence.trigger) for e in events]


def test_a_bare_attack_alone_stays(extractor: Extractor) -> None:
    text = "Los militares fueron atacados el domingo con explosivos lanzados desde drones, dijo el Ejército."
    events = alertable(extractor.extract(doc(text, "es", "2026-11-22T12:00:00")).events)
    assert [e.category for e in events] == ["airstrike"]


# "After the latest attacks": the series that came before a market or reaction story is background.
LATEST = [
    (
        "en",
        "Shipping insurers raised war-risk premiums for Black Sea voyages after the latest attacks, and "
        "several shipowners suspended calls at Russian ports, industry sources said.",
    ),
    (
        "fr",
        "Les assureurs ont relevé mardi leurs primes après les dernières frappes de drones russes "
        "sur Odessa.",
    ),
    ("es", "Las aseguradoras elevaron el martes las primas tras los últimos bombardeos rusos sobre Odesa."),
    (
        "de",
        "Versicherer erhöhten am Dienstag die Prämien nach den jüngsten russischen Drohnenangriffen "
        "auf Odessa.",
    ),
    (
        "ru",
        "Страховщики во вторник повысили ставки после последних ударов российских беспилотников по Одессе.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), LATEST)
def test_the_latest_attacks_are_background(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


def test_a_german_attack_with_a_long_middle_field(extractor: Extractor) -> None:
    text = (
        "In der Nacht zum Samstag griff Russland zudem erneut die Gebietshauptstadt Dnipro mit Drohnen an. "
        "Nach Angaben des Gouverneurs wurden zwei Menschen verletzt."
    )
    events = alertable(extractor.extract(doc(text, "de", "2026-11-21T12:00:00")).events)
    assert [(e.category, e.location and e.location.name) for e in events] == [("airstrike", "Dnipro")]


# An agreement that "does not provide for" aid, recalled in a visit story, delivers none; aid handed
# over stays.
def test_an_agreement_without_aid_is_no_aid(extractor: Extractor) -> None:
    text = "В Кремле подчеркивали, что договор не предусматривает взаимной военной помощи."
    assert alertable(extractor.extract(doc(text, "ru", PUBLISHED)).events) == []


def test_aid_handed_over_stays(extractor: Extractor) -> None:
    text = "Россия передала Ирану системы ПВО, сообщили во вторник в Минобороны."
    events = alertable(extractor.extract(doc(text, "ru", PUBLISHED)).events)
    assert [e.category for e in events] == ["military_aid"]


# A later paragraph that retells the strike naming no place and no struck country, with the struck
# country read as the attacker, is the same strike; a strike back that names whom it hits stays apart.
def test_a_strike_retold_with_sides_misread_is_one(extractor: Extractor) -> None:
    text = (
        "شنّت طائرات حربية إسرائيلية فجر اليوم الجمعة غارات على مواقع عسكرية في محيط مدينة الكسوة، "
        "وفق ما أفادت وكالة سانا.\n\nوقالت الوكالة إن الغارات استهدفت مستودعات ذخيرة تابعة للجيش السوري."
    )
    events = alertable(extractor.extract(doc(text, "ar", "2026-11-20T12:00:00")).events)
    assert [(e.category, e.source and e.source.country) for e in events] == [("airstrike", "ISR")]


STRIKES_BACK = [
    (
        "en",
        "Israeli warplanes bombed Hezbollah positions in southern Lebanon on Sunday, the army said.\n\n"
        "In response, Hezbollah drones struck an Israeli army base on Sunday, the group said.",
    ),
    (
        "tr",
        "İsrail savaş uçakları pazar günü Lübnan'ın güneyindeki Hizbullah mevzilerini vurdu.\n\n"
        "Hizbullah da pazar günü İsrail ordusuna ait bir üssü SİHA'larla vurdu.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), STRIKES_BACK)
def test_a_strike_back_stays_apart(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-23T12:00:00")).events)
    assert sorted(e.source.country for e in events if e.source) == ["ISR", "LBN"]


# Reaction paragraphs: a head of state's appeal with a quoted phrase, a ministry's appeal told by an
# infinitive after its addressees; a coach's appeal to his players is none.
APPEALS = [
    (
        "fr",
        "Le président français Emmanuel Macron a appelé mercredi Israël à « la plus grande retenue » dans un "
        "message publié sur X.",
        ["appeal"],
    ),
    (
        "ru",
        "Официальный представитель МИД России Мария Захарова в субботу призвала Кабул и Исламабад проявить "
        "сдержанность и урегулировать разногласия путем диалога.",
        ["appeal"],
    ),
    ("ru", "Тренер призвал игроков проявить характер в финале.", []),
]


@pytest.mark.parametrize(("lang", "text", "categories"), APPEALS)
def test_appeals_in_reaction_paragraphs(
    extractor: Extractor, lang: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == categories
