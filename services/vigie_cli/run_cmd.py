"""`vigie run --input FILE --alerts-out FILE`: the whole system, once, over a file of articles.

Starts the embedded broker (unless ``VIGIE_KAFKA_BOOTSTRAP`` is set) and the three services, feeds FILE
through the ingest service (``vigie ingest --file``), waits until every accepted article has come out
of the extractor (as a signal or a dead letter) and been consumed by the alerting service, writes the
final state of every alert as JSON Lines, and stops everything.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import httpx

from vigie.logs import configure_logging
from vigie_cli.pipeline_watch import wait_for_articles
from vigie_cli.system import System, interrupt_on_sigterm

logger = logging.getLogger("vigie.run")


def ingest_file(system: System, path: Path, timeout: float) -> dict[str, Any]:
    """Run ``vigie ingest --file`` against the running system; return its summary line."""
    env = system.ingest_env()
    proc = subprocess.run(
        # absolute: the command runs in the system's workdir, not the caller's directory
        [sys.executable, "-m", "vigie_ingest", "--file", str(path.resolve())],
        env=env,
        capture_output=True,
        timeout=timeout,
        check=False,
        cwd=system.workdir,
    )
    (system.workdir / "logs" / "ingest-file.log").write_bytes(proc.stderr + proc.stdout)
    if proc.returncode != 0:
        raise RuntimeError(f"ingest --file failed ({proc.returncode}): {proc.stderr.decode()[-2000:]}")
    lines = [ln for ln in proc.stdout.decode().splitlines() if ln.strip().startswith("{")]
    summary: dict[str, Any] = json.loads(lines[-1])
    return summary


def fetch_alerts(base_url: str) -> list[dict[str, Any]]:
    """Every alert the alerting service holds, whatever its status, oldest first."""
    with httpx.Client(timeout=30.0) as client:
        resp = client.get(f"{base_url}/alerts", params={"limit": 100_000, "status": "all"})
        resp.raise_for_status()
        body = resp.json()
    alerts: list[dict[str, Any]] = body["alerts"] if isinstance(body, dict) else body
    return sorted(alerts, key=lambda a: (a["first_seen"], a["alert_id"]))


def wait_for_alerting(base_url: str, n_articles: int, timeout: float) -> dict[str, Any]:
    """Poll the alerting service until it has processed ``n_articles`` distinct articles."""
    deadline = time.monotonic() + timeout
    status: dict[str, Any] = {}
    with httpx.Client(timeout=5.0) as client:
        while time.monotonic() < deadline:
            status = client.get(f"{base_url}/status").json()
            if int(status.get("articles_processed", 0)) >= n_articles:
                return status
            time.sleep(0.2)
    raise TimeoutError(f"alerting processed {status} of {n_articles} articles in {timeout}s")


def run(input_path: Path, alerts_out: Path, timeout: float, workdir: Path) -> dict[str, Any]:
    """Run the pipeline over ``input_path``; return figures (also written to stderr by the command)."""
    started = time.monotonic()
    external = os.environ.get("VIGIE_KAFKA_BOOTSTRAP") or None
    run_id = uuid.uuid4().hex[:8] if external else None
    with System.start(workdir, bootstrap=external, run_id=run_id) as system:
        ready = time.monotonic()
        since_ms = int(time.time() * 1000) - 1000
        summary = ingest_file(system, input_path, timeout)
        ids: list[str] = summary["article_ids"]
        remaining = timeout - (time.monotonic() - started)
        progress = asyncio.run(wait_for_articles(system.bootstrap, ids, since_ms=since_ms, timeout=remaining))
        remaining = timeout - (time.monotonic() - started)
        wait_for_alerting(system.services["alerting"].base_url, len(progress.signals), remaining)
        processed = time.monotonic()
        alerts = fetch_alerts(system.services["alerting"].base_url)
    alerts_out.parent.mkdir(parents=True, exist_ok=True)
    with alerts_out.open("w", encoding="utf-8") as out:
        for alert in alerts:
            out.write(json.dumps(alert, ensure_ascii=False) + "\n")
    return {
        "accepted": summary["accepted"],
        "duplicates": summary["duplicates"],
        "rejected": summary["rejected"],
        "signals": len(progress.signals),
        "events": progress.events,
        "dead_letters": len(progress.dead_letters),
        "alerts": len(alerts),
        "startup_seconds": round(ready - started, 2),
        "processing_seconds": round(processed - ready, 2),
        "wall_seconds": round(time.monotonic() - started, 2),
    }


def command(args: argparse.Namespace) -> int:
    configure_logging("run", os.environ.get("VIGIE_LOG_LEVEL", "WARNING"))
    interrupt_on_sigterm()
    input_path = Path(args.input)
    if not input_path.is_file():
        print(f"vigie run: no such file: {input_path}", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="vigie-run-"))
    try:
        figures = run(input_path, Path(args.alerts_out), args.timeout, workdir)
    except (RuntimeError, TimeoutError) as exc:
        print(f"vigie run failed: {exc}\n(logs kept in {workdir / 'logs'})", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            f"vigie run interrupted; everything it started is stopped (logs in {workdir / 'logs'})",
            file=sys.stderr,
        )
        return 130
    shutil.rmtree(workdir, ignore_errors=True)
    print(json.dumps(figures), file=sys.stderr)
    return 0
