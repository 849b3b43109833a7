"""Per-message work of the extractor service: raw article bytes in, one signal or one dead letter out.

Policy for each record read from ``vigie.articles.v1`` (at-least-once):

- bytes that are not JSON, or JSON that is not a valid ``Article`` → dead letter (stage ``decode`` or
  ``validate``), never retried;
- ``Extractor.extract`` raising on a valid article → dead letter (stage ``extract``) with the traceback;
- the signal cannot be produced → dead letter (stage ``deliver``);
- the dead letter itself cannot be produced → ``DeliveryError`` propagates: the caller must not
  acknowledge the record and stops the worker, so the record is read again after a restart.

Every output is awaited until the broker acknowledged it before ``handle`` returns, so an offset is
committed only after its output is durable. The signal of an article is keyed and identified by
``article_id`` and its events by ``article_id:ordinal``: a replay yields the same ids.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal, Protocol

from pydantic import ValidationError

from vigie.contracts import Article, Signal, utcnow
from vigie.deadletter import dead_letter
from vigie.errors import DeliveryError, InputError, MalformedInput
from vigie.kafka import encode, encode_key
from vigie.topics import DEADLETTER, SIGNALS
from vigie_extractor.core import Document, Extraction
from vigie_extractor.metrics import ExtractorMetrics

logger = logging.getLogger(__name__)

Outcome = Literal["signal", "unsupported", "deadletter"]


class ArticleExtractor(Protocol):
    """What the service needs from the extraction core (``vigie_extractor.core.Extractor``)."""

    version: str

    def extract(self, doc: Document) -> Extraction: ...


class Sink(Protocol):
    """Where outputs go; ``send`` returns once the broker acknowledged, or raises ``DeliveryError``."""

    async def send(self, topic: str, key: bytes | None, value: bytes) -> None: ...


@dataclass(frozen=True)
class Origin:
    """Where a record was read: logged with every failure and kept in its dead letter."""

    topic: str
    partition: int
    offset: int


def decode_article(raw: bytes) -> Article:
    """The ``Article`` in ``raw``; ``MalformedInput`` when it is not JSON (or not UTF-8), ``InputError``
    when it is JSON but not a valid ``Article`` (the reason lists every invalid field)."""
    try:
        return Article.model_validate_json(raw)
    except ValidationError as exc:
        if any(err["type"] == "json_invalid" for err in exc.errors()):
            raise MalformedInput(f"not a JSON document: {exc.errors()[0]['msg']}") from exc
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise InputError(f"not a valid Article: {problems}") from exc


def document_of(article: Article) -> Document:
    """The core's input for an article; an undetermined language is left for the core to detect."""
    return Document(
        doc_id=article.article_id,
        text=article.text,
        title=article.title,
        lang=None if article.lang == "und" else article.lang,
        published=article.published,
        url=article.url,
    )


def build_signal(article: Article, extraction: Extraction, version: str, extracted_at: datetime) -> Signal:
    """The signal of one article: same id as the article, its genre and events as the core found them."""
    return Signal(
        signal_id=article.article_id,
        article_id=article.article_id,
        url=article.url,
        source=article.source,
        title=article.title,
        lang=extraction.lang,
        supported=extraction.supported,
        published=article.published,
        ingested_at=article.ingested_at,
        extracted_at=extracted_at,
        extractor_version=version,
        genre=extraction.genre,
        events=list(extraction.events),
    )


class ArticleProcessor:
    """Turns each raw record into a signal or a dead letter, sent through ``sink`` and awaited."""

    def __init__(
        self,
        extractor: ArticleExtractor,
        sink: Sink,
        metrics: ExtractorMetrics,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.extractor = extractor
        self.sink = sink
        self.metrics = metrics
        self.clock = clock

    async def handle(self, raw: bytes, origin: Origin) -> Outcome:
        """Process one record; raises ``DeliveryError`` only when not even a dead letter could be sent."""
        try:
            article = decode_article(raw)
        except InputError as exc:
            logger.warning(
                "rejected record %s[%s]@%s: %s", origin.topic, origin.partition, origin.offset, exc
            )
            return await self._dead_letter(raw, exc, origin, exc.stage)
        try:
            started = time.perf_counter()
            extraction = self.extractor.extract(document_of(article))
            self.metrics.extract_seconds.observe(time.perf_counter() - started)
            signal = build_signal(article, extraction, self.extractor.version, self.clock())
        except Exception as exc:  # the core failed on a valid article: dead-letter it with the traceback
            logger.exception(
                "extraction failed for article %s at %s[%s]@%s",
                article.article_id,
                origin.topic,
                origin.partition,
                origin.offset,
            )
            return await self._dead_letter(raw, exc, origin, "extract")
        try:
            await self.sink.send(SIGNALS, encode_key(signal.article_id), encode(signal))
        except DeliveryError as exc:
            logger.exception(
                "could not produce the signal of %s read at %s[%s]@%s",
                article.article_id,
                origin.topic,
                origin.partition,
                origin.offset,
            )
            return await self._dead_letter(raw, exc, origin, "deliver")
        for event in signal.events:
            self.metrics.events.labels(category=event.category, lang=signal.lang).inc()
        outcome: Outcome = "signal" if signal.supported else "unsupported"
        self.metrics.articles.labels(outcome=outcome).inc()
        logger.debug("article %s -> %s events", article.article_id, len(signal.events))
        return outcome

    async def _dead_letter(self, raw: bytes, error: BaseException, origin: Origin, stage: str) -> Outcome:
        record = dead_letter(
            "extractor",
            raw,
            error,
            stage=stage,
            source_topic=origin.topic,
            partition=origin.partition,
            offset=origin.offset,
        )
        try:
            await self.sink.send(DEADLETTER, encode_key(record.service), encode(record))
        except DeliveryError:
            logger.exception(
                "could not dead-letter the record at %s[%s]@%s; it stays uncommitted",
                origin.topic,
                origin.partition,
                origin.offset,
            )
            raise
        self.metrics.deadletters.labels(stage=stage).inc()
        self.metrics.articles.labels(outcome="deadletter").inc()
        return "deadletter"
