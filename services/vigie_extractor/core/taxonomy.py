"""The CAMEO and PLOVER tables (``data/cameo.yaml``, ``data/plover.yaml``) and the check that ties them.

>>> cameo_entry("0871").quad_class, cameo_entry("0871").goldstein
(2, 9.0)
>>> "aerial" in PLOVER_TYPES["FIGHT"]
True
>>> validate("CONSULT", "phone", "041")
>>> validate("CONSULT", "phone", "190")
Traceback (most recent call last):
...
ValueError: CAMEO 190 (root 19) does not fit PLOVER CONSULT, which takes CAMEO roots 04

The files are read once, on first use, and validated as a whole: a malformed file raises
``TaxonomyDataError`` (a ``ValueError``) naming the file and the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from vigie.contracts import Event

# The factualities an alert is raised on: the news told as fact or attributed to a source.
ALERTABLE = frozenset({"asserted", "reported"})
# The PLOVER types of a fight (force used against the other side).
FIGHT_LIKE = frozenset({"FIGHT", "ASSAULT"})
# The categories of fire: strikes, shelling and fighting. They may tell one happening in different words
# (a headline's "bombards" and its lead's "aircraft bombed"), and they are the fire that can break a
# truce; a capture or an offensive is a story of its own.
FIRE = frozenset({"airstrike", "missile_strike", "shelling", "clash", "assault"})

_CODE = re.compile(r"^\d{2,4}$")
_MODE = re.compile(r"^[a-z][a-z0-9-]*$")
_TYPE = re.compile(r"^[A-Z]+$")
_ROOTS = frozenset(f"{n:02d}" for n in range(1, 21))
_INHERIT = "parent"


class TaxonomyDataError(ValueError):
    """``cameo.yaml`` or ``plover.yaml`` is malformed or inconsistent (the message says where)."""


@dataclass(frozen=True)
class CameoEntry:
    """One CAMEO event code: its name, quad class (1-4) and Goldstein weight (-10..10)."""

    code: str
    name: str
    quad_class: int
    goldstein: float
    goldstein_inherited: bool = False  # True when the code has no published weight of its own


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type: the modes it allows and the CAMEO root codes it corresponds to."""

    name: str
    modes: frozenset[str]
    cameo_roots: frozenset[str]


@dataclass(frozen=True)
class Taxonomy:
    """Both tables, validated against each other."""

    cameo: Mapping[str, CameoEntry]
    plover: Mapping[str, PloverType]


def _parent(code: str) -> str:
    return code[:2] if len(code) == 3 else code[:3]


def parse_cameo(raw: Any, source: str = "cameo.yaml") -> dict[str, CameoEntry]:
    """Validate the parsed content of a CAMEO file and build its entries (parents before children)."""
    codes = raw.get("codes") if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or set(raw) != {"codes"} or not isinstance(codes, dict) or not codes:
        raise TaxonomyDataError(f"{source}: expected one non-empty mapping 'codes'")
    for key in codes:
        if not isinstance(key, str) or not _CODE.match(key):
            raise TaxonomyDataError(f"{source}: code {key!r} must be a quoted string of 2 to 4 digits")
    missing = sorted(_ROOTS - set(codes))
    if missing:
        raise TaxonomyDataError(f"{source}: root codes missing: {', '.join(missing)}")
    out: dict[str, CameoEntry] = {}
    for code in sorted(codes, key=lambda c: (len(c), c)):
        out[code] = _cameo_entry(code, codes[code], out, source)
    return out


def _cameo_entry(code: str, spec: Any, known: dict[str, CameoEntry], source: str) -> CameoEntry:
    where = f"{source}: {code}"
    if not isinstance(spec, dict):
        raise TaxonomyDataError(f"{where}: expected a mapping with name and goldstein")
    is_root = len(code) == 2
    allowed = {"name", "goldstein", "quad_class"} if is_root else {"name", "goldstein"}
    unknown = set(spec) - allowed
    if unknown:
        raise TaxonomyDataError(f"{where}: unknown keys {sorted(unknown)} (allowed: {sorted(allowed)})")
    name = spec.get("name")
    if not isinstance(name, str) or not name.strip():
        raise TaxonomyDataError(f"{where}: 'name' must be a non-empty string")
    if is_root:
        if code not in _ROOTS:
            raise TaxonomyDataError(f"{where}: not a CAMEO root code (01-20)")
        quad = spec.get("quad_class")
        if not isinstance(quad, int) or isinstance(quad, bool) or not 1 <= quad <= 4:
            raise TaxonomyDataError(f"{where}: root code needs 'quad_class' 1, 2, 3 or 4")
        parent = None
    else:
        parent = known.get(_parent(code))
        if parent is None:
            raise TaxonomyDataError(f"{where}: parent code {_parent(code)} is not listed")
        quad = parent.quad_class
    gold = spec.get("goldstein")
    if gold == _INHERIT:
        if parent is None:
            raise TaxonomyDataError(f"{where}: a root code needs its own goldstein weight")
        return CameoEntry(code, name.strip(), quad, parent.goldstein, goldstein_inherited=True)
    if not isinstance(gold, int | float) or isinstance(gold, bool) or not -10.0 <= gold <= 10.0:
        raise TaxonomyDataError(f"{where}: 'goldstein' must be a number in [-10, 10] or 'parent'")
    return CameoEntry(code, name.strip(), quad, float(gold))


