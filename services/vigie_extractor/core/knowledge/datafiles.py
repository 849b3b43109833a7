"""Reading the knowledge data files shipped in ``data/``, with errors that name the file."""

from __future__ import annotations

import csv
import io
from datetime import date
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core.knowledge.errors import KnowledgeDataError
from vigie_extractor.core.languages import LANGUAGES

LANGS: tuple[str, ...] = LANGUAGES


def read_text(name: str) -> str:
    """Text of ``data/<name>``."""
    try:
        return resources.files(__package__).joinpath("data").joinpath(name).read_text("utf-8")
    except FileNotFoundError as exc:
        raise KnowledgeDataError(f"{name}: data file not found") from exc


def read_yaml(name: str, text: str | None = None) -> Any:
    """Parsed YAML of ``data/<name>`` (or of ``text`` when given, for tests)."""
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(read_text(name) if text is None else text, Loader=loader)
    except yaml.YAMLError as exc:
        raise KnowledgeDataError(f"{name}: invalid YAML: {exc}") from exc
    except ValueError as exc:  # e.g. a date such as 2020-13-01
        raise KnowledgeDataError(f"{name}: invalid value: {exc}") from exc


def read_table(name: str, delimiter: str, text: str | None = None) -> list[dict[str, str]]:
    """Rows of the CSV/TSV ``data/<name>`` as dicts keyed by the header."""
    reader = csv.DictReader(io.StringIO(read_text(name) if text is None else text), delimiter=delimiter)
    rows = list(reader)
    for number, row in enumerate(rows, start=2):
        if None in row or any(v is None for v in row.values()):
            raise KnowledgeDataError(f"{name}:{number}: wrong number of columns")
    return rows


def as_date(value: Any, where: str) -> date | None:
    """A YAML date (or ISO string, or null) as ``date``; anything else is an error."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise KnowledgeDataError(f"{where}: {value!r} is not a date (YYYY-MM-DD)")


def forms_by_lang(raw: Any, where: str) -> dict[str | None, list[str]]:
    """``{lang|all: [forms]}`` -> ``{lang or None: forms}``, checking language keys."""
    if not isinstance(raw, dict):
        raise KnowledgeDataError(f"{where}: `forms` must be a mapping of language to list")
    out: dict[str | None, list[str]] = {}
    for key, forms in raw.items():
        if key != "all" and key not in LANGS:
            raise KnowledgeDataError(f"{where}: unknown language {key!r}")
        if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
            raise KnowledgeDataError(f"{where}: forms for {key!r} must be a list of non-empty strings")
        out[None if key == "all" else key] = forms
    return out
