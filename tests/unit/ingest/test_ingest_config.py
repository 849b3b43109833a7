"""Settings and the feeds config file: defaults, environment, and validation with reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from vigie.errors import InputError
from vigie_ingest.feeds_config import load_feeds
from vigie_ingest.settings import IngestSettings
from vigie_ingest.tracking import load_tracking_params


def test_settings_defaults_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = IngestSettings()
    assert (defaults.http_host, defaults.http_port, defaults.max_body_bytes) == (
        "127.0.0.1",
        8081,
        5 * 1024 * 1024,
    )
    assert defaults.state_dir == Path("var/ingest")
    monkeypatch.setenv("VIGIE_INGEST_HTTP_PORT", "9100")
    monkeypatch.setenv("VIGIE_INGEST_FEEDS_FILE", "/etc/vigie/feeds.yaml")
    monkeypatch.setenv("VIGIE_KAFKA_BOOTSTRAP", "kafka:9092")
    settings = IngestSettings()
    assert settings.http_port == 9100
    assert settings.feeds_file == Path("/etc/vigie/feeds.yaml")
    assert settings.kafka_bootstrap == "kafka:9092"
    with pytest.raises(ValueError, match="frozen"):
        settings.http_port = 1  # type: ignore[misc]


def test_feeds_file_is_loaded(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n"
        "  - name: wire-world\n    url: https://feeds.example.org/world.xml\n    interval_s: 60\n"
        "    lang: fr\n    source: Le Fil\n"
        "  - name: other\n    url: http://127.0.0.1:8000/other.atom\n",
        encoding="utf-8",
    )
    feeds = load_feeds(path)
    assert [f.name for f in feeds] == ["wire-world", "other"]
    assert (feeds[0].interval_s, feeds[0].lang, feeds[0].source) == (60, "fr", "Le Fil")
    assert feeds[1].interval_s is None and feeds[1].lang is None


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("feeds:\n  - name: a\n    url: ftp://x.org/f\n", "http"),
        ("feeds:\n  - name: a\n    url: https://x.org/f\n    interval_s: 0\n", "interval_s"),
        ("feeds:\n  - name: a\n    url: https://x.org/f\n  - name: a\n    url: https://y.org/f\n", "unique"),
        ("feeds:\n  - url: https://x.org/f\n", "name"),
        ("feeds:\n  - name: a\n    url: https://x.org/f\n    colour: red\n", "colour"),
        ("feeds: [unclosed\n", "cannot read"),
        ("- just a list\n", "invalid feeds file"),
    ],
)
def test_invalid_feeds_files_are_refused_with_a_reason(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        load_feeds(path)


def test_tracking_list_is_valid_and_a_bad_one_is_refused(tmp_path: Path) -> None:
    bundled = load_tracking_params()
    assert {"fbclid", "gclid", "mc_cid", "mc_eid", "ref", "igshid"} <= bundled.names
    assert bundled.is_tracking("utm_content")
    bad = tmp_path / "tracking.yaml"
    bad.write_text("version: 1\nprefixes: [utm_]\nnames: ['a=b']\n", encoding="utf-8")
    with pytest.raises(ValueError, match="containing"):
        load_tracking_params(bad)
