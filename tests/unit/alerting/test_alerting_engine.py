"""The pure alert engine: stories across articles and languages, gates, replays, severity, titles."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alerting_builders import (
    ACTIVISTS,
    ALEPPO,
    ATAREB,
    DAY,
    ERDOGAN,
    HOMS,
    IDLIB,
    KHARKIV,
    PUTIN,
    RUSSIAN_FORCES,
    SYRIAN_REBELS,
    T0,
    TURKISH_MINISTER,
    UKRAINE_GOV,
    UN_CHIEF,
    event,
    leader_call,
    offensive,
    signal,
)

from vigie.contracts import Signal
from vigie_alerting.core.engine import AlertEngine, Outcome
from vigie_alerting.core.rules import load_rules
from vigie_alerting.core.stories import alert_id_for
from vigie_alerting.core.transitions import TransitionError

NOW = T0 + timedelta(hours=1)


@pytest.fixture
def engine() -> AlertEngine:
    return AlertEngine(load_rules())


def feed(engine: AlertEngine, *signals: Signal) -> list[Outcome]:
    outcomes = []
    for i, s in enumerate(signals):
        outcome = engine.plan(s, NOW + timedelta(minutes=i))
        engine.apply(outcome)
        outcomes.append(outcome)
    return outcomes


# One offensive told by four outlets in four languages, each with its own sentence and trigger.
STORY = [
    (
        "off-en",
        "wire.example.com",
        "en",
        "Rebels launched an offensive near Aleppo.",
        "launched an offensive",
    ),
    (
        "off-fr",
        "journal.example.fr",
        "fr",
        "Les rebelles ont lancé une offensive près d'Alep.",
        "lancé une offensive",
    ),
    ("off-ar", "akhbar.example.ae", "ar", "شن المتمردون هجوما قرب حلب.", "شن المتمردون هجوما"),
    ("off-ru", "novosti.example.ru", "ru", "Повстанцы начали наступление под Алеппо.", "начали наступление"),
]


def test_one_story_in_four_languages_is_one_alert_in_arrival_order(engine: AlertEngine) -> None:
    signals = [
        signal(
            aid,
            [offensive(aid, sentence=sent, trigger=trig)],
            source=src,
            lang=lang,
            published=T0 + timedelta(minutes=10 * i),
        )
        for i, (aid, src, lang, sent, trig) in enumerate(STORY)
    ]
    outcomes = feed(engine, *signals)
    assert [len(o.changes) for o in outcomes] == [1, 1, 1, 1]
    assert [o.changes[0].kind for o in outcomes] == ["created", "updated", "updated", "updated"]
    (alert,) = engine.alerts()
    assert alert.kind == "offensive_launched"
    assert alert.version == 4
    assert alert.article_ids == ["off-en", "off-fr", "off-ar", "off-ru"]
    assert alert.languages == ["en", "fr", "ar", "ru"]
    assert alert.independent_sources == 4
    assert alert.countries == ["SYR"]
    assert alert.title == "Offensive launched by Syrian rebels near Aleppo"
    assert alert.dedup_key == "offensive_launched|SYR|aleppo|2026-11-17"
    assert alert.alert_id == alert_id_for(alert.dedup_key, "off-en")
    for ev, (aid, _, _, sentence, trigger) in zip(alert.evidence, STORY, strict=True):
        assert ev.article_id == aid
        assert ev.sentence[ev.trigger_start : ev.trigger_end] == trigger == ev.trigger
        assert ev.sentence == sentence


@pytest.mark.parametrize(
    ("second", "same_alert"),
    [
        pytest.param(offensive("b", place=ATAREB), True, id="nearby-town-30km"),
        pytest.param(offensive("b", place=HOMS), False, id="another-city-170km"),
        pytest.param(offensive("b", place=KHARKIV, target=UKRAINE_GOV), False, id="another-country"),
        pytest.param(offensive("b", event_date=DAY + timedelta(days=1)), True, id="next-day"),
        pytest.param(offensive("b", event_date=DAY + timedelta(days=5)), False, id="five-days-later"),
        pytest.param(offensive("b", event_date=None), True, id="no-date-uses-publication"),
        pytest.param(
            event("b", "airstrike", mode="aerial", cameo="195", source=RUSSIAN_FORCES, location=ALEPPO),
            False,
            id="another-kind-same-place",
        ),
    ],
)
def test_same_story_or_a_new_alert(engine: AlertEngine, second: object, same_alert: bool) -> None:
    feed(engine, signal("a", [offensive("a")]), signal("b", [second], source="other.example.org"))  # type: ignore[list-item]
    assert len(engine.alerts()) == (1 if same_alert else 2)


def test_an_unrelated_story_on_the_same_day_is_a_second_alert(engine: AlertEngine) -> None:
    feed(
        engine,
        signal("syr-1", [offensive("syr-1")]),
        signal("ukr-1", [offensive("ukr-1", place=KHARKIV, source=RUSSIAN_FORCES, target=UKRAINE_GOV)]),
        signal("syr-2", [offensive("syr-2", place=ATAREB)], source="b.example"),
        signal("syr-3", [offensive("syr-3", place=IDLIB)], source="c.example"),
    )
    by_first = {a.article_ids[0]: a for a in engine.alerts()}
    # Atareb is ~30 km from Aleppo (same story), Idlib ~55 km (another one).
    assert set(by_first) == {"syr-1", "ukr-1", "syr-3"}
    assert by_first["syr-1"].article_ids == ["syr-1", "syr-2"]
    assert by_first["ukr-1"].article_ids == ["ukr-1"]


def test_a_story_older_than_the_stream_window_is_not_joined(engine: AlertEngine) -> None:
    feed(
        engine,
        signal("a", [offensive("a", event_date=None)]),
        signal("b", [offensive("b", event_date=None)], published=T0 + timedelta(hours=80)),
    )
    assert len(engine.alerts()) == 2


@pytest.mark.parametrize("factuality", ["negated", "hypothetical", "future", "historical"])
def test_unreal_events_never_alert(engine: AlertEngine, factuality: str) -> None:
    (outcome,) = feed(engine, signal("a", [offensive("a", factuality=factuality)]))  # type: ignore[arg-type]
    assert outcome.changes == []
    assert engine.alerts() == []
    assert engine.is_processed("a")


@pytest.mark.parametrize(("factuality", "alerts"), [("future", 1), ("hypothetical", 1), ("negated", 0)])
def test_a_threat_is_a_statement_of_intent(engine: AlertEngine, factuality: str, alerts: int) -> None:
    threat = event(
        "t",
        "threat",
        plover="THREATEN",
        mode="force",
        cameo="138",
        source=PUTIN,
        target=UKRAINE_GOV,
        factuality=factuality,
    )  # type: ignore[arg-type]
    feed(engine, signal("t", [threat]))
    assert len(engine.alerts()) == alerts


def test_reported_events_alert_and_low_confidence_does_not(engine: AlertEngine) -> None:
    feed(
        engine,
        signal("a", [offensive("a", factuality="reported")]),
        signal("b", [offensive("b", place=KHARKIV, confidence=0.2)]),
    )
    assert [a.article_ids for a in engine.alerts()] == [["a"]]


def test_a_replayed_signal_changes_nothing(engine: AlertEngine) -> None:
    first = signal("a", [offensive("a")])
    feed(engine, first, signal("b", [offensive("b")], source="b.example"))
    before = engine.alerts()
    (replay,) = feed(engine, first)
    assert replay.duplicate and replay.changes == []
    assert engine.alerts() == before
    assert engine.articles_processed == 2


def test_plan_does_not_change_the_engine_until_apply(engine: AlertEngine) -> None:
    s = signal("a", [offensive("a")])
    first = engine.plan(s, NOW)
    again = engine.plan(s, NOW)
    assert engine.alerts() == [] and not engine.is_processed("a")
    assert first.changes[0].alert == again.changes[0].alert


def test_alert_ids_are_stable_across_engines() -> None:
    s = signal("a", [offensive("a")])
    ids = {AlertEngine(load_rules()).plan(s, NOW).changes[0].alert.alert_id for _ in range(3)}
    assert len(ids) == 1


@pytest.mark.parametrize(
    ("source", "target", "alerts"),
    [
        pytest.param(ERDOGAN, PUTIN, 1, id="two-governments"),
        pytest.param(ERDOGAN, TURKISH_MINISTER, 0, id="same-country"),
        pytest.param(ERDOGAN, SYRIAN_REBELS, 0, id="not-a-government"),
    ],
)
def test_leader_calls_need_two_governments_of_two_countries(
    engine: AlertEngine, source: object, target: object, alerts: int
) -> None:
    feed(engine, signal("c", [leader_call("c", source=source, target=target)]))  # type: ignore[arg-type]
    assert len(engine.alerts()) == alerts


def test_leader_call_title_and_severity_reasons(engine: AlertEngine) -> None:
    feed(
        engine,
        signal("c1", [leader_call("c1")], source="a.example", title="Erdogan and Putin talk by phone"),
        signal("c2", [leader_call("c2")], source="b.example", title="Erdogan and Putin talk by phone"),
        signal(
            "c3",
            [leader_call("c3", source=PUTIN, target=ERDOGAN)],
            source="c.example",
            lang="tr",
            title="Erdoğan ile Putin telefonda görüştü",
        ),
        signal("c4", [leader_call("c4")], source="d.example", lang="ru", title="Путин и Эрдоган поговорили"),
    )
    (alert,) = engine.alerts()
    assert alert.title == "Turkey and Russia: leaders' phone call"
    # b.example carried a wire copy of a.example's headline: counted once.
    assert alert.sources == ["a.example", "b.example", "c.example", "d.example"]
    assert alert.independent_sources == 3
    assert alert.reasons == [
        "leader_call: base severity low",
        "head of state involved (Recep Tayyip Erdoğan, Vladimir Putin) (+1)",
        "nuclear power involved (RUS) (+1)",
        "3 independent sources (+1)",
    ]
    assert alert.severity == "critical"


def test_a_call_between_other_countries_the_same_day_is_another_story(engine: AlertEngine) -> None:
    feed(
        engine,
        signal("c1", [leader_call("c1")]),
        signal("c2", [leader_call("c2", target=UKRAINE_GOV.model_copy(update={"role": "GOV"}))]),
    )
    assert len(engine.alerts()) == 2


def test_casualties_and_novelty_raise_severity(engine: AlertEngine) -> None:
    feed(engine, signal("a", [offensive("a", killed=25)]))
    (alert,) = engine.alerts()
    assert alert.reasons == [
        "offensive_launched: base severity high",
        "25 killed reported (at least 10) (+1)",
        "first offensive_launched alert for SYR in 30 days (+1)",
    ]
    assert alert.severity == "critical"


def test_novelty_does_not_hold_for_the_second_story_in_the_window(engine: AlertEngine) -> None:
    feed(
        engine,
        signal("a", [offensive("a")]),
        signal("b", [offensive("b", place=HOMS)], published=T0 + timedelta(days=3)),
    )
    second = next(a for a in engine.alerts() if a.article_ids == ["b"])
    assert second.severity == "high"
    assert not any("first" in r for r in second.reasons)


def test_nuclear_threat_is_marked_and_raised(engine: AlertEngine) -> None:
    threat = event(
        "t",
        "threat",
        plover="THREATEN",
        mode="wmd",
        cameo="1385",
        source=PUTIN,
        target=UKRAINE_GOV,
        sentence="Putin threatened to use nuclear weapons.",
        trigger="threatened",
    )
    feed(engine, signal("t", [threat]))
    (alert,) = engine.alerts()
    assert alert.title == "Nuclear or WMD threat by Vladimir Putin against Ukrainian government"
    assert "nuclear or WMD mode (+2)" in alert.reasons
    assert alert.severity == "critical"


def test_appeals_come_from_leaders_only(engine: AlertEngine) -> None:
    appeal = {"plover": "REQUEST", "mode": "de-escalate", "cameo": "0256"}
    feed(
        engine,
        signal("u", [event("u", "appeal", source=UN_CHIEF, **appeal)]),  # type: ignore[arg-type]
        signal("p", [event("p", "appeal", source=ACTIVISTS, **appeal)]),  # type: ignore[arg-type]
    )
    assert [a.title for a in engine.alerts()] == ["Appeal by António Guterres"]


def test_one_article_can_feed_two_stories(engine: AlertEngine) -> None:
    both = signal(
        "x",
        [offensive("x"), offensive("x", ordinal=1, place=KHARKIV, source=RUSSIAN_FORCES, target=UKRAINE_GOV)],
    )
    (outcome,) = feed(engine, both)
    assert [c.kind for c in outcome.changes] == ["created", "created"]
    assert sorted(a.countries for a in engine.alerts()) == [["RUS", "UKR"], ["SYR"]]


def test_status_lifecycle_and_resolved_alerts_are_not_joined(engine: AlertEngine) -> None:
    feed(engine, signal("a", [offensive("a")]))
    (alert,) = engine.alerts()
    ack = engine.plan_status(alert.alert_id, "acknowledged", NOW)
    assert ack is not None and ack.alert.version == 2 and ack.notify
    engine.apply_changes([ack])
    assert engine.plan_status(alert.alert_id, "acknowledged", NOW) is None
    resolved = engine.plan_status(alert.alert_id, "resolved", NOW)
    assert resolved is not None
    engine.apply_changes([resolved])
    with pytest.raises(TransitionError):
        engine.plan_status(alert.alert_id, "acknowledged", NOW)
    feed(engine, signal("b", [offensive("b")], source="b.example"))
    assert len(engine.alerts()) == 2


def test_a_leader_call_ignores_where_each_article_places_it(engine: AlertEngine) -> None:
    ankara = ALEPPO.model_copy(
        update={"name": "Ankara", "text": "Ankara", "country": "TUR", "lat": 39.93, "lon": 32.86}
    )
    moscow = ALEPPO.model_copy(
        update={"name": "Moscow", "text": "Moscow", "country": "RUS", "lat": 55.75, "lon": 37.62}
    )
    feed(
        engine,
        signal("c1", [leader_call("c1", location=ankara)]),
        signal("c2", [leader_call("c2", location=moscow)], source="b.example"),
    )
    (alert,) = engine.alerts()
    assert alert.article_ids == ["c1", "c2"]
