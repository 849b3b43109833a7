"""Acts joined in one sentence: "shelled X and captured Y", "atacaron la comisaría y tomaron el control".

A sentence may tell two acts of one subject joined by a ``chain`` word of the language (context key
of ``data/triggers/<lang>.yaml``: "and", "puis", "y", "und", the glued Arabic "و", "ve", "и"). The
first act has its own object before the chain word, and the second trigger follows the chain word
within a few words ("und die Kontrolle ... übernommen"). Such a pair is two happenings: the
de-duplication does not let the second absorb the first as its background (``dedupe``).

>>> import re
>>> chain = re.compile(r"(?<!\\w)(?:and|then)(?!\\w)")
>>> f = "rebels stormed the police station and took control of the town"
>>> joined(f, (7, 14), (f.index("took"), f.index("took") + 4), chain)
True
>>> f = "rebels attacked and captured the town"
>>> joined(f, (7, 15), (f.index("captured"), f.index("captured") + 8), chain)
False
"""

from __future__ import annotations

import re

from vigie.contracts import Event

# At most this many words between the chain word and the second trigger ("y el domingo tomaron").
_AFTER_CHAIN = 3
# Two triggers farther apart than this are not read as one chain.
_REACH = 220
_WORDS = re.compile(r"[^\W_][\w'-]*")
# A full stop, question mark or semicolon between two triggers ends the chain.
_STOP = re.compile(r"[.;!?؛]")


def joined(folded: str, first: tuple[int, int], second: tuple[int, int], chain: re.Pattern[str]) -> bool:
    """True when the trigger at ``second`` is joined to the act at ``first`` by a chain word that
    follows the first act's own words (its object, its day, in the gap or inside its trigger) and
    stands at most ``_AFTER_CHAIN`` words before the second trigger. A glued conjunction (Arabic
    "وسيطروا") ends the gap, which is read with a space after it."""
    lo, hi = first[1], second[0]
    if hi <= lo or hi - lo > _REACH or _STOP.search(folded, lo, hi):
        return False
    gap = folded[lo:hi] + " "
    last = max(chain.finditer(gap), key=lambda m: m.start(), default=None)
    if last is None:
        return False
    # the first act's own words: in the gap, or inside its trigger ("einen Stützpunkt ... gestürmt")
    own = _WORDS.search(gap, 0, last.start()) is not None or len(_WORDS.findall(folded, *first)) > 1
    return own and len(_WORDS.findall(gap, last.end())) <= _AFTER_CHAIN


def chained_acts(events: list[Event], folded: str, chain: re.Pattern[str] | None) -> set[frozenset[str]]:
    """The pairs of event ids whose triggers ``joined`` links in one sentence."""
    if chain is None:
        return set()
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.evidence.start, []).append(e)
    pairs: set[frozenset[str]] = set()
    for group in by_sentence.values():
        if len(group) < 2:
            continue
        ordered = sorted(group, key=lambda e: e.evidence.trigger_start)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                first = (a.evidence.trigger_start, a.evidence.trigger_end)
                second = (b.evidence.trigger_start, b.evidence.trigger_end)
                if joined(folded, first, second, chain):
                    pairs.add(frozenset((a.event_id, b.event_id)))
    return pairs


def share_subject(events: list[Event], chained: set[frozenset[str]]) -> list[Event]:
    """``events`` where the second act of a chain takes the first one's subject when it has none of
    its own, or when it read the first act's object as its subject (Arabic "هاجم مسلحون من حركة
    الشباب قاعدة للجيش، وسيطروا على البلدة": the fighters, not the army, took the town)."""
    if not chained:
        return events
    out: list[Event] = []
    for e in events:
        first = next(
            (
                o
                for o in events
                if o.evidence.trigger_start < e.evidence.trigger_start
                and frozenset((o.event_id, e.event_id)) in chained
            ),
            None,
        )
        if first is None or first.source is None or first.source == e.target:
            out.append(e)
        elif e.source is None or (first.target is not None and e.source == first.target):
            target = e.target if e.target is not None else (e.source if e.source != first.source else None)
            out.append(e.model_copy(update={"source": first.source, "target": target}))
        else:
            out.append(e)
    return out


# A weapon named this few characters after the strike of its clause is that strike's instrument.
_INSTRUMENT_WITHIN = 60
_STRIKES = frozenset({"airstrike", "missile_strike", "shelling", "assault"})


def instrument_sides(events: list[Event], chained: set[frozenset[str]]) -> list[Event]:
    """``events`` where a weapon told right after the strike of its clause ("Rusia atacó Kiev con
    misiles balísticos", "a frappé Kiev avec des missiles") and that read the struck side as its
    attacker takes the strike's sides: one act told by two triggers, which de-duplication then
    merges. Not across a clause mark or a chain word (a second act)."""
    out: list[Event] = []
    for e in events:
        strike = next(
            (
                o
                for o in events
                if o is not e
                and o.category in _STRIKES
                and e.category in _STRIKES
                and o.evidence.start == e.evidence.start
                and 0 <= e.evidence.trigger_start - o.evidence.trigger_end <= _INSTRUMENT_WITHIN
                and o.target is not None
                and e.source is not None
                and e.source.text == o.target.text  # the struck side's words read as the attacker
                and frozenset((o.event_id, e.event_id)) not in chained
                and not _STOP_OR_COMMA.search(
                    e.evidence.sentence,
                    o.evidence.trigger_end - e.evidence.start,
                    e.evidence.trigger_start - e.evidence.start,
                )
            ),
            None,
        )
        out.append(
            e if strike is None else e.model_copy(update={"source": strike.source, "target": strike.target})
        )
    return out


_STOP_OR_COMMA = re.compile(r"[,;:.!?،؛]")
