"""Two parties named as a pair ("the two leaders", "both sides", "les deux présidents", "ambos
mandatarios", "die beiden Regierungschefs", "лидеры двух стран", "İki lider", "الزعيمان"): a call, a
meeting, a truce or a clash told of the pair is between the two sides of different countries the
article named just before (the headline "Erdogan and Putin discuss...", or the previous sentence),
the first named being the source. The pair words are data (``pair`` in
``data/triggers/arguments.yaml``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from vigie_extractor.core.knowledge.actors import ActorMention

# How far after the trigger a pair word may stand (Arabic puts the subject after the verb:
# "بحث الزعيمان").
_AFTER_TRIGGER = 40
# Mentions that name a party: a person, an official, a state, a force; not a seat or a capital,
# which name where the parties meet as often as a party.
_PARTIES = frozenset({"person", "adjective_role", "country", "group", "org"})


def told_of_pair(
    folded: str, sentence: tuple[int, int], trigger: tuple[int, int], cue: re.Pattern[str] | None
) -> bool:
    """A pair word stands in the trigger's sentence, before the trigger or just after it."""
    if cue is None:
        return False
    lo, hi = sentence
    return cue.search(folded, lo, min(hi, trigger[1] + _AFTER_TRIGGER)) is not None


def named_pair(earlier: Sequence[Sequence[ActorMention]]) -> tuple[ActorMention, ActorMention] | None:
    """The first two parties of different countries in the nearest of the ``earlier`` sentences
    (nearest first) that names two.

    >>> a = ActorMention(0, 7, "Erdogan", "Erdogan", "TUR", "GOV", "TURGOV", kind="person")
    >>> b = ActorMention(12, 17, "Putin", "Putin", "RUS", "GOV", "RUSGOV", kind="person")
    >>> [m.country for m in named_pair([[a, b]]) or ()]
    ['TUR', 'RUS']
    """
    for mentions in earlier:
        parties = [m for m in mentions if m.country is not None and m.kind in _PARTIES]
        first = parties[0] if parties else None
        second = next((m for m in parties if first is not None and m.country != first.country), None)
        if first is not None and second is not None:
            return first, second
    return None
