"""deploy/kafka/create-topics.sh creates exactly the topics of vigie.topics.TOPICS."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from vigie.topics import TOPICS

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "deploy" / "kafka" / "create-topics.sh"
CREATE_LINE = re.compile(r"^create_topic\s+(.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Created:
    """One topic as created by the script."""

    name: str
    partitions: int
    replication_factor: int | None
    configs: frozenset[str]


def expected() -> set[Created]:
    return {
        Created(
            t.name,
            t.partitions,
            1,
            frozenset({"cleanup.policy=compact"}) if t.compacted else frozenset(),
        )
        for t in TOPICS
    }


def parse_create_call(args: list[str]) -> Created:
    """Read the options of one ``kafka-topics.sh --create`` invocation."""
    options: dict[str, str] = {}
    configs: set[str] = set()
    i = 0
    while i < len(args):
        arg = args[i]
        if arg in {"--create", "--if-not-exists"}:
            i += 1
            continue
        value = args[i + 1]
        if arg == "--config":
            configs.add(value)
        else:
            options[arg] = value
        i += 2
    rf = options.get("--replication-factor")
    return Created(
        options["--topic"], int(options["--partitions"]), int(rf) if rf else None, frozenset(configs)
    )


def test_script_lists_every_topic_with_its_partitions_and_policy() -> None:
    found = set()
    for line in CREATE_LINE.findall(SCRIPT.read_text(encoding="utf-8")):
        words = shlex.split(line)
        name, partitions, extra = words[0], int(words[1]), words[2:]
        configs = {extra[i + 1] for i, w in enumerate(extra) if w == "--config"}
        found.add(Created(name, partitions, 1, frozenset(configs)))
    assert found == expected()


def test_script_is_valid_bash() -> None:
    result = subprocess.run(["bash", "-n", str(SCRIPT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture
def fake_kafka_bin(tmp_path: Path) -> Path:
    """A stand-in for /opt/kafka/bin whose kafka-topics.sh records its arguments, one call per line."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    tool = bin_dir / "kafka-topics.sh"
    tool.write_text(
        '#!/usr/bin/env bash\nprintf "%s\\x1f" "$@" >> "$CALLS_FILE"\necho >> "$CALLS_FILE"\n'
        'exit "${FAKE_EXIT:-0}"\n',
        encoding="utf-8",
    )
    tool.chmod(0o755)
    return bin_dir


def run_script(fake_kafka_bin: Path, **env: str) -> tuple[subprocess.CompletedProcess[str], list[list[str]]]:
    calls_file = fake_kafka_bin / "calls"
    assert shutil.which("bash")
    result = subprocess.run(
        ["bash", str(SCRIPT)],
        env={
            "PATH": os.environ.get("PATH", ""),
            "KAFKA_BIN": str(fake_kafka_bin),
            "CALLS_FILE": str(calls_file),
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    lines = calls_file.read_text(encoding="utf-8").splitlines() if calls_file.exists() else []
    return result, [line.split("\x1f")[:-1] for line in lines]


def test_running_the_script_creates_the_topics_idempotently(fake_kafka_bin: Path) -> None:
    result, calls = run_script(fake_kafka_bin, KAFKA_BOOTSTRAP="broker.test:9092")
    assert result.returncode == 0, result.stderr
    creates = [c for c in calls if "--create" in c]
    for call in creates:
        assert "--if-not-exists" in call
        assert call[call.index("--bootstrap-server") + 1] == "broker.test:9092"
    assert {parse_create_call(c) for c in creates} == expected()
    assert len(creates) == len(TOPICS)


def test_the_script_stops_at_the_first_failure(fake_kafka_bin: Path) -> None:
    result, calls = run_script(fake_kafka_bin, FAKE_EXIT="1")
    assert result.returncode != 0
    assert len(calls) == 1
