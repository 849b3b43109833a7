"""Entry point of the ``vigie`` console command; each sub-command lives in its own module."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence

# sub-command -> "module:function"; imported only when used, so `vigie extract` never loads Faust.
COMMANDS: dict[str, str] = {
    "broker": "vigie_cli.broker_cmd:command",
    "ingest": "vigie_ingest.__main__:command",
    "extractor": "vigie_extractor.__main__:command",
    "alerting": "vigie_alerting.__main__:command",
    "extract": "vigie_cli.extract_cmd:command",
    "run": "vigie_cli.run_cmd:command",
    "demo": "vigie_cli.demo_cmd:command",
    "schemas": "vigie_cli.schemas_cmd:command",
    "eval": "vigie_cli.eval_cmd:command",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vigie", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("broker", help="run the embedded Kafka-protocol broker (Tansu) and create topics")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=9092)
    p.add_argument("--no-topics", action="store_true", help="do not create Vigie's topics")

    p = sub.add_parser("ingest", help="run the ingest service, or ingest one JSON Lines file and exit")
    p.add_argument("--file", help="JSON Lines articles to ingest ('-' for stdin); exits when done")
    p.add_argument("--feeds", help="feeds config file (YAML); overrides VIGIE_INGEST_FEEDS_FILE")

    sub.add_parser("extractor", help="run the extractor (Faust worker)")
    sub.add_parser("alerting", help="run the alerting service (API, dashboard, webhooks)")

    sub.add_parser("extract", help="JSON Lines articles on stdin -> extracted events on stdout (no broker)")

    p = sub.add_parser("run", help="run the whole system on FILE and write the final alerts")
    p.add_argument("--input", required=True, help="JSON Lines articles")
    p.add_argument("--alerts-out", required=True, help="where to write the final alerts (JSON Lines)")
    p.add_argument("--timeout", type=float, default=600.0, help="give up after this many seconds")

    p = sub.add_parser("demo", help="run everything on the embedded broker with the sample news")
    p.add_argument("--once", action="store_true", help="stop when the sample news is processed")

    p = sub.add_parser("schemas", help="write JSON Schemas for every message to schemas/")
    p.add_argument("--check", action="store_true", help="fail if schemas/ is out of date")
    p.add_argument("--out", default="schemas")

    p = sub.add_parser("eval", help="score the extractor on the labelled evaluation set")
    p.add_argument("--data", default=None, help="labelled set (JSON Lines); default: eval/labelled")
    p.add_argument("--json", action="store_true", help="print figures as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    module_name, func_name = COMMANDS[args.command].split(":")
    func: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(module_name), func_name)
    return func(args)


if __name__ == "__main__":
    sys.exit(main())
