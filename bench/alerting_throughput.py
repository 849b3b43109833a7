"""Benchmark: signals per second through the alerting service alone.

Signals are made once by running the extraction core over the sample news, then repeated with new
article ids (same events, dates and places, so they cluster into the same bounded set of stories and
the alerts' article lists grow into the hundreds, as in a long run).

Two measurements:

- ``core``: the service object (engine + SQLite store + in-memory publisher), records fed in poll-sized
  batches exactly as the consumer loop feeds them (``--per-record`` feeds them one at a time);
- ``broker``: the real service process on the embedded broker: N signals are produced first, then the
  service starts and the time from ``/readyz`` to ``/status`` reporting N processed signals is taken.

    .venv/bin/python bench/alerting_throughput.py [--signals 3000] [--mode core|broker|both]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from vigie.broker import EmbeddedBroker, free_port
from vigie.contracts import Signal
from vigie.kafka import encode, encode_key, ensure_topics, make_producer
from vigie.topics import SIGNALS
from vigie_alerting import service as alerting_service
from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.service import AlertingService
from vigie_alerting.sqlite_store import SqliteAlertStore
from vigie_extractor.core import Document
from vigie_extractor.core.extractor import Extractor

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "news" / "week.jsonl"
POLL_RECORDS = 200  # the consumer loop's max_records


def base_signals() -> list[Signal]:
    """One signal per sample article, coded by the real extraction core."""
    extractor = Extractor.load()
    now = datetime.now(UTC)
    out = []
    for line in SAMPLES.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        raw = json.loads(line)
        published = datetime.fromisoformat(raw["published"]) if raw.get("published") else None
        doc = Document(
            doc_id=raw["id"],
            text=raw["text"],
            title=raw.get("title", ""),
            lang=raw.get("lang"),
            published=published,
            url=raw["url"],
        )
        ex = extractor.extract(doc)
        out.append(
            Signal(
                signal_id=raw["id"],
                article_id=raw["id"],
                url=raw["url"],
                source=raw.get("source") or raw["url"].split("/")[2],
                title=raw.get("title", ""),
                lang=ex.lang,
                supported=ex.supported,
                published=published,
                ingested_at=now,
                extracted_at=now,
                extractor_version=extractor.version,
                genre=ex.genre,
                events=list(ex.events),
            )
        )
    return out


def make_signals(n: int) -> list[Signal]:
    """N distinct signals: the sample signals repeated under new article ids."""
    base = base_signals()
    out = []
    for i in range(n):
        s = base[i % len(base)]
        aid = f"bench-{i:06d}"
        events = [e.model_copy(update={"event_id": f"{aid}:{k}"}) for k, e in enumerate(s.events)]
        out.append(s.model_copy(update={"signal_id": aid, "article_id": aid, "events": events}))
    return out


async def bench_core(signals: list[Signal], per_record: bool) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="vigie-alerting-bench-"))
    store = SqliteAlertStore.open(workdir)
    service = AlertingService(
        AlertEngine(load_rules()), store, MemoryPublisher(), AlertingMetrics.create(), AlertHub()
    )
    values = [encode(s) for s in signals]
    marks: list[tuple[int, float]] = []
    t0 = time.perf_counter()
    for start in range(0, len(values), POLL_RECORDS):
        chunk = values[start : start + POLL_RECORDS]
        if per_record or not hasattr(service, "handle_records"):
            for k, value in enumerate(chunk):
                await service.handle_record(value, partition=0, offset=start + k)
        else:
            await service.handle_records(
                [alerting_service.Incoming(value, SIGNALS, 0, start + k) for k, value in enumerate(chunk)]
            )
        marks.append((start + len(chunk), time.perf_counter() - t0))
    elapsed = time.perf_counter() - t0
    alerts = service.engine.alerts()
    store.close()
    shutil.rmtree(workdir, ignore_errors=True)
    # Rate over the last tenth of the run: how fast it goes once the stories are large.
    tail_from = next(m for m in marks if m[0] >= 0.9 * len(values))
    tail_rate = (len(values) - tail_from[0]) / max(1e-9, elapsed - tail_from[1])
    return {
        "signals": len(values),
        "seconds": round(elapsed, 2),
        "signals_per_s": round(len(values) / elapsed, 1),
        "last_10pct_signals_per_s": round(tail_rate, 1),
        "alerts": len(alerts),
        "largest_alert_articles": max((len(a.article_ids) for a in alerts), default=0),
        "feeding": "per-record" if per_record or not hasattr(service, "handle_records") else "batch",
    }


async def produce(bootstrap: str, signals: list[Signal]) -> None:
    await ensure_topics(bootstrap)
    producer = make_producer(bootstrap)
    await producer.start()
    try:
        futures = [await producer.send(SIGNALS, encode(s), key=encode_key(s.article_id)) for s in signals]
        await asyncio.gather(*futures)
    finally:
        await producer.stop()


def bench_broker(signals: list[Signal]) -> dict[str, Any]:
    workdir = Path(tempfile.mkdtemp(prefix="vigie-alerting-bench-"))
    broker = EmbeddedBroker.start(port=free_port(), log_file=workdir / "broker.log")
    process = None
    try:
        asyncio.run(produce(broker.bootstrap, signals))
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
        env |= {
            "VIGIE_KAFKA_BOOTSTRAP": broker.bootstrap,
            "VIGIE_ALERTING_HTTP_PORT": str(port),
            "VIGIE_ALERTING_STATE_DIR": str(workdir / "state"),
            "VIGIE_LOG_LEVEL": "WARNING",
        }
        with (workdir / "alerting.log").open("ab") as log:
            process = subprocess.Popen(
                [sys.executable, "-m", "vigie_alerting"], env=env, stdout=log, stderr=subprocess.STDOUT
            )
        base = f"http://127.0.0.1:{port}"
        with httpx.Client(timeout=5.0) as client:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if client.get(f"{base}/readyz").status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError(
                        "alerting did not become ready:\n" + (workdir / "alerting.log").read_text()
                    )
                time.sleep(0.05)
            t0 = time.monotonic()
            deadline = t0 + 900
            first: tuple[float, int] | None = None  # first sample with work done: the group has joined
            while True:
                status = client.get(f"{base}/status").json()
                done = status["signals_processed"]
                if first is None and done > 0:
                    first = (time.monotonic(), done)
                if done >= len(signals):
                    break
                if time.monotonic() > deadline:
                    raise TimeoutError(f"only {done} signals processed")
                time.sleep(0.05)
            t_end = time.monotonic()
        assert first is not None
        steady = (len(signals) - first[1]) / max(1e-9, t_end - first[0])
        return {
            "signals": len(signals),
            "seconds_from_ready": round(t_end - t0, 2),
            "signals_per_s_from_ready": round(len(signals) / (t_end - t0), 1),
            "signals_per_s_after_first_batch": round(steady, 1),
            "alerts": status["alerts"],
            "note": "from_ready includes the consumer group join; /status sampled every 50 ms",
        }
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            process.wait(20)
        broker.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--signals", type=int, default=3000)
    parser.add_argument("--mode", choices=["core", "broker", "both"], default="both")
    parser.add_argument("--per-record", action="store_true", help="core: feed one record at a time")
    args = parser.parse_args()
    signals = make_signals(args.signals)
    result: dict[str, Any] = {
        "events_per_signal": round(sum(len(s.events) for s in signals) / len(signals), 2)
    }
    if args.mode in ("core", "both"):
        result["core"] = asyncio.run(bench_core(signals, args.per_record))
    if args.mode in ("broker", "both"):
        result["broker"] = bench_broker(signals)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
