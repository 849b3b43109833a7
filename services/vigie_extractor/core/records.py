"""Copies of the finders' frozen mention records with some fields changed, without ``__init__``."""

from __future__ import annotations

from typing import Any, TypeVar

R = TypeVar("R")


def amended(record: R, **changes: Any) -> R:
    """``dataclasses.replace(record, **changes)`` for a frozen dataclass record that has no
    ``__post_init__`` nor ``__slots__`` (``ActorMention``, ``PlaceMention``), about four times
    faster: sides are re-coded by the thousand per batch of articles. The fields are taken as they
    are; nothing checks the names in ``changes``, so pass only the record's own fields.

    >>> from vigie_extractor.core.knowledge.actors import ActorMention
    >>> m = ActorMention(0, 6, "Moscow", "Moscow", "RUS", None, "RUS", kind="capital")
    >>> amended(m, role="MIL", code="RUSMIL").code
    'RUSMIL'
    """
    copy: R = object.__new__(type(record))
    fields = copy.__dict__
    fields.update(record.__dict__)
    fields.update(changes)
    return copy
