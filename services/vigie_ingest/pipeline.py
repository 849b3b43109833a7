"""The one path every article takes: validate, normalise, de-duplicate, produce, then remember.

Feeds, the push endpoint and files all call ``Ingestor.ingest``. An article is recorded in the
de-duplication store only once the broker acknowledged it; articles in flight are held in memory so
two concurrent copies are not both sent.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from vigie.contracts import Article, utcnow
from vigie.errors import DeliveryError, InputError
from vigie_ingest.dedup_store import KIND_REASONS, DedupStore, identity_keys
from vigie_ingest.metrics import IngestMetrics
from vigie_ingest.normalise import NormaliseConfig, Origin, normalise
from vigie_ingest.raw import RawArticle, parse_raw
from vigie_ingest.sink import Sink

logger = logging.getLogger(__name__)

Status = Literal["accepted", "duplicate", "rejected"]


@dataclass(frozen=True)
class ItemResult:
    """What happened to one submitted item."""

    status: Status
    article_id: str | None = None
    reason: str | None = None
    duplicate_of: str | None = None

    def as_json(self) -> dict[str, str]:
        out: dict[str, str] = {"status": self.status}
        for key in ("article_id", "reason", "duplicate_of"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        return out


class Ingestor:
    """Normalises, de-duplicates and produces articles (one instance per process)."""

    def __init__(
        self,
        sink: Sink,
        store: DedupStore,
        config: NormaliseConfig,
        metrics: IngestMetrics,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.sink = sink
        self.store = store
        self.config = config
        self.metrics = metrics
        self._clock = clock
        self._in_flight: dict[tuple[str, str], str] = {}

    def count(self, status: Status | Literal["failed"], origin: Origin, n: int = 1) -> None:
        if n:
            self.metrics.articles.labels(outcome=status, origin=origin).inc(n)

    async def ingest(
        self, items: Sequence[Any], *, origin: Origin, feed: str | None = None
    ) -> list[ItemResult]:
        """Ingest decoded items (JSON objects or RawArticles); one result per item, in order.

        Raises DeliveryError when the broker did not acknowledge an accepted article; the articles it
        did acknowledge are remembered first, so a retry reports them as duplicates.
        """
        results: list[ItemResult | None] = [None] * len(items)
        queued: list[tuple[int, Article, asyncio.Future[Any]]] = []
        failure: DeliveryError | None = None
        now = self._clock()
        try:
            for index, item in enumerate(items):
                try:
                    raw = item if isinstance(item, RawArticle) else parse_raw(item)
                    article = normalise(raw, self.config, origin=origin, ingested_at=now, feed=feed)
                except InputError as exc:
                    results[index] = ItemResult("rejected", reason=str(exc))
                    continue
                seen = self._seen(article)
                if seen is not None:
                    results[index] = ItemResult(
                        "duplicate", article_id=article.article_id, reason=seen[0], duplicate_of=seen[1]
                    )
                    continue
                for key in identity_keys(article):
                    self._in_flight[key] = article.article_id
                try:
                    future = await self.sink.send_article(article)
                except DeliveryError:
                    self._release(article)
                    raise
                queued.append((index, article, future))
        except DeliveryError as exc:
            failure = exc
        acked = await self._settle(queued, results)
        if len(acked) < len(queued) and failure is None:
            failure = DeliveryError(f"broker did not acknowledge {len(queued) - len(acked)} article(s)")
        self._account(results, origin)
        if failure is not None:
            self.count("failed", origin, len(items) - sum(r is not None for r in results))
            raise failure
        return [r for r in results if r is not None]

    async def _settle(
        self, queued: list[tuple[int, Article, asyncio.Future[Any]]], results: list[ItemResult | None]
    ) -> list[Article]:
        outcomes = await asyncio.gather(*(f for _, _, f in queued), return_exceptions=True)
        acked: list[Article] = []
        for (index, article, _), outcome in zip(queued, outcomes, strict=True):
            if isinstance(outcome, BaseException):
                logger.error("article %s not acknowledged: %r", article.article_id, outcome)
            else:
                acked.append(article)
                results[index] = ItemResult("accepted", article_id=article.article_id)
        try:
            self.store.mark(acked)
        finally:
            for _, article, _ in queued:
                self._release(article)
        return acked

    def _account(self, results: list[ItemResult | None], origin: Origin) -> None:
        for status in ("accepted", "duplicate", "rejected"):
            self.count(status, origin, sum(1 for r in results if r is not None and r.status == status))

    def _seen(self, article: Article) -> tuple[str, str] | None:
        found = self.store.find(article)
        if found is not None:
            return found
        for kind, key in identity_keys(article):
            if (kind, key) in self._in_flight:
                return KIND_REASONS[kind], self._in_flight[(kind, key)]
        return None

    def _release(self, article: Article) -> None:
        for key in identity_keys(article):
            if self._in_flight.get(key) == article.article_id:
                del self._in_flight[key]
