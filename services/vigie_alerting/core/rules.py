"""The alert rule book: its schema, its validating loader, and whether an event matches a rule."""

from __future__ import annotations

import string
from datetime import timedelta
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from vigie.contracts import Actor, Event, Factuality, Severity
from vigie.errors import InputError

SEVERITIES: tuple[Severity, ...] = ("low", "medium", "high", "critical")
TITLE_FIELDS = frozenset(
    {
        "countries",
        "source",
        "target",
        "place",
        "by_source",
        "from_source",
        "to_target",
        "against_target",
        "between",
        "near_place",
        "in_place",
    }
)
ModifierKind = Literal["head_of_state", "nuclear_power", "independent_sources", "killed", "novelty", "wmd"]


class RulesFileError(InputError):
    """The rule file cannot be read or does not follow the schema."""

    stage = "rules"


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Vocabulary(_Strict):
    """Words and lists the rules refer to by name."""

    head_of_state_offices: list[str] = Field(min_length=1)
    organisation_head_offices: list[str] = Field(default_factory=list)
    not_head_words: list[str] = Field(default_factory=list, description="e.g. 'vice', 'former'")
    nuclear_powers: list[str] = Field(default_factory=list)
    wmd_modes: list[str] = Field(default_factory=list)
    role_nouns: dict[str, str] = Field(default_factory=dict, description="GOV -> government, ...")

    @field_validator("head_of_state_offices", "organisation_head_offices", "not_head_words", "wmd_modes")
    @classmethod
    def _lower(cls, words: list[str]) -> list[str]:
        return [w.strip().lower() for w in words]


class Match(_Strict):
    """What an event must be for the rule to fire."""

    categories: list[str] = Field(min_length=1)
    plover: list[str] = Field(default_factory=list, description="Allowed PLOVER types; empty = any")
    modes: list[str] = Field(default_factory=list, description="Allowed PLOVER modes; empty = any")
    cameo_prefixes: list[str] = Field(default_factory=list, description="Empty = any CAMEO code")
    factualities: list[Factuality] = Field(default=["asserted", "reported"], min_length=1)
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    source_roles: list[str] = Field(default_factory=list, description="Empty = any (or no) source")
    target_roles: list[str] = Field(default_factory=list, description="Empty = any (or no) target")
    countries: list[str] = Field(default_factory=list, description="Some actor or place country in it")
    distinct_countries: bool = Field(default=False, description="Source and target of two countries")
    source_is_leader: bool = Field(
        default=False, description="Source is a head of state/government, an IGO head, or an IGO"
    )


class Modifier(_Strict):
    """A condition that raises the severity by ``raise_by`` steps."""

    when: ModifierKind
    at_least: int | None = Field(default=None, ge=1, description="For independent_sources and killed")
    days: int | None = Field(default=None, ge=1, description="For novelty: no such alert for N days")
    raise_by: int = Field(default=1, ge=1, le=3)

    @model_validator(mode="after")
    def _needs_threshold(self) -> Modifier:
        if self.when in ("independent_sources", "killed") and self.at_least is None:
            raise ValueError(f"modifier '{self.when}' needs 'at_least'")
        if self.when == "novelty" and self.days is None:
            raise ValueError("modifier 'novelty' needs 'days'")
        return self


class EscalationCue(_Strict):
    """A later development that raises an open story of this rule: an event of one of ``categories``
    that belongs to the story (same place, countries and dates) joins it — it opens no alert of its
    own — and raises its severity once by ``raise_by`` with the reason "escalated: <reason>"."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    categories: list[str] = Field(min_length=1)
    reason: str = Field(min_length=1, description="e.g. 'turned violent'")
    raise_by: int = Field(default=1, ge=1, le=3)
    factualities: list[Factuality] = Field(default=["asserted", "reported"], min_length=1)
    min_confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    opens_own: bool = Field(
        default=False,
        description=(
            "The event is also news of its own kind (a town taken during an offensive, a truce "
            "broken): it opens or joins its own alert as usual and raises this story as well, as "
            "evidence, without becoming one of its articles"
        ),
    )

    def fits(self, event: Event) -> bool:
        return (
            event.category in self.categories
            and event.factuality in self.factualities
            and event.confidence >= self.min_confidence
        )


class Lifecycle(_Strict):
    """Book-wide lifecycle defaults."""

    expire_after_hours: float = Field(
        default=72.0, gt=0, description="A story with no new article for this long expires"
    )


class StoryMatch(_Strict):
    """How two events are compared to be one story (besides kind and dates)."""

    countries: Literal["overlap", "equal"] = "overlap"
    places: bool = Field(
        default=True, description="Compare event places; off when the place says little (a phone call)"
    )
    dyad: bool = Field(
        default=False,
        description=(
            "The same two or more countries, kind and days are one story without text similarity, "
            "even where only one report names the place (a truce and its violations)"
        ),
    )


class Rule(_Strict):
    """One kind of alert."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str = ""
    match: Match
    severity: Severity
    modifiers: list[Modifier] = Field(default_factory=list)
    story: StoryMatch = StoryMatch()
    title: str = Field(min_length=1)
    title_wmd: str | None = Field(default=None, description="Title when the event mode is a WMD mode")
    expire_after_hours: float | None = Field(
        default=None, gt=0, description="No new article for this long: expired (the book's default if unset)"
    )
    escalations: list[EscalationCue] = Field(default_factory=list)

    @field_validator("escalations")
    @classmethod
    def _unique_cues(cls, cues: list[EscalationCue]) -> list[EscalationCue]:
        names = [c.name for c in cues]
        if len(set(names)) != len(names):
            raise ValueError(f"escalation names must be unique: {names}")
        return cues

    @field_validator("title", "title_wmd")
    @classmethod
    def _known_fields(cls, template: str | None) -> str | None:
        if template is None:
            return None
        try:
            fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
        except ValueError as exc:
            raise ValueError(f"bad title template {template!r}: {exc}") from None
        unknown = fields - TITLE_FIELDS
        if unknown:
            raise ValueError(f"unknown title fields {sorted(unknown)}; known: {sorted(TITLE_FIELDS)}")
        return template


