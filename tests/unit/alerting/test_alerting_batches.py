"""Batches and large stories: a poll is one batch with the versions of one-by-one handling, all or
nothing on failure; the outlet count of a long story matches its definition."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from alerting_builders import ALEPPO, KHARKIV, RUSSIAN_FORCES, T0, UKRAINE_GOV, leader_call, offensive, signal

from vigie.contracts import Alert, DeadLetter, Signal
from vigie.errors import DeliveryError
from vigie.kafka import encode
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.core.stories import Member, independent_sources
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.service import AlertingService, Incoming
from vigie_alerting.sqlite_store import SqliteAlertStore

HOOK = "http://hook.example.org/x"


class FixedClock:
    def __call__(self) -> datetime:
        return T0 + timedelta(hours=1)


class FlakyPublisher(MemoryPublisher):
    """Refuses alert batches while ``down`` (the broker is unreachable)."""

    def __init__(self) -> None:
        super().__init__()
        self.down = False

    async def publish_alerts(self, alerts: list[Alert]) -> None:
        if self.down:
            raise DeliveryError("broker down")
        await super().publish_alerts(alerts)


class BrokenStore(SqliteAlertStore):
    """Fails its next save, like a full disk."""

    fail_next = False

    def save(self, *args: object, **kwargs: object) -> None:  # type: ignore[override]
        if self.fail_next:
            self.fail_next = False
            raise OSError("disk full")
        super().save(*args, **kwargs)  # type: ignore[arg-type]


def make_service(path: Path, publisher: MemoryPublisher | None = None) -> AlertingService:
    return AlertingService(
        AlertEngine(load_rules()),
        SqliteAlertStore.open(path),
        publisher or MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        receivers=[HOOK],
        clock=FixedClock(),
    )


def stream() -> list[Signal]:
    """Two stories interleaved, a leader call and an article that matches nothing."""
    out = []
    for k in range(6):
        out.append(signal(f"aleppo-{k}", [offensive(f"aleppo-{k}", place=ALEPPO)], source=f"s{k}.example"))
        kharkiv = offensive(f"kharkiv-{k}", place=KHARKIV, source=RUSSIAN_FORCES, target=UKRAINE_GOV)
        out.append(signal(f"kharkiv-{k}", [kharkiv], source=f"s{k}.example"))
    out.append(signal("call", [leader_call("call")]))
    out.append(signal("quiet", []))
    return out


def records(signals: list[Signal]) -> list[Incoming]:
    return [Incoming(encode(s), partition=0, offset=i) for i, s in enumerate(signals)]


def versions(publisher: MemoryPublisher) -> list[tuple[str, int, list[str]]]:
    return [(a.alert_id, a.version, a.article_ids) for a in publisher.alerts]


def stored(service: AlertingService) -> tuple[dict[str, int], int, int]:
    """Alert versions, processed articles and signal counter as a fresh start would load them."""
    records_ = service.store.load_records()
    return (
        {r.alert.alert_id: r.alert.version for r in records_},
        len(service.store.processed_ids()),
        service.store.counter("signals"),
    )


async def test_a_batch_publishes_and_stores_what_one_by_one_does(tmp_path: Path) -> None:
    one, batch = make_service(tmp_path / "one"), make_service(tmp_path / "batch")
    singles = [await one.handle_record(r.value, partition=0, offset=r.offset) for r in records(stream())]
    labels = await batch.handle_records(records(stream()))

    assert labels == singles
    assert labels.count("alerted") == 13 and labels[-1] == "no_alert"
    assert versions(batch.publisher) == versions(one.publisher)  # type: ignore[arg-type]
    assert stored(batch) == stored(one) == ({a.alert_id: a.version for a in batch.engine.alerts()}, 14, 14)
    # Every version of every story was published, in order; only new alerts notify.
    aleppo = [v for v in versions(batch.publisher) if v[2][0] == "aleppo-0"]  # type: ignore[arg-type]
    assert [v[1] for v in aleppo] == [1, 2, 3, 4, 5, 6]
    assert len(batch.store.pending_notifications()) == len(one.store.pending_notifications()) == 3


async def test_replays_and_bad_records_inside_a_batch(tmp_path: Path) -> None:
    service = make_service(tmp_path)
    first = signal("a1", [offensive("a1")])
    batch = [*records([first, first]), Incoming(b"{not json", partition=0, offset=9), Incoming(None)]
    publisher = service.publisher
    assert isinstance(publisher, MemoryPublisher)

    assert await service.handle_records(batch) == ["alerted", "duplicate", "dead_letter", "dead_letter"]
    assert [(d.stage, d.offset) for d in publisher.dead_letters] == [("decode", 9), ("decode", None)]
    assert all(isinstance(d, DeadLetter) for d in publisher.dead_letters)
    assert service.status() == {
        "signals_processed": 2,
        "articles_processed": 1,
        "alerts": 1,
        "dead_letters": 2,
    }
    assert len(publisher.alerts) == 1


async def test_a_batch_the_broker_refuses_leaves_engine_and_store_as_they_were(tmp_path: Path) -> None:
    publisher = FlakyPublisher()
    service = make_service(tmp_path, publisher)
    signals = stream()
    await service.handle_records(records(signals[:4]))
    before_engine = [(a.alert_id, a.version) for a in service.engine.alerts()]
    before_store = stored(service)

    publisher.down = True
    with pytest.raises(DeliveryError):
        await service.handle_records(records(signals[4:]))
    assert [(a.alert_id, a.version) for a in service.engine.alerts()] == before_engine
    assert service.engine.articles_processed == 4
    assert stored(service) == before_store

    # The broker is back and the uncommitted poll is read again: the versions of a clean run follow.
    publisher.down = False
    await service.handle_records(records(signals[4:]))
    clean = make_service(tmp_path / "clean")
    await clean.handle_records(records(signals))
    assert versions(publisher) == versions(clean.publisher)  # type: ignore[arg-type]
    assert stored(service) == stored(clean)


async def test_a_batch_the_store_refuses_is_undone_and_replayed_once(tmp_path: Path) -> None:
    publisher = MemoryPublisher()
    service = AlertingService(
        AlertEngine(load_rules()),
        BrokenStore.open(tmp_path),
        publisher,
        AlertingMetrics.create(),
        AlertHub(),
        clock=FixedClock(),
    )
    signals = stream()
    await service.handle_records(records(signals[:2]))
    store = service.store
    assert isinstance(store, BrokenStore)
    store.fail_next = True
    with pytest.raises(OSError, match="disk full"):
        await service.handle_records(records(signals[2:]))
    assert service.engine.articles_processed == 2
    assert {a.version for a in service.engine.alerts()} == {1}

    # The versions already published are produced again, identical (at-least-once, same ids/versions).
    published_once = versions(publisher)
    await service.handle_records(records(signals[2:]))
    replayed = versions(publisher)[len(published_once) :]
    assert replayed[: len(published_once) - 2] == published_once[2:]
    restarted = AlertEngine(load_rules(), records=store.load_records(), processed=store.processed_ids())
    assert restarted.articles_processed == len(signals)
    assert {a.alert_id: a.version for a in restarted.alerts()} == {
        a.alert_id: a.version for a in service.engine.alerts()
    }


def _components(members: list[Member]) -> int:
    """Reference: breadth-first search over members linked by outlet or by a long shared title."""
    seen: set[int] = set()
    groups = 0
    for start in range(len(members)):
        if start in seen:
            continue
        groups += 1
        queue = [start]
        seen.add(start)
        while queue:
            a = members[queue.pop()]
            for j, b in enumerate(members):
                linked = a.source == b.source or (a.title_key == b.title_key and len(a.title_key) >= 12)
                if j not in seen and linked:
                    seen.add(j)
                    queue.append(j)
    return max(1, groups)


@pytest.mark.parametrize("seed", range(40))
def test_independent_sources_counts_outlets_joined_by_wire_copies(seed: int) -> None:
    rng = random.Random(seed)
    titles = ["update", "troops cross the border", "ceasefire talks collapse", "a third long headline"]
    members = [
        Member(
            article_id=f"a{i}",
            source=f"outlet{rng.randint(0, 6)}",
            title_key=rng.choice([*titles, f"only this outlet ran story {i}"]),
            article_time=T0,
        )
        for i in range(rng.randint(0, 25))
    ]
    assert independent_sources(members) == _components(members)
