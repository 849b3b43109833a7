"""Loaders for role nouns, seats of power and organisations (``roles.yaml``, ``seats.yaml``,
``organisations.yaml``, ``role_codes.yaml``), with validation of every code they use."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from vigie_extractor.core.knowledge.datafiles import LANGS, as_date, forms_by_lang, read_yaml
from vigie_extractor.core.knowledge.errors import KnowledgeDataError

_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")
_SEAT_KINDS = frozenset({"capital", "institution"})
_ORG_KINDS = frozenset({"org", "group"})


@dataclass(frozen=True)
class RoleNoun:
    """A role noun ("président", "armed forces"); ``role`` None marks an office qualifier."""

    rid: str
    role: str | None
    office: str | None
    country: str | None
    forms: dict[str | None, list[str]]


@dataclass(frozen=True)
class RoleLexicon:
    """Role nouns plus the per-language words that glue a composite mention together."""

    nouns: tuple[RoleNoun, ...]
    connectors: dict[str, frozenset[str]]
    context_before: dict[str, frozenset[str]]
    context_after: dict[str, frozenset[str]]


@dataclass(frozen=True)
class Seat:
    """A capital or seat of power standing for a government ("le Kremlin", "Ankara")."""

    name: str
    kind: str
    country: str
    role: str
    forms: dict[str | None, list[str]]


@dataclass(frozen=True)
class Period:
    """A dated role of an organisation (``end`` exclusive, None while current)."""

    role: str
    start: date
    end: date | None


@dataclass(frozen=True)
class Organisation:
    """An armed group, party, agency or international organisation."""

    name: str
    kind: str
    country: str | None
    role: str
    code: str
    periods: tuple[Period, ...]
    forms: dict[str | None, list[str]]
    # countries where an armed group that crosses borders fights; there it takes the country of
    # the place it acts in (the PKK in northern Iraq is coded IRQ, Boko Haram in Cameroon CMR)
    operates_in: frozenset[str] = frozenset()

    def role_on(self, on: date | None) -> str:
        """The role on ``on`` (None: the current one)."""
        for period in self.periods:
            current = (
                period.end is None
                if on is None
                else period.start <= on and (period.end is None or on < period.end)
            )
            if current:
                return period.role
        return self.role

    def code_on(self, on: date | None) -> str:
        """The actor code on ``on``: explicit code, else country + role, else role."""
        if self.code:
            return self.code
        return f"{self.country or ''}{self.role_on(on)}"


def load_role_codes(text: str | None = None) -> frozenset[str]:
    """The allowed role codes (keys of ``role_codes.yaml``)."""
    raw = read_yaml("role_codes.yaml", text)
    if not isinstance(raw, dict) or not all(isinstance(k, str) and re.match(r"^[A-Z]{3}$", k) for k in raw):
        raise KnowledgeDataError("role_codes.yaml: expected a mapping of 3-letter codes to descriptions")
    return frozenset(raw)


def load_roles(countries: Collection[str], roles: Collection[str], text: str | None = None) -> RoleLexicon:
    """Read and validate ``roles.yaml``."""
    raw = read_yaml("roles.yaml", text)
    try:
        connectors = _per_lang(raw["connectors"], "roles.yaml:connectors")
        before = _per_lang(raw["name_context"]["before"], "roles.yaml:name_context.before")
        after = _per_lang(raw["name_context"]["after"], "roles.yaml:name_context.after")
        nouns = []
        ids: set[str] = set()
        for index, item in enumerate(raw["roles"]):
            where = f"roles.yaml:roles[{index}]"
            rid = str(item["id"])
            where = f"roles.yaml:{rid}"
            if rid in ids:
                raise KnowledgeDataError(f"{where}: duplicate id")
            ids.add(rid)
            role = item.get("role")
            if role is not None and role not in roles:
                raise KnowledgeDataError(f"{where}: unknown role code {role!r}")
            if role is None and not item.get("office"):
                raise KnowledgeDataError(f"{where}: an entry without role must name an office")
            country = item.get("country")
            if country is not None and country not in countries:
                raise KnowledgeDataError(f"{where}: unknown country code {country!r}")
            nouns.append(
                RoleNoun(rid, role, item.get("office"), country, forms_by_lang(item["forms"], where))
            )
    except (KeyError, TypeError) as exc:
        raise KnowledgeDataError(f"roles.yaml: missing or malformed entry {exc}") from exc
    return RoleLexicon(tuple(nouns), connectors, before, after)


def _per_lang(raw: Any, where: str) -> dict[str, frozenset[str]]:
    if not isinstance(raw, dict) or set(raw) != set(LANGS):
        raise KnowledgeDataError(f"{where}: expected one list for each of {', '.join(LANGS)}")
    return {lang: frozenset(str(w) for w in (words or ())) for lang, words in raw.items()}


def load_seats(countries: Collection[str], roles: Collection[str], text: str | None = None) -> list[Seat]:
    """Read and validate ``seats.yaml``."""
    raw = read_yaml("seats.yaml", text)
    seats = []
    for index, item in enumerate(raw or ()):
        where = f"seats.yaml[{index}]"
        try:
            where = f"seats.yaml:{item['name']}"
            kind, country, role = item["kind"], item["country"], item["role"]
            if kind not in _SEAT_KINDS:
                raise KnowledgeDataError(f"{where}: kind must be one of {sorted(_SEAT_KINDS)}")
            if country not in countries:
                raise KnowledgeDataError(f"{where}: unknown country code {country!r}")
            if role not in roles:
                raise KnowledgeDataError(f"{where}: unknown role code {role!r}")
            seats.append(Seat(str(item["name"]), kind, country, role, forms_by_lang(item["forms"], where)))
        except (KeyError, TypeError) as exc:
            raise KnowledgeDataError(f"{where}: missing or malformed field {exc}") from exc
    return seats


def load_organisations(
    countries: Collection[str], roles: Collection[str], text: str | None = None
) -> list[Organisation]:
    """Read and validate ``organisations.yaml``."""
    raw = read_yaml("organisations.yaml", text)
    orgs = []
    for index, item in enumerate(raw or ()):
        where = f"organisations.yaml[{index}]"
        try:
            where = f"organisations.yaml:{item['name']}"
            kind, country, role = item["kind"], item.get("country"), item["role"]
            code = item.get("code") or ""
            if kind not in _ORG_KINDS:
                raise KnowledgeDataError(f"{where}: kind must be one of {sorted(_ORG_KINDS)}")
            if country is not None and country not in countries:
                raise KnowledgeDataError(f"{where}: unknown country code {country!r}")
            if role not in roles:
                raise KnowledgeDataError(f"{where}: unknown role code {role!r}")
            if code and not _ACTOR_CODE.match(code):
                raise KnowledgeDataError(f"{where}: bad actor code {code!r}")
            periods = []
            for p in item.get("periods") or ():
                if p["role"] not in roles:
                    raise KnowledgeDataError(f"{where}: unknown role code {p['role']!r} in periods")
                start = as_date(p["start"], where)
                if start is None:
                    raise KnowledgeDataError(f"{where}: a period needs a start date")
                periods.append(Period(p["role"], start, as_date(p.get("end"), where)))
            operates_in = frozenset(item.get("operates_in") or ())
            if unknown := sorted(operates_in - set(countries)):
                raise KnowledgeDataError(f"{where}: unknown country code(s) {unknown} in operates_in")
            if operates_in and (kind != "group" or (country is not None and country not in operates_in)):
                raise KnowledgeDataError(
                    f"{where}: operates_in is for armed groups and includes their country"
                )
            orgs.append(
                Organisation(
                    str(item["name"]),
                    kind,
                    country,
                    role,
                    code,
                    tuple(periods),
                    forms_by_lang(item["forms"], where),
                    operates_in,
                )
            )
        except (KeyError, TypeError) as exc:
            raise KnowledgeDataError(f"{where}: missing or malformed field {exc}") from exc
    return orgs
