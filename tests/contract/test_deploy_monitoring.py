"""Prometheus and Grafana provisioning parse, and every metric they query is one the services export."""

from __future__ import annotations

import ast
import functools
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
PROMETHEUS_CONFIG = DEPLOY / "prometheus" / "prometheus.yml"
DASHBOARDS = sorted((DEPLOY / "grafana" / "dashboards").glob("*.json"))
JOBS = {"ingest", "extractor", "alerting"}
METRIC_CLASSES = {"Counter": ("_total",), "Gauge": ("",), "Histogram": ("_bucket", "_sum", "_count")}
METRIC_CLASSES["Summary"] = ("", "_sum", "_count")
# Labels Prometheus adds itself, or that every histogram has.
BUILTIN_LABELS = {"job", "instance", "le"}
VIGIE_METRIC = re.compile(r"\bvigie_[a-z0-9_]+\b")
SELECTOR = re.compile(r"\b(vigie_[a-z0-9_]+|up)\{([^}]*)\}")
MATCHER = re.compile(r"(\w+)\s*(=~|!~|!=|=)\s*\"([^\"]*)\"")
GROUPING = re.compile(r"\b(?:by|without)\s*\(([^)]*)\)")


@dataclass(frozen=True)
class MetricDef:
    """A metric defined with prometheus_client in the services' code."""

    name: str
    kind: str
    labels: frozenset[str]
    package: str

    def exposed(self) -> set[str]:
        base = self.name.removesuffix("_total") if self.kind == "Counter" else self.name
        return {base + suffix for suffix in METRIC_CLASSES[self.kind]}


def _str_list(node: ast.expr | None) -> frozenset[str]:
    if isinstance(node, ast.List | ast.Tuple):
        return frozenset(
            e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
        )
    return frozenset()


def _called_name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


@functools.cache
def metric_definitions() -> tuple[MetricDef, ...]:
    """Every ``Counter/Gauge/Histogram/Summary("vigie_...", ...)`` call in services/."""
    found = []
    for path in sorted((REPO / "services").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            kind = _called_name(node.func)
            if kind not in METRIC_CLASSES:
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            name_node = node.args[0] if node.args else keywords.get("name")
            if not (isinstance(name_node, ast.Constant) and str(name_node.value).startswith("vigie_")):
                continue
            labels_node = node.args[2] if len(node.args) > 2 else keywords.get("labelnames")
            package = path.relative_to(REPO / "services").parts[0]
            found.append(MetricDef(str(name_node.value), kind, _str_list(labels_node), package))
    return tuple(found)


def exported() -> dict[str, MetricDef]:
    return {name: d for d in metric_definitions() for name in d.exposed()}


def dashboard_panels(dashboard: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for panel in dashboard["panels"]:
        yield panel
        yield from panel.get("panels", [])


def dashboard_queries() -> list[tuple[str, str]]:
    """(panel title, PromQL) of every target of every provisioned dashboard."""
    queries = []
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text(encoding="utf-8"))
        for panel in dashboard_panels(dashboard):
            queries.extend((panel["title"], t["expr"]) for t in panel.get("targets", []))
    return queries


def rule_queries() -> list[tuple[str, str]]:
    queries = []
    for path in sorted((DEPLOY / "prometheus" / "rules").glob("*.yml")):
        for group in yaml.safe_load(path.read_text(encoding="utf-8"))["groups"]:
            queries.extend((rule.get("alert") or rule["record"], rule["expr"]) for rule in group["rules"])
    return queries


ALL_QUERIES = dashboard_queries() + rule_queries()
QUERY_IDS = [f"{title}#{i}" for i, (title, _expr) in enumerate(ALL_QUERIES)]


def test_prometheus_scrapes_the_three_services_every_15s() -> None:
    config = yaml.safe_load(PROMETHEUS_CONFIG.read_text(encoding="utf-8"))
    assert config["global"]["scrape_interval"] == "15s"
    jobs = {job["job_name"]: job for job in config["scrape_configs"]}
    assert set(jobs) == JOBS
    for job in jobs.values():
        assert job.get("metrics_path", "/metrics") == "/metrics"
        assert job.get("scrape_interval", "15s") == "15s"


def test_grafana_datasource_is_the_one_dashboards_use() -> None:
    provisioning = DEPLOY / "grafana" / "provisioning"
    sources = yaml.safe_load((provisioning / "datasources" / "prometheus.yml").read_text(encoding="utf-8"))
    (source,) = sources["datasources"]
    assert source["type"] == "prometheus"
    assert source["url"] == "http://prometheus:9090"
    assert DASHBOARDS, "no dashboard in deploy/grafana/dashboards"
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text(encoding="utf-8"))
        for panel in dashboard_panels(dashboard):
            if panel["type"] != "row":
                assert panel["datasource"] == {"type": "prometheus", "uid": source["uid"]}, panel["title"]


