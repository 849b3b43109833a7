"""The words between a passive's agent marker and the side it names: a noun of who or what acts.

An agent marker governs the side right after it ("attacked by Russia", "von der Armee"), or before it
in Turkish ("Rusya tarafından"), with at most two short words between. The agent is often named
through a noun of fighters or weapons that the side owns: "par des drones ukrainiens", "von Kämpfern
der Dschihadistengruppe JNIM", "İsrail savaş uçakları tarafından", "JNIM militanları tarafından",
"por guerrilleros del ELN". Such a gap still names the agent when it holds one of those nouns (the
language's ``agent_head`` cue of ``data/triggers/arguments.yaml``, or one of its weapon words) and no
punctuation, in a few words.
"""

from __future__ import annotations

import re

from vigie_extractor.core.triggers import ContextRules

# At most two short words ("the", "des", "der") between a marker and the side it governs.
_SHORT_GAP = re.compile(r"^[\s']*(?:\S{1,4}?[\s']+){0,2}$")
# Punctuation that closes the agent's phrase: a side beyond it is named by another clause.
_PHRASE_BREAK = re.compile(r"[,.;:!?()\"«»“”]")
# The most words and characters a gap through an agent noun may hold ("des drones", "Kämpfern der
# Dschihadistengruppe", "savaş uçakları").
HEADED_WORDS = 4
HEADED_CHARS = 40


def agent_gap(gap: str, rules: ContextRules, head: re.Pattern[str] | None) -> bool:
    """True when ``gap``, the folded text between an agent marker and an actor, lets the marker
    govern the actor: two short words at most, or a few words holding a noun of fighters or weapons."""
    return bool(_SHORT_GAP.match(gap)) or headed_gap(gap, rules, head)


def headed_gap(gap: str, rules: ContextRules, head: re.Pattern[str] | None) -> bool:
    """True when ``gap`` is a few words without punctuation that hold a noun of fighters or weapons
    ("des drones", "Kämpfern der", "طائرات حربية"): the actor after it owns them."""
    if len(gap) > HEADED_CHARS or len(gap.split()) > HEADED_WORDS or _PHRASE_BREAK.search(gap):
        return False
    nouns = (head, rules.drone, rules.missile, rules.aircraft, rules.artillery)
    return any(noun is not None and noun.search(gap) is not None for noun in nouns)
