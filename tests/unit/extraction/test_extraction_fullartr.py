"""Full articles in Arabic and Turkish: the paragraphs after the lead tell background, habits,
analysts' views, plans and the news again, and none of that is a new alertable event.

Arabic: an act recalled with "سبق أن", a habit ("بين الحين والآخر", "اجتماعات دورية"), a truce already
in force whose next phase is discussed, QNA's "يذكر أن" recap, observers' and analysts' views, a
meeting "scheduled ... next week" past a relative clause, a denial of "the reports" of a strike.
Turkish: the pluperfect closing a background sentence, a sentence closed by "planlanıyor" or
"bekleniyor" (but not the visit that frames what is expected), experts' views. In both, a later
paragraph that mentions the news without a place or day of its own, or the struck side's account
of a strike, is the news told again; a later paragraph with its own place and day is another event.
"""

from __future__ import annotations

from datetime import date

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.factuality import FactualityDataError, classify_factuality, parse_cues

PUBLISHED = "2026-11-23T12:00:00"  # a Monday

# (lang, sentence, trigger, factuality): each cue class with a near miss that keeps the news alertable
SENTENCES = [
    # a habit, an act recalled, a truce in force, a recap opening
    ("ar", "ويشن التحالف الدولي بين الحين والآخر غارات على مواقع التنظيم في البادية.", "غارات", "historical"),
    ("ar", "وسبق للأردن أن شن ضربات جوية على مواقع المهربين في جنوب سوريا.", "ضربات جوية", "historical"),
    ("ar", "وتعقد اللجنتان العسكريتان اجتماعات دورية لتنسيق ضبط الحدود.", "اجتماعات", "historical"),
    # "دورية" after no plural is a patrol, not "periodic"
    ("ar", "وقُتل جندي بانفجار عبوة ناسفة استهدفت دورية للجيش قرب الحدود.", "عبوة ناسفة", "asserted"),
    (
        "ar",
        "وبحث الجانبان سبل تنفيذ المرحلة الثانية من اتفاق وقف إطلاق النار في غزة.",
        "اتفاق وقف إطلاق النار",
        "historical",
    ),
    ("ar", "يذكر أن إسرائيل شنت غارات على مواقع في ريف دمشق.", "غارات", "historical"),
    ("ar", "أعلن الجيش الإسرائيلي تنفيذ غارات على مواقع في جنوب لبنان.", "غارات", "asserted"),
    (
        "ar",
        "ويشهد ريف درعا منذ أشهر حوادث أمنية متكررة، تشمل عمليات اغتيال وهجمات على نقاط عسكرية.",
        "اغتيال",
        "historical",
    ),
    # a truce that is only needed
    ("ar", "وأكد الوزير ضرورة التوصل إلى هدنة إنسانية في السودان.", "التوصل إلى هدنة", "hypothetical"),
    ("ar", "وأعلن الطرفان التوصل إلى هدنة إنسانية في السودان.", "التوصل إلى هدنة", "asserted"),
    (
        "tr",
        "Bakan, Gazze'de kalıcı ateşkesin sağlanması gerektiğini vurguladı.",
        "ateşkesin sağlanması",
        "hypothetical",
    ),
    # analysts' and observers' views
    ("ar", "ويتوقع مراقبون أن ترد إسرائيل بضربات على الموانئ.", "ضربات", "hypothetical"),
    ("ar", "حذر محللون عسكريون من أن الجيش يحشد قواته على الحدود.", "يحشد", "hypothetical"),
    ("ar", "حذّر محللون من أن الجيش يحشد قواته على الحدود.", "يحشد", "hypothetical"),  # shadda
    ("ar", "يُذكر أن إسرائيل شنت غارات على مواقع في ريف دمشق.", "غارات", "historical"),  # damma
    ("ar", "وقال مسؤول محلي إن الغارة أصابت مستودعاً للذخيرة.", "الغارة", "reported"),
    # a plan past a relative clause
    (
        "ar",
        "ومن المقرر أن يعقد ممثلو الآلية الرباعية، التي تضم أربع دول، اجتماعاً في واشنطن الأسبوع المقبل.",
        "اجتماعاً",
        "future",
    ),
    ("ar", "وعقد ممثلو الآلية الرباعية اجتماعاً في واشنطن يوم الاثنين.", "اجتماعاً", "asserted"),
    # a denial of the reports of a strike, past the asides that cut its clause
    (
        "ar",
        "نفت القيادة العامة للقوات المسلحة - الجيش العربي، اليوم الثلاثاء، صحة ما تداولته حسابات بشأن "
        "تنفيذ غارات في ريف السويداء.",
        "غارات",
        "negated",
    ),
    ("ar", "وأكدت الوزارة، اليوم الثلاثاء، صحة الأنباء عن غارات على ريف السويداء.", "غارات", "reported"),
    # the pluperfect closing a background sentence
    (
        "tr",
        "Aynı mahallede geçen ay da benzer çatışmalar yaşanmış, olaylarda 2 kişi ölmüştü.",
        "çatışmalar",
        "historical",
    ),
    ("tr", "Mahallede salı gecesi çatışmalar yaşandı, 2 kişi öldü.", "çatışmalar", "asserted"),
    # what the reader is reminded of
    ("tr", "Hatırlanacağı üzere HDK, geçen ay El-Faşir kentini ele geçirdi.", "ele geçir", "historical"),
    ("tr", "HDK, cumartesi günü El-Faşir kentini ele geçirdi.", "ele geçir", "asserted"),
    # a sentence closed by a verb of planning or expectation; the visit that frames it is under way
    (
        "tr",
        "Aliyev'in ziyaretinin cuma günü İstanbul'da sürmesi ve iş insanlarıyla bir araya gelmesi "
        "planlanıyor.",
        "ziyaretinin",
        "future",
    ),
    (
        "tr",
        "Fidan'ın ziyaretinde Suriye Cumhurbaşkanı ile bir araya gelmesi bekleniyor.",
        "bir araya gelmesi",
        "future",
    ),
    (
        "tr",
        "Fidan'ın ziyaretinde Suriye Cumhurbaşkanı ile bir araya gelmesi bekleniyor.",
        "ziyaretinde",
        "asserted",
    ),
    # experts' views
    (
        "tr",
        "Uzmanlar, saldırının İran'a yakın grupların işi olduğunu değerlendiriyor.",
        "saldırının",
        "hypothetical",
    ),
    ("tr", "Sivil savunma ekipleri, saldırının ardından enkazda arama yaptı.", "saldırının", "asserted"),
]


