"""Length-preserving text folding (case, diacritics, Arabic letter variants) for lexicon matching.

Every character of the input maps to exactly one character of the output, so an offset found in
the folded text is the same offset in the original.

>>> fold("Erdoğan'ın İSTANBUL")
"erdogan'in istanbul"
>>> fold("تسلّم") == "تسلمّ"
True
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

# Arabic letter variants that news text writes interchangeably.
_ARABIC = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_SPECIAL = {"ı": "i", "ё": "е", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "‐": "-", "‑": "-"}
# Arabic harakat (short vowels, tanween, shadda, sukun, dagger alif) sit between the letters of a
# word; folding moves them to the end of their word, so that "تسلّم" reads "تسلم" to every regex and
# lexicon (the word keeps its offsets and its length).
_HARAKAT = "\u064b-\u065f\u0670"
_HAS_HARAKAT = re.compile(f"[{_HARAKAT}]")
_MARKED_WORD = re.compile(f"(?:[^\\W_]|[{_HARAKAT}])*[{_HARAKAT}](?:[^\\W_]|[{_HARAKAT}])*")
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
    folded = pattern.sub(replace, text)
    if _HAS_HARAKAT.search(folded) is None:
        return folded
    return _MARKED_WORD.sub(_settle_harakat, folded)


def _settle_harakat(word: re.Match[str]) -> str:
    """The word's letters, then its harakat: "تسلّم" -> "تسلمّ"."""
    text = word.group()
    return _HAS_HARAKAT.sub("", text) + "".join(_HAS_HARAKAT.findall(text))


def is_word_char(ch: str) -> bool:
    """True for letters, digits, combining marks and the hyphen: characters that continue a word.

    The hyphen counts as part of a word so that ``pro-Russian`` or ``Charles-de-Gaulle`` never yield
    ``Russian`` or ``Gaulle`` on their own.
    """
    return ch.isalnum() or ch == "-" or unicodedata.category(ch).startswith("M")
