"""``vigie ingest`` / ``python -m vigie_ingest``: the ingest service, or one JSON Lines file.

Service mode (no ``--file``): polls the RSS/Atom feeds of ``VIGIE_INGEST_FEEDS_FILE`` (or ``--feeds``)
and serves, on ``VIGIE_INGEST_HTTP_HOST:VIGIE_INGEST_HTTP_PORT`` (127.0.0.1:8081):

- ``POST /articles``: one article, a JSON array, or ``{"articles": [...]}``; each article has ``url``,
  ``text`` or ``html``, and optionally ``id``, ``title``, ``published`` (ISO 8601), ``lang``, ``source``.
  202 with per-item results; 400 malformed JSON; 413 body too large; 422 invalid article or shape;
  503 broker unavailable.
- ``GET /metrics`` (Prometheus), ``GET /livez`` (process up), ``GET /readyz`` (producer started and
  broker reachable).

Every article is normalised (canonical URL, clean text, UTC date, language), de-duplicated by canonical
URL and content hash (SQLite under ``VIGIE_INGEST_STATE_DIR``, recorded once the broker acknowledged
it) and produced to ``vigie.articles.v1`` keyed by content hash. SIGTERM/SIGINT stop it gracefully.

File mode (``--file PATH`` or ``--file -`` for stdin): the same path for each line; bad lines go to
``vigie.deadletter.v1``; prints one JSON line ``{"accepted", "duplicates", "rejected", "article_ids"}``
and exits 0, or 1 when the broker cannot be reached.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from vigie.errors import DeliveryError, InputError
from vigie.logs import configure_logging
from vigie_ingest.feeds_config import FeedConfig, load_feeds
from vigie_ingest.service import ingest_file, serve
from vigie_ingest.settings import IngestSettings

logger = logging.getLogger("vigie_ingest")


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    yield from stream


def run_file(settings: IngestSettings, path: str) -> int:
    """Ingest one JSON Lines file ('-' for stdin); print the summary line; 1 if the broker is down."""
    source = "<stdin>" if path == "-" else path
    try:
        if path == "-":
            summary = asyncio.run(ingest_file(settings, _lines(sys.stdin.buffer), source))
        else:
            with Path(path).open("rb") as stream:
                summary = asyncio.run(ingest_file(settings, _lines(stream), source))
    except OSError as exc:
        print(f"vigie ingest: cannot read {source}: {exc}", file=sys.stderr)
        return 2
    except DeliveryError as exc:
        print(f"vigie ingest: {exc}", file=sys.stderr)
        return 1
    sys.stdout.flush()
    print(json.dumps(summary.as_json(), ensure_ascii=False), flush=True)
    return 0


def run_service(settings: IngestSettings) -> int:
    feeds: list[FeedConfig] = []
    if settings.feeds_file is not None:
        try:
            feeds = load_feeds(settings.feeds_file)
        except InputError as exc:
            print(f"vigie ingest: {exc}", file=sys.stderr)
            return 2
    return asyncio.run(serve(settings, feeds))


def command(args: argparse.Namespace) -> int:
    """The ``vigie ingest`` sub-command."""
    overrides: dict[str, object] = {}
    if getattr(args, "feeds", None):
        overrides["feeds_file"] = Path(args.feeds)
    settings = IngestSettings(**overrides)  # type: ignore[arg-type]
    configure_logging("ingest", settings.log_level)
    if getattr(args, "file", None):
        return run_file(settings, args.file)
    return run_service(settings)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vigie_ingest", description=__doc__.splitlines()[0])
    parser.add_argument("--file", help="JSON Lines articles to ingest ('-' for stdin); exits when done")
    parser.add_argument("--feeds", help="feeds config file (YAML); overrides VIGIE_INGEST_FEEDS_FILE")
    return command(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
