"""What a regex can start with, worked out from its parse tree: the first letters, or the first
few letters, of its matches. Used to file and gate many-branch regexes so that the regex engine
only tries them where a match can begin.

>>> sorted(first_letters("(?:air ?)?strikes?|raids?"))
['a', 'r', 's']
>>> sorted(leads("(?:air ?)?strikes?|raids?", 3))
['air', 'rai', 'str']
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import Any

# Regex syntax that could make a glued prefix behave differently inside a larger regex than with
# ``fullmatch``: inline flags, anchors and look-arounds.
_CONTEXTUAL = re.compile(r"\(\?[aiLmsux-]|\(\?[=!<]|\\[bBAZ]|[$^]")
_PARSER: Any = importlib.import_module("re._parser")  # the stdlib regex parser (no public API)
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_MAX_RANGE = 64


def _charset(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE" and av[1] - av[0] < _MAX_RANGE:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


# What a leaf of the parse tree (a LITERAL or an IN class) can start a match with, as the caller
# wants it written: plain letters (``first_letters``) or items of a regex class (``first_class``).
_Leaf = Callable[[str, Any], "set[str] | None"]


def _walk(seq: Any, leaf: _Leaf, strict_flags: bool) -> tuple[set[str] | None, bool]:
    """(what a match of the parsed ``seq`` can start with, per ``leaf``, or None if unknown; whether
    ``seq`` can match the empty string). With ``strict_flags``, a group with inline flags is unknown."""
    out: set[str] = set()
    for op, av in seq:
        first, nullable = _walk_item(str(op), av, leaf, strict_flags)
        if first is None:
            return None, False
        out |= first
        if not nullable:
            return out, False
    return out, True


def _walk_branch(alternatives: Any, leaf: _Leaf, strict_flags: bool) -> tuple[set[str] | None, bool]:
    items: set[str] = set()
    nullable = False
    for alt in alternatives:
        alt_items, alt_nullable = _walk(alt, leaf, strict_flags)
        if alt_items is None:
            return None, False
        items |= alt_items
        nullable = nullable or alt_nullable
    return items, nullable


def _walk_item(name: str, av: Any, leaf: _Leaf, strict_flags: bool) -> tuple[set[str] | None, bool]:
    """``_walk`` for one parsed regex item; (None, False) when unknown."""
    result: tuple[set[str] | None, bool] = (None, False)
    if name in _ZERO_WIDTH:
        result = (set(), True)  # a look-around or anchor only narrows the matches
    elif name in {"LITERAL", "IN"}:
        result = (leaf(name, av), False)
    elif name == "SUBPATTERN" and not (strict_flags and (av[1] or av[2])):
        result = _walk(av[-1], leaf, strict_flags)
    elif name == "BRANCH":
        result = _walk_branch(av[1], leaf, strict_flags)
    elif name in _REPEATS:
        sub_items, sub_nullable = _walk(av[2], leaf, strict_flags)
        result = (sub_items, sub_nullable or av[0] == 0)
    return result


def _letter_leaf(name: str, av: Any) -> set[str] | None:
    return {chr(av)} if name == "LITERAL" else _charset(av)


def _first(seq: Any) -> tuple[set[str] | None, bool]:
    """(letters a match of ``seq`` can start with, or None if any; whether ``seq`` can be empty)."""
    return _walk(seq, _letter_leaf, strict_flags=False)


def first_letters(pattern: str) -> frozenset[str] | None:
    """The letters a match of ``pattern`` can start with; None when it cannot be worked out.

    >>> sorted(first_letters("(?:air ?)?strikes?|raids?"))
    ['a', 'r', 's']
    """
    letters, nullable = _first(_PARSER.parse(pattern))
    return None if letters is None or nullable else frozenset(letters)


# Character classes a match may start with, written as items of a regex ``[...]`` class.
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def _class_items(items: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(re.escape(chr(av)))
        elif name == "RANGE":
            out.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.add(_CATEGORIES[str(av)])
        else:
            return None  # a negated class or an unknown item
    return out


def _class_leaf(name: str, av: Any) -> set[str] | None:
    return {re.escape(chr(av))} if name == "LITERAL" else _class_items(av)


def first_class(pattern: str) -> str | None:
    """A regex character class holding every character a match of ``pattern`` can start with
    (digit, space and word classes included); None when it cannot be worked out or the pattern
    can match the empty string.

    >>> first_class(r"[0-3]?\\d|x")
    '[0-3\\\\dx]'
    """
    items, nullable = _walk(_PARSER.parse(pattern), _class_leaf, strict_flags=True)
    if items is None or nullable or not items:
        return None
    return "[" + "".join(sorted(items)) + "]"


def gate_with_classes(branches: list[str], size: int, *, prefix: str = "") -> str | None:
    """Like ``gate``, for branches some of which start with a class such as ``\\d``: those are
    let through by their first character (``first_class``), the others by their leads."""
    if prefix and _CONTEXTUAL.search(prefix):
        return None
    texts: set[str] = set()
    classes: list[str] = []
    for branch in branches:
        try:
            found = leads(branch, size)
            cls = first_class(branch) if found is None else None
        except re.error:  # a branch that only parses with the others (a group reference)
            return None
        if found is not None:
            texts |= found
        elif cls is not None:
            classes.append(cls)
        else:
            return None
    options = ([trie(texts)] if texts else []) + sorted(set(classes))
    if not options:
        return "(?!)"
    body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    return (f"(?:{prefix})?" if prefix else "") + body


_Lead = tuple[str, bool]  # (text a match starts with, whether the match may end right there)


def _item_leads(name: str, av: Any, room: int) -> set[_Lead] | None:
    """Leads of one parsed regex item, at most ``room`` letters long; None when unknown."""
    result: set[_Lead] | None = None
    if name in _ZERO_WIDTH:
        result = {("", True)}  # a look-around or anchor only narrows the matches: ignore it
    elif name == "LITERAL":
        result = {(chr(av), True)}
    elif name == "IN":
        chars = _charset(av)
        result = None if chars is None else {(c, True) for c in chars}
    elif name == "SUBPATTERN":
        result = None if av[1] or av[2] else _seq_leads(av[-1], room)  # inline flags: unknown
    elif name == "BRANCH":
        result = set()
        for alt in av[1]:
            found = _seq_leads(alt, room)
            if found is None:
                return None
            result |= found
    elif name in _REPEATS:
        result = _repeat_leads(av[0], av[1], av[2], room)
    return result


def _repeat_leads(low: int, high: int, sub: Any, room: int) -> set[_Lead] | None:
    out: set[_Lead] = set()
    states: set[_Lead] = {("", True)}
    count = 0
    while True:
        if count >= low:
            out |= states
        else:
            out |= {(s, False) for s, done in states if not done or len(s) == room}
        states = {(s, done) for s, done in states if done and len(s) < room}
        if not states or count == high or count > room:
            break
        grown: set[_Lead] = set()
        for s, _ in states:
            found = _seq_leads(sub, room - len(s))
            if found is None:
                return None
            grown |= {(s + t, done) for t, done in found}
        states = grown
        count += 1
    if count < low:  # gave up before the minimum count: what follows is unknown
        out |= {(s, False) for s, _ in states}
    return out


def _seq_leads(seq: Any, room: int) -> set[_Lead] | None:
    """The texts (at most ``room`` letters) a match of ``seq`` starts with, each with whether the
    match may end there; None when not even the first letter is known."""
    out: set[_Lead] = set()
    states: set[_Lead] = {("", True)}
    for op, av in seq:
        grown: set[_Lead] = set()
        for s, _ in states:
            found = _item_leads(str(op), av, room - len(s))
            if found is None:
                if not s:
                    return None
                out.add((s, False))  # known start, unknown continuation
                continue
            for t, done in found:
                if len(s + t) >= room or not done:
                    out.add(((s + t)[:room], False))
                else:
                    grown.add((s + t, True))
        states = grown
        if not states:
            break
    return out | states


def leads(pattern: str, size: int = 2) -> frozenset[str] | None:
    """The texts of up to ``size`` letters a match of ``pattern`` can start with (a shorter one:
    anything may follow); None when even the first letter cannot be worked out.

    >>> sorted(leads("raids?|r[ao]ute"))
    ['ra', 'ro']
    >>> sorted(leads("(?:air ?)?strikes?|a", 3))
    ['a', 'air', 'str']
    """
    found = _seq_leads(_PARSER.parse(pattern), size)
    if found is None or any(not s for s, _ in found):
        return None
    return frozenset(s for s, _ in found)


def start_letters(pattern: str) -> frozenset[str]:
    """The letters a (possibly empty) match of ``pattern`` can start with; empty when unknown."""
    return frozenset(_first(_PARSER.parse(pattern))[0] or ())


def trie(texts: set[str]) -> str:
    """A regex matching any of ``texts`` (all non-empty) as a prefix, shared letters factored.

    >>> trie({"ab", "ac", "b"})
    '(?:a(?:b|c)|b)'
    """
    if "" in texts:
        return ""  # a shorter lead already lets anything through
    by_first: dict[str, set[str]] = {}
    for text in texts:
        by_first.setdefault(text[0], set()).add(text[1:])
    options = [re.escape(c) + trie(rest) for c, rest in sorted(by_first.items())]
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"


def gate(branches: list[str], size: int, *, prefix: str = "", first: str = "") -> str | None:
    """A regex that matches wherever one of ``branches`` can match (after an optional glued
    ``prefix``), reading at most ``size`` letters; None when no such regex can be worked out.
    With ``first`` (a regex for one character), only leads starting with it are kept.

    >>> gate(["strikes?", "raids?"], 3)
    '(?:rai|str)'
    """
    if prefix and _CONTEXTUAL.search(prefix):
        return None
    texts: set[str] = set()
    for branch in branches:
        try:
            found = leads(branch, size)
        except re.error:  # a branch that only parses with the others (a group reference)
            return None
        if found is None:
            return None
        texts |= {t for t in found if not first or re.match(first, t)}
    if not texts:
        return "(?!)"
    return (f"(?:{prefix})?" if prefix else "") + trie(texts)


def gate_with_lookaheads(branches: list[str], size: int, *, prefix: str = "", first: str = "") -> str | None:
    """Like ``gate``, but a branch whose leads cannot be worked out (``\\w*abwehrsystem``) no longer
    opens the gate everywhere: it is let through by a look-ahead on the branch itself, which the
    regex engine tries at each position it reaches. None only when a branch does not parse alone.

    >>> gate_with_lookaheads(["strikes?", r"\\w*raids?"], 3)
    '(?:str|(?=\\\\w*raids?))'
    """
    if prefix and _CONTEXTUAL.search(prefix):
        return None
    texts: set[str] = set()
    lookaheads: list[str] = []
    for branch in branches:
        try:
            found = leads(branch, size)
        except re.error:  # a branch that only parses with the others (a group reference)
            return None
        if found is None:
            lookaheads.append(f"(?={branch})")
        else:
            texts |= {t for t in found if not first or re.match(first, t)}
    options = ([trie(texts)] if texts else []) + lookaheads
    if not options:
        return "(?!)"
    body = options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"
    return (f"(?:{prefix})?" if prefix else "") + body
