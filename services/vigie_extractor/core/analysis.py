"""The per-document analyses the coder needs: sentences, and the actors, places and dates of the
sentences around the triggers only (the finders run on those windows, offsets shifted back)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise
from typing import Protocol, TypeVar

from vigie_extractor.core.dates import DateMention, dateline_spans, find_dates, publication_dates
from vigie_extractor.core.knowledge.actors import ActorLexicon, ActorMention
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.places import Gazetteer, PlaceMention
from vigie_extractor.core.sentences import Sentence

# Sentences on each side of a trigger sentence that the finders also read (follow-ups, places).
NEIGHBOURS = 1


def windows(sentences: list[Sentence], indices: set[int]) -> list[tuple[int, int]]:
    """Character spans covering each given sentence and its neighbours, merged when they touch."""
    spans: list[tuple[int, int]] = []
    for i in sorted(indices):
        lo, hi = max(0, i - NEIGHBOURS), min(len(sentences) - 1, i + NEIGHBOURS)
        if spans and lo <= spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    return [(sentences[a].start, sentences[b].end) for a, b in spans]


@dataclass(frozen=True)
class Analysis:
    """Mentions found in the windows of one document, sorted by offset into the analysed text."""

    sentences: list[Sentence]
    starts: list[int]
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    _actor_starts: list[int] | None = field(init=False, repr=False, compare=False, default=None)
    _place_starts: list[int] | None = field(init=False, repr=False, compare=False, default=None)

    @classmethod
    def run(
        cls,
        text: str,
        lang: str,
        sentences: list[Sentence],
        indices: set[int],
        *,
        actors: ActorLexicon,
        gazetteer: Gazetteer,
        published: date | None,
        folded: str | None = None,
    ) -> Analysis:
        """Find the mentions; ``folded`` is ``fold(text)`` when the caller already has it."""
        if folded is None:
            folded = fold(text)
        found_actors: list[ActorMention] = []
        found_places: list[PlaceMention] = []
        found_dates: list[DateMention] = []
        spans = windows(sentences, indices)
        if sum(hi - lo for lo, hi in spans) > len(text) // 2:  # mostly covered: read it all at once
            spans = [(0, len(text))]
        for lo, hi in spans:
            if (lo, hi) == (0, len(text)):
                found_actors += actors.find(text, lang, on=published, folded=folded)
                continue
            found_actors += [
                shifted(m, lo) for m in actors.find(text[lo:hi], lang, on=published, folded=folded[lo:hi])
            ]
        # a place name shared by several places is the one in a country the actors point to
        countries = {m.country for m in found_actors if m.country is not None}
        for lo, hi in spans:
            if (lo, hi) == (0, len(text)):
                found_places += gazetteer.find(text, lang, folded=folded, countries=countries)
                found_dates += find_dates(text, lang, published, folded=folded)
                continue
            part, low = text[lo:hi], folded[lo:hi]
            places = gazetteer.find(part, lang, folded=low, countries=countries)
            found_places += [shifted(p, lo) for p in places]
            found_dates += [shifted(d, lo) for d in find_dates(part, lang, published, folded=low)]
        datelines = dateline_spans(text)
        if datelines:  # the dispatch's date dates no event
            found_dates = [d for d in found_dates if not any(a <= d.start < b for a, b in datelines)]
        published_on = publication_dates(lang, folded, found_dates)
        if published_on:  # a report's day of publication dates none of the events it counts
            found_dates = [d for d in found_dates if d not in published_on]
        return cls(sentences, [s.start for s in sentences], found_actors, found_places, found_dates)

    def __post_init__(self) -> None:
        # offsets of the mentions, for ``_within`` (None when the finders' order is not by offset)
        object.__setattr__(self, "_actor_starts", _starts_if_sorted(self.actors))
        object.__setattr__(self, "_place_starts", _starts_if_sorted(self.places))

    def sentence_index(self, offset: int) -> int | None:
        """Index of the sentence holding ``offset``, if any."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.sentences[i].end:
            return i
        return None

    def actors_in(self, lo: int, hi: int) -> list[ActorMention]:
        """The actor mentions inside ``[lo, hi)``, in the order found."""
        return _within(self.actors, self._actor_starts, lo, hi)

    def places_in(self, lo: int, hi: int) -> list[PlaceMention]:
        """The place mentions inside ``[lo, hi)``, in the order found."""
        return _within(self.places, self._place_starts, lo, hi)

    def around(self, index: int) -> tuple[int, int]:
        """Span of the sentence ``index`` and its neighbours in the same paragraph."""
        s = self.sentences[index]
        lo_i, hi_i = index, index
        if index > 0 and self.sentences[index - 1].paragraph == s.paragraph:
            lo_i = index - 1
        if index + 1 < len(self.sentences) and self.sentences[index + 1].paragraph == s.paragraph:
            hi_i = index + 1
        return self.sentences[lo_i].start, self.sentences[hi_i].end


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _starts_if_sorted(mentions: Sequence[_Span]) -> list[int] | None:
    """The mentions' start offsets when they are sorted by start (and none ends before it starts)."""
    starts = [m.start for m in mentions]
    ordered = all(a <= b for a, b in pairwise(starts))
    return starts if ordered and all(m.start <= m.end for m in mentions) else None


M = TypeVar("M", bound=_Span)


def shifted(mention: M, offset: int) -> M:
    """``dataclasses.replace(mention, start=mention.start + offset, end=mention.end + offset)`` for
    the finders' frozen mention records, about four times faster: a window's mentions are moved back
    to document offsets by the hundred per article. The copy takes the record's fields as they are
    (no ``__init__`` runs, so the record must have no ``__post_init__`` nor ``__slots__``)."""
    copy: M = object.__new__(type(mention))
    fields = copy.__dict__
    fields.update(mention.__dict__)
    fields["start"] = mention.start + offset
    fields["end"] = mention.end + offset
    return copy


def _within(mentions: list[M], starts: list[int] | None, lo: int, hi: int) -> list[M]:
    """``[m for m in mentions if lo <= m.start and m.end <= hi]``; with the sorted ``starts`` only
    the mentions starting from ``lo`` are read (a document's mentions are asked for sentence by
    sentence, for every trigger)."""
    if starts is None:
        return [m for m in mentions if lo <= m.start and m.end <= hi]
    out: list[M] = []
    for i in range(bisect.bisect_left(starts, lo), len(mentions)):
        m = mentions[i]
        if m.start > hi:  # sorted by start, and no mention ends before it starts
            break
        if m.end <= hi:
            out.append(m)
    return out
