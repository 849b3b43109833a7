"""A weapon test is no strike, in every language: the test words are ``simulated`` cues of
``data/factuality/<lang>.yaml`` ("test-fired", "a testé", "getestet", "probó", "испытали", "test
etti", "تجربة"). Near misses: the same missile fired at a city."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str) -> list[str]:
    return [e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)]


# (lang, a test, a strike)
TESTS = [
    (
        "en",
        "India on Tuesday test-fired a ballistic missile off the coast of Odisha, the army said.",
        "Russia fired a ballistic missile at Dnipro on Tuesday, killing four people, the governor said.",
    ),
    (
        "fr",
        "L'Inde a testé mardi un missile balistique au large de l'Odisha, a annoncé l'armée.",
        "La Russie a tiré mardi un missile balistique sur Dnipro, tuant quatre personnes.",
    ),
    (
        "de",
        "Indien hat am Dienstag eine ballistische Rakete vor der Küste von Odisha getestet.",
        "Russland hat am Dienstag eine ballistische Rakete auf Dnipro abgefeuert und vier Menschen getötet.",
    ),
    (
        "es",
        "India probó este martes un misil balístico frente a la costa de Odisha.",
        "Rusia lanzó este martes un misil balístico contra Dnipró y mató a cuatro personas.",
    ),
    (
        "ru",
        "Индия во вторник испытала баллистическую ракету у побережья штата Орисса.",
        "Россия во вторник нанесла ракетный удар по Днепру, погибли четыре человека.",
    ),
    (
        "tr",
        "Hindistan salı günü Odisha açıklarında bir balistik füzeyi test etti.",
        "Rusya salı günü Dnipro'ya balistik füze ile saldırdı, dört kişi öldü.",
    ),
    (
        "ar",
        "أجرت الهند الثلاثاء تجربة لصاروخ باليستي قبالة سواحل أوديشا.",
        "أطلقت روسيا الثلاثاء صاروخا باليستيا على دنيبرو ما أسفر عن مقتل أربعة أشخاص.",
    ),
]


@pytest.mark.parametrize(("lang", "test", "strike"), TESTS)
def test_a_weapon_test_is_no_strike(extractor: Extractor, lang: str, test: str, strike: str) -> None:
    assert _alertable(extractor, lang, test) == []


@pytest.mark.parametrize(("lang", "test", "strike"), TESTS)
def test_the_missile_fired_at_a_city_is_a_strike(
    extractor: Extractor, lang: str, test: str, strike: str
) -> None:
    assert _alertable(extractor, lang, strike) != []
