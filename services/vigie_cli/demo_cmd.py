"""`vigie demo`: the whole system on the embedded broker with the bundled sample news.

Serves the sample RSS/Atom feeds from a local HTTP server (so the ingest service polls real feeds over
HTTP), pushes one batch through ``POST /articles``, and prints alerts as they fire, until Ctrl-C.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import http.server
import json
import os
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, TopicPartition

from vigie.contracts import Alert
from vigie.logs import configure_logging
from vigie.topics import ALERTS, spec
from vigie_cli.system import System, interrupt_on_sigterm

SEVERITY_COLOURS = {"critical": "\033[1;31m", "high": "\033[31m", "medium": "\033[33m", "low": "\033[36m"}
RESET = "\033[0m"


def find_samples() -> Path:
    """The ``samples/`` folder of this checkout (``VIGIE_SAMPLES_DIR`` overrides)."""
    for candidate in (Path(os.environ.get("VIGIE_SAMPLES_DIR", "samples")), Path.cwd() / "samples"):
        if (candidate / "feeds" / "feeds.yaml").is_file():
            return candidate.resolve()
    here = Path(__file__).resolve()
    for parent in here.parents:
        if (parent / "samples" / "feeds" / "feeds.yaml").is_file():
            return parent / "samples"
    raise FileNotFoundError("samples/feeds/feeds.yaml not found: run the demo from the repository root")


@contextlib.contextmanager
def serve_directory(directory: Path) -> Iterator[int]:
    """Serve ``directory`` over HTTP on 127.0.0.1 (a free port) in a background thread."""

    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield int(server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()


def describe(alert: Alert, colour: bool) -> str:
    """Two lines for the terminal: severity, kind and title; actors, place and sources."""
    sev = alert.severity.upper()
    if colour:
        sev = f"{SEVERITY_COLOURS.get(alert.severity, '')}{sev}{RESET}"
    actors = (
        ", ".join(f"{a.code or a.country or '?'} {a.person or a.name}".strip() for a in alert.actors) or "-"
    )
    place = alert.location.name if alert.location else "-"
    if alert.location and alert.location.country:
        place += f" ({alert.location.country})"
    head = "NEW " if alert.version == 1 else f"v{alert.version} "
    return (
        f"{head}[{sev}] {alert.kind}: {alert.title}\n"
        f"      actors: {actors} | place: {place} | date: {alert.event_date or '-'} | "
        f"{alert.independent_sources} sources, {len(alert.article_ids)} articles, "
        f"languages: {', '.join(alert.languages)}"
    )


async def print_alerts(bootstrap: str, stop: asyncio.Event, colour: bool) -> None:
    # Partitions assigned by hand, no consumer group: a group join is held ~5 s by Tansu (BROKER.md),
    # which delayed the first printed alert by as much.
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    consumer.assign([TopicPartition(ALERTS, p) for p in range(spec(ALERTS).partitions)])
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for rec in records:
                    if rec.value is not None:
                        print(describe(Alert.model_validate_json(rec.value), colour), flush=True)
    finally:
        await consumer.stop()


async def wait_quiet(alerting_url: str, stop: asyncio.Event, quiet_s: float = 10.0) -> None:
    """Set ``stop`` when the alerting service has processed articles and then nothing new for ``quiet_s``."""
    last, since = -1, time.monotonic()
    async with httpx.AsyncClient(timeout=5.0) as client:
        while not stop.is_set():
            status = (await client.get(f"{alerting_url}/status")).json()
            n = int(status.get("articles_processed", 0))
            if n != last:
                last, since = n, time.monotonic()
            elif n > 0 and time.monotonic() - since > quiet_s:
                stop.set()
            await asyncio.sleep(0.5)


def push_batch(ingest_url: str, batch_file: Path) -> str:
    with httpx.Client(timeout=30.0) as client:
        resp = client.post(
            f"{ingest_url}/articles",
            content=batch_file.read_bytes(),
            headers={"content-type": "application/json"},
        )
    return f"POST /articles -> {resp.status_code}"


def command(args: argparse.Namespace) -> int:
    configure_logging("demo", os.environ.get("VIGIE_LOG_LEVEL", "WARNING"))
    interrupt_on_sigterm()
    samples = find_samples()
    workdir = Path("var/demo").resolve()
    shutil.rmtree(workdir, ignore_errors=True)
    workdir.mkdir(parents=True)
    colour = sys.stdout.isatty()
    started = time.monotonic()
    with serve_directory(samples / "feeds") as port:
        feeds = (samples / "feeds" / "feeds.yaml").read_text(encoding="utf-8").replace("{port}", str(port))
        (workdir / "feeds.yaml").write_text(feeds, encoding="utf-8")
        print(f"Vigie demo: sample feeds served at http://127.0.0.1:{port}/; starting broker and services...")
        extra = {"ingest": {"VIGIE_INGEST_FEEDS_FILE": str(workdir / "feeds.yaml")}}
        with System.start(workdir, extra_env=extra) as system:
            urls = {n: s.base_url for n, s in system.services.items()}
            print(
                f"  broker (embedded Tansu): {system.bootstrap}\n"
                f"  ingest:    {urls['ingest']}/articles (POST), metrics {urls['ingest']}/metrics\n"
                f"  extractor: metrics {urls['extractor']}/metrics\n"
                f"  alerting:  dashboard {urls['alerting']}/  API {urls['alerting']}/alerts  "
                f"OpenAPI {urls['alerting']}/docs  metrics {urls['alerting']}/metrics\n"
                f"  logs:      {workdir / 'logs'}\n"
                f"Ready in {time.monotonic() - started:.1f}s. Alerts as they fire (Ctrl-C to stop):",
                flush=True,
            )
            push = samples / "news" / "push.json"
            if push.is_file():
                print(f"  pushed {push.name}: {push_batch(urls['ingest'], push)}", flush=True)
            try:
                asyncio.run(_follow(system, urls["alerting"], args.once, colour))
            except KeyboardInterrupt:
                print("\nStopping...", flush=True)
            if args.once:
                body = httpx.get(f"{urls['alerting']}/status", timeout=5.0).json()
                print(json.dumps({"demo_wall_seconds": round(time.monotonic() - started, 1), **body}))
    print("Stopped.")
    return 0


async def _follow(system: System, alerting_url: str, once: bool, colour: bool) -> None:
    stop = asyncio.Event()
    tasks = [asyncio.create_task(print_alerts(system.bootstrap, stop, colour))]
    if once:
        tasks.append(asyncio.create_task(wait_quiet(alerting_url, stop)))
    try:
        await asyncio.gather(*tasks)
    finally:
        stop.set()
        for t in tasks:
            t.cancel()
