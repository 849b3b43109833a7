"""Sentence and paragraph splitting with character offsets, for the seven extraction languages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from vigie_extractor.core.languages import having
from vigie_extractor.core.patterns import line_matches

# A sentence ends at . ! ? … (and the Arabic ؟ and ۔) followed by closing quotes or brackets, then
# white space; a blank or new line always ends a sentence. Written to open with one character class
# (the same matches as ``[.!?…؟۔]+[\"'»”’)\]]*(?=\s)|\n``): the regex engine then skips in C to the
# next stop or line break instead of trying the pattern at every character.
_BOUNDARY = re.compile(r"[.!?…؟۔\n](?:(?<=\n)|[.!?…؟۔]*[\"'»”’)\]]*(?=\s))")
_WORD_BEFORE = re.compile(r"([^\W\d_](?:[\w.]*[^\W_])?)\.?$")
# Languages where a number with a dot is an ordinal ("am 3. Dezember"), not a sentence end.
_ORDINAL_DOT = having("ordinal_dot")
_NEXT_WORD = re.compile(r"\s*[\"'«“‘(\[]*(\S)")
# A Russian wire dateline that closes with a period before the lead ("МОСКВА, 12 октября. /ТАСС/.",
# "ЕРЕВАН, 20 ноября. /Интерфакс/.", "МОСКВА, 24 ноя — РИА Новости."): one line opening, a city, a
# comma, a short date, then the agency between slashes or after a dash. Its periods end no sentence:
# the dateline opens the lead's first sentence (and ``datelines`` blanks it).
AGENCY_DATELINE = re.compile(
    r"(?m)^[^\W\d_][^\n,]{0,40}, [^\n,/()]{1,25}?"  # city, date
    r"(?:\. ?/[^\W\d_][^/\n]{1,30}/\."  # /AGENCY/.
    r"|\.? ?[-–—] ?[A-ZА-ЯЁ][\w-]*(?: [A-ZА-ЯЁ][\w-]*){0,2}\.)"  # — AGENCY. (capitalised words)
)
_COMMA = re.compile(", ")  # in every agency dateline: only the lines holding one are tried


@dataclass(frozen=True)
class Sentence:
    """``text[start:end]`` of the analysed string, and the index of its paragraph (line block)."""

    start: int
    end: int
    text: str
    paragraph: int


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, frozenset[str]]:
    """Abbreviations per language, from ``data/sentences.yaml`` (validated: lists of strings)."""
    raw: Any = yaml.safe_load(resources.files(__package__).joinpath("data/sentences.yaml").read_text("utf-8"))
    if not isinstance(raw, dict):
        raise ValueError("sentences.yaml: expected a mapping of language -> list")
    out: dict[str, frozenset[str]] = {}
    for lang, items in raw.items():
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError(f"sentences.yaml: {lang}: expected a list of strings")
        out[str(lang)] = frozenset(i.lower() for i in items)
    return out


def _is_false_stop(text: str, stop: int, dot_end: int, lang: str, abbrevs: frozenset[str]) -> bool:
    """True when the period ending at ``dot_end`` belongs to an abbreviation, initial or number."""
    if text[stop] != ".":
        return False
    after = _NEXT_WORD.match(text, dot_end)
    nxt = after.group(1) if after else ""
    if nxt.isalpha() and nxt.islower():
        return True  # the next word starts in lower case: no new sentence
    head = text[max(0, stop - 20) : stop]
    words = head.rsplit(None, 1)  # none when the head is blank
    tail = words[-1] if words else ""
    word = _WORD_BEFORE.search(tail) if len(tail) <= 8 else None  # abbreviations are short
    if word:
        token = word.group(1)
        if len(token) == 1 and token.isupper():
            return True  # an initial: "J. Biden", "R. T. Erdogan"
        if dot_end - stop == 1 and token.lower() in abbrevs:
            return True
    # German ordinal dates: "am 3. Dezember"
    return lang in _ORDINAL_DOT and head[-1:].isdigit()


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """Sentences of ``text`` with offsets (white space trimmed); empty ones are dropped. A sentence's
    paragraph is the number of line breaks seen before it, counted from the first sentence.

    >>> [s.text for s in split_sentences("M. Dupont est venu. Il est reparti.", "fr")]
    ['M. Dupont est venu.', 'Il est reparti.']
    """
    abbrevs = abbreviations().get(lang, frozenset())
    datelines = [m.span() for m in line_matches(AGENCY_DATELINE, text, _COMMA)]
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        stop = match.start()
        if text[stop] == "\n":
            if stop > start:  # a blank line adds nothing
                _append(sentences, text, start, stop)
        elif (text[stop] == "." and _is_false_stop(text, stop, match.end(), lang, abbrevs)) or (
            datelines and any(a <= stop < b for a, b in datelines)
        ):
            continue
        else:
            _append(sentences, text, start, match.end())
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    """Add ``text[start:end]`` trimmed, unless blank, numbering its paragraph."""
    left = text[start:end].lstrip()
    if not left:
        return
    stripped = left.rstrip()
    begin = end - len(left)  # ``end`` never passes the text's end
    para = 0
    if out:
        last = out[-1]
        para = last.paragraph + (text.find("\n", last.end, begin) != -1)
    out.append(_sentence(begin, begin + len(stripped), stripped, para))


def _sentence(start: int, end: int, text: str, paragraph: int) -> Sentence:
    """``Sentence(start, end, text, paragraph)`` without the frozen dataclass's ``__init__`` (which
    sets each field through ``object.__setattr__``), about twice as fast: an article has dozens of
    sentences. ``Sentence`` must keep no ``__post_init__`` nor ``__slots__``."""
    sentence: Sentence = object.__new__(Sentence)
    fields = sentence.__dict__
    fields["start"] = start
    fields["end"] = end
    fields["text"] = text
    fields["paragraph"] = paragraph
    return sentence
