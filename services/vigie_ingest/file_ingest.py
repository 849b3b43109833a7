"""Ingest a JSON Lines file: one article per line; bad lines are dead-lettered and counted."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from vigie.deadletter import dead_letter
from vigie.errors import DeliveryError, MalformedInput, PayloadTooLarge
from vigie_ingest.pipeline import Ingestor

logger = logging.getLogger(__name__)

# An oversized line is dead-lettered with only its beginning: enough to find it in the file.
_KEPT_OF_OVERSIZED = 64 * 1024


@dataclass
class FileSummary:
    """The final line ``vigie ingest --file`` prints."""

    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0
    article_ids: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "article_ids": self.article_ids,
        }


def _chunks(lines: Iterable[bytes], size: int) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for number, line in enumerate(lines, start=1):
        chunk.append((number, line.rstrip(b"\r\n")))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class FileIngestor:
    """Feeds the lines of one file through the Ingestor, dead-lettering what cannot be ingested."""

    def __init__(self, ingestor: Ingestor, *, source_file: str, max_line_bytes: int, batch_size: int) -> None:
        self.ingestor = ingestor
        self.source_file = source_file
        self.max_line_bytes = max_line_bytes
        self.batch_size = batch_size
        self.summary = FileSummary()

    async def run(self, lines: Iterable[bytes]) -> FileSummary:
        for chunk in _chunks(lines, self.batch_size):
            await self._chunk(chunk)
        return self.summary

    async def _chunk(self, chunk: list[tuple[int, bytes]]) -> None:
        letters: list[asyncio.Future[Any]] = []
        decoded: list[tuple[int, bytes, Any]] = []
        for number, line in chunk:
            if not line.strip():
                continue
            if len(line) > self.max_line_bytes:
                too_large = PayloadTooLarge(f"line of {len(line)} bytes exceeds {self.max_line_bytes}")
                letters.append(await self._reject(number, line[:_KEPT_OF_OVERSIZED], too_large))
                continue
            try:
                decoded.append((number, line, json.loads(line)))
            except (ValueError, RecursionError) as exc:
                letters.append(await self._reject(number, line, MalformedInput(f"malformed JSON: {exc}")))
        results = await self.ingestor.ingest([value for _, _, value in decoded], origin="file")
        for (number, line, _), result in zip(decoded, results, strict=True):
            if result.status == "accepted" and result.article_id is not None:
                self.summary.accepted += 1
                self.summary.article_ids.append(result.article_id)
            elif result.status == "duplicate":
                self.summary.duplicates += 1
            else:
                error = MalformedInput(result.reason or "rejected")
                letters.append(await self._reject(number, line, error, stage="validate", counted=True))
        outcomes = await asyncio.gather(*letters, return_exceptions=True)
        failed = [o for o in outcomes if isinstance(o, BaseException)]
        if failed:
            raise DeliveryError(
                f"broker did not acknowledge {len(failed)} dead-letter record(s): {failed[0]!r}"
            )

    async def _reject(
        self, number: int, line: bytes, error: Exception, *, stage: str | None = None, counted: bool = False
    ) -> asyncio.Future[Any]:
        """Count a rejected line and queue its dead-letter record (``counted``: the Ingestor counted it)."""
        self.summary.rejected += 1
        if not counted:
            self.ingestor.count("rejected", "file")
        record = dead_letter("ingest", line, error, stage=stage, source_file=self.source_file, line=number)
        self.ingestor.metrics.dead_letters.labels(stage=record.stage).inc()
        logger.info("%s line %d rejected: %s", self.source_file, number, record.reason)
        return await self.ingestor.sink.send_dead_letter(record)
