"""The optional sentence-embedder adapter: absent package, loading, caching, blank text."""

from __future__ import annotations

import sys
import types
from collections.abc import Sequence

import pytest

from vigie_alerting.core.textsim import TextSimilarity
from vigie_alerting.embedder import SentenceEncoder, load_embedder


class CountingModel:
    """A fake model: the vector is the text's length and vowel count; calls are counted."""

    def __init__(self, threads: int = 4) -> None:
        self.threads = threads
        self.calls: list[str] = []

    def encode(self, texts: str) -> list[float]:
        self.calls.append(texts)
        return [float(len(texts)), float(sum(ch in "aeiou" for ch in texts))]


def test_a_missing_package_means_no_embedder() -> None:
    assert load_embedder("vigie_no_such_embedding_package") is None


def test_an_installed_package_is_loaded_with_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = types.ModuleType("fake_usem3")
    fake.USE = CountingModel  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_usem3", fake)
    encoder = load_embedder("fake_usem3")
    assert isinstance(encoder, SentenceEncoder)
    assert isinstance(encoder.model, CountingModel) and encoder.model.threads == 1
    assert encoder.model.calls == ["warm-up"]  # loaded at start, not on the first signal


def test_repeated_texts_are_embedded_once_and_blank_text_not_at_all() -> None:
    model = CountingModel()
    encoder = SentenceEncoder(model, cache_size=2)
    assert encoder.embed("Strikes  hit\nIdlib") == encoder.embed("Strikes hit Idlib") == (17.0, 4.0)
    assert encoder.embed("   ") is None
    encoder.embed("b")
    encoder.embed("c")  # evicts the oldest text
    encoder.embed("Strikes hit Idlib")
    assert model.calls == ["Strikes hit Idlib", "b", "c", "Strikes hit Idlib"]


def test_the_model_is_asked_only_when_a_report_has_no_concept() -> None:
    model = CountingModel()
    sim = TextSimilarity(SentenceEncoder(model))
    named = sim.profile_of("Strikes hit Idlib", "", [], None, 12)
    retold = sim.profile_of("Idlib toll rises to 12", "", [], None, 12)
    bare = sim.profile_of("strikes hit the city", "", [], None, None)
    assert sim.score(named, retold) is not None
    assert model.calls == []
    assert sim.score(named, bare) is not None
    assert model.calls == ["Strikes hit Idlib", "strikes hit the city"]


def test_the_shipped_model_puts_one_event_in_two_languages_closer_than_an_unrelated_story() -> None:
    encoder = load_embedder()
    assert encoder is not None, "the multilingual sentence encoder is a declared dependency"
    strike_en = encoder.embed("Missiles hit a power plant in Kharkiv overnight, cutting electricity")
    strike_fr = encoder.embed("Des missiles ont frappé une centrale électrique à Kharkiv dans la nuit")
    economy = encoder.embed("The central bank raised interest rates again to curb inflation")
    assert strike_en is not None and strike_fr is not None and economy is not None

    def cosine(a: Sequence[float], b: Sequence[float]) -> float:
        dot = sum(x * y for x, y in zip(a, b, strict=True))
        return dot / (sum(x * x for x in a) ** 0.5 * sum(y * y for y in b) ** 0.5)

    assert cosine(strike_en, strike_fr) > cosine(strike_en, economy) + 0.3
