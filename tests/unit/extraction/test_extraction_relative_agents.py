"""The subject of a relative clause right after a strike is its author ("the drone attacks that the
Russian military launched", "les frappes que l'armée israélienne a menées", "الغارات التي شنها
الجيش الإسرائيلي"); a relative clause whose verb comes first names what was hit (near misses)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie_extractor.core import Extractor

# (lang, text, the striker's (country, role))
RELATIVE_AGENTS = [
    (
        "en",
        "The missile strikes that the Russian army launched on Dnipro on Monday killed five civilians.",
        ("RUS", "MIL"),
    ),
    (
        "fr",
        "Les frappes que l'armée israélienne a menées lundi sur Rafah ont fait six morts.",
        ("ISR", "MIL"),
    ),
    (
        "es",
        "Los bombardeos que el ejército ruso lanzó el lunes sobre Odesa dejaron cuatro muertos.",
        ("RUS", "MIL"),
    ),
    (
        "ar",
        "أسفرت الغارات التي شنها الجيش الإسرائيلي يوم الاثنين على مدينة غزة عن مقتل ستة أشخاص.",
        ("ISR", "MIL"),
    ),
    # the striker named through its weapons after the relative pronoun
    (
        "fr",
        "Les frappes que des avions de combat russes ont menées lundi sur Idleb ont fait cinq morts.",
        ("RUS", "MIL"),
    ),
    # an indefinite noun's relative clause has no pronoun: its verb carries the object ("شنتها")
    (
        "ar",
        "قتل ثلاثة مدنيين في غارة شنتها طائرات حربية إسرائيلية على بلدة بنت جبيل يوم الاثنين.",
        ("ISR", "MIL"),
    ),
    (
        "ar",
        "استهدفت غارة شنتها طائرات حربية إسرائيلية بلدة الخيام في جنوب لبنان يوم الأحد.",
        ("ISR", "MIL"),
    ),
]

# near misses: the actor after the relative pronoun is not its subject
NOT_AGENTS = [
    ("en", "The drone strikes that hit Kyiv on Monday killed three people, Ukrainian officials said.", "UKR"),
    (
        "fr",
        "Les frappes qui ont visé Kiev lundi ont fait trois morts, selon les autorités ukrainiennes.",
        "UKR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "striker"), RELATIVE_AGENTS)
def test_the_subject_of_a_relative_clause_is_the_striker(
    extractor: Extractor, lang: str, text: str, striker: tuple[str, str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert events, lang
    assert side(events[0].source) == striker


@pytest.mark.parametrize(("lang", "text", "struck"), NOT_AGENTS)
def test_a_struck_place_after_the_relative_pronoun_is_no_striker(
    extractor: Extractor, lang: str, text: str, struck: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert events, lang
    assert events[0].source is None or events[0].source.country != struck
