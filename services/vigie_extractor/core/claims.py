"""Claims of responsibility: the group that claims an attack names the attacker the attack's own
sentence leaves out ("A car bomb killed 12 people ... Al-Shabaab claimed responsibility")."""

from __future__ import annotations

import re

from vigie_extractor.core.knowledge.actors import ActorMention

_BARE_KINDS = frozenset({"country", "capital"})

# An accusation ("the government blamed X for the attack") is no claim: its cue is ``accuse``, not
# ``claim``, and only a ``claim`` cue names a claimant here.


def claimant(
    folded: str, claim: re.Pattern[str] | None, actors: list[ActorMention], span: tuple[int, int]
) -> ActorMention | None:
    """The actor named next to a claim cue inside ``span`` (one sentence), the nearest one on either
    side ("Al-Shabaab claimed ...", "revendiquée par l'EI", "Zu der Tat bekannten sich die
    pakistanischen Taliban"), never a state named alone. None without a cue or such an actor.

    >>> import re
    >>> shabaab = ActorMention(0, 10, "Al-Shabaab", "al-Shabaab", "SOM", "REB", None, kind="group")
    >>> claimant("al-shabaab claimed it", re.compile("claimed"), [shabaab], (0, 21)).name
    'al-Shabaab'
    """
    if claim is None:
        return None
    lo, hi = span
    # a state named by its name alone is where the attack was, not who claimed it ("no group has
    # claimed the attack in Somalia")
    groups = [a for a in actors if lo <= a.start and a.end <= hi and a.kind not in _BARE_KINDS]
    cue = claim.search(folded, lo, hi)
    if cue is None or not groups:
        return None
    return min(groups, key=lambda a: max(a.start - cue.end(), cue.start() - a.end))
