"""Where a speaking body sits ("the defence ministry in Ankara said", "nach Angaben des
Verteidigungsministeriums in Moskau") is neither the event's place nor a side; a body's city named
without a verb of saying stays the place (near miss)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text, the speaker's seat that must be no place and no side)
SEATS = [
    (
        "de",
        "Russlands Armee hat nach Angaben des Verteidigungsministeriums in Moskau ein Dorf erobert.",
        "Moscow",
    ),
    ("en", "Turkish jets struck militant hideouts on Monday, the defence ministry in Ankara said.", "Ankara"),
]

# near miss: troops in a city strike there
NOT_SEATS = [
    ("en", "Russian troops in Kherson shelled residential areas on Monday, killing two people.", "Kherson")
]


@pytest.mark.parametrize(("lang", "text", "seat"), SEATS)
def test_a_speaking_body_s_seat_is_no_place_nor_side(
    extractor: Extractor, lang: str, text: str, seat: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert events, lang
    event = events[0]
    assert event.location is None or event.location.name != seat
    assert all(a is None or a.text not in ("Moskau", "Ankara") for a in (event.source, event.target))


@pytest.mark.parametrize(("lang", "text", "place"), NOT_SEATS)
def test_a_body_s_city_without_a_speech_verb_stays_the_place(
    extractor: Extractor, lang: str, text: str, place: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert events, lang
    assert events[0].location is not None
    assert events[0].location.name == place
