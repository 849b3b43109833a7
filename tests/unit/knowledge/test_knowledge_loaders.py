"""Every data file loads and validates; malformed data is rejected with a clear error."""

from __future__ import annotations

import pytest

from vigie_extractor.core.knowledge import KnowledgeDataError
from vigie_extractor.core.knowledge.actor_data import (
    load_organisations,
    load_role_codes,
    load_roles,
    load_seats,
)
from vigie_extractor.core.knowledge.countries import load_countries
from vigie_extractor.core.knowledge.datafiles import LANGS
from vigie_extractor.core.knowledge.morphology import Morphology
from vigie_extractor.core.knowledge.people import load_people
from vigie_extractor.core.knowledge.places import load_curated, load_geonames, load_stopwords

ROLES = frozenset({"GOV", "MIL", "REB"})
COUNTRIES = frozenset({"TUR", "RUS", "SYR"})


def test_every_data_file_loads_and_validates() -> None:
    role_codes = load_role_codes()
    countries = load_countries()
    assert {"GOV", "MIL", "REB", "OPP", "CVL", "MED", "IGO", "NGO", "JUD", "LEG", "BUS", "ELI"} <= role_codes
    assert len(countries) > 240 and countries["TUR"].iso2 == "TR"
    assert all(countries["SYR"].names[lang] for lang in LANGS)
    assert sum(1 for c in countries.values() if c.adjectives) >= 60
    roles = load_roles(countries, role_codes)
    assert all(any(lang in n.forms for n in roles.nouns) for lang in LANGS)
    assert len(load_seats(countries, role_codes)) >= 30
    assert len(load_organisations(countries, role_codes)) >= 30
    people = load_people(countries, role_codes)
    assert len(people) >= 100
    assert len(load_curated(countries)) >= 80
    assert len(load_geonames(countries)) > 30_000
    assert "nice" in load_stopwords()
    Morphology.load()


def test_every_adjective_row_covers_every_language_but_rare_gaps() -> None:
    countries = load_countries()
    rows = [c for c in countries.values() if c.adjectives]
    for lang in LANGS:
        covered = sum(1 for c in rows if c.adjectives.get(lang))
        assert covered >= len(rows) - 3, lang


PERSON = """
- id: {pid}
  name: {name}
  country: {country}
  offices:
    - {{office: President, country: {country}, role: {role}, start: {start}, end: {end}}}
"""


def _person(
    pid: str = "a",
    name: str = "A",
    country: str = "TUR",
    *,
    role: str = "GOV",
    start: str = "2020-01-01",
    end: str = "null",
) -> str:
    return PERSON.format(pid=pid, name=name, country=country, role=role, start=start, end=end)