def parse_plover(
    raw: Any, cameo: Mapping[str, CameoEntry], source: str = "plover.yaml"
) -> dict[str, PloverType]:
    """Validate the parsed content of a PLOVER file against the CAMEO table."""
    types = raw.get("types") if isinstance(raw, dict) else None
    if not isinstance(raw, dict) or set(raw) != {"types"} or not isinstance(types, dict) or not types:
        raise TaxonomyDataError(f"{source}: expected one non-empty mapping 'types'")
    out: dict[str, PloverType] = {}
    for name, spec in types.items():
        where = f"{source}: {name}"
        if not isinstance(name, str) or not _TYPE.match(name):
            raise TaxonomyDataError(f"{where}: a PLOVER type is an upper-case word")
        if not isinstance(spec, dict) or set(spec) != {"modes", "cameo_roots"}:
            raise TaxonomyDataError(f"{where}: expected exactly the keys 'modes' and 'cameo_roots'")
        modes, roots = spec["modes"], spec["cameo_roots"]
        if not isinstance(modes, list) or not all(isinstance(m, str) and _MODE.match(m) for m in modes):
            raise TaxonomyDataError(f"{where}: 'modes' must be a list of lower-case words")
        if len(set(modes)) != len(modes):
            raise TaxonomyDataError(f"{where}: duplicate mode")
        if not isinstance(roots, list) or not roots:
            raise TaxonomyDataError(f"{where}: 'cameo_roots' must be a non-empty list")
        for root in roots:
            if not isinstance(root, str) or root not in _ROOTS or root not in cameo:
                raise TaxonomyDataError(f'{where}: {root!r} is not a CAMEO root code (quote it: "04")')
        out[name] = PloverType(name, frozenset(modes), frozenset(roots))
    return out


def _read(name: str) -> Any:
    try:
        text = resources.files("vigie_extractor.core").joinpath(f"data/{name}").read_text("utf-8")
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError) as exc:
        raise TaxonomyDataError(f"{name}: cannot read: {exc}") from exc


@lru_cache(maxsize=1)
def load_taxonomy() -> Taxonomy:
    """Both packaged tables, read and validated once."""
    cameo = parse_cameo(_read("cameo.yaml"))
    return Taxonomy(cameo=cameo, plover=parse_plover(_read("plover.yaml"), cameo))


def cameo_entry(code: str) -> CameoEntry:
    """The entry of a CAMEO event code; ``KeyError`` when the code is unknown."""
    try:
        return load_taxonomy().cameo[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO event code {code!r}") from None


def recoded(event: Event, category: str, plover: str, mode: str | None, cameo: str) -> Event:
    """``event`` coded as ``category`` (PLOVER type and mode, CAMEO code with its quad class and
    Goldstein weight), with its own sides, place, date and factuality."""
    entry = cameo_entry(cameo)
    return event.model_copy(
        update={
            "category": category,
            "plover": plover,
            "mode": mode,
            "cameo": cameo,
            "quad_class": entry.quad_class,
            "goldstein": entry.goldstein,
        }
    )


class _PloverModes(Mapping[str, frozenset[str]]):
    """PLOVER type → allowed modes, read from the data file on first access."""

    def __getitem__(self, key: str) -> frozenset[str]:
        return load_taxonomy().plover[key].modes

    def __iter__(self) -> Iterator[str]:
        return iter(load_taxonomy().plover)

    def __len__(self) -> int:
        return len(load_taxonomy().plover)

    def __repr__(self) -> str:
        return "PLOVER_TYPES(" + ", ".join(sorted(self)) + ")"


PLOVER_TYPES: Mapping[str, frozenset[str]] = _PloverModes()


def validate(plover: str, mode: str | None, cameo: str) -> None:
    """Raise ``ValueError`` unless PLOVER ``plover``/``mode`` and CAMEO ``cameo`` fit together.

    Checked: the type exists; the mode (when given) is one of the type's; the CAMEO code exists; its
    root is one the type corresponds to (e.g. CONSULT takes 04x codes, FIGHT 19x).
    """
    table = load_taxonomy()
    ptype = table.plover.get(plover)
    if ptype is None:
        raise ValueError(f"unknown PLOVER event type {plover!r} (known: {', '.join(sorted(table.plover))})")
    if mode is not None and mode not in ptype.modes:
        allowed = ", ".join(sorted(ptype.modes)) or "none"
        raise ValueError(f"mode {mode!r} is not a mode of PLOVER {plover} (allowed: {allowed})")
    if cameo not in table.cameo:
        raise ValueError(f"unknown CAMEO event code {cameo!r}")
    root = cameo[:2]
    if root not in ptype.cameo_roots:
        roots = ", ".join(sorted(ptype.cameo_roots))
        raise ValueError(
            f"CAMEO {cameo} (root {root}) does not fit PLOVER {plover}, which takes CAMEO roots {roots}"
        )
