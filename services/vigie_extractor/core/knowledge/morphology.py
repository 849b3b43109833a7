"""Expansion of lexicon base forms into inflected forms, driven by ``data/morphology.yaml``.

A form may carry a class marker: ``"турецкий|adj"``, ``"türkisch|adj"``, ``"سوري|nisba"``,
``"президент|noun"``. Proper names (``proper=True``) get the automatic Russian declension and the
German genitive ``-s``. Turkish apostrophe suffixes and Arabic proclitics are handled while matching.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from vigie_extractor.core.knowledge.datafiles import read_yaml
from vigie_extractor.core.knowledge.errors import KnowledgeDataError


@dataclass(frozen=True)
class _RuRule:
    ending: str
    strip: str
    endings: tuple[str, ...]


@dataclass(frozen=True)
class Morphology:
    """Inflection tables for every supported language."""

    ru_adjective: dict[str, tuple[str, ...]]
    ru_auto: tuple[_RuRule, ...]
    de_adjective: tuple[str, ...]
    de_proper_tail: tuple[str, ...]
    es_plural_vowel: str
    es_plural_consonant: str
    fr_plural: str
    ar_nisba: tuple[str, ...]
    ar_article: str
    ar_proclitics: frozenset[str]
    de_group_heads: tuple[str, ...] = ()
    de_direction_prefixes: tuple[str, ...] = ()
    de_seat_heads: tuple[str, ...] = ()

    @classmethod
    def load(cls) -> Morphology:
        """Read and validate ``data/morphology.yaml``."""
        raw: dict[str, Any] = read_yaml("morphology.yaml")
        try:
            ru, de, fr, es, ar = raw["ru"], raw["de"], raw["fr"], raw["es"], raw["ar"]
            return cls(
                ru_adjective={k: tuple(v) for k, v in ru["adjective"].items()},
                ru_auto=tuple(_RuRule(r["ending"], r["strip"], tuple(r["endings"])) for r in ru["auto"]),
                de_adjective=tuple(de["adjective"][""]),
                de_proper_tail=tuple(de["proper_tail"]),
                es_plural_vowel=es["adjective_plural_vowel"],
                es_plural_consonant=es["adjective_plural_consonant"],
                fr_plural=fr["adjective_plural"],
                ar_nisba=tuple(ar["nisba"]),
                ar_article=ar["article"],
                ar_proclitics=frozenset(ar["proclitics"]),
                de_group_heads=tuple(de["group_heads"]),
                de_direction_prefixes=_capitalised(de["direction_prefixes"], "direction_prefixes"),
                de_seat_heads=_capitalised(de["seat_heads"], "seat_heads"),
            )
        except (KeyError, TypeError) as exc:
            raise KnowledgeDataError(f"morphology.yaml: missing or malformed entry {exc}") from exc

    def expand(self, form: str, lang: str, *, proper: bool = False) -> list[str]:
        """All surface forms of ``form`` (base form, with an optional ``|class`` marker)."""
        base, _, cls = form.partition("|")
        base = base.strip()
        if not base:
            raise KnowledgeDataError(f"empty form {form!r} ({lang})")
        if cls == "adj":
            return self._adjective(base, lang)
        if cls == "nisba":
            return self._nisba(base)
        if cls == "noun" or (proper and lang == "ru"):
            return self._ru_noun(base) if lang == "ru" and " " not in base else [base]
        if cls:
            raise KnowledgeDataError(f"unknown inflection class {cls!r} in {form!r} ({lang})")
        if proper and lang == "de" and base[-1] not in "sxzß":
            return [base] + [base + t for t in self.de_proper_tail]
        return [base]

    def _adjective(self, base: str, lang: str) -> list[str]:
        if lang == "ru":
            for ending, endings in self.ru_adjective.items():
                if base.endswith(ending):
                    stem = base[: len(base) - len(ending)]
                    return [stem + e for e in endings]
            raise KnowledgeDataError(f"Russian adjective {base!r} has no known ending")
        if lang == "de":
            return [base + e for e in self.de_adjective]
        if lang == "fr":
            return [base] if base[-1] in "sx" else [base, base + self.fr_plural]
        if lang == "es":
            return [base, *self._es_plurals(base)]
        if lang == "ar":
            return self._nisba(base)
        return [base]

    def _es_plurals(self, base: str) -> list[str]:
        last = base[-1].lower()
        if last in "íú":  # a stressed final í/ú takes -es in writing, -s in speech: israelíes, israelís
            return [base + self.es_plural_consonant, base + self.es_plural_vowel]
        plural = self.es_plural_vowel if last in "aeiouáéíóú" else self.es_plural_consonant
        return [_strip_final_accent(base) + plural]

    def _nisba(self, base: str) -> list[str]:
        forms = [base + e for e in self.ar_nisba]
        return forms + [self.ar_article + f for f in forms]

    def ru_stem(self, name: str) -> tuple[str, frozenset[str]] | None:
        """A one-word Russian name as a stem and its case endings (``Махачкала`` -> ``Махачкал``,
        {а, ы, е, у, ой}); None for indeclinable or multi-word names."""
        if " " in name or "-" in name:
            return None
        low = name.lower()
        for rule in self.ru_auto:
            if low.endswith(rule.ending):
                if rule.endings == ("",):
                    return None
                stem = name[: len(name) - len(rule.strip)] if rule.strip else name
                return stem, frozenset(rule.endings)
        return None

    def ru_place_phrase(self, name: str) -> list[str]:
        """A two-word Russian place name "adjective noun", declined word by word ("Великая
        Новосёлка" -> "Великой Новосёлки", "Новая Каховка" -> "Новой Каховке", "Южная Корея"
        -> "Южной Кореи"); [] when the first word is no adjective. Mismatched pairs are
        generated too: they never occur in text and cost nothing to match."""
        words = name.split(" ")
        if len(words) != 2 or not words[0][:1].isupper():
            return []
        adjective = self._ru_adjective_any_gender(words[0])
        if not adjective:
            return []
        return [f"{a} {n}" for a in adjective for n in self._ru_noun(words[1])]

    def _ru_adjective_any_gender(self, word: str) -> list[str]:
        """The singular forms of a Russian adjective in the gender it is given in (-ый/-ий/-ой,
        -ая, -ое): "Великая" -> Великая, Великой, Великую."""
        if len(word) <= 4:
            return []
        gender = next((g for g, ends in _RU_GENDER_NOMINATIVE.items() if word.endswith(ends)), None)
        if gender is None:
            return []
        base = word
        if gender != "m":
            stem = word[:-2]
            base = stem + ("ий" if stem[-1] in "кгхжшчщ" else "ый")
        forms = [word, *(f for f in self._adjective(base, "ru") if f.endswith(_RU_GENDER_CASES[gender]))]
        return list(dict.fromkeys(forms))

    def _ru_noun(self, base: str) -> list[str]:
        low = base.lower()
        for rule in self.ru_auto:
            if low.endswith(rule.ending):
                stem = base[: len(base) - len(rule.strip)] if rule.strip else base
                return list(dict.fromkeys(stem + e for e in rule.endings))
        return [base]


def _capitalised(raw: list[str], key: str) -> tuple[str, ...]:
    """A list of German nouns, each one capitalised word (validated: the compounds glue them)."""
    words = tuple(str(w) for w in raw)
    bad = [w for w in words if not w.isalpha() or not w[0].isupper()]
    if bad:
        raise KnowledgeDataError(f"morphology.yaml: de.{key}: not one capitalised word: {bad}")
    return words


def _strip_final_accent(word: str) -> str:
    """``francés`` -> ``frances`` (Spanish plurals move the stress: ``franceses``)."""
    table = str.maketrans("áéíóú", "aeiou")
    head, tail = word[:-3], word[-3:]
    return head + tail.translate(table)


# Nominative endings by gender, and the endings of the other singular cases of that gender.
_RU_GENDER_NOMINATIVE = {"f": ("ая",), "n": ("ое",), "m": ("ый", "ий", "ой")}
_RU_GENDER_CASES = {
    "f": ("ой", "ую"),
    "n": ("ого", "ому", "ым", "ом", "им"),
    "m": ("ого", "ому", "ым", "ом", "им"),
}
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def is_cyrillic(text: str) -> bool:
    """True when ``text`` contains a Cyrillic letter."""
    return _CYRILLIC.search(text) is not None


def is_latin(text: str) -> bool:
    """True when ``text`` contains a Latin letter and no Cyrillic or Arabic one."""
    return any(ch.isascii() and ch.isalpha() for ch in text) and not any(
        "\u0400" <= ch <= "\u06ff" for ch in text
    )


def proper_variants(
    morph: Morphology, form: str, lang: str | None, *, person: bool = False
) -> list[tuple[str, str | None]]:
    """Surface forms of a proper name with the language each may match in (None: any).

    Russian names are declined (every word of a person's name, the last one otherwise); German
    texts also accept the genitive ``-s``.
    """
    if "|" in form:
        return [(f, lang) for f in morph.expand(form, lang or "en")]
    if is_cyrillic(form) and lang in (None, "ru"):
        words = form.split(" ")
        if len(words) == 1:
            return [(f, lang) for f in morph.expand(form, "ru", proper=True)]
        if person and len(words) <= 3:
            combos: list[str] = [""]
            for word in words:
                declined = morph.expand(word, "ru", proper=True)
                combos = [f"{c} {d}".strip() for c in combos for d in declined]
            return [(f, lang) for f in combos]
        phrase = morph.ru_place_phrase(form) if not person else []
        return [(f, lang) for f in dict.fromkeys([form, *phrase])]
    out: list[tuple[str, str | None]] = [(form, lang)]
    if is_latin(form) and lang in (None, "de"):
        out.extend((f, "de") for f in morph.expand(form, "de", proper=True)[1:])
    return out