def test_dashboards_are_well_formed() -> None:
    uids = set()
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text(encoding="utf-8"))
        assert dashboard["uid"] not in uids
        uids.add(dashboard["uid"])
        panels = list(dashboard_panels(dashboard))
        ids = [p["id"] for p in panels]
        assert len(ids) == len(set(ids)), f"{path.name}: duplicate panel ids"
        for panel in panels:
            grid = panel["gridPos"]
            assert grid["x"] + grid["w"] <= 24, panel["title"]
            if panel["type"] != "row":
                assert panel["targets"], panel["title"]
                assert panel.get("description"), f"{panel['title']}: say what the panel shows"
                refs = [t["refId"] for t in panel["targets"]]
                assert len(refs) == len(set(refs)), panel["title"]


def test_the_overview_dashboard_covers_the_pipeline() -> None:
    text = " ".join(expr for _title, expr in dashboard_queries())
    for needed in (
        "vigie_ingest_articles_total",
        "vigie_extractor_articles_total",
        "vigie_alerting_signals_total",
        "vigie_extractor_extract_seconds_bucket",
        "vigie_alerting_ingest_to_alert_seconds_bucket",
        "vigie_alerting_detection_latency_seconds_bucket",
        "vigie_alerting_alerts_total",
        "vigie_extractor_deadletters_total",
    ):
        assert needed in text, needed
    # No panel pretends to show Kafka consumer lag: none is exported.
    titles = " ".join(title.lower() for title, _expr in dashboard_queries())
    assert "proxy" in titles


@pytest.mark.parametrize(("title", "expr"), ALL_QUERIES, ids=QUERY_IDS)
def test_every_queried_metric_is_exported_by_the_code(title: str, expr: str) -> None:
    metrics = exported()
    names = set(VIGIE_METRIC.findall(expr))
    assert names or "up{" in expr, f"{title}: queries no Vigie metric"
    for name in names:
        assert name in metrics, f"{title}: {name} is not exported by any service"
        assert name.startswith(f"{metrics[name].package}_"), f"{name} is defined in {metrics[name].package}"


@pytest.mark.parametrize(("title", "expr"), ALL_QUERIES, ids=QUERY_IDS)
def test_every_queried_label_exists_on_its_metric(title: str, expr: str) -> None:
    metrics = exported()
    in_query = [metrics[n] for n in VIGIE_METRIC.findall(expr) if n in metrics]
    for metric_name, matchers in SELECTOR.findall(expr):
        for label, op, value in MATCHER.findall(matchers):
            if metric_name == "up":
                assert label == "job"
                assert set(value.split("|")) <= JOBS, f"{title}: unknown job in {value}"
                continue
            if metric_name not in metrics:
                continue  # reported by test_every_queried_metric_is_exported_by_the_code
            metric = metrics[metric_name]
            assert label in metric.labels, f"{title}: {metric_name} has no label {label}"
            package = REPO / "services" / metric.package
            sources = " ".join(p.read_text(encoding="utf-8") for p in package.rglob("*.py"))
            for alternative in value.split("|") if op.endswith("~") else [value]:
                assert f'"{alternative}"' in sources, f"{title}: {label}={alternative} never set"
    for grouping in GROUPING.findall(expr):
        for label in filter(None, (g.strip() for g in grouping.split(","))):
            if label not in BUILTIN_LABELS:
                assert any(label in m.labels for m in in_query), f"{title}: no metric has label {label}"


def test_the_metric_finder_sees_the_ingest_metrics() -> None:
    """Guards the checks above against a finder that finds nothing."""
    metrics = exported()
    assert metrics["vigie_ingest_articles_total"].labels == {"outcome", "origin"}
    assert "vigie_ingest_feed_fetch_seconds_bucket" in metrics


def promtool() -> str:
    found = shutil.which("promtool")
    assert found, "promtool is missing: apt-get install -y --no-install-recommends prometheus"
    return found


def test_promtool_accepts_the_prometheus_config() -> None:
    result = subprocess.run(
        [promtool(), "check", "config", str(PROMETHEUS_CONFIG)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_promtool_parses_every_dashboard_query(tmp_path: Path) -> None:
    """Each dashboard query becomes a recording rule so that promtool parses its PromQL."""
    rules = [
        {"record": f"vigie:dashboard_check:{i}", "expr": expr} for i, (_t, expr) in enumerate(ALL_QUERIES)
    ]
    rules_file = tmp_path / "dashboard_queries.yml"
    rules_file.write_text(
        yaml.safe_dump({"groups": [{"name": "dashboards", "rules": rules}]}), encoding="utf-8"
    )
    result = subprocess.run(
        [promtool(), "check", "rules", str(rules_file)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
