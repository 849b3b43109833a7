"""Load and validate the ISO 639-1 code list (``data/iso639_1.yaml``) used to accept declared languages."""

from __future__ import annotations

from importlib import resources

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator


class _CodesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=1, le=1)
    codes: list[list[str]] = Field(min_length=1)

    @field_validator("codes")
    @classmethod
    def _two_letters(cls, rows: list[list[str]]) -> list[list[str]]:
        bad = [c for row in rows for c in row if len(c) != 2 or not c.isascii() or not c.islower()]
        if bad:
            raise ValueError(f"not ISO 639-1 codes: {bad[:5]}")
        return rows


def load_language_codes() -> frozenset[str]:
    """Every ISO 639-1 code (two lower-case letters) from the bundled list.

    >>> {"fr", "ar", "ru"} <= load_language_codes()
    True
    """
    text = resources.files("vigie_ingest").joinpath("data/iso639_1.yaml").read_text("utf-8")
    parsed = _CodesFile.model_validate(yaml.safe_load(text))
    return frozenset(c for row in parsed.codes for c in row)
