"""The country a headline opens with as its subject ("Israel strikes Syria", "México despliega 2.000
soldados", "Израиль нанёс удары", "İran, İsrail'i tehdit etti"): the country whose bare state body
("the army", "la Secretaría", "авиация", "وزارة الخارجية") the lead then names without a country.

A headline that opens with a country and then a colon is a label (``Extractor._label_country``); one
whose opening country is acted on ("Liban frappé par Israël", "Ukraine hit by drones") names its
attacker after an agent word, and then has no subject country; a city opening a headline is more
often the place struck ("Kharkiv frappée") than an actor, so only a country counts; nor does a
Turkish country with a case ending ("Irak'ın kuzeyine hava harekâtı")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigie_extractor.core.knowledge.actors import ActorMention

# Agent words that put a headline's opening country on the receiving side of a passive verb
# (the text is case-folded).
_AGENT = re.compile(
    r"(?<!\w)(?:by|par|por|von|durch|от|со стороны|tarafından|من قبل)(?!\w)"
    r"|(?<=\w)(?:ca|ce|ye|ya)\s+(?:vuruldu|bombalandı)"
)

_APOSTROPHES = frozenset("'’")


def headline_subject_country(folded: str, start: int, end: int, actors: Sequence[ActorMention]) -> str | None:
    """The country of the country mention that opens the headline ``folded[start:end]`` and is not
    a colon label nor the patient of a passive ("... par Israël"), else None.

    >>> isr = ActorMention(0, 7, "израиль", "Israel", "ISR", None, "ISR", kind="country")
    >>> syr = ActorMention(24, 29, "сирии", "Syria", "SYR", None, "SYR", kind="country")
    >>> headline_subject_country("израиль нанёс удары по сирии", 0, 29, [isr, syr])
    'ISR'
    >>> lbn = ActorMention(0, 5, "liban", "Lebanon", "LBN", None, "LBN", kind="country")
    >>> headline_subject_country("liban frappé par israël", 0, 23, [lbn]) is None
    True
    """
    if not actors:
        return None
    first = actors[0]
    if first.kind != "country" or first.country is None or folded[start : first.start].strip():
        return None
    rest = folded[first.end : end]
    # "Irak'ın kuzeyine ...", "İsrail'e ...": a case ending after an apostrophe is no subject
    inflected = any(c in _APOSTROPHES for c in folded[first.start : first.end + 1])
    if rest.lstrip().startswith(":") or inflected or _AGENT.search(rest):
        return None
    return first.country