@pytest.mark.parametrize(("lang", "sentence", "trigger", "expected"), SENTENCES)
def test_background_plans_and_views_set_the_factuality(
    lang: str, sentence: str, trigger: str, expected: str
) -> None:
    start = sentence.index(trigger)
    got = classify_factuality(
        sentence, 0, len(sentence), start, start + len(trigger), lang, None, date(2026, 11, 18)
    )
    assert got == expected


# (lang, title, text, category, how many alertable events of it): the news told again in later
# paragraphs is one event; a later paragraph with its own place and day is another.
ARTICLES = [
    (
        "tr",
        "Lübnan'ın güneyine İsrail hava saldırısı",
        "BEYRUT (AA) - İsrail ordusunun Lübnan'ın güneyindeki Sur kentine dün düzenlediği hava "
        "saldırısında 2 kişi öldü.\n\n"
        "Lübnan Sağlık Bakanlığının açıklamasına göre, İsrail savaş uçakları kentin girişindeki bir "
        "binayı hedef aldı.\n\n"
        "Lübnan Cumhurbaşkanı saldırıyı kınadı.",
        "airstrike",
        1,
    ),
    (
        "tr",
        "Ankara'da emekliler maaş düzenlemesini protesto etti",
        "ANKARA (AA) - Emekliler, pazar günü Ankara'daki Kızılay Meydanı'nda toplanarak maaş "
        "düzenlemesini protesto etti.\n\n"
        "Polis, göstericilerin bir kısmını kısa süreli gözaltına aldı.\n\n"
        "Çalışma Bakanı, protestoların siyasi amaçlarla yönlendirildiğini söyledi.",
        "protest",
        1,
    ),
    (
        "tr",
        "Ankara'da emekliler maaş düzenlemesini protesto etti",
        "ANKARA (AA) - Emekliler, pazar günü Ankara'daki Kızılay Meydanı'nda toplanarak maaş "
        "düzenlemesini protesto etti.\n\n"
        "Pazartesi günü İzmir'de de yüzlerce emekli Gündoğdu Meydanı'nda protesto düzenledi.",
        "protest",
        2,
    ),
    (
        "ar",
        "الحوثيون يعلنون استهداف إيلات بصاروخ",
        "صنعاء - أعلنت جماعة الحوثي، اليوم الاثنين، أنها استهدفت مدينة إيلات جنوبي إسرائيل بصاروخ "
        "باليستي.\n\n"
        "وقال المتحدث العسكري باسم الجماعة إن العملية جاءت نصرة لغزة.\n\n"
        "من جهته، قال الجيش الإسرائيلي إن دفاعاته الجوية اعترضت صاروخاً أطلق من اليمن في سماء إيلات.",
        "missile_strike",
        1,
    ),
    (
        "ar",
        "الحوثيون يعلنون استهداف إيلات بصاروخ",
        "صنعاء - أعلنت جماعة الحوثي، اليوم الاثنين، أنها استهدفت مدينة إيلات جنوبي إسرائيل بصاروخ "
        "باليستي.\n\n"
        "وفي وقت لاحق، شنت طائرات حربية إسرائيلية غارات على ميناء الحديدة غربي اليمن.",
        "airstrike",
        1,
    ),
    (
        "ar",
        "تظاهرة في البصرة احتجاجاً على انقطاع الكهرباء",
        "البصرة - تظاهر مئات من سكان البصرة، مساء اليوم الأحد، أمام مبنى المحافظة احتجاجاً على "
        "انقطاع الكهرباء.\n\n"
        "وقال شهود إن قوات الأمن أطلقت الغاز المسيل للدموع لتفريق الحشود.\n\n"
        "ووصف المحافظ الاحتجاجات بأنها مشروعة.",
        "mobilisation",
        0,
    ),
]


