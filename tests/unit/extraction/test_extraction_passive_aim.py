"""A place aimed at or hit in the passive by weapons or strikes is struck ("Zaporijjia a été visée dans
la nuit par des drones russes", "Kharkiv was targeted overnight by Russian drones", "was hit by
Russian drones"): the subject is the side struck, the weapons' adjective the attacker. The same verbs
with an inquiry, sanctions, a storm or a car as the agent are no attack (``triggers/fr.yaml``,
``triggers/en.yaml``; German "ins Visier genommen" already reads so)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"

# (lang, text, attacker's country, struck country)
AIMED = [
    (
        "fr",
        "Zaporijjia a été visée dans la nuit de mardi à mercredi par des drones russes, blessant un civil.",
        "RUS",
        "UKR",
    ),
    ("fr", "La ville de Kharkiv a été ciblée mardi par des missiles russes.", "RUS", "UKR"),
    ("fr", "Une raffinerie de Saratov a été visée lundi soir par des drones ukrainiens.", "UKR", "RUS"),
    ("en", "Kharkiv was targeted overnight by Russian drones, injuring two people.", "RUS", "UKR"),
    ("en", "Kharkiv was hit by Russian drones overnight.", "RUS", "UKR"),
    ("en", "An oil depot in Bryansk was targeted on Tuesday by Ukrainian drones.", "UKR", "RUS"),
    ("de", "Charkiw wurde in der Nacht von russischen Drohnen ins Visier genommen.", "RUS", "UKR"),
]

# (lang, text): aimed at or hit by no weapon
NOT_AIMED = [
    ("fr", "Le ministre a été visé par une enquête pour corruption."),
    ("fr", "L'entreprise a été ciblée mardi par une campagne de dénigrement sur les réseaux sociaux."),
    ("en", "The minister was targeted by an investigation."),
    ("en", "Farmers were hit by new tariffs."),
    ("en", "The region was hit by a storm."),
    ("en", "A pedestrian was hit by a car in Kyiv."),
    ("en", "The campaign was targeted by online attacks from abroad."),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), AIMED)
def test_a_place_aimed_at_by_weapons_is_struck(
    extractor: Extractor, lang: str, text: str, source: str, target: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert events, text
    event = events[0]
    assert event.source is not None and event.source.country == source, event.source
    assert event.target is not None and event.target.country == target, event.target


@pytest.mark.parametrize(("lang", "text"), NOT_AIMED)
def test_aimed_at_by_no_weapon_is_no_attack(extractor: Extractor, lang: str, text: str) -> None:
    assert not alertable(extractor.extract(doc(text, lang, PUBLISHED)).events), text
