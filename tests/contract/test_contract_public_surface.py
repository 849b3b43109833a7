"""The shared package's public surface is explicit and importable; topics are declared once."""

from __future__ import annotations

import vigie
from vigie import topics


def test_all_is_unique_and_every_name_exists() -> None:
    # Order is enforced by ruff (RUF022, isort-style); here: no repeats, nothing missing.
    assert len(vigie.__all__) == len(set(vigie.__all__))
    for name in vigie.__all__:
        assert hasattr(vigie, name), name


def test_public_names_are_exactly_all() -> None:
    public = {n for n in dir(vigie) if not n.startswith("_")}
    modules = {
        "contracts",
        "errors",
        "topics",
        "settings",
        "logs",
        "kafka",
        "broker",
        "deadletter",
        "language",
    }
    assert public - modules == set(vigie.__all__)


def test_topics_are_versioned_and_unique() -> None:
    names = [t.name for t in topics.TOPICS]
    assert len(names) == len(set(names))
    assert all(n.startswith("vigie.") and n.endswith(".v1") for n in names)
    assert {topics.ARTICLES, topics.SIGNALS, topics.ALERTS, topics.DEADLETTER} == set(names)


def test_every_topic_key_is_a_field_of_its_model() -> None:
    for t in topics.TOPICS:
        assert t.key in t.model.model_fields, (t.name, t.key)