@pytest.mark.parametrize("case", ARTICLES, ids=[f"{c[0]}-{c[3]}-{c[4]}" for c in ARTICLES])
def test_the_news_told_again_is_one_event(extractor: Extractor, case: tuple[str, str, str, str, int]) -> None:
    lang, title, text, category, count = case
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    told = [(e.category, e.evidence.trigger, e.factuality) for e in events]
    assert len([e for e in alertable(events) if e.category == category]) == count, told


@pytest.mark.parametrize(
    ("lang", "text", "official"),
    [
        (
            "tr",
            "Rusya'nın Belgorod bölgesi Valisi Roman Kuznetsov, Ukrayna İHA'larının bu sabah kentteki bir "
            "trafo merkezine saldırdığını açıkladı.",
            "Roman",
        ),
        (
            "tr",
            "Polis Sözcüsü Abdullahi Hassan, silahlı kişilerin bu sabah başkentteki bir askeri karakola "
            "saldırdığını söyledi.",
            "Hassan",
        ),
    ],
)
def test_an_officials_given_name_is_no_place(
    extractor: Extractor, lang: str, text: str, official: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    assert alertable(events), [(e.category, e.factuality) for e in events]
    assert all(e.location is None or e.location.name not in ("Roman", "Hassan") for e in events)
    assert all(e.location is None or official not in e.location.text for e in events)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # the drone workshop struck is the target; the strike's weapon is told apart
        ("Rus ordusu dün Harkiv'de bir SİHA fabrikasını füzelerle vurdu.", "missile_strike"),
        ("Rus ordusu dün Harkiv'de bir insansız hava aracı üretim atölyesini vurdu.", "assault"),
        ("Rus SİHA'ları dün Harkiv'de bir enerji tesisini vurdu.", "airstrike"),
    ],
)
def test_a_drone_made_or_stored_is_no_weapon(extractor: Extractor, text: str, category: str) -> None:
    events = alertable(extractor.extract(doc(text, "tr", PUBLISHED)).events)
    assert [e.category for e in events] == [category]


def test_a_bad_future_closing_cue_is_named() -> None:
    raw = {
        "clause_punct": ",",
        "after_window": 10,
        "negated": {"near": ["değil"]},
        "hypothetical": {"before": ["eğer"]},
        "future": {"before": ["yarın"]},
        "future_closing": ["planlan(ıyor"],
    }
    with pytest.raises(FactualityDataError, match=r"factuality/tr\.yaml: future_closing"):
        parse_cues(raw, "tr")
