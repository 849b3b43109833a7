"""Benchmark: articles per second through the whole pipeline on the embedded broker.

Starts the broker and the three services (as `vigie run` does), feeds N distinct articles made from
the sample news through `vigie ingest --file`, and prints how long until every article came out of the
extractor and was consumed by the alerting service.

    .venv/bin/python bench/pipeline_throughput.py [--articles 2000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import tempfile
import time
from pathlib import Path

from vigie_cli.pipeline_watch import wait_for_articles
from vigie_cli.run_cmd import ingest_file, wait_for_alerting
from vigie_cli.system import System

SAMPLES = Path(__file__).resolve().parent.parent / "samples" / "news" / "week.jsonl"


def make_articles(n: int, out: Path) -> None:
    """N distinct articles: the sample news repeated with new ids, URLs and a varying last line."""
    base = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    with out.open("w", encoding="utf-8") as f:
        for i in range(n):
            art = dict(base[i % len(base)])
            art["id"] = f"bench-{i:06d}"
            art["url"] = f"https://bench.example.org/{i:06d}"
            art["text"] = f"{art['text']}\n(ref {i})"
            f.write(json.dumps(art, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="vigie-bench-"))
    data = workdir / "articles.jsonl"
    make_articles(args.articles, data)
    t0 = time.monotonic()
    with System.start(workdir) as system:
        t_ready = time.monotonic()
        since_ms = int(time.time() * 1000) - 1000
        summary = ingest_file(system, data, timeout=600)
        t_ingested = time.monotonic()
        progress = asyncio.run(
            wait_for_articles(system.bootstrap, summary["article_ids"], since_ms=since_ms, timeout=900)
        )
        t_extracted = time.monotonic()
        wait_for_alerting(system.services["alerting"].base_url, len(progress.signals), timeout=600)
        t_done = time.monotonic()
    shutil.rmtree(workdir, ignore_errors=True)
    n = summary["accepted"]
    print(
        json.dumps(
            {
                "articles": n,
                "events": progress.events,
                "dead_letters": len(progress.dead_letters),
                "startup_s": round(t_ready - t0, 2),
                "ingest_file_s": round(t_ingested - t_ready, 2),
                "ingest_to_all_signals_s": round(t_extracted - t_ready, 2),
                "ingest_to_alerting_drained_s": round(t_done - t_ready, 2),
                "alerting_behind_signals_s": round(t_done - t_extracted, 2),
                "extractor_articles_per_s": round(n / (t_extracted - t_ready), 1),
                "pipeline_articles_per_s": round(n / (t_done - t_ready), 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
