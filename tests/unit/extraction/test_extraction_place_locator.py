"""The event place is the town, not the country or region that only locates it ("Kupiansk in
eastern Ukraine", "بلدة الخيام جنوبي لبنان"), in every language; a broader place alone stays."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text, the event place's English name)
PLACES = [
    ("ar", "قصفت المدفعية الإسرائيلية صباح الاثنين بلدة الخيام جنوبي لبنان.", "Khiam"),
    ("ar", "قتل ثلاثة مدنيين بغارة جوية على مدينة إدلب شمال غربي سوريا.", "Idlib"),
    ("en", "Russian artillery shelled Kupiansk in eastern Ukraine on Sunday.", "Kupiansk"),
    ("es", "La artillería rusa bombardeó Jersón, en el sur de Ucrania, el domingo.", "Kherson"),
    ("de", "Russische Artillerie beschoss am Sonntag Cherson im Süden der Ukraine.", "Kherson"),
    ("fr", "Un drone israélien a frappé une voiture à Bint Jbeil, dans le sud du Liban.", "Bint Jbeil"),
    # a country named alone, or a town of another country, is not overruled
    ("ar", "قصفت المدفعية الإسرائيلية مناطق في جنوب لبنان صباح الاثنين.", "Lebanon"),
    ("en", "Russian artillery shelled towns in eastern Ukraine on Sunday.", "Ukraine"),
]


@pytest.mark.parametrize(("lang", "text", "place"), PLACES)
def test_the_town_is_the_event_place(extractor: Extractor, lang: str, text: str, place: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert len(events) == 1
    location = events[0].location
    assert location is not None and location.is_event_place
    assert location.name == place
