"""Benchmark: ingest-to-alert latency through the whole system at a steady input rate.

Starts the embedded broker and the three services (``System.start``), then POSTs one article at a
time to the ingest service's ``POST /articles`` at ``--rate`` articles per second for ``--seconds``.
The articles are the sample news stories repeated under new ids, URLs and a varying last line; their
publication dates are kept, so they cluster into the same bounded set of stories.

What is measured, per article (all clocks are this machine's):

- ``alert``: from ``Article.ingested_at`` (read back from ``vigie.articles.v1``) to the moment this
  benchmark's consumer receives the first alert version on ``vigie.alerts.v1`` whose ``article_ids``
  contains the article: the latency a subscriber of the alerts topic sees. Only articles whose
  events alert have one.
- ``signal``: from ``ingested_at`` to the article's signal received from ``vigie.signals.v1`` (every
  article has one; the extractor's share of the latency).
- For articles that do not alert, the alerting service's per-article processing time is not visible
  from outside; instead its ``/status`` is sampled every 0.2 s and the backlog (signals on the topic
  minus signals the service processed) is reported, with the time it took to drain after the feed.

End offsets are never used (Tansu answers them wrongly): readers start at the beginning of the
fresh broker's topics.

    .venv/bin/python bench/alert_latency.py [--rate 50] [--seconds 60]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import shutil
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx

from vigie.kafka import make_consumer
from vigie.topics import ALERTS, ARTICLES, SIGNALS
from vigie_cli.system import System

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "news" / "week.jsonl"
# Alert JSON as the service writes it (pydantic, compact): ids never contain quotes or brackets.
_ALERT_ID = re.compile(rb'"alert_id":("[^"]*")')
_ARTICLE_IDS = re.compile(rb'"article_ids":(\[[^\]]*\])')


def make_articles(n: int, run: str) -> list[dict[str, Any]]:
    """N distinct push articles made from the sample news (dates kept)."""
    base = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for i in range(n):
        art = dict(base[i % len(base)])
        art["id"] = f"{run}-{i:06d}"
        art["url"] = f"https://latency.example.org/{run}/{i:06d}"
        art["text"] = f"{art['text']}\n(ref {run} {i})"
        out.append(art)
    return out


@dataclass
class Observed:
    """What the topic readers saw, as wall-clock seconds (``time.time()``)."""

    prefix: str
    ingested: dict[str, float] = field(default_factory=dict)
    signal_at: dict[str, float] = field(default_factory=dict)
    alert_at: dict[str, float] = field(default_factory=dict)
    alert_ids: set[str] = field(default_factory=set)
    alert_versions: int = 0


async def read_topic(
    bootstrap: str, topic: str, obs: Observed, stop: asyncio.Event, joined: asyncio.Event
) -> None:
    consumer = make_consumer(
        bootstrap, topic, group_id=f"bench-latency-{uuid.uuid4().hex[:8]}", auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=200, max_records=500)
            if consumer.assignment():
                joined.set()  # the group join is over: from now on records arrive as produced
            now = time.time()
            for records in batches.values():
                for rec in records:
                    if rec.value is None:
                        continue
                    if topic == ALERTS:
                        # Versions of large stories are big: read only the two fields needed, so the
                        # benchmark's own parsing does not hold up its feeding and timing.
                        obs.alert_versions += 1
                        alert_id, article_ids = _ALERT_ID.search(rec.value), _ARTICLE_IDS.search(rec.value)
                        if alert_id is None or article_ids is None:
                            raise ValueError(f"not an alert at offset {rec.offset}")
                        obs.alert_ids.add(json.loads(alert_id[1]))
                        for article_id in json.loads(article_ids[1]):
                            obs.alert_at.setdefault(article_id, now)
                        continue
                    body = json.loads(rec.value)
                    if topic == ARTICLES and body["article_id"].startswith(obs.prefix):
                        stamp = datetime.fromisoformat(body["ingested_at"]).timestamp()
                        obs.ingested[body["article_id"]] = stamp
                    elif topic == SIGNALS and body["article_id"].startswith(obs.prefix):
                        obs.signal_at.setdefault(body["article_id"], now)
    finally:
        await consumer.stop()


async def feed(base_url: str, articles: list[dict[str, Any]], rate: float) -> tuple[int, float, list[float]]:
    """POST each article at its scheduled time; return accepted count, span and POST durations."""
    accepted = 0
    post_s: list[float] = []
    async with httpx.AsyncClient(timeout=30.0, limits=httpx.Limits(max_connections=64)) as client:

        async def post(art: dict[str, Any]) -> None:
            nonlocal accepted
            t = time.monotonic()
            response = await client.post(f"{base_url}/articles", json=art)
            post_s.append(time.monotonic() - t)
            if response.status_code == 202 and response.json().get("accepted", 0) >= 1:
                accepted += 1

        t0 = time.monotonic()
        tasks = []
        for i, art in enumerate(articles):
            delay = t0 + i / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)  # pacing the input, not waiting for a condition
            tasks.append(asyncio.create_task(post(art)))
        span = time.monotonic() - t0
        await asyncio.gather(*tasks)
    return accepted, span, post_s


async def sample_status(
    base_url: str, obs: Observed, stop: asyncio.Event, out: list[tuple[float, int, int]]
) -> None:
    """(time, signals on the topic seen by the bench, signals the alerting service processed)."""
    async with httpx.AsyncClient(timeout=5.0) as client:
        while not stop.is_set():
            processed = (await client.get(f"{base_url}/status")).json()["signals_processed"]
            out.append((time.time(), len(obs.signal_at), int(processed)))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=0.2)


def percentiles(values: list[float]) -> dict[str, float | int]:
    if not values:
        return {"n": 0}
    v = sorted(values)

    def pick(q: float) -> float:
        return round(v[min(len(v) - 1, int(q * len(v)))], 3)

    return {"n": len(v), "p50": pick(0.50), "p95": pick(0.95), "p99": pick(0.99), "max": round(v[-1], 3)}


async def run(system: System, rate: float, seconds: float, drain_timeout: float) -> dict[str, Any]:
    run_id = f"lat{uuid.uuid4().hex[:6]}"
    articles = make_articles(int(rate * seconds), run_id)
    obs = Observed(prefix=run_id)
    stop = asyncio.Event()
    joined = [asyncio.Event() for _ in range(3)]
    readers = [
        asyncio.create_task(read_topic(system.bootstrap, t, obs, stop, j))
        for t, j in zip((ARTICLES, SIGNALS, ALERTS), joined, strict=True)
    ]
    await asyncio.wait_for(asyncio.gather(*(j.wait() for j in joined)), timeout=60)
    samples: list[tuple[float, int, int]] = []
    alerting_url = system.services["alerting"].base_url
    sampler = asyncio.create_task(sample_status(alerting_url, obs, stop, samples))
    accepted, span, post_s = await feed(system.services["ingest"].base_url, articles, rate)
    fed_at = time.time()
    # Drain: every accepted article has its signal, and the alerting service processed them all.
    deadline = time.monotonic() + drain_timeout
    async with httpx.AsyncClient(timeout=5.0) as client:
        while time.monotonic() < deadline:
            processed = (await client.get(f"{alerting_url}/status")).json()["signals_processed"]
            if len(obs.signal_at) >= accepted and processed >= len(obs.signal_at):
                break
            await asyncio.sleep(0.1)
        status = (await client.get(f"{alerting_url}/status")).json()
    drained_at = time.time()
    await asyncio.sleep(1.0)  # let the alerts reader take the last versions the service produced
    stop.set()
    await asyncio.gather(*readers, sampler)

    ids = [a["id"] for a in articles if a["id"] in obs.ingested]
    alert_lat = [obs.alert_at[i] - obs.ingested[i] for i in ids if i in obs.alert_at]
    signal_lat = [obs.signal_at[i] - obs.ingested[i] for i in ids if i in obs.signal_at]
    during = [s for s in samples if s[0] <= fed_at]
    busy = (during[-1][2] - during[0][2]) / (during[-1][0] - during[0][0]) if len(during) > 1 else 0.0
    return {
        "articles_posted": len(articles),
        "articles_accepted": accepted,
        "target_rate_per_s": rate,
        "achieved_input_rate_per_s": round(accepted / span, 1) if span else None,
        "post_latency_s": percentiles(post_s),
        "ingest_to_alert_s": percentiles(alert_lat),
        "ingest_to_signal_s": percentiles(signal_lat),
        "articles_with_alert": len(alert_lat),
        "articles_with_signal": len(signal_lat),
        "alerting_signals_per_s_during_feed": round(busy, 1),
        "alerting_max_backlog_signals": max((s[1] - s[2] for s in samples), default=0),
        "alerting_drain_after_feed_s": round(drained_at - fed_at, 2),
        "signals_processed": status["signals_processed"],
        "alerts": status["alerts"],
        "alert_versions_seen": obs.alert_versions,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rate", type=float, default=50.0, help="articles per second")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--drain-timeout", type=float, default=300.0)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="vigie-latency-"))
    try:
        with System.start(workdir) as system:
            result = asyncio.run(run(system, args.rate, args.seconds, args.drain_timeout))
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
