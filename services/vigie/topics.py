"""Kafka topic names, partition counts, keys and the message model each topic carries."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from vigie.contracts import Alert, Article, DeadLetter, Signal

ARTICLES = "vigie.articles.v1"
SIGNALS = "vigie.signals.v1"
ALERTS = "vigie.alerts.v1"
DEADLETTER = "vigie.deadletter.v1"


@dataclass(frozen=True)
class TopicSpec:
    """What a topic carries and how it is keyed (``key`` says why)."""

    name: str
    model: type[BaseModel]
    partitions: int
    key: str
    compacted: bool = False


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(
        ARTICLES,
        Article,
        partitions=4,
        # Copies of one article (same normalised body) share a key and so a partition: the
        # extractor sees them in order and a replay never reorders them.
        key="content_hash",
    ),
    TopicSpec(
        SIGNALS,
        Signal,
        partitions=4,
        # One signal per article; consumers de-duplicate replays on article_id.
        key="article_id",
    ),
    TopicSpec(
        ALERTS,
        Alert,
        partitions=4,
        # Every version of an alert has the same key, so compaction keeps its latest state.
        key="alert_id",
        compacted=True,
    ),
    TopicSpec(
        DEADLETTER,
        DeadLetter,
        partitions=1,
        # Few records, read by humans in order: one partition, keyed by the failing service.
        key="service",
    ),
)

TOPIC_NAMES: tuple[str, ...] = tuple(t.name for t in TOPICS)


def spec(name: str) -> TopicSpec:
    """The spec of a topic by name.

    >>> spec("vigie.alerts.v1").key
    'alert_id'
    """
    for t in TOPICS:
        if t.name == name:
            return t
    raise KeyError(name)
