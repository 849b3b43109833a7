"""Spanish demonyms ending in a stressed í/ú make their plural in -íes (and -ís in speech):
"israelíes", "iraquíes", "yemenís"; the rest add -s or -es ("rusos", "franceses")."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest

from vigie_extractor.core.knowledge import ActorLexicon


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load()


# (text, expected code of the only mention)
PLURALS = [
    ("Aviones israelíes atacaron el puerto.", "ISR"),
    ("Los drones iraníes cayeron cerca de la base.", "IRN"),
    ("Dos milicianos iraquíes murieron.", "IRQREB"),
    ("Los combatientes yemenís dispararon.", "YEMREB"),
    ("Soldados paquistaníes patrullan la frontera.", "PAKMIL"),
    ("Los marroquíes votaron el domingo.", "MAR"),
    ("Los franceses votaron el domingo.", "FRA"),
]


@pytest.mark.parametrize(("text", "code"), PLURALS)
def test_spanish_plural_demonyms_are_known(text: str, code: str) -> None:
    mentions = _lexicon().find(text, "es", on=date(2026, 11, 1))
    assert [m.code for m in mentions] == [code]
