"""A name shared by several places is the one in a country the document points to."""

from __future__ import annotations

import pytest

from vigie_extractor.core.knowledge import Gazetteer


@pytest.mark.parametrize(
    ("lang", "text", "countries", "expected"),
    [
        ("de", "Luftangriffe in der Region Bari", {"SOM", "USA"}, "SOM"),
        ("fr", "Le maire de Bari a inauguré le port", {"ITA"}, "ITA"),
        ("fr", "une attaque près de Mora", {"CMR", "NGA"}, "CMR"),
    ],
)
def test_a_homonym_is_the_place_in_a_country_of_the_document(
    gazetteer: Gazetteer, lang: str, text: str, countries: set[str], expected: str
) -> None:
    found = gazetteer.find(text, lang, countries=countries)
    assert [p.country for p in found] == [expected]


def test_without_countries_the_curated_place_wins(gazetteer: Gazetteer) -> None:
    assert [p.country for p in gazetteer.find("le port de Bari", "fr")] == ["SOM"]
    assert [p.country for p in gazetteer.find("le port de Bari", "fr", countries={"FRA"})] == ["SOM"]
