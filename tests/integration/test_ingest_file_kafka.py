"""``vigie ingest --file`` against a real broker: articles and dead letters read back, restarts dedup."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from ingest_readback import read_back

from vigie.broker import free_port
from vigie.contracts import Article, DeadLetter
from vigie.topics import ARTICLES, DEADLETTER
from vigie_ingest.service import ingest_file
from vigie_ingest.settings import IngestSettings

pytestmark = pytest.mark.integration


def lines_for(tag: str) -> list[bytes]:
    good = [
        {
            "id": f"{tag}-1",
            "url": f"https://ex.org/{tag}/1",
            "title": "Port reopens",
            "text": "The port reopened.",
            "lang": "en",
        },
        {
            "url": f"https://ex.org/{tag}/2?utm_source=feed",
            "title": "Pont",
            "text": "Le pont de la ville a rouvert lundi matin après trois mois de travaux, selon la mairie.",
        },
    ]
    out = [json.dumps(item).encode() for item in good]
    out.append(b'{"url": "https://ex.org/broken", ')
    out.append(json.dumps({"id": f"{tag}-4", "text": "no url"}).encode())
    return [ln + b"\n" for ln in out]


def run_cli(
    args: list[str], env: dict[str, str], cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vigie_ingest", *args],
        env=env,
        cwd=cwd,
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def cli_env(bootstrap: str, state_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    env |= {
        "VIGIE_KAFKA_BOOTSTRAP": bootstrap,
        "VIGIE_INGEST_STATE_DIR": str(state_dir),
        "VIGIE_LOG_LEVEL": "WARNING",
    }
    return env


async def test_file_articles_and_dead_letters_reach_the_broker(kafka_bootstrap: str, tmp_path: Path) -> None:
    tag = uuid.uuid4().hex[:10]
    source = f"{tag}.jsonl"
    settings = IngestSettings(kafka_bootstrap=kafka_bootstrap, state_dir=tmp_path / "state")
    summary = await ingest_file(settings, lines_for(tag), source)
    assert (summary.accepted, summary.duplicates, summary.rejected) == (2, 0, 2)
    assert summary.article_ids[0] == f"{tag}-1"

    ids = set(summary.article_ids)
    records = await read_back(
        kafka_bootstrap, ARTICLES, lambda r: Article.model_validate_json(r.value).article_id in ids, 2
    )
    articles = {
        Article.model_validate_json(r.value).article_id: (r, Article.model_validate_json(r.value))
        for r in records
    }
    assert set(articles) == ids
    for record, article in articles.values():
        assert record.key == article.content_hash.encode()
        assert article.origin == "file"
    second = articles[summary.article_ids[1]][1]
    assert second.url == f"https://ex.org/{tag}/2"
    assert (second.lang, second.lang_detected) == ("fr", True)

    letters = await read_back(
        kafka_bootstrap,
        DEADLETTER,
        lambda r: DeadLetter.model_validate_json(r.value).source_file == source,
        2,
    )
    by_line = {d.line: d for d in (DeadLetter.model_validate_json(r.value) for r in letters)}
    assert sorted(by_line) == [3, 4]
    assert base64.b64decode(by_line[3].original_b64) == b'{"url": "https://ex.org/broken", '
    assert "malformed JSON" in by_line[3].reason and by_line[3].stage == "decode"
    assert base64.b64decode(by_line[4].original_b64) == lines_for(tag)[3].rstrip(b"\n")
    assert "url: Field required" in by_line[4].reason and by_line[4].stage == "validate"
    assert all(r.key == b"ingest" for r in letters)


def test_cli_restart_with_the_same_state_dir_finds_only_duplicates(
    kafka_bootstrap: str, tmp_path: Path
) -> None:
    tag = uuid.uuid4().hex[:10]
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b"".join(lines_for(tag)))
    env = cli_env(kafka_bootstrap, tmp_path / "state")

    first = run_cli(["--file", str(path)], env, tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    summary = json.loads(first.stdout.decode().strip().splitlines()[-1])
    assert summary == {"accepted": 2, "duplicates": 0, "rejected": 2, "article_ids": summary["article_ids"]}
    assert len(summary["article_ids"]) == 2

    again = run_cli(["--file", "-"], env, tmp_path, stdin=path.read_bytes())
    assert again.returncode == 0, again.stderr.decode()
    assert json.loads(again.stdout.decode().strip().splitlines()[-1]) == {
        "accepted": 0,
        "duplicates": 2,
        "rejected": 2,
        "article_ids": [],
    }


def test_cli_exits_non_zero_when_the_broker_is_unreachable(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(b"".join(lines_for("nobroker")))
    env = cli_env(f"127.0.0.1:{free_port()}", tmp_path / "state") | {"VIGIE_INGEST_BROKER_WAIT_S": "0"}
    done = run_cli(["--file", str(path)], env, tmp_path)
    assert done.returncode == 1
    assert b"broker unreachable" in done.stderr
    assert not any(b'"accepted"' in ln for ln in done.stdout.splitlines())
