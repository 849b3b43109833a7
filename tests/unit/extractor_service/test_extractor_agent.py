"""The extractor's Faust agent, driven with ``agent.test_context()`` and fakes at the wiring point."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from pathlib import Path

import faust
import pytest
from extractor_doubles import FAIL_MARKER, RecordingSink, ScriptedExtractor, article

from vigie.contracts import DeadLetter, Signal
from vigie.errors import DeliveryError
from vigie.kafka import encode
from vigie.topics import ARTICLES, DEADLETTER, SIGNALS
from vigie_extractor.app import create_app
from vigie_extractor.metrics import ExtractorMetrics
from vigie_extractor.settings import ExtractorSettings


class Harness:
    def __init__(self, tmp_path: Path) -> None:
        self.extractor = ScriptedExtractor()
        self.sink = RecordingSink()
        self.metrics = ExtractorMetrics.create()
        settings = ExtractorSettings(kafka_bootstrap="127.0.0.1:1", data_dir=tmp_path / "extractor")
        self.app = create_app(settings, extractor=self.extractor, sink=self.sink, metrics=self.metrics)
        self.agent = self.app.agents["vigie_extractor.extract"]

    def channel(self) -> faust.ChannelT:
        return self.app.channel(schema=faust.Schema(key_serializer="raw", value_serializer="raw"))

    def signals(self) -> list[Signal]:
        return [Signal.model_validate_json(v) for v in self.sink.values(SIGNALS)]

    def dead_letters(self) -> list[DeadLetter]:
        return [DeadLetter.model_validate_json(v) for v in self.sink.values(DEADLETTER)]

    def sample(self, name: str, labels: dict[str, str]) -> float:
        return self.metrics.registry.get_sample_value(name, labels) or 0.0


@pytest.fixture
async def harness(tmp_path: Path) -> AsyncIterator[Harness]:
    h = Harness(tmp_path)
    yield h
    await h.app.stop()
    # Streams create the app's (never started) consumer, whose helper thread owns an event loop that
    # nothing closes when the consumer was not started: close it so no ResourceWarning leaks.
    thread = getattr(h.app.consumer, "_thread", None)
    loop = getattr(thread, "thread_loop", None)
    if loop is not None and not loop.is_closed():
        loop.close()


async def test_valid_article_gives_one_signal_keyed_by_article_id(harness: Harness) -> None:
    art = article("a-1", "Erdogan called Putin on Tuesday.", title="Call")
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        event = await agent.put(encode(art), key=b"hash")
        assert agent.results[event.message.offset] == "signal"
        assert event.message.acked, "acknowledged once its signal was delivered"
    assert harness.sink.sent[SIGNALS][0][0] == b"a-1"
    (signal,) = harness.signals()
    assert (signal.signal_id, signal.article_id, signal.lang, signal.supported) == ("a-1", "a-1", "en", True)
    assert signal.extractor_version == "scripted-1"
    assert (signal.published, signal.ingested_at) == (art.published, art.ingested_at)
    assert [e.event_id for e in signal.events] == ["a-1:0"]
    assert signal.events[0].source is not None and signal.events[0].source.code == "TURGOV"
    doc = harness.extractor.seen[0]
    assert (doc.doc_id, doc.title, doc.lang, doc.published) == ("a-1", "Call", "en", art.published)
    assert harness.dead_letters() == []
    assert harness.sample("vigie_extractor_articles_total", {"outcome": "signal"}) == 1
    assert harness.sample("vigie_extractor_events_total", {"category": "phone_call", "lang": "en"}) == 1
    assert harness.sample("vigie_extractor_extract_seconds_count", {}) == 1


async def test_the_signal_states_the_genre_the_core_read_from_the_articles_url(harness: Harness) -> None:
    oped = article("a-op", "Erdogan called Putin.", url="https://example.org/opinion/a-op")
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        await agent.put(encode(oped))
        await agent.put(encode(article("a-news", "Erdogan called Putin.")))
    assert [d.url for d in harness.extractor.seen] == [oped.url, "https://example.org/a-news"]
    assert [(s.article_id, s.genre) for s in harness.signals()] == [("a-op", "opinion"), ("a-news", "news")]


async def test_unsupported_language_still_gives_a_signal_without_events(harness: Harness) -> None:
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        await agent.put(encode(article("a-ja", "東京で会談が行われた。", lang="ja")))
    (signal,) = harness.signals()
    assert (signal.lang, signal.supported, signal.events) == ("ja", False, [])
    assert harness.sample("vigie_extractor_articles_total", {"outcome": "unsupported"}) == 1


async def test_undetermined_language_is_left_for_the_core_to_detect(harness: Harness) -> None:
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        await agent.put(encode(article("a-und", "Someone called someone.", lang="und")))
    assert harness.extractor.seen[0].lang is None


@pytest.mark.parametrize(
    ("raw", "stage", "reason_part"),
    [
        (b"\xff\xfe not utf-8 {", "decode", "not a JSON document"),
        (b"{this is not json", "decode", "not a JSON document"),
        (b'{"article_id": "x-1", "url": "https://e.org/x"}', "validate", "text: Field required"),
        (b"[1, 2, 3]", "validate", "not a valid Article"),
    ],
)
async def test_bad_record_is_dead_lettered_with_original_bytes(
    harness: Harness, raw: bytes, stage: str, reason_part: str
) -> None:
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        event = await agent.put(raw)
        assert agent.results[event.message.offset] == "deadletter"
    assert harness.signals() == []
    (dl,) = harness.dead_letters()
    assert harness.sink.sent[DEADLETTER][0][0] == b"extractor"
    assert base64.b64decode(dl.original_b64) == raw
    assert (dl.service, dl.stage, dl.source_topic, dl.partition, dl.offset) == (
        "extractor",
        stage,
        ARTICLES,
        0,
        event.message.offset,
    )
    assert reason_part in dl.reason
    assert harness.sample("vigie_extractor_deadletters_total", {"stage": stage}) == 1
    assert harness.sample("vigie_extractor_articles_total", {"outcome": "deadletter"}) == 1


async def test_extractor_failure_is_dead_lettered_and_the_agent_keeps_going(harness: Harness) -> None:
    bad = article("a-bad", f"The core fails here: {FAIL_MARKER}.")
    good = article("a-good", "Macron called Scholz.")
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        await agent.put(b"garbage")
        await agent.put(encode(bad))
        await agent.put(encode(good))
    (dl_garbage, dl_bad) = harness.dead_letters()
    assert dl_garbage.stage == "decode"
    assert (dl_bad.stage, dl_bad.error_type) == ("extract", "ValueError")
    assert "scripted failure" in dl_bad.reason
    assert base64.b64decode(dl_bad.original_b64) == encode(bad)
    assert [s.article_id for s in harness.signals()] == ["a-good"]


async def test_reprocessing_an_article_gives_the_same_ids(harness: Harness) -> None:
    raw = encode(article("a-2", "Erdogan called Putin, then Putin called Erdogan."))
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        await agent.put(raw)
        await agent.put(raw)
    first, second = harness.signals()
    assert first.signal_id == second.signal_id == "a-2"
    assert [e.event_id for e in first.events] == [e.event_id for e in second.events] == ["a-2:0", "a-2:1"]
    assert first.events == second.events


async def test_signal_produce_failure_is_dead_lettered_at_the_deliver_stage(harness: Harness) -> None:
    harness.sink.failing.add(SIGNALS)
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        await agent.put(encode(article("a-3", "Erdogan called Putin.")))
    (dl,) = harness.dead_letters()
    assert (dl.stage, dl.error_type) == ("deliver", "DeliveryError")
    assert harness.sample("vigie_extractor_articles_total", {"outcome": "signal"}) == 0


async def test_dead_letter_produce_failure_crashes_instead_of_acknowledging(harness: Harness) -> None:
    harness.sink.failing.update({SIGNALS, DEADLETTER})
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        with pytest.raises(DeliveryError):
            await agent.put(b"garbage that cannot even be dead-lettered")
    assert isinstance(harness.app.crash_reason, DeliveryError)
    assert harness.sample("vigie_extractor_deadletters_total", {"stage": "decode"}) == 0


async def test_a_record_whose_outputs_failed_is_never_acknowledged(harness: Harness) -> None:
    harness.sink.failing.update({SIGNALS, DEADLETTER})
    async with harness.agent.test_context(channel=harness.channel()) as agent:
        event = await agent.put(encode(article("a-4", "Erdogan called Putin.")), wait=False)
        deadline = asyncio.get_running_loop().time() + 5
        while harness.app.crash_reason is None:
            assert asyncio.get_running_loop().time() < deadline, "the agent did not crash"
            await asyncio.sleep(0.01)
    assert not event.message.acked
