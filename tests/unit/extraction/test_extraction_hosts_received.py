"""A visitor received by a host is the visit's source, the host its target, in the active ("A received
B", "Путин принял в Кремле президента ...", "recibió en Palacio Nacional al ...") and in the passive,
even a headline's passive with no auxiliary but an agent ("received by", "принят ... председателем");
the seat where the host receives is the venue, not a side. Near misses: a team or athletes received
by a head of state is no state visit, nor is a reception announced for next month."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import alertable, doc, only_event, side

from vigie_extractor.core import Extractor

# (lang, title, text, visitor country, host country)
RECEIVED = [
    (
        "en",
        "Qatari emir received by Erdogan in Istanbul",
        "The emir of Qatar held talks with Turkish President Recep Tayyip Erdogan in Istanbul on Monday.",
        "QAT",
        "TUR",
    ),
    (
        "fr",
        "",
        "Le président ghanéen a été reçu lundi à l'Élysée par Emmanuel Macron, a indiqué la présidence.",
        "GHA",
        "FRA",
    ),
    (
        "es",
        "",
        "El rey Felipe VI recibió el lunes en el Palacio Real al presidente de Portugal.",
        "PRT",
        "ESP",
    ),
    (
        "de",
        "",
        "Der kenianische Präsident ist am Montag von Bundeskanzler Friedrich Merz im Kanzleramt "
        "empfangen worden.",
        "KEN",
        "DEU",
    ),
    (
        "ru",
        "",
        "Владимир Путин принял в понедельник в Кремле президента Монголии.",
        "MNG",
        "RUS",
    ),
    (
        "ru",
        "Президент Киргизии принят в Анкаре президентом Турции",
        "",
        "KGZ",
        "TUR",
    ),
    (
        "tr",
        "",
        "Cumhurbaşkanı, Endonezya Devlet Başkanı'nı pazartesi günü Beştepe'de kabul etti.",
        "IDN",
        "TUR",
    ),
    (
        "ar",
        "",
        "استقبل الرئيس الجزائري عبد المجيد تبون، الاثنين، رئيس الوزراء الإيطالي في الجزائر العاصمة.",
        "ITA",
        "DZA",
    ),
]


@pytest.mark.parametrize("case", RECEIVED, ids=[f"{c[0]}-{i}" for i, c in enumerate(RECEIVED)])
def test_the_visitor_is_the_source_and_the_host_the_target(
    extractor: Extractor, case: tuple[Any, ...]
) -> None:
    lang, title, text, visitor, host = case
    event = only_event(extractor.extract(doc(text, lang, title=title)).events, "visit")
    assert (side(event.source)[0], side(event.target)[0]) == (visitor, host)


# (lang, text): athletes received, a reception still to come
NOT_A_VISIT = [
    ("es", "La selección argentina de hockey fue recibida el martes por el presidente en la Casa Rosada."),
    ("es", "El presidente recibió el lunes a los campeones del mundo de balonmano en el palacio."),
    (
        "de",
        "Die Handball-Weltmeister sind am Montag von Bundespräsident Steinmeier in Berlin empfangen worden.",
    ),
    ("ru", "Президент принял во вторник в Кремле олимпийских чемпионов по фигурному катанию."),
    ("tr", "Cumhurbaşkanı, dünya şampiyonu milli güreşçileri salı günü Külliye'de kabul etti."),
    ("ar", "استقبل الرئيس، الاثنين، لاعبي المنتخب الوطني لكرة اليد بعد تتويجهم باللقب."),
    ("en", "The Mexican president will be received by King Charles at Buckingham Palace next month."),
]


@pytest.mark.parametrize("case", NOT_A_VISIT, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_A_VISIT)])
def test_athletes_received_or_a_future_reception_are_no_visit(
    extractor: Extractor, case: tuple[str, str]
) -> None:
    lang, text = case
    assert not [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.category == "visit"]


def test_a_turkish_subject_comma_keeps_the_office_apart_from_the_name(extractor: Extractor) -> None:
    text = "Cumhurbaşkanı, Putin ile pazartesi günü telefonda görüştü."
    event = only_event(extractor.extract(doc(text, "tr")).events, "phone_call")
    assert (side(event.source)[0], side(event.target)[0]) == ("TUR", "RUS")


def test_an_english_apposition_after_a_comma_still_names_the_person(extractor: Extractor) -> None:
    text = "The president, Vladimir Putin, spoke by phone on Monday with the Turkish president."
    event = only_event(extractor.extract(doc(text, "en")).events, "phone_call")
    assert (side(event.source)[0], side(event.target)[0]) == ("RUS", "TUR")
