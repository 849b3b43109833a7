"""The signal's ``genre`` field: schema and model agree on its values, each value is documented, and
a v1 signal written before the field existed is still valid and read as news."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import jsonschema
import pytest
from pydantic import ValidationError

from vigie.contracts import GENRES, Genre, Signal
from vigie.topics import SIGNALS

SCHEMAS = Path(__file__).resolve().parents[2] / "schemas"


def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((SCHEMAS / f"{SIGNALS}.schema.json").read_text(encoding="utf-8"))
    return loaded


def example() -> dict[str, Any]:
    path = SCHEMAS / "examples" / f"{SIGNALS}.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def test_schema_and_model_name_the_same_genres_each_with_its_meaning() -> None:
    field = schema()["properties"]["genre"]
    documented = {choice["const"]: choice["description"] for choice in field["oneOf"]}
    assert list(documented) == list(get_args(Genre)) == list(GENRES)
    assert all(meaning.strip() for meaning in documented.values())
    assert field["default"] == "news" and "genre" not in schema()["required"]
    assert "without it" in field["description"]  # the compatibility rule is stated where readers look


def test_a_signal_without_genre_is_still_valid_and_read_as_news() -> None:
    old = example()
    del old["genre"]
    jsonschema.validate(old, schema())
    signal = Signal.model_validate(old)
    assert signal.genre == "news"
    assert Signal.model_validate_json(json.dumps(old)).genre == "news"


@pytest.mark.parametrize("genre", list(GENRES))
def test_every_genre_round_trips_through_schema_and_model(genre: str) -> None:
    message = {**example(), "genre": genre}
    jsonschema.validate(message, schema())
    assert json.loads(Signal.model_validate(message).model_dump_json())["genre"] == genre


@pytest.mark.parametrize("genre", ["sport", "Opinion", "", None])
def test_a_genre_outside_the_set_is_refused_by_both(genre: object) -> None:
    message = {**example(), "genre": genre}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(message, schema())
    with pytest.raises(ValidationError):
        Signal.model_validate(message)
