"""Place mentions: countries, regions and cities in every supported language, with coordinates.

Sources, in order of precedence for the same name: ``data/places.yaml`` (hand-written places in
the news), country names (``countries.py``), ``data/gazetteer.tsv`` (GeoNames cities, generated
by ``build_gazetteer``) minus ``data/place_stopwords.txt``.

>>> gaz = Gazetteer.load()
>>> [(p.name, p.country) for p in gaz.find("Les combats autour d'Alep et de Hama.", "fr")]
[('Aleppo', 'SYR'), ('Hama', 'SYR')]
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

from vigie_extractor.core.knowledge.actor_data import load_organisations, load_role_codes
from vigie_extractor.core.knowledge.compounds import country_name_keys, directional_forms
from vigie_extractor.core.knowledge.countries import Country, load_countries
from vigie_extractor.core.knowledge.datafiles import LANGS, read_table, read_text, read_yaml
from vigie_extractor.core.knowledge.errors import KnowledgeDataError
from vigie_extractor.core.knowledge.matcher import SurfaceMatcher
from vigie_extractor.core.knowledge.morphology import Morphology, is_cyrillic, proper_variants
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.people import load_people
from vigie_extractor.core.knowledge.streets import StreetWords

logger = logging.getLogger(__name__)

_FEATURES = frozenset({"country", "region", "city", "other"})
# Precedence of sources when one name has several referents (lower wins).
# Blockers are names of people and organisations: "Vladimir Putin" must not yield the city of
# Vladimir; they win the overlap and are then dropped.
_BLOCKER, _CURATED, _COUNTRY, _CANONICAL, _GEONAMES = -1, 0, 1, 2, 3


@dataclass(frozen=True)
class PlaceMention:
    """One place mention; offsets index the analysed text."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int | None = None


@dataclass(frozen=True)
class Place:
    """A gazetteer entry."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str
    population: int | None
    source: int


class Gazetteer:
    """Finds place names in a text (whole words, with inflections and Arabic proclitics)."""

    def __init__(
        self, places: list[Place], matcher: SurfaceMatcher, streets: StreetWords | None = None
    ) -> None:
        self._places = places
        self._matcher = matcher
        self._streets = streets

    @classmethod
    def load(cls) -> Gazetteer:
        """Load and validate every place data file (raises ``KnowledgeDataError``)."""
        morph = Morphology.load()
        countries = load_countries()
        places: list[Place] = []
        matcher = SurfaceMatcher(morph.ar_proclitics)
        taken = country_name_keys(countries)
        for country in countries.values():
            place = Place(
                country.name, country.iso3, country.lat, country.lon, "country", country.population, _COUNTRY
            )
            parts: list[tuple[str, str | None]] = [
                (f, "de") for n in country.names.get("de", ()) for f in directional_forms(n, morph, taken)
            ]
            _add(matcher, morph, places, place, _country_names(country) + parts)
        role_codes = load_role_codes()
        blockers = [f for p in load_people(countries, role_codes) for f in p.forms]
        blockers += [
            f for o in load_organisations(countries, role_codes) for fs in o.forms.values() for f in fs
        ]
        blocker = Place("", None, None, None, "other", None, _BLOCKER)
        _add(matcher, morph, places, blocker, [(f, None) for f in blockers])
        for place, tagged in load_curated(countries):
            _add(matcher, morph, places, place, tagged)
        stop = load_stopwords()
        for place, names in load_geonames(countries):
            kept: list[tuple[str, str | None]] = [(n, None) for n in names if fold(n) not in stop]
            if kept:
                _add_geonames(matcher, morph, places, place, [n for n, _ in kept])
        matcher.build()
        logger.info("gazetteer: %s places, %s surface forms", len(places), len(matcher))
        return cls(places, matcher, StreetWords.load())

    def find(
        self, text: str, lang: str, *, folded: str | None = None, countries: Collection[str] = ()
    ) -> list[PlaceMention]:
        """Non-overlapping place mentions in ``text``, sorted, longest match first (``folded`` is
        ``fold(text)`` when the caller already has it). A name of several places is the one in a
        country of ``countries`` (those the document's actors point to: "Bari" in a text about
        Somalia is the Somali region), else the one of highest precedence. A name that is part of
        a street's name ("avenida Brasil", "Bağdat Caddesi") is no place."""
        if lang not in LANGS or not text:
            return []
        candidates = []
        for hit in self._matcher.find(text, lang, folded):
            if len(hit.payloads) == 1:
                best = self._places[hit.payloads[0]]
            else:
                referents = [self._places[p] for p in hit.payloads]
                pointed = [p for p in referents if p.country in countries] if countries else []
                best = min(pointed or referents, key=_precedence)
            candidates.append((hit.start, hit.end, best))
        candidates.sort(key=lambda c: (c[0] - c[1], c[0], _precedence(c[2])))
        taken = bytearray(len(text) + 1)
        kept: list[tuple[int, int, Place]] = []
        for start, end, place in candidates:
            if taken.find(1, start, end) == -1:
                taken[start:end] = b"\x01" * (end - start)
                kept.append((start, end, place))
        kept.sort(key=lambda c: c[0])
        if self._streets is not None:
            low = fold(text) if folded is None else folded
            streets = self._streets
            kept = [(s, e, p) for s, e, p in kept if not streets.names_a_street(low, s, e, lang)]
        return [
            PlaceMention(s, e, text[s:e], p.name, p.country, p.lat, p.lon, p.feature, p.population)
            for s, e, p in kept
            if p.source != _BLOCKER
        ]


