"""``vigie alerting`` / ``python -m vigie_alerting``: signals in, story-level alerts out.

Consumes ``vigie.signals.v1`` (manual commits after the alert versions are produced and the state is
written), produces ``vigie.alerts.v1`` keyed by alert_id, posts signed webhooks, and serves HTTP on
``VIGIE_ALERTING_HTTP_HOST:VIGIE_ALERTING_HTTP_PORT`` (127.0.0.1:8083): see ``vigie_alerting.http_app``.
A rule or region file that does not validate, or a receiver routing on an undefined region,
stops the start-up with exit code 2 and the reason on stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from pydantic import ValidationError

from vigie.logs import configure_logging
from vigie_alerting.core.regions import load_regions
from vigie_alerting.core.rules import RulesFileError, load_rules
from vigie_alerting.runtime import serve
from vigie_alerting.settings import AlertingSettings


def command(args: argparse.Namespace) -> int:
    """The ``vigie alerting`` sub-command."""
    try:
        settings = AlertingSettings()
    except ValidationError as exc:
        print(f"vigie alerting: invalid settings: {exc}", file=sys.stderr)
        return 2
    try:
        book = load_rules(settings.rules_file)
        regions = load_regions(settings.regions_file)
        for receiver in settings.all_receivers():
            receiver.check_regions(regions)
    except RulesFileError as exc:
        print(f"vigie alerting: {exc}", file=sys.stderr)
        return 2
    configure_logging("alerting", settings.log_level)
    return asyncio.run(serve(settings, book, regions=regions))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vigie_alerting", description=__doc__.splitlines()[0])
    return command(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
