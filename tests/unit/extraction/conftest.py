"""Shared fixtures of the extraction tests: one loaded Extractor for the whole session."""

from __future__ import annotations

import pytest

from vigie_extractor.core import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor.load()
