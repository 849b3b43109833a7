"""One event per happening told several times, in every language: an act that is denied, planned or
imagined swallows only the vague mention its own frame goes on to tell, never a real one told before it
(an attack that killed six, then a denial of any missile strike on the town; a meeting held, then a call
planned for next week). Near misses: a denial whose clause goes on to name "the attack" it denies raises
no alert. A happening told in the headline, the lead and a later paragraph keeps the factuality of the
lead (the headline drops its attribution, the later paragraph retells it in passing), and an act
performed by announcing it stays asserted when the headline or the lead states it. One kind of strike on
two towns on two days is two events, however near the towns; retold on its day, one. Two calls of one
leader with two others are two events, even when the headline names both and the lead tells one of them."""

from __future__ import annotations

from datetime import date

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Actor, Event, Evidence, Factuality, Location
from vigie_extractor.core import Extractor
from vigie_extractor.core.dedupe import dedupe_and_number

PUBLISHED = "2026-11-24T12:00:00"  # a Tuesday

_FIGHTS = frozenset({"FIGHT", "ASSAULT"})

# (lang, text, the place of the attack): a real attack, then a denial of a strike at its place
TOLD_BEFORE_A_DENIAL = [
    (
        "en",
        "An attack on a bus station in Kramatorsk killed six people on Sunday, police said. Moscow "
        "denied that its army had fired any missile at Kramatorsk.",
        "Kramatorsk",
    ),
    (
        "fr",
        "Une attaque contre une gare routière de Kramatorsk a tué six personnes dimanche, selon la "
        "police. Moscou a nié avoir tiré le moindre missile sur Kramatorsk.",
        "Kramatorsk",
    ),
    (
        "es",
        "Un ataque contra una estación de autobuses de Kramatorsk mató el domingo a seis personas, según "
        "la policía. El Kremlin negó haber lanzado misiles contra Kramatorsk.",
        "Kramatorsk",
    ),
    (
        "de",
        "Bei einem Angriff auf einen Busbahnhof in Kramatorsk sind am Sonntag sechs Menschen getötet "
        "worden, teilte die Polizei mit. Moskau bestritt, Raketen auf Kramatorsk abgefeuert zu haben.",
        "Kramatorsk",
    ),
    (
        "ar",
        "قتل سبعة مدنيين في هجوم على سوق شعبي في مدينة الفاشر بشمال دارفور يوم الاثنين، حسب مصادر "
        "طبية. ونفى الجيش السوداني أن يكون قد شن غارة جوية على الفاشر.",
        "El Fasher",
    ),
    (
        "tr",
        "Kramatorsk'ta pazar günü bir otobüs terminaline düzenlenen saldırıda altı kişi öldü, polis "
        "açıkladı. Moskova, Kramatorsk'a füze saldırısı düzenlediği iddialarını reddetti.",
        "Kramatorsk",
    ),
    (
        "ru",
        "Атака на автовокзал в Херсоне в понедельник унесла жизни шести человек, сообщила полиция. В "
        "Москве отвергли обвинения в том, что российская армия нанесла ракетный удар по Херсону.",
        "Kherson",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "place"), TOLD_BEFORE_A_DENIAL, ids=[c[0] for c in TOLD_BEFORE_A_DENIAL]
)
def test_a_real_attack_is_not_swallowed_by_a_later_denial(
    extractor: Extractor, lang: str, text: str, place: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    told = [(e.category, e.factuality, e.evidence.trigger) for e in events]
    real = [e for e in alertable(events) if e.plover in _FIGHTS]
    assert len(real) == 1, told
    assert real[0].location is not None and real[0].location.name == place, told
    assert any(e.factuality == "negated" for e in events), told


# (lang, text): a denial whose own clause goes on to name the attack it denies: nothing to alert on
DENIAL_RETELLS = [
    (
        "en",
        "Israel's army denied on Monday that it had carried out an airstrike on Tyre, calling reports of "
        "the attack a fabrication.",
    ),
    (
        "fr",
        "L'armée israélienne a démenti lundi avoir mené une frappe aérienne sur Tyr, qualifiant l'attaque "
        "d'invention.",
    ),
    (
        "es",
        "El Ejército israelí negó el lunes haber lanzado un bombardeo aéreo sobre Tiro y calificó el "
        "ataque de invención.",
    ),
    (
        "de",
        "Die israelische Armee bestritt am Montag, einen Luftangriff auf Tyros geflogen zu haben, und "
        "nannte Berichte über den Angriff eine Erfindung.",
    ),
    (
        "ar",
        "نفى الجيش الإسرائيلي يوم الاثنين أن يكون قد شن غارة جوية على صور، "
        "واصفا الحديث عن الهجوم بأنه مختلق.",
    ),
    (
        "tr",
        "İsrail ordusu pazartesi günü Sur kentine hava saldırısı düzenlediği iddialarını reddetti ve "
        "saldırı haberlerini uydurma olarak nitelendirdi.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DENIAL_RETELLS, ids=[c[0] for c in DENIAL_RETELLS])
def test_a_denial_that_names_the_attack_it_denies_raises_nothing(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    assert events, "the denied strike is coded, as negated"
    assert alertable(events) == [], [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text): a meeting held, then a call planned in the same sentence or the next one
MET_THEN_PLANNED_CALL = [
    (
        "es",
        "Los cancilleres de Egipto y Jordania se reunieron el lunes en El Cairo y prevén mantener una "
        "conversación telefónica con su homólogo saudí la próxima semana.",
    ),
    (
        "de",
        "Die Außenminister Ägyptens und Jordaniens trafen sich am Montag in Kairo. Sie wollen kommende "
        "Woche mit ihrem saudischen Kollegen telefonieren.",
    ),
    (
        "ar",
        "التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الاثنين، ومن المقرر أن يجريا اتصالا "
        "هاتفيا مع نظيرهما السعودي الأسبوع المقبل.",
    ),
    (
        "tr",
        "Mısır ve Ürdün dışişleri bakanları pazartesi günü Kahire'de bir araya geldi ve gelecek hafta Suudi "
        "mevkidaşlarıyla telefonda görüşecek.",
    ),
    (
        "ru",
        "Министры иностранных дел Египта и Иордании в понедельник провели переговоры в Каире и на "
        "следующей неделе проведут телефонный разговор с саудовским коллегой.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MET_THEN_PLANNED_CALL, ids=[c[0] for c in MET_THEN_PLANNED_CALL])
def test_a_meeting_held_survives_a_call_planned_after_it(extractor: Extractor, lang: str, text: str) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    told = [(e.category, e.factuality, e.evidence.trigger) for e in events]
    assert [e.category for e in alertable(events)] == ["meeting"], told
    assert any(e.category == "phone_call" and e.factuality == "future" for e in events), told


def _telling(category: str, start: int, factuality: Factuality, confidence: float) -> Event:
    """One telling of a happening at Kharkiv whose sentence starts at ``start`` (the headline ends at 30)."""
    return Event(
        event_id=f"d:{start}",
        category=category,
        plover=PLOVER[category],
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        source=Actor(text="Russia", name="Russia", country="RUS", role="MIL"),
        target=Actor(text="Ukraine", name="Ukraine", country="UKR"),
        location=Location(text="Kharkiv", name="Kharkiv", country="UKR", feature="city"),
        event_date=date(2026, 11, 24),
        date_precision="day",
        factuality=factuality,
        confidence=confidence,
        evidence=Evidence(
            sentence="s",
            start=start,
            end=start + 20,
            trigger="t",
            trigger_start=start + 2,
            trigger_end=start + 3,
        ),
    )


PLOVER = {"airstrike": "FIGHT", "sanction": "SANCTION", "military_aid": "AID", "threat": "THREATEN"}
HEADLINE_END = 30

# (category, tellings as (sentence start, factuality, confidence), the factuality of the one event)
TELLINGS: list[tuple[str, list[tuple[int, Factuality, float]], Factuality]] = [
    # a headline drops the lead's attribution; a later paragraph retells the strike in passing
    ("airstrike", [(0, "asserted", 0.9), (40, "reported", 0.7)], "reported"),
    ("airstrike", [(0, "asserted", 0.9), (40, "reported", 0.7), (90, "asserted", 0.95)], "reported"),
    ("airstrike", [(40, "reported", 0.7), (90, "asserted", 0.95)], "reported"),
    ("airstrike", [(40, "asserted", 0.7), (90, "reported", 0.95)], "asserted"),
    # near misses: one sentence, or the headline alone, leaves it to the more confident telling
    ("airstrike", [(40, "reported", 0.7), (40, "asserted", 0.95)], "asserted"),
    # an act performed by announcing it, stated by the headline or the lead
    ("sanction", [(0, "asserted", 0.7), (40, "reported", 0.9)], "asserted"),
    ("military_aid", [(40, "asserted", 0.7), (90, "reported", 0.9)], "asserted"),
    ("threat", [(0, "reported", 0.7), (40, "reported", 0.9)], "reported"),
    # a later paragraph that states it may recall an earlier act: the lead decides
    ("military_aid", [(40, "reported", 0.9), (90, "asserted", 0.7)], "reported"),
]


@pytest.mark.parametrize(("category", "tellings", "factuality"), TELLINGS)
def test_a_happening_told_several_times_keeps_the_factuality_of_its_deciding_telling(
    category: str, tellings: list[tuple[int, Factuality, float]], factuality: Factuality
) -> None:
    events = [_telling(category, start, told, confidence) for start, told, confidence in tellings]
    merged = dedupe_and_number("d", events, headline_end=HEADLINE_END)
    assert [e.factuality for e in merged] == [factuality]


# (lang, headline, lead and a later paragraph): one drone strike, attributed by its lead
RETOLD_STRIKE = [
    (
        "en",
        "Russian drones hit Kharkiv power station",
        "Russian drones struck a power station in Kharkiv overnight into Tuesday, injuring two "
        "workers, the regional governor said.\n\nThe drone attack on the station left parts of the "
        "city without heating.",
    ),
    (
        "fr",
        "Des drones russes frappent une centrale à Kharkiv",
        "Des drones russes ont frappé une centrale électrique à Kharkiv dans la nuit de lundi à "
        "mardi, blessant deux employés, a indiqué le gouverneur régional.\n\nL'attaque de drones "
        "contre la centrale a privé une partie de la ville de chauffage.",
    ),
    (
        "es",
        "Drones rusos atacan una central eléctrica en Járkov",
        "Drones rusos atacaron una central eléctrica en Járkov en la madrugada del martes e hirieron "
        "a dos trabajadores, según el gobernador regional.\n\nEl ataque con drones contra la central "
        "dejó sin calefacción a parte de la ciudad.",
    ),
    (
        "de",
        "Russische Drohnen treffen Kraftwerk in Charkiw",
        "Russische Drohnen haben in der Nacht zum Dienstag ein Kraftwerk in Charkiw getroffen und "
        "zwei Arbeiter verletzt, teilte der Gouverneur der Region mit.\n\nDer Drohnenangriff auf das "
        "Kraftwerk ließ Teile der Stadt ohne Heizung.",
    ),
    (
        "ar",
        "مسيرات روسية تستهدف محطة كهرباء في خاركيف",
        "استهدفت طائرات مسيرة روسية محطة كهرباء في مدينة خاركيف فجر الثلاثاء، ما أدى إلى إصابة "
        "عاملين، وفق حاكم المنطقة.\n\nوتسبب الهجوم بالمسيرات على المحطة في انقطاع التدفئة عن أجزاء من "
        "المدينة.",
    ),
    (
        "tr",
        "Rus İHA'ları Harkiv'de elektrik santralini vurdu",
        "Rus insansız hava araçları pazartesiyi salıya bağlayan gece Harkiv'deki bir elektrik "
        "santralini vurdu, iki işçi yaralandı, bölge valisi açıkladı.\n\nİHA saldırısı kentin bazı "
        "bölgelerini ısıtmasız bıraktı.",
    ),
    (
        "ru",
        "Российские беспилотники атаковали электростанцию в Харькове",
        "Российские беспилотники в ночь на вторник атаковали электростанцию в Харькове, ранены двое "
        "рабочих, сообщил губернатор области.\n\nАтака беспилотников на электростанцию оставила часть "
        "города без отопления.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), RETOLD_STRIKE, ids=[c[0] for c in RETOLD_STRIKE])
def test_a_strike_told_by_headline_lead_and_later_paragraph_is_one_reported_event(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    told = [(e.category, e.factuality, e.evidence.trigger) for e in events]
    assert [(e.category, e.factuality) for e in events] == [("airstrike", "reported")], told


# (lang, text, the second town): one kind of strike on two nearby towns on two days
TWO_DAYS_TWO_TOWNS = [
    (
        "en",
        "Russian artillery shelled Kramatorsk on Sunday, wounding two people, officials said. On "
        "Monday, Russian forces shelled Sloviansk, killing a man, the regional governor said.",
        "Sloviansk",
    ),
    (
        "fr",
        "L'artillerie russe a bombardé dimanche Kramatorsk, blessant deux personnes, selon les "
        "autorités. Lundi, les forces russes ont bombardé Sloviansk, tuant un homme, a indiqué le "
        "gouverneur régional.",
        "Sloviansk",
    ),
    (
        "es",
        "La artillería rusa bombardeó el domingo Kramatorsk e hirió a dos personas, según las "
        "autoridades. El lunes, las tropas rusas bombardearon Sloviansk y mataron a un hombre, "
        "informó el gobernador regional.",
        "Sloviansk",
    ),
    (
        "de",
        "Russische Artillerie hat am Sonntag Kramatorsk beschossen und zwei Menschen verletzt, "
        "teilten die Behörden mit. Am Montag beschossen russische Truppen Slowjansk und töteten "
        "einen Mann, wie der Gouverneur mitteilte.",
        "Sloviansk",
    ),
    (
        "ar",
        "قصف الجيش الروسي مدينة كراماتورسك يوم الأحد، ما أدى إلى إصابة شخصين، وفق السلطات. ويوم "
        "الاثنين، قصفت القوات الروسية مدينة سلوفيانسك، ما أدى إلى مقتل رجل، حسب حاكم المنطقة.",
        "Sloviansk",
    ),
    (
        "tr",
        "Rus topçusu pazar günü Kramatorsk kentini bombaladı, iki kişi yaralandı. Pazartesi günü ise "
        "Rus birlikleri Slovyansk kentini bombaladı ve bir kişi öldü, bölge valisi açıkladı.",
        "Slovyansk",
    ),
    (
        "ru",
        "Российская артиллерия в воскресенье обстреляла Краматорск, ранены два человека, сообщили "
        "власти. В понедельник российские войска обстреляли Славянск, погиб мужчина, сообщил "
        "губернатор.",
        "Sloviansk",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "second"), TWO_DAYS_TWO_TOWNS, ids=[c[0] for c in TWO_DAYS_TWO_TOWNS]
)
def test_one_kind_of_strike_on_two_towns_on_two_days_is_two_events(
    extractor: Extractor, lang: str, text: str, second: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    told = [(e.category, e.location.name if e.location else None, e.event_date) for e in events]
    assert [(e.category, e.location.name if e.location else None) for e in events] == [
        ("shelling", "Kramatorsk"),
        ("shelling", second),
    ], told
    assert [str(e.event_date) for e in events] == ["2026-11-22", "2026-11-23"], told


# (lang, text): one strike told again later in other words, on its day: one event
RETOLD_ON_ITS_DAY = [
    (
        "en",
        "Russian artillery shelled Kramatorsk on Monday, wounding two people, officials said. The shelling "
        "of the city on Monday also damaged a school.",
    ),
    (
        "fr",
        "L'artillerie russe a bombardé Kramatorsk lundi, blessant deux personnes, selon les autorités. "
        "Le bombardement de la ville a aussi endommagé une école.",
    ),
    (
        "ru",
        "Российская артиллерия в понедельник обстреляла Краматорск, ранены два человека, сообщили власти. "
        "В результате обстрела города также повреждена школа.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), RETOLD_ON_ITS_DAY, ids=[c[0] for c in RETOLD_ON_ITS_DAY])
def test_a_strike_retold_on_its_day_stays_one_event(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == ["shelling"], [(e.category, e.evidence.trigger) for e in events]


# (lang, headline, lead): two calls of one leader with two others on two days, the headline naming both
TWO_CALLS = [
    (
        "en",
        "Macron calls Zelensky and Erdogan",
        "French President Emmanuel Macron spoke by phone with Ukrainian President Volodymyr Zelensky "
        "on Monday, the Elysee said. On Tuesday, Macron held a phone call with Turkish President "
        "Recep Tayyip Erdogan about the Black Sea.",
    ),
    (
        "fr",
        "Macron appelle Zelensky puis Erdogan",
        "Emmanuel Macron s'est entretenu lundi par téléphone avec Volodymyr Zelensky, a indiqué "
        "l'Elysée. Mardi, le président français a eu un entretien téléphonique avec son homologue "
        "turc Recep Tayyip Erdogan.",
    ),
    (
        "de",
        "Merz telefoniert mit Selenskyj und Erdogan",
        "Bundeskanzler Friedrich Merz hat am Montag mit dem ukrainischen Präsidenten Wolodymyr "
        "Selenskyj telefoniert. Am Dienstag telefonierte Merz mit dem türkischen Präsidenten Recep "
        "Tayyip Erdogan.",
    ),
    (
        "ru",
        "Путин провел телефонные разговоры",
        "Президент России Владимир Путин в понедельник провел телефонный разговор с президентом "
        "Турции Реджепом Тайипом Эрдоганом. Во вторник Путин провел телефонный разговор с "
        "премьер-министром Индии Нарендрой Моди.",
    ),
    (
        "es",
        "Sheinbaum habla con Lula y con Petro",
        "La presidenta de México, Claudia Sheinbaum, conversó por teléfono el lunes con su homólogo "
        "brasileño, Luiz Inácio Lula da Silva. El martes mantuvo una conversación telefónica con el "
        "presidente colombiano, Gustavo Petro.",
    ),
    (
        "ar",
        "ماكرون يتصل بزيلينسكي وأردوغان",
        "أجرى الرئيس الفرنسي إيمانويل ماكرون يوم الاثنين اتصالا هاتفيا مع الرئيس الأوكراني فولوديمير "
        "زيلينسكي. ويوم الثلاثاء، أجرى ماكرون اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.",
    ),
    (
        "tr",
        "Erdoğan, Zelenskiy ve Putin ile telefonda görüştü",
        "Cumhurbaşkanı Recep Tayyip Erdoğan pazartesi günü Ukrayna Devlet Başkanı Volodimir "
        "Zelenskiy ile telefonda görüştü. Erdoğan salı günü ise Rusya Devlet Başkanı Vladimir Putin "
        "ile telefonda görüştü.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), TWO_CALLS, ids=[c[0] for c in TWO_CALLS])
def test_two_calls_with_two_leaders_stay_two_events(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    told = [(e.category, e.target.country if e.target else None, e.event_date) for e in events]
    assert [e.category for e in events] == ["phone_call", "phone_call"], told
    assert [str(e.event_date) for e in events] == ["2026-11-23", "2026-11-24"], told


# (lang, headline, lead): a night strike, its detail told again later by the district and the evening
# before, with no actor named: one event
NIGHT_DETAIL = [
    (
        "en",
        "Russian missiles hit Kyiv",
        "Russia struck Kyiv with cruise missiles overnight into Tuesday, wounding six people, the "
        "air force said.\n\nThe missiles hit the Darnytskyi district of the capital late on Monday "
        "night, mayor Vitali Klitschko said.",
    ),
    (
        "de",
        "Raketen auf Kiew",
        "Russland hat Kiew in der Nacht zum Dienstag mit Marschflugkörpern angegriffen, sechs "
        "Menschen wurden verletzt.\n\nDer Angriff traf am späten Montagabend den Stadtteil Darnyzja, "
        "teilte Bürgermeister Klitschko mit.",
    ),
    (
        "ru",
        "Удар по Киеву",
        "Российские войска в ночь на вторник нанесли ракетный удар по Киеву, ранены шесть "
        "человек.\n\nВ понедельник поздно вечером ракеты попали в Дарницкий район столицы, сообщил мэр "
        "Кличко.",
    ),
    (
        "fr",
        "Frappes sur Kharkiv",
        "Des drones russes ont frappé Kharkiv dans la nuit de lundi à mardi, blessant trois "
        "personnes.\n\nLundi soir, les drones ont touché le quartier de Saltivka, selon le maire Igor "
        "Terekhov.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), NIGHT_DETAIL, ids=[c[0] for c in NIGHT_DETAIL])
def test_a_night_strike_told_again_by_its_district_stays_one_event(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    told = [(e.category, e.location.name if e.location else None, e.event_date) for e in events]
    assert len(events) == 1, told
