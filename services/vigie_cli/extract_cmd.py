"""`vigie extract`: JSON Lines articles on stdin -> one JSON Lines result per line on stdout.

Input fields: ``id``, ``url``, ``title`` (optional), ``text``, ``published`` (optional ISO 8601),
``lang`` (optional). Output: ``{"article_id", "lang", "genre", "events", "error"}`` (``genre`` as the
signal states it, read from the title and URL); a bad line gives an ``error`` string (``article_id``
null when unknown, ``genre`` null), never a crash. No broker involved.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from datetime import datetime
from typing import Any, TextIO

from vigie_extractor.core import Document, Extractor

logger = logging.getLogger(__name__)


class BadLine(ValueError):
    """An input line that is not a usable article (the message says why)."""


def _optional_str(raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadLine(f"field {key!r} must be a string")
    return value


def parse_line(line: str) -> Document:
    """The ``Document`` of one input line; ``BadLine`` when the line cannot be used."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadLine(f"invalid JSON: {exc.msg} (column {exc.colno})") from exc
    if not isinstance(raw, dict):
        raise BadLine("a line must be a JSON object")
    doc_id = raw.get("id")
    if not isinstance(doc_id, str) or not doc_id:
        raise BadLine("field 'id' must be a non-empty string")
    text = raw.get("text")
    if text is None:
        raise BadLine("missing field 'text'")
    if not isinstance(text, str):
        raise BadLine("field 'text' must be a string")
    url = _optional_str(raw, "url") or ""
    title = _optional_str(raw, "title") or ""
    lang = _optional_str(raw, "lang")
    published_raw = _optional_str(raw, "published")
    published = None
    if published_raw:
        try:
            published = datetime.fromisoformat(published_raw.replace("Z", "+00:00"))
        except ValueError as exc:
            raise BadLine(f"field 'published' is not ISO 8601: {published_raw!r}") from exc
    return Document(
        doc_id=doc_id,
        text=text,
        title=title,
        lang=lang.lower() if lang else None,
        published=published,
        url=url,
    )


def _known_id(line: str) -> str | None:
    """The ``id`` of a bad line, when it can still be read."""
    try:
        raw = json.loads(line)
    except json.JSONDecodeError:
        return None
    value = raw.get("id") if isinstance(raw, dict) else None
    return value if isinstance(value, str) and value else None


def process_line(extractor: Extractor, line: str) -> dict[str, Any]:
    """The output record of one input line."""
    try:
        doc = parse_line(line)
    except BadLine as exc:
        return {"article_id": _known_id(line), "lang": None, "genre": None, "events": [], "error": str(exc)}
    result = extractor.extract(doc)
    return {
        "article_id": doc.doc_id,
        "lang": result.lang,
        "genre": result.genre,
        "events": [e.model_dump(mode="json") for e in result.events],
        "error": None,
    }


def run(extractor: Extractor, stdin: TextIO, stdout: TextIO) -> int:
    """Process every line of ``stdin``; returns the number of bad lines."""
    bad = 0
    for line in stdin:
        if not line.strip():
            record: dict[str, Any] = {
                "article_id": None,
                "lang": None,
                "genre": None,
                "events": [],
                "error": "empty line",
            }
        else:
            record = process_line(extractor, line)
        bad += record["error"] is not None
        stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return bad


def command(args: argparse.Namespace) -> int:
    """Entry point of ``vigie extract``: exit code 0, even when some lines were bad."""
    del args
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")
    extractor = Extractor.load()
    bad = run(extractor, sys.stdin, sys.stdout)
    if bad:
        logger.info("vigie extract: %s bad line(s)", bad)
    return 0
