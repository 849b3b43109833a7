"""Category confusions of `vigie eval`: a missed gold event paired with a spurious prediction of another
category in the same item, counted per (gold, predicted) pair, in the table and in the JSON."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from vigie_cli.eval_cmd import render, render_confusions
from vigie_extractor.evaluation import (
    GoldEvent,
    LabelledItem,
    PredictedEvent,
    Scores,
    confusions,
    evaluate,
    score,
)

SHELLING = GoldEvent(category="shelling", plover="FIGHT", place="Kherson", place_country="UKR")
CLASH = GoldEvent(category="clash", plover="FIGHT", place="Goma", place_country="COD")
AID = GoldEvent(category="military_aid", plover="AID", source_country="DEU", target_country="UKR")


def _item(item_id: str, events: list[GoldEvent]) -> LabelledItem:
    return LabelledItem.model_validate(
        {
            "id": item_id,
            "lang": "en",
            "published": datetime(2026, 11, 18, tzinfo=UTC),
            "title": "t",
            "text": "x",
            "gold": {"events": [e.model_dump() for e in events], "negative": not events},
        }
    )


def test_missed_gold_pairs_with_spurious_prediction_of_another_category() -> None:
    pairs = confusions([SHELLING], [PredictedEvent(category="airstrike", place_name="Kherson")])
    assert pairs == [("shelling", "airstrike")]


def test_each_spurious_prediction_is_paired_once_and_the_agreeing_one_first() -> None:
    spurious = [
        PredictedEvent(category="assault", place_name="Kherson"),
        PredictedEvent(category="airstrike", place_name="Goma", place_country="COD"),
    ]
    assert confusions([CLASH, SHELLING], spurious) == [("clash", "airstrike"), ("shelling", "assault")]
    assert confusions([CLASH, SHELLING], spurious[:1]) == [("clash", "assault")]


def test_nothing_to_pair_gives_no_confusion() -> None:
    assert confusions([SHELLING], []) == []
    assert confusions([], [PredictedEvent(category="clash")]) == []


def test_score_counts_pairs_over_items_and_ignores_matched_and_unalertable_events() -> None:
    items = [_item("a", [SHELLING]), _item("b", [SHELLING, AID]), _item("c", [CLASH])]
    predictions = {
        "a": [PredictedEvent(category="airstrike")],
        "b": [
            PredictedEvent(category="airstrike"),
            PredictedEvent(category="threat", factuality="future"),  # not alertable: never paired
        ],
        "c": [PredictedEvent(category="clash"), PredictedEvent(category="assault")],  # clash matched
    }
    scores = score(items, predictions)
    assert scores.top_confusions() == [("shelling", "airstrike", 2)]
    assert scores.per_category["military_aid"].fn == 1
    assert scores.as_dict()["confusions"] == [{"gold": "shelling", "predicted": "airstrike", "count": 2}]


def test_top_confusions_rank_by_count_then_name() -> None:
    scores = Scores()
    scores.confusion.update([("clash", "assault"), ("airstrike", "shelling"), ("clash", "assault")])
    assert scores.top_confusions(1) == [("clash", "assault", 2)]
    assert scores.top_confusions() == [("clash", "assault", 2), ("airstrike", "shelling", 1)]


def test_table_and_json_show_the_confusions() -> None:
    report = evaluate([_item("a", [SHELLING])], lambda item: [PredictedEvent(category="missile_strike")])
    text = render(report)
    section = text.split("== category confusions")[1]
    assert "shelling -> missile_strike" in section
    assert section.rstrip().endswith("1")
    data = json.loads(report.to_json())
    assert data["overall"]["confusions"] == [{"gold": "shelling", "predicted": "missile_strike", "count": 1}]
    assert data["languages"]["en"]["confusions"] == data["overall"]["confusions"]
    assert render_confusions(Scores())[-1] == "  none"
