"""`vigie demo --once` as a user runs it from the repository root: alerts printed, then a clean stop."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from vigie.broker import port_in_use

pytestmark = pytest.mark.e2e

REPO = Path(__file__).resolve().parents[2]
# "NEW [HIGH] kind: title" or "v3 [CRITICAL] kind: title", then an indented line ending in languages.
ALERT_LINE = re.compile(r"^(NEW|v\d+) \[(CRITICAL|HIGH|MEDIUM|LOW)\] [a-z_]+: .+$")
LANGUAGES = re.compile(r"languages: ([a-z, ]+)$")
ENDPOINT = re.compile(r"127\.0\.0\.1:(\d+)")


@dataclass
class DemoRun:
    returncode: int
    lines: list[str]
    stderr: str
    seconds: float


@pytest.fixture(scope="module")
def demo() -> DemoRun:
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-m", "vigie_cli.main", "demo", "--once"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return DemoRun(proc.returncode, proc.stdout.splitlines(), proc.stderr, time.monotonic() - started)


def test_it_stops_by_itself_with_exit_code_zero(demo: DemoRun) -> None:
    assert demo.returncode == 0, "\n".join(demo.lines[-20:]) + demo.stderr[-2000:]
    assert demo.lines and demo.lines[-1] == "Stopped."


def test_it_prints_alerts_in_several_languages(demo: DemoRun) -> None:
    alerts = [line for line in demo.lines if ALERT_LINE.match(line)]
    assert alerts, "\n".join(demo.lines)
    languages: set[str] = set()
    for line in demo.lines:
        found = LANGUAGES.search(line)
        if found:
            languages |= {lang.strip() for lang in found.group(1).split(",")}
    assert len(languages) >= 3, languages


def test_no_port_it_used_is_still_open(demo: DemoRun) -> None:
    banner = [line for line in demo.lines if "127.0.0.1:" in line and not ALERT_LINE.match(line)]
    ports = {int(p) for line in banner for p in ENDPOINT.findall(line)}
    # The feed server, the broker, and the three services.
    assert len(ports) >= 5, banner
    busy = {p for p in ports if port_in_use("127.0.0.1", p)}
    assert not busy, f"still listening after the demo stopped: {sorted(busy)}"
