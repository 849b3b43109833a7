"""What a sentence's place in the article says of it beyond its own words.

Two frames reach past one sentence. A headline that announces a war game or a scenario ("Et si la
Chine imposait un blocus à Taïwan ?", "Planspiel: ...") imagines everything its article tells. A
commentator's reported speech carries on into the next sentence of the paragraph when that sentence
is hedged (German Konjunktiv I, French conditional) and names no speaker of its own ("..., sagt ein
Sahel-Experte. Ein Angriff auf Bamako sei derzeit aber unwahrscheinlich."): it is still the guess.
The cues are data (``scenario_headline`` and ``speculation_source`` in ``data/factuality/<lang>.yaml``).

>>> text = "Title\\n\\nFirst one. Second one.\\n\\nThird one."
>>> headline(text)
'Title'
>>> previous_sentence(text, text.index("Second"))
(7, 17)
>>> previous_sentence(text, text.index("Third")) is None
True
"""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = "\n\n"
# a full stop, then a closing quote (French sets it off with a space: "citation. »"), then a space
_SENTENCE_END = re.compile(r"[.!?؟…](?:\s?[»\"“”])?(?=\s)(?!\s[»\"“”])")


def headline(text: str) -> str:
    """The headline: the text before the first blank line, or nothing when the text has none."""
    end = text.find(_PARAGRAPH_BREAK)
    return "" if end < 0 else text[:end]


def previous_sentence(text: str, start: int) -> tuple[int, int] | None:
    """The span of the sentence before the one starting at ``start``, in the same paragraph (None
    for a paragraph's first sentence)."""
    paragraph = text.rfind(_PARAGRAPH_BREAK, 0, start)
    lo = 0 if paragraph < 0 else paragraph + len(_PARAGRAPH_BREAK)
    hi = start
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    if hi <= lo:
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, hi)]
    begin = ends[-1] if ends else lo
    while begin < hi and text[begin].isspace():
        begin += 1
    return (begin, hi) if begin < hi else None
