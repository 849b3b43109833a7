"""A side named as the target of an attack ("Kiev a été la cible d'une attaque de drones russes", "Kiev
fue blanco de un ataque con drones rusos", "Kyiv was the target of a Russian drone attack") is the
side struck, and the agent is the attack's own genitive or adjective, after its weapons if need be;
a German passive's auxiliary may stand a night and an adverb before the agent ("ist in der Nacht zum
Mittwoch erneut von Russland ... angegriffen worden")."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"

# (lang, text, attacker's country, struck country)
TARGETS_OF = [
    (
        "fr",
        "Kiev a été la cible d'une attaque massive de drones russes dans la nuit de mardi à mercredi.",
        "RUS",
        "UKR",
    ),
    ("fr", "La ville de Soumy a été la cible de frappes de l'armée russe mardi.", "RUS", "UKR"),
    ("es", "Kiev fue blanco de un ataque con drones rusos en la madrugada del miércoles.", "RUS", "UKR"),
    ("en", "Kyiv was the target of a Russian drone attack overnight into Wednesday.", "RUS", "UKR"),
    (
        "de",
        "Kiew ist in der Nacht zum Mittwoch erneut von Russland mit Raketen angegriffen worden.",
        "RUS",
        "UKR",
    ),
    (
        "de",
        "Die russische Grenzregion Belgorod ist am Dienstag nach Angaben des Gouverneurs von ukrainischer "
        "Artillerie beschossen worden.",
        "UKR",
        "RUS",
    ),
]


@pytest.mark.parametrize(("lang", "text", "attacker", "struck"), TARGETS_OF)
def test_the_target_of_an_attack_is_struck_by_the_attacks_agent(
    extractor: Extractor, lang: str, text: str, attacker: str, struck: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, text
    event = events[0]
    assert event.source is not None and event.source.country == attacker, text
    assert event.target is not None and event.target.country == struck, text
