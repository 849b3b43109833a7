"""Arabic wire-copy constructions, table-driven: the day or "in a statement" set off by commas
between a subject and its verb ("قال الجيش، الأحد، إن ..."), which must not cut the clause, and the
towns and provinces the Arabic press names."""

from __future__ import annotations

import re
from functools import cache

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.knowledge import ActorLexicon, Gazetteer
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.triggers import ContextRules, load_lexicons

# Published on Tuesday 2024-12-03 (``doc``'s default).


@cache
def _rules(lang: str) -> ContextRules:
    return load_lexicons()[lang].context


# (text, the folded text with the asides opened): same length, commas of asides become spaces.
ASIDES = [
    ("أعلن الجيش، الأحد، أنه", "اعلن الجيش  الاحد  انه"),
    ("ذكرت الوكالة، مساء الجمعة، في بيان، أن", "ذكرت الوكاله  مساء الجمعه  في بيان  ان"),
    ("قالت الشرطة، أمس، إن", "قالت الشرطه  امس  ان"),
    ("وصل الوزير، اليوم الاثنين، إلى", "وصل الوزير  اليوم الاثنين  الي"),
    # not asides: a list and an apposition keep their commas
    ("قتل جنديان، وأصيب ثلاثة، في", "قتل جنديان، واصيب ثلاثه، في"),
    ("الرئيس اللبناني، جوزيف عون، إن", "الرييس اللبناني، جوزيف عون، ان"),
]


@pytest.mark.parametrize(("text", "opened"), ASIDES)
def test_asides_are_opened(text: str, opened: str) -> None:
    folded = fold(text)
    assert _rules("ar").open_asides(folded) == opened
    assert len(opened) == len(folded)


def test_a_language_without_asides_keeps_its_commas() -> None:
    text = fold("The army said, on Sunday, that")
    assert _rules("en").aside is None
    assert _rules("en").open_asides(text) == text


# (text, category, source country, target country): the one alertable event, its sides read across
# the aside.
ACROSS_ASIDES = [
    (
        "وصل رئيس الحكومة الأردنية، الأربعاء، إلى العاصمة العراقية بغداد في زيارة رسمية تستمر يومين.",
        "visit",
        "JOR",
        "IRQ",
    ),
    (
        "فرضت وزارة الخزانة البريطانية، الخميس، عقوبات على ثلاثة قادة في قوات الدعم السريع.",
        "sanction",
        "GBR",
        "SDN",
    ),
    (
        "تلقى ملك البحرين، مساء السبت، اتصالا هاتفيا من الرئيس الفرنسي.",
        "phone_call",
        "FRA",
        "BHR",
    ),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), ACROSS_ASIDES)
def test_sides_across_an_aside(
    extractor: Extractor, text: str, category: str, source: str, target: str
) -> None:
    events = alertable(extractor.extract(doc(text, "ar")).events)
    assert [e.category for e in events] == [category]
    event = events[0]
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


# (text, category): triggers whose words are split by an aside
TRIGGERS_ACROSS_ASIDES = [
    ("خرج آلاف المتظاهرين، مساء السبت، إلى شوارع الخرطوم للمطالبة بوقف الحرب.", "protest"),
    ("توصلت الحكومة والمتمردون، فجر الأحد، إلى اتفاق لوقف إطلاق النار في جوبا.", "ceasefire"),
]


# (text, alertable categories): the Popular Mobilisation Forces are a name, the consequences of a
# fight are a topic, a column of troops is sent, and a participle ("داعيا") makes an appeal.
NAMES_TOPICS_PARTICIPLES = [
    ("أعلنت هيئة الحشد الشعبي تعيين رئيس أركان جديد لقواتها.", []),
    ("حذر وزير الخارجية الأردني من تداعيات استمرار القتال في السودان على دول الجوار.", []),
    ("أرسلت أنقرة، صباح الجمعة، رتلا عسكريا جديدا إلى ريف حلب الشمالي.", ["mobilisation"]),
    ("قال مسؤول أممي إن الوضع خطير، داعيا الأطراف الليبية إلى الحوار.", ["appeal"]),
]


@pytest.mark.parametrize(("text", "categories"), NAMES_TOPICS_PARTICIPLES)
def test_names_topics_and_participles(extractor: Extractor, text: str, categories: list[str]) -> None:
    assert _alertable_categories(extractor, text) == categories


@pytest.mark.parametrize(("text", "category"), TRIGGERS_ACROSS_ASIDES)
def test_triggers_across_an_aside(extractor: Extractor, text: str, category: str) -> None:
    assert [e.category for e in alertable(extractor.extract(doc(text, "ar")).events)] == [category]


@cache
def _gazetteer() -> Gazetteer:
    return Gazetteer.load()


# (text, the places found): towns and provinces of the Arabic press, with proclitics; common words
# that are also town names elsewhere stay words.
PLACE_NAMES = [
    ("سقطت قذائف على أحياء في الرمادي وتكريت", ["Ramadi", "Tikrit"]),
    ("غارات على بلدة شبعا وأطراف البقاع", ["Shebaa", "Bekaa"]),
    ("اشتباكات قرب كادوقلي وبابنوسة في جنوب كردفان", ["Kadugli", "Babanusa", "Kordofan"]),
    ("وصل الوفد إلى سرت ثم إلى درنة", ["Sirte", "Derna"]),
    ("هجوم على مقر عسكري في بلدة عدن يابال بإقليم شبيلي الوسطى", ["Adan Yabaal", "Middle Shabelle"]),
    ("فتح الباب أمام حجة جديدة بشأن الهول الذي أصاب الأسواق", []),
]


