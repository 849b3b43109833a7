"""Aho-Corasick surface matcher over folded text, with per-language word-boundary rules.

Forms are folded (see ``normalise.fold``) and stored in one automaton; a hit is kept only when it
is a whole word in the original text, with three language rules: a Turkish apostrophe suffix
("Suriye'de") extends the hit, Arabic proclitics ("وحلب", "بالجيش", "للجيش") may precede it, and
anything else glued to either side ("pro-Russian", "Alepposeife") rejects it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Literal, NamedTuple

import ahocorasick

from vigie_extractor.core.knowledge.normalise import fold

CaseRule = Literal["proper", "exact", "any"]
_APOSTROPHES = "'"  # after folding every apostrophe variant is "'"
_ARABIC_LETTERS = range(0x0620, 0x064B)
# Characters before or after a hit that bound its word with no further check (neither word characters, nor
# marks, nor the Turkish apostrophe): the common case, tested before the slower checks.
_PLAIN_GAPS = frozenset(' \n\t,.;:!?()[]"«»“”„/')


class _Entry(NamedTuple):
    payload: int
    lang: str | None
    case: CaseRule
    form: str
    lil: bool  # Arabic "ال..." written "لل..." after the preposition "ل"
    tails: frozenset[str] | None = None  # a stem: the case endings that may follow it (Russian)


# (case rule, payloads) of a key whose entries differ only by payload (see ``_plain``)
_Plain = tuple[CaseRule, tuple[int, ...]]


class Hit(NamedTuple):
    """A whole-word occurrence of a lexicon form: ``text[start:end]``, and what it refers to (a
    named tuple: built by the ten thousand, it costs half what a frozen dataclass does)."""

    start: int
    end: int
    payloads: tuple[int, ...]


def case_rule_for(form: str) -> CaseRule:
    """Short all-capital forms (``IS``, ``HTS``) match exactly; capitalised forms need a capital."""
    if not form[0].isascii() and "\u0600" <= form[0] <= "\u06ff":
        return "any"  # Arabic script has no case
    if form.isupper() and sum(c.isalpha() for c in form) <= 5:
        return "exact"
    first = form[0] if form[0].isalpha() else next((c for c in form if c.isalpha()), "")
    return "proper" if first.isupper() else "any"


class SurfaceMatcher:
    """Collects forms with integer payloads, then finds whole-word hits in a text."""

    def __init__(self, ar_proclitics: Iterable[str] = ()) -> None:
        self._by_key: dict[str, list[_Entry]] = {}
        self._automaton = ahocorasick.Automaton()
        self._built = False
        self._proclitics = frozenset(fold(p) for p in ar_proclitics)
        self._lil_prefixes = frozenset(fold(p) for p in ("ل", "ول", "فل"))

    def add(
        self,
        form: str,
        payload: int,
        lang: str | None,
        case: CaseRule | None = None,
        tails: frozenset[str] | None = None,
    ) -> None:
        """Register ``form`` for ``payload``: a surface form, or with ``tails`` a stem that matches
        only followed by one of those endings ("" for none): ``Ереван`` + {"", "а", "е"...}."""
        form = form.strip()
        if not form:
            return
        rule = case or case_rule_for(form)
        self._add_key(fold(form), _Entry(payload, lang, rule, form, lil=False, tails=tails))
        if lang in (None, "ar") and form.startswith("ال") and len(form) > 3:
            self._add_key(fold("ل" + form[2:]), _Entry(payload, lang, rule, form, lil=True))

    def _add_key(self, key: str, entry: _Entry) -> None:
        entries = self._by_key.setdefault(key, [])
        if entry not in entries:
            entries.append(entry)

    def build(self) -> None:
        """Freeze the automaton; call once after every ``add``."""
        for key, entries in self._by_key.items():
            stems = any(e.tails is not None for e in entries)
            self._automaton.add_word(key, (len(key), tuple(entries), stems, _plain(entries)))
        if self._by_key:
            self._automaton.make_automaton()
        self._built = True

    def __len__(self) -> int:
        return len(self._by_key)

    def find(self, text: str, lang: str, folded: str | None = None) -> list[Hit]:
        """Every whole-word hit (possibly overlapping), in text order."""
        if not self._built:
            raise RuntimeError("SurfaceMatcher.build() was not called")
        if not self._by_key:
            return []
        low = fold(text) if folded is None else folded
        hits: list[Hit] = []
        size = len(low)
        arabic, turkish = lang == "ar", lang == "tr"
        gaps, lil = _PLAIN_GAPS, self._lil_prefixes
        # Most raw hits lie inside a longer word ("is" in "this"): they are rejected on the
        # character before them, before the rest of the key's record is even unpacked.
        for last, record in self._automaton.iter(low):
            start = last - record[0] + 1
            prefix = ""  # Arabic proclitics glued before the hit
            if start > 0:
                before = low[start - 1]
                if before not in gaps and (before.isalnum() or before == "-" or _is_mark(before)):
                    prefix = self._arabic_prefix(low, start) if arabic else ""
                    if not prefix:
                        continue
            length, entries, stems, plain = record
            end = last + 1
            tail = ""  # case ending read after a stem
            if end < size and low[end] not in gaps:  # a plain gap ends the word as it is
                right = _right_edge(low, end, stems=stems, turkish=turkish)
                if right is None:
                    continue
                tail, end = low[end : right[1]] if right[0] else "", right[1]
            if plain is not None:  # the common case: one check for all the entries (see ``_kept``)
                rule = plain[0]
                ok = not tail and (rule == "any" or _case_ok(rule, text[start : start + length]))
                kept = plain[1] if ok else ()
            else:
                kept = self._kept(entries, lang, tail, text[start : start + length], prefix)
            if not kept:
                continue
            if prefix in lil and all(e.lil for e in entries if e.payload in kept):
                start -= 1  # "للجيش": the preposition's lam is part of the article
            hits.append(Hit(start, end, kept))
        return hits

    def _kept(
        self, entries: tuple[_Entry, ...], lang: str, tail: str, surface: str, prefix: str
    ) -> tuple[int, ...]:
        """The payloads of the entries that hold for a hit: language, case ending, case of
        ``surface`` and Arabic glued prefix. (Keys whose entries are all ``_plain`` are checked in
        ``find`` with one case test.)"""
        lil = self._lil_prefixes
        return tuple(
            e.payload
            for e in entries
            if (e.lang is None or e.lang == lang)
            and ((e.tails is None and not tail) or (e.tails is not None and tail in e.tails))
            and (e.case == "any" or _case_ok(e.case, surface))
            and (not e.lil or prefix in lil)
        )

    def _arabic_prefix(self, low: str, start: int) -> str:
        """Letters glued before ``start`` when they are allowed proclitics, else ``""``."""
        i = start
        while i > 0 and ord(low[i - 1]) in _ARABIC_LETTERS:
            i -= 1
            if start - i > 3:
                return ""
        prefix = low[i:start]
        if not prefix:
            return ""
        if prefix in self._proclitics or prefix in self._lil_prefixes:
            return prefix
        return ""


def _right_edge(low: str, end: int, *, stems: bool, turkish: bool) -> tuple[bool, int] | None:
    """Where the word ending at ``end`` really ends: (True, e) when letters up to ``e`` are a case
    ending after a stem, (False, e) otherwise; None when the hit is inside a longer word."""
    after = low[end]
    if after.isalpha() and stems:
        tail_end = end
        while tail_end < len(low) and low[tail_end].isalpha():
            tail_end += 1
        if tail_end < len(low) and (low[tail_end] == "-" or low[tail_end].isdigit()):
            return None
        return True, tail_end
    if _is_harakah(after):  # folding moved the word's harakat to its end: "الجيشُ", "فلسطينياً"
        j = end
        while j < len(low) and _is_harakah(low[j]):
            j += 1
        ends = j == len(low) or not (low[j].isalnum() or low[j] == "-" or _is_mark(low[j]))
        return (False, end) if ends else None
    if after.isalnum() or after == "-" or _is_mark(after):
        return None
    if turkish and after == "'":
        return False, _turkish_suffix_end(low, end)
    return False, end


def _turkish_suffix_end(text: str, end: int) -> int:
    """``Suriye'de``: the apostrophe and the letters after it belong to the same word."""
    j = end + 1
    while j < len(text) and text[j].isalpha():
        j += 1
    return j if j > end + 1 else end


def _plain(entries: list[_Entry]) -> _Plain | None:
    """(case rule, payloads) when the entries of a key differ only by payload and hold in every
    language as written (no stem, no Arabic "لل"): a hit keeps all of them or none; else None."""
    rules = {e.case for e in entries}
    if len(rules) != 1 or any(e.lang is not None or e.tails is not None or e.lil for e in entries):
        return None
    return rules.pop(), tuple(e.payload for e in entries)


def _case_ok(case: CaseRule, surface: str) -> bool:
    if case == "any":
        return True
    if case == "exact":
        return all(not c.isalpha() or c.isupper() for c in surface)
    # the first letter: most often the first character, else found by a scan ("'Aden", "1st")
    first = surface[0] if surface[:1].isalpha() else next((c for c in surface if c.isalpha()), "")
    return not first or first.lower() == first.upper() or first.isupper()


def _is_mark(ch: str) -> bool:
    return ch > "\u02ff" and unicodedata.category(ch).startswith("M")


def _is_harakah(ch: str) -> bool:
    """An Arabic short vowel, tanween, shadda, sukun or dagger alif."""
    return "\u064b" <= ch <= "\u065f" or ch == "\u0670"
