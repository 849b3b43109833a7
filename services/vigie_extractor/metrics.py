"""Prometheus metrics of the extractor, in a registry of their own created by the app factory."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram


@dataclass(frozen=True)
class ExtractorMetrics:
    """The extractor's counters and timings.

    >>> m = ExtractorMetrics.create()
    >>> m.articles.labels(outcome="signal").inc()
    >>> m.registry.get_sample_value("vigie_extractor_articles_total", {"outcome": "signal"})
    1.0
    """

    registry: CollectorRegistry
    articles: Counter
    events: Counter
    extract_seconds: Histogram
    deadletters: Counter

    @classmethod
    def create(cls) -> ExtractorMetrics:
        registry = CollectorRegistry(auto_describe=True)
        return cls(
            registry=registry,
            articles=Counter(
                "vigie_extractor_articles",
                "Articles consumed, by outcome (signal, unsupported, deadletter)",
                ["outcome"],
                registry=registry,
            ),
            events=Counter(
                "vigie_extractor_events",
                "Events extracted, by category and article language",
                ["category", "lang"],
                registry=registry,
            ),
            extract_seconds=Histogram(
                "vigie_extractor_extract_seconds",
                "Time spent in Extractor.extract per article",
                buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0),
                registry=registry,
            ),
            deadletters=Counter(
                "vigie_extractor_deadletters",
                "Records dead-lettered, by the stage that failed (decode, validate, extract, deliver)",
                ["stage"],
                registry=registry,
            ),
        )
