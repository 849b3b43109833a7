"""Sides marked by case endings: "Kuzey Kore'den Güney Kore'ye tehdit" (from North Korea, to South Korea).

In a language that declines names, the ending says the role whatever the word order: the ablative
("from") is the source of a threat, a strike or aid, the dative ("to") its target
(``data/triggers/cases.yaml``). Both must sit before the trigger, close to it, on two different
actors, the source first; then they decide the sides. A lone dative right before the trigger is the
target when the argument rules picked one without that ending (a country only mentioned in a clause
of condition, "ABD ile Güney Kore'nin ... halinde Güney Kore'ye ... tehdit etti"), and a dative the
argument rules took for the source is the target ("Украине США выделят помощь": the recipient). An
ending that a preposition governs is another case ("на Украине" is a place), so a name right after
one of the language's ``not_after`` words is unmarked.

Two more marks: the accusative object of a protest verb is what the crowd protests against, not the
protesters ("Binlerce kişi İsrail'i protesto etti"); an owner ("Rusya'ya ait bir gemi", a ship
belonging to Russia) is the side a strike on that thing hits, never the attacker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.patterns import fold_pattern
from vigie_extractor.core.triggers import TriggerDataError, category_names, read_data_yaml

# How far before the trigger (characters) the marked names may sit.
_REACH = 80
# How far before a protest or threat trigger its accusative object may sit ("İsrail'i protesto etti",
# "Finlandiya'yı karşı önlemlerle tehdit etti": the means may stand between).
_OBJECT_REACH = 45
# How far before a visitor's name its participle may start ("ziyarette bulunan ").
_VISITOR_REACH = 25
_KEYS = frozenset({"source", "target", "not_after", "kinds", "object", "owner", "owned_arms", "visitor"})


@dataclass(frozen=True)
class CaseCues:
    """One language's marks (see ``cases.yaml``); each None when the language has no such mark."""

    source: re.Pattern[str] | None
    target: re.Pattern[str]
    not_after: re.Pattern[str] | None = None
    kinds: frozenset[str] | None = None
    object: re.Pattern[str] | None = None
    owner: re.Pattern[str] | None = None
    owned_arms: re.Pattern[str] | None = None
    visitor: re.Pattern[str] | None = None


@dataclass(frozen=True)
class CaseRules:
    categories: frozenset[str]
    object_categories: frozenset[str]
    cues: dict[str, CaseCues]


def _regex(lang: str, key: str, value: object, template: str) -> re.Pattern[str]:
    if not isinstance(value, str) or not value:
        raise TriggerDataError(f"cases.yaml: {lang}.{key}: expected a regex string")
    try:
        return re.compile(template.format(fold_pattern(value)), re.IGNORECASE)
    except re.error as exc:
        raise TriggerDataError(f"cases.yaml: {lang}.{key}: {exc}") from exc


def _cues(lang: str, spec: object) -> CaseCues:
    if not isinstance(spec, dict) or "target" not in spec or set(spec) - _KEYS:
        raise TriggerDataError(f"cases.yaml: {lang}: expected 'target' and optional keys {sorted(_KEYS)}")

    def optional(key: str, template: str) -> re.Pattern[str] | None:
        return _regex(lang, key, spec[key], template) if key in spec else None

    kinds = spec.get("kinds")
    if kinds is not None and (not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds)):
        raise TriggerDataError(f"cases.yaml: {lang}.kinds: expected a list of mention kinds")
    return CaseCues(
        source=optional("source", "(?:{})$"),
        target=_regex(lang, "target", spec["target"], "(?:{})$"),
        not_after=optional("not_after", r"(?:^|\W)(?:{})\s+$"),  # the word right before the name
        kinds=frozenset(kinds) if kinds is not None else None,
        object=optional("object", "(?:{})$"),
        owner=optional("owner", r"^\s+(?:{})\b"),  # the word right after the name
        owned_arms=optional("owned_arms", r"^\s+(?:{})"),  # the words right after the owner word
        visitor=optional("visitor", r"(?:^|\W)(?:{})\s+$"),  # the participle right before the name
    )


def parse_case_rules(data: object) -> CaseRules:
    """Validate the file's content (see its header); raises ``TriggerDataError`` naming the entry."""
    if not isinstance(data, dict):
        raise TriggerDataError("cases.yaml: expected a mapping")
    categories = category_names("cases.yaml", data.get("categories"))
    object_categories = category_names("cases.yaml", data.get("object_categories", []))
    cues = {
        str(lang): _cues(str(lang), spec)
        for lang, spec in data.items()
        if lang not in ("categories", "object_categories")
    }
    return CaseRules(categories, object_categories, cues)


@cache
def load_case_rules() -> CaseRules:
    return parse_case_rules(read_data_yaml("triggers/cases.yaml"))


def _same(a: ActorMention, b: ActorMention) -> bool:
    return (a.code or a.country, a.role, a.person) == (b.code or b.country, b.role, b.person)


def _raw(actors: list[ActorMention], side: ActorMention | None) -> ActorMention | None:
    """The sentence's mention behind ``side``, without the sector its former side gave it."""
    if side is None:
        return None
    return next((a for a in actors if a.start == side.start), side)


