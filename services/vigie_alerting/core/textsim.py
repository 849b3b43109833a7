"""Text similarity of two reports: a language-free concept fingerprint, plus an embedding when one is given.

Five outlets in four languages word one event differently, but the extractor already maps what they
name to canonical ids: the actors (``Actor.name``/``person``), the place (``Location.name``), the
death toll. A report's *fingerprint* is those ids, the numbers it states, and the names it
capitalises (accents folded), each weighted by how much it tells (a person or a town says more than
a number, a number more than a capitalised word). Two fingerprints compare by cosine, which is
symmetric and in [0, 1] since every weight is positive. Kind, countries and date are left out on
purpose: clustering already requires them to agree, so the similarity measures what is *beyond* them.

A sentence ``Embedder`` (a multilingual model, loaded by the service wiring, never here) compares
the reports' words when one of them has no concept to compare (no resolved actor, place, number or
Latin-script name, as in a short Arabic wire): its cosine, rescaled from ``[floor, ceil]`` to
[0, 1], is then the score. Whenever both reports carry concepts the fingerprint decides alone: the
model tells topics apart well but blurs what matters inside one kind of event (two airstrikes in two
towns of one country embed as close as two languages' reports of one strike). A profile therefore
keeps its text, and the model embeds it only when such a comparison comes (a few milliseconds a
sentence, which most signals never spend); the embedder is expected to cache its vectors.

>>> from vigie.contracts import Actor
>>> sim = TextSimilarity()
>>> israel = [Actor(text="Israel", name="Israel")]
>>> a = sim.profile_of("Israeli strike kills 12 in Rafah", "", israel, None, 12)
>>> b = sim.profile_of("Frappe israélienne à Rafah : 12 morts", "", israel, None, 12)
>>> round(sim.score(a, b) or 0, 2) == round(sim.score(b, a) or 0, 2) and (sim.score(a, b) or 0) > 0.5
True
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel, ConfigDict

from vigie.contracts import Actor, Event, Location, Signal

# The words a profile keeps for the embedder: a title and a sentence, cut to bound the stored record.
MAX_TEXT_CHARS = 400
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Languages that capitalise every noun: there a capital letter does not mark a name.
NOUN_CAPITALISING = frozenset({"de", "lb"})


class Embedder(Protocol):
    """A sentence embedding model: text in, a vector out (None when it cannot embed the text)."""

    def embed(self, text: str) -> Sequence[float] | None: ...


class TextProfile(BaseModel):
    """What one report says, reduced to what similarity compares; stored with its story."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    features: dict[str, float]
    text: str = ""

    @property
    def empty(self) -> bool:
        return not self.features and not self.text


@dataclass(frozen=True)
class TextWeights:
    """How much each kind of fingerprint feature tells, and how the embedding cosine is rescaled."""

    person: float = 3.0
    # An actor's canonical name mostly repeats what the country check already compares (the Russian
    # armed forces strike many Ukrainian towns a day): it counts little. A named person counts more.
    actor: float = 1.0
    place: float = 3.0
    killed: float = 2.0
    number: float = 1.5
    name: float = 1.0
    min_name_chars: int = 4
    # Multilingual USE v3 puts the titles + sentences of one story's reports, across languages, at a
    # cosine of 0.38-0.75 (median 0.57 on the sample week) and reports of other stories mostly below
    # 0.28 (but two airstrikes in two towns of one country at 0.5-0.65). Rescaled from [floor, ceil]
    # to [0, 1], a story's usual pair passes the clustering's minimum and an unrelated one does not.
    dense_floor: float = 0.25
    dense_ceil: float = 0.65


def fold(word: str) -> str:
    """A word case-folded with its accents removed, so ``Kharkiv`` and ``KHARKÍV`` compare equal.

    >>> fold("Erdoğan") == fold("ERDOGAN")
    True
    """
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def numbers_in(text: str) -> set[str]:
    """The numbers a text states (any script's digits), without their separators.

    >>> sorted(numbers_in("12 killed, ١٢ dead, 1,500 displaced"))
    ['12', '1500']
    """
    out = set()
    for match in _NUMBER.finditer(text):
        digits = "".join(str(int(ch)) if ch.isdigit() else "" for ch in match.group())
        if digits:
            out.add(str(int(digits)))
    return out


