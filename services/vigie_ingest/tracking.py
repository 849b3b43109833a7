"""Load and validate the list of tracking query parameters (``data/tracking_params.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator


class _TrackingFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int = Field(ge=1, le=1)
    prefixes: list[str] = Field(min_length=1)
    names: list[str] = Field(min_length=1)

    @field_validator("prefixes", "names")
    @classmethod
    def _clean(cls, values: list[str]) -> list[str]:
        cleaned = [v.strip().lower() for v in values]
        if any(not v or "=" in v or "&" in v for v in cleaned):
            raise ValueError("empty parameter, or one containing '=' or '&'")
        return cleaned


@dataclass(frozen=True)
class TrackingParams:
    """Which query parameters to drop: exact names and name prefixes, all lower-case."""

    names: frozenset[str]
    prefixes: tuple[str, ...]

    def is_tracking(self, param: str) -> bool:
        """True when ``param`` only tracks the reader.

        >>> TrackingParams(frozenset({"fbclid"}), ("utm_",)).is_tracking("UTM_source")
        True
        """
        p = param.lower()
        return p in self.names or p.startswith(self.prefixes)


def load_tracking_params(path: Path | None = None) -> TrackingParams:
    """Read and validate the tracking list (the bundled one unless ``path`` is given)."""
    if path is None:
        text = resources.files("vigie_ingest").joinpath("data/tracking_params.yaml").read_text("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    parsed = _TrackingFile.model_validate(yaml.safe_load(text))
    return TrackingParams(frozenset(parsed.names), tuple(parsed.prefixes))
