"""Length-preserving text folding (case, diacritics, Arabic letter variants) for lexicon matching.

Every character of the input maps to exactly one character of the output, so an offset found in
the folded text is the same offset in the original.

>>> fold("Erdoğan'ın İSTANBUL")
"erdogan'in istanbul"
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Arabic letter variants that news text writes interchangeably.
_ARABIC = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_SPECIAL = {"ı": "i", "ё": "е", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-"}
# Latin, Greek, Cyrillic, Arabic and Latin Extended Additional: the scripts Vigie matches.
_RANGES = ((0x0000, 0x0700), (0x1E00, 0x1F00), (0x2010, 0x2020))


def _fold_char(ch: str) -> str:
    if ch in _SPECIAL:
        return _SPECIAL[ch]
    if ch in _ARABIC:
        return _ARABIC[ch]
    low = ch.lower()
    base = unicodedata.normalize("NFD", low)[:1] or ch
    return base if len(base) == 1 else ch


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for lo, hi in _RANGES:
        for code in range(lo, hi):
            ch = chr(code)
            folded = _fold_char(ch)
            if folded != ch:
                table[code] = folded
    return table


@lru_cache(maxsize=1)
def _foldable() -> tuple[re.Pattern[str], Callable[[re.Match[str]], str]]:
    """A pattern matching exactly the characters ``_table`` changes, and their replacement."""
    table = _table()
    pattern = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(table)) + "]")
    return pattern, lambda m: table[ord(m.group())]


def fold(text: str) -> str:
    """Lower-case ``text``, strip Latin diacritics and unify Arabic variants, keeping its length."""
    if text.isascii():
        return text.translate(_table())  # CPython's fast path for ASCII text
    # elsewhere ``translate`` looks every character up; substituting only the few characters that
    # change gives the same string about three times faster
    pattern, replace = _foldable()
    return pattern.sub(replace, text)


def is_word_char(ch: str) -> bool:
    """True for letters, digits, combining marks and the hyphen: characters that continue a word.

    The hyphen counts as part of a word so that ``pro-Russian`` or ``Charles-de-Gaulle`` never yield
    ``Russian`` or ``Gaulle`` on their own.
    """
    return ch.isalnum() or ch == "-" or unicodedata.category(ch).startswith("M")
