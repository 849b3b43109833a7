"""German compounds that name a country or a seat of power: a compass direction glued to a
country's name ("Ostukraine", "Nordsyrien", "Süd-Libanon") is a part of that country, and a seat
of power glued to a head noun ("Kremlchef", "Pentagon-Sprecher") speaks for its government.

The prefixes and heads are data (``morphology.yaml``, ``de``); a compound that is already the
name of another country ("Südsudan", "Nordkorea") is never generated.

>>> from vigie_extractor.core.knowledge.morphology import Morphology
>>> directional_forms("Ukraine", Morphology.load(), frozenset())[:2]
['Nordukraine', 'Nord-Ukraine']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from vigie_extractor.core.knowledge.countries import Country
from vigie_extractor.core.knowledge.morphology import Morphology
from vigie_extractor.core.knowledge.normalise import fold

__all__ = ["country_name_keys", "directional_forms", "seat_compounds"]


def country_name_keys(countries: Mapping[str, Country]) -> frozenset[str]:
    """Folded names of every country in every language: compounds never shadow them."""
    return frozenset(fold(n) for c in countries.values() for names in c.names.values() for n in names)


def directional_forms(name: str, morph: Morphology, taken: frozenset[str]) -> list[str]:
    """The compounds "Nordukraine", "Nord-Ukraine"... of a one-word German name, minus ``taken``."""
    return [
        form
        for prefix in morph.de_direction_prefixes
        for form in _glued(prefix, name)
        if fold(form) not in taken
    ]


def seat_compounds(form: str, morph: Morphology) -> list[str]:
    """The compounds "Kremlchef", "Kreml-Chef", "Kremlsprecher"... of a one-word German seat."""
    return [compound for head in morph.de_seat_heads for compound in _glued(form, head)]


def _glued(first: str, second: str) -> Iterable[str]:
    if " " in first + second or not first[:1].isupper() or first.isupper() or second.isupper():
        return ()
    return (first + second[:1].lower() + second[1:], f"{first}-{second[:1].upper()}{second[1:]}")
