"""The two parties of an event named with a "between" word, when nothing else names its sides.

"The truce between Thailand and Cambodia was broken on Friday" is an agentless passive: the argument
rules give it no source, and the two countries sit inside the trigger's own phrase, so the event
would have nobody. The phrase "between A and B" (``data/triggers/parties.yaml``: "entre", "zwischen",
"между", "بين", Turkish "A ile B arasında") still says who the two parties are: the first named is the
source, the second the target, as the labelling guideline does for two-sided events. Only the
categories of that file use it (truces and their violation, fighting, talks, calls), and only when
the sentence gives the event no side at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.triggers import TriggerDataError, category_names, read_data_yaml

# How far (characters) the "between" word may sit from the trigger, and the names from the word.
_REACH = 60
# The longest gap between the two names ("and the", " وال"): a list of three or more is no pair.
_GAP = 12


@dataclass(frozen=True)
class PartyCues:
    """A language's "between" words, compiled on folded text."""

    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


@dataclass(frozen=True)
class PartyRules:
    categories: frozenset[str]
    cues: dict[str, PartyCues]


def _compile(lang: str, key: str, value: object) -> re.Pattern[str] | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise TriggerDataError(f"parties.yaml: {lang}.{key}: expected a regex string")
    try:
        return re.compile(rf"(?<!\w)(?:{fold(value)})(?!\w)")
    except re.error as exc:
        raise TriggerDataError(f"parties.yaml: {lang}.{key}: {exc}") from exc


def parse_party_rules(data: object) -> PartyRules:
    """Validate the file's content (see its header); raises ``TriggerDataError`` naming the entry."""
    if not isinstance(data, dict):
        raise TriggerDataError("parties.yaml: expected a mapping")
    categories = category_names("parties.yaml", data.get("categories"))
    cues: dict[str, PartyCues] = {}
    for lang, spec in data.items():
        if lang == "categories":
            continue
        if not isinstance(spec, dict) or set(spec) - {"before", "after"} or not spec:
            raise TriggerDataError(f"parties.yaml: {lang}: expected 'before' and/or 'after'")
        cues[str(lang)] = PartyCues(
            _compile(lang, "before", spec.get("before")), _compile(lang, "after", spec.get("after"))
        )
    return PartyRules(categories, cues)


@cache
def load_party_rules() -> PartyRules:
    return parse_party_rules(read_data_yaml("triggers/parties.yaml"))


def _pair(
    first: ActorMention, second: ActorMention, folded: str, coordination: re.Pattern[str]
) -> tuple[ActorMention, ActorMention] | None:
    gap = folded[first.end : second.start]
    if first.end > second.start or len(gap) > _GAP or coordination.search(gap) is None:
        return None
    if (first.code or first.country, first.role) == (second.code or second.country, second.role):
        return None  # one party named twice is no pair
    return first, second


def between_parties(  # noqa: PLR0917 - one trigger, its sentence and the language's rules
    category: str,
    lang: str,
    folded: str,
    trigger: tuple[int, int],
    actors: list[ActorMention],
    coordination: re.Pattern[str] | None,
) -> tuple[ActorMention, ActorMention] | None:
    """The two parties a "between" phrase near ``trigger`` names (source first), else None.
    ``actors`` are the sentence's mentions in text order; offsets index ``folded``."""
    rules = load_party_rules()
    cues = rules.cues.get(lang)
    if category not in rules.categories or cues is None or coordination is None or len(actors) < 2:
        return None
    lo, hi = max(0, trigger[0] - _REACH), min(len(folded), trigger[1] + _REACH)
    if cues.before is not None:
        for m in cues.before.finditer(folded, lo, hi):
            after = [a for a in actors if m.end() <= a.start <= m.end() + _REACH]
            if len(after) >= 2 and (pair := _pair(after[0], after[1], folded, coordination)):
                return pair
    if cues.after is not None:
        for m in cues.after.finditer(folded, lo, hi):
            before = [a for a in actors if m.start() - _REACH <= a.end <= m.start()]
            if len(before) >= 2 and (pair := _pair(before[-2], before[-1], folded, coordination)):
                return pair
    return None
