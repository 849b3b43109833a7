"""Turkish: who condemns "the attack" as a bare definite object is no side of it. "Sudan ordusu
saldırıyı kınadı" after a drone strike of the RSF condemns that strike; it is not the army striking
(the actor right before a trigger counts as its possessor only when the trigger bears the possessive:
"Rus ordusunun ... saldırısını kınadı", whose attacker stays Russia). Only Turkish marks the object so
(``object_form`` of ``data/triggers/arguments.yaml``); the other languages' condemnations are covered by
``test_extraction_condemners``."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-19T12:00:00"  # a Thursday

# (headline, lead, category and attacker country of the one strike)
CONDEMNED = [
    (
        "El Faşir'de İHA saldırısı: 7 ölü",
        "HDK perşembe günü El Faşir'deki bir pazar yerine İHA ile saldırdı, yedi sivil öldü. Sudan ordusu "
        "saldırıyı kınadı.",
        ("airstrike", "SDN", "REB"),
    ),
    (
        "Han Yunus'a hava saldırısı",
        "İsrail savaş uçakları çarşamba günü Han Yunus'ta bir evi vurdu, beş kişi öldü. Filistin yönetimi "
        "saldırıyı kınadı.",
        ("airstrike", "ISR", "MIL"),
    ),
    # near misses: the possessor of the condemned attack is its attacker
    (
        "",
        "Ukrayna Dışişleri Bakanlığı çarşamba günü Rus ordusunun Herson'a yönelik saldırısını kınadı.",
        ("assault", "RUS", "MIL"),
    ),
    (
        "",
        "Katar, çarşamba günü İsrail'in Han Yunus'a düzenlediği hava saldırısını kınadı.",
        ("airstrike", "ISR", "MIL"),
    ),
]


@pytest.mark.parametrize(("title", "text", "strike"), CONDEMNED)
def test_the_subject_of_a_condemned_bare_object_is_no_attacker(
    extractor: Extractor, title: str, text: str, strike: tuple[str, str, str]
) -> None:
    events = alertable(extractor.extract(doc(text, "tr", PUBLISHED, title=title)).events)
    told = [(e.category, *side(e.source)) for e in events]
    assert told == [strike], told
