"""Actor mentions: people, countries, capitals, institutions, organisations and role phrases,
found in a text and coded with CAMEO actor codes (TURGOV, SYRREB, IGOUNO...).

>>> lex = ActorLexicon.load()
>>> [m.code for m in lex.find("Le président turc Recep Tayyip Erdogan a appelé le Kremlin.", "fr")]
['TURGOV', 'RUSGOV']
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import NamedTuple

from vigie_extractor.core.knowledge.actor_data import RoleNoun
from vigie_extractor.core.knowledge.actor_forms import ActorSources, Atom, surface_forms
from vigie_extractor.core.knowledge.datafiles import LANGS
from vigie_extractor.core.knowledge.matcher import SurfaceMatcher
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.people import Office, Person
from vigie_extractor.core.languages import having

__all__ = ["ActorLexicon", "ActorMention", "ActorSources"]

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"[^\W\d_]+'|'[^\W\d_]*|[^\W\d_]+|\S")
_HARAKAT = re.compile("[\u064b-\u065f\u0670]")
_MAX_GAP = 25
# Languages that glue a name to a noun with a hyphen ("US-Militär"), and such a two-part word.
_COMPOUNDING = having("hyphen_compounds")
# Languages that set a proper name's case ending off with an apostrophe ("Ordu'yu" the city, "orduyu"
# the army): a one-word role noun written "Ordu'..." is a name.
_APOSTROPHE_NAMES = having("apostrophe_names")
# Languages whose owner follows the noun: a seat of power never qualifies a role noun after it.
_OWNER_AFTER = having("genitive_after_head")
# Languages whose comma may close the subject: an office and a name across it are two people.
_SUBJECT_COMMA = having("comma_after_subject")
_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]{2,})-([^\W\d_]{3,})(?![\w-])")
_CONTEXT_WINDOW = 40
# Role nouns that name armed or security forces ("Assad's forces").
_FORCES = frozenset({"MIL", "REB", "COP", "SPY"})
# When one surface form names several things, the first kind here wins.
_PRIORITY = {"org": 0, "person": 1, "seat": 2, "role": 3, "name": 4, "adj": 5}
# Pseudo-atoms for the words that make a neighbouring name a place ("avenue Poutine").
_BEFORE = Atom("before", 0)
_AFTER = Atom("after", 0)


@dataclass(frozen=True)
class ActorMention:
    """One actor mention, already coded; offsets index the analysed text."""

    start: int
    end: int
    text: str
    name: str
    country: str | None
    role: str | None
    code: str | None
    person: str | None = None
    office: str | None = None
    kind: str = "country"
    # an armed group's countries of operation, where it takes the event place's country
    operates_in: frozenset[str] = frozenset()


class _Found(NamedTuple):
    """An atom found at ``text[start:end]`` (a named tuple: cheaper to build than a dataclass)."""

    start: int
    end: int
    atom: Atom


class ActorLexicon:
    """Finds and codes actor mentions in the seven supported languages."""

    def __init__(self, sources: ActorSources) -> None:
        self._countries = sources.countries
        self._roles = sources.roles
        self._seats = sources.seats
        self._orgs = sources.orgs
        self._people = sources.people
        self._atoms: list[Atom] = []
        self._atom_ids: dict[Atom, int] = {}
        self._holders: dict[tuple[str, str], list[tuple[Office, Person]]] = {}
        for person in sources.people:
            for office in person.offices:
                self._holders.setdefault((office.office, office.code), []).append((office, person))
        roles = sources.roles
        self._connectors = {lang: frozenset(fold(w) for w in ws) for lang, ws in roles.connectors.items()}
        self._matcher = SurfaceMatcher(sources.morph.ar_proclitics)
        for surface, atom, lang, case in surface_forms(sources):
            self._matcher.add(surface, self._atom_id(atom), lang, case)
        # Context words are found in the same pass: "before" words of the text's language, "after"
        # words of every language (a Turkish stadium keeps its Turkish name in a French text).
        for lang, words in roles.context_before.items():
            for word in words:
                self._matcher.add(word, self._atom_id(_BEFORE), lang, "any")
        for words in roles.context_after.values():
            for word in words:
                self._matcher.add(word, self._atom_id(_AFTER), None, "any")
        self._matcher.build()
        # payloads of the context pseudo-atoms (-1: none registered), compared as integers in ``_atoms_in``
        self._before_id = self._atom_ids.get(_BEFORE, -1)
        self._after_id = self._atom_ids.get(_AFTER, -1)
        logger.info("actor lexicon: %s surface forms", len(self._matcher))

    @classmethod
    def load(cls) -> ActorLexicon:
        """Load and validate every actor data file (raises ``KnowledgeDataError``)."""
        return cls(ActorSources.load())

    def _atom_id(self, atom: Atom) -> int:
        if atom not in self._atom_ids:
            self._atom_ids[atom] = len(self._atoms)
            self._atoms.append(atom)
        return self._atom_ids[atom]

    # ------------------------------------------------------------------ finding
    def find(
        self, text: str, lang: str, on: date | None = None, *, folded: str | None = None
    ) -> list[ActorMention]:
        """Non-overlapping actor mentions in ``text`` (sorted, longest match wins), coded as of
        ``on`` (None: the current office holders, i.e. terms without an end date). ``folded`` is
        ``fold(text)`` when the caller already has it."""
        if lang not in LANGS or not text:
            return []
        if isinstance(on, datetime):
            on = on.date()  # a publication timestamp is welcome too
        if folded is None:
            folded = fold(text)
        found, before, after = self._atoms_in(text, lang, folded)
        if lang in _COMPOUNDING and "-" in folded:
            found = self._compound_heads(text, lang, folded, found)
        if before or after:
            found = [f for f in found if not self._names_a_place(f, folded, before, after, lang)]
        if lang in _APOSTROPHE_NAMES and "'" in folded:
            found = [f for f in found if not _role_as_name(f, text, folded)]
        mentions: list[ActorMention] = []
        for group in self._groups(found, folded, lang):
            mention = self._code(group, text, on)
            if mention is None:
                continue
            if mentions and _holder_of(mentions[-1], mention, folded):
                # "BM Genel Sekreteri Antonio Guterres": the organisation and the holder of its office
                start = mentions[-1].start
                mentions[-1] = replace(mention, start=start, text=text[start : mention.end])
                continue
            mentions.append(mention)
        return mentions

    def _atoms_in(self, text: str, lang: str, folded: str) -> tuple[list[_Found], list[int], list[int]]:
        """Actor atoms (longest first, in text order), ends of "before" and starts of "after"
        context words."""
        candidates = []
        before: list[int] = []
        after: list[int] = []
        every = self._atoms  # one atom per payload, each atom under one payload only
        for hit in self._matcher.find(text, lang, folded):
            if self._before_id in hit.payloads:
                before.append(hit.end)
            if self._after_id in hit.payloads:
                after.append(hit.start)
            atoms = [a for a in (every[p] for p in hit.payloads) if a.kind in _PRIORITY]
            if atoms:
                best = min(atoms, key=lambda a: _PRIORITY[a.kind]) if len(atoms) > 1 else atoms[0]
                candidates.append(_Found(hit.start, hit.end, best))
        return longest_first(candidates, len(text)), before, after

    def _compound_heads(self, text: str, lang: str, folded: str, found: list[_Found]) -> list[_Found]:
        """German hyphen compounds the lexicon does not list whole ("US-Kampfjets",
        "Hisbollah-Stellungen", "US-Militär"): an actor as the first part names the side, and a role
        noun as the second part its sector."""
        extra: list[_Found] = []
        for m in _COMPOUND.finditer(folded):
            start, end = m.start(), m.end()
            if any(f.start < end and start < f.end for f in found):
                continue
            hyphen = folded.index("-", start)
            parts, _, _ = self._atoms_in(
                text[start:hyphen] + " " + text[hyphen + 1 : end],
                lang,
                folded[start:hyphen] + " " + m.group(2),
            )
            if not parts or parts[0].start != 0 or parts[0].end != hyphen - start:
                continue  # the first part is not an actor: "Gaza-Krieg", "Nahost-Gespräche"
            extra += [_Found(start + f.start, start + f.end, f.atom) for f in parts]
        return sorted(found + extra, key=lambda f: f.start) if extra else found

    def _names_a_place(
        self, found: _Found, folded: str, before: list[int], after: list[int], lang: str
    ) -> bool:
        """ "Stade Atatürk", "avenue Poutine", "Putin Avenue": a name used to name a place."""
        if found.atom.kind in ("role", "adj"):
            return False
        connectors = self._connectors[lang]
        for end in before:
            if end <= found.start and found.start - end <= _CONTEXT_WINDOW:
                gap = [t.rstrip("'") for t in _TOKEN.findall(folded[end : found.start])]
                if all(t in connectors or t + "'" in connectors for t in gap):
                    return True
        return any(0 <= start - found.end <= 2 for start in after)

    def _groups(self, found: list[_Found], folded: str, lang: str) -> list[list[_Found]]:
        groups: list[list[_Found]] = []
        for item in found:
            if groups and self._joins(groups[-1], item, folded[groups[-1][-1].end : item.start], lang):
                groups[-1].append(item)
            else:
                groups.append([item])
        return groups

    def _joins(self, group: list[_Found], item: _Found, gap: str, lang: str) -> bool:
        if len(gap) > _MAX_GAP or "\n" in gap:
            return False  # never across a title, a paragraph or a line
        kinds = [f.atom.kind for f in group] + [item.atom.kind]
        # the parts of a hyphen compound; a word's harakat (at its end after folding) are no token
        tokens = [] if gap == "-" else _TOKEN.findall(_HARAKAT.sub("", gap))
        commas = tokens.count(",")
        words = [t for t in tokens if t != ","]
        connectors = self._connectors[lang]
        if commas > 1 or any(w not in connectors for w in words):
            return False
        left_person = group[-1].atom.kind == "person"
        if left_person and not commas and not self._is_force(item.atom):
            return False  # "Fidan Suriye'deki", "Erdoğan'ın Rusya'ya": a person ends a mention
        if _kept_apart(group, item, commas, lang):
            return False
        if commas == 1:
            has_role = any(self._is_role(f.atom) for f in group)
            if not (
                (item.atom.kind == "person" and has_role)
                or (left_person and item.atom.kind in ("role", "adj") and not self._foreign(group[-1], item))
            ):
                return False
        atoms = [f.atom for f in group] + [item.atom]
        return self._compatible(kinds, atoms) and not self._other_state(atoms)

    def _foreign(self, person: _Found, item: _Found) -> bool:
        """A demonym of another state after a person and a comma opens a new mention: "Hakan Fidan,
        Mısırlı mevkidaşı ile" is Fidan and his Egyptian counterpart, not one Egyptian Fidan."""
        nationality = self._people[person.atom.ref].country
        return item.atom.kind == "adj" and item.atom.country not in (None, nationality)

    def _other_state(self, atoms: list[Atom]) -> bool:
        """An organisation of one state next to another state's name ("Rus ordusu Ukrayna'nın
        ..."): two mentions, not "the Ukrainian Russian army"."""
        orgs = {self._orgs[a.ref].country for a in atoms if a.kind == "org"} - {None}
        states = {a.country for a in atoms if a.kind in ("name", "adj")} - {None}
        return bool(orgs and states and not states <= orgs)

    def _is_force(self, atom: Atom) -> bool:
        """An armed or security role noun, as in "Assad's forces", "Haftar forces"."""
        return atom.kind == "role" and self._roles.nouns[atom.ref].role in _FORCES

    def _is_role(self, atom: Atom) -> bool:
        return atom.kind == "role" and self._roles.nouns[atom.ref].role is not None

    def _compatible(self, kinds: list[str], atoms: list[Atom]) -> bool:
        sectors = [self._roles.nouns[a.ref].role for a in atoms if self._is_role(a)]
        # two nouns of one sector name one force: "قوات الجيش السوري" (the forces of the Syrian army)
        real_roles = 1 if len(sectors) == 2 and sectors[0] == sectors[1] else len(sectors)
        qualifiers = kinds.count("role") - len(sectors)
        countries = kinds.count("name") + kinds.count("adj")
        if kinds.count("person") > 1 or kinds.count("org") > 1 or kinds.count("seat") > 1:
            return False
        if real_roles > 1 or qualifiers > 1 or countries > 1:
            return False
        if "seat" in kinds and ("org" in kinds or countries):
            return False
        if qualifiers and not real_roles and len(atoms) > 1 and "person" not in kinds:
            return atoms[-1].kind == "role"
        return any(k in ("person", "org", "seat") for k in kinds) or real_roles == 1

    # ------------------------------------------------------------------ coding
    def _code(self, group: list[_Found], text: str, on: date | None) -> ActorMention | None:
        span = (group[0].start, group[-1].end, text[group[0].start : group[-1].end])
        by_kind: dict[str, Atom] = {}
        role_noun: RoleNoun | None = None
        qualifier: RoleNoun | None = None
        for f in group:
            by_kind.setdefault(f.atom.kind, f.atom)
            if f.atom.kind == "role":
                noun = self._roles.nouns[f.atom.ref]
                if noun.role is None:
                    qualifier = noun
                else:
                    role_noun = noun
        if "person" in by_kind:
            return self._code_person(self._people[by_kind["person"].ref], role_noun, span, on)
        if "org" in by_kind:
            org = self._orgs[by_kind["org"].ref]
            return ActorMention(
                *span,
                org.name,
                org.country,
                org.role_on(on),
                org.code_on(on),
                kind=org.kind,
                operates_in=org.operates_in,
            )
        office = (qualifier.office if qualifier else None) or (role_noun.office if role_noun else None)
        if "seat" in by_kind:
            seat = self._seats[by_kind["seat"].ref]
            role = role_noun.role if role_noun and role_noun.role else seat.role
            code = f"{seat.country}{role}"
            return ActorMention(*span, seat.name, seat.country, role, code, office=office, kind=seat.kind)
        country_atom = by_kind.get("name") or by_kind.get("adj")
        if role_noun is None:
            if country_atom is None or qualifier is not None:
                return None
            iso3 = country_atom.country or ""
            return ActorMention(*span, self._countries[iso3].name, iso3, None, iso3)
        country = (country_atom.country if country_atom else None) or role_noun.country
        return self._code_role(span, role_noun, country, office, on)

    def _code_role(
        self,
        span: tuple[int, int, str],
        noun: RoleNoun,
        country: str | None,
        office: str | None,
        on: date | None,
    ) -> ActorMention:
        role = noun.role or ""
        code = f"{country or ''}{role}"
        holder = self._holder(office, code, on) if country and office else None
        if holder is not None:
            return ActorMention(
                *span,
                holder.name,
                country,
                role,
                code,
                person=holder.name,
                office=office,
                kind="adjective_role",
            )
        label = noun.rid.replace("_", " ")
        name = f"{self._countries[country].name} {label}" if country else label
        kind = "adjective_role" if country else "group"
        return ActorMention(*span, name, country, role, code, office=office, kind=kind)

    def _code_forces(
        self, person: Person, role: str, span: tuple[int, int, str], on: date | None
    ) -> ActorMention:
        """ "Assad's forces": the armed forces of the person's side, named after them."""
        office = person.office_on(on)
        country = office.country if office and office.country else person.country
        code = f"{country or ''}{role}"
        name = f"{person.name} forces"
        return ActorMention(*span, name, country, role, code, person=person.name, kind="adjective_role")

    def _code_person(
        self, person: Person, role_noun: RoleNoun | None, span: tuple[int, int, str], on: date | None
    ) -> ActorMention:
        """A person by their office on the date (ELI when out of office); "Assad's forces" are
        coded as the forces of the person's country."""
        office = person.office_on(on)
        if (
            role_noun is not None
            and role_noun.role in _FORCES
            and role_noun.role != (office.role if office else None)
        ):
            return self._code_forces(person, role_noun.role, span, on)
        if office is None:
            code = f"{person.country}ELI" if person.country else "ELI"
            return ActorMention(
                *span, person.name, person.country, "ELI", code, person=person.name, kind="person"
            )
        return ActorMention(
            *span,
            person.name,
            office.country,
            office.role,
            office.code,
            person=person.name,
            office=office.office,
            kind="person",
        )

    def _holder(self, office: str | None, code: str, on: date | None) -> Person | None:
        for term, person in self._holders.get((office or "", code), ()):
            if (term.end is None) if on is None else term.holds(on):
                return person
        return None


