"""Feed boilerplate (bylines, photo captions, related links): blanked in the folded text before coding.

Feed items and web pages carry lines that tell no event: a byline ("By Staff Reporter |", "Par Jean
Dupont") whose role noun would be read as a media actor, a photo caption ("Photo: Smoke rises over
Beirut, November 12. REUTERS") whose city and date belong to a picture, often older and taken
elsewhere, and would be read as the event's place or as a second event, and the headline of another
story linked after the lead ("Read also: Russian drones hit Kharkiv", "Lire aussi : ..."), which
would be read as an event of this one, on this one's date. Bylines and captions open a line; a
related link opens a line or follows the end of a sentence. The words that open them are data
(``data/boilerplate.yaml``).

>>> mask = boilerplate_masker(["By"], ["Photo"], ["Read also"])
>>> mask("title\\n\\nby staff reporter | troops left").split("\\n")[-1].lstrip()
'troops left'
>>> mask("title\\n\\nby tuesday, troops had left the town").split("\\n")[-1]
'by tuesday, troops had left the town'
>>> mask("troops left kherson.\\nphoto: smoke over kyiv. reuters").split("\\n")[-1].strip()
''
>>> mask("troops left kherson. read also: drones hit kyiv").strip()
'troops left kherson.'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.patterns import blank_line_matches, blank_matches
from vigie_extractor.core.triggers import TriggerDataError, read_data_yaml

# A byline's name: one to five words of letters (with "." "-" "'"), then a separator or the line end.
# A byline closed by the line end is looked for below the first line only: a headline may open with
# a byline word ("Von der Leyen trifft Selenskyj", "Por qué Rusia ataca Kiev").
_NAME = r"[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){0,4}"
# What ends the sentence a related link may open after, before its space ("... Lire aussi : ...").
_ENDS = frozenset('.!?\u2026\u00bb"')


def boilerplate_masker(bylines: list[str], captions: list[str], related: list[str]) -> Callable[[str], str]:
    """A function blanking (with spaces, offsets kept) every byline, caption and related link of folded
    text."""

    def words(names: list[str]) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(names, key=len, reverse=True))

    pattern = re.compile(
        rf"(?m)^ *(?:{words(bylines)}) ?:? {_NAME} ?[|•·] ?"
        rf"|(?<=\n) *(?:{words(bylines)}) ?:? {_NAME} *$"
        rf"|^ *\(?(?:{words(captions)}) ?:[^\n]*"
    )

    # after a line break, the start of the text or the end of a sentence, to the end of the line
    link = re.compile(rf"(?:{words(related)}) ?:[^\n]*")

    def mask(folded: str) -> str:
        lines = blank_line_matches(pattern, folded)  # neither holds a line break
        if ":" not in lines:  # a related link is followed by its colon: most texts have none
            return lines
        return blank_matches(lines, opened_matches(link, lines))

    return mask


def opened_matches(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The matches of ``pattern`` that open the text, a line or a sentence (after ". ", "» "...):
    ``finditer`` of ``(?:(?<![^\\n])|(?<=[.!?…»"] ))`` + ``pattern``, whose look-behinds the regex
    engine would try at every character; searched for the pattern's own words, the opening checked
    after. ``pattern`` must not match the empty string.

    >>> [m.start() for m in opened_matches(re.compile("read more"), "x read more. read more")]
    [13]
    """
    found: list[re.Match[str]] = []
    pos = 0
    while (m := pattern.search(text, pos)) is not None:
        at = m.start()
        before = text[max(0, at - 2) : at]
        if at == 0 or before[-1] == "\n" or (before[-1] == " " and len(before) == 2 and before[0] in _ENDS):
            found.append(m)
            pos = m.end()
        else:
            pos = at + 1  # a later match may start inside this one
    return found


def _names(raw: object, key: str) -> list[str]:
    value = raw.get(key) if isinstance(raw, dict) else None
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise TriggerDataError(f"boilerplate.yaml: {key}: expected a non-empty list of words")
    return value


def parse_boilerplate(raw: object) -> Callable[[str], str]:
    """The masker of a parsed ``boilerplate.yaml`` (``TriggerDataError`` naming the bad key)."""
    return boilerplate_masker(_names(raw, "bylines"), _names(raw, "captions"), _names(raw, "related"))


@cache
def load_boilerplate_masker() -> Callable[[str], str]:
    """The masker built from ``data/boilerplate.yaml`` (``TriggerDataError`` when malformed)."""
    return parse_boilerplate(read_data_yaml("boilerplate.yaml"))
