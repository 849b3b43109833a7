"""A capture or an offensive only named as an aim is no fight, in every language: "aims to capture",
"veut reprendre", "busca recuperar", "Ziel Russlands sei die Eroberung", "يهدف إلى السيطرة على",
"يستعد لشن هجوم", "ele geçirmeyi hedefliyor", "amacı ... ele geçirmek", "намерена взять". Near misses: the
capture itself, told in each language (the Arabic verb with its subject and day before its "على"),
and an attack whose target ("Ziel des Angriffs war ein Depot", "hedef aldı") is named."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-18T12:00:00"  # a Wednesday

# (lang, lead): a capture or an offensive as an aim, a plan or a preparation
ONLY_AN_AIM = [
    (
        "en",
        ("The army aims to capture Bakhmut before winter, a commander said on Tuesday."),
    ),
    (
        "en",
        ("Russia's goal is to seize the whole Donetsk region, the Kremlin said on Tuesday."),
    ),
    (
        "en",
        ("Sudan's army said on Tuesday it was preparing an offensive to retake El Fasher."),
    ),
    (
        "fr",
        ("L'armée veut reprendre Goma avant la fin de l'année, a déclaré mardi un commandant."),
    ),
    (
        "fr",
        (
            "L'objectif de la Russie est de s'emparer de toute la région de Donetsk, a affirmé "
            "mardi le Kremlin."
        ),
    ),
    (
        "es",
        ("El Ejército busca recuperar El Fasher antes de fin de año, dijo el martes un comandante."),
    ),
    (
        "es",
        ("El objetivo de Rusia es tomar toda la región de Donetsk, afirmó el martes el Kremlin."),
    ),
    (
        "de",
        ("Die Armee will Pokrowsk bis zum Winter einnehmen, sagte ein Kommandeur am Dienstag."),
    ),
    (
        "de",
        ("Ziel Russlands sei die Eroberung des gesamten Gebiets Donezk, hieß es am Dienstag im Kreml."),
    ),
    (
        "ar",
        ("قال قائد عسكري يوم الثلاثاء إن الجيش يهدف إلى السيطرة على الفاشر قبل نهاية العام."),
    ),
    (
        "ar",
        ("أكد قائد الجيش السوداني يوم الثلاثاء أن هدف الجيش هو استعادة مدينة الفاشر."),
    ),
    (
        "ar",
        ("يستعد الجيش السوداني لشن هجوم لاستعادة الفاشر، وفق مصادر عسكرية."),
    ),
    (
        "tr",
        ("Ordu, Bahmut'u kıştan önce ele geçirmeyi hedefliyor, dedi bir komutan salı günü."),
    ),
    (
        "tr",
        ("Rusya'nın amacı Donetsk bölgesinin tamamını ele geçirmek, dedi Kremlin salı günü."),
    ),
    (
        "ru",
        ("Армия намерена взять Покровск до зимы, заявил во вторник командир."),
    ),
    (
        "ru",
        ("Армия готовит наступление на Покровск, сообщили во вторник военные источники."),
    ),
]


@pytest.mark.parametrize(("lang", "text"), ONLY_AN_AIM, ids=[c[0] for c in ONLY_AN_AIM])
def test_a_fight_named_as_an_aim_raises_no_alert(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [(e.category, e.evidence.trigger) for e in events] == []


# (lang, lead): the capture told as done
CAPTURED = [
    (
        "en",
        ("Russian troops captured the town of Kurakhove on Tuesday, the defence ministry said."),
    ),
    (
        "fr",
        (
            "Les troupes russes se sont emparées mardi de la ville de Kourakhove, selon le "
            "ministère de la Défense."
        ),
    ),
    (
        "es",
        ("Las tropas rusas tomaron el martes la ciudad de Kurájove, según el Ministerio de Defensa."),
    ),
    (
        "de",
        (
            "Russische Truppen haben am Dienstag die Stadt Kurachowe eingenommen, teilte das "
            "Verteidigungsministerium mit."
        ),
    ),
    (
        "ar",
        ("سيطرت قوات الدعم السريع يوم الثلاثاء على مدينة بارا بعد معارك مع الجيش."),
    ),
    (
        "tr",
        ("Rus birlikleri salı günü Kurahove kentini ele geçirdi, Savunma Bakanlığı açıkladı."),
    ),
    (
        "ru",
        ("Российские войска во вторник взяли под контроль город Курахово, сообщило Минобороны."),
    ),
]


@pytest.mark.parametrize(("lang", "text"), CAPTURED, ids=[c[0] for c in CAPTURED])
def test_a_capture_told_as_done_is_one_capture(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == ["capture"], [(e.category, e.evidence.trigger) for e in events]


# (lang, lead, category): a strike whose target is named with the word for "aim"
TARGET_NAMED = [
    (
        "de",
        "Ziel des Angriffs war ein Munitionsdepot bei Charkiw, teilte die Armee am Dienstag mit.",
        "assault",
    ),
    ("tr", "Rus savaş uçakları salı günü İdlib'deki bir pazar yerini hedef aldı, 5 kişi öldü.", "airstrike"),
]


@pytest.mark.parametrize(("lang", "text", "category"), TARGET_NAMED, ids=[c[0] for c in TARGET_NAMED])
def test_a_strikes_target_is_no_aim(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == [category], [(e.category, e.evidence.trigger) for e in events]
