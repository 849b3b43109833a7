"""Fixtures for the knowledge-base tests: the lexicons are loaded once per session."""

from __future__ import annotations

import pytest

from vigie_extractor.core.knowledge import ActorLexicon, Gazetteer


@pytest.fixture(scope="session")
def actor_lexicon() -> ActorLexicon:
    return ActorLexicon.load()


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()
