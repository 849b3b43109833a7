"""JSON Lines ingestion: bad lines are dead-lettered with the original bytes and the reason."""

from __future__ import annotations

import base64
import json

import pytest
from ingest_doubles import RecordingSink

from vigie.errors import DeliveryError
from vigie_ingest.file_ingest import FileIngestor
from vigie_ingest.pipeline import Ingestor


def line(**fields: object) -> bytes:
    return json.dumps(fields).encode() + b"\n"


GOOD_1 = line(id="f-1", url="https://ex.org/1", title="One", text="The first story, about a port.", lang="en")
GOOD_2 = line(url="https://ex.org/2?utm_campaign=x", title="Two", text="The second story, about a bridge.")
DUP_URL = line(id="f-3", url="https://ex.org/1#comments", title="One again", text="Different words entirely.")
DUP_TEXT = line(id="f-4", url="https://copy.ex.net/1", title="One", text="The first story, about a port.")
BAD_JSON = b'{"url": "https://ex.org/5", "text": \n'
NOT_OBJECT = b'["https://ex.org/6"]\n'
NO_URL = line(id="f-7", text="no url here")


def runner(ingestor: Ingestor, max_line_bytes: int = 10_000, batch_size: int = 3) -> FileIngestor:
    return FileIngestor(
        ingestor, source_file="in.jsonl", max_line_bytes=max_line_bytes, batch_size=batch_size
    )


async def test_summary_counts_and_dead_letters(ingestor: Ingestor, sink: RecordingSink) -> None:
    lines = [GOOD_1, b"\n", GOOD_2, DUP_URL, BAD_JSON, DUP_TEXT, NOT_OBJECT, NO_URL]
    summary = await runner(ingestor).run(lines)
    assert summary.as_json() == {
        "accepted": 2,
        "duplicates": 2,
        "rejected": 3,
        "article_ids": ["f-1", sink.articles[1].article_id],
    }
    assert sink.articles[1].article_id.startswith("u-")
    assert sink.articles[1].url == "https://ex.org/2"
    by_line = {d.line: d for d in sink.dead_letters}
    assert sorted(by_line) == [5, 7, 8]
    assert base64.b64decode(by_line[5].original_b64) == BAD_JSON.rstrip(b"\n")
    assert by_line[5].stage == "decode" and "malformed JSON" in by_line[5].reason
    assert "must be a JSON object" in by_line[7].reason
    assert base64.b64decode(by_line[8].original_b64) == NO_URL.rstrip(b"\n")
    assert by_line[8].stage == "validate" and "url: Field required" in by_line[8].reason
    assert all(d.service == "ingest" and d.source_file == "in.jsonl" for d in sink.dead_letters)
    reg = ingestor.metrics.registry
    assert reg.get_sample_value("vigie_ingest_articles_total", {"outcome": "rejected", "origin": "file"}) == 3
    assert reg.get_sample_value("vigie_ingest_dead_letters_total", {"stage": "decode"}) == 1
    assert reg.get_sample_value("vigie_ingest_dead_letters_total", {"stage": "validate"}) == 2


async def test_an_oversized_line_is_dead_lettered_and_ingestion_goes_on(
    ingestor: Ingestor, sink: RecordingSink
) -> None:
    huge = line(url="https://ex.org/big", text="w " * 5_000)
    summary = await runner(ingestor, max_line_bytes=2_000).run([huge, GOOD_1])
    assert (summary.accepted, summary.rejected) == (1, 1)
    (letter,) = sink.dead_letters
    assert letter.stage == "size" and letter.error_type == "PayloadTooLarge"


async def test_reingesting_the_same_file_gives_only_duplicates(ingestor: Ingestor) -> None:
    first = await runner(ingestor).run([GOOD_1, GOOD_2])
    second = await runner(ingestor).run([GOOD_1, GOOD_2])
    assert first.accepted == 2
    assert (second.accepted, second.duplicates, second.article_ids) == (0, 2, [])


async def test_broker_failure_stops_the_file_with_delivery_error(
    ingestor: Ingestor, sink: RecordingSink
) -> None:
    sink.fail = True
    with pytest.raises(DeliveryError):
        await runner(ingestor).run([GOOD_1])
    with pytest.raises(DeliveryError):
        await runner(ingestor).run([BAD_JSON])