def capitalised_names(text: str, min_chars: int) -> set[str]:
    """Capitalised words that do not start a sentence, folded: names, mostly, in any cased script.

    >>> sorted(capitalised_names("Troops entered Uvira. Then the M23 took Bukavu", 4))
    ['bukavu', 'uvira']
    """
    out = set()
    previous_end = -1
    sentence_start = True
    for match in _WORD.finditer(text):
        gap = text[previous_end : match.start()] if previous_end >= 0 else ""
        if previous_end >= 0 and any(ch in ".!?:\n" for ch in gap):
            sentence_start = True
        word = match.group()
        if not sentence_start and word[0].isupper() and len(word) >= min_chars:
            out.add(fold(word))
        sentence_start = False
        previous_end = match.end()
    return out


def cosine_sparse(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b[k] for k, w in a.items() if k in b)
    if dot <= 0.0:
        return 0.0
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return min(1.0, dot / norm)


def cosine_dense(a: Sequence[float], b: Sequence[float]) -> float | None:
    if len(a) != len(b) or not a:
        return None
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm > 0 else None


class TextSimilarity:
    """Builds profiles of reports and scores pairs of them; pure, deterministic given the embedder."""

    def __init__(self, embedder: Embedder | None = None, weights: TextWeights | None = None) -> None:
        self.embedder = embedder
        self.weights = weights or TextWeights()

    def profile(self, signal: Signal, event: Event) -> TextProfile:
        """The profile of one event as one article reports it (title plus evidence sentence)."""
        actors = [a for a in (event.source, event.target) if a is not None]
        return self.profile_of(
            signal.title,
            event.evidence.sentence,
            actors,
            event.location,
            event.killed,
            cased_names=signal.lang not in NOUN_CAPITALISING,
        )

    def profile_of(
        self,
        title: str,
        sentence: str,
        actors: Iterable[Actor],
        place: Location | None,
        killed: int | None,
        *,
        cased_names: bool = True,
    ) -> TextProfile:
        """The profile of a title and sentence about ``actors`` at ``place``; ``cased_names`` says
        whether capitalised words are names in the text's language."""
        w = self.weights
        features: dict[str, float] = {}

        def add(key: str, weight: float) -> None:
            features[key] = max(features.get(key, 0.0), weight)

        for actor in actors:
            if actor.person:
                add("person:" + fold(actor.person), w.person)
            add("actor:" + fold(actor.name), w.actor)
        if place is not None and place.feature != "country" and place.name.strip():
            add("place:" + fold(place.name.strip()), w.place)
            add("name:" + fold(place.name.strip()), w.name)
        if killed:
            add(f"killed:{killed}", w.killed)
            add(f"number:{killed}", w.number)
        text = f"{title}\n{sentence}"
        for number in numbers_in(text):
            add("number:" + number, w.number)
        for name in capitalised_names(text, w.min_name_chars) if cased_names else ():
            add("name:" + name, w.name)
        words = " ".join(" ".join(p for p in (title, sentence) if p).split())[:MAX_TEXT_CHARS]
        return TextProfile(features=features, text=words)

    def score(self, a: TextProfile, b: TextProfile) -> float | None:
        """Similarity in [0, 1], symmetric; None when the two have nothing comparable."""
        if a.features and b.features:
            return cosine_sparse(a.features, b.features)
        if self.embedder is None or not a.text or not b.text:
            return None
        va, vb = self.embedder.embed(a.text), self.embedder.embed(b.text)
        cos = cosine_dense(va, vb) if va is not None and vb is not None else None
        if cos is None:
            return None
        w = self.weights
        return min(1.0, max(0.0, (cos - w.dense_floor) / (w.dense_ceil - w.dense_floor)))

    def best(self, profiles: Iterable[TextProfile], other: TextProfile) -> float | None:
        """The highest score of ``other`` against any of ``profiles`` (a story's remembered reports)."""
        scores = [s for p in profiles if (s := self.score(p, other)) is not None]
        return max(scores, default=None)
