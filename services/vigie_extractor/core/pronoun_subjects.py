"""A sentence that opens with a subject pronoun ("Elle a également mené des frappes", "Также они
обстреляли", "He later ordered ...") tells what the actor the previous sentence named first did: that
actor is the source of its event, and a mention the sides had read as source after the verb is its
target. The pronouns, and the passive auxiliaries that make the pronoun the victim instead ("Il a été
blessé ..."), are in ``data/pronoun_subjects.yaml``.

>>> opens_with_subject_pronoun("elle a egalement mene des frappes", 0, 20, "fr")
True
>>> opens_with_subject_pronoun("il a ete blesse dans une frappe", 0, 25, "fr")
False
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import yaml

from vigie.language import SUPPORTED_LANGUAGES
from vigie_extractor.core.knowledge.normalise import fold

_SOURCE = "data/pronoun_subjects.yaml"


class PronounDataError(ValueError):
    """``data/pronoun_subjects.yaml`` is malformed (the message names the entry)."""


@dataclass(frozen=True)
class PronounRules:
    """One language's opening subject pronoun (after at most one connective word) and passives."""

    opening: re.Pattern[str]
    passive: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))


def parse_pronoun_subjects(raw: Any) -> dict[str, PronounRules]:
    """Validate the file's content: every supported language, non-empty lists of words."""
    if not isinstance(raw, dict) or set(raw) != set(SUPPORTED_LANGUAGES):
        raise PronounDataError(f"{_SOURCE}: expected one entry per language {sorted(SUPPORTED_LANGUAGES)}")
    out: dict[str, PronounRules] = {}
    for lang, entry in raw.items():
        if not isinstance(entry, dict) or set(entry) != {"pronouns", "passive"}:
            raise PronounDataError(f"{_SOURCE}: {lang}: expected 'pronouns' and 'passive'")
        for key in ("pronouns", "passive"):
            words = entry[key]
            valid = isinstance(words, list) and all(isinstance(w, str) and w.strip() for w in words)
            if not valid or not words:
                raise PronounDataError(f"{_SOURCE}: {lang}: {key}: expected a non-empty list of words")
        pronouns = _alternation(entry["pronouns"])
        opening = re.compile(rf"\s*(?:[^\W\d_]+,?\s+)?(?:{pronouns})(?![^\W_])(?!\s*,)")
        passive = re.compile(rf"(?<![^\W_])(?:{_alternation(entry['passive'])})(?![^\W_])")
        out[str(lang)] = PronounRules(opening, passive)
    return out


@functools.cache
def load_pronoun_subjects() -> dict[str, PronounRules]:
    """Every language's pronoun rules (read once)."""
    text = resources.files("vigie_extractor.core").joinpath(_SOURCE).read_text("utf-8")
    return parse_pronoun_subjects(yaml.safe_load(text))


def opens_with_subject_pronoun(folded: str, start: int, trigger: int, lang: str) -> bool:
    """The sentence ``folded[start:]`` opens with a subject pronoun, and no passive auxiliary lies
    between it and the event's trigger at ``trigger``."""
    rules = load_pronoun_subjects().get(lang)
    if rules is None:
        return False
    found = rules.opening.match(folded, start, trigger)
    return found is not None and rules.passive.search(folded, found.end(), trigger) is None
