"""Vigie's event extraction core: pure functions and classes, no Kafka, no Faust, no HTTP.

The public names are imported lazily, so that importing one sub-module (``core.dates``,
``core.knowledge.actors``) does not load the whole extractor.

>>> from vigie_extractor.core import Document
>>> Document(doc_id="a1", text="Body", title="Title").analysed_text
'Title\\n\\nBody'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vigie_extractor.core.document import Document, Extraction
    from vigie_extractor.core.extractor import Extractor

__all__ = ["Document", "Extraction", "Extractor"]

_HOMES = {
    "Document": "vigie_extractor.core.document",
    "Extraction": "vigie_extractor.core.document",
    "Extractor": "vigie_extractor.core.extractor",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
