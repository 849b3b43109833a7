"""Severity of a story: the rule's base level raised by each modifier that holds and by each escalation
the story went through (a protest that turned violent), with the reasons."""

from __future__ import annotations

from dataclasses import dataclass

from vigie.contracts import Severity
from vigie_alerting.core.rules import SEVERITIES, Modifier, Rule


@dataclass(frozen=True)
class StoryFacts:
    """What the severity modifiers look at, aggregated over every article of the story."""

    heads_of_state: tuple[str, ...] = ()
    nuclear_powers: tuple[str, ...] = ()
    independent_sources: int = 1
    max_killed: int = 0
    novel_country: str | None = None
    wmd: bool = False
    escalations: tuple[tuple[str, int], ...] = ()  # (reason, raise_by) of each escalation cue met


def raise_severity(level: Severity, steps: int) -> Severity:
    """``level`` raised by ``steps``, capped at critical.

    >>> raise_severity("medium", 1), raise_severity("high", 3)
    ('high', 'critical')
    """
    return SEVERITIES[min(len(SEVERITIES) - 1, SEVERITIES.index(level) + steps)]


def higher(a: Severity, b: Severity) -> Severity:
    return a if SEVERITIES.index(a) >= SEVERITIES.index(b) else b


def _reason(mod: Modifier, facts: StoryFacts, kind: str) -> str | None:
    """Why the modifier holds, or None when it does not."""
    holds = {
        "head_of_state": bool(facts.heads_of_state),
        "nuclear_power": bool(facts.nuclear_powers),
        "independent_sources": facts.independent_sources >= (mod.at_least or 0),
        "killed": facts.max_killed > 0 and facts.max_killed >= (mod.at_least or 0),
        "novelty": facts.novel_country is not None,
        "wmd": facts.wmd,
    }
    if not holds[mod.when]:
        return None
    texts = {
        "head_of_state": f"head of state involved ({', '.join(facts.heads_of_state)})",
        "nuclear_power": f"nuclear power involved ({', '.join(facts.nuclear_powers)})",
        "independent_sources": f"{facts.independent_sources} independent sources",
        "killed": f"{facts.max_killed} killed reported (at least {mod.at_least})",
        "novelty": f"first {kind} alert for {facts.novel_country} in {mod.days} days",
        "wmd": "nuclear or WMD mode",
    }
    return texts[mod.when]


def assess(rule: Rule, facts: StoryFacts, floor: Severity = "low") -> tuple[Severity, list[str]]:
    """The severity and its reasons; never below ``floor`` (an alert's severity only goes up).

    >>> from vigie_alerting.core.rules import load_rules
    >>> assess(load_rules().rule("airstrikes"), StoryFacts(independent_sources=3))
    ('high', ['airstrikes: base severity medium', '3 independent sources (+1)'])
    """
    level: Severity = rule.severity
    reasons = [f"{rule.name}: base severity {rule.severity}"]
    for mod in rule.modifiers:
        why = _reason(mod, facts, rule.name)
        if why is not None:
            level = raise_severity(level, mod.raise_by)
            reasons.append(f"{why} (+{mod.raise_by})")
    for why, steps in facts.escalations:
        level = raise_severity(level, steps)
        reasons.append(f"escalated: {why} (+{steps})")
    if higher(floor, level) != level:
        reasons.append(f"kept at {floor} (severity never goes down)")
        level = floor
    return level, reasons
