"""Escalation over time: a story that grows or turns violent is raised, each raise is a new version
with its reason in the alert's escalation history, and it is notified ("escalated: ...")."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from alerting_builders import ALEPPO, DAY, HOMS, IDLIB, T0, event, signal

from vigie.contracts import Actor, Event, Location, Signal
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.formats import render
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.receivers import Receiver
from vigie_alerting.service import AlertingService
from vigie_alerting.sqlite_store import SqliteAlertStore

TBILISI = Location(text="Tbilisi", name="Tbilisi", country="GEO", lat=41.6938, lon=44.8015)
BATUMI = Location(text="Batumi", name="Batumi", country="GEO", lat=41.6168, lon=41.6367)
PROTESTERS = Actor(text="protesters", name="protesters", country="GEO", role="CVL", code="GEOCVL")
POLICE = Actor(text="police", name="Georgian police", country="GEO", role="COP", code="GEOCOP")


def protest(article_id: str, ordinal: int = 0) -> Event:
    return event(
        article_id,
        "protest",
        ordinal=ordinal,
        plover="PROTEST",
        mode="demonstrate",
        cameo="141",
        source=PROTESTERS,
        target=None,
        location=TBILISI,
        sentence="Thousands rallied in Tbilisi on Tuesday.",
        trigger="rallied",
    )


def clash(article_id: str, place: Location = TBILISI, ordinal: int = 0) -> Event:
    return event(
        article_id,
        "clash",
        ordinal=ordinal,
        plover="FIGHT",
        mode="small_arms",
        cameo="190",
        source=POLICE,
        target=PROTESTERS,
        location=place,
        sentence="Police clashed with protesters in Tbilisi.",
        trigger="clashed",
        sentence_start=40 + 60 * ordinal,  # told after the article's first event
    )


def news(article_id: str, events: list[Event], hours: float, source: str) -> Signal:
    return signal(article_id, events, source=source, published=T0 + timedelta(hours=hours))


def test_a_protest_that_turns_violent_is_raised_with_the_reason_and_opens_no_clash_alert() -> None:
    engine = AlertEngine(load_rules())
    engine.apply(engine.plan(news("p1", [protest("p1")], 0, "a.example"), T0 + timedelta(hours=1)))
    (story,) = engine.alerts()
    assert (story.kind, story.severity) == ("mass_protest", "low")

    outcome = engine.plan(news("c1", [clash("c1")], 6, "b.example"), T0 + timedelta(hours=7))
    (change,) = outcome.changes
    raised = change.alert
    assert raised.alert_id == story.alert_id and raised.article_ids == ["p1", "c1"]
    assert (raised.version, raised.severity) == (2, "medium")
    assert "escalated: turned violent (+1)" in raised.reasons
    (entry,) = raised.escalations
    assert (entry.version, entry.from_severity, entry.to_severity) == (2, "low", "medium")
    assert entry.reasons == ["escalated: turned violent (+1)"]
    assert change.escalated and change.notify
    engine.apply(outcome)

    # The cue raises a story once: more clashes are more articles, not more raises.
    again = engine.plan(news("c2", [clash("c2")], 8, "b.example"), T0 + timedelta(hours=9))
    (more,) = again.changes
    assert more.alert.severity == "medium" and len(more.alert.escalations) == 1 and not more.notify


def test_a_clash_elsewhere_is_a_story_of_its_own() -> None:
    engine = AlertEngine(load_rules())
    engine.apply(engine.plan(news("p1", [protest("p1")], 0, "a.example"), T0 + timedelta(hours=1)))
    outcome = engine.plan(news("c1", [clash("c1", BATUMI)], 6, "b.example"), T0 + timedelta(hours=7))
    (change,) = outcome.changes
    assert (change.kind, change.alert.kind) == ("created", "armed_clashes")


def test_a_protest_report_that_tells_of_clashes_opens_one_raised_alert() -> None:
    engine = AlertEngine(load_rules())
    sig = news("p1", [protest("p1"), clash("p1", ordinal=1)], 0, "a.example")
    (change,) = engine.plan(sig, T0 + timedelta(hours=1)).changes
    alert = change.alert
    assert (change.kind, alert.kind, alert.version, alert.severity) == (
        "created",
        "mass_protest",
        1,
        "medium",
    )
    assert "escalated: turned violent (+1)" in alert.reasons
    assert alert.escalations == []  # the first version is the alert itself, not a raise
    assert [e.trigger for e in alert.evidence] == ["rallied", "clashed"]


def test_an_op_ed_about_clashes_does_not_turn_the_story_violent() -> None:
    engine = AlertEngine(load_rules())
    engine.apply(engine.plan(news("p1", [protest("p1")], 0, "a.example"), T0 + timedelta(hours=1)))
    oped = signal(
        "o1",
        [clash("o1")],
        title="Opinion: the police must stop",
        published=T0 + timedelta(hours=2),
        genre="opinion",
    )
    outcome = engine.plan(oped, T0 + timedelta(hours=3))
    assert all(c.alert.severity == "low" and not c.notify for c in outcome.changes)


def strike(article_id: str, source: str, hours: float, killed: int | None = None) -> Signal:
    ev = event(
        article_id,
        "airstrike",
        plover="ASSAULT",
        mode="aerial",
        cameo="195",
        location=ALEPPO,
        event_date=DAY,
        killed=killed,
        sentence="Jets struck Aleppo on Tuesday.",
        trigger="struck",
    )
    return signal(
        article_id, [ev], source=source, title=f"Strikes {article_id}", published=T0 + timedelta(hours=hours)
    )


def test_sources_and_casualties_crossing_thresholds_are_raises_with_what_is_new() -> None:
    engine = AlertEngine(load_rules())
    steps = [
        strike("a", "a.example", 0),
        strike("b", "b.example", 1),
        strike("c", "c.example", 2),  # third independent source
        strike("d", "d.example", 3, killed=12),  # 10 killed or more
        strike("e", "e.example", 4, killed=60),  # 50 killed or more
    ]
    notified = []
    for sig in steps:
        outcome = engine.plan(sig, T0 + timedelta(hours=5))
        notified.extend(c.alert.version for c in outcome.changes if c.notify)
        engine.apply(outcome)
    (alert,) = engine.alerts()
    assert alert.severity == "critical"
    history = [(e.version, e.from_severity, e.to_severity, e.reasons) for e in alert.escalations]
    assert history == [
        (3, "medium", "high", ["3 independent sources (+1)"]),
        (4, "high", "critical", ["4 independent sources (+1)", "12 killed reported (at least 10) (+1)"]),
    ]
    assert notified == [1, 3, 4]  # created, then each raise; version 5 is capped at critical


async def test_a_raise_is_notified_and_its_reason_is_in_the_webhook_bodies(tmp_path: Path) -> None:
    receivers = [
        Receiver(name="generic", url="http://hooks.example.org/g"),
        Receiver(name="slack", url="http://hooks.example.org/s", format="slack"),
        Receiver(name="am", url="http://hooks.example.org/a", format="alertmanager"),
    ]
    store = SqliteAlertStore.open(tmp_path)
    svc = AlertingService(
        AlertEngine(load_rules()),
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        receivers=receivers,
        clock=lambda: T0 + timedelta(hours=12),
    )
    await svc.handle_signal(news("p1", [protest("p1")], 0, "a.example"))
    await svc.handle_signal(news("c1", [clash("c1")], 6, "b.example"))
    by_receiver = {n.receiver: n for n in store.notifications() if n.version == 2}
    assert set(by_receiver) == {"generic", "slack", "am"}
    generic = json.loads(render(receivers[0], by_receiver["generic"], "http://vigie"))
    assert generic["escalations"][0]["reasons"] == ["escalated: turned violent (+1)"]
    slack = json.loads(render(receivers[1], by_receiver["slack"], "http://vigie"))
    assert "[escalated]" in slack["blocks"][0]["text"]["text"]
    assert any(
        "escalated (low → medium): escalated: turned violent" in json.dumps(b, ensure_ascii=False)
        for b in slack["blocks"]
    )
    am = json.loads(render(receivers[2], by_receiver["am"], "http://vigie"))
    assert "Escalated (low → medium)" in am["alerts"][0]["annotations"]["description"]
    registry = svc.metrics.registry
    labels = {"kind": "mass_protest", "severity": "medium"}
    assert registry.get_sample_value("vigie_alerting_escalations_total", labels) == 1.0
    assert registry.get_sample_value("vigie_alerting_alerts_total", {**labels, "severity": "low"}) == 1.0
    store.close()


# ------------------------------------------------------------------ cues of the bundled rule file
REBELS = Actor(text="rebels", name="Syrian rebels", country="SYR", role="REB", code="SYRREB")
ARMY = Actor(text="army", name="Syrian army", country="SYR", role="MIL", code="SYRMIL")
RUSSIA = Actor(text="Russia", name="Russia", country="RUS", role="GOV", code="RUSGOV")
UKRAINE = Actor(text="Ukraine", name="Ukraine", country="UKR", role="GOV", code="UKRGOV")
DONETSK = Location(text="Donetsk", name="Donetsk", country="UKR", lat=48.0159, lon=37.8029)


def fight(article_id: str, category: str, place: Location = ALEPPO, **kw: object) -> Event:
    cameo = {"clash": "193", "offensive": "190", "capture": "192"}[category]
    mode = {"clash": "small-arms", "offensive": "ground", "capture": "occupy"}[category]
    return event(
        article_id,
        category,
        plover="FIGHT",
        mode=mode,
        cameo=cameo,
        source=REBELS,
        target=ARMY,
        location=place,
        sentence=f"Rebels and the army: {category} near {place.name}.",
        trigger=category,
        **kw,  # type: ignore[arg-type]
    )


def truce(article_id: str, category: str) -> Event:
    return event(
        article_id,
        category,
        plover="AGREE" if category == "ceasefire" else "FIGHT",
        mode="ceasefire" if category == "ceasefire" else "ceasefire-violation",
        cameo="0871" if category == "ceasefire" else "196",
        source=RUSSIA,
        target=UKRAINE,
        location=DONETSK,
        sentence=f"Russia and Ukraine: {category} around Donetsk.",
        trigger=category,
    )


def run(engine: AlertEngine, sig: Signal, hours: float) -> list[tuple[str, str, int, str, bool]]:
    outcome = engine.plan(sig, T0 + timedelta(hours=hours))
    engine.apply(outcome)
    return [(c.kind, c.alert.kind, c.alert.version, c.alert.severity, c.notify) for c in outcome.changes]


def test_clashes_that_grow_into_an_offensive_then_a_capture_are_raised_twice() -> None:
    engine = AlertEngine(load_rules())
    assert run(engine, news("k1", [fight("k1", "clash")], 0, "a.example"), 1) == [
        ("created", "armed_clashes", 1, "high", True)  # medium + first clash for Syria in 30 days
    ]
    # An offensive is news of its own: it opens its alert, and raises the clash story as evidence.
    assert sorted(run(engine, news("o1", [fight("o1", "offensive")], 5, "b.example"), 6)) == [
        ("created", "offensive_launched", 1, "critical", True),
        ("updated", "armed_clashes", 2, "critical", True),
    ]
    # A town taken there opens its own alert too, and raises both stories it develops.
    changes = run(engine, news("t1", [fight("t1", "capture")], 10, "c.example"), 11)
    assert sorted(c[:3] for c in changes) == [
        ("created", "city_captured", 1),
        ("updated", "armed_clashes", 3),
        ("updated", "offensive_launched", 2),
    ]
    by_kind = {a.kind: a for a in engine.alerts()}
    clash = by_kind["armed_clashes"]
    assert clash.article_ids == ["k1"]  # raised, not joined: each development has its own alert
    assert [e.article_id for e in clash.evidence] == ["k1", "o1", "t1"]
    history = [(e.version, e.from_severity, e.to_severity, e.reasons) for e in clash.escalations]
    assert history == [
        (2, "high", "critical", ["escalated: grew into an offensive (+1)"]),
        (3, "critical", "critical", ["escalated: a town was taken (+1)"]),
    ]
    assert by_kind["city_captured"].article_ids == ["t1"]


def test_an_offensive_elsewhere_or_already_alerted_on_is_not_a_clash_escalation() -> None:
    engine = AlertEngine(load_rules())
    run(engine, news("o0", [fight("o0", "offensive")], 0, "a.example"), 1)
    run(engine, news("k1", [fight("k1", "clash")], 1, "b.example"), 2)
    # A second offensive report at Aleppo joins the offensive story, not the clash story.
    assert run(engine, news("o1", [fight("o1", "offensive")], 2, "c.example"), 3) == [
        ("updated", "offensive_launched", 2, "critical", False)
    ]
    # An offensive at Homs, 140 km away, is a story of its own.
    assert [c[:2] for c in run(engine, news("o2", [fight("o2", "offensive", HOMS)], 3, "d.example"), 4)] == [
        ("created", "offensive_launched")
    ]
    clashes = [a for a in engine.alerts() if a.kind == "armed_clashes"]
    assert [(a.article_ids, a.escalations) for a in clashes] == [(["k1"], [])]


def test_an_offensive_that_takes_the_town_is_raised_and_the_capture_is_its_own_alert() -> None:
    engine = AlertEngine(load_rules())
    run(engine, news("o1", [fight("o1", "offensive", IDLIB)], 0, "a.example"), 1)
    changes = run(engine, news("t1", [fight("t1", "capture", IDLIB)], 4, "b.example"), 5)
    assert sorted((kind, rule, version, notify) for kind, rule, version, _, notify in changes) == [
        ("created", "city_captured", 1, True),
        ("updated", "offensive_launched", 2, True),
    ]
    offensive = next(a for a in engine.alerts() if a.kind == "offensive_launched")
    assert "escalated: a town was taken (+1)" in offensive.reasons
    assert offensive.article_ids == ["o1"]


def test_a_ceasefire_that_gets_violation_reports_is_raised() -> None:
    engine = AlertEngine(load_rules())
    assert run(engine, news("c1", [truce("c1", "ceasefire")], 0, "a.example"), 1) == [
        ("created", "ceasefire", 1, "high", True)
    ]
    assert sorted(run(engine, news("v1", [truce("v1", "ceasefire_violation")], 9, "b.example"), 10)) == [
        ("created", "ceasefire_violated", 1, "high", True),  # low, raised by novelty and the parties
        ("updated", "ceasefire", 2, "critical", True),
    ]
    truce_story = next(a for a in engine.alerts() if a.kind == "ceasefire")
    (entry,) = truce_story.escalations
    assert entry.reasons == ["escalated: ceasefire violation reported (+1)"]
    assert truce_story.article_ids == ["c1"]


def test_a_second_violation_report_raises_the_ceasefire_story_no_more() -> None:
    engine = AlertEngine(load_rules())
    run(engine, news("c1", [truce("c1", "ceasefire")], 0, "a.example"), 1)
    run(engine, news("v1", [truce("v1", "ceasefire_violation")], 9, "b.example"), 10)
    changes = run(engine, news("v2", [truce("v2", "ceasefire_violation")], 10, "c.example"), 11)
    assert [c[:2] for c in changes] == [("updated", "ceasefire_violated")]


def test_without_a_ceasefire_story_a_violation_is_an_alert_of_its_own() -> None:
    engine = AlertEngine(load_rules())
    assert [
        c[:2] for c in run(engine, news("v1", [truce("v1", "ceasefire_violation")], 0, "a.example"), 1)
    ] == [("created", "ceasefire_violated")]
