"""Factuality of a trigger in its sentence, in seven languages, with traps (table-driven)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from vigie_extractor.core.factuality import (
    PRIORITY,
    FactualityDataError,
    classify_factuality,
    load_all,
    parse_cues,
)

PUBLISHED = date(2024, 12, 5)


def _classify(
    lang: str, sentence: str, trigger: str, event_date: date | None = None, prefix: str = "Intro. "
) -> str:
    # The sentence sits inside a longer text, so offsets are article offsets, not sentence ones.
    text = prefix + sentence + " Outro."
    start = len(prefix)
    t_start = text.index(trigger, start)
    return classify_factuality(
        text, start, start + len(sentence), t_start, t_start + len(trigger), lang, event_date, PUBLISHED
    )


# (lang, sentence, trigger, expected)
CASES = [
    # --- English
    ("en", "Russian forces shelled Kharkiv overnight.", "shelled", "asserted"),
    ("en", "Moscow denied that its forces shelled Kharkiv.", "shelled", "negated"),
    ("en", "The army did not attack the convoy.", "attack", "negated"),
    ("en", "No airstrike was carried out on the city.", "airstrike", "negated"),
    ("en", "Kyiv said it did not launch the drones.", "launch", "negated"),
    ("en", "If talks fail, Russia could launch an offensive.", "offensive", "hypothetical"),
    ("en", "The strike would escalate the war.", "escalate", "hypothetical"),
    ("en", "Russia will deploy more troops.", "deploy", "future"),
    ("en", "Turkey plans to launch a ground operation.", "operation", "future"),
    ("en", "Iran threatened to strike Israeli bases.", "strike", "future"),
    ("en", "Veterans marked the anniversary of the battle.", "battle", "historical"),
    ("en", "According to local officials, drones attacked Belgorod.", "attacked", "reported"),
    ("en", "Russia said it had struck Ukrainian positions.", "struck", "reported"),
    ("en", "Hamas claimed the attack on the checkpoint.", "attack", "reported"),
    ("en", "The Kremlin said Putin spoke with Erdogan by phone.", "spoke", "reported"),
    # traps (a plain verb of saying reports the event: the labelling guideline in eval/README.md)
    ("en", "Officials who did not want to be named said the army shelled Kharkiv.", "shelled", "reported"),
    ("en", "The minister did not comment, but troops shelled the town.", "shelled", "asserted"),
    ("en", "Russia not only shelled Kharkiv but also attacked Sumy.", "shelled", "asserted"),
    ("en", "No sooner had the talks ended than Russian troops attacked Sumy.", "attacked", "asserted"),
    ("en", "There were no casualties, the army said after it bombed the depot.", "bombed", "asserted"),
    # --- French
    ("fr", "L'armée a bombardé la ville dans la nuit.", "bombardé", "asserted"),
    ("fr", "L'armée n'a pas bombardé la ville.", "bombardé", "negated"),
    ("fr", "Moscou a démenti avoir frappé l'hôpital.", "frappé", "negated"),
    ("fr", "Aucune frappe n'a visé la centrale.", "frappe", "negated"),
    ("fr", "La Russie pourrait lancer une offensive.", "offensive", "hypothetical"),
    ("fr", "Si Kiev attaque, Moscou répondra.", "attaque", "hypothetical"),
    ("fr", "L'armée va lancer une offensive.", "offensive", "future"),
    ("fr", "Ankara prévoit de lancer une opération terrestre.", "opération", "future"),
    ("fr", "Téhéran menace de frapper Israël.", "frapper", "future"),
    ("fr", "L'armée bombardera la ville.", "bombardera", "future"),
    ("fr", "Paris commémore le débarquement, il y a 80 ans.", "débarquement", "historical"),
    ("fr", "Selon Kiev, des drones ont frappé Belgorod.", "frappé", "reported"),
    ("fr", "Le Hamas affirme avoir attaqué un poste.", "attaqué", "reported"),
    ("fr", "Des frappes auraient touché l'hôpital.", "frappes", "reported"),
    ("fr", "Le ministre n'a pas commenté, mais l'armée a bombardé la ville.", "bombardé", "asserted"),
    ("fr", "Non seulement l'armée a bombardé Kharkiv, mais aussi Soumy.", "bombardé", "asserted"),
    # --- Spanish
    ("es", "El ejército atacó la ciudad.", "atacó", "asserted"),
    ("es", "Rusia negó haber atacado Járkov.", "atacado", "negated"),
    ("es", "El ejército no ha atacado la ciudad.", "atacado", "negated"),
    ("es", "Rusia podría lanzar una ofensiva.", "ofensiva", "hypothetical"),
    ("es", "Rusia planea lanzar una ofensiva.", "ofensiva", "future"),
    ("es", "Irán amenazó con atacar Israel.", "atacar", "future"),
    ("es", "España celebra el aniversario de la batalla.", "batalla", "historical"),
    ("es", "Según Kiev, los drones atacaron Bélgorod.", "atacaron", "reported"),
    ("es", "No solo atacaron Járkov, también Sumy.", "atacaron", "asserted"),
    # --- German
    ("de", "Russland griff die Stadt an.", "griff", "asserted"),
    ("de", "Russland griff die Stadt nicht an.", "griff", "negated"),
    ("de", "Moskau bestritt, dass die Armee Charkiw beschossen habe.", "beschossen", "negated"),
    ("de", "Moskau bestritt den Angriff auf Charkiw.", "Angriff", "negated"),
    ("de", "Es gab keinen Angriff auf die Stadt.", "Angriff", "negated"),
    ("de", "Russland könnte Kiew angreifen.", "angreifen", "hypothetical"),
    ("de", "Die Türkei plant eine Bodenoffensive.", "Bodenoffensive", "future"),
    ("de", "Iran drohte mit einem Angriff.", "Angriff", "future"),
    ("de", "Polen begeht den Jahrestag des Aufstands.", "Aufstands", "historical"),
    ("de", "Laut Kiew haben Drohnen Belgorod angegriffen.", "angegriffen", "reported"),
    ("de", "Die Armee griff nicht nur Charkiw an.", "griff", "asserted"),
    # --- Turkish
    ("tr", "Rusya Harkiv'e saldırdı.", "saldırdı", "asserted"),
    ("tr", "Rusya Harkiv'e saldırmadı.", "saldırmadı", "negated"),
    ("tr", "Rusya saldırı düzenlemedi.", "saldırı", "negated"),
    ("tr", "Rusya saldırıyı yalanladı.", "saldırıyı", "negated"),
    ("tr", "Bu bir saldırı değil.", "saldırı", "negated"),
    ("tr", "Bakan açıklama yapmadı, ancak ordu kente saldırdı.", "saldırdı", "asserted"),
    ("tr", "Ordu kente saldırdı ve geri çekilmedi.", "saldırdı", "asserted"),
    ("tr", "Rusya Kiev'e saldırabilir.", "saldırabilir", "hypothetical"),
    ("tr", "Eğer görüşmeler başarısız olursa ordu saldıracak.", "saldıracak", "hypothetical"),
    ("tr", "Rusya Kiev'e saldıracak.", "saldıracak", "future"),
    ("tr", "İran İsrail'e saldırmakla tehdit etti.", "saldırmakla", "future"),
    ("tr", "Çanakkale Zaferi'nin yıl dönümü kutlandı.", "Zaferi", "historical"),
    ("tr", "Kiev'e göre insansız hava araçları Belgorod'u vurdu.", "vurdu", "reported"),
    # --- Russian
    ("ru", "Россия атаковала Харьков.", "атаковала", "asserted"),
    ("ru", "Россия не атаковала Харьков.", "атаковала", "negated"),
    ("ru", "Кремль опроверг удар по Харькову.", "удар", "negated"),
    ("ru", "Россия не только обстреляла Харьков, но и Сумы.", "обстреляла", "asserted"),
    ("ru", "Министр не ответил, но армия обстреляла город.", "обстреляла", "asserted"),
    ("ru", "Если переговоры сорвутся, армия может начать наступление.", "наступление", "hypothetical"),
    ("ru", "Россия пригрозила ударить по Киеву.", "ударить", "future"),
    ("ru", "Армия планирует наступление.", "наступление", "future"),
    ("ru", "В Москве отметили годовщину битвы.", "битвы", "historical"),
    ("ru", "По словам губернатора, дроны атаковали Белгород.", "атаковали", "reported"),
    # --- Arabic
    ("ar", "قصفت القوات المدينة.", "قصفت", "asserted"),
    ("ar", "لم تقصف القوات المدينة.", "تقصف", "negated"),
    ("ar", "نفى الجيش قصف المستشفى.", "قصف", "negated"),
    ("ar", "لن يهاجم الجيش المدينة.", "يهاجم", "negated"),
    ("ar", "إذا فشلت المفاوضات قد يهاجم الجيش المدينة.", "يهاجم", "hypothetical"),
    ("ar", "سيهاجم الجيش المدينة.", "سيهاجم", "future"),
    ("ar", "سيطرت القوات على المدينة.", "سيطرت", "asserted"),
    ("ar", "هدد الحرس الثوري بضرب القواعد.", "بضرب", "future"),
    ("ar", "أحيا الفلسطينيون ذكرى النكبة.", "النكبة", "historical"),
    ("ar", "وفقا للجيش، قصفت الطائرات المدينة.", "قصفت", "reported"),
    ("ar", "لم يعلق الوزير، لكن الجيش قصف المدينة.", "قصف", "asserted"),
]


# More cues per language, and traps where a cue word is present but does not apply.
MORE_CASES = [
    ("en", "There were no casualties in the attack on the depot.", "attack", "asserted"),
    ("en", "In May troops attacked the town.", "attacked", "asserted"),
    ("en", "The army may attack the town.", "attack", "hypothetical"),
    ("en", "Troops might storm the city.", "storm", "hypothetical"),
    ("en", "Russia did not say whether it attacked Sumy.", "attacked", "hypothetical"),
    ("en", "An attack on Kyiv would escalate the war.", "attack", "hypothetical"),
    ("en", "Troops shelled the town and could advance further.", "shelled", "asserted"),
    ("fr", "Il n'y a pas eu de victimes lors du bombardement de la gare.", "bombardement", "asserted"),
    ("fr", "Les forces russes n'ont pas encore bombardé Kiev.", "bombardé", "negated"),
    ("fr", "L'état-major a rapporté des avancées sur le front.", "avancées", "reported"),
    ("fr", "L'armée ne bombarde pas les civils.", "bombarde", "negated"),
    ("es", "No hubo víctimas en el ataque contra el cuartel.", "ataque", "asserted"),
    ("es", "Rusia no lanzó ninguna ofensiva.", "ofensiva", "negated"),
    ("es", "Moscú dijo que la aviación bombardeó Alepo.", "bombardeó", "reported"),
    ("de", "Die Armee hat die Stadt nicht angegriffen.", "angegriffen", "negated"),
    ("de", "Ein Angriff würde den Krieg verlängern.", "Angriff", "hypothetical"),
    ("de", "Russland wird die Stadt angreifen.", "angreifen", "future"),
    ("tr", "Eğer ordu saldırırsa kent düşer.", "saldırırsa", "hypothetical"),
    ("ru", "Армия могла бы начать наступление.", "наступление", "hypothetical"),
    ("ru", "По данным штаба, армия обстреляла город.", "обстреляла", "reported"),
    ("ar", "قال المتحدث إن الجيش قصف المدينة.", "قصف", "reported"),
    ("ar", "قد قصفت الطائرات المدينة.", "قصفت", "asserted"),
    ("ar", "لا يستهدف الجيش المدنيين.", "يستهدف", "negated"),
    ("ar", "سوف يهاجم الجيش المدينة.", "يهاجم", "future"),
    ("ar", "يعتزم الجيش شن هجوم على المدينة.", "هجوم", "future"),
    ("ar", "بحسب المرصد، قصفت الطائرات المدينة.", "قصفت", "reported"),
    ("ar", "زعم الجيش أنه أسقط طائرة مسيرة.", "أسقط", "reported"),
]


@pytest.mark.parametrize(("lang", "sentence", "trigger", "expected"), CASES + MORE_CASES)
def test_factuality(lang: str, sentence: str, trigger: str, expected: str) -> None:
    assert _classify(lang, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("event_date", "expected"),
    [
        (date(2024, 12, 4), "asserted"),
        (date(2023, 1, 10), "historical"),
        (date(1944, 1, 1), "historical"),
        (date(2024, 12, 9), "future"),
        (None, "asserted"),
    ],
)
def test_event_date_relative_to_publication(event_date: date | None, expected: str) -> None:
    assert _classify("en", "Troops shelled the town.", "shelled", event_date) == expected


def test_a_bare_month_or_year_counts_from_its_end() -> None:
    # published 5 December 2024; an event dated more than a month back is background.
    # "in 2023" resolves to 1 January 2023, measured from the end of 2023: background.
    assert _classify("en", "Troops shelled the town.", "shelled", date(2023, 1, 1)) == "historical"
    # "in November" (1 November 2024) counts from 30 November: still news.
    assert _classify("en", "Troops shelled the town.", "shelled", date(2024, 11, 1)) == "asserted"
    # "in October" (1 October 2024) counts from 31 October: more than a month back.
    assert _classify("en", "Troops shelled the town.", "shelled", date(2024, 10, 1)) == "historical"
    assert _classify("en", "Troops shelled the town.", "shelled", date(2024, 12, 1)) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # negated > hypothetical
        ("If Russia did not attack, talks could resume.", "attack", "negated"),
        # hypothetical > future
        ("Russia will strike if Kyiv could not stop the drones.", "strike", "future"),
        ("If talks fail, Russia would launch an offensive.", "offensive", "hypothetical"),
        # future > historical
        ("On the anniversary, Russia will launch an offensive.", "offensive", "future"),
        # historical > reported
        ("According to historians, the army shelled the town on the anniversary.", "shelled", "historical"),
        # negated > reported
        ("According to Kyiv, Russian troops did not attack Sumy.", "attack", "negated"),
    ],
)
def test_priority_order(sentence: str, trigger: str, expected: str) -> None:
    assert _classify("en", sentence, trigger) == expected


def test_priority_constant_is_documented_order() -> None:
    assert PRIORITY == ("negated", "hypothetical", "future", "historical", "reported", "asserted")


def test_negation_in_another_sentence_does_not_count() -> None:
    assert (
        _classify("en", "Troops shelled the town.", "shelled", prefix="Moscow did not deny it. ")
        == "asserted"
    )


def test_unsupported_language_is_asserted() -> None:
    assert _classify("nl", "Het leger viel niet aan.", "viel") == "asserted"


def test_every_packaged_cue_file_loads() -> None:
    assert set(load_all()) == {"en", "fr", "es", "de", "ar", "tr", "ru"}


def _cues(**changes: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "clause_punct": "[,;]",
        "after_window": 20,
        "negated": {"before": ["nope"]},
        "hypothetical": {"before": ["maybe"]},
        "future": {"before": ["soon"]},
    }
    raw.update(changes)
    return raw


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (["negated"], "expected a mapping"),
        (_cues(colour="red"), "unknown keys \\['colour'\\]"),
        ({"clause_punct": ","}, "missing keys"),
        (_cues(after_window=-1), "after_window must be an integer"),
        (_cues(after_window="20"), "after_window must be an integer"),
        (_cues(negated={"before": "nope"}), "negated.before: expected a list"),
        (_cues(negated={"sideways": ["x"]}), "negated: expected a mapping with keys among"),
        (_cues(negated={}), "negated: expected a mapping"),
        (_cues(future={"before": ["(unclosed"]}), "future.before: bad regular expression"),
        (_cues(future={"glued": "(unclosed"}), "future.glued: bad regular expression"),
        (_cues(clause_punct=""), "clause_punct: expected a regular expression"),
        (_cues(reported=[3]), "reported: expected a list of non-empty strings"),
        (_cues(prefix=["و"]), "prefix must be a string"),
    ],
)
def test_malformed_cue_data_is_rejected(raw: Any, message: str) -> None:
    with pytest.raises(FactualityDataError, match=message):
        parse_cues(raw, "xx")


def test_a_valid_minimal_cue_file_compiles() -> None:
    cues = parse_cues(_cues(), "xx")
    assert cues.scoped["negated"].before is not None
    assert cues.scoped["negated"].before.search("they nope it") is not None
