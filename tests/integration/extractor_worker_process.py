"""Run ``python -m vigie_extractor`` as a subprocess for integration tests, and read its outputs."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import httpx
from pydantic import ValidationError

from vigie.broker import free_port
from vigie.contracts import Article, DeadLetter, Signal
from vigie.kafka import encode, make_consumer, make_producer
from vigie.topics import ARTICLES, DEADLETTER, SIGNALS

# The seed article lives in shared/, beside the repository (as in CI), not in the repo.
SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_174c6a1ed5648607.txt"


def make_article(article_id: str, text: str, lang: str, published: datetime | None = None) -> Article:
    return Article(
        article_id=article_id,
        url=f"https://news.example/{article_id}",
        source="news.example",
        title="",
        text=text,
        lang=lang,
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
        published=published,
        ingested_at=datetime.now(UTC),
    )


def seed_article(article_id: str) -> Article:
    published = datetime(2024, 12, 3, 12, 0, tzinfo=UTC)
    return make_article(article_id, SEED.read_text(encoding="utf-8").strip(), "fr", published)


@dataclass
class ExtractorProcess:
    """One worker process; ``restart`` keeps its group, data dir and port."""

    bootstrap: str
    workdir: Path
    group_id: str = field(default_factory=lambda: f"test-extractor-{uuid.uuid4().hex[:10]}")
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    runs: int = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / f"extractor-{self.runs}.log"

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
        env |= {
            "VIGIE_KAFKA_BOOTSTRAP": self.bootstrap,
            "VIGIE_LOG_LEVEL": "INFO",
            "VIGIE_EXTRACTOR_GROUP_ID": self.group_id,
            "VIGIE_EXTRACTOR_DATA_DIR": str(self.workdir / "data"),
            "VIGIE_EXTRACTOR_WEB_HOST": "127.0.0.1",
            "VIGIE_EXTRACTOR_WEB_PORT": str(self.port),
        }
        return env

    def start(self) -> ExtractorProcess:
        self.runs += 1
        self.workdir.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.started_at = time.monotonic()
            self.process = subprocess.Popen(
                [sys.executable, "-m", "vigie_extractor"],
                env=self.env(),
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.workdir,
            )
        return self

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def wait_ready(self, timeout: float = 120.0) -> float:
        """Poll ``/readyz`` until 200; return the seconds since ``start``."""
        assert self.process is not None
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise AssertionError(f"worker exited with {self.process.returncode}:\n{self.tail()}")
                try:
                    if client.get(f"{self.base_url}/readyz").status_code == 200:
                        return time.monotonic() - self.started_at
                except httpx.HTTPError:
                    pass
                time.sleep(0.2)
        raise AssertionError(f"worker not ready after {timeout}s:\n{self.tail()}")

    def stop(self, sig: signal.Signals = signal.SIGTERM, timeout: float = 30.0) -> int:
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                raise AssertionError(f"worker ignored {sig.name} for {timeout}s:\n{self.tail()}") from None
        return self.process.returncode

    def __enter__(self) -> ExtractorProcess:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()


async def produce_articles(bootstrap: str, records: list[tuple[bytes, bytes]]) -> None:
    """Produce (key, value) pairs to ``vigie.articles.v1`` and wait for each acknowledgement."""
    producer = make_producer(bootstrap)
    await producer.start()
    try:
        for key, value in records:
            await producer.send_and_wait(ARTICLES, value, key=key)
    finally:
        await producer.stop()


def article_record(article: Article) -> tuple[bytes, bytes]:
    return article.content_hash.encode(), encode(article)


def _article_id(original: bytes) -> str | None:
    try:
        value = json.loads(original)
    except ValueError:
        return None
    return str(value.get("article_id")) if isinstance(value, dict) else None


@dataclass
class Outputs:
    """Signals (every copy, in arrival order) and dead letters whose original bytes we produced."""

    signals: dict[str, list[Signal]] = field(default_factory=dict)
    dead_letters: list[DeadLetter] = field(default_factory=list)
    first_signal_at: float | None = None


async def collect_outputs(
    bootstrap: str,
    article_ids: set[str],
    garbage: set[bytes],
    timeout: float,
    outputs: Outputs | None = None,
) -> Outputs:
    """Read both output topics from the start until every id has a signal and every garbage record a
    dead letter (other tests share the topics: everything else is ignored)."""
    outputs = outputs or Outputs()
    consumer = make_consumer(bootstrap, SIGNALS, DEADLETTER, group_id=f"test-watch-{uuid.uuid4().hex[:10]}")
    await consumer.start()
    deadline = time.monotonic() + timeout
    try:
        while True:
            found = {bytes(base64.b64decode(d.original_b64)) for d in outputs.dead_letters}
            if article_ids <= set(outputs.signals) and garbage <= found:
                return outputs
            if time.monotonic() > deadline:
                missing = sorted(article_ids - set(outputs.signals))
                raise AssertionError(
                    f"after {timeout}s: no signal for {missing[:10]} ({len(missing)}), "
                    f"dead letters missing: {len(garbage - found)}"
                )
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for rec in records:
                    if rec.value is None:
                        continue
                    if rec.topic == SIGNALS:
                        try:
                            sig = Signal.model_validate_json(rec.value)
                        except ValidationError:
                            continue  # another test's deliberately broken record on the shared topic
                        if sig.article_id in article_ids:
                            if outputs.first_signal_at is None:
                                outputs.first_signal_at = time.monotonic()
                            outputs.signals.setdefault(sig.article_id, []).append(sig)
                    else:
                        try:
                            dl = DeadLetter.model_validate_json(rec.value)
                        except ValidationError:
                            continue
                        original = base64.b64decode(dl.original_b64)
                        if original in garbage:
                            outputs.dead_letters.append(dl)
                        elif _article_id(original) in article_ids:
                            raise AssertionError(f"one of our articles was dead-lettered: {dl.reason}")
            await asyncio.sleep(0)
    finally:
        await consumer.stop()
