"""The speaker of a threat told in its own words: «Nous frapperons ...», a averti le général.

A threat quoted in the first person ("we will strike", "nous frapperons", "мы ударим", "vururuz")
names its author only outside the quote: in the attribution after it ("..., a averti le chef
d'état-major iranien", "— заявил Медведев") or before it ("Qassem said: «...»"). The speaker is
the threat's source; the first other side named in the quote after the threatened verb is its
target. The sides read around the trigger otherwise take the quote's objects for the author.
"""

from __future__ import annotations

from dataclasses import replace

from vigie_extractor.core.arguments import Sides
from vigie_extractor.core.knowledge.actors import ActorMention

# Opening quote -> its closing quote, as wire copy writes them in the seven languages.
QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}


def quote_around(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int] | None:
    """The span (opening, closing offset) of the quotation of ``text[lo:hi]`` that holds
    ``text[start:end]``, or None when the words are not quoted."""
    for opening in range(start - 1, lo - 1, -1):
        char = text[opening]
        closing_char = QUOTES.get(char)
        if closing_char is None:
            if char in QUOTES.values():
                return None  # a quotation closes before the words: they are outside it
            continue
        closing = text.find(closing_char, end, hi)
        return (opening, closing) if closing >= 0 else None
    return None


def quoted_speaker(
    text: str, sentence: tuple[int, int], trigger: tuple[int, int], actors: list[ActorMention], sides: Sides
) -> Sides:
    """``sides`` of a threat whose trigger is quoted, with the speaker named outside the quote as
    source (the first side with a country after the quote, else the last one before it), and the first
    other side quoted from the trigger on (inside a gapped trigger: "wir werden jede ukrainische
    Stellung zerstören") as its target."""
    lo, hi = sentence
    quote = quote_around(text, lo, hi, *trigger)
    if quote is None:
        return sides
    opening, closing = quote
    after = [a for a in actors if a.start > closing and a.end <= hi and a.country is not None]
    before = [a for a in actors if lo <= a.start and a.end <= opening and a.country is not None]
    speaker = after[0] if after else (before[-1] if before else None)
    if speaker is None:
        return sides
    quoted = [
        a
        for a in actors
        if trigger[0] <= a.start and a.end <= closing and a.country not in (None, speaker.country)
    ]
    target = quoted[0] if quoted else sides.target
    if target is not None and target.country == speaker.country:
        target = None
    return replace(sides, source=speaker, target=target)
