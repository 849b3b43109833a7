"""Fixtures for the ingest unit tests: a recording sink, a temporary store and an Ingestor."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_doubles import RecordingSink

from vigie_ingest.dedup_store import DedupStore
from vigie_ingest.language_codes import load_language_codes
from vigie_ingest.metrics import IngestMetrics
from vigie_ingest.normalise import NormaliseConfig
from vigie_ingest.pipeline import Ingestor
from vigie_ingest.tracking import load_tracking_params


@pytest.fixture
def sink() -> RecordingSink:
    return RecordingSink()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DedupStore]:
    with DedupStore.open(tmp_path / "state") as s:
        yield s


@pytest.fixture
def ingestor(sink: RecordingSink, store: DedupStore) -> Ingestor:
    config = NormaliseConfig(load_tracking_params(), load_language_codes(), max_article_chars=5_000)
    return Ingestor(sink, store, config, IngestMetrics.create())
