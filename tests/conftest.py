"""Fixtures shared by every test tier."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from vigie.broker import EmbeddedBroker, free_port

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Bootstrap servers of a real broker: ``VIGIE_KAFKA_BOOTSTRAP`` if set, else an embedded Tansu
    started once per test session on a free port (with Vigie's topics created)."""
    external = os.environ.get("VIGIE_KAFKA_BOOTSTRAP")
    if external:
        import asyncio

        from vigie.kafka import ensure_topics, wait_for_broker

        asyncio.run(wait_for_broker(external))
        asyncio.run(ensure_topics(external))
        yield external
        return
    log = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker.start(port=free_port(), log_file=log) as broker:
        yield broker.bootstrap
