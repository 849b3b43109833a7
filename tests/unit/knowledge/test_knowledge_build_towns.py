"""The generators' rules: conflict-zone towns (strict name filters), country points, tagged names."""

from __future__ import annotations

from typing import Any

import pytest

from vigie_extractor.core.knowledge.build_countries import representative_point
from vigie_extractor.core.knowledge.build_gazetteer import town_rows
from vigie_extractor.core.knowledge.build_towns import (
    common_words,
    drop_shared,
    load_zones,
    town_name_ok,
)
from vigie_extractor.core.knowledge.countries import load_countries
from vigie_extractor.core.knowledge.errors import KnowledgeDataError
from vigie_extractor.core.knowledge.places import load_curated


@pytest.fixture(scope="module")
def common() -> dict[str, frozenset[str]]:
    return common_words()


def test_the_shipped_zones_load() -> None:
    zones = load_zones()
    assert zones.covers("UKR", "whatever")
    assert zones.covers("RUS", "41")  # Kursk
    assert not zones.covers("RUS", "48")  # Moscow
    assert not zones.covers("FRA", "11")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("zones: [{country: UKR}]", "min_population"),
        ("min_population: 500\nzones: []", "no zones"),
        ("min_population: 500\nzones: [{country: ukr}]", "ISO alpha-3"),
        ("min_population: 500\nzones: [{country: UKR}, {country: UKR}]", "duplicate"),
        ("min_population: 500\nzones: [{country: RUS, admin1: [41, 9]}]", "admin1"),
    ],
)
def test_zones_loader_rejects_bad_data(text: str, message: str) -> None:
    with pytest.raises(KnowledgeDataError, match=message):
        load_zones(text)


@pytest.mark.parametrize(
    ("name", "script", "ok"),
    [
        ("Chasiv Yar", "latin", True),
        ("Kamanyola", "latin", True),
        ("Селидово", "cyrillic", True),
        ("Tarim", "latin", False),  # folded, the Turkish word "tarım"
        ("Victoria", "latin", False),
        ("La Victoria", "latin", False),  # a phrase of common words
        ("Nueva", "latin", False),
        ("Gaza", "latin", False),  # four letters: too short for a small town
        ("Первомайский", "cyrillic", False),  # a common Russian adjective
        ("Кра́сный Луч", "cyrillic", False),  # stress marks never occur in news text
        ("Нов.Быков", "cyrillic", False),
        ("الخيام", "arabic", False),  # "the tents"
        ("Essen", "latin", False),  # German "to eat", and listed in place_stopwords.txt
    ],
)
def test_small_town_names_must_not_be_common_words(
    common: dict[str, frozenset[str]], name: str, script: str, ok: bool
) -> None:
    assert town_name_ok(name, script, frozenset({"essen"}), common) is ok


def test_names_shared_across_countries_or_taken_by_cities_are_dropped() -> None:
    towns = [
        ("UKR:1", ["Novoselivka", "Rare Town"]),
        ("RUS:2", ["Novoselivka"]),
        ("SYR:3", ["Kharkiv", "Tall Abyad"]),
    ]
    out = drop_shared(towns, taken={"kharkiv"})
    assert out == {"UKR:1": ["Rare Town"], "SYR:3": ["Tall Abyad"]}


def _city(
    gid: str, name: str, cc: str, population: int, alt: list[str], *, admin1: str = "01"
) -> dict[str, Any]:
    return {
        "geonameid": int(gid),
        "name": name,
        "countrycode": cc,
        "population": population,
        "latitude": 48.5,
        "longitude": 37.9,
        "admin1code": admin1,
        "alternatenames": alt,
    }


def test_town_rows_keep_conflict_zone_towns_only() -> None:
    towns = {
        "1": _city("1", "Kamianka-Zoria", "UA", 900, ["Каменка-Заря", "kamianka", "Kamjanka-Zorja"]),
        "2": _city("2", "Petite-Ville", "FR", 5000, ["Petiteville"]),
        "3": _city("3", "Kurska Sloboda", "RU", 700, ["Курская Слобода"], admin1="41"),
        "4": _city("4", "Tiny Hamlet", "UA", 120, ["Tiny Hamlet"]),
        "5": _city("5", "Marjayoun", "UA", 0, ["Marjayoun"]),
        "6": _city("6", "Already Big", "UA", 90000, ["Already Big"]),
    }
    rows = town_rows(towns, {"6"}, {"UA": "UKR", "FR": "FRA", "RU": "RUS"}, load_zones(), taken=set())
    by_id = {row[0]: row for row in rows}
    assert set(by_id) == {"1", "3", "5"}  # France is no conflict zone; 120 people is too few
    assert by_id["1"][2] == "UKR"
    assert by_id["1"][6].split("|") == ["Каменка-Заря", "Kamianka-Zoria", "Kamjanka-Zorja"]
    assert by_id["5"][5] == "0"  # an administrative seat whose population GeoNames lacks


def test_country_point_is_the_capital_else_the_biggest_town() -> None:
    towns = [
        {"name": "Port Town", "alternatenames": [], "population": 90000, "latitude": 1.0, "longitude": 2.0},
        {
            "name": "Capital",
            "alternatenames": ["Kapital"],
            "population": 5000,
            "latitude": 3.0,
            "longitude": 4.0,
        },
    ]
    assert representative_point("XX", "Kapital", towns) == (3.0, 4.0)
    assert representative_point("XX", "Unknown", towns) == (1.0, 2.0)
    assert representative_point("AQ", "", []) == (-90.0, 0.0)
    with pytest.raises(KeyError):
        representative_point("ZZ", "", [])


def test_every_country_has_a_point() -> None:
    countries = load_countries()
    assert all(c.lat is not None and c.lon is not None for c in countries.values())
    assert countries["UKR"].lat == pytest.approx(50.45, abs=0.05)
    assert countries["UKR"].lon == pytest.approx(30.52, abs=0.05)


def test_curated_names_may_be_tagged_with_a_language() -> None:
    countries = load_countries()
    text = (
        "- {name: Shusha, country: AZE, feature: city, lat: 39.76, lon: 46.75, names: [Shusha, {tr: [Şuşa]}]}"
    )
    [(_, names)] = load_curated(countries, text)
    assert names == [("Shusha", None), ("Şuşa", "tr")]
    bad = text.replace("{tr:", "{it:")
    with pytest.raises(KnowledgeDataError, match="unknown language"):
        load_curated(countries, bad)
