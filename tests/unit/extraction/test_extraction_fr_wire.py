"""French wire copy: visits and meetings announced in the simple future, speakers named after their
verb of saying ("..., a annoncé le ministère"), and, in every language, an actor after "against"
that is the target even when nobody else is named."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _events(extractor: Extractor, text: str, lang: str = "fr") -> list[Event]:
    return alertable(extractor.extract(doc(text, lang)).events)


# a visit or a meeting still to come is no event; the same words in the past tense are one
FUTURE = [
    ("Le président tchadien effectuera une visite d'État au Niger en janvier.", "visit"),
    ("Les deux chefs de la diplomatie se rendront à Genève pour une réunion avec l'émissaire.", "meeting"),
    ("Le Premier ministre indien sera reçu à l'Élysée par Emmanuel Macron.", "visit"),
    ("La ministre rencontrera son homologue marocain à Rabat.", "meeting"),
    ("Le chancelier allemand est attendu en visite à Varsovie la semaine prochaine.", "visit"),
]
DONE = [
    ("Le président tchadien a effectué lundi une visite d'État au Niger.", "visit"),
    ("Le Premier ministre indien a été reçu mardi à l'Élysée par Emmanuel Macron.", "visit"),
    ("La ministre a rencontré mardi son homologue marocain à Rabat.", "meeting"),
]


@pytest.mark.parametrize(("text", "category"), FUTURE)
def test_a_visit_or_meeting_to_come_is_not_alertable(extractor: Extractor, text: str, category: str) -> None:
    assert category not in [e.category for e in _events(extractor, text)]


@pytest.mark.parametrize(("text", "category"), DONE)
def test_the_same_visit_or_meeting_done_is_coded(extractor: Extractor, text: str, category: str) -> None:
    assert category in [e.category for e in _events(extractor, text)]


# (lang, text, category, source country, target country)
SIDES = [
    # the speaker after its verb is neither side when the sentence names the two
    (
        "fr",
        "Le Japon a imposé des sanctions à la Corée du Nord, a annoncé mardi le gouvernement japonais.",
        "sanction",
        "JPN",
        "PRK",
    ),
    (
        "fr",
        "Les Pays-Bas ont livré à l'Ukraine six avions de combat F-16, a indiqué jeudi le ministère "
        "néerlandais de la Défense.",
        "military_aid",
        "NLD",
        "UKR",
    ),
    (
        "fr",
        "Des drones russes ont frappé mardi soir Soumy, a fait savoir l'administration ukrainienne.",
        "airstrike",
        "RUS",
        "UKR",
    ),
    (
        "fr",
        "Les Vingt-Sept ont adopté un nouveau train de sanctions contre l'Iran, a annoncé la présidence "
        "irlandaise du Conseil.",
        "sanction",
        None,
        "IRN",
    ),
    # ...and is the source when nobody else is named: the army tells its own act
    (
        "fr",
        "« Nous avons repoussé une attaque près de Kolofata », a déclaré lundi l'armée camerounaise.",
        "clash",
        "CMR",
        None,
    ),
    # an actor after "against" is the target, also when the sentence names no other side
    ("en", "New sanctions against Iran were approved on Tuesday.", "sanction", None, "IRN"),
    ("es", "Nuevas sanciones contra Venezuela fueron aprobadas el jueves.", "sanction", None, "VEN"),
    ("de", "Neue Sanktionen gegen Belarus wurden am Montag beschlossen.", "sanction", None, "BLR"),
    ("fr", "De nouvelles sanctions contre la Syrie ont été adoptées lundi.", "sanction", None, "SYR"),
    ("fr", "Des sanctions contre le Venezuela ont été adoptées par le Canada.", "sanction", "CAN", "VEN"),
]


@pytest.mark.parametrize(("lang", "text", "category", "source", "target"), SIDES)
def test_speakers_and_opponents_are_placed(
    extractor: Extractor, lang: str, text: str, category: str, *, source: str | None, target: str | None
) -> None:
    events = [e for e in _events(extractor, text, lang) if e.category == category]
    assert events, text
    event = events[0]
    assert (event.source.country if event.source else None) == source
    assert (event.target.country if event.target else None) == target