def _marked(pattern: re.Pattern[str] | None, cues: CaseCues, folded: str, mention: ActorMention) -> bool:
    """True when ``mention`` ends with ``pattern``'s case and no preposition governs it."""
    if pattern is None or not pattern.search(folded, mention.start, mention.end):
        return False
    if cues.kinds is not None and mention.kind not in cues.kinds:
        return False
    before = folded[max(0, mention.start - 20) : mention.start]
    return cues.not_after is None or cues.not_after.search(before) is None


def _owner_of(cues: CaseCues, folded: str, mention: ActorMention) -> str | None:
    """None when ``mention`` owns nothing, else "arms" when it owns what strikes ("Ukrayna'ya ait
    İHA'lar") and "thing" otherwise ("Rusya'ya ait bir gemi")."""
    m = cues.owner.search(folded[mention.end : mention.end + 20]) if cues.owner is not None else None
    if m is None:
        return None
    after = folded[mention.end + m.end() : mention.end + m.end() + 30]
    return "arms" if cues.owned_arms is not None and cues.owned_arms.search(after) else "thing"


def case_sides(
    category: str,
    lang: str,
    trigger_start: int,
    actors: list[ActorMention],
    *,
    chosen: tuple[ActorMention | None, ActorMention | None],
    folded: str,
) -> tuple[ActorMention | None, ActorMention | None]:
    """The sides the case endings give (see the module docstring), else ``chosen`` unchanged.
    ``actors`` are the sentence's mentions in text order, ``folded`` the folded analysed text
    their offsets index."""
    rules = load_case_rules()
    cues = rules.cues.get(lang)
    if cues is None:
        return chosen
    if category == "visit":
        return _visit_sides(cues, folded, actors, chosen)
    if category in rules.object_categories:
        sides = _object_sides(cues, folded, trigger_start, actors, chosen)
        if sides != chosen or category not in rules.categories:
            return sides  # "Washington'ı tehdit etti": the object decides; else the other endings may
    if category not in rules.categories:
        return chosen
    source, target = chosen
    if source is not None and _owner_of(cues, folded, source) == "thing":  # "Rusya'ya ait bir tankere"
        return None, _raw(actors, source) if target is None or _same(target, source) else target
    near = [
        a
        for a in actors
        if trigger_start - _REACH <= a.start and a.end <= trigger_start and _owner_of(cues, folded, a) is None
    ]  # an owner's ending marks no recipient: "Rusya'ya ait"
    return _marked_sides(cues, folded, near, actors, chosen)


def _marked_sides(
    cues: CaseCues,
    folded: str,
    near: list[ActorMention],
    actors: list[ActorMention],
    chosen: tuple[ActorMention | None, ActorMention | None],
) -> tuple[ActorMention | None, ActorMention | None]:
    """The sides the "from" and "to" endings of the names ``near`` the trigger give."""
    source, target = chosen
    sources = [a for a in near if _marked(cues.source, cues, folded, a)]
    targets = [a for a in near if _marked(cues.target, cues, folded, a)]
    unmarked_target = target is None or not _marked(cues.target, cues, folded, target)
    if sources and targets and sources[-1].end <= targets[-1].start and not _same(sources[-1], targets[-1]):
        return sources[-1], targets[-1]
    if source is not None and unmarked_target and any(source.start == a.start for a in targets):
        # "Украине США выделят помощь": the dative is the recipient
        return _raw(actors, target), _raw(actors, source)
    if targets and unmarked_target:
        dative = targets[-1]
        if source is None or not _same(source, dative):
            return (None if source is None or source.start == dative.start else source), dative
    return chosen


def _visit_sides(
    cues: CaseCues,
    folded: str,
    actors: list[ActorMention],
    chosen: tuple[ActorMention | None, ActorMention | None],
) -> tuple[ActorMention | None, ActorMention | None]:
    """The visitor named after a participle of coming ("Ankara'ya gelen Azerbaycan Cumhurbaşkanı",
    "Türkiye'ye resmi ziyarette bulunan Macaristan Başbakanı") is the source; the host is the name
    in the "to" case ("Ankara'ya"), else the side chosen that is not the visitor."""
    pattern = cues.visitor
    if pattern is None:
        return chosen
    visitors = (a for a in actors if pattern.search(folded[max(0, a.start - _VISITOR_REACH) : a.start]))
    visitor = next(visitors, None)
    if visitor is None:
        return chosen
    hosts = [a for a in actors if not _same(a, visitor) and _marked(cues.target, cues, folded, a)]
    if hosts:
        return visitor, hosts[0]
    others = [s for s in chosen if s is not None and not _same(s, visitor)]
    return visitor, _raw(actors, others[0]) if others else None


def _object_sides(
    cues: CaseCues,
    folded: str,
    trigger_start: int,
    actors: list[ActorMention],
    chosen: tuple[ActorMention | None, ActorMention | None],
) -> tuple[ActorMention | None, ActorMention | None]:
    """A protest's accusative object right before the trigger is its target, never the protesters."""
    near = [a for a in actors if trigger_start - _OBJECT_REACH <= a.start and a.end <= trigger_start]
    if not near or not _marked(cues.object, cues, folded, near[-1]):
        return chosen
    obj = near[-1]
    source, _ = chosen
    return (None if source is not None and _same(source, obj) else source), obj
