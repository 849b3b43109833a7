"""Wire datelines ("Kiev, 11 nov (EFE).-"): blanked in the folded text before coding.

A dateline opens a line of copy with the city where the story was filed (and sometimes its country),
a date and the agency in brackets, then a dash; Russian copy closes it with the agency between
slashes or after a dash and a period ("МОСКВА, 12 октября. /ТАСС/.", "МОСКВА, 24 ноя — РИА Новости."),
whose periods end no sentence (``sentences.AGENCY_DATELINE``). It names no actor and no event
place, but a city there would otherwise be read as the nearest actor before the lead's first verb
("Beirut, ... .- Israeli jets struck ...") or as the event's place. The agencies are data
(``data/datelines.yaml``).

>>> mask = dateline_masker(["EFE", "Reuters", "dpa"])
>>> text = "title\\n\\nkiev, 11 nov (efe).- rusia lanzo drones"
>>> masked = mask(text)
>>> (len(masked) == len(text), masked.split("\\n")[-1].lstrip())
(True, 'rusia lanzo drones')
>>> mask("kyiv, nov 12 (reuters) - russia launched drones").lstrip()
'russia launched drones'
>>> mask("kairo/khartum (dpa) - die armee").lstrip()
'die armee'
>>> mask("title\\n\\nbeirut - israeli jets struck").split("\\n")[-1].lstrip()
'israeli jets struck'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.patterns import blank_line_matches
from vigie_extractor.core.triggers import TriggerDataError, read_data_yaml

# City (one to four words, optionally "(country)"; several joined by "/": "Kairo/Khartum"), a comma and
# a short date (dpa's "Kiew (dpa) -" has none), "(AGENCY)", then ".-", "-" or "—".
_CITY = r"[^\W\d_][^\W\d_.'-]*(?:[ '-][^\W\d_][^\W\d_.'-]*){0,3}(?: \([^()\n]{1,30}\))?"
_DATE = r"[^()\n,]{1,25}?"
# The city of a dateline with no agency: one or two words ("BEIRUT", "NEW YORK", "القاهرة"), then a
# spaced dash; only on a line after the headline, which may itself read "Liban - frappes israéliennes".
# A longer opening before a dash is a clause ("Nach dem Angriff - so Kiew (dpa) - herrscht Stille").
_BARE_CITY = r"[^\W\d_][^\W\d_.'-]*(?:[ '-][^\W\d_][^\W\d_.'-]*)?"
# Every dateline holds one of these: the agency's bracket, the slashes of "/ТАСС/" or a dash.
_MARKS = re.compile(r"[(/\-–—]")


def dateline_masker(agencies: list[str]) -> Callable[[str], str]:
    """A function blanking (with spaces, offsets kept) every dateline at the start of a line."""
    names = "|".join(re.escape(fold(a)) for a in sorted(agencies, key=len, reverse=True))
    pattern = re.compile(
        rf"(?m)^{_CITY}(?:/{_CITY})*(?:, {_DATE})? \((?:{names})(?: ?[/,] ?(?:{names}))*\) ?\.? ?[-–—]+ ?"
        # Russian wire copy: "МОСКВА, 12 октября. /ТАСС/.", "МОСКВА, 24 ноя — РИА Новости."
        rf"|^{_CITY}, {_DATE}(?:\. ?/(?:{names})/|\.? ?[-–—] ?(?:{names}))\. ?"
        # a newspaper's own dateline, no agency, opening a body line: "BEIRUT - ", "القاهرة - "
        rf"|(?<=\n){_BARE_CITY} [-–—] "
    )

    def mask(folded: str) -> str:
        return blank_line_matches(pattern, folded, _MARKS)  # a dateline holds no line break

    return mask


@cache
def load_dateline_masker() -> Callable[[str], str]:
    """The masker built from ``data/datelines.yaml`` (``TriggerDataError`` when malformed)."""
    raw = read_data_yaml("datelines.yaml")
    agencies = raw.get("agencies") if isinstance(raw, dict) else None
    if not isinstance(agencies, list) or not agencies or not all(isinstance(a, str) and a for a in agencies):
        raise TriggerDataError("datelines.yaml: agencies: expected a non-empty list of names")
    return dateline_masker(agencies)
