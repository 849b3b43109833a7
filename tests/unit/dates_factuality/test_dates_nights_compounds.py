"""Weekday compounds, nights "from A to B", nights just past and story-level dates (table-driven)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from vigie_extractor.core.dates import (
    DateDataError,
    find_dates,
    find_with,
    load_grammar,
    parse_grammar,
    resolve_event_date,
)

WEDNESDAY = date(2025, 3, 12)  # publication date of every case


# (lang, sentence, expression as found, expected day, relative)
CASES = [
    # German weekday compounds and "vom <Tag>"
    ("de", "Am Montagabend explodierte eine Autobombe.", "Montagabend", date(2025, 3, 10)),
    ("de", "Rebellen griffen am Sonntagmorgen ein Lager an.", "Sonntagmorgen", date(2025, 3, 9)),
    ("de", "Der Beschuss vom Samstag traf eine Schule.", "Samstag", date(2025, 3, 8)),
    ("de", "Die Kämpfe dauern seit Freitagnacht an.", "Freitagnacht", date(2025, 3, 7)),
    # Russian weekday with an adjective, nights "from A to B"
    ("ru", "Ракета попала в завод в прошлую пятницу.", "в прошлую пятницу", date(2025, 3, 7)),
    ("ru", "Удар нанесли в минувший понедельник.", "в минувший понедельник", date(2025, 3, 10)),
    ("ru", "Дроны атаковали порт в ночь со вторника на среду.", "в ночь со вторника на среду", WEDNESDAY),
    ("ru", "Обстрел начался в ночь на вторник.", "на вторник", date(2025, 3, 11)),
    # French, Spanish, English, German, Arabic, Turkish nights: the second day
    (
        "fr",
        "Des tirs ont visé la base dans la nuit de dimanche à lundi.",
        "dans la nuit de dimanche à lundi",
        date(2025, 3, 10),
    ),
    ("fr", "La nuit du lundi au mardi a été agitée.", "La nuit du lundi au mardi", date(2025, 3, 11)),
    (
        "es",
        "Hubo explosiones en la noche del domingo al lunes.",
        "en la noche del domingo al lunes",
        date(2025, 3, 10),
    ),
    (
        "es",
        "El ataque ocurrió la madrugada del lunes al martes.",
        "la madrugada del lunes al martes",
        date(2025, 3, 11),
    ),
    (
        "en",
        "Shelling continued through the night of Sunday to Monday.",
        "the night of Sunday to Monday",
        date(2025, 3, 10),
    ),
    (
        "en",
        "Drones flew in overnight from Monday into Tuesday.",
        "overnight from Monday into Tuesday",
        date(2025, 3, 11),
    ),
    (
        "de",
        "In der Nacht von Sonntag auf Montag fielen Schüsse.",
        "In der Nacht von Sonntag auf Montag",
        date(2025, 3, 10),
    ),
    ("ar", "دوت انفجارات ليل الأحد الاثنين في المدينة.", "ليل الأحد الاثنين", date(2025, 3, 10)),
    ("ar", "وقعت الاشتباكات ليلة الاثنين إلى الثلاثاء.", "ليلة الاثنين إلى الثلاثاء", date(2025, 3, 11)),
    (
        "tr",
        "Pazartesiyi salıya bağlayan gece saldırı düzenlendi.",
        "Pazartesiyi salıya bağlayan gece",
        date(2025, 3, 11),
    ),
    # a part of the day on an Arabic weekday, a weekday in a Turkish participle clause
    ("ar", "قصفت الطائرات الحي فجر الثلاثاء.", "الثلاثاء", date(2025, 3, 11)),
    ("ar", "اندلعت مواجهات مساء الاثنين.", "الاثنين", date(2025, 3, 10)),
    ("tr", "Pazar günü düzenlenen saldırıda iki kişi öldü.", "Pazar günü", date(2025, 3, 9)),
    ("tr", "Cuma günü başlayan operasyon sürüyor.", "Cuma günü", date(2025, 3, 7)),
    # the night just past belongs to the publication day
    ("en", "Air defences were active overnight.", "overnight", WEDNESDAY),
    ("en", "A blast shook the city in the early hours.", "in the early hours", WEDNESDAY),
    ("en", "Sirens sounded last night.", "last night", WEDNESDAY),
    ("fr", "La nuit dernière, un drone a frappé la ville.", "La nuit dernière", WEDNESDAY),
    ("es", "Anoche un dron impactó en un edificio.", "Anoche", WEDNESDAY),
    ("de", "In der Nacht wurde ein Depot getroffen.", "In der Nacht", WEDNESDAY),
    ("tr", "Dün gece sınırda çatışma çıktı.", "Dün gece", WEDNESDAY),
    ("ru", "Этой ночью сбили шесть дронов.", "Этой ночью", WEDNESDAY),
    ("ar", "سقطت قذائف ليلة أمس على البلدة.", "ليلة أمس", WEDNESDAY),
    # an evening is its own day
    ("fr", "Hier soir, des tirs ont été entendus.", "Hier soir", date(2025, 3, 11)),
    ("tr", "Dün akşam bir patlama oldu.", "Dün akşam", date(2025, 3, 11)),
]


@pytest.mark.parametrize(("lang", "sentence", "expression", "value"), CASES)
def test_expression_resolves(lang: str, sentence: str, expression: str, value: date) -> None:
    found = find_dates(sentence, lang, WEDNESDAY)
    assert [(m.text, m.value, m.precision) for m in found] == [(expression, value, "day")]


@pytest.mark.parametrize(
    ("lang", "sentence", "expression"),
    [
        ("en", "Officials met earlier this week.", "earlier this week"),
        ("fr", "Les pourparlers ont eu lieu en début de semaine.", "en début de semaine"),
        ("de", "Anfang der Woche trafen sich die Minister.", "Anfang der Woche"),
        ("ru", "В начале недели министры встретились.", "В начале недели"),
        ("ar", "التقى الوزيران مطلع الأسبوع.", "مطلع الأسبوع"),
    ],
)
def test_this_week_is_its_monday_without_a_day_precision(lang: str, sentence: str, expression: str) -> None:
    found = find_dates(sentence, lang, WEDNESDAY)
    assert [(m.text, m.value, m.precision) for m in found] == [(expression, date(2025, 3, 10), "unknown")]


def test_an_arabic_verb_starting_like_the_future_prefix_is_not_a_future_cue() -> None:
    # سيطرت "took control" begins with the letters of the future prefix سـ; ستزور "will visit" is future
    assert find_dates("سيطرت القوات على البلدة يوم الأحد.", "ar", WEDNESDAY)[0].value == date(2025, 3, 9)
    assert find_dates("ستزور الوزيرة أنقرة يوم الأحد.", "ar", WEDNESDAY)[0].value == date(2025, 3, 16)


@pytest.mark.parametrize(
    ("lang", "text", "sentence", "expected"),
    [
        # a headline takes the first day of its lead
        (
            "en",
            "Rebels seize border town\n\nRebels seized the town on Monday.",
            "Rebels seize border town",
            date(2025, 3, 10),
        ),
        (
            "de",
            "Peking verhängt Strafzölle\n\nDie Regierung gab die Zölle am Dienstagabend bekannt.",
            "Peking verhängt Strafzölle",
            date(2025, 3, 11),
        ),
        (
            "tr",
            "Sınırda çatışma\n\nPazar günü iki grup arasında çatışma çıktı.",
            "Sınırda çatışma",
            date(2025, 3, 9),
        ),
        # a body sentence takes the last day given before it
        (
            "fr",
            "Lundi, des combats ont éclaté. Trois soldats ont été tués.",
            "Trois soldats ont été tués.",
            date(2025, 3, 10),
        ),
        (
            "ru",
            "В понедельник армия начала наступление. Заняты два села.",
            "Заняты два села.",
            date(2025, 3, 10),
        ),
        # else the first one after it
        (
            "es",
            "El ejército bombardeó la zona. El ataque ocurrió el domingo.",
            "El ejército bombardeó la zona.",
            date(2025, 3, 9),
        ),
    ],
)
def test_a_dateless_sentence_takes_the_day_of_its_story(
    lang: str, text: str, sentence: str, expected: date
) -> None:
    start = text.index(sentence)
    mentions = find_dates(text, lang, WEDNESDAY)
    assert resolve_event_date(sentence, start, mentions, WEDNESDAY) == (expected, "day")


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ar", "tr", "ru"])
def test_prefilter_finds_the_new_expressions_too(lang: str) -> None:
    grammar = load_grammar(lang)
    assert grammar is not None and grammar.anchors is not None
    full_scan = replace(grammar, anchors=None)
    sentences = [c[1] for c in CASES if c[0] == lang]
    text = " Filler words about the weather and sports. ".join(sentences * 3)
    assert find_with(grammar, text, WEDNESDAY) == find_with(full_scan, text, WEDNESDAY)


def _grammar(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "months": {i: [f"month{i}x"] for i in range(1, 13)},
        "weekdays": {i: [f"day{i}x"] for i in range(1, 8)},
        "absolute": ["{D} {M}"],
        "relative": [{"p": "yday", "days": -1}],
    }
    raw.update(changes)
    return raw


@pytest.mark.parametrize(
    ("nights", "message"),
    [
        ("night {W0} {W}", "nights: expected a non-empty list"),
        (["night {W0} to {W0}"], "needs exactly one \\{W\\}"),
        (["night of {D} {W}"], "needs exactly one \\{W\\}"),
    ],
)
def test_malformed_nights_are_rejected(nights: Any, message: str) -> None:
    with pytest.raises(DateDataError, match=message):
        parse_grammar(_grammar(nights=nights), "xx")


def test_a_minimal_night_resolves_to_its_second_day() -> None:
    grammar = parse_grammar(_grammar(nights=["night {W0} to {W}"]), "xx")
    found = find_with(grammar, "a night day1x to day2x here", WEDNESDAY)
    assert [(m.text, m.value) for m in found] == [("night day1x to day2x", date(2025, 3, 11))]
