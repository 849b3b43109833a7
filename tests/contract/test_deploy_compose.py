"""docker-compose.yml boots on the first try: Compose Specification, KRaft Kafka, ordered start-up."""

from __future__ import annotations

import base64
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO / "docker-compose.yml"
VIGIE_SERVICES = {"ingest": 8081, "extractor": 8082, "alerting": 8083}
# Where each service keeps its state, and the variable that says so.
STATE_DIRS = {
    "ingest": "VIGIE_INGEST_STATE_DIR",
    "extractor": "VIGIE_EXTRACTOR_DATA_DIR",
    "alerting": "VIGIE_ALERTING_STATE_DIR",
}
HOST_VARS = {
    "ingest": ("VIGIE_INGEST_HTTP_HOST", "VIGIE_INGEST_HTTP_PORT"),
    "extractor": ("VIGIE_EXTRACTOR_WEB_HOST", "VIGIE_EXTRACTOR_WEB_PORT"),
    "alerting": ("VIGIE_ALERTING_HTTP_HOST", "VIGIE_ALERTING_HTTP_PORT"),
}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def service(compose: dict[str, Any], name: str) -> dict[str, Any]:
    services = compose["services"]
    assert name in services, f"service {name!r} missing from docker-compose.yml"
    svc = services[name]
    assert isinstance(svc, dict)
    return svc


def environment(svc: dict[str, Any]) -> dict[str, str]:
    """The service's environment as a mapping, whichever of the two Compose forms it uses."""
    env = svc.get("environment", {})
    if isinstance(env, list):
        return dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


def published_ports(svc: dict[str, Any]) -> dict[int, str]:
    """Container port -> host side ("127.0.0.1:8081") of each short-syntax port mapping."""
    result: dict[int, str] = {}
    for mapping in svc.get("ports", []):
        host, _, container = str(mapping).rpartition(":")
        result[int(container.split("/")[0])] = host
    return result


def test_compose_specification_only(compose: dict[str, Any]) -> None:
    assert "version" not in compose
    for name, svc in compose["services"].items():
        assert "links" not in svc, name
        text = yaml.safe_dump(svc)
        assert not re.search(r"\bnc\b|netcat|wait-for", text), f"{name} uses a wait loop"


def test_kafka_is_a_single_kraft_node_with_a_healthcheck(compose: dict[str, Any]) -> None:
    kafka = service(compose, "kafka")
    assert kafka["image"].startswith("apache/kafka:")
    env = environment(kafka)
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"] == f"{env['KAFKA_NODE_ID']}@kafka:9093"
    assert env["KAFKA_AUTO_CREATE_TOPICS_ENABLE"] == "false"
    for key in (
        "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
        "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR",
        "KAFKA_DEFAULT_REPLICATION_FACTOR",
    ):
        assert env[key] == "1", key
    # Kafka refuses a cluster id that is not a base64url-encoded UUID.
    cluster_id = env["CLUSTER_ID"]
    assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16
    assert len(cluster_id) == 22
    health = " ".join(kafka["healthcheck"]["test"])
    assert "/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092" in health


def test_kafka_listeners_serve_the_network_and_the_host(compose: dict[str, Any]) -> None:
    env = environment(service(compose, "kafka"))
    listeners = dict(item.split("://") for item in env["KAFKA_LISTENERS"].split(","))
    advertised = dict(item.split("://") for item in env["KAFKA_ADVERTISED_LISTENERS"].split(","))
    protocols = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    assert set(listeners) == set(protocols)
    assert set(advertised) <= set(listeners)
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] not in advertised
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in advertised
    assert sorted(advertised.values()) == ["kafka:9092", "localhost:9094"]
    # Each advertised port is the port its listener binds; the host one is published.
    for name, address in advertised.items():
        assert listeners[name].rpartition(":")[2] == address.rpartition(":")[2]
    assert 9094 in published_ports(service(compose, "kafka"))


def test_kafka_keeps_its_data_in_a_named_volume(compose: dict[str, Any]) -> None:
    kafka = service(compose, "kafka")
    log_dir = environment(kafka)["KAFKA_LOG_DIRS"]
    mounts = dict(v.split(":")[1::-1] for v in kafka["volumes"])
    assert mounts[log_dir] in compose["volumes"]


def test_kafka_init_waits_for_a_healthy_broker(compose: dict[str, Any]) -> None:
    init = service(compose, "kafka-init")
    assert init["image"] == service(compose, "kafka")["image"]
    assert init["depends_on"] == {"kafka": {"condition": "service_healthy"}}
    assert init.get("restart", "no") == "no"
    script = " ".join(init["entrypoint"])
    assert "create-topics.sh" in script
    sources = [v.split(":")[0] for v in init["volumes"]]
    assert "./deploy/kafka/create-topics.sh" in sources


