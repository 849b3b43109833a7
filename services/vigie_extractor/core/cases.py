"""Sides marked by case endings: "Kuzey Kore'den Güney Kore'ye tehdit" (from North Korea, to South Korea).

In a language that declines names, the ending says the role whatever the word order: the ablative
("from") is the source of a threat, a strike or aid, the dative ("to") its target
(``data/triggers/cases.yaml``). Both must sit before the trigger, close to it, on two different
actors, the source first; then they decide the sides. A lone dative right before the trigger is the
target when the argument rules picked one without that ending (a country only mentioned in a clause
of condition, "ABD ile Güney Kore'nin ... halinde Güney Kore'ye ... tehdit etti").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.triggers import TriggerDataError, category_names, read_data_yaml

# How far before the trigger (characters) the marked names may sit.
_REACH = 80


@dataclass(frozen=True)
class CaseCues:
    source: re.Pattern[str]
    target: re.Pattern[str]


@dataclass(frozen=True)
class CaseRules:
    categories: frozenset[str]
    cues: dict[str, CaseCues]


def _ending(lang: str, key: str, value: object) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise TriggerDataError(f"cases.yaml: {lang}.{key}: expected a regex string")
    try:
        return re.compile(rf"(?:{value})$", re.IGNORECASE)
    except re.error as exc:
        raise TriggerDataError(f"cases.yaml: {lang}.{key}: {exc}") from exc


def parse_case_rules(data: object) -> CaseRules:
    """Validate the file's content (see its header); raises ``TriggerDataError`` naming the entry."""
    if not isinstance(data, dict):
        raise TriggerDataError("cases.yaml: expected a mapping")
    categories = category_names("cases.yaml", data.get("categories"))
    cues: dict[str, CaseCues] = {}
    for lang, spec in data.items():
        if lang == "categories":
            continue
        if not isinstance(spec, dict) or set(spec) != {"source", "target"}:
            raise TriggerDataError(f"cases.yaml: {lang}: expected 'source' and 'target'")
        cues[str(lang)] = CaseCues(
            _ending(lang, "source", spec["source"]), _ending(lang, "target", spec["target"])
        )
    return CaseRules(categories, cues)


@cache
def load_case_rules() -> CaseRules:
    return parse_case_rules(read_data_yaml("triggers/cases.yaml"))


def _same(a: ActorMention, b: ActorMention) -> bool:
    return (a.code or a.country, a.role, a.person) == (b.code or b.country, b.role, b.person)


def case_sides(
    category: str,
    lang: str,
    trigger_start: int,
    actors: list[ActorMention],
    chosen: tuple[ActorMention | None, ActorMention | None],
) -> tuple[ActorMention | None, ActorMention | None]:
    """The sides the case endings give (see the module docstring), else ``chosen`` unchanged.
    ``actors`` are the sentence's mentions in text order."""
    rules = load_case_rules()
    cues = rules.cues.get(lang)
    if cues is None or category not in rules.categories:
        return chosen
    near = [a for a in actors if trigger_start - _REACH <= a.start and a.end <= trigger_start]
    sources = [a for a in near if cues.source.search(a.text)]
    targets = [a for a in near if cues.target.search(a.text)]
    if sources and targets and sources[-1].end <= targets[-1].start and not _same(sources[-1], targets[-1]):
        return sources[-1], targets[-1]
    source, target = chosen
    if targets and (target is None or not cues.target.search(target.text)):
        dative = targets[-1]
        if source is None or not _same(source, dative):
            return (None if source is dative else source), dative
    return chosen