def _role_as_name(found: _Found, text: str, folded: str) -> bool:
    """True when a one-word role noun is written as a proper name, with a capital and its case ending
    after an apostrophe ("Samsun ve Ordu'yu vurdu": the city of Ordu, not the army). Several words
    ("Hava Kuvvetleri'nin") are an institution's name and keep their role."""
    if found.atom.kind != "role":
        return False
    word = folded[found.start : found.end]
    root = word.split("'", 1)[0]
    return "'" in word and " " not in root and bool(root) and text[found.start].isupper()


def longest_first(candidates: list[_Found], size: int) -> list[_Found]:
    """Keep non-overlapping candidates, longest first (then leftmost), returned in text order."""
    candidates.sort(key=lambda f: (f.start - f.end, f.start, _PRIORITY.get(f.atom.kind, 9)))
    taken = bytearray(size + 1)
    kept: list[_Found] = []
    for cand in candidates:
        if taken.find(1, cand.start, cand.end) == -1:
            taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            kept.append(cand)
    kept.sort(key=lambda f: f.start)
    return kept


# At most this many words (an office title the lexicon does not know: "Genel Sekreteri",
# "Secretary-General") between an organisation and the holder of its office named after it.
_TITLE_WORDS = 3
_TITLE_WORD = re.compile(r"[\w'-]+")


def _holder_of(org: ActorMention, person: ActorMention, folded: str) -> bool:
    """``person`` holds an office of ``org``, named right after it with only a title between ("UN
    Secretary-General Antonio Guterres", "BM Genel Sekreteri Antonio Guterres"): one actor."""
    if org.kind != "org" or person.kind != "person" or org.code is None or org.code != person.code:
        return False
    gap = folded[org.end : person.start]
    words = _TITLE_WORD.findall(gap)
    return len(words) <= _TITLE_WORDS and not _TITLE_WORD.sub("", gap).strip()


def _kept_apart(group: list[_Found], item: _Found, commas: int, lang: str) -> bool:
    """The language's grammar keeps ``item`` out of the mention ``group`` opens: a seat of power before
    a role noun where owners follow their noun ("в Кремле президента Вьетнама": the seat is where, not
    whose), a name after a comma that closes the subject ("Cumhurbaşkanı, Putin ile görüştü")."""
    if lang in _OWNER_AFTER and item.atom.kind == "role" and any(f.atom.kind == "seat" for f in group):
        return True
    return commas == 1 and lang in _SUBJECT_COMMA and item.atom.kind == "person"
