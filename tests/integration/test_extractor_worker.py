"""The extractor worker as an operator runs it (``python -m vigie_extractor``) on a real broker."""

from __future__ import annotations

import base64
import json
import signal
import time
import uuid
from pathlib import Path

import httpx
import pytest
from extractor_worker_process import (
    ExtractorProcess,
    article_record,
    collect_outputs,
    make_article,
    produce_articles,
    seed_article,
)

from vigie.topics import ARTICLES

pytestmark = pytest.mark.integration

TEXTS = {
    "en": "Turkish President Recep Tayyip Erdogan called Russian President Vladimir Putin on Tuesday.",
    "es": "El presidente turco Recep Tayyip Erdogan habló por teléfono con Vladimir Putin el martes.",
    "de": "Der türkische Präsident Erdogan telefonierte am Dienstag mit dem russischen Präsidenten Putin.",
}


async def test_worker_turns_articles_into_signals_and_garbage_into_dead_letters(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    run = uuid.uuid4().hex[:8]
    seed = seed_article(f"seed-{run}")
    others = [make_article(f"{lang}-{run}", text, lang) for lang, text in TEXTS.items()]
    oped = make_article(f"oped-{run}", "Erdogan called Putin again, and nothing came of it.", "en")
    others.append(oped.model_copy(update={"url": f"https://news.example/opinion/{oped.article_id}"}))
    garbage = f"not an article {run}".encode()
    with ExtractorProcess(kafka_bootstrap, tmp_path).start() as worker:
        started = worker.started_at
        await produce_articles(kafka_bootstrap, [article_record(seed), (b"junk", garbage)])
        await produce_articles(kafka_bootstrap, [article_record(a) for a in others])
        ids = {seed.article_id} | {a.article_id for a in others}
        out = await collect_outputs(kafka_bootstrap, ids, {garbage}, timeout=120)
        assert out.first_signal_at is not None
        print(f"worker start -> first signal: {out.first_signal_at - started:.1f}s")

        async with httpx.AsyncClient(base_url=worker.base_url, timeout=5) as client:
            assert (await client.get("/livez")).status_code == 200
            assert (await client.get("/readyz")).json()["ready"] is True
            metrics = (await client.get("/metrics")).text
        assert 'vigie_extractor_articles_total{outcome="signal"}' in metrics
        assert 'vigie_extractor_deadletters_total{stage="decode"}' in metrics
        assert "vigie_extractor_extract_seconds_count" in metrics
        assert worker.stop(signal.SIGTERM) == 0

    for article_id, copies in out.signals.items():
        for sig in copies:
            assert (sig.signal_id, sig.article_id) == (article_id, article_id)
            assert sig.extractor_version
            assert sig.extracted_at >= sig.ingested_at
    # The genre the extractor read from the URL travels in the signal.
    assert {out.signals[a.article_id][0].genre for a in others} == {"news", "opinion"}
    assert out.signals[oped.article_id][0].genre == "opinion"
    (seed_signal, *_) = out.signals[seed.article_id]
    assert seed_signal.genre == "news"
    assert (seed_signal.lang, seed_signal.supported) == ("fr", True)
    assert seed_signal.published == seed.published
    calls = [e for e in seed_signal.events if e.category == "phone_call"]
    assert calls, [e.category for e in seed_signal.events]
    sides = {
        calls[0].source.code if calls[0].source else None,
        calls[0].target.code if calls[0].target else None,
    }
    assert sides == {"TURGOV", "RUSGOV"}
    assert all(e.event_id.startswith(f"{seed.article_id}:") for e in seed_signal.events)

    (dead,) = out.dead_letters
    assert base64.b64decode(dead.original_b64) == garbage
    assert (dead.service, dead.stage, dead.source_topic) == ("extractor", "decode", ARTICLES)
    assert dead.partition is not None and dead.offset is not None
    assert "not a JSON document" in dead.reason

    log_lines = worker.log_path.read_text().splitlines()
    records = [json.loads(line) for line in log_lines]
    assert any(r["level"] == "WARNING" and garbage.decode() not in r["message"] for r in records)
    assert {r["service"] for r in records} == {"extractor"}


async def test_worker_killed_mid_stream_loses_nothing(kafka_bootstrap: str, tmp_path: Path) -> None:
    run = uuid.uuid4().hex[:8]
    lang_texts = list(TEXTS.items())
    batch = [
        make_article(f"kill-{run}-{i}", f"{lang_texts[i % 3][1]} ({i})", lang_texts[i % 3][0])
        for i in range(60)
    ]
    first, second = batch[:30], batch[30:]
    ids = {a.article_id for a in batch}
    with ExtractorProcess(kafka_bootstrap, tmp_path) as worker:
        worker.start()
        await produce_articles(kafka_bootstrap, [article_record(a) for a in first])
        await collect_outputs(kafka_bootstrap, {first[0].article_id}, set(), timeout=120)
        assert worker.stop(signal.SIGKILL) == -signal.SIGKILL
        await produce_articles(kafka_bootstrap, [article_record(a) for a in second])
        restarted = time.monotonic()
        worker.start()
        out = await collect_outputs(kafka_bootstrap, ids, set(), timeout=180)
        print(f"restart after SIGKILL -> every article accounted for: {time.monotonic() - restarted:.1f}s")
        assert worker.stop(signal.SIGTERM) == 0

    assert set(out.signals) == ids
    for article_id, copies in out.signals.items():
        # Duplicates (replays after the kill) are allowed and carry the same ids.
        assert {c.signal_id for c in copies} == {article_id}
        assert len({tuple(e.event_id for e in c.events) for c in copies}) == 1
