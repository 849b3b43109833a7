"""Who condemns an attack is no side of it: "France condemned the Russian strike on Odesa", "Egypt and
Jordan denounced an Israeli air strike", "Alger a condamné une frappe de l'armée malienne", "España
repudió el bombardeo israelí", "Die Bundesregierung hat den russischen Angriff verurteilt", "Katar,
Rusya'nın ... saldırısını kınadı", "أدانت السعودية الغارة الإسرائيلية", "МИД России осудил удар ВСУ".

The condemning verbs are data (``condemn`` in ``data/triggers/arguments.yaml``). The condemner is the
subject of such a verb whose object is the trigger: the actors before the verb, when it comes first;
in a verb-first language (Arabic) also the ones between the verb and the trigger; when the verb closes
the clause after the trigger (German perfect, Turkish), the clause's first actor; in a verb-final
language (Turkish) a condemning verb before the trigger has another object ("askeri yığınağa tepki
göstererek Washington'ı tehdit etti") and names no condemner of it. An actor attached to
the trigger ("the Russian strike", "Rusya'nın saldırısı") is its agent, never the condemner, and a
passive ("condemned by France") names the condemner after the verb, so it changes nothing here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from vigie_extractor.core.knowledge.actors import ActorMention

# The trigger must open this close after the condemning verb to be its object.
_OBJECT_REACH = 60
# A passive agent marker this close after the verb makes the verb passive ("condemned by France").
_AGENT_REACH = 4


def condemners(
    folded: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    actors: Sequence[ActorMention],
    *,
    condemn: re.Pattern[str] | None,
    passive_agent: re.Pattern[str] | None,
    verb_first: bool,
    verb_final: bool,
    attached: Callable[[ActorMention], bool],
    object_first: bool = False,
) -> list[ActorMention]:
    """The actors of ``clause`` that condemn the trigger at ``trigger`` rather than take part in it.

    >>> import re
    >>> text = "france condemned the russian strike on odesa"
    >>> france = ActorMention(0, 6, "France", "France", "FRA", None, "FRA")
    >>> russian = ActorMention(21, 28, "Russian", "Russia", "RUS", None, "RUS")
    >>> found = condemners(text, (0, len(text)), (29, 35), [france, russian],
    ...                    condemn=re.compile("condemned"), passive_agent=re.compile("by"),
    ...                    verb_first=False, verb_final=False, attached=lambda a: a is russian)
    >>> [a.country for a in found]
    ['FRA']
    """
    if condemn is None:
        return []
    lo, hi = clause
    start, end = trigger
    out: list[ActorMention] = []
    for verb in condemn.finditer(folded, lo, hi):
        if _passive(folded, verb.end(), passive_agent):
            continue
        if verb.end() <= start and start - verb.end() <= _OBJECT_REACH and not object_first:
            out += [a for a in actors if lo <= a.start and a.end <= verb.start()]
            if verb_first:
                out += [a for a in actors if verb.end() <= a.start and a.end <= start and not attached(a)]
        elif verb_final and verb.start() >= end and "," not in folded[end : verb.start()]:
            first = next((a for a in actors if lo <= a.start and a.end <= start), None)
            if first is not None and not attached(first):
                out.append(first)
    return out


def condemning_verb(
    folded: str,
    clause: tuple[int, int],
    trigger: tuple[int, int],
    *,
    condemn: re.Pattern[str] | None,
    passive_agent: re.Pattern[str] | None,
) -> int | None:
    """Where the active condemning verb whose object is the trigger starts, when it comes before the
    trigger: what is named before it is the condemner's, not the event's ("Rabat a dénoncé l'attaque
    ... près de Mellit": Rabat is no place of the attack).

    >>> import re
    >>> condemning_verb("rabat a denonce l'attaque", (0, 25), (18, 25), condemn=re.compile("denonce"),
    ...                 passive_agent=None)
    8
    """
    if condemn is None:
        return None
    lo, hi = clause
    start = trigger[0]
    for verb in condemn.finditer(folded, lo, min(hi, start)):
        if start - verb.end() <= _OBJECT_REACH and not _passive(folded, verb.end(), passive_agent):
            return verb.start()
    return None


def _passive(folded: str, at: int, passive_agent: re.Pattern[str] | None) -> bool:
    """A passive agent marker opens right after the verb ("condemned by", "condamnée par")."""
    if passive_agent is None:
        return False
    found = passive_agent.search(folded, at, at + _AGENT_REACH + 8)
    return found is not None and len(folded[at : found.start()].strip()) <= _AGENT_REACH