def test_people_loader_accepts_successive_terms() -> None:
    text = _person("a", "A", end="2022-01-01") + _person("b", "B", start="2022-01-01")
    people = load_people(COUNTRIES, ROLES, text)
    assert [p.pid for p in people] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (_person(role="XYZ"), "unknown role code 'XYZ'"),
        (_person(country="ZZZ"), "unknown country code 'ZZZ'"),
        (_person(start="2020-13-01"), "invalid value: month must be in 1..12"),
        (_person(start="'1 May 2020'"), "is not a date"),
        (_person(end="2019-01-01"), "is not after start"),
        (
            _person("a", "A") + _person("b", "B", start="2023-05-01"),
            "overlapping terms for President (TURGOV)",
        ),
        (_person("a", "A", end="2024-01-01") + _person("b", "B", start="2023-05-01"), "overlapping terms"),
        (_person("a") + _person("a", start="2030-01-01"), "duplicate id"),
        ("- {id: x, name: X}", "missing or malformed field"),
    ],
)
def test_people_loader_rejects_bad_data(text: str, message: str) -> None:
    with pytest.raises(KnowledgeDataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_people(COUNTRIES, ROLES, text)


def test_countries_loader_rejects_bad_iso_codes() -> None:
    header = (
        "iso3\tiso2\t" + "\t".join(f"name_{lang}" for lang in LANGS) + "\tcapital\tpopulation\tlat\tlon\n"
    )
    good = "TUR\tTR\t" + "\t".join(["Türkiye"] * 7) + "\tAnkara\t1\t39.9\t32.9\n"
    with pytest.raises(KnowledgeDataError, match="bad ISO code"):
        load_countries(
            table=header + good.replace("TUR\tTR", "TURK\tTR"),
            aliases="{}",
            adjectives="iso3,en,fr,es,de,ru,ar,tr\n",
        )
    with pytest.raises(KnowledgeDataError, match="out of range"):
        load_countries(
            table=header + good.replace("39.9", "139.9"),
            aliases="{}",
            adjectives="iso3,en,fr,es,de,ru,ar,tr\n",
        )
    with pytest.raises(KnowledgeDataError, match="bad lat/lon"):
        load_countries(
            table=header + good.replace("39.9", "north"),
            aliases="{}",
            adjectives="iso3,en,fr,es,de,ru,ar,tr\n",
        )
    with pytest.raises(KnowledgeDataError, match="unknown country code 'QQQ'"):
        load_countries(
            table=header + good, aliases="QQQ: {en: [X]}", adjectives="iso3,en,fr,es,de,ru,ar,tr\n"
        )
    with pytest.raises(KnowledgeDataError, match="unknown language 'it'"):
        load_countries(
            table=header + good, aliases="TUR: {it: [Turchia]}", adjectives="iso3,en,fr,es,de,ru,ar,tr\n"
        )
    with pytest.raises(KnowledgeDataError, match="wrong number of columns"):
        load_countries(
            table=header + good, aliases="{}", adjectives="iso3,en,fr,es,de,ru,ar,tr\nTUR,Turkish\n"
        )


def test_roles_loader_rejects_unknown_codes_and_languages() -> None:
    base = (
        "connectors: {en: [], fr: [], es: [], de: [], ru: [], ar: [], tr: []}\n"
        "name_context:\n"
        "  before: {en: [], fr: [], es: [], de: [], ru: [], ar: [], tr: []}\n"
        "  after: {en: [], fr: [], es: [], de: [], ru: [], ar: [], tr: []}\n"
        "roles:\n"
    )
    ok = base + "  - {id: army, role: MIL, forms: {en: [army]}}\n"
    assert load_roles(COUNTRIES, ROLES, ok).nouns[0].role == "MIL"
    with pytest.raises(KnowledgeDataError, match="unknown role code 'ARMY'"):
        load_roles(COUNTRIES, ROLES, base + "  - {id: army, role: ARMY, forms: {en: [army]}}\n")
    with pytest.raises(KnowledgeDataError, match="unknown language 'it'"):
        load_roles(COUNTRIES, ROLES, base + "  - {id: army, role: MIL, forms: {it: [esercito]}}\n")
    with pytest.raises(KnowledgeDataError, match="must name an office"):
        load_roles(COUNTRIES, ROLES, base + "  - {id: q, role: null, forms: {en: [x]}}\n")
    with pytest.raises(KnowledgeDataError, match="expected one list for each"):
        load_roles(COUNTRIES, ROLES, base.replace(", tr: []}\nname_context", "}\nname_context"))


def test_seat_and_organisation_loaders_reject_bad_codes() -> None:
    with pytest.raises(KnowledgeDataError, match="unknown role code 'GOVT'"):
        load_seats(
            COUNTRIES, ROLES, "- {name: K, kind: institution, country: RUS, role: GOVT, forms: {en: [K]}}"
        )
    with pytest.raises(KnowledgeDataError, match="kind must be one of"):
        load_seats(COUNTRIES, ROLES, "- {name: K, kind: palace, country: RUS, role: GOV, forms: {en: [K]}}")
    with pytest.raises(KnowledgeDataError, match="bad actor code 'igo-un'"):
        load_organisations(
            COUNTRIES, ROLES, "- {name: U, kind: org, role: GOV, code: igo-un, forms: {all: [U]}}"
        )
    with pytest.raises(KnowledgeDataError, match="unknown country code 'SYRIA'"):
        load_organisations(
            COUNTRIES, ROLES, "- {name: H, kind: group, country: SYRIA, role: REB, forms: {all: [H]}}"
        )


def test_role_codes_loader_rejects_bad_codes() -> None:
    with pytest.raises(KnowledgeDataError, match="3-letter codes"):
        load_role_codes("GOVERNMENT: everyone")


def test_place_loaders_reject_bad_data() -> None:
    countries = load_countries()
    with pytest.raises(KnowledgeDataError, match="coordinates out of range"):
        load_curated(countries, "- {name: X, country: SYR, feature: city, lat: 95, lon: 36, names: [X]}")
    with pytest.raises(KnowledgeDataError, match="feature must be one of"):
        load_curated(countries, "- {name: X, country: SYR, feature: town, lat: 35, lon: 36, names: [X]}")
    with pytest.raises(KnowledgeDataError, match="unknown country code 'QQQ'"):
        load_geonames(
            countries, "geonameid\tname\tiso3\tlat\tlon\tpopulation\tnames\n1\tX\tQQQ\t1\t1\t20000\tX\n"
        )
    with pytest.raises(KnowledgeDataError, match="bad number"):
        load_geonames(
            countries, "geonameid\tname\tiso3\tlat\tlon\tpopulation\tnames\n1\tX\tSYR\tnorth\t1\t20000\tX\n"
        )


def test_organisation_loader_checks_countries_of_operation() -> None:
    (pkk,) = load_organisations(
        COUNTRIES,
        ROLES,
        "- {name: P, kind: group, country: TUR, role: REB, operates_in: [TUR, SYR], forms: {all: [P]}}",
    )
    assert pkk.operates_in == frozenset({"TUR", "SYR"})
    # QQQ is a code no country has: the loader must name it
    with pytest.raises(KnowledgeDataError, match=r"unknown country code\(s\) \['QQQ'\] in operates_in"):
        load_organisations(
            COUNTRIES,
            ROLES,
            "- {name: P, kind: group, country: TUR, role: REB, operates_in: [TUR, QQQ], forms: {all: [P]}}",
        )
    with pytest.raises(KnowledgeDataError, match="operates_in is for armed groups"):
        load_organisations(
            COUNTRIES,
            ROLES,
            "- {name: P, kind: group, country: TUR, role: REB, operates_in: [SYR], forms: {all: [P]}}",
        )
    with pytest.raises(KnowledgeDataError, match="operates_in is for armed groups"):
        load_organisations(
            COUNTRIES, ROLES, "- {name: U, kind: org, role: GOV, operates_in: [SYR], forms: {all: [U]}}"
        )
