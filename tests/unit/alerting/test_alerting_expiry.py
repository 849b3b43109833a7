"""Story expiry: a story with no new article for its kind's time becomes `expired` (a new version,
published and notified per receiver), in event time or on an injected wall clock, across restarts;
an expired story takes no new article, so a later event of the same dyad and place opens a new alert."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alerting_builders import ALEPPO, T0, event, offensive, signal

from conftest import StoreOpener
from vigie.contracts import Alert
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import RulesFileError, load_rules
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.receivers import Receiver
from vigie_alerting.service import AlertingService, ExpiryClock
from vigie_alerting.sqlite_store import SqliteAlertStore
from vigie_alerting.store import AlertStore

BOOK = load_rules()


def strike(article_id: str, *, days: float = 0, **kw: object) -> tuple[object, datetime]:
    at = T0 + timedelta(days=days)
    ev = event(
        article_id,
        "airstrike",
        plover="ASSAULT",
        mode="aerial",
        cameo="195",
        location=ALEPPO,
        event_date=at.date(),
        sentence="Jets struck Aleppo on Tuesday.",
        trigger="struck",
    )
    return signal(article_id, [ev], published=at, **kw), at  # type: ignore[arg-type]


def test_each_kind_has_its_expiry_time_from_the_rule_file() -> None:
    assert BOOK.expire_after(BOOK.rule("airstrikes")) == timedelta(hours=48)
    assert BOOK.expire_after(BOOK.rule("ceasefire")) == timedelta(days=7)


def test_the_book_default_applies_to_a_rule_without_its_own_time(tmp_path: Path) -> None:
    text = (Path(__file__).parents[3] / "services/vigie_alerting/data/rules.yaml").read_text(encoding="utf-8")
    text = text.replace("expire_after_hours: 72\n", "expire_after_hours: 30\n", 1)
    text = text.replace("    expire_after_hours: 48\n", "", 1)  # airstrikes
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    book = load_rules(path)
    assert book.expire_after(book.rule("airstrikes")) == timedelta(hours=30)


def test_an_expiry_time_must_be_positive(tmp_path: Path) -> None:
    text = (Path(__file__).parents[3] / "services/vigie_alerting/data/rules.yaml").read_text(encoding="utf-8")
    path = tmp_path / "rules.yaml"
    path.write_text(text.replace("expire_after_hours: 48", "expire_after_hours: 0", 1), encoding="utf-8")
    with pytest.raises(RulesFileError, match="expire_after_hours"):
        load_rules(path)


def test_a_quiet_story_expires_in_event_time_and_a_later_strike_opens_a_new_alert() -> None:
    engine = AlertEngine(BOOK)
    first, at1 = strike("s1")
    engine.apply(engine.plan(first, at1 + timedelta(minutes=5)))
    second, at2 = strike("s2", days=1)  # within 48 h of the last article: same story
    engine.apply(engine.plan(second, at2 + timedelta(minutes=5)))
    (story,) = engine.alerts()
    assert story.article_ids == ["s1", "s2"]
    assert engine.expires_at(engine.record(story.alert_id)) == at2 + timedelta(hours=48)  # type: ignore[arg-type]
    assert engine.plan_expiry(at2 + timedelta(hours=47), at2) == []

    # Two days and a half later the same dyad strikes the same town again: a new story, even before
    # any sweep marked the old one expired (event time decides, not when the sweep ran).
    third, at3 = strike("s3", days=3.5)
    outcome = engine.plan(third, at3 + timedelta(minutes=5))
    (change,) = outcome.changes
    assert change.kind == "created" and change.alert.alert_id != story.alert_id
    engine.apply(outcome)
    assert engine.watermark == at3

    (expiry,) = engine.plan_expiry(engine.watermark, at3 + timedelta(minutes=6))
    expired = expiry.alert
    assert (expired.alert_id, expired.status, expired.version) == (story.alert_id, "expired", 3)
    assert expired.status_reason is not None and "no new article for 48 h" in expired.status_reason
    assert expiry.notify
    engine.apply_changes([expiry])
    assert engine.plan_expiry(engine.watermark, at3) == []  # idempotent: expired is final


def test_an_acknowledged_story_expires_too_but_a_resolved_one_stays_resolved() -> None:
    engine = AlertEngine(BOOK)
    a, at = strike("a")
    engine.apply(engine.plan(a, at))
    b, _ = strike("b", source="other.example")
    b = b.model_copy(update={"events": [offensive("b")]})  # another kind, same time
    engine.apply(engine.plan(b, at))
    strikes, offence = sorted(engine.alerts(), key=lambda x: x.kind)
    engine.apply_changes([engine.plan_status(strikes.alert_id, "acknowledged", at)])  # type: ignore[list-item]
    engine.apply_changes([engine.plan_status(offence.alert_id, "resolved", at)])  # type: ignore[list-item]
    changes = engine.plan_expiry(at + timedelta(days=30), at + timedelta(days=30))
    assert [(c.alert.alert_id, c.alert.status) for c in changes] == [(strikes.alert_id, "expired")]


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def service_on(
    store: AlertStore, clock: Clock, receivers: list[Receiver], expiry_clock: ExpiryClock = "event"
) -> AlertingService:
    engine = AlertEngine(BOOK, records=store.load_records(), processed=store.processed_ids())
    return AlertingService(
        engine,
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        receivers=receivers,
        clock=clock,
        expiry_clock=expiry_clock,
    )


RECEIVERS = [
    Receiver(name="all", url="http://hooks.example.org/all"),
    Receiver(name="firing-only", url="http://hooks.example.org/f", statuses=["firing", "acknowledged"]),
]


async def test_the_service_publishes_and_notifies_expiry_after_a_batch_and_keeps_it_across_restart(
    open_store: StoreOpener,
) -> None:
    clock = Clock(T0 + timedelta(days=10))
    store = open_store()
    svc = service_on(store, clock, RECEIVERS)
    first, _ = strike("s1")
    await svc.handle_signal(first)
    (story,) = svc.engine.alerts()
    later, _ = strike("k1", days=3)  # an unrelated article three days later moves event time on
    later = later.model_copy(update={"events": []})
    assert await svc.handle_signal(later) == "no_alert"

    published: list[Alert] = svc.publisher.alerts  # type: ignore[attr-defined]
    assert [(a.alert_id, a.version, a.status) for a in published] == [
        (story.alert_id, 1, "firing"),
        (story.alert_id, 2, "expired"),
    ]
    logged = [(n.receiver, n.version) for n in store.notifications(story.alert_id)]
    assert logged == [("all", 1), ("firing-only", 1), ("all", 2)]  # the second one hears no expiry

    # Restart: the expired status and the event time come back from the store; nothing re-expires.
    reopened = open_store()
    again = service_on(reopened, clock, RECEIVERS)
    assert again.engine.record(story.alert_id).alert.status == "expired"  # type: ignore[union-attr]
    assert again.engine.watermark == T0
    assert await again.expire() == []


async def test_a_story_due_while_the_service_was_down_expires_on_the_first_sweep(
    open_store: StoreOpener,
) -> None:
    clock = Clock(T0 + timedelta(days=10))
    store = open_store()
    svc = service_on(store, clock, RECEIVERS)
    a, _ = strike("s1")
    await svc.handle_signal(a)
    b = signal("far", [offensive("far")], published=T0 + timedelta(days=2, hours=1))
    await svc.handle_signal(b)  # expires s1's story already (the airstrikes time is 48 h)
    (expired,) = [x for x in svc.engine.alerts() if x.status == "expired"]
    assert expired.article_ids == ["s1"]

    restarted = service_on(open_store(), clock, RECEIVERS)
    assert restarted.engine.watermark == T0 + timedelta(days=2, hours=1)
    assert await restarted.expire() == []


@pytest.mark.parametrize(("mode", "expired"), [("wall", True), ("event", False)])
async def test_the_wall_clock_expires_stories_when_no_news_arrives(
    tmp_path: Path, mode: ExpiryClock, expired: bool
) -> None:
    clock = Clock(T0 + timedelta(minutes=10))
    store = SqliteAlertStore.open(tmp_path)
    svc = service_on(store, clock, [], expiry_clock=mode)
    first, _ = strike("s1")
    await svc.handle_signal(first)
    assert await svc.expire() == []
    clock.now = T0 + timedelta(hours=49)  # no article at all since
    result = await svc.expire()
    assert [a.status for a in result] == (["expired"] if expired else [])
    store.close()


def test_an_article_dated_in_the_future_does_not_move_event_time_past_the_clock() -> None:
    engine = AlertEngine(BOOK)
    now = T0 + timedelta(hours=1)
    future = signal("future", [], published=T0 + timedelta(days=30))
    engine.apply(engine.plan(future, now))
    assert engine.watermark == now


def test_event_time_is_put_back_when_a_batch_is_reverted() -> None:
    engine = AlertEngine(BOOK)
    first, at = strike("s1")
    engine.apply(engine.plan(first, at))
    second, at2 = strike("s2", days=1)
    outcome = engine.plan(second, at2)
    previous = {c.alert.alert_id: engine.record(c.alert.alert_id) for c in outcome.changes}
    engine.apply(outcome)
    engine.revert(previous, ["s2"], watermark=at)
    assert engine.watermark == at and not engine.is_processed("s2")


def test_a_late_report_of_an_expired_story_joins_it_quietly_and_a_later_event_opens_a_new_one() -> None:
    engine = AlertEngine(BOOK)
    first, at1 = strike("s1")
    engine.apply(engine.plan(first, at1))
    ahead, at_ahead = strike("k1", days=3)  # another partition ran ahead: event time is 3 days on
    engine.apply(engine.plan(ahead.model_copy(update={"events": []}), at_ahead))
    engine.apply_changes(engine.plan_expiry(engine.watermark, at_ahead))  # type: ignore[arg-type]
    (story,) = engine.alerts()
    assert story.status == "expired"

    # Written the same morning as s1, read after the sweep: it is that story's, and the story is over.
    late, _ = strike("s2", days=0.1, source="slow.example")
    (change,) = engine.plan(late, at_ahead).changes
    assert change.alert.alert_id == story.alert_id and change.alert.article_ids == ["s1", "s2"]
    assert change.alert.status == "expired" and not change.notify
    engine.apply_changes([change])

    # Written after the story went quiet: a new story.
    fresh, at_fresh = strike("s3", days=2.5, source="wire2.example")
    (opened,) = engine.plan(fresh, at_fresh).changes
    assert opened.kind == "created" and opened.alert.alert_id != story.alert_id


async def test_with_expiry_off_stories_never_go_quiet(tmp_path: Path) -> None:
    clock = Clock(T0 + timedelta(days=10))
    store = SqliteAlertStore.open(tmp_path)
    engine = AlertEngine(BOOK, expiry=False)
    svc = AlertingService(
        engine,
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        clock=clock,
        expiry_clock="off",
    )
    await svc.handle_signal(strike("s1")[0])
    await svc.handle_signal(strike("s2", days=2.5)[0])  # past the 48 h, inside the 72 h story window
    (story,) = svc.engine.alerts()
    assert story.article_ids == ["s1", "s2"] and story.status == "firing"
    assert engine.plan_expiry(T0 + timedelta(days=30), clock.now) == [] and await svc.expire() == []
    store.close()


def test_the_expiry_time_follows_a_reverted_story_back() -> None:
    engine = AlertEngine(BOOK)
    first, at1 = strike("s1")
    engine.apply(engine.plan(first, at1))
    (story,) = engine.alerts()
    before = engine.record(story.alert_id)
    assert before is not None and engine.expires_at(before) == at1 + timedelta(hours=48)
    second, at2 = strike("s2", days=1)
    outcome = engine.plan(second, at2)
    engine.apply(outcome)
    grown = engine.record(story.alert_id)
    assert grown is not None and engine.expires_at(grown) == at2 + timedelta(hours=48)
    engine.revert({story.alert_id: before}, ["s2"], watermark=at1)
    assert engine.expires_at(before) == at1 + timedelta(hours=48)


def test_a_report_written_after_expiry_about_the_stories_own_day_joins_it_without_a_new_alert() -> None:
    engine = AlertEngine(BOOK)
    first, at1 = strike("s1")
    engine.apply(engine.plan(first, at1))
    engine.apply_changes(
        engine.plan_expiry(at1 + timedelta(days=2, hours=1), at1 + timedelta(days=2, hours=1))
    )
    (story,) = engine.alerts()
    assert story.status == "expired"

    # Published after the story went quiet, but the strike it tells of is the story's own (same day).
    retold, _ = strike("s2", source="weekly.example")
    retold = retold.model_copy(update={"published": at1 + timedelta(days=2, hours=12)})  # type: ignore[attr-defined]
    (change,) = engine.plan(retold, at1 + timedelta(days=2, hours=12)).changes  # type: ignore[arg-type]
    assert change.alert.alert_id == story.alert_id and change.alert.status == "expired" and not change.notify
