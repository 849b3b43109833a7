"""Regular expressions written in natural spelling, compiled to match C1's folded text.

Lexicon patterns are written with accents and capitals as a journalist writes them; they are folded
with the same length-preserving ``fold`` as the text, escapes and regex syntax left untouched, and
wrapped in word boundaries (plus the language's glued prefixes and suffixes, e.g. Arabic proclitics).
"""

from __future__ import annotations

import re

from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.leads import gate

# Folded text keeps the hyphen inside words ("pro-russe") and the apostrophe ends a word ("l'armée").
WORD = r"[^\W_]"
# From this many branches on, ``compile_any`` adds a look-ahead on the first letters the branches
# can start with: the regex engine then skips most words without trying every branch.
_GATE_FROM = 8
_GATE_SIZE = 3


def fold_pattern(pattern: str) -> str:
    """Fold the literal characters of ``pattern``, leaving escapes (``\\w``, ``\\s``) as they are."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
        elif ch == "\\":
            out.append(ch)
            escaped = True
        else:
            out.append(fold(ch))
    return "".join(out)


def alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` branches of ``pattern`` (groups, classes and escapes left whole).

    >>> alternatives("a|b(?:c|d)|[|]")
    ['a', 'b(?:c|d)', '[|]']
    """
    out: list[str] = []
    depth, start, i, in_class = 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    out.append(pattern[start:])
    return out


def longest_first(patterns: list[str]) -> list[str]:
    """Every top-level branch of every pattern, longest first, so that a regex alternation prefers
    "dans le nord de" over "dans" at the same place."""
    branches = [b for p in patterns for b in alternatives(p) if b]
    return sorted(branches, key=len, reverse=True)


def bounded(pattern: str, prefix: str = "", suffix: str = "") -> str:
    """``pattern`` as a whole word (or words), with optional glued ``prefix``/``suffix`` regexes."""
    pre = f"(?:{prefix})??" if prefix else ""
    post = f"(?:{suffix})?" if suffix else ""
    return rf"(?<!{WORD}){pre}(?:{fold_pattern(pattern)}){post}(?!{WORD})"


def line_matches(
    pattern: re.Pattern[str], text: str, needs: re.Pattern[str] | None = None
) -> list[re.Match[str]]:
    """``list(pattern.finditer(text))`` for a ``pattern`` that matches only at the start of a line
    (``(?m)^...``) and never across a line break: ``pattern.match`` tried at each line start. For a
    ``(?m)^`` pattern the regex engine itself tries every character of the text. With ``needs``, a
    regex that every match holds, only the lines where it occurs are tried (a cheap search first).

    >>> [m.group() for m in line_matches(re.compile(r"(?m)^[A-Z]+,"), "KIEV, x\\nnot, y\\nPARIS, z")]
    ['KIEV,', 'PARIS,']
    """
    found: list[re.Match[str]] = []
    start = 0
    while True:
        end = text.find("\n", start)
        if needs is None or needs.search(text, start, len(text) if end < 0 else end) is not None:
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
        if end < 0:
            return found
        start = end + 1


def blank_line_matches(pattern: re.Pattern[str], text: str, needs: re.Pattern[str] | None = None) -> str:
    """``text`` with each of ``line_matches(pattern, text)`` replaced by as many spaces (offsets kept).

    >>> blank_line_matches(re.compile(r"(?m)^by \\w+ \\| "), "title\\n\\nby ann | troops left")
    'title\\n\\n         troops left'
    """
    return blank_matches(text, line_matches(pattern, text, needs))


def blank_matches(text: str, found: list[re.Match[str]]) -> str:
    """``text`` with each of the non-overlapping matches ``found`` (in text order) replaced by spaces."""
    if not found:
        return text
    parts: list[str] = []
    done = 0
    for m in found:
        parts += [text[done : m.start()], " " * (m.end() - m.start())]
        done = m.end()
    return "".join([*parts, text[done:]])


def compile_any(patterns: list[str], prefix: str = "", suffix: str = "") -> re.Pattern[str] | None:
    """One regex matching any of ``patterns`` as whole words in folded text (None when empty)."""
    if not patterns:
        return None
    ordered = [fold_pattern(p) for p in longest_first(patterns)]
    body = "|".join(f"(?:{p})" for p in ordered)
    pre = f"(?:{prefix})??" if prefix else ""
    post = f"(?:{suffix})?" if suffix else ""
    gated = gate(ordered, _GATE_SIZE, prefix=prefix) if len(ordered) >= _GATE_FROM else None
    ahead = f"(?={gated})" if gated is not None else ""  # matches nothing more, tries fewer places
    return re.compile(rf"(?<!{WORD}){ahead}{pre}(?:{body}){post}(?!{WORD})")
