"""The surface forms of the actor lexicon: every name, adjective and role noun of the data files,
inflected, with the atom it stands for and the language it matches in."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from vigie_extractor.core.knowledge.actor_data import (
    Organisation,
    RoleLexicon,
    Seat,
    load_organisations,
    load_role_codes,
    load_roles,
    load_seats,
)
from vigie_extractor.core.knowledge.compounds import country_name_keys, directional_forms, seat_compounds
from vigie_extractor.core.knowledge.countries import Country, load_countries
from vigie_extractor.core.knowledge.matcher import CaseRule, case_rule_for
from vigie_extractor.core.knowledge.morphology import Morphology, proper_variants
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.people import Person, load_people

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Atom:
    kind: str  # person | org | seat | role | name | adj
    ref: int  # index into people / orgs / seats / role nouns; countries use `country`
    country: str | None = None


# A surface form, its atom, the language it matches in (None: any) and its case rule.
Form = tuple[str, Atom, str | None, CaseRule | None]


@dataclass(frozen=True)
class ActorSources:
    """Every validated actor data file, as loaded by ``ActorSources.load()``."""

    morph: Morphology
    countries: dict[str, Country]
    roles: RoleLexicon
    seats: list[Seat]
    orgs: list[Organisation]
    people: list[Person]

    @classmethod
    def load(cls) -> ActorSources:
        """Load and validate every actor data file (raises ``KnowledgeDataError``)."""
        role_codes = load_role_codes()
        countries = load_countries()
        return cls(
            morph=Morphology.load(),
            countries=countries,
            roles=load_roles(countries, role_codes),
            seats=load_seats(countries, role_codes),
            orgs=load_organisations(countries, role_codes),
            people=load_people(countries, role_codes),
        )


def surface_forms(sources: ActorSources) -> Iterator[Form]:
    """Every surface form of the lexicon with its atom, language (None: any) and case rule."""
    yield from _country_forms(sources)
    yield from _role_forms(sources)
    yield from _named_forms("seat", sources.seats, sources.morph)
    yield from _named_forms("org", sources.orgs, sources.morph)
    yield from _person_forms(sources)


def _country_forms(sources: ActorSources) -> Iterator[Form]:
    morph = sources.morph
    taken = country_name_keys(sources.countries)
    for iso3, country in sources.countries.items():
        for lang, names in country.names.items():
            for name in names:
                for surface, where in proper_variants(morph, name, lang):
                    yield surface, Atom("name", 0, iso3), where, None
        for name in country.names.get("de", ()):
            for compound in directional_forms(name, morph, taken):
                for surface, _ in proper_variants(morph, compound, "de"):
                    yield surface, Atom("name", 0, iso3), "de", None
        for lang, adjectives in country.adjectives.items():
            for adjective in adjectives:
                for surface in morph.expand(adjective, lang):
                    yield surface, Atom("adj", 0, iso3), lang, None


def _role_forms(sources: ActorSources) -> Iterator[Form]:
    """Role nouns match in any case, except short acronyms (PM, МИД, ONG)."""
    for ref, noun in enumerate(sources.roles.nouns):
        for key, forms in noun.forms.items():
            for form in forms:
                for surface in sources.morph.expand(form, key or "en"):
                    rule: CaseRule = "exact" if case_rule_for(surface) == "exact" else "any"
                    yield surface, Atom("role", ref), key, rule


def _named_forms(kind: str, items: Sequence[Seat | Organisation], morph: Morphology) -> Iterator[Form]:
    for ref, item in enumerate(items):
        for key, forms in item.forms.items():
            for form in forms:
                for surface, where in proper_variants(morph, form, key):
                    yield surface, Atom(kind, ref), where, None
                if kind == "seat" and item.kind == "institution" and key == "de":
                    for compound in seat_compounds(form, morph):
                        yield compound, Atom(kind, ref), "de", "proper"
                if kind == "org" and item.kind == "group" and key in (None, "de") and _acronym(form):
                    # German glues a noun to the acronym: "RSF-Milizen", "M23-Kämpfer".
                    for head in morph.de_group_heads:
                        yield f"{form}-{head}", Atom(kind, ref), "de", "proper"


def _acronym(form: str) -> bool:
    """A short all-capital name (digits allowed): ``RSF``, ``M23``, ``PKK``."""
    return form.isupper() and form.isalnum() and len(form) <= 6


def _person_forms(sources: ActorSources) -> Iterator[Form]:
    """Full names always; a surname alone only when no other person shares it."""
    owners: dict[str, set[int]] = {}
    for ref, person in enumerate(sources.people):
        for surname in person.surnames:
            owners.setdefault(fold(surname), set()).add(ref)
    for ref, person in enumerate(sources.people):
        surnames = []
        for surname in person.surnames:
            if len(owners[fold(surname)]) > 1:
                logger.info("surname %s is ambiguous: matched only with a first name", surname)
            else:
                surnames.append(surname)
        for form in [*person.forms, *surnames]:
            for surface, where in proper_variants(sources.morph, form, None, person=True):
                yield surface, Atom("person", ref), where, None
