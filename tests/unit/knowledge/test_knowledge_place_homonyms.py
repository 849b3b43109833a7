"""A name shared by several places is the one in a country the document points to."""

from __future__ import annotations

import pytest

from vigie_extractor.core.knowledge import Gazetteer


@pytest.mark.parametrize(
    ("lang", "text", "countries", "expected"),
    [
        ("en", "Clashes erupted in Tripoli overnight", {"LBN", "SYR"}, "LBN"),
        ("en", "Clashes erupted in Tripoli overnight", {"LBY", "TUR"}, "LBY"),
        ("fr", "Attentat à Hyderabad, dans le Sind", {"PAK"}, "PAK"),
        ("fr", "Le maire de Bari a inauguré le port", {"ITA"}, "ITA"),
        ("fr", "une attaque près de Mora", {"CMR", "NGA"}, "CMR"),
    ],
)
def test_a_homonym_is_the_place_in_a_country_of_the_document(
    gazetteer: Gazetteer, lang: str, text: str, countries: set[str], expected: str
) -> None:
    found = gazetteer.find(text, lang, countries=countries)
    assert [p.country for p in found] == [expected]


def test_without_a_country_of_the_document_the_default_place_stays(gazetteer: Gazetteer) -> None:
    assert [p.country for p in gazetteer.find("une attaque près de Tripoli", "fr")] == ["LBY"]
    assert [p.country for p in gazetteer.find("une attaque près de Tripoli", "fr", countries={"FRA"})] == [
        "LBY"
    ]
    # a curated conflict-zone town wins over a namesake elsewhere
    assert [p.country for p in gazetteer.find("une attaque près de Mora", "fr")] == ["CMR"]
