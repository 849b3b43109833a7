"""The alerting service as a process on the real broker: signals in, alerts out, restart-safe."""

from __future__ import annotations

import asyncio
import base64
import http.server
import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from vigie.broker import free_port
from vigie.contracts import Actor, Alert, DeadLetter, Event, Evidence, Genre, Location, Signal
from vigie.kafka import encode, make_consumer, make_producer
from vigie.topics import ALERTS, DEADLETTER, SIGNALS
from vigie_alerting.notifier import SIGNATURE_HEADER, verify

pytestmark = pytest.mark.integration

SECRET = "integration-secret"
T0 = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
REBELS = Actor(text="rebels", name="Syrian rebels", country="SYR", role="REB", code="SYRREB")
ARMY = Actor(text="army", name="Syrian army", country="SYR", role="MIL", code="SYRMIL")
RUSSIAN_FORCES = Actor(text="forces", name="Russian forces", country="RUS", role="MIL", code="RUSMIL")
UKRAINE = Actor(text="Kyiv", name="Ukraine", country="UKR", role="GOV", code="UKRGOV")
ALEPPO = Location(text="Aleppo", name="Aleppo", country="SYR", lat=36.2021, lon=37.1343)
KHARKIV = Location(text="Kharkiv", name="Kharkiv", country="UKR", lat=49.9935, lon=36.2304)


def make_signal(article_id: str, place: Location, source: str, lang: str, minutes: int) -> Signal:
    sentence = "Rebels launched an offensive on Tuesday."
    published = T0 + timedelta(minutes=minutes)
    ev = Event(
        event_id=f"{article_id}:0",
        category="offensive",
        plover="FIGHT",
        mode="ground",
        cameo="190",
        quad_class=4,
        goldstein=-10,
        source=REBELS if place is ALEPPO else RUSSIAN_FORCES,
        target=ARMY if place is ALEPPO else UKRAINE,
        location=place,
        event_date=date(2026, 11, 17),
        date_precision="day",
        factuality="asserted",
        confidence=0.9,
        evidence=Evidence(
            sentence=sentence,
            start=30,
            end=30 + len(sentence),
            trigger="launched an offensive",
            trigger_start=37,
            trigger_end=58,
        ),
    )
    return Signal(
        signal_id=article_id,
        article_id=article_id,
        url=f"https://{source}/{article_id}",
        source=source,
        title=f"Offensive {article_id}",
        lang=lang,
        supported=True,
        published=published,
        ingested_at=published + timedelta(minutes=1),
        extracted_at=published + timedelta(minutes=2),
        extractor_version="test",
        events=[ev],
    )


