"""Kill a service at any point: on restart nothing is lost and nothing is counted twice.

One system on the embedded broker. A first file of articles goes in and the extractor is SIGKILLed
once its first signals are out; a second file goes in and the alerting service is SIGKILLed while
signals are still flowing; then a push batch is posted and the ingest service is SIGKILLed as soon as
the first article of the batch reaches the broker (the request has no answer yet), and the batch is
pushed again after the restart. Every kill is followed by a restart of the same service.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from topic_recorder import TopicRecorder, Tripwire

from vigie_cli.pipeline_watch import Progress, wait_for_articles
from vigie_cli.run_cmd import fetch_alerts, ingest_file
from vigie_cli.system import System

pytestmark = pytest.mark.e2e

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "news" / "week.jsonl"
FIRST_FILE = 250
SECOND_FILE = 250
PUSH_BATCH = 600
KILL_AFTER_SIGNALS = 30
PUSH_ATTEMPTS = 3


def distinct_articles(prefix: str, n: int) -> list[dict[str, Any]]:
    """``n`` articles made from the sample week with new ids, URLs and a varying last line."""
    base = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        art = dict(base[i % len(base)])
        art["id"] = f"{prefix}-{i:05d}"
        art["url"] = f"https://resilience.example.org/{prefix}/{i:05d}"
        art["text"] = f"{art['text']}\n({prefix} {i})"
        out.append(art)
    return out


def write_jsonl(path: Path, articles: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path


@dataclass
class PushOutcome:
    """What the client of an interrupted push saw."""

    status: int | None = None
    error: str | None = None


def push_in_background(url: str, batch: list[dict[str, Any]], outcome: PushOutcome) -> threading.Thread:
    def post() -> None:
        try:
            outcome.status = httpx.post(f"{url}/articles", json=batch, timeout=60.0).status_code
        except httpx.HTTPError as exc:
            outcome.error = repr(exc)

    thread = threading.Thread(target=post, name="push", daemon=True)
    thread.start()
    return thread


def alerting_status(system: System) -> dict[str, int]:
    resp = httpx.get(f"{system.services['alerting'].base_url}/status", timeout=5.0)
    resp.raise_for_status()
    status: dict[str, int] = resp.json()
    return status


def wait_alerting_settled(
    system: System, at_least: int, timeout: float, quiet_s: float = 3.0
) -> dict[str, int]:
    """Poll ``/status`` until it has ``at_least`` articles and has not changed for ``quiet_s``."""
    deadline = time.monotonic() + timeout
    last: dict[str, int] = {}
    since = time.monotonic()
    while time.monotonic() < deadline:
        status = alerting_status(system)
        if status != last:
            last, since = status, time.monotonic()
        elif status["articles_processed"] >= at_least and time.monotonic() - since >= quiet_s:
            return status
        time.sleep(0.2)
    raise TimeoutError(f"alerting did not settle at >= {at_least} articles in {timeout}s: {last}")


@dataclass
class Scenario:
    """Everything the assertions look at, gathered while the system ran."""

    fed_ids: set[str] = field(default_factory=set)
    unsignalled_at_extractor_kill: int = 0
    articles_at_alerting_kill: int = 0
    signals_pending_at_alerting_kill: int = 0
    interrupted_push: PushOutcome = field(default_factory=PushOutcome)
    push_attempts: int = 0
    repush: dict[str, Any] = field(default_factory=dict)
    progress: Progress = field(default_factory=Progress)
    signal_ids: set[str] = field(default_factory=set)
    replayed_signals: int = 0
    reproduced_articles: int = 0
    status: dict[str, int] = field(default_factory=dict)
    alerts: list[dict[str, Any]] = field(default_factory=list)
    reingest: dict[str, Any] = field(default_factory=dict)
    repush_again: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)


def kill_extractor_mid_stream(system: System, rec: TopicRecorder, tmp: Path, sc: Scenario) -> None:
    first = distinct_articles("kx", FIRST_FILE)
    summary = ingest_file(system, write_jsonl(tmp / "first.jsonl", first), timeout=120)
    assert summary["accepted"] == FIRST_FILE, summary
    ids = set(summary["article_ids"])
    sc.fed_ids |= ids
    rec.wait_until(lambda r: len(r.signalled(ids)) >= KILL_AFTER_SIGNALS, 60, "first signals")
    sc.unsignalled_at_extractor_kill = len(ids - rec.signalled(ids))
    started = time.monotonic()
    system.restart("extractor", kill=True)
    sc.timings["extractor_restart_s"] = round(time.monotonic() - started, 1)


def kill_alerting_mid_stream(system: System, rec: TopicRecorder, tmp: Path, sc: Scenario) -> None:
    second = distinct_articles("ka", SECOND_FILE)
    summary = ingest_file(system, write_jsonl(tmp / "second.jsonl", second), timeout=120)
    assert summary["accepted"] == SECOND_FILE, summary
    ids = set(summary["article_ids"])
    sc.fed_ids |= ids
    rec.wait_until(lambda r: len(r.signalled(ids)) >= KILL_AFTER_SIGNALS, 60, "second-file signals")
    sc.articles_at_alerting_kill = alerting_status(system)["articles_processed"]
    sc.signals_pending_at_alerting_kill = len(ids - rec.signalled(ids))
    started = time.monotonic()
    system.restart("alerting", kill=True)
    sc.timings["alerting_restart_s"] = round(time.monotonic() - started, 1)


def kill_ingest_during_push(system: System, rec: TopicRecorder, sc: Scenario) -> list[dict[str, Any]]:
    """Push a batch and SIGKILL ingest when its first article reaches the broker; retry with a new batch
    if the answer came back first. Returns the interrupted batch."""
    for attempt in range(1, PUSH_ATTEMPTS + 1):
        batch = distinct_articles(f"ki{attempt}", PUSH_BATCH)
        ingest = system.services["ingest"].process
        rec.arm(Tripwire(frozenset(a["id"] for a in batch), ingest.kill))
        outcome = PushOutcome()
        push_in_background(system.services["ingest"].base_url, batch, outcome).join(60.0)
        started = time.monotonic()
        system.restart("ingest", kill=True)
        sc.timings["ingest_restart_s"] = round(time.monotonic() - started, 1)
        sc.push_attempts = attempt
        if outcome.status is None:
            sc.interrupted_push = outcome
            return batch
        # The answer beat the kill: that batch went in whole; count it and try again.
        sc.fed_ids |= {a["id"] for a in batch}
    raise AssertionError(f"the push answered before the kill in {PUSH_ATTEMPTS} attempts")


@pytest.fixture(scope="module")
def scenario(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scenario]:
    tmp = tmp_path_factory.mktemp("resilience")
    sc = Scenario()
    t0 = time.monotonic()
    since_ms = int(time.time() * 1000) - 1000
    with System.start(tmp / "system") as system, TopicRecorder(system.bootstrap) as rec:
        sc.timings["startup_s"] = round(time.monotonic() - t0, 1)
        kill_extractor_mid_stream(system, rec, tmp, sc)
        kill_alerting_mid_stream(system, rec, tmp, sc)
        batch = kill_ingest_during_push(system, rec, sc)
        resp = httpx.post(f"{system.services['ingest'].base_url}/articles", json=batch, timeout=60.0)
        assert resp.status_code == 202, resp.text
        sc.repush = resp.json()
        sc.fed_ids |= {a["id"] for a in batch}

        sc.progress = asyncio.run(
            wait_for_articles(system.bootstrap, sc.fed_ids, since_ms=since_ms, timeout=90)
        )
        signal_ids = rec.signal_copies()
        sc.signal_ids = set(signal_ids)
        sc.replayed_signals = sum(n - 1 for n in signal_ids.values())
        sc.reproduced_articles = sum(n - 1 for n in rec.article_copies().values())
        sc.status = wait_alerting_settled(system, len(sc.signal_ids), timeout=60)
        sc.alerts = fetch_alerts(system.services["alerting"].base_url)

        everything = distinct_articles("kx", FIRST_FILE) + distinct_articles("ka", SECOND_FILE) + batch
        sc.reingest = ingest_file(system, write_jsonl(tmp / "everything.jsonl", everything), timeout=120)
        again = httpx.post(f"{system.services['ingest'].base_url}/articles", json=batch, timeout=60.0)
        assert again.status_code == 202, again.text
        sc.repush_again = again.json()
    sc.timings["total_s"] = round(time.monotonic() - t0, 1)
    print(
        f"resilience scenario: {sc.timings}, {sc.replayed_signals} replayed signals, "
        f"{sc.reproduced_articles} re-produced articles, push attempts {sc.push_attempts}"
    )
    yield sc


def test_each_kill_landed_mid_stream(scenario: Scenario) -> None:
    # The extractor still had articles of the first file to code when it was killed.
    assert scenario.unsignalled_at_extractor_kill > 0
    # Signals of the second file were still to come when the alerting service was killed.
    assert scenario.signals_pending_at_alerting_kill > 0
    assert scenario.articles_at_alerting_kill < scenario.status["articles_processed"]
    # The push was cut off: the client never got an answer.
    assert scenario.interrupted_push.status is None and scenario.interrupted_push.error


def test_the_interrupted_batch_is_taken_on_the_second_push(scenario: Scenario) -> None:
    results = scenario.repush["results"]
    assert len(results) == PUSH_BATCH
    assert {r["status"] for r in results} <= {"accepted", "duplicate"}, results
    assert scenario.repush["accepted"] + scenario.repush["duplicates"] == PUSH_BATCH


def test_nothing_is_lost(scenario: Scenario) -> None:
    progress = scenario.progress
    assert set(progress.signals) | set(progress.dead_letters) == scenario.fed_ids
    expected = FIRST_FILE + SECOND_FILE + PUSH_BATCH * scenario.push_attempts
    assert len(scenario.fed_ids) == expected


def test_replays_happened_and_nothing_is_counted_twice(scenario: Scenario) -> None:
    # The kills made the pipeline see some articles twice; the alerting state must not show it.
    assert scenario.replayed_signals + scenario.reproduced_articles > 0
    assert scenario.status["articles_processed"] == len(scenario.signal_ids)
    assert scenario.alerts, "the scenario produced no alert at all"
    assert any(len(a["article_ids"]) > 1 for a in scenario.alerts)
    for alert in scenario.alerts:
        ids = alert["article_ids"]
        assert len(ids) == len(set(ids)), (alert["alert_id"], ids)
        assert set(ids) <= scenario.signal_ids


def test_feeding_everything_again_yields_only_duplicates(scenario: Scenario) -> None:
    total = FIRST_FILE + SECOND_FILE + PUSH_BATCH
    assert scenario.reingest["accepted"] == 0 and scenario.reingest["rejected"] == 0
    assert scenario.reingest["duplicates"] == total
    assert scenario.repush_again["duplicates"] == PUSH_BATCH and scenario.repush_again["accepted"] == 0
