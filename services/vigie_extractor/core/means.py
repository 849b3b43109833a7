"""The means a bombardment verb names after it, as its instrument: "bombardeó Járkov con drones".

The bombardment verbs of every language ("bombarded", "a bombardé", "bombardeó", "bombardierte") code
a shelling by default, since they name no weapon, and Spanish or French wire copy uses them for air
raids as often as for artillery. When the clause goes on to name the weapon as the verb's instrument
("with drones", "avec des missiles", "con aviones de combate", "mit Drohnen"), that weapon, not the
verb, decides the category. A weapon named after the verb without an instrument word ("bombardeó
Járkov y los drones atacaron Odesa") is another act; the instrument words are per language
(``context.instrument`` of ``data/triggers/<lang>.yaml``).
"""

from __future__ import annotations

import re

# How far (characters) before a weapon its instrument word may start ("avec des", "con").
INSTRUMENT_REACH = 24
# The weapons that make a bombardment another category, in the order they are tried on one word.
MEANS = (("drone", "airstrike", "1952"), ("missile", "missile_strike", None), ("aircraft", "airstrike", None))


def instrument_before(instrument: re.Pattern[str], folded: str, start: int, floor: int) -> bool:
    """True when an instrument word ends right before ``start`` (only spaces between), after ``floor``."""
    lo = max(floor, start - INSTRUMENT_REACH)
    return any(not folded[m.end() : start].strip() for m in instrument.finditer(folded, lo, start))


def clause_end(folded: str, start: int, end: int, clause: re.Pattern[str] | None) -> int:
    """Where the clause that goes on from ``start`` ends: a semicolon or a word opening a new clause."""
    stops = [i for i in (folded.find(";", start, end),) if i >= 0]
    if clause is not None and (m := clause.search(folded, start, end)) is not None:
        stops.append(m.start())
    return min(stops, default=end)