def _precedence(place: Place) -> tuple[int, int]:
    return place.source, -(place.population or 0)


def _add(
    matcher: SurfaceMatcher,
    morph: Morphology,
    places: list[Place],
    place: Place,
    names: list[tuple[str, str | None]],
) -> None:
    ref = len(places)
    places.append(place)
    for name, lang in names:
        for surface, where in proper_variants(morph, name, lang):
            matcher.add(surface, ref, where)


def _add_geonames(
    matcher: SurfaceMatcher, morph: Morphology, places: list[Place], place: Place, names: list[str]
) -> None:
    """A GeoNames city: its canonical name ranks before the alternate names of other cities
    ("Islamabad" is also an old name of Chattogram); Russian names match with case endings."""
    canonical = Place(
        place.name, place.country, place.lat, place.lon, place.feature, place.population, _CANONICAL
    )
    places.extend((canonical, place))
    ref = len(places) - 2
    for name in names:
        target = ref if name == place.name else ref + 1
        cyrillic = is_cyrillic(name)
        stem = morph.ru_stem(name) if cyrillic else None
        if stem is None:
            matcher.add(name, target, None)
            for phrase in morph.ru_place_phrase(name) if cyrillic else ():
                matcher.add(phrase, target, None)  # "Новой Каховке", "Кривому Рогу"
        else:
            matcher.add(stem[0], target, None, tails=stem[1])


def _country_names(country: Country) -> list[tuple[str, str | None]]:
    return [(name, lang) for lang, names in country.names.items() for name in names]


def load_curated(
    countries: dict[str, Country], text: str | None = None
) -> list[tuple[Place, list[tuple[str, str | None]]]]:
    """Read and validate ``places.yaml``: each place with its names and the language each name
    matches in (None: every language; ``{tr: [Şuşa]}`` in ``names``: Turkish texts only, because
    folded it is also "Susa", Sousse in Spanish)."""
    raw = read_yaml("places.yaml", text)
    out = []
    for index, item in enumerate(raw or ()):
        where = f"places.yaml[{index}]"
        try:
            where = f"places.yaml:{item['name']}"
            country, feature = item["country"], item["feature"]
            if country is not None and country not in countries:
                raise KnowledgeDataError(f"{where}: unknown country code {country!r}")
            if country is None and feature != "other":
                raise KnowledgeDataError(f"{where}: only seas and straits (feature other) have no country")
            if feature not in _FEATURES:
                raise KnowledgeDataError(f"{where}: feature must be one of {sorted(_FEATURES)}")
            lat, lon = float(item["lat"]), float(item["lon"])
            _check_coordinates(lat, lon, where)
            names = _tagged_names(item["names"], where)
            if not names:
                raise KnowledgeDataError(f"{where}: no names")
            population = int(item["population"]) if item.get("population") else None
            out.append((Place(str(item["name"]), country, lat, lon, feature, population, _CURATED), names))
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, KnowledgeDataError):
                raise
            raise KnowledgeDataError(f"{where}: missing or malformed field {exc}") from exc
    return out


def _tagged_names(raw: list[object], where: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for entry in raw:
        if isinstance(entry, dict):
            for lang, names in entry.items():
                if lang not in LANGS or not isinstance(names, list):
                    raise KnowledgeDataError(f"{where}: names for {lang!r}: unknown language or not a list")
                out.extend((str(n), str(lang)) for n in names)
        else:
            out.append((str(entry), None))
    return out


def load_geonames(countries: dict[str, Country], text: str | None = None) -> list[tuple[Place, list[str]]]:
    """Read and validate ``gazetteer.tsv``."""
    out = []
    for number, row in enumerate(read_table("gazetteer.tsv", "\t", text), start=2):
        where = f"gazetteer.tsv:{number}"
        if row["iso3"] not in countries:
            raise KnowledgeDataError(f"{where}: unknown country code {row['iso3']!r}")
        try:
            lat, lon, population = float(row["lat"]), float(row["lon"]), int(row["population"])
        except ValueError as exc:
            raise KnowledgeDataError(f"{where}: bad number: {exc}") from exc
        _check_coordinates(lat, lon, where)
        # Population 0: an administrative seat whose population GeoNames does not know.
        place = Place(row["name"], row["iso3"], lat, lon, "city", population or None, _GEONAMES)
        out.append((place, row["names"].split("|")))
    return out


def load_stopwords(text: str | None = None) -> frozenset[str]:
    """Folded names of ``place_stopwords.txt`` (comments and blank lines ignored)."""
    lines = (read_text("place_stopwords.txt") if text is None else text).splitlines()
    return frozenset(fold(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


def _check_coordinates(lat: float, lon: float, where: str) -> None:
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise KnowledgeDataError(f"{where}: coordinates out of range ({lat}, {lon})")
