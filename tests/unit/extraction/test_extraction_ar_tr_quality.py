"""Arabic and Turkish wire copy, table-driven: trials of old attacks and fighting that has gone on
for weeks are no news; news agencies and channels are no places ("SANA" is not Sanaa, "الجزيرة" not
Algiers); Turkish sides marked by the thing struck ("polis noktasına", "Türk bayraklı tanker"), by
the accusative of a threat ("Washington'ı tehdit etti") and places in the locative case
("Suriye'de"); and the finer of two places when a headline and its lead tell one event."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T09:00:00"


def _coded(extractor: Extractor, text: str, lang: str, category: str = "", title: str = "") -> list[Event]:
    """The alertable events of ``text`` (of ``category`` when given)."""
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    return [e for e in events if not category or e.category == category]


# (lang, title, text): nothing alertable — a sentence for an attack years ago, fighting recalled as
# the weeks-long background of the news, in Arabic with the prepositions glued to the noun.
SILENT = [
    (
        "ar",
        "الإعدام لمدانين بتفجير سوق مزدحم في الموصل",
        "أصدرت محكمة الجنايات في نينوى، الأحد، حكما بالإعدام على مدانَين اثنين بتفجير انتحاري أوقع "
        "عشرات القتلى عام 2016.",
    ),
    (
        "tr",
        "",
        "İstanbul'da 2016 yılında düzenlenen ve 12 kişinin öldüğü bombalı saldırıya ilişkin yeniden "
        "görülen davada mahkeme salı günü üç sanığa hapis cezası verdi.",
    ),
    (
        "tr",
        "",
        "Diyarbakır'daki karakola düzenlenen saldırıyla ilgili soruşturmada 5 kişi gözaltına alındı.",
    ),
    (
        "ar",
        "",
        "افتتحت السلطات مدرسة جديدة في المدينة، الثلاثاء. وتشهد المنطقة منذ أشهر اشتباكات متقطعة بين "
        "فصائل محلية.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), SILENT)
def test_trials_and_background_raise_nothing(extractor: Extractor, lang: str, title: str, text: str) -> None:
    events = _coded(extractor, text, lang, title=title)
    assert not events, [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text, category, country on no side and at no place): an agency or a channel named as the
# source of the report is neither a side nor the event's place.
NOT_A_PLACE = [
    (
        "tr",
        "İsrail savaş uçakları salı gecesi Humus kırsalındaki askeri mevzileri vurdu. Suriye devlet "
        "ajansı SANA'nın haberine göre saldırıda üç asker yaralandı.",
        "airstrike",
        "YEM",
    ),
    (
        "en",
        "Israeli warplanes struck army positions near Homs on Tuesday night, killing two soldiers, "
        "according to SANA.",
        "airstrike",
        "YEM",
    ),
    (
        "ar",
        "قُتل ثلاثة مدنيين، الاثنين، بقصف مدفعي على بلدة في ريف حماة، وفق ما أفاد مصدر طبي للجزيرة.",
        "shelling",
        "DZA",
    ),
    (
        "ar",
        "وقال مراسل الجزيرة إن غارات إسرائيلية استهدفت فجر اليوم مواقع في ريف درعا الغربي.",
        "airstrike",
        "DZA",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "country"), NOT_A_PLACE)
def test_agency_is_no_place(extractor: Extractor, lang: str, text: str, category: str, country: str) -> None:
    assert _coded(extractor, text, lang, category), text
    for e in _coded(extractor, text, lang):
        countries = {e.source and e.source.country, e.target and e.target.country}
        countries.add(e.location and e.location.country)
        assert country not in countries, (e.category, e.source, e.target, e.location)


def test_sanaa_in_turkish_is_still_the_yemeni_capital(extractor: Extractor) -> None:
    events = _coded(extractor, "ABD savaş uçakları salı gecesi Sana'da Husi mevzilerini vurdu.", "tr")
    assert [e.location.name for e in events if e.location] == ["Sanaa"]


# (text, category, target country, never the source's): Turkish marks the side a strike hits
# on the thing hit: a possessed noun in the dative ("polis kontrol noktasına", "ordusuna ait bir
# üsse"), a flag ("Yunan bayraklı gemiye"); the owner is the target, never the attacker.
THING_HIT = [
    ("Musul'da bir polis kontrol noktasına pazartesi gecesi silahlı saldırı düzenlendi.", "assault", "IRQ"),
    ("Kızıldeniz'de Yunan bayraklı bir gemiye salı günü füze saldırısı düzenlendi.", "missile_strike", "GRC"),
    ("Karadeniz'de Malta bayraklı bir tanker pazar gecesi İHA saldırısına uğradı.", "airstrike", "MLT"),
    ("Irak ordusuna ait bir üsse pazartesi günü İHA saldırısı düzenlendi.", "airstrike", "IRQ"),
]


@pytest.mark.parametrize(("text", "category", "target"), THING_HIT)
def test_turkish_thing_hit_is_the_target(extractor: Extractor, text: str, category: str, target: str) -> None:
    events = _coded(extractor, text, "tr", category)
    assert events, text
    e = events[0]
    assert e.target is not None and e.target.country == target, (e.source, e.target)
    assert e.source is None or e.source.country != target, (e.source, e.target)


# (text, source country, target country): the accusative object of "tehdit etmek" is the threatened.
THREATENED = [
    ("İran Savunma Bakanı, salı günü yaptığı açıklamada İsrail'i sert bir dille tehdit etti.", "IRN", "ISR"),
    (
        "Kuzey Kore lideri, bölgedeki askeri yığınağa tepki göstererek Washington'ı nükleer "
        "silahlarla tehdit etti.",
        "PRK",
        "USA",
    ),
    ("Rusya Dışişleri Bakanlığı sözcüsü, Finlandiya'yı karşı önlemlerle tehdit etti.", "RUS", "FIN"),
]


@pytest.mark.parametrize(("text", "source", "target"), THREATENED)
def test_turkish_threatened_is_the_target(extractor: Extractor, text: str, source: str, target: str) -> None:
    events = _coded(extractor, text, "tr", "threat")
    assert events, text
    e = events[0]
    assert (e.source and e.source.country, e.target and e.target.country) == (source, target)


# (text, place): a country in the locative case is the event place, and its
# country the side struck, even with an object noun between it and the trigger.
LOCATIVE = [
    ("İsrail savaş uçakları, salı gecesi Suriye'de askeri mevzilere hava saldırısı düzenledi.", "Syria"),
    ("ABD savaş uçakları pazartesi günü Yemen'de Husi hedeflerine hava saldırısı düzenledi.", "Yemen"),
]


@pytest.mark.parametrize(("text", "place"), LOCATIVE)
def test_turkish_locative_country_is_the_place(extractor: Extractor, text: str, place: str) -> None:
    events = _coded(extractor, text, "tr", "airstrike")
    assert events, text
    e = events[0]
    assert e.location is not None and e.location.name == place, e.location
    assert e.target is not None and e.target.country == e.location.country, e.target


# (lang, title, text, category, place): a headline names the country, the lead the town; the one
# event keeps the town.
FINER_PLACE = [
    (
        "tr",
        "Sudan'da ordu ile HDK arasında çatışma",
        "Sudan ordusu ile Hızlı Destek Kuvvetleri arasında Güney Kordofan eyaletindeki Kadugli kenti "
        "çevresinde salı günü çatışmalar yaşandı.",
        "clash",
        "Kadugli",
    ),
    (
        "fr",
        "Trois gendarmes tués dans une embuscade au Mali",
        "Trois gendarmes maliens ont été tués mardi dans une embuscade près de Ménaka, a indiqué l'armée.",
        "clash",
        "Ménaka",
    ),
]


@pytest.mark.parametrize("case", FINER_PLACE)
def test_one_event_keeps_the_finer_place(extractor: Extractor, case: tuple[str, str, str, str, str]) -> None:
    lang, title, text, category, place = case
    found = _coded(extractor, text, lang, category, title=title)
    assert len(found) == 1, [(e.category, e.location) for e in found]
    assert found[0].location is not None and found[0].location.name == place, found[0].location


# (lang, text): nothing alertable — an Arabic "قد" before an imperfect ("may launch"), a purpose
# ("لمواجهة ..."), an exhortation to readiness, a Turkish call to vote or resign (no appeal for calm).
NOT_NEWS = [
    ("ar", "ويرى محللون أن الجيش قد يشن هجوما على المدينة خلال الأسابيع المقبلة."),
    ("ar", "قال مسؤول عسكري إن الطائرات قد تقصف مواقع المسلحين إذا تعثرت المفاوضات."),
    ("ar", "أكد وزير الداخلية أهمية رفع الجاهزية لمواجهة محاولات التهريب عبر الحدود."),
    ("ar", "وصلت وحدات من الشرطة إلى المعبر لمواجهة أي طارئ خلال موسم الحج."),
    ("tr", "Muhalefet partisi lideri, grup toplantısında hükümete istifa çağrısında bulundu."),
    ("tr", "Sendikalar, işçilere cuma günü genel grev çağrısı yaptı."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_NEWS)
def test_hypotheses_purposes_and_political_calls_raise_nothing(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = _coded(extractor, text, lang)
    assert not events, [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text, category, source country, target country): the coded event and its sides.
CODED = [
    # a perfect after "قد" is "has": the strike is news
    ("ar", "وقد شنت طائرات إسرائيلية غارات على بلدة في جنوب لبنان الثلاثاء.", "airstrike", "ISR", "LBN"),
    # readiness raised by an army is a mobilisation
    ("ar", "أعلن الجيش المصري، الأحد، رفع درجة الاستعداد القصوى في سيناء.", "mobilisation", "EGY", None),
    (
        "ar",
        "أعلنت وزارة الدفاع الكويتية رفع حالة التأهب في صفوف القوات المسلحة.",
        "mobilisation",
        "KWT",
        None,
    ),
    # a visitor named after a participle of coming; the host is the name in the "to" case
    (
        "tr",
        "Cumhurbaşkanı Erdoğan, resmi ziyaret için Ankara'ya gelen Macaristan Başbakanı Viktor Orban'ı "
        "Külliye'de karşıladı.",
        "visit",
        "HUN",
        "TUR",
    ),
    (
        "tr",
        "Türkiye'ye resmi ziyarette bulunan Irak Başbakanı, salı günü Ankara'da Erdoğan ile görüştü.",
        "visit",
        "IRQ",
        "TUR",
    ),
    # an appeal for calm stays an appeal
    ("tr", "BM Genel Sekreteri, Lübnan ve İsrail'e itidal çağrısında bulundu.", "appeal", None, None),
]


@pytest.mark.parametrize("case", CODED)
def test_event_and_sides(extractor: Extractor, case: tuple[str, str, str, str | None, str | None]) -> None:
    lang, text, category, source, target = case
    events = _coded(extractor, text, lang, category)
    assert events, (text, [(e.category, e.factuality) for e in _coded(extractor, text, lang)])
    e = events[0]
    if source is not None:
        assert e.source is not None and e.source.country == source, e.source
    if target is not None:
        assert e.target is not None and e.target.country == target, e.target


def test_an_attack_not_confirmed_is_no_second_attack(extractor: Extractor) -> None:
    text = (
        "أعلنت جماعة الحوثي، الاثنين، أنها استهدفت ناقلة نفط في خليج عدن بصاروخ مجنح. ولم تؤكد "
        "البحرية الأمريكية الهجوم حتى الآن."
    )
    events = _coded(extractor, text, "ar", "missile_strike")
    assert [(e.source and e.source.country) for e in events] == ["YEM"], [
        (e.source, e.factuality) for e in events
    ]


# (text, category, source, target): Turkish names the agent of a strike in a relative clause
# ("İsrail ordusunun ... düzenlediği saldırıda", the attack the Israeli army carried out) or in an
# object clause ("saldırıyı HDK'nın gerçekleştirdiğini", that the RSF carried out the attack); the
# ministry that opens the sentence only reports it.
EMBEDDED_AGENT = [
    (
        "Lübnan Sağlık Bakanlığı, İsrail savaş uçaklarının pazartesi günü Sur kentine düzenlediği hava "
        "saldırısında 3 kişinin öldüğünü bildirdi.",
        "airstrike",
        "ISR",
        "LBN",
    ),
    (
        "Gazze Sağlık Bakanlığı, İsrail ordusunun salı sabahı Han Yunus'ta düzenlediği saldırıda 12 "
        "kişinin öldüğünü açıkladı.",
        "assault",
        "ISR",
        "PSE",
    ),
    (
        "Sudan'ın Kuzey Darfur eyaletindeki bir köye düzenlenen saldırıda 25 sivil öldü. Yerel "
        "yetkililer saldırıyı Hızlı Destek Kuvvetleri'nin gerçekleştirdiğini bildirdi.",
        "assault",
        "SDN",
        "SDN",
    ),
]


@pytest.mark.parametrize("case", EMBEDDED_AGENT)
def test_turkish_embedded_agent_is_the_source(extractor: Extractor, case: tuple[str, str, str, str]) -> None:
    text, category, source, target = case
    events = _coded(extractor, text, "tr", category)
    assert events, [(e.category, e.factuality) for e in _coded(extractor, text, "tr")]
    e = events[-1]
    assert (e.source and e.source.country, e.target and e.target.country) == (source, target), (
        e.source,
        e.target,
    )
    assert e.source is not None and e.source.role != "GOV", e.source


# (lang, text, category, source, target): two nouns of one sector are one force ("قوات الجيش
# السوري", the forces of the Syrian army), whose country is the source of the fight.
FORCES_OF = [
    (
        "ar",
        "اندلعت اشتباكات، الاثنين، بين قوات الجيش العراقي ومسلحين من تنظيم الدولة في صحراء الأنبار.",
        "clash",
        "IRQ",
    ),
    (
        "ar",
        "اندلعت اشتباكات، الأحد، بين قوات الجيش الصومالي ومقاتلين من حركة الشباب قرب مقديشو.",
        "clash",
        "SOM",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "source"), FORCES_OF)
def test_forces_of_the_army_are_one_actor(
    extractor: Extractor, lang: str, text: str, category: str, source: str
) -> None:
    events = _coded(extractor, text, lang, category)
    assert events, [(e.category, e.factuality) for e in _coded(extractor, text, lang)]
    assert events[0].source is not None and events[0].source.country == source, events[0].source


# (lang, text, visitor, host): an arrival and the visit noun of one sentence tell one visit.
ONE_VISIT = [
    (
        "ar",
        "وصل رئيس الوزراء العراقي إلى دمشق، الأحد، في زيارة رسمية يلتقي خلالها الرئيس السوري أحمد الشرع.",
        "IRQ",
        "SYR",
    ),
    (
        "en",
        "Jordan's foreign minister arrived in Cairo on Monday for a two-day visit and was received by "
        "President Abdel Fattah al-Sisi.",
        "JOR",
        "EGY",
    ),
]


@pytest.mark.parametrize(("lang", "text", "visitor", "host"), ONE_VISIT)
def test_one_sentence_one_visit(extractor: Extractor, lang: str, text: str, visitor: str, host: str) -> None:
    events = _coded(extractor, text, lang, "visit")
    sides = [(e.source and e.source.country, e.target and e.target.country) for e in events]
    assert sides == [(visitor, host)]


# (lang, text): an organisation and the holder of its office named after it, with only his title
# between, are one actor, never the two sides of the appeal.
ORG_AND_HOLDER = [
    ("tr", "BM Genel Sekreteri Antonio Guterres, Lübnan'daki taraflara salı günü itidal çağrısında bulundu."),
    ("de", "UN-Generalsekretär António Guterres hat Israel am Dienstag zur Zurückhaltung aufgerufen."),
]


@pytest.mark.parametrize(("lang", "text"), ORG_AND_HOLDER)
def test_organisation_and_office_holder_are_one_side(extractor: Extractor, lang: str, text: str) -> None:
    events = _coded(extractor, text, lang, "appeal")
    assert events, [(e.category, e.factuality) for e in _coded(extractor, text, lang)]
    e = events[0]
    assert e.source is not None and e.source.role == "IGO", e.source
    assert e.target is None or e.target.role != "IGO", e.target
