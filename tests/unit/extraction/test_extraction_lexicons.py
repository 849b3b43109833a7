"""Trigger lexicons: every language file validates, covers every category, and matches inflected,
multi-word and separable forms; bad data is refused at load time."""

from __future__ import annotations

import re
from typing import Any

import pytest

from vigie_extractor.core import taxonomy
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.triggers import (
    LanguageLexicon,
    TriggerDataError,
    load_categories,
    load_lexicons,
    original_offset,
    parse_language,
    skip_characters,
)
from vigie_extractor.evaluation import CATEGORY_PLOVER


@pytest.fixture(scope="module")
def lexicons() -> dict[str, LanguageLexicon]:
    return load_lexicons()


def test_categories_match_the_taxonomy_contract() -> None:
    categories = load_categories()
    assert set(categories) == set(CATEGORY_PLOVER)
    for name, cat in categories.items():
        assert cat.plover == CATEGORY_PLOVER[name]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_covers_every_category(lexicons: dict[str, LanguageLexicon], lang: str) -> None:
    covered = {e.category for e in lexicons[lang].entries}
    assert covered == set(CATEGORY_PLOVER)
    for entry in lexicons[lang].entries:
        taxonomy.validate(entry.plover, entry.mode, entry.cameo)
        assert 0 < entry.strength <= 1


# (lang, text, categories expected among the hits, in text order)
TRIGGERS = [
    ("en", "Erdogan and Putin held a phone call on Tuesday.", ["phone_call"]),
    ("en", "Rebels launched a major offensive and took control of the town.", ["offensive", "capture"]),
    # the bare verb after the strikes is a hit of its own ("hit", "ont visé": an attack only on a
    # physical object); the coder merges it with the strike it retells
    (
        "en",
        "Overnight airstrikes and missile strikes hit the port.",
        ["airstrike", "missile_strike", "assault"],
    ),
    (
        "en",
        "The truce was violated hours after both sides agreed to a ceasefire.",
        ["ceasefire_violation", "ceasefire"],
    ),
    ("fr", "Les deux présidents ont eu une conversation téléphonique mercredi.", ["phone_call"]),
    ("fr", "Les rebelles ont lancé une offensive et se sont emparés de la ville.", ["offensive", "capture"]),
    (
        "fr",
        "Des frappes aériennes ont visé la ville ; un cessez-le-feu a été signé jeudi.",
        ["airstrike", "assault", "ceasefire"],
    ),
    ("es", "Ambos líderes mantuvieron una llamada telefónica.", ["phone_call"]),
    ("es", "Los rebeldes tomaron el control de la ciudad tras bombardeos aéreos.", ["capture", "airstrike"]),
    ("es", "Las partes acordaron un alto el fuego.", ["ceasefire"]),
    ("de", "Die beiden Präsidenten führten ein Telefongespräch.", ["phone_call"]),
    ("de", "Die Armee griff am Montag die Stellungen der Rebellen an.", ["clash"]),  # armed vs armed
    (
        "de",
        "Die Rebellen nahmen die Stadt am Freitag ein, dann folgten Luftangriffe.",
        ["capture", "airstrike"],
    ),
    ("de", "Die Waffenruhe zwischen beiden Ländern wurde am Freitag gebrochen.", ["ceasefire_violation"]),
    ("ru", "Президенты провели телефонный разговор.", ["phone_call"]),
    ("ru", "Войска начали наступление и захватили село.", ["offensive", "capture"]),
    ("ru", "Авиаудары нанесены по городу; стороны договорились о перемирии.", ["airstrike", "ceasefire"]),
    ("tr", "İki lider telefonda görüştü.", ["phone_call"]),
    ("tr", "Muhalifler kente saldırı başlattı ve kenti ele geçirdi.", ["offensive", "capture"]),
    ("tr", "Hava saldırısı düzenlendi, ardından ateşkes ihlal edildi.", ["airstrike", "ceasefire_violation"]),
    ("ar", "أجرى الرئيسان اتصالا هاتفيا.", ["phone_call"]),
    ("ar", "وسيطرت الفصائل على المدينة بعد غارات جوية.", ["capture", "airstrike"]),
    ("ar", "وأعلن الطرفان وقف إطلاق النار.", ["ceasefire"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRIGGERS)
def test_triggers_match_inflected_and_multiword_forms(
    lexicons: dict[str, LanguageLexicon], lang: str, text: str, expected: list[str]
) -> None:
    hits = lexicons[lang].find(fold(text))
    assert [h.entry.category for h in hits] == expected
    for h in hits:
        assert h.end > h.start


def test_arabic_proclitics_stay_outside_the_trigger_span(lexicons: dict[str, LanguageLexicon]) -> None:
    text = "وبالغارات الجوية"
    hits = lexicons["ar"].find(fold(text))
    assert [h.entry.category for h in hits] == ["airstrike"]
    assert text[hits[0].start : hits[0].end] == "غارات الجوية"


def test_short_arabic_stem_does_not_match_inside_a_longer_word(lexicons: dict[str, LanguageLexicon]) -> None:
    assert lexicons["ar"].find(fold("وزارة الدفاع")) == []  # not "زار" (visited)


def _minimal(**triggers: Any) -> dict[str, Any]:
    return {"lang": "en", "triggers": triggers, "context": {}}


@pytest.mark.parametrize(
    "raw",
    [
        _minimal(dogfight=["dogfight"]),  # unknown category
        _minimal(phone_call=[{"p": "phoned", "cameo": "190"}]),  # CAMEO root does not fit CONSULT
        _minimal(airstrike=[{"p": "air raid", "mode": "phone"}]),  # mode not of FIGHT
        _minimal(protest=[{"p": "rall(y"}]),  # broken regex
        _minimal(protest=[{"p": "rally", "strength": 2}]),  # strength out of range
        _minimal(protest=[{"p": "rally", "colour": "red"}]),  # unknown key
        _minimal(protest=[]),  # empty list
        {"lang": "fr", "triggers": {}, "context": {}},  # wrong language
        {"lang": "en", "triggers": {}, "context": {"sports": ["goal"]}},  # unknown context key
        {**_minimal(protest=["rally"]), "ignore": "ab"},  # ignore: not one character class
        {**_minimal(protest=["rally"]), "ignore": "[a]+"},  # ignore: more than one character
    ],
)
def test_bad_trigger_data_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(TriggerDataError):
        parse_language("en", raw, load_categories())


def test_skipped_characters_map_back_to_their_original_offsets() -> None:
    bare, shifts = skip_characters(re.compile("[#]"), "#a#b##c#")
    assert bare == "abc"
    assert [original_offset(shifts, i) for i in range(len(bare))] == [1, 3, 6]
    assert original_offset(shifts, len(bare)) == 8  # the end of the text too


def test_nothing_skipped_maps_every_offset_to_itself() -> None:
    bare, shifts = skip_characters(re.compile("[#]"), "abc")
    assert (bare, [original_offset(shifts, i) for i in range(3)]) == ("abc", [0, 1, 2])
