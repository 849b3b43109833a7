"""The article format accepted by the push endpoint and JSON Lines files, before normalisation."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from vigie.errors import MalformedInput


class RawArticle(BaseModel):
    """One article as a sender gives it; unknown fields are ignored.

    >>> RawArticle.model_validate({"url": "https://ex.org/a", "text": "Hello"}).title is None
    True
    """

    model_config = ConfigDict(frozen=True, extra="ignore", str_strip_whitespace=True)

    id: str | None = Field(default=None, min_length=1, max_length=200)
    url: str = Field(min_length=1, max_length=4096)
    title: str | None = None
    text: str | None = None
    html: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 (RFC 822 also understood)")
    lang: str | None = Field(default=None, max_length=35)
    source: str | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _has_body(self) -> RawArticle:
        if self.text is None and self.html is None:
            raise ValueError("one of 'text' or 'html' is required")
        return self


def describe_validation_error(exc: ValidationError) -> str:
    """A short, human reason from a pydantic error: ``field: message; field: message``.

    >>> try:
    ...     RawArticle.model_validate({"text": "x"})
    ... except ValidationError as e:
    ...     print(describe_validation_error(e))
    url: Field required
    """
    parts = []
    for err in exc.errors(include_url=False, include_input=False):
        where = ".".join(str(p) for p in err["loc"])
        message = str(err["msg"]).removeprefix("Value error, ")
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


def parse_raw(item: Any) -> RawArticle:
    """Validate one decoded JSON value as an article; raise MalformedInput with the reason."""
    if not isinstance(item, dict):
        raise MalformedInput(f"an article must be a JSON object, got {type(item).__name__}")
    try:
        return RawArticle.model_validate(item)
    except ValidationError as exc:
        raise MalformedInput(describe_validation_error(exc)) from None
