"""People in office: who held which office of which country or organisation, and when.

Loaded from ``data/people.yaml``; the loader rejects unknown countries and role codes, and two
holders of one office whose dates overlap. ``end`` dates are exclusive (successor's first day).
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from vigie_extractor.core.knowledge.datafiles import as_date, read_yaml
from vigie_extractor.core.knowledge.errors import KnowledgeDataError


@dataclass(frozen=True)
class Office:
    """A term in one office: ``code`` is the CAMEO actor code (country + role, or IGOUNO...)."""

    office: str
    country: str | None
    role: str
    code: str
    start: date
    end: date | None

    def holds(self, on: date) -> bool:
        """True when the term covers ``on`` (``end`` is exclusive)."""
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Person:
    """A person with name forms (every script) and their terms of office."""

    pid: str
    name: str
    country: str | None
    forms: tuple[str, ...]
    surnames: tuple[str, ...]
    offices: tuple[Office, ...]

    def office_on(self, on: date | None) -> Office | None:
        """The office held on ``on`` (None: the current one, i.e. a term without end)."""
        terms = [o for o in self.offices if (o.end is None if on is None else o.holds(on))]
        return max(terms, key=lambda o: o.start) if terms else None


def load_people(countries: Collection[str], roles: Collection[str], text: str | None = None) -> list[Person]:
    """Read and validate ``data/people.yaml`` (``text`` replaces the file, for tests)."""
    raw = read_yaml("people.yaml", text)
    if not isinstance(raw, list):
        raise KnowledgeDataError("people.yaml: expected a list of people")
    people: list[Person] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        where = f"people.yaml[{index}]"
        try:
            pid, name = str(item["id"]), str(item["name"])
            where = f"people.yaml:{pid}"
            country = item.get("country")
            if pid in seen:
                raise KnowledgeDataError(f"{where}: duplicate id")
            seen.add(pid)
            if country is not None and country not in countries:
                raise KnowledgeDataError(f"{where}: unknown country code {country!r}")
            offices = tuple(
                _office(o, countries, roles, f"{where}.offices[{i}]") for i, o in enumerate(item["offices"])
            )
            people.append(
                Person(
                    pid=pid,
                    name=name,
                    country=country,
                    forms=tuple(str(f) for f in item.get("forms") or ()) or (name,),
                    surnames=tuple(str(f) for f in item.get("surnames") or ()),
                    offices=offices,
                )
            )
        except (KeyError, TypeError) as exc:
            raise KnowledgeDataError(f"{where}: missing or malformed field {exc}") from exc
    check_overlaps(people)
    return people


def _office(raw: dict[str, object], countries: Collection[str], roles: Collection[str], where: str) -> Office:
    role = str(raw["role"])
    if role not in roles:
        raise KnowledgeDataError(f"{where}: unknown role code {role!r}")
    country = raw.get("country")
    code = raw.get("code")
    if country is not None and country not in countries:
        raise KnowledgeDataError(f"{where}: unknown country code {country!r}")
    if country is None and not code:
        raise KnowledgeDataError(f"{where}: an office needs a `country` or a `code`")
    start = as_date(raw["start"], where)
    end = as_date(raw.get("end"), where)
    if start is None:
        raise KnowledgeDataError(f"{where}: `start` is required")
    if end is not None and end <= start:
        raise KnowledgeDataError(f"{where}: end {end} is not after start {start}")
    return Office(
        office=str(raw["office"]),
        country=str(country) if country else None,
        role=role,
        code=str(code) if code else f"{country}{role}",
        start=start,
        end=end,
    )


def check_overlaps(people: list[Person]) -> None:
    """Reject two terms of one office (title + code) whose dates overlap."""
    terms: dict[tuple[str, str], list[tuple[Office, str]]] = {}
    for person in people:
        for office in person.offices:
            terms.setdefault((office.office, office.code), []).append((office, person.pid))
    for (title, code), held in terms.items():
        held.sort(key=lambda t: t[0].start)
        for (first, who1), (second, who2) in itertools.pairwise(held):
            if first.end is None or second.start < first.end:
                raise KnowledgeDataError(
                    f"people.yaml: overlapping terms for {title} ({code}): {who1} from {first.start} "
                    f"to {first.end or 'open'} and {who2} from {second.start}"
                )
