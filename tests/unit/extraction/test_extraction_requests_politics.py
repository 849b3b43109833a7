"""A call for sanctions is no sanction, and a Senate fight over a bill is no threat of force.

A request before the act (French "appelle à", "réclame", "a demandé") or after it in Turkish
("genişletmeye çağırdı", "uygulanmasını istedi") makes the act hypothetical (``hypothetical`` in
``data/factuality/<lang>.yaml``); the English press's Senate and House words ("Senate Democrats",
"filibuster", "the tariff bill") make a politics page (``politics`` in ``data/genre/en.yaml``), where
a threat needs a word of force. Near misses: the sanction imposed, the threat of force."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str, title: str = "") -> list[str]:
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    return [e.category for e in alertable(events)]


# (lang, the request, the act told as news)
REQUESTS = [
    (
        "fr",
        "Human Rights Watch appelle l'Union européenne à un embargo sur les armes destinées au Soudan.",
        "L'Union européenne a imposé mardi un embargo sur les armes destinées au Soudan.",
    ),
    (
        "fr",
        "Les députés écologistes ont réclamé mardi des sanctions contre les dirigeants de la junte birmane.",
        "Paris a imposé mardi des sanctions contre les dirigeants de la junte birmane.",
    ),
    (
        "tr",
        "Uluslararası Af Örgütü, AB'yi Sudan'a silah ambargosunu genişletmeye çağırdı.",
        "AB salı günü Sudan'a silah ambargosu uyguladı.",
    ),
]


@pytest.mark.parametrize(("lang", "request_", "news"), REQUESTS)
def test_a_call_for_sanctions_is_no_sanction(
    extractor: Extractor, lang: str, request_: str, news: str
) -> None:
    assert _alertable(extractor, lang, request_) == []


@pytest.mark.parametrize(("lang", "request_", "news"), REQUESTS)
def test_the_sanction_imposed_is_news(extractor: Extractor, lang: str, request_: str, news: str) -> None:
    assert _alertable(extractor, lang, news) == ["sanction"]


def test_a_senate_fight_over_a_bill_is_no_threat(extractor: Extractor) -> None:
    title = "House Republicans threaten to block spending bill"
    text = (
        "House Republicans on Tuesday threatened to block the spending bill unless the Senate drops "
        "its amendments, raising the prospect of a filibuster before the holidays."
    )
    assert _alertable(extractor, "en", text, title=title) == []


def test_a_threat_of_force_is_news(extractor: Extractor) -> None:
    text = "North Korea on Tuesday threatened to strike US bases in Guam with nuclear missiles."
    assert _alertable(extractor, "en", text) == ["threat"]
