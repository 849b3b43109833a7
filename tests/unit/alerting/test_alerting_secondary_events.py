"""Secondary events of an article fold into its primary story unless they are stories of their own."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from alerting_builders import (
    ALEPPO,
    ATAREB,
    DAY,
    KHARKIV,
    RUSSIAN_FORCES,
    SYRIAN_ARMY,
    SYRIAN_REBELS,
    T0,
    UKRAINE_GOV,
    event,
    offensive,
    signal,
)

from vigie.contracts import Actor, Event, Location, Signal
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.core.stories import StoryPolicy

NOW = T0 + timedelta(hours=1)
# About 310 km from Aleppo.
DAMASCUS = Location(text="Damascus", name="Damascus", country="SYR", lat=33.5138, lon=36.2765)
KUALA_LUMPUR = Location(text="Kuala Lumpur", name="Kuala Lumpur", country="MYS", lat=3.139, lon=101.6869)
THAI_GOV = Actor(text="Bangkok", name="Thailand", country="THA", role="GOV", code="THAGOV")
CAMBODIA_GOV = Actor(text="Phnom Penh", name="Cambodia", country="KHM", role="GOV", code="KHMGOV")
MALAYSIA_GOV = Actor(text="Malaysia", name="Malaysia", country="MYS", role="GOV", code="MYSGOV")
THAI_ARMY = Actor(text="Thai army", name="Thai army", country="THA", role="MIL", code="THAMIL")


def at(start: int, article_id: str, category: str, ordinal: int, **kw: Any) -> Event:
    """An event of ``category`` whose sentence starts at ``start`` in the article."""
    kw.setdefault("sentence", f"Something of kind {category} happened there.")
    kw.setdefault("trigger", "happened")
    return event(article_id, category, ordinal=ordinal, sentence_start=start, **kw)


def capture(start: int = 0, ordinal: int = 0, **kw: Any) -> Event:
    kw.setdefault("location", ALEPPO)
    return at(start, "x", "capture", ordinal, source=SYRIAN_REBELS, target=SYRIAN_ARMY, **kw)


def clash(start: int = 200, ordinal: int = 1, **kw: Any) -> Event:
    kw.setdefault("location", ATAREB)
    kw.setdefault("source", SYRIAN_ARMY)
    return at(start, "x", "clash", ordinal, cameo="190", **kw)


def ceasefire(start: int = 0, ordinal: int = 0, **kw: Any) -> Event:
    return at(
        start,
        "x",
        "ceasefire",
        ordinal,
        plover="AGREE",
        mode="ceasefire",
        cameo="0871",
        source=THAI_GOV,
        target=CAMBODIA_GOV,
        location=KUALA_LUMPUR,
        **kw,
    )


def article(*events: Event, article_id: str = "x") -> Signal:
    return signal(
        article_id, [e.model_copy(update={"event_id": f"{article_id}:{i}"}) for i, e in enumerate(events)]
    )


CASES: list[tuple[str, Signal, list[str]]] = [
    # Folded: the secondary event is the primary story's setting or background.
    ("fighting before the town fell, nearby", article(capture(), clash()), ["city_captured"]),
    ("fighting with no place, same country", article(capture(), clash(location=None)), ["city_captured"]),
    (
        "the host of the talks, at the talks' place",
        article(
            ceasefire(),
            at(
                236,
                "x",
                "visit",
                1,
                plover="CONSULT",
                mode="visit",
                cameo="042",
                source=MALAYSIA_GOV,
                location=KUALA_LUMPUR,
            ),
        ),
        ["ceasefire"],
    ),
    (
        "a week of clashes before the truce, elsewhere",
        article(ceasefire(), clash(location=None, source=MALAYSIA_GOV, event_date=DAY - timedelta(days=8))),
        ["ceasefire"],
    ),
    (
        "the headline strike wins over a lower, more severe offensive at the same place",
        article(
            at(0, "x", "airstrike", 0, source=RUSSIAN_FORCES, target=UKRAINE_GOV, location=KHARKIV),
            offensive(
                "x",
                ordinal=1,
                place=KHARKIV,
                source=RUSSIAN_FORCES,
                target=UKRAINE_GOV,
                sentence_start=48,
                confidence=0.97,
            ),
        ),
        ["airstrikes"],
    ),
    (
        "one sentence, two events: the more severe rule is primary",
        article(
            at(248, "x", "shelling", 0, source=THAI_ARMY, target=CAMBODIA_GOV),
            at(248, "x", "ceasefire_violation", 1, source=THAI_ARMY, target=CAMBODIA_GOV),
        ),
        ["ceasefire_violated"],
    ),
    # Distinct: the secondary event is a story of its own and still alerts.
    (
        "another war in other countries",
        article(offensive("x"), offensive("x", place=KHARKIV, source=RUSSIAN_FORCES, target=UKRAINE_GOV)),
        ["offensive_launched", "offensive_launched"],
    ),
    (
        "same country, a place far away",
        article(capture(), clash(location=DAMASCUS)),
        ["city_captured", "armed_clashes"],
    ),
    (
        "a later development at the same place",
        article(capture(), clash(location=ALEPPO, event_date=DAY + timedelta(days=4))),
        ["city_captured", "armed_clashes"],
    ),
    (
        "other countries, no place known",
        article(capture(), clash(location=None, source=MALAYSIA_GOV)),
        ["city_captured", "armed_clashes"],
    ),
]


@pytest.mark.parametrize(("signal_", "kinds"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_secondary_events_fold_or_alert(signal_: Signal, kinds: list[str]) -> None:
    engine = AlertEngine(load_rules())
    outcome = engine.plan(signal_, NOW)
    engine.apply(outcome)
    assert [c.alert.kind for c in outcome.changes] == kinds
    assert all(a.article_ids == ["x"] for a in engine.alerts())
    # A folded secondary event leaves no evidence of its own in the primary's alert.
    assert all(len(a.evidence) == 1 for a in engine.alerts())
    assert engine.plan(signal_, NOW + timedelta(minutes=5)).duplicate


def test_an_article_joining_a_story_opens_no_alert_for_its_background() -> None:
    engine = AlertEngine(load_rules())
    for i, s in enumerate([article(capture(), article_id="a"), article(capture(), clash(), article_id="b")]):
        engine.apply(engine.plan(s, NOW + timedelta(minutes=i)))
    (alert,) = engine.alerts()
    assert (alert.kind, alert.article_ids) == ("city_captured", ["a", "b"])


@pytest.mark.parametrize(("far_km", "alerts"), [(300.0, 2), (400.0, 1)])
def test_the_far_away_distance_is_a_setting(far_km: float, alerts: int) -> None:
    engine = AlertEngine(load_rules(), policy=StoryPolicy(secondary_far_km=far_km))
    engine.apply(engine.plan(article(capture(), clash(location=DAMASCUS)), NOW))
    assert len(engine.alerts()) == alerts