class RuleBook(_Strict):
    """The whole rule file."""

    version: Literal[1] = 1
    vocabulary: Vocabulary
    lifecycle: Lifecycle = Lifecycle()
    rules: list[Rule] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> RuleBook:
        names = [r.name for r in self.rules]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"duplicate rule names: {dupes}")
        return self

    def expire_after(self, rule: Rule) -> timedelta:
        """How long a story of ``rule`` stays open with no new article."""
        hours = rule.expire_after_hours or self.lifecycle.expire_after_hours
        return timedelta(hours=hours)

    def rule(self, name: str) -> Rule:
        for r in self.rules:
            if r.name == name:
                return r
        raise KeyError(name)


def default_rules_path() -> Path:
    """The rule file shipped with the package."""
    return Path(__file__).resolve().parent.parent / "data" / "rules.yaml"


def load_rules(path: Path | None = None) -> RuleBook:
    """Read and validate a rule file; RulesFileError says which rule and field is wrong.

    >>> book = load_rules()
    >>> "leader_call" in [r.name for r in book.rules]
    True
    """
    path = path or default_rules_path()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RulesFileError(f"cannot read rule file {path}: {exc}") from None
    try:
        return RuleBook.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '<root>'}: {err['msg']}" for err in exc.errors()
        )
        raise RulesFileError(f"invalid rule file {path}: {problems}") from None


def is_head_of_state(actor: Actor, vocab: Vocabulary) -> bool:
    """True when the actor's office is a head of state or government (not a vice/former one)."""
    return _office_in(actor, vocab.head_of_state_offices, vocab)


def is_organisation_head(actor: Actor, vocab: Vocabulary) -> bool:
    return _office_in(actor, vocab.organisation_head_offices, vocab)


def _office_in(actor: Actor, offices: list[str], vocab: Vocabulary) -> bool:
    office = (actor.office or "").lower()
    if not office or any(w in office.split() or office.startswith(w) for w in vocab.not_head_words):
        return False
    return any(o in office for o in offices)


def is_leader(actor: Actor, vocab: Vocabulary) -> bool:
    """A head of state/government, a head of an international organisation, or an IGO itself."""
    return is_head_of_state(actor, vocab) or is_organisation_head(actor, vocab) or actor.role == "IGO"


def event_countries(event: Event) -> set[str]:
    """Actor countries of the event, or the event place's country when no actor has one."""
    found = {a.country for a in (event.source, event.target) if a is not None and a.country}
    if not found and event.location is not None and event.location.country:
        found.add(event.location.country)
    return found


def _role_ok(actor: Actor | None, roles: list[str]) -> bool:
    return not roles or (actor is not None and actor.role in roles)


def matches(rule: Rule, event: Event, vocab: Vocabulary) -> bool:
    """Whether ``event`` passes every condition of ``rule`` (category, codes, factuality, actors)."""
    m = rule.match
    checks = (
        event.category in m.categories,
        not m.plover or event.plover in m.plover,
        not m.modes or event.mode in m.modes,
        not m.cameo_prefixes or any(event.cameo.startswith(p) for p in m.cameo_prefixes),
        event.factuality in m.factualities,
        event.confidence >= m.min_confidence,
        _role_ok(event.source, m.source_roles),
        _role_ok(event.target, m.target_roles),
        not m.countries or bool(event_countries(event) & set(m.countries)),
    )
    if not all(checks):
        return False
    if m.distinct_countries:
        src = event.source.country if event.source else None
        tgt = event.target.country if event.target else None
        if not src or not tgt or src == tgt:
            return False
    return not m.source_is_leader or (event.source is not None and is_leader(event.source, vocab))