@pytest.mark.parametrize(("text", "names"), PLACE_NAMES)
def test_places_of_the_arabic_press(text: str, names: list[str]) -> None:
    assert [m.name for m in _gazetteer().find(text, "ar")] == names


def _alertable_categories(extractor: Extractor, text: str) -> list[str]:
    return sorted(e.category for e in alertable(extractor.extract(doc(text, "ar")).events))


# (text, the alertable categories): fights only feared, "any attack", drills, curfews, risks that
# "threaten" with no agent, background in the pluperfect "وكان ... قد", and dual verbs of agreement.
NOT_EVENTS = [
    ("دفع الجيش بتعزيزات إلى ريف درعا وسط مخاوف من تجدد الاشتباكات مع مسلحين محليين.", ["mobilisation"]),
    ("أغلق السكان متاجرهم خشية اندلاع معارك جديدة بين الفصائل في المدينة.", []),
    ("حذر محللون من أن أي هجوم أمريكي على فنزويلا سيزيد التوتر في المنطقة.", []),
    ("اختتمت القوات الأردنية والأمريكية التدريب على صد هجوم بري وتنفيذ رمايات بالمدفعية.", []),
    ("فرضت السلطات حظر التجول في مدينة السويداء بعد مقتل ثلاثة أشخاص.", []),
    ("ارتفعت أسعار القمح بنسبة كبيرة ما يهدد بتفاقم أزمة الغذاء في اليمن.", []),
    ("وكانت قوات الدعم السريع قد سيطرت على المدينة في أكتوبر الماضي بعد حصار طويل.", []),
    ("وكان الجيش قد قصف مواقع للمسلحين في المنطقة قبل انسحابه.", []),
    ("قالت الخارجية إن السودان وجنوب السودان اتفقتا على وقف فوري لإطلاق النار في أبيي.", ["ceasefire"]),
    ("أعلنت الرياض أن الحكومة اليمنية والحوثيين توصلا إلى هدنة تشمل جبهات تعز.", ["ceasefire"]),
    # a feared fight does not hide a real one in another clause, nor a real threat
    ("قصف الجيش مواقع المسلحين في ريف حماة، فيما يخشى السكان موجة نزوح جديدة.", ["shelling"]),
    ("هدد الحرس الثوري باستهداف السفن الأمريكية في الخليج.", ["threat"]),
]


@pytest.mark.parametrize(("text", "categories"), NOT_EVENTS)
def test_feared_hypothetical_and_background_fights(
    extractor: Extractor, text: str, categories: list[str]
) -> None:
    assert _alertable_categories(extractor, text) == categories


_HARAKAT = re.compile("[\u064b-\u065f\u0670]")


def _coded(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            e.category,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.location.name if e.location else None,
        )
        for e in alertable(extractor.extract(doc(text, "ar")).events)
    ]


# Texts with harakat (shadda, tanween, short vowels inside words) code what the bare text codes:
# the receiving verb "تسلّم" turns the aid round, "عمّان" stays Amman (not Oman).
VOWELLED = [
    ("تسلّم الجيشُ الصومالي شحنةً من الذخائر مقدمة من تركيا.", ("military_aid", "TUR", "SOM")),
    ("وصل الرئيس الليبي إلى عمّان في زيارة رسمية.", ("visit", "LBY", "JOR")),
    ("قُتل جنديان عراقيان بانفجار عبوة ناسفة في الموصل.", ("assault", None, "IRQ")),
]


@pytest.mark.parametrize(("text", "expected"), VOWELLED)
def test_harakat_do_not_change_the_coding(
    extractor: Extractor, text: str, expected: tuple[str, str | None, str | None]
) -> None:
    with_marks = _coded(extractor, text)
    assert with_marks == _coded(extractor, _HARAKAT.sub("", text))
    assert [c[:3] for c in with_marks] == [expected]


@cache
def _actor_lexicon() -> ActorLexicon:
    return ActorLexicon.load()


# (text, actor codes, place names): a case ending or tanween after a word ends the word.
ENDINGS = [
    ("تسلّم الجيشُ الصومالي الذخائر", ["SOMMIL"], []),
    ("وصل الوفدُ الأردنيُّ إلى دمشقَ", ["JOR", "SYRGOV"], ["Damascus"]),
    ("سقطت قذيفةٌ على حلبَ", [], ["Aleppo"]),
]


@pytest.mark.parametrize(("text", "codes", "places"), ENDINGS)
def test_case_endings_end_the_word(text: str, codes: list[str], places: list[str]) -> None:
    assert [m.code for m in _actor_lexicon().find(text, "ar")] == codes
    assert [p.name for p in _gazetteer().find(text, "ar")] == places


# (text, source code, target code): the killed, counted with "من" ("three of the army's soldiers"),
# are the target, and the security services ("الأمن العام", "قوى الأمن الداخلي") are police.
VICTIMS = [
    (
        "قُتل أربعة جنود من الجيش اللبناني بانفجار لغم أثناء دورية قرب الحدود.",
        None,
        "LBNMIL",
    ),
    (
        "أصيب خمسة من عناصر قوى الأمن الداخلي اللبناني بهجوم مسلح على مخفر في البقاع.",
        None,
        "LBNCOP",
    ),
    (
        "مقتل اثنين من رجال الأمن العام الأردني برصاص مجهولين قرب الحدود السورية.",
        None,
        "JORCOP",
    ),
]


@pytest.mark.parametrize(("text", "source", "target"), VICTIMS)
def test_counted_victims_are_the_target(
    extractor: Extractor, text: str, source: str | None, target: str
) -> None:
    events = alertable(extractor.extract(doc(text, "ar")).events)
    assert [e.category for e in events] == ["assault"]
    event = events[0]
    assert (event.source.code if event.source else None) == source
    assert event.target is not None and event.target.code == target
