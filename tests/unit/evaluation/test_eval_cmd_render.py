"""`vigie eval` output: the readable table and the JSON object built from a Report."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from vigie_cli.eval_cmd import render
from vigie_extractor.evaluation import LabelledItem, PredictedEvent, evaluate


def _items() -> list[LabelledItem]:
    pub = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)
    gold_call = {
        "category": "phone_call",
        "plover": "CONSULT",
        "source_country": "FRA",
        "source_role": "GOV",
        "target_country": "DZA",
        "target_role": "GOV",
        "date": "2026-11-03",
    }
    rows = [
        {"id": "x-1", "lang": "fr", "title": "Appel", "text": "Texte.",
         "gold": {"events": [gold_call], "negative": False, "trap": None}},
        {"id": "x-2", "lang": "de", "title": "Derby", "text": "Text.",
         "gold": {"events": [], "negative": True, "trap": "sport"}},
    ]  # fmt: skip
    return [LabelledItem.model_validate({**row, "published": pub}) for row in rows]


def _extract(item: LabelledItem) -> list[PredictedEvent]:
    if item.id == "x-1":
        return [PredictedEvent(category="phone_call", source_country="FRA", date=date(2026, 11, 3))]
    return [PredictedEvent(category="offensive")]


def test_table_shows_each_language_and_the_overall_figures() -> None:
    report = evaluate(_items(), _extract)
    report.extractor_version = "test-1"
    text = render(report)
    assert text.startswith("vigie eval - extractor test-1")
    assert "== de: 1 items, 0 gold / 1 predicted alertable events" in text
    assert "== fr: 1 items, 1 gold / 1 predicted alertable events" in text
    assert "== overall: 2 items, 1 gold / 2 predicted alertable events" in text
    overall = text.split("== overall")[1]
    assert "false alarms           100.0%   (1/1 negative items with an alertable event)" in overall
    assert "phone_call             P 100.0%  R 100.0%  F1 100.0%   (tp 1, fp 0, fn 0)" in overall
    assert "target country         P    -    R   0.0%  F1   0.0%   (tp 0, fp 0, fn 1)" in overall
    traps = text.split("== traps")[1]
    assert "sport                    0.0%   (0/1)" in traps  # the derby item raised an offensive


def test_json_report_round_trips_with_every_section() -> None:
    data = json.loads(evaluate(_items(), _extract).to_json())
    assert set(data) == {"extractor_version", "load_seconds", "overall", "languages"}
    assert set(data["languages"]) == {"de", "fr"}
    overall = data["overall"]
    assert overall["macro_f1"] == 1.0
    assert overall["false_alarm_rate"] == 1.0
    assert overall["events"]["precision"] == 0.5
    assert overall["actor_country"]["combined"] == {
        "tp": 1, "fp": 0, "fn": 1, "precision": 1.0, "recall": 0.5, "f1": 2 / 3,
    }  # fmt: skip
    assert overall["date"] == {"correct": 1, "total": 1, "accuracy": 1.0}
    assert overall["speed"]["documents"] == 2
    assert overall["traps"] == {"sport": {"correct": 0, "total": 1, "accuracy": 0.0}}
