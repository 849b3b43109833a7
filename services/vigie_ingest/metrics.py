"""Prometheus metrics of the ingest service, on a registry created per service instance."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram


@dataclass(frozen=True)
class IngestMetrics:
    """Every metric the service exports; build with ``IngestMetrics.create()``.

    >>> m = IngestMetrics.create()
    >>> m.articles.labels(outcome="accepted", origin="push").inc()
    >>> m.registry.get_sample_value(
    ...     "vigie_ingest_articles_total", {"outcome": "accepted", "origin": "push"})
    1.0
    """

    registry: CollectorRegistry
    articles: Counter
    feed_fetch_seconds: Histogram
    feed_fetches: Counter
    feed_errors: Counter
    http_request_bytes: Histogram
    dead_letters: Counter

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> IngestMetrics:
        reg = registry if registry is not None else CollectorRegistry()
        return cls(
            registry=reg,
            articles=Counter(
                "vigie_ingest_articles",
                "Articles by outcome (accepted, duplicate, rejected, failed) and origin",
                ["outcome", "origin"],
                registry=reg,
            ),
            feed_fetch_seconds=Histogram(
                "vigie_ingest_feed_fetch_seconds",
                "Time to fetch and parse a feed",
                ["feed"],
                registry=reg,
                buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
            ),
            feed_fetches=Counter(
                "vigie_ingest_feed_fetches",
                "Feed fetches by result (ok, not_modified, error)",
                ["feed", "result"],
                registry=reg,
            ),
            feed_errors=Counter(
                "vigie_ingest_feed_errors", "Failed feed fetches by kind", ["feed", "kind"], registry=reg
            ),
            http_request_bytes=Histogram(
                "vigie_ingest_http_request_bytes",
                "Size of push request bodies",
                registry=reg,
                buckets=(1e3, 1e4, 1e5, 5e5, 1e6, 5e6, 1e7),
            ),
            dead_letters=Counter(
                "vigie_ingest_dead_letters", "Dead-letter records produced", ["stage"], registry=reg
            ),
        )
