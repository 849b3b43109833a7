"""Fast whole-word matching of many regex branches: each branch is filed under the two letters it
can start with (under its first letter alone when anything may follow that), and only the branches
filed under a word's first two letters are tried, at word starts only.

One alternation of 600 branches tried at every character costs milliseconds per article; filed by
first letters, a 3,000-character article needs a few dictionary look-ups and short matches of a few
branches each (filed by one letter, a match still tried some fifty branches). A gate
regex, made of the first four letters the branches can start with (and of a look-ahead on each
branch whose first letters cannot be worked out), skips in C the words no branch can match (most of
them), so Python only looks at the few candidate words. Branches whose first
letter cannot be worked out are tried at every word start. A language may declare a glued prefix
(Arabic proclitics): the branches are then also tried after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from vigie_extractor.core.leads import first_letters, gate_with_lookaheads, leads, start_letters
from vigie_extractor.core.patterns import WORD

__all__ = ["BranchScanner", "ScanHit", "first_letters"]

_WORD_START = re.compile(rf"(?<!{WORD}){WORD}")
_GATE_SIZE = 4  # letters of a word the gate reads


class ScanHit(NamedTuple):
    """Branch ``branch`` matched ``text[start:end]`` (glued prefix and suffix left out)."""

    start: int
    end: int
    branch: int


@dataclass(frozen=True)
class BranchScanner:
    """Finds non-overlapping whole-word matches of numbered branches, longest first at each word."""

    pairs: dict[str, re.Pattern[str]]  # two first letters -> the branches a match there may be of
    letters: dict[str, re.Pattern[str]]  # a first letter -> the branches filed under it alone
    anywhere: re.Pattern[str] | None  # the branches filed nowhere
    prefix: re.Pattern[str] | None
    prefix_letters: frozenset[str]  # letters a glued prefix can start with
    max_prefix: int
    candidates: re.Pattern[str]  # matches at every word start where a branch may match (and few others)

    @classmethod
    def build(
        cls, branches: list[str], *, prefix: str = "", suffix: str = "", short_stem: int = 0
    ) -> BranchScanner:
        """``branches`` are folded regexes, in order of preference (longest first); the language's
        glued ``suffix`` is allowed after branches longer than ``short_stem`` characters."""
        post = f"(?:{suffix})?" if suffix else ""
        filed = _FiledBranches.of(branches)

        def compile_group(numbers: list[int]) -> re.Pattern[str]:
            numbers = sorted(set(numbers))  # keep the order of preference
            body = "|".join(
                f"(?P<t{n}>{branches[n]}){post if len(branches[n]) > short_stem else ''}" for n in numbers
            )
            return re.compile(rf"(?:{body})(?!{WORD})")

        unknown = filed.unknown
        pairs = {
            pair: compile_group(numbers + filed.by_letter.get(pair[0], []) + unknown)
            for pair, numbers in filed.by_pair.items()
        }
        letters = {letter: compile_group(numbers + unknown) for letter, numbers in filed.by_letter.items()}
        anywhere = compile_group(unknown) if unknown else None
        glued = re.compile(prefix) if prefix else None
        starts = start_letters(prefix) if prefix else frozenset()
        # a branch is only tried where a word starts: leads beginning with another character go
        gated = gate_with_lookaheads(branches, _GATE_SIZE, prefix=prefix, first=WORD)
        candidates = re.compile(rf"(?<!{WORD}){gated}") if gated is not None else _WORD_START
        return cls(pairs, letters, anywhere, glued, starts, 4 if prefix else 0, candidates)

    def branches_at(self, text: str, i: int) -> re.Pattern[str] | None:
        """The alternation of the branches that may match at ``i``: those filed under the two letters
        there or under its first letter alone, and those filed nowhere."""
        rx = self.pairs.get(text[i : i + 2])
        return rx if rx is not None else self.letters.get(text[i], self.anywhere)

    def _after_prefix(self, text: str, i: int) -> Iterator[int]:
        """Offsets where a stem may start after a glued prefix beginning at ``i``."""
        if self.prefix is None or text[i] not in self.prefix_letters:
            return
        for k in range(1, self.max_prefix + 1):
            j = i + k
            if j < len(text) and text[j].isalnum() and self.prefix.fullmatch(text, i, j):
                yield j

    def find(self, text: str) -> list[ScanHit]:
        """Matches in ``text``: at each word start the longest match of any branch, then on.

        Only the word starts the gate lets through are tried: the others cannot match.
        """
        hits: list[ScanHit] = []
        search, branches_at = self.candidates.search, self.branches_at
        glued = self.prefix is not None
        pos = 0
        while (word := search(text, pos)) is not None:
            i = word.start()
            rx = branches_at(text, i)
            best = rx.match(text, i) if rx is not None else None
            if glued:
                for j in self._after_prefix(text, i):
                    rx = branches_at(text, j)
                    m = rx.match(text, j) if rx is not None else None
                    if m is not None and (best is None or m.end() > best.end()):
                        best = m
            if best is not None and best.lastgroup is not None:
                group = best.lastgroup
                hits.append(ScanHit(best.start(group), best.end(group), int(group[1:])))
                pos = best.end()
            else:
                pos = i + 1
        return hits


@dataclass(frozen=True)
class _FiledBranches:
    """Branch numbers filed under the two letters a match of theirs can start with (``by_pair``),
    under the first letter alone when anything may follow it (``by_letter``), or nowhere when not
    even that can be worked out (``unknown``: tried at every word start)."""

    by_pair: dict[str, list[int]]
    by_letter: dict[str, list[int]]
    unknown: list[int]

    @classmethod
    def of(cls, branches: list[str]) -> _FiledBranches:
        by_pair: dict[str, list[int]] = {}
        by_letter: dict[str, list[int]] = {}
        unknown: list[int] = []
        for n, branch in enumerate(branches):
            starts = _first_two_letters(branch)
            if starts is None:
                unknown.append(n)
            for start in starts or ():
                (by_pair if len(start) == 2 else by_letter).setdefault(start, []).append(n)
        return cls(by_pair, by_letter, unknown)


def _first_two_letters(branch: str) -> frozenset[str] | None:
    """The two letters a match of ``branch`` can start with, or one where anything may follow it;
    None when not even the first letter can be worked out."""
    try:
        found = leads(branch, 2)
    except re.error:  # a branch that only parses with the others
        found = None
    return found if found is not None else first_letters(branch)
