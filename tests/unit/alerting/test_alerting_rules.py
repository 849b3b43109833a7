"""The rule file: the bundled one validates and covers every kind; bad files fail with the reason."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from vigie_alerting.core.rules import RulesFileError, default_rules_path, load_rules

REQUIRED_KINDS = {
    "offensive_launched": {"offensive"},
    "city_captured": {"capture"},
    "airstrikes": {"airstrike", "missile_strike", "shelling"},
    "armed_clashes": {"clash"},
    "leader_call": {"phone_call"},
    "visit_or_summit": {"visit", "meeting"},
    "ceasefire": {"ceasefire"},
    "ceasefire_violated": {"ceasefire_violation"},
    "mobilisation": {"mobilisation"},
    "threat_of_force": {"threat"},
    "sanctions": {"sanction"},
    "military_aid": {"military_aid"},
    "mass_protest": {"protest"},
    "appeal": {"appeal"},
}


def test_the_bundled_rules_cover_every_required_kind() -> None:
    book = load_rules()
    assert {r.name: set(r.match.categories) for r in book.rules} == REQUIRED_KINDS


def test_only_threats_alert_on_statements_of_intent() -> None:
    for rule in load_rules().rules:
        allowed = set(rule.match.factualities)
        assert "negated" not in allowed and "historical" not in allowed, rule.name
        if rule.name != "threat_of_force":
            assert allowed == {"asserted", "reported"}, rule.name


def _write(tmp_path: Path, mutate: object) -> Path:
    raw = yaml.safe_load(default_rules_path().read_text(encoding="utf-8"))
    mutate(raw)  # type: ignore[operator]
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        pytest.param(
            lambda r: r["rules"][0].update(severity="urgent"), "rules.0.severity", id="bad-severity"
        ),
        pytest.param(lambda r: r["rules"][1].update(colour="red"), "rules.1.colour", id="unknown-field"),
        pytest.param(
            lambda r: r["rules"][2].update(title="{who} struck"), "unknown title fields", id="bad-title"
        ),
        pytest.param(lambda r: r["rules"].append(r["rules"][0]), "duplicate rule names", id="duplicate"),
        pytest.param(
            lambda r: r["rules"][0]["modifiers"].append({"when": "killed"}),
            "needs 'at_least'",
            id="no-threshold",
        ),
        pytest.param(
            lambda r: r["rules"][0]["match"].update(min_confidence=2), "min_confidence", id="bad-confidence"
        ),
        pytest.param(
            lambda r: r["rules"][0]["match"].update(factualities=["rumoured"]),
            "factualities",
            id="bad-factuality",
        ),
    ],
)
def test_a_bad_rule_file_fails_with_a_clear_message(tmp_path: Path, mutate: object, message: str) -> None:
    path = _write(tmp_path, mutate)
    with pytest.raises(RulesFileError) as info:
        load_rules(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_unreadable_yaml_and_missing_file_fail(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [unclosed", encoding="utf-8")
    with pytest.raises(RulesFileError, match="cannot read"):
        load_rules(bad)
    with pytest.raises(RulesFileError, match="cannot read"):
        load_rules(tmp_path / "missing.yaml")


def test_the_service_refuses_to_start_with_a_bad_rule_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from vigie_alerting.__main__ import command

    path = _write(tmp_path, lambda r: r["rules"][0].update(severity="urgent"))
    monkeypatch.setenv("VIGIE_ALERTING_RULES_FILE", str(path))
    assert command(argparse.Namespace()) == 2
    err = capsys.readouterr().err
    assert "invalid rule file" in err and "rules.0.severity" in err


def test_the_rule_file_is_reloaded_on_restart_and_the_stored_alerts_are_kept(tmp_path: Path) -> None:
    """The service reads its rule file once, at start-up: an edit applies from the next start, to the
    next signals, over the alerts stored before it."""
    from datetime import timedelta

    from alerting_builders import ALEPPO, HOMS, T0, event, signal

    from vigie.contracts import Location, Signal
    from vigie_alerting.core.engine import AlertEngine
    from vigie_alerting.sqlite_store import SqliteAlertStore

    def protest(article_id: str, place: Location) -> Signal:
        ev = event(article_id, "protest", plover="PROTEST", mode="demonstrate", cameo="141", location=place)
        return signal(article_id, [ev], source=f"{article_id}.example")

    store = SqliteAlertStore.open(tmp_path / "state")
    engine = AlertEngine(load_rules())
    outcome = engine.plan(protest("p1", ALEPPO), T0)
    engine.apply(outcome)
    store.save([c.record for c in outcome.changes], article_ids=["p1"])
    store.close()
    assert [(a.kind, a.severity) for a in engine.alerts()] == [("mass_protest", "low")]

    def edit(raw: dict[str, object]) -> None:
        rules = raw["rules"]
        assert isinstance(rules, list)
        (protests,) = [r for r in rules if r["name"] == "mass_protest"]
        protests["severity"] = "high"
        protests["title"] = "Protest{in_place}"

    edited = _write(tmp_path, edit)
    store = SqliteAlertStore.open(tmp_path / "state")
    restarted = AlertEngine(load_rules(edited), records=store.load_records(), processed=store.processed_ids())
    assert [(a.kind, a.severity) for a in restarted.alerts()] == [("mass_protest", "low")]  # kept as stored
    assert restarted.plan(protest("p1", ALEPPO), T0).duplicate
    (change,) = restarted.plan(protest("p2", HOMS), T0 + timedelta(hours=1)).changes
    assert (change.kind, change.alert.severity, change.alert.title) == ("created", "high", "Protest in Homs")
    store.close()
