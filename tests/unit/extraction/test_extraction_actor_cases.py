"""Actor countries carried by the grammar of the sides: a German compound place noun after a demonym
("die russische Grenzstadt") names a place, not an actor; the Russian instrumental without a
preposition names the agent of a passive ("обстрелян украинскими войсками")."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text, category, source country, target country)
SIDES = [
    (
        "de",
        "Die Truppen Kiews haben die russische Grenzstadt Sudscha am Montag mit Raketenwerfern beschossen.",
        "shelling",
        "UKR",
        "RUS",
    ),
    (
        "de",
        "Russische Drohnen haben in der Nacht die ukrainische Hafenstadt Odessa angegriffen.",
        "airstrike",
        "RUS",
        "UKR",
    ),
    (
        "de",
        "Die israelische Armee hat am Dienstag das libanesische Grenzdorf Kfar Kila bombardiert.",
        "shelling",
        "ISR",
        "LBN",
    ),
    (
        "ru",
        "Блокпост под Белгородом в среду был обстрелян украинскими войсками, ранен военнослужащий.",
        "shelling",
        "UKR",
        "RUS",
    ),
    (
        "ru",
        "Позиции российских войск под Херсоном во вторник были атакованы украинской авиацией.",
        "airstrike",
        "UKR",
        "RUS",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "source", "target"), SIDES)
def test_case_and_compound_give_the_sides(
    extractor: Extractor, lang: str, text: str, category: str, *, source: str, target: str
) -> None:
    found = [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.category == category]
    assert len(found) == 1, [(e.category, e.evidence.trigger) for e in found]
    event = found[0]
    sides = (event.source.country if event.source else None, event.target.country if event.target else None)
    assert sides == (source, target)


def test_a_noun_after_a_preposition_is_no_agent(extractor: Extractor) -> None:
    # "под Харьковом" is where, not who: the passive keeps an unknown source
    text = "Колонна грузовиков была обстреляна под Харьковом в среду, погибли двое военных."
    events = [e for e in alertable(extractor.extract(doc(text, "ru")).events) if e.category == "shelling"]
    assert events
    assert all(e.source is None or e.source.country is None for e in events)


# Turkish accusations put the verb last: the accuser first, the accused (the first other state
# named) next, then whoever it attacked; "öne sürdü" / "iddia etti" (claimed) of another's act accuse.
# (text, category, source, target)
TR_ACCUSATIONS = [
    (
        "Ermenistan Savunma Bakanlığı, Azerbaycan ordusunun pazar gecesi Ermeni mevzilerine ateş "
        "açarak ateşkesi ihlal ettiğini öne sürdü.",
        "ceasefire_violation",
        "AZE",
        "ARM",
    ),
    (
        "Kırgızistan Sınır Servisi, Tacik askerlerinin perşembe günü Batken'deki bir karakola ateş "
        "açtığını ve ateşkesi ihlal ettiğini iddia etti.",
        "ceasefire_violation",
        "TJK",
        "KGZ",
    ),
    (
        "Ukrayna Dışişleri Bakanlığı Sözcüsü, Rus ordusunun salı günü Harkov'u füzelerle "
        "vurduğunu öne sürdü.",
        "missile_strike",
        "RUS",
        "UKR",
    ),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), TR_ACCUSATIONS)
def test_a_turkish_accusation_makes_the_accused_the_source(
    extractor: Extractor, text: str, category: str, source: str, target: str
) -> None:
    found = [e for e in alertable(extractor.extract(doc(text, "tr")).events) if e.category == category]
    assert found, [(e.category, e.evidence.trigger) for e in extractor.extract(doc(text, "tr")).events]
    event = found[0]
    assert (event.source.country if event.source else None) == source
    assert (event.target.country if event.target else None) == target


def test_a_turkish_claim_of_one_s_own_act_accuses_nobody(extractor: Extractor) -> None:
    text = (
        "Rusya Savunma Bakanlığı, birliklerinin Donetsk bölgesindeki Kurahove kentini ele "
        "geçirdiğini öne sürdü."
    )
    found = [e for e in alertable(extractor.extract(doc(text, "tr")).events) if e.category == "capture"]
    assert found and found[0].source is not None and found[0].source.country == "RUS"
