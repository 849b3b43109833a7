"""Who condemns an attack is no side of it: the state, ministry or official that condemns, denounces
or deplores a strike is neither its author nor its target, in every language (``condemn`` cues of
``data/triggers/arguments.yaml``, ``core/condemners.py``). Near misses: the attacker named before
the trigger stays the source when the condemnation comes after it, and a passive "condemned by"
changes nothing."""

from __future__ import annotations

import re

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.condemners import condemners
from vigie_extractor.core.knowledge.actors import ActorMention

# (lang, text, category, source country, target country, the condemner's country)
CONDEMNED = [
    (
        "en",
        "Poland on Tuesday condemned a Russian drone strike on Lviv that killed three people.",
        "airstrike",
        "RUS",
        "UKR",
        "POL",
    ),
    (
        "en",
        "Qatar and Oman denounced an Israeli air strike on a school in Gaza City on Monday.",
        "airstrike",
        "ISR",
        "PSE",
        "QAT",
    ),
    (
        "fr",
        "La Belgique a condamné mardi la frappe de missiles russes qui a tué quatre civils à Zaporijjia.",
        "missile_strike",
        "RUS",
        "UKR",
        "BEL",
    ),
    (
        "es",
        "Chile condenó el martes el bombardeo ruso contra un hospital de Járkov, que dejó dos muertos.",
        "shelling",
        "RUS",
        "UKR",
        "CHL",
    ),
    (
        "de",
        "Italien hat den russischen Drohnenangriff auf Odessa in der Nacht zum Dienstag scharf verurteilt.",
        "airstrike",
        "RUS",
        "UKR",
        "ITA",
    ),
    (
        "ru",
        "Министерство иностранных дел Белоруссии осудило удар израильской авиации по Бейруту во вторник.",
        "airstrike",
        "ISR",
        "LBN",
        "BLR",
    ),
    (
        "tr",
        "Azerbaycan, Rusya'nın salı günü Harkiv'e düzenlediği füze saldırısını kınadı.",
        "missile_strike",
        "RUS",
        "UKR",
        "AZE",
    ),
    (
        "ar",
        "أدانت الكويت، الثلاثاء، الغارة الإسرائيلية على مدرسة في مدينة غزة التي أسفرت عن مقتل خمسة أشخاص.",
        "airstrike",
        "ISR",
        "PSE",
        "KWT",
    ),
]


@pytest.mark.parametrize("case", CONDEMNED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CONDEMNED)])
def test_the_condemner_is_no_side_of_the_attack(
    extractor: Extractor, case: tuple[str, str, str, str, str, str]
) -> None:
    lang, text, category, source, target, condemner = case
    events = [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.category == category]
    assert len(events) == 1, [(e.category, e.factuality) for e in extractor.extract(doc(text, lang)).events]
    event = events[0]
    assert event.source is not None and event.source.country == source
    assert event.target is None or event.target.country in (target, None)
    assert condemner not in {event.source.country, event.target.country if event.target else None}


# (lang, text, source country, the condemner's country): the attacker opens the sentence, the
# condemnation follows it
ATTACKER_FIRST = [
    (
        "en",
        "Israel struck Hezbollah positions in southern Lebanon on Monday, and Lebanon condemned the raid.",
        "ISR",
        "LBN",
    ),
    (
        "fr",
        "L'armée russe a bombardé Kherson lundi ; Kiev a condamné une attaque contre des civils.",
        "RUS",
        "UKR",
    ),
    (
        "es",
        "Aviones israelíes bombardearon el lunes Rafah, en el sur de Gaza, lo que Egipto condenó.",
        "ISR",
        "EGY",
    ),
]


@pytest.mark.parametrize("case", ATTACKER_FIRST, ids=[c[0] for c in ATTACKER_FIRST])
def test_an_attacker_named_before_the_attack_stays_its_source(
    extractor: Extractor, case: tuple[str, str, str, str]
) -> None:
    lang, text, source, condemner = case
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events and events[0].source is not None and events[0].source.country == source
    assert all(e.source is None or e.source.country != condemner for e in events)


def _mention(text: str, word: str, country: str) -> ActorMention:
    start = text.index(word)
    return ActorMention(start, start + len(word), word, word, country, None, country)


def test_a_passive_condemnation_names_no_condemner_before_it() -> None:
    text = "russia, condemned by france, struck kharkiv"
    russia = _mention(text, "russia", "RUS")
    france = _mention(text, "france", "FRA")
    found = condemners(
        text,
        (0, len(text)),
        (text.index("struck"), text.index("struck") + 6),
        [russia, france],
        condemn=re.compile("condemned"),
        passive_agent=re.compile("by"),
        verb_first=False,
        verb_final=False,
        attached=lambda a: False,
    )
    assert found == []


def test_a_clause_final_condemnation_drops_only_the_clause_subject() -> None:
    text = "die regierung hat den russischen angriff verurteilt"
    government = _mention(text, "regierung", "DEU")
    russian = _mention(text, "russischen", "RUS")
    start = text.index("angriff")
    found = condemners(
        text,
        (0, len(text)),
        (start, start + len("angriff")),
        [government, russian],
        condemn=re.compile("verurteilt"),
        passive_agent=None,
        verb_first=False,
        verb_final=True,
        attached=lambda a: a is russian,
    )
    assert found == [government]


def test_the_condemner_s_capital_is_no_place_of_the_attack(extractor: Extractor) -> None:
    text = (
        "Rabat a dénoncé mercredi l'attaque menée mardi par les Forces de soutien rapide contre un "
        "convoi humanitaire près d'El Fasher."
    )
    events = alertable(extractor.extract(doc(text, "fr")).events)
    assert events and events[0].location is not None and events[0].location.country == "SDN"
