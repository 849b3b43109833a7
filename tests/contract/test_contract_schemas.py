"""The JSON Schemas in schemas/ match the models, and every topic has a schema and a valid example."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from vigie.topics import TOPICS, TopicSpec
from vigie_cli.schemas_cmd import render, schema_path

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.name)
def test_committed_schema_matches_model(topic: TopicSpec) -> None:
    path = schema_path(SCHEMAS, topic)
    assert path.exists(), f"{path} missing: run `vigie schemas`"
    assert path.read_text(encoding="utf-8") == render(topic), f"{path} drifted: run `vigie schemas`"


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.name)
def test_example_validates_against_schema_and_model(topic: TopicSpec) -> None:
    example = json.loads((SCHEMAS / "examples" / f"{topic.name}.json").read_text(encoding="utf-8"))
    schema = json.loads(schema_path(SCHEMAS, topic).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(example, schema)
    message = topic.model.model_validate(example)
    assert json.loads(message.model_dump_json()) == example


def test_every_schema_file_belongs_to_a_topic() -> None:
    names = {f"{t.name}.schema.json" for t in TOPICS}
    assert {p.name for p in SCHEMAS.glob("*.schema.json")} == names
    assert {p.name for p in (SCHEMAS / "examples").glob("*.json")} == {f"{t.name}.json" for t in TOPICS}


def test_schema_rejects_a_message_without_schema_version_or_id() -> None:
    schema = json.loads(schema_path(SCHEMAS, TOPICS[0]).read_text(encoding="utf-8"))
    example = json.loads((SCHEMAS / "examples" / f"{TOPICS[0].name}.json").read_text(encoding="utf-8"))
    example["schema_version"] = 2
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(example, schema)
    del example["schema_version"]
    example.pop("article_id")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(example, schema)


def test_evidence_offsets_in_examples_point_at_the_text() -> None:
    article = json.loads((SCHEMAS / "examples" / "vigie.articles.v1.json").read_text(encoding="utf-8"))
    signal = json.loads((SCHEMAS / "examples" / "vigie.signals.v1.json").read_text(encoding="utf-8"))
    full = article["title"] + "\n\n" + article["text"]
    for event in signal["events"]:
        ev = event["evidence"]
        assert full[ev["start"] : ev["end"]] == ev["sentence"]
        assert full[ev["trigger_start"] : ev["trigger_end"]] == ev["trigger"]
