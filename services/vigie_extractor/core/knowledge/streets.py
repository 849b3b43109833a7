"""Place names that name a street or a square ("avenida Brasil", "Bağdat Caddesi"): data/streets.yaml.

>>> words = StreetWords.load()
>>> text = "marcharon por la avenida Brasil de Quito"
>>> words.names_a_street(text, text.index("Brasil"), text.index(" de Quito"), "es")
True
>>> words.names_a_street(text, text.index("Quito"), len(text), "es")
False
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from vigie_extractor.core.knowledge.datafiles import LANGS, read_yaml
from vigie_extractor.core.knowledge.errors import KnowledgeDataError
from vigie_extractor.core.knowledge.normalise import fold

_TOKEN = re.compile(r"[\w']+")
# How far around a name the street word is looked for (characters), and how many connectors may
# stand between ("avenue de la Paix"... "avenue de Paris").
_WINDOW = 40
_MAX_CONNECTORS = 2


def _words(raw: Any, where: str) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict) or set(raw) != set(LANGS):
        raise KnowledgeDataError(f"streets.yaml:{where}: expected one list for each of {', '.join(LANGS)}")
    words = {}
    for lang, items in raw.items():
        if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
            raise KnowledgeDataError(f"streets.yaml:{where}.{lang}: expected a list of words")
        words[lang] = frozenset(fold(w) for w in items)
    return words


@dataclass(frozen=True)
class StreetWords:
    """The street words of each language, before and after a name, and the connectors between."""

    before: dict[str, frozenset[str]]
    after: dict[str, frozenset[str]]
    connectors: dict[str, frozenset[str]]

    @classmethod
    def load(cls, text: str | None = None) -> StreetWords:
        """Read and validate ``streets.yaml`` (raises ``KnowledgeDataError``)."""
        raw = read_yaml("streets.yaml", text)
        if not isinstance(raw, dict) or set(raw) != {"before", "after", "connectors"}:
            raise KnowledgeDataError("streets.yaml: expected the keys before, after and connectors")
        return cls(
            _words(raw["before"], "before"),
            _words(raw["after"], "after"),
            _words(raw["connectors"], "connectors"),
        )

    def names_a_street(self, folded: str, start: int, end: int, lang: str) -> bool:
        """True when the name at ``folded[start:end]`` (a folded text) is part of a street's name."""
        following = _TOKEN.search(folded, end, end + _WINDOW)
        if following is not None and not folded[end : following.start()].strip():
            word = following.group().split("'")[0]
            if word in self.after.get(lang, ()):
                return True
        before = self.before.get(lang, frozenset())
        if not before:
            return False
        connectors = self.connectors.get(lang, frozenset())
        tokens = _TOKEN.findall(folded[max(0, start - _WINDOW) : start])
        for token in reversed(tokens[-(_MAX_CONNECTORS + 1) :]):
            if token in before:
                return True
            if token not in connectors and token.rstrip("'") + "'" not in connectors:
                return False
        return False
