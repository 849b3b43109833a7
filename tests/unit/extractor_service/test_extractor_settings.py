"""Extractor settings from the environment, and the Faust configuration derived from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from extractor_doubles import RecordingSink, ScriptedExtractor

from vigie.topics import ARTICLES, spec
from vigie_extractor.app import create_app, faust_settings
from vigie_extractor.settings import ExtractorSettings


def test_defaults_match_the_documented_ports_and_broker_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("VIGIE_KAFKA_BOOTSTRAP", "VIGIE_EXTRACTOR_WEB_PORT", "VIGIE_EXTRACTOR_GROUP_ID"):
        monkeypatch.delenv(name, raising=False)
    s = ExtractorSettings()
    assert (s.web_host, s.web_port, s.group_id) == ("127.0.0.1", 8082, "vigie-extractor")
    assert s.data_dir == Path("var/extractor")
    assert (s.broker_session_timeout, s.broker_heartbeat_interval) == (10.0, 1.0)
    assert (s.processing_guarantee, s.producer_acks) == ("at_least_once", -1)


def test_environment_uses_the_service_prefix_and_the_shared_kafka_variable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("VIGIE_KAFKA_BOOTSTRAP", "k1:9092,k2:9093")
    monkeypatch.setenv("VIGIE_LOG_LEVEL", "debug")
    monkeypatch.setenv("VIGIE_EXTRACTOR_WEB_PORT", "9182")
    monkeypatch.setenv("VIGIE_EXTRACTOR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("VIGIE_EXTRACTOR_GROUP_ID", "vigie-extractor-run7")
    s = ExtractorSettings()
    assert (s.kafka_bootstrap, s.log_level, s.web_port) == ("k1:9092,k2:9093", "debug", 9182)
    assert (s.data_dir, s.group_id) == (tmp_path, "vigie-extractor-run7")
    with pytest.raises(ValueError, match="frozen"):
        s.web_port = 1  # type: ignore[misc]


def test_faust_never_declares_topics_and_binds_only_the_configured_interface(tmp_path: Path) -> None:
    s = ExtractorSettings(kafka_bootstrap="k1:9092, k2:9093", web_port=9182, data_dir=tmp_path)
    conf = faust_settings(s)
    assert conf["broker"] == ["kafka://k1:9092", "kafka://k2:9093"]
    assert (conf["web_bind"], conf["web_port"]) == ("127.0.0.1", 9182)
    assert conf["topic_allow_declare"] is False and conf["topic_disable_leader"] is True
    assert conf["topic_partitions"] == spec(ARTICLES).partitions
    assert (conf["processing_guarantee"], conf["producer_acks"]) == ("at_least_once", -1)
    assert (conf["broker_session_timeout"], conf["broker_heartbeat_interval"]) == (10.0, 1.0)
    assert conf["stream_publish_on_commit"] is False
    assert conf["datadir"] == str(tmp_path)


async def test_faust_ignores_its_own_environment_variables(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("WEB_PORT", "6066")
    monkeypatch.setenv("WEB_BIND", "0.0.0.0")
    monkeypatch.setenv("BROKER_URL", "kafka://elsewhere:9092")
    s = ExtractorSettings(kafka_bootstrap="k1:9092", web_port=9182, data_dir=tmp_path)
    app = create_app(s, extractor=ScriptedExtractor(), sink=RecordingSink())
    assert (app.conf.web_bind, app.conf.web_port) == ("127.0.0.1", 9182)
    assert [str(u) for u in app.conf.broker] == ["kafka://k1:9092"]
