"""Vigie's shared package: message contracts, topic names, settings base, errors, logging and Kafka
plumbing. It holds no business logic and is imported, never run, by the services."""

from vigie.contracts import (
    SCHEMA_VERSION,
    Actor,
    Alert,
    AlertEscalation,
    AlertEvidence,
    Article,
    DeadLetter,
    Event,
    Evidence,
    Location,
    Signal,
    utcnow,
)
from vigie.errors import (
    DeliveryError,
    DuplicateInput,
    InputError,
    MalformedInput,
    PayloadTooLarge,
    ProcessingError,
    VigieError,
)
from vigie.topics import ALERTS, ARTICLES, DEADLETTER, SIGNALS, TOPICS, TopicSpec

__all__ = [
    "ALERTS",
    "ARTICLES",
    "DEADLETTER",
    "SCHEMA_VERSION",
    "SIGNALS",
    "TOPICS",
    "Actor",
    "Alert",
    "AlertEscalation",
    "AlertEvidence",
    "Article",
    "DeadLetter",
    "DeliveryError",
    "DuplicateInput",
    "Event",
    "Evidence",
    "InputError",
    "Location",
    "MalformedInput",
    "PayloadTooLarge",
    "ProcessingError",
    "Signal",
    "TopicSpec",
    "VigieError",
    "utcnow",
]
