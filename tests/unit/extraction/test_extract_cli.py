"""`vigie extract` as a user runs it: JSON Lines on stdin, one JSON line per input line on stdout."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

GOOD = {
    "id": "a1",
    "url": "https://news.example/a1",
    "title": "Erdogan and Putin speak by phone",
    "text": "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin held a phone call "
    "on Tuesday. Syrian rebels launched an offensive on Aleppo on Wednesday.",
    "published": "2024-12-05T10:00:00Z",
    "lang": "en",
}
UNDECLARED = {
    "id": "a2",
    "url": "https://news.example/a2",
    "text": "Les rebelles ont pris le contrôle d'Alep.",
}
ITALIAN = {"id": "a3", "url": "u", "text": "Le forze russe hanno lanciato un'offensiva su Kharkiv ieri sera."}


def _run(lines: list[str]) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, "-m", "vigie_cli.main", "extract"],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert len(out) == len(lines)
    return [json.loads(line) for line in out]


@pytest.fixture(scope="module")
def results() -> list[dict[str, Any]]:
    lines = [
        json.dumps(GOOD),
        "{not json",
        json.dumps({"id": "b1", "url": "u"}),  # no text
        json.dumps({"id": "b2", "url": "u", "text": 42}),  # wrong type
        json.dumps({"id": "b3", "url": "u", "text": "x", "published": "yesterday"}),
        json.dumps(["an", "array"]),
        "",
        json.dumps(UNDECLARED, ensure_ascii=False),
        json.dumps(ITALIAN),
        json.dumps({**GOOD, "id": "a4", "url": "https://news.example/meinung/kommentar-a4"}),
    ]
    return _run(lines)


def test_a_good_line_gives_coded_events(results: list[dict[str, Any]]) -> None:
    first = results[0]
    assert (first["article_id"], first["lang"], first["genre"], first["error"]) == ("a1", "en", "news", None)
    events = first["events"]
    assert [e["category"] for e in events] == ["phone_call", "offensive"]
    call = events[0]
    assert (call["plover"], call["mode"], call["cameo"], call["quad_class"]) == ("CONSULT", "phone", "041", 1)
    assert call["source"]["code"] == "TURGOV" and call["target"]["code"] == "RUSGOV"
    assert call["event_date"] == "2024-12-03"
    offensive = events[1]
    assert offensive["location"]["name"] == "Aleppo" and offensive["location"]["lat"] is not None
    assert offensive["source"]["country"] == "SYR"
    assert offensive["event_id"] == "a1:1"
    text = GOOD["title"] + "\n\n" + GOOD["text"]
    ev = offensive["evidence"]
    assert text[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]


@pytest.mark.parametrize(
    ("index", "article_id", "needle"),
    [
        (1, None, "invalid JSON"),
        (2, "b1", "text"),
        (3, "b2", "text"),
        (4, "b3", "published"),
        (5, None, "object"),
        (6, None, "empty"),
    ],
)
def test_bad_lines_give_an_error_record(
    results: list[dict[str, Any]], index: int, article_id: str | None, needle: str
) -> None:
    record = results[index]
    assert record["article_id"] == article_id
    assert record["events"] == [] and record["genre"] is None
    assert isinstance(record["error"], str) and needle in record["error"]


def test_language_is_detected_when_not_declared(results: list[dict[str, Any]]) -> None:
    record = results[7]
    assert (record["article_id"], record["lang"], record["error"]) == ("a2", "fr", None)
    assert [e["category"] for e in record["events"]] == ["capture"]


def test_unsupported_language_gives_no_event(results: list[dict[str, Any]]) -> None:
    record = results[8]
    assert (record["lang"], record["events"], record["error"]) == ("it", [], None)


def test_the_genre_is_read_from_the_url(results: list[dict[str, Any]]) -> None:
    record = results[9]
    assert (record["article_id"], record["genre"]) == ("a4", "opinion")
    assert [e["category"] for e in record["events"]] == ["phone_call", "offensive"]  # still coded
