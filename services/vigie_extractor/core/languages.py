"""The languages the extraction core codes and the grammar facts its positional rules need, read
from ``data/languages.yaml`` (validated at import: a bad file names the entry).

Every module that lists languages takes them from here, so a new language is an entry in that file
plus its data files (docs/adding-a-language.md), not an edit of several constants.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib import resources
from typing import Any, Literal

import yaml

from vigie.language import SUPPORTED_LANGUAGES

WordOrder = Literal["SVO", "SOV", "VSO"]
_WORD_ORDERS: tuple[WordOrder, ...] = ("SVO", "SOV", "VSO")
_SOURCE = "data/languages.yaml"


class LanguageDataError(ValueError):
    """``data/languages.yaml`` is malformed or disagrees with ``vigie.language.SUPPORTED_LANGUAGES``."""


@dataclass(frozen=True, slots=True)
class Grammar:
    """What the positional rules need to know of one language's grammar (see the data file)."""

    word_order: WordOrder
    clause_final_verb: bool = False
    agent_marker_before_verb: bool = False
    agent_before_marker: bool = False
    topic_marker_after: bool = False
    hyphen_compounds: bool = False
    ordinal_dot: bool = False
    genitive_after_head: bool = False
    comma_after_subject: bool = False
    apostrophe_names: bool = False


_FLAGS = frozenset(f.name for f in fields(Grammar)) - {"word_order"}


def parse_languages(raw: Any) -> dict[str, Grammar]:
    """Validate the parsed content of ``data/languages.yaml``; the languages keep the file's order."""
    if not isinstance(raw, dict) or not raw:
        raise LanguageDataError(f"{_SOURCE}: expected a mapping of language code -> grammar")
    out: dict[str, Grammar] = {}
    for lang, spec in raw.items():
        where = f"{_SOURCE}: {lang}"
        if not isinstance(lang, str) or len(lang) != 2 or not lang.isalpha() or not lang.islower():
            raise LanguageDataError(f"{where}: a language is its ISO 639-1 code (two lower-case letters)")
        if not isinstance(spec, dict):
            raise LanguageDataError(f"{where}: expected a mapping with word_order")
        unknown = set(spec) - _FLAGS - {"word_order"}
        if unknown:
            raise LanguageDataError(f"{where}: unknown keys {sorted(unknown)}")
        order = spec.get("word_order")
        if order not in _WORD_ORDERS:
            raise LanguageDataError(f"{where}: word_order must be one of {', '.join(_WORD_ORDERS)}")
        flags = {key: spec[key] for key in _FLAGS if key in spec}
        bad = sorted(key for key, value in flags.items() if not isinstance(value, bool))
        if bad:
            raise LanguageDataError(f"{where}: {', '.join(bad)}: expected true or false")
        out[lang] = Grammar(word_order=order, **flags)
    return out


def _load() -> dict[str, Grammar]:
    try:
        text = resources.files("vigie_extractor.core").joinpath(_SOURCE).read_text("utf-8")
        grammars = parse_languages(yaml.safe_load(text))
    except (OSError, yaml.YAMLError) as exc:
        raise LanguageDataError(f"{_SOURCE}: cannot read: {exc}") from exc
    if set(grammars) != SUPPORTED_LANGUAGES:
        declared = sorted(SUPPORTED_LANGUAGES)
        raise LanguageDataError(f"{_SOURCE}: lists {sorted(grammars)}, vigie.language declares {declared}")
    return grammars


GRAMMARS: dict[str, Grammar] = _load()
LANGUAGES: tuple[str, ...] = tuple(GRAMMARS)


def having(flag: str) -> frozenset[str]:
    """The languages whose grammar sets ``flag`` (a boolean field of ``Grammar``)."""
    if flag not in _FLAGS:
        raise KeyError(flag)
    return frozenset(lang for lang, grammar in GRAMMARS.items() if getattr(grammar, flag))


def with_word_order(order: WordOrder) -> frozenset[str]:
    """The languages of one basic word order."""
    return frozenset(lang for lang, grammar in GRAMMARS.items() if grammar.word_order == order)