@pytest.mark.parametrize("name", sorted(VIGIE_SERVICES))
def test_vigie_service_is_built_here_and_waits_for_topics(compose: dict[str, Any], name: str) -> None:
    svc = service(compose, name)
    assert svc["build"]["context"] == "."
    assert svc["build"]["dockerfile"] == "deploy/Dockerfile"
    assert (REPO / svc["build"]["context"] / svc["build"]["dockerfile"]).is_file()
    assert svc["depends_on"] == {"kafka-init": {"condition": "service_completed_successfully"}}
    assert svc["command"] == [name]
    assert svc["restart"] == "unless-stopped"
    assert environment(svc)["VIGIE_KAFKA_BOOTSTRAP"] == "kafka:9092"


@pytest.mark.parametrize("name", sorted(VIGIE_SERVICES))
def test_vigie_service_binds_all_interfaces_on_its_published_port(compose: dict[str, Any], name: str) -> None:
    svc = service(compose, name)
    env = environment(svc)
    host_var, port_var = HOST_VARS[name]
    assert env[host_var] == "0.0.0.0"
    port = VIGIE_SERVICES[name]
    assert env[port_var] == str(port)
    assert port in published_ports(svc)


@pytest.mark.parametrize("name", sorted(VIGIE_SERVICES))
def test_vigie_service_state_lives_in_a_named_volume(compose: dict[str, Any], name: str) -> None:
    svc = service(compose, name)
    state_dir = environment(svc)[STATE_DIRS[name]]
    mounts = {target: source for source, target in (v.split(":")[:2] for v in svc["volumes"])}
    assert state_dir in mounts, f"{name}: {state_dir} is not a mount point"
    assert mounts[state_dir] in compose["volumes"]
    # The image creates this directory for its non-root user (see deploy/Dockerfile).
    assert state_dir in (REPO / "deploy" / "Dockerfile").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(VIGIE_SERVICES))
def test_vigie_service_healthcheck_probes_livez_with_python(compose: dict[str, Any], name: str) -> None:
    test = service(compose, name)["healthcheck"]["test"]
    assert test[:3] == ["CMD", "python", "-c"]
    assert f"'http://127.0.0.1:{VIGIE_SERVICES[name]}/livez'" in test[3]


def test_every_named_volume_is_declared_and_every_bind_source_exists(compose: dict[str, Any]) -> None:
    declared = set(compose.get("volumes") or {})
    used: set[str] = set()
    for name, svc in compose["services"].items():
        for volume in svc.get("volumes", []):
            source = str(volume).split(":")[0]
            if source.startswith((".", "/")):
                assert (REPO / source).exists(), f"{name}: bind source {source} does not exist"
            else:
                assert source in declared, f"{name}: volume {source} is not declared"
                used.add(source)
    assert used == declared, f"declared but unused: {declared - used}"


def test_prometheus_scrapes_each_service_on_its_container_port(compose: dict[str, Any]) -> None:
    config = yaml.safe_load((REPO / "deploy/prometheus/prometheus.yml").read_text(encoding="utf-8"))
    targets = {
        job["job_name"]: [t for sc in job["static_configs"] for t in sc["targets"]]
        for job in config["scrape_configs"]
    }
    for name, port in VIGIE_SERVICES.items():
        assert targets[name] == [f"{name}:{port}"]
        assert port in published_ports(service(compose, name))


def test_monitoring_mounts_point_at_deploy_files(compose: dict[str, Any]) -> None:
    prometheus = service(compose, "prometheus")
    assert prometheus["image"].startswith("prom/prometheus:")
    assert "./deploy/prometheus:/etc/prometheus:ro" in prometheus["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prometheus["command"]
    grafana = service(compose, "grafana")
    assert grafana["image"].startswith("grafana/grafana:")
    mounts = {v.split(":")[0]: v.split(":")[1] for v in grafana["volumes"]}
    assert mounts["./deploy/grafana/provisioning"] == "/etc/grafana/provisioning"
    provider = yaml.safe_load(
        (REPO / "deploy/grafana/provisioning/dashboards/vigie.yml").read_text(encoding="utf-8")
    )
    assert provider["providers"][0]["options"]["path"] == mounts["./deploy/grafana/dashboards"]


def compose_command() -> list[str]:
    """The Compose CLI: the `docker compose` plugin when present, else the standalone docker-compose."""
    if shutil.which("docker"):
        probe = subprocess.run(["docker", "compose", "version"], capture_output=True, check=False)
        if probe.returncode == 0:
            return ["docker", "compose"]
    standalone = shutil.which("docker-compose")
    assert standalone, (
        "no Compose CLI: install the docker compose plugin or Debian's docker-compose "
        "(apt-get install -y docker-compose)"
    )
    return [standalone]


@pytest.mark.parametrize("env_file", [None, ".env.example"])
def test_compose_cli_accepts_the_file(env_file: str | None) -> None:
    """`config --quiet` validates against the Compose schema and resolves volumes; no daemon needed.
    With ``--env-file .env.example``: compose reads that file as it would read a copied ``.env``."""
    options = ["--env-file", str(REPO / env_file)] if env_file else []
    result = subprocess.run(
        [*compose_command(), *options, "-f", str(COMPOSE_FILE), "config", "--quiet"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