class Hooks:
    """A local webhook receiver (stdlib HTTP server in a thread) that records what it got."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        hooks = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                hooks.received.append((dict(self.headers.items()), body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                return

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)


@pytest.fixture
def hooks() -> Iterator[Hooks]:
    h = Hooks()
    h.thread.start()
    yield h
    h.server.shutdown()
    h.server.server_close()


class Service:
    """``python -m vigie_alerting`` with its settings in the environment."""

    def __init__(self, env: dict[str, str], log: Path) -> None:
        self.env, self.log = env, log
        self.base_url = f"http://127.0.0.1:{env['VIGIE_ALERTING_HTTP_PORT']}"
        self.process: subprocess.Popen[bytes] | None = None

    def spawn(self) -> subprocess.Popen[bytes]:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "vigie_alerting"], env=self.env, stdout=out, stderr=subprocess.STDOUT
            )
        return self.process

    async def start(self, timeout: float = 60.0) -> None:
        """Spawn the process and wait (with a deadline) until ``/readyz`` answers 200."""
        process = self.spawn()
        deadline = time.monotonic() + timeout
        async with httpx.AsyncClient(timeout=2.0) as client:
            while time.monotonic() < deadline:
                assert process.poll() is None, self.log.read_text()[-3000:]
                try:
                    if (await client.get(f"{self.base_url}/readyz")).status_code == 200:
                        return
                except httpx.HTTPError:
                    pass
                await asyncio.sleep(0.2)
        raise TimeoutError(self.log.read_text()[-3000:])

    def stop(self, sig: int = signal.SIGTERM) -> int:
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@pytest.fixture
async def service(kafka_bootstrap: str, tmp_path: Path, hooks: Hooks) -> AsyncIterator[Service]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    env |= {
        "VIGIE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "VIGIE_ALERTING_HTTP_PORT": str(free_port()),
        "VIGIE_ALERTING_STATE_DIR": str(tmp_path / "state"),
        "VIGIE_ALERTING_GROUP_ID": f"alerting-it-{uuid.uuid4().hex[:10]}",
        "VIGIE_ALERTING_WEBHOOKS": json.dumps([hooks.url]),
        "VIGIE_ALERTING_WEBHOOK_SECRET": SECRET,
        "VIGIE_ALERTING_API_TOKEN": "token",
        # The shared signals topic holds other tests' signals of other dates: in event time they would
        # end these stories. The expiry test turns it on for a service that reads only its own signals.
        "VIGIE_ALERTING_EXPIRY_CLOCK": "off",
    }
    svc = Service(env, tmp_path / "alerting.log")
    yield svc
    if svc.process is not None:
        svc.stop()


async def produce(bootstrap: str, values: list[tuple[str, bytes]], pause_s: float = 0.0) -> None:
    """Produce in order to partition 0; ``pause_s`` paces a stream that arrives over time."""
    producer = make_producer(bootstrap)
    await producer.start()
    try:
        for key, value in values:
            # One partition, so the service sees them in the order the test asserts on.
            await producer.send_and_wait(SIGNALS, value, key=key.encode(), partition=0)
            if pause_s:
                await asyncio.sleep(pause_s)
    finally:
        await producer.stop()


async def alerts_for(
    base_url: str, prefix: str, want: dict[str, int], timeout: float = 60.0
) -> list[dict[str, Any]]:
    """Poll GET /alerts until our alerts (ids of first articles -> number of articles) are all there."""
    deadline = time.monotonic() + timeout
    mine: list[dict[str, Any]] = []
    async with httpx.AsyncClient(timeout=5.0) as client:
        while time.monotonic() < deadline:
            body = (await client.get(f"{base_url}/alerts", params={"status": "all", "limit": 100_000})).json()
            mine = [a for a in body["alerts"] if a["article_ids"][0].startswith(prefix)]
            if {a["article_ids"][0]: len(a["article_ids"]) for a in mine} == want:
                return mine
            await asyncio.sleep(0.2)
    raise AssertionError(f"alerts never reached {want}: {mine}")


async def read_topic(bootstrap: str, topic: str, keep: Any, count: int, timeout: float = 30.0) -> list[bytes]:
    """Values of ``topic`` for which ``keep(value)`` holds, once ``count`` were seen (then 1 s more)."""
    consumer = make_consumer(bootstrap, topic, group_id=f"it-reader-{uuid.uuid4().hex[:10]}")
    await consumer.start()
    found: list[bytes] = []
    deadline = time.monotonic() + timeout
    settle: float | None = None
    try:
        while time.monotonic() < deadline and (settle is None or time.monotonic() < settle):
            for records in (await consumer.getmany(timeout_ms=300)).values():
                found.extend(r.value for r in records if r.value is not None and keep(r.value))
            if len(found) >= count and settle is None:
                settle = time.monotonic() + 1.0
    finally:
        await consumer.stop()
    return found


async def test_signals_become_alerts_and_a_restart_loses_and_duplicates_nothing(
    kafka_bootstrap: str, service: Service, hooks: Hooks
) -> None:
    run = f"it-{uuid.uuid4().hex[:8]}"
    a1, a2, b1, a3 = (f"{run}-a1", f"{run}-a2", f"{run}-b1", f"{run}-a3")
    first = [
        make_signal(a1, ALEPPO, "wire.example", "en", 0),
        make_signal(a2, ALEPPO, "journal.example", "fr", 5),
        make_signal(b1, KHARKIV, "novosti.example", "ru", 7),
    ]
    await produce(kafka_bootstrap, [(s.article_id, encode(s)) for s in first])
    await service.start()
    await alerts_for(service.base_url, run, {a1: 2, b1: 1})
    assert service.stop() == 0

    # While it is down: one more article of story A, a replay of a1, and a record that is not a signal.
    late = make_signal(a3, ALEPPO, "akhbar.example", "ar", 9)
    bad = json.dumps({"article_id": f"{run}-bad", "oops": True}).encode()
    await produce(kafka_bootstrap, [(a3, encode(late)), (a1, encode(first[0])), (f"{run}-bad", bad)])
    await service.start()
    story_a, story_b = sorted(
        await alerts_for(service.base_url, run, {a1: 3, b1: 1}), key=lambda a: a["article_ids"][0]
    )
    assert story_a["article_ids"] == [a1, a2, a3]
    assert story_a["languages"] == ["en", "fr", "ar"]
    assert story_a["version"] == 3 and story_b["version"] == 1

    ids = {story_a["alert_id"], story_b["alert_id"]}
    values = await read_topic(kafka_bootstrap, ALERTS, lambda v: json.loads(v)["alert_id"] in ids, 4)
    versions = sorted(
        (Alert.model_validate_json(v).alert_id, Alert.model_validate_json(v).version) for v in values
    )
    assert versions == sorted([(story_a["alert_id"], n) for n in (1, 2, 3)] + [(story_b["alert_id"], 1)])

    dead = await read_topic(
        kafka_bootstrap,
        DEADLETTER,
        lambda v: run.encode() in base64.b64decode(json.loads(v)["original_b64"]),
        1,
    )
    (record,) = [DeadLetter.model_validate_json(v) for v in dead]
    assert (record.service, record.stage, record.source_topic) == ("alerting", "validate", SIGNALS)

    # Webhooks: one signed delivery per new alert and per severity raise, none repeated across the
    # restart. Whether a raise happens depends on novelty, i.e. on what other tests left on the shared
    # topic before this service read it, so the raises are taken from the versions themselves.
    assert story_a["severity"] == "critical" and "3 independent sources (+1)" in story_a["reasons"]
    by_version = {(a.alert_id, a.version): a for a in (Alert.model_validate_json(v) for v in values)}
    raises = [
        f"{aid}:{ver}"
        for (aid, ver), alert in by_version.items()
        if ver > 1 and alert.severity != by_version[(aid, ver - 1)].severity
    ]

    def delivered() -> int:
        return len([h for h, _ in hooks.received if h.get("X-Vigie-Alert-Id") in ids])

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if delivered() >= 2 + len(raises):
            break
        await asyncio.sleep(0.2)
    mine = [(h, b) for h, b in hooks.received if h.get("X-Vigie-Alert-Id") in ids]
    expected = [f"{story_a['alert_id']}:1", f"{story_b['alert_id']}:1", *raises]
    assert sorted(h["Idempotency-Key"] for h, _ in mine) == sorted(expected)
    assert all(verify(SECRET.encode(), body, h[SIGNATURE_HEADER]) for h, body in mine)


async def test_a_crash_mid_stream_loses_nothing_and_repeats_no_article(
    kafka_bootstrap: str, service: Service
) -> None:
    run = f"it-{uuid.uuid4().hex[:8]}"
    towns = [Location(text=f"Town {k}", name=f"{run} town {k}", country="SYR") for k in range(8)]
    # Round-robin over 8 stories, 25 articles each, from 5 outlets.
    signals = [
        make_signal(f"{run}-{n:03d}", towns[n % 8], f"outlet{n % 5}.example", "en", n // 8)
        for n in range(200)
    ]
    pairs = [(s.article_id, encode(s)) for s in signals]
    await produce(kafka_bootstrap, pairs[:40])
    await service.start()
    # The service handles a poll in a few milliseconds: the rest of the stream trickles in while it
    # runs, so the kill lands between (or inside) batches, and the tail arrives while it is down.
    trickle = asyncio.create_task(produce(kafka_bootstrap, pairs[40:], pause_s=0.02))

    deadline = time.monotonic() + 60
    async with httpx.AsyncClient(timeout=5.0) as client:
        while time.monotonic() < deadline:
            body = (await client.get(f"{service.base_url}/alerts", params={"limit": 100_000})).json()
            seen = sum(len(a["article_ids"]) for a in body["alerts"] if a["article_ids"][0].startswith(run))
            if seen >= 60:
                break
            await asyncio.sleep(0.05)
    assert service.stop(signal.SIGKILL) == -signal.SIGKILL
    assert 60 <= seen < 200, f"{seen} articles before the crash: not a crash mid-stream"
    await trickle

    await service.start()
    want = {signals[k].article_id: 25 for k in range(8)}
    mine = await alerts_for(service.base_url, run, want)
    for alert in mine:
        k = int(alert["article_ids"][0].rsplit("-", 1)[1])
        assert alert["article_ids"] == [s.article_id for s in signals[k::8]]
        assert alert["version"] == 25

    ids = {a["alert_id"] for a in mine}
    values = await read_topic(kafka_bootstrap, ALERTS, lambda v: json.loads(v)["alert_id"] in ids, 200)
    by_version: dict[tuple[str, int], set[tuple[str, ...]]] = {}
    for value in values:
        alert = Alert.model_validate_json(value)
        by_version.setdefault((alert.alert_id, alert.version), set()).add(tuple(alert.article_ids))
    assert set(by_version) == {(i, v) for i in ids for v in range(1, 26)}
    # A version re-produced after the crash (at-least-once) carries the same articles.
    assert all(len(articles) == 1 for articles in by_version.values())


async def positioned(bootstrap: str, base_url: str, run: str, timeout: float = 60.0) -> None:
    """Produce empty probe signals until the service has counted one (its group reads from here on)."""
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient(timeout=5.0) as client:
        before = (await client.get(f"{base_url}/status")).json()["signals_processed"]
        n = 0
        while time.monotonic() < deadline:
            probe = make_signal(f"{run}-probe{n}", ALEPPO, "probe.example", "en", 0).model_copy(
                update={"events": []}
            )
            await produce(bootstrap, [(probe.article_id, encode(probe))])
            n += 1
            for _ in range(10):
                if (await client.get(f"{base_url}/status")).json()["signals_processed"] > before:
                    return
                await asyncio.sleep(0.2)
    raise TimeoutError("the service never read a probe signal")


def strike_signal(
    article_id: str,
    place: Location,
    hours: float,
    source: str,
    *,
    title: str | None = None,
    url: str | None = None,
    genre: Genre = "news",
) -> Signal:
    """An airstrike on ``place`` dated the day it is published (its rule expires a story after 48 h
    without news); ``genre`` as the extractor would state it."""
    published = T0 + timedelta(hours=hours)
    sentence = "Jets struck the town on Tuesday."
    sdn_army = Actor(text="army", name="Sudanese armed forces", country="SDN", role="MIL", code="SDNMIL")
    ev = Event(
        event_id=f"{article_id}:0",
        category="airstrike",
        plover="ASSAULT",
        mode="aerial",
        cameo="195",
        quad_class=4,
        goldstein=-10,
        source=sdn_army,
        location=place,
        event_date=published.date(),
        date_precision="day",
        factuality="asserted",
        confidence=0.9,
        evidence=Evidence(
            sentence=sentence,
            start=30,
            end=30 + len(sentence),
            trigger="struck",
            trigger_start=35,
            trigger_end=41,
        ),
    )
    return Signal(
        signal_id=article_id,
        article_id=article_id,
        url=url or f"https://{source}/news/{article_id}",
        source=source,
        title=title or f"Strikes on {place.name}",
        lang="en",
        supported=True,
        published=published,
        ingested_at=published + timedelta(minutes=1),
        extracted_at=published + timedelta(minutes=2),
        extractor_version="test",
        genre=genre,
        events=[ev],
    )


async def test_a_follow_up_op_ed_gives_none_and_a_quiet_story_expires_and_stays_expired(
    kafka_bootstrap: str, service: Service, hooks: Hooks
) -> None:
    run = f"it-{uuid.uuid4().hex[:8]}"
    town = Location(text="Kadugli", name=f"{run} Kadugli", country="SDN", lat=11.01, lon=29.72)
    other = Location(text="Nyala", name=f"{run} Nyala", country="SDN", lat=12.05, lon=24.88)
    third = Location(text="Dilling", name=f"{run} Dilling", country="SDN", lat=12.05, lon=29.65)
    news, sentinel = f"{run}-n1", f"{run}-n2"
    stream = [
        strike_signal(news, town, 0, "wire.example"),
        # An op-ed on the same story joins it as evidence; op-eds and anniversaries elsewhere open nothing.
        strike_signal(
            f"{run}-o1",
            town,
            1,
            "paper.example",
            title="Opinion: the strikes on Kadugli must stop",
            genre="opinion",
        ),
        strike_signal(
            f"{run}-o2",
            other,
            2,
            "paper.example",
            url=f"https://paper.example/opinion/{run}-o2",
            genre="opinion",
        ),
        strike_signal(
            f"{run}-a1",
            third,
            3,
            "journal.example",
            title="Dilling, one year on: the anniversary",
            genre="anniversary",
        ),
        strike_signal(sentinel, third, 4, "wire.example"),  # processed after them: they are done
    ]
    # Event-time expiry on, reading only this test's signals: start at the end of the topic, and make
    # sure the group is positioned (a probe signal is counted) before the stream is produced.
    service.env |= {"VIGIE_ALERTING_EXPIRY_CLOCK": "event", "VIGIE_ALERTING_AUTO_OFFSET_RESET": "latest"}
    await service.start()
    await positioned(kafka_bootstrap, service.base_url, run)
    await produce(kafka_bootstrap, [(s.article_id, encode(s)) for s in stream])
    first = {a["article_ids"][0]: a for a in await alerts_for(service.base_url, run, {news: 2, sentinel: 1})}
    story = first[news]
    assert story["article_ids"] == [news, f"{run}-o1"] and story["independent_sources"] == 1

    # Sixty hours later the same town is struck again: the first story went quiet for more than the
    # 48 h of airstrikes, so it expires and the new strike opens a new alert instead of joining it.
    later = f"{run}-n3"
    await produce(kafka_bootstrap, [(later, encode(strike_signal(later, town, 60, "wire.example")))])
    mine = await alerts_for(service.base_url, run, {news: 2, sentinel: 1, later: 1})
    # The sweep runs once the batch holding the new strike is applied: the new alert can be read a
    # moment before the old story's expired version.
    deadline = time.monotonic() + 10.0
    while (status := {a["article_ids"][0]: a for a in mine}[news]["status"]) != "expired":
        if time.monotonic() > deadline:
            break
        await asyncio.sleep(0.2)
        mine = await alerts_for(service.base_url, run, {news: 2, sentinel: 1, later: 1})
    by_first = {a["article_ids"][0]: a for a in mine}
    assert status == by_first[news]["status"] == "expired" and "48 h" in by_first[news]["status_reason"]
    assert by_first[later]["status"] == "firing" and by_first[later]["alert_id"] != story["alert_id"]

    values = await read_topic(
        kafka_bootstrap, ALERTS, lambda v: json.loads(v)["alert_id"] == story["alert_id"], 3
    )
    versions = sorted({(a.version, a.status) for a in (Alert.model_validate_json(v) for v in values)})
    assert versions == [(1, "firing"), (2, "firing"), (3, "expired")]

    def keys() -> set[str]:
        return {
            h["Idempotency-Key"] for h, _ in hooks.received if h.get("X-Vigie-Alert-Id") == story["alert_id"]
        }

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if f"{story['alert_id']}:3" in keys():
            break
        await asyncio.sleep(0.2)
    # Created and expired are notified; the op-ed joining the story is not news.
    assert keys() == {f"{story['alert_id']}:1", f"{story['alert_id']}:3"}

    # The expiry is state: after a restart the story is still expired and nothing is re-published.
    assert service.stop() == 0
    await service.start()
    async with httpx.AsyncClient(timeout=5.0) as client:
        again = (await client.get(f"{service.base_url}/alerts/{story['alert_id']}")).json()
    assert (again["status"], again["version"]) == ("expired", 3)
