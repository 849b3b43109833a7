"""`vigie extractor` / `python -m vigie_extractor`: run the extractor as a Faust worker.

Configured only by environment variables (see ``ExtractorSettings``); Faust's command line is not
used, so no argument of ours is parsed by it. Logs are JSON lines on stdout. SIGTERM/SIGINT stop the
worker gracefully (offsets of processed records are committed); the exit code is non-zero after a crash.
"""

from __future__ import annotations

import argparse
import sys

import faust

from vigie.logs import configure_logging
from vigie_extractor.app import create_app
from vigie_extractor.settings import ExtractorSettings


def command(args: argparse.Namespace | None = None) -> int:
    settings = ExtractorSettings()
    configure_logging("extractor", settings.log_level)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    app = create_app(settings)
    worker = faust.Worker(
        app,
        loglevel=settings.log_level.upper(),
        quiet=True,
        override_logging=False,
        redirect_stdouts=False,
    )
    worker.spinner = None  # a terminal progress spinner: would mix escape codes into the JSON logs
    try:
        worker.execute_from_commandline()
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


if __name__ == "__main__":
    sys.exit(command())
