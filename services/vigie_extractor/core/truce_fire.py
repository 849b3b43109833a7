"""Fire told "despite the truce" is the truce's violation: one ``ceasefire_violation`` event.

"Militants fired rockets at Sderot despite the ceasefire", "abrieron fuego ... pese al alto el fuego",
"ateşkese rağmen ateş açtı", "несмотря на режим прекращения огня": the strike breaks the truce, and
the taxonomy codes a violation told through the fire that breaks it as the violation alone
(eval/README.md). The language's ``despite_truce`` cue (``data/triggers/<lang>.yaml``) is looked for
in the whole sentence of the fire, because a long trigger match may cover it ("griffen trotz der
Waffenruhe Dörfer an", "feuerte trotz der Waffenruhe Raketen ab"), but not past the verb that says
who told the fire: what follows it is the outlet's comment on a series ("..., the Israeli military
said, in the latest such attack despite a year-old ceasefire"). A sentence that tells a violation
with its own trigger keeps it, and the fire folds into it at de-duplication (``dedupe``); a capture
or an offensive is a story of its own.
"""

from __future__ import annotations

import re

from vigie.contracts import Event
from vigie_extractor.core import taxonomy
from vigie_extractor.core.taxonomy import FIRE
from vigie_extractor.core.triggers import Category

VIOLATION = "ceasefire_violation"


def fire_despite_truce(
    events: list[Event],
    folded: str,
    cue: re.Pattern[str] | None,
    violation: Category,
    speech: re.Pattern[str] | None = None,
) -> list[Event]:
    """``events`` with each shot whose sentence names the truce it is fired "despite" re-coded as
    ``violation`` (the category's defaults), unless the sentence tells a violation already; ``speech``
    matches the language's verbs of saying ("said", "заявили")."""
    if cue is None:
        return events
    violated = {e.evidence.start for e in events if e.category == violation.name}
    first_shot: dict[int, int] = {}  # sentence start -> end of the first shot's trigger
    for e in events:
        if e.category in FIRE:
            start, end = e.evidence.start, e.evidence.trigger_end
            first_shot[start] = min(first_shot.get(start, end), end)
    return [
        taxonomy.recoded(e, violation.name, violation.plover, violation.mode, violation.cameo)
        if e.category in FIRE
        and e.evidence.start not in violated
        and _despite(e, folded, cue, speech, first_shot[e.evidence.start])
        else e
        for e in events
    ]


def _despite(e: Event, folded: str, cue: re.Pattern[str], speech: re.Pattern[str] | None, told: int) -> bool:
    """True when the sentence of ``e`` names a truce the fire goes against, before any verb of saying
    after ``told`` (the end of the sentence's first shot: "..., the military said, in the latest such
    attack despite a year-old ceasefire" comments on a series)."""
    truce = cue.search(folded, e.evidence.start, e.evidence.end)
    if truce is None:
        return False
    return speech is None or truce.start() < told or speech.search(folded, told, truce.start()) is None
