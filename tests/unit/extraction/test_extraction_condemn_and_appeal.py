"""A condemnation followed by an appeal in one sentence ("condemned the strike and called on all
parties to exercise restraint"): the appeal is the condemner's own act, so the condemner is its
source, while it stays no side of the strike it condemns (core/condemners.py)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-24T10:00:00"  # a Tuesday

# (lang, text, the appealing side's country)
CONDEMN_AND_APPEAL = [
    (
        "en",
        "Egypt's foreign ministry condemned the Israeli air strike on Tyre on Monday and called on both "
        "sides to exercise maximum restraint.",
        "EGY",
    ),
    (
        "fr",
        "L'Algérie a condamné lundi la frappe aérienne israélienne sur Tyr et a appelé les deux parties à "
        "la retenue.",
        "DZA",
    ),
    (
        "es",
        "México condenó el lunes el bombardeo israelí contra Tiro y pidió a ambas partes moderación.",
        "MEX",
    ),
    (
        "de",
        "Ägypten hat am Montag den israelischen Luftangriff auf Tyros verurteilt und beide Seiten zur "
        "Zurückhaltung aufgerufen.",
        "EGY",
    ),
    (
        "ar",
        "أدانت مصر الاثنين الغارة الإسرائيلية على صور ودعت الطرفين إلى ضبط النفس.",
        "EGY",
    ),
    (
        "tr",
        "Mısır pazartesi günü İsrail'in Sur'a düzenlediği hava saldırısını kınadı ve tarafları itidale "
        "çağırdı.",
        "EGY",
    ),
    (
        "ru",
        "Египет в понедельник осудил израильский авиаудар по Тиру и призвал стороны к сдержанности.",
        "EGY",
    ),
]


@pytest.mark.parametrize(("lang", "text", "appealer"), CONDEMN_AND_APPEAL)
def test_the_condemner_makes_the_appeal_that_follows_its_condemnation(
    extractor: Extractor, lang: str, text: str, appealer: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    appeals = [e for e in events if e.category == "appeal"]
    assert len(appeals) == 1, [(e.category, e.evidence.trigger) for e in events]
    assert appeals[0].source is not None and appeals[0].source.country == appealer
    strikes = [e for e in events if e.category == "airstrike"]
    assert all(e.source is None or e.source.country != appealer for e in strikes)
