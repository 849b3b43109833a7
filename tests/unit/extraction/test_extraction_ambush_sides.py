"""The sides of an ambush told three times: a telegraphic headline without its auxiliary ("un convoi
de l'armée pris en embuscade"), a passive lead that names the attackers ("a été pris en embuscade ...
par des combattants de l'État islamique", "von Kämpfern der JNIM überfallen") and a later sentence
about the fighting. The lead's pair of sides wins over the headline that reads the side struck as the
attacker, and a bare attack that names the attacker lends it to the fight that absorbs it. "Pris en
embuscade", "pris pour cible" are no capture."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"

# (lang, title, lead, (attacker, struck))
AMBUSHES = [
    (
        "fr",
        "Niger : un convoi de l'armée pris en embuscade près de Tillabéri",
        "Un convoi de l'armée nigérienne a été pris en embuscade dimanche près de Tillabéri par des "
        "combattants de l'État islamique. Six soldats ont été tués.",
        (("NER", "REB"), ("NER", "MIL")),
    ),
    (
        "en",
        "Army patrol ambushed near Tillaberi",
        "A Nigerien army patrol was ambushed on Sunday near Tillaberi by fighters of the Islamic State "
        "Sahel Province, killing six soldiers.",
        (("NER", "REB"), ("NER", "MIL")),
    ),
    (
        "de",
        "Armeekonvoi in Mali überfallen",
        "Ein Konvoi der malischen Armee ist am Sonntag bei Ménaka von Kämpfern der Terrormiliz JNIM "
        "überfallen worden. Bei den Gefechten wurden 15 Soldaten getötet.",
        (("MLI", "REB"), ("MLI", "MIL")),
    ),
    (
        "es",
        "Emboscada a una patrulla del Ejército en Cauca",
        "Una patrulla del Ejército colombiano fue emboscada el domingo en Suárez, Cauca, por guerrilleros "
        "del ELN. Dos soldados murieron en los combates.",
        (("COL", "REB"), ("COL", "MIL")),
    ),
    (
        "tr",
        "Nijer ordusuna pusu",
        "Nijer ordusuna ait bir konvoy, Pazar günü Tillaberi yakınlarında IŞİD militanları tarafından "
        "pusuya düşürüldü.",
        (("NER", "REB"), ("NER", "MIL")),
    ),
]

# (lang, text): an ambush or a targeting told with "pris", no town taken
NOT_CAPTURES = [
    (
        "fr",
        "Un convoi de l'armée burkinabè a été pris en embuscade dimanche près de Djibo par des jihadistes.",
    ),
    (
        "fr",
        "Un camp militaire a été pris pour cible lundi près de Ménaka par des tirs d'obus des jihadistes.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "lead", "sides"), AMBUSHES)
def test_an_ambush_keeps_the_attackers_the_lead_names(
    extractor: Extractor, lang: str, title: str, lead: str, sides: tuple[tuple[str, str], tuple[str, str]]
) -> None:
    events = alertable(extractor.extract(doc(lead, lang, PUBLISHED, title=title)).events)
    fights = [e for e in events if e.plover in {"FIGHT", "ASSAULT"}]
    assert len(fights) == 1, events
    assert (side(fights[0].source), side(fights[0].target)) == sides


@pytest.mark.parametrize(("lang", "text"), NOT_CAPTURES)
def test_pris_en_embuscade_is_no_capture(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert all(e.category != "capture" for e in events), events
