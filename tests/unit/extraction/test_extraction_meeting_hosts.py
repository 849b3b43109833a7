"""A bilateral meeting held in a third country stays bilateral: the host country ("in the Saudi
capital Riyadh", "في العاصمة القطرية الدوحة") is where the two sides meet, not a third party that
would turn the meeting into a multilateral (IGO) one; three named states still make one."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text, source country, target country, place)
MEETINGS = [
    (
        "ar",
        "اجتمع وزير الخارجية الأردني مع نظيره الإيراني في العاصمة القطرية الدوحة لبحث الأوضاع.",
        "JOR",
        "IRN",
        "Doha",
    ),
    (
        "ar",
        "التقى الرئيس التركي نظيره الأذربيجاني في العاصمة الكازاخية أستانا على هامش القمة.",
        "TUR",
        "AZE",
        "Astana",
    ),
    (
        "en",
        "The Egyptian foreign minister met his Iranian counterpart in the Omani capital Muscat on Monday.",
        "EGY",
        "IRN",
        "Muscat",
    ),
    (
        "fr",
        "Le ministre turc des Affaires étrangères a rencontré son homologue syrien à Amman, en Jordanie.",
        "TUR",
        "SYR",
        "Amman",
    ),
    # the host's mediator is no third party either
    (
        "fr",
        "Les ministres des Affaires étrangères de l'Arménie et de l'Azerbaïdjan se sont rencontrés lundi "
        "à Washington en présence du président américain.",
        "ARM",
        "AZE",
        "Washington",
    ),
]


@pytest.mark.parametrize("case", MEETINGS)
def test_a_meeting_abroad_stays_bilateral(extractor: Extractor, case: tuple[str, str, str, str, str]) -> None:
    lang, text, source, target, place = case
    events = [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.category == "meeting"]
    assert len(events) == 1
    event = events[0]
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target
    assert event.location is not None and event.location.name == place


def test_three_states_still_make_a_multilateral_meeting(extractor: Extractor) -> None:
    text = "اجتمع وزراء خارجية مصر والأردن والعراق في بغداد لبحث التعاون الاقتصادي."
    events = [e for e in alertable(extractor.extract(doc(text, "ar")).events) if e.category == "meeting"]
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.role == "IGO"
    assert events[0].source.country is None
