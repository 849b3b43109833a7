"""`vigie schemas`: write (or check) the JSON Schema of every topic's message, generated from the models."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from vigie.topics import TOPICS, TopicSpec


def schema_document(topic: TopicSpec) -> dict[str, Any]:
    """The JSON Schema of a topic's message model, with the topic and key recorded."""
    schema = topic.model.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://vigie.dev/schemas/{topic.name}.schema.json",
        "x-topic": topic.name,
        "x-key": topic.key,
        "x-partitions": topic.partitions,
        "x-compacted": topic.compacted,
        **schema,
    }


def render(topic: TopicSpec) -> str:
    return json.dumps(schema_document(topic), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema_path(out: Path, topic: TopicSpec) -> Path:
    return out / f"{topic.name}.schema.json"


def command(args: argparse.Namespace) -> int:
    out = Path(args.out)
    stale: list[str] = []
    for topic in TOPICS:
        path = schema_path(out, topic)
        text = render(topic)
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(str(path))
        else:
            out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(path)
    if stale:
        print("out of date (run `vigie schemas`): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0
