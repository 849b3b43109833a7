"""Date expressions in seven languages, resolved against the publication date (table-driven)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from vigie_extractor.core.dates import (
    DateDataError,
    DateMention,
    find_dates,
    find_with,
    load_all,
    load_grammar,
    parse_grammar,
    resolve_event_date,
    trigger_day,
)

THURSDAY = date(2024, 12, 5)  # publication date of most cases: a Thursday


def _only(text: str, lang: str, published: date | None = THURSDAY) -> DateMention:
    found = find_dates(text, lang, published)
    assert len(found) == 1, found
    return found[0]


# (lang, sentence, expression as written, expected date, precision)
CASES = [
    # weekdays: the most recent such day on or before publication
    ("fr", "Mercredi, l'armée a bombardé la ville.", "Mercredi", date(2024, 12, 4), "day"),
    ("fr", "Les frappes de mardi ont fait trois morts.", "mardi", date(2024, 12, 3), "day"),
    ("en", "Drones struck the port on Tuesday.", "Tuesday", date(2024, 12, 3), "day"),
    ("en", "Troops shelled the town on Saturday.", "Saturday", date(2024, 11, 30), "day"),
    ("es", "El jueves, el ejército atacó la ciudad.", "jueves", date(2024, 12, 5), "day"),
    ("es", "El miércoles hubo combates.", "miércoles", date(2024, 12, 4), "day"),
    ("de", "Am Samstag griff die Armee an.", "Samstag", date(2024, 11, 30), "day"),
    ("de", "Am Freitag kam es zu Gefechten.", "Freitag", date(2024, 11, 29), "day"),
    ("tr", "Çarşamba günü ordu kente saldırdı.", "Çarşamba günü", date(2024, 12, 4), "day"),
    ("tr", "Pazartesi sabahı çatışmalar başladı.", "Pazartesi sabahı", date(2024, 12, 2), "day"),
    ("ru", "Войска обстреляли город в среду.", "в среду", date(2024, 12, 4), "day"),
    ("ru", "В понедельник армия начала наступление.", "В понедельник", date(2024, 12, 2), "day"),
    ("ru", "Удар был нанесен в ночь на субботу.", "на субботу", date(2024, 11, 30), "day"),
    ("ar", "قصفت الطائرات المدينة يوم الأربعاء.", "يوم الأربعاء", date(2024, 12, 4), "day"),
    ("ar", "اندلعت اشتباكات الاثنين.", "الاثنين", date(2024, 12, 2), "day"),
    # a weekday after the publication weekday belongs to the previous week
    ("en", "Talks were held on Friday.", "Friday", date(2024, 11, 29), "day"),
    # a past marker on the publication weekday moves it a week back
    ("en", "Russia attacked Sumy last Thursday.", "Thursday", date(2024, 11, 28), "day"),
    ("fr", "L'attaque de jeudi dernier a tué dix personnes.", "jeudi", date(2024, 11, 28), "day"),
    # a future marker makes it the next such day
    ("fr", "Le sommet aura lieu mardi prochain.", "mardi", date(2024, 12, 10), "day"),
    ("en", "The minister will visit Ankara on Monday.", "Monday", date(2024, 12, 9), "day"),
    # relative days
    ("fr", "Hier, des drones ont frappé Odessa.", "Hier", date(2024, 12, 4), "day"),
    ("fr", "Avant-hier, l'armée a reculé.", "Avant-hier", date(2024, 12, 3), "day"),
    ("fr", "Aujourd'hui, la ville est calme.", "Aujourd'hui", date(2024, 12, 5), "day"),
    ("en", "Yesterday the army withdrew.", "Yesterday", date(2024, 12, 4), "day"),
    ("en", "Protesters gathered today in Tbilisi.", "today", date(2024, 12, 5), "day"),
    ("en", "Shelling resumed 3 days ago.", "3 days ago", date(2024, 12, 2), "day"),
    ("es", "Ayer se firmó el alto el fuego.", "Ayer", date(2024, 12, 4), "day"),
    ("es", "Hoy se reúnen los ministros.", "Hoy", date(2024, 12, 5), "day"),
    ("de", "Gestern wurde Charkiw beschossen.", "Gestern", date(2024, 12, 4), "day"),
    ("de", "Heute tagt der Sicherheitsrat.", "Heute", date(2024, 12, 5), "day"),
    ("tr", "Dün İsrail Gazze'yi vurdu.", "Dün", date(2024, 12, 4), "day"),
    ("tr", "Bugün bakanlar görüştü.", "Bugün", date(2024, 12, 5), "day"),
    ("ru", "Вчера армия отступила.", "Вчера", date(2024, 12, 4), "day"),
    ("ru", "Сегодня прошли переговоры.", "Сегодня", date(2024, 12, 5), "day"),
    ("ar", "قصف الجيش المدينة أمس.", "أمس", date(2024, 12, 4), "day"),
    ("ar", "اجتمع الوزراء اليوم.", "اليوم", date(2024, 12, 5), "day"),
    (
        "fr",
        "La semaine dernière, Kiev a reçu des missiles.",
        "La semaine dernière",
        date(2024, 11, 25),
        "unknown",
    ),
    ("en", "Fighting raged last week near Pokrovsk.", "last week", date(2024, 11, 25), "unknown"),
    ("fr", "Des manifestations ont eu lieu ce week-end.", "ce week-end", date(2024, 12, 7), "day"),
    # absolute dates, with and without year
    ("fr", "Le 27 novembre, les rebelles ont pris Alep.", "27 novembre", date(2024, 11, 27), "day"),
    ("fr", "Le sommet s'est tenu le 3 décembre 2024.", "3 décembre 2024", date(2024, 12, 3), "day"),
    ("fr", "Le 1er décembre, la ville est tombée.", "1er décembre", date(2024, 12, 1), "day"),
    ("en", "The deal was signed on December 3, 2024.", "December 3, 2024", date(2024, 12, 3), "day"),
    ("en", "Rebels entered Aleppo on 29 November.", "29 November", date(2024, 11, 29), "day"),
    (
        "es",
        "El 3 de diciembre de 2024 se firmó la tregua.",
        "3 de diciembre de 2024",
        date(2024, 12, 3),
        "day",
    ),
    ("de", "Am 3. Dezember 2024 begann die Offensive.", "3. Dezember 2024", date(2024, 12, 3), "day"),
    ("de", "Die Waffenruhe vom 03.12.2024 hält.", "03.12.2024", date(2024, 12, 3), "day"),
    ("tr", "3 Aralık 2024 tarihinde ateşkes ilan edildi.", "3 Aralık 2024", date(2024, 12, 3), "day"),
    ("ru", "3 декабря 2024 года войска вошли в город.", "3 декабря 2024 года", date(2024, 12, 3), "day"),
    (
        "ar",
        "في 3 ديسمبر/كانون الأول 2024 أعلنت الهدنة.",
        "3 ديسمبر/كانون الأول 2024",
        date(2024, 12, 3),
        "day",
    ),
    ("en", "The report is dated 2024-11-30.", "2024-11-30", date(2024, 11, 30), "day"),
    # "since" keeps the date it introduces
    ("en", "Fighting has continued since 27 November.", "27 November", date(2024, 11, 27), "day"),
    ("fr", "Les combats durent depuis le 27 novembre.", "27 novembre", date(2024, 11, 27), "day"),
    # month + year, bare years
    ("fr", "L'offensive a commencé en novembre 2024.", "en novembre 2024", date(2024, 11, 1), "month"),
    (
        "es",
        "Los combates empezaron en noviembre de 2024.",
        "en noviembre de 2024",
        date(2024, 11, 1),
        "month",
    ),
    ("de", "Die Offensive begann im November 2024.", "im November 2024", date(2024, 11, 1), "month"),
    ("en", "The city was liberated in 1944.", "in 1944", date(1944, 1, 1), "year"),
    ("fr", "La ville a été libérée en 1944.", "en 1944", date(1944, 1, 1), "year"),
    ("de", "Die Stadt wurde im Jahr 1944 befreit.", "im Jahr 1944", date(1944, 1, 1), "year"),
    ("tr", "Kent 1944 yılında kurtarıldı.", "1944 yılında", date(1944, 1, 1), "year"),
    ("ru", "Город освободили в 1944 году.", "в 1944 году", date(1944, 1, 1), "year"),
    ("ar", "تحررت المدينة عام 1944.", "عام 1944", date(1944, 1, 1), "year"),
]


@pytest.mark.parametrize(("lang", "sentence", "expression", "value", "precision"), CASES)
def test_expression_resolves(lang: str, sentence: str, expression: str, value: date, precision: str) -> None:
    found = _only(sentence, lang)
    assert (found.text, found.value, found.precision) == (expression, value, precision)
    assert sentence[found.start : found.end] == expression


def test_year_rollover_in_early_january() -> None:
    found = _only("Le 28 décembre, un drone a frappé Kiev.", "fr", date(2025, 1, 2))
    assert found.value == date(2024, 12, 28)


def test_future_sentence_keeps_a_later_day_month_in_the_coming_year() -> None:
    found = _only("Le sommet aura lieu le 5 janvier.", "fr", date(2024, 12, 28))
    assert found.value == date(2025, 1, 5)


def test_day_month_after_publication_is_last_year_unless_future() -> None:
    assert _only("Russia attacked Kharkiv on 20 December.", "en").value == date(2023, 12, 20)
    assert _only("Leaders will meet on 20 December.", "en").value == date(2024, 12, 20)


def test_narrative_next_day_and_a_distant_future_clause_do_not_make_a_weekday_future() -> None:
    assert _only("On Tuesday troops attacked; the next day they withdrew.", "en").value == date(2024, 12, 3)
    text = "Russia attacked Kharkiv on Tuesday morning, while the foreign ministers of NATO will meet."
    assert _only(text, "en").value == date(2024, 12, 3)
    assert _only("On Friday, leaders will meet in Brussels.", "en").value == date(2024, 12, 6)


def test_impossible_date_is_dropped() -> None:
    assert find_dates("Le 31 février, rien ne s'est passé.", "fr", THURSDAY) == []
    assert find_dates("Le 31 février, rien ne s'est passé.", "fr", None) == []
    assert find_dates("Report 2024-13-45 and 31.02.2024.", "de", THURSDAY) == []


def test_relative_flags_and_offsets() -> None:
    text = "Hier et le 3 décembre."
    yesterday, absolute = find_dates(text, "fr", THURSDAY)
    assert yesterday.relative and not absolute.relative
    assert text[absolute.start : absolute.end] == "3 décembre"


def test_without_publication_date_relatives_have_no_value() -> None:
    yesterday, dated, undated = find_dates("Yesterday, on 3 December 2024 and 4 December.", "en", None)
    assert (yesterday.value, yesterday.precision) == (None, "unknown")
    assert dated.value == date(2024, 12, 3)
    assert (undated.value, undated.precision) == (None, "unknown")


def test_unsupported_language_finds_nothing() -> None:
    assert find_dates("Gisteren viel het leger aan op 3 december.", "nl", THURSDAY) == []


def test_words_that_only_look_like_dates() -> None:
    assert find_dates("Die Angriffe begannen am Morgen.", "de", THURSDAY) == []
    assert find_dates("Los ataques empezaron por la mañana.", "es", THURSDAY) == []
    assert find_dates("Война разрушила окружающую среду.", "ru", THURSDAY) == []
    assert _only("Die Minister treffen sich morgen.", "de").value == date(2024, 12, 6)
    assert _only("Los ministros se reúnen mañana.", "es").value == date(2024, 12, 6)


def test_words_inside_other_words_are_not_dates() -> None:
    assert find_dates("Les Mardistes ont hiérarchisé.", "fr", THURSDAY) == []
    assert find_dates("Officials may meet.", "en", THURSDAY) == []


def test_resolve_prefers_precise_absolute_date_in_the_sentence() -> None:
    text = "Intro. On Tuesday, officials recalled the 1944 massacre on 3 December 2024. Later, hier."
    mentions = find_dates(text, "en", THURSDAY)
    start = text.index("On Tuesday")
    sentence = text[start : text.index(" Later")]
    assert resolve_event_date(sentence, start, mentions, THURSDAY) == (date(2024, 12, 3), "day")


def test_resolve_prefers_its_own_sentence_over_its_neighbours() -> None:
    text = "Yesterday talks failed. On Monday Russia shelled Kharkiv."
    mentions = find_dates(text, "en", THURSDAY)
    start = text.index("On Monday")
    assert resolve_event_date(text[start:], start, mentions, THURSDAY) == (date(2024, 12, 2), "day")


def test_resolve_does_not_borrow_far_or_vague_dates() -> None:
    # a month, a distant day and a future day say nothing about a dateless sentence
    text = "In November the front moved. Russia shelled Kharkiv. Talks resume next Monday."
    mentions = find_dates(text, "en", THURSDAY)
    start = text.index("Russia")
    sentence = text[start : text.index(" Talks")]
    assert resolve_event_date(sentence, start, mentions, THURSDAY) == (THURSDAY, "unknown")
    far = "On Tuesday talks failed." + " Filler words." * 30 + " Russia shelled Kharkiv."
    start = far.index("Russia")
    assert resolve_event_date(far[start:], start, find_dates(far, "en", THURSDAY), THURSDAY) == (
        THURSDAY,
        "unknown",
    )


def test_resolve_without_any_date() -> None:
    assert resolve_event_date("Russia shelled Kharkiv.", 0, [], None) == (None, "unknown")


def test_resolve_month_precision() -> None:
    text = "L'offensive a commencé en novembre 2024."
    assert resolve_event_date(text, 0, find_dates(text, "fr", THURSDAY), THURSDAY) == (
        date(2024, 11, 1),
        "month",
    )


def test_every_packaged_grammar_loads() -> None:
    assert set(load_all()) == {"en", "fr", "es", "de", "ar", "tr", "ru"}


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
    ("raw", "message"),
    [
        ("months: []", "expected keys months, weekdays, absolute, relative"),
        (_grammar(extra=[]), "unknown keys \\['extra'\\]"),
        (_grammar(months={1: ["jan"]}), "months: expected keys 1..12"),
        (_grammar(weekdays={i: [] for i in range(1, 8)}), "weekdays.1: expected a non-empty list"),
        (_grammar(absolute=["tomorrow"]), "needs \\{D\\}, \\{M\\}, \\{MN\\} or \\{Y\\}"),
        (_grammar(absolute=["{D} {M} (unclosed"]), "bad regular expression"),
        (_grammar(relative=[{"p": "yday"}]), "give exactly one of days, weeks, years, weekend"),
        (_grammar(relative=[{"p": "ly", "years": -1, "days": 1}]), "give exactly one of days, weeks, years"),
        (_grammar(relative=[{"p": "ly", "years": "last"}]), "years must be an integer"),
        (_grammar(relative=[{"p": "yday", "days": "one"}]), "days must be an integer"),
        (_grammar(relative=[{"p": "wkd", "weekend": 1}]), "weekend must be true"),
        (_grammar(relative=["yday"]), "relative: bad item"),
        (_grammar(past="last"), "past: expected a non-empty list of strings"),
    ],
)
def test_malformed_date_data_is_rejected(raw: Any, message: str) -> None:
    with pytest.raises(DateDataError, match=message):
        parse_grammar(raw, "xx")


def test_a_valid_minimal_grammar_works() -> None:
    grammar = parse_grammar(_grammar(), "xx")
    assert grammar.regex.search("le 3 month12x") is not None


@pytest.mark.parametrize("lang", ["en", "fr", "es", "de", "ar", "tr", "ru"])
def test_prefilter_finds_what_a_full_scan_finds(lang: str) -> None:
    grammar = load_grammar(lang)
    assert grammar is not None and grammar.anchors is not None
    full_scan = replace(grammar, anchors=None)
    sentences = [c[1] for c in CASES if c[0] == lang]
    text = " Filler words about the weather and sports. ".join(sentences * 3)
    assert find_with(grammar, text, THURSDAY) == find_with(full_scan, text, THURSDAY)
    assert len(find_with(grammar, text, THURSDAY)) >= 3 * len(sentences)


def _day(text: str, words: str, value: date) -> DateMention:
    start = text.index(words)
    return DateMention(start, start + len(words), words, value, "day", True)


def test_a_sentence_with_two_days_dates_each_trigger_by_the_nearest() -> None:
    text = "The ministry said on Friday that strikes on Thursday killed five."
    friday = _day(text, "on Friday", date(2026, 11, 20))
    thursday = _day(text, "on Thursday", date(2026, 11, 19))
    mentions = [friday, thursday]
    strikes = (text.index("strikes"), text.index("strikes") + len("strikes"))
    said = (text.index("said"), text.index("said") + len("said"))
    assert trigger_day(0, len(text), mentions, strikes) == date(2026, 11, 19)
    assert trigger_day(0, len(text), mentions, said) == date(2026, 11, 20)
    # one day only: the sentence's date decides (None here)
    assert trigger_day(0, len(text), [friday], strikes) is None
    # a day inside a long trigger counts from the trigger's end, its verb
    truce = "The truce agreed on Tuesday broke down on Friday."
    days = [_day(truce, "on Tuesday", date(2026, 11, 17)), _day(truce, "on Friday", date(2026, 11, 20))]
    assert trigger_day(0, len(truce), days, (truce.index("truce"), truce.index(" on Friday"))) == date(
        2026, 11, 20
    )
