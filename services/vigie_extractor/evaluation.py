"""Scoring of extracted events against the hand-labelled evaluation set (pure: no Kafka, no Faust).

The label schema (``LabelledItem``) is the one documented in ``eval/README.md``. ``evaluate`` runs an
extraction function over labelled items, times it, and scores the result per language and overall:

>>> gold = GoldEvent(category="phone_call", plover="CONSULT", source_country="TUR", target_country="RUS")
>>> pred = PredictedEvent(category="phone_call", source_country="TUR", target_country="RUS")
>>> matched, missed, spurious = match_events([gold], [pred])
>>> (len(matched), len(missed), len(spurious))
(1, 0, 0)
"""

from __future__ import annotations

import datetime as dt
import json
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from vigie.contracts import Event, Factuality
from vigie.language import SUPPORTED_LANGUAGES
from vigie_extractor.core.arguments import ROLES

# The Vigie event categories of docs/taxonomy.md and the PLOVER type each one maps to.
CATEGORY_PLOVER: Mapping[str, str] = {
    "phone_call": "CONSULT",
    "visit": "CONSULT",
    "meeting": "CONSULT",
    "offensive": "FIGHT",
    "clash": "FIGHT",
    "shelling": "FIGHT",
    "airstrike": "FIGHT",
    "missile_strike": "FIGHT",
    "capture": "FIGHT",
    "ceasefire": "AGREE",
    "ceasefire_violation": "FIGHT",
    "mobilisation": "MOBILIZE",
    "threat": "THREATEN",
    "sanction": "SANCTION",
    "military_aid": "AID",
    "protest": "PROTEST",
    "appeal": "REQUEST",
    "assault": "ASSAULT",
}
CATEGORIES = frozenset(CATEGORY_PLOVER)

# Only these factualities can raise an alert, so only these predicted events are scored; gold events
# are labelled with these two values only (see eval/README.md).
ALERTABLE_FACTUALITY: frozenset[str] = frozenset({"asserted", "reported"})

# The sectors a gold side may carry are the ones the extractor codes (one list, in core.arguments).

Trap = Literal[
    "metaphor",
    "sport",
    "business",
    "history",
    "negation",
    "hypothetical",
    "threat",
    "quote",
    "name_as_place",
    "multi_event",
    "passive",
]
Country = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


class _Label(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class GoldEvent(_Label):
    """One event the item reports that an alert rule would care about."""

    category: str
    plover: str
    source_country: Country | None = None
    source_role: str | None = None
    target_country: Country | None = None
    target_role: str | None = None
    place: str | None = Field(default=None, description="Canonical English name of the event place")
    place_country: Country | None = None
    date: dt.date | None = None
    factuality: Factuality = "asserted"

    @model_validator(mode="after")
    def _consistent(self) -> GoldEvent:
        if self.category not in CATEGORIES:
            raise ValueError(f"unknown category {self.category!r}")
        if CATEGORY_PLOVER[self.category] != self.plover:
            raise ValueError(f"category {self.category} is PLOVER {CATEGORY_PLOVER[self.category]}")
        for role in (self.source_role, self.target_role):
            if role is not None and role not in ROLES:
                raise ValueError(f"unknown actor role {role!r}")
        if self.factuality not in ALERTABLE_FACTUALITY:
            raise ValueError("gold events are asserted or reported; leave other events out")
        if self.place is not None and self.place_country is None:
            raise ValueError("a gold place needs its place_country")
        return self


class Gold(_Label):
    events: list[GoldEvent]
    negative: bool
    trap: Trap | None = None

    @model_validator(mode="after")
    def _negative_means_no_event(self) -> Gold:
        if self.negative == bool(self.events):
            raise ValueError("negative is true exactly when the item has no gold event")
        return self


class LabelledItem(_Label):
    """One hand-written headline + lead paragraph with its gold events."""

    id: str = Field(min_length=1)
    lang: str
    published: dt.datetime
    title: str
    text: str = Field(min_length=1)
    gold: Gold

    @model_validator(mode="after")
    def _supported_and_aware(self) -> LabelledItem:
        if self.lang not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported language {self.lang!r}")
        if self.published.tzinfo is None:
            raise ValueError("published needs a timezone")
        return self


def load_labelled(path: Path) -> list[LabelledItem]:
    """Every item of a labelled JSON Lines file, or of every ``*.jsonl`` file of a directory."""
    files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path]
    items: list[LabelledItem] = []
    for file in files:
        for number, line in enumerate(file.read_text("utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                items.append(LabelledItem.model_validate_json(line))
            except ValueError as exc:
                raise ValueError(f"{file}:{number}: {exc}") from exc
    return items


@dataclass(frozen=True)
class PredictedEvent:
    """The parts of an extracted ``Event`` that the scorer compares with gold."""

    category: str
    factuality: str = "asserted"
    source_country: str | None = None
    source_role: str | None = None
    target_country: str | None = None
    target_role: str | None = None
    place_name: str | None = None
    place_text: str | None = None
    place_country: str | None = None
    date: dt.date | None = None

    @classmethod
    def from_event(cls, event: Event) -> PredictedEvent:
        loc = event.location if event.location is not None and event.location.is_event_place else None
        return cls(
            category=event.category,
            factuality=event.factuality,
            source_country=event.source.country if event.source else None,
            source_role=event.source.role if event.source else None,
            target_country=event.target.country if event.target else None,
            target_role=event.target.role if event.target else None,
            place_name=loc.name if loc else None,
            place_text=loc.text if loc else None,
            place_country=loc.country if loc else None,
            date=event.event_date,
        )


def alertable(events: Iterable[PredictedEvent]) -> list[PredictedEvent]:
    """Predicted events that could raise an alert: a taxonomy category, asserted or reported."""
    return [e for e in events if e.category in CATEGORIES and e.factuality in ALERTABLE_FACTUALITY]


def _agreement(gold: GoldEvent, pred: PredictedEvent) -> int:
    return sum(
        (
            gold.source_country is not None and gold.source_country == pred.source_country,
            gold.target_country is not None and gold.target_country == pred.target_country,
            place_matches(gold, pred),
            gold.date is not None and gold.date == pred.date,
        )
    )


def match_events(
    gold: Sequence[GoldEvent], pred: Sequence[PredictedEvent]
) -> tuple[list[tuple[GoldEvent, PredictedEvent]], list[GoldEvent], list[PredictedEvent]]:
    """One-to-one greedy matching by category: (matched pairs, missed gold, spurious predictions).

    Gold events are taken in order; each takes the unused prediction of its category that agrees
    with it on most attributes (countries, place, date), the earliest one on a tie.
    """
    free = list(pred)
    matched: list[tuple[GoldEvent, PredictedEvent]] = []
    missed: list[GoldEvent] = []
    for g in gold:
        candidates = [p for p in free if p.category == g.category]
        if not candidates:
            missed.append(g)
            continue
        best = max(candidates, key=lambda p: _agreement(g, p))  # max keeps the first of equals
        free.remove(best)
        matched.append((g, best))
    return matched, missed, free


def confusions(missed: Sequence[GoldEvent], spurious: Sequence[PredictedEvent]) -> list[tuple[str, str]]:
    """(gold category, predicted category) pairs of one item's misses: each missed gold event (in order)
    takes the unused spurious prediction of another category that agrees with it on most attributes
    (the first one on a tie). One real event coded in a neighbouring category ("shelling" told as an
    "airstrike") costs one false negative and one false positive; this names the pair.

    >>> gold = GoldEvent(category="shelling", plover="FIGHT", place="Kherson", place_country="UKR")
    >>> confusions([gold], [PredictedEvent(category="airstrike", place_name="Kherson")])
    [('shelling', 'airstrike')]
    """
    free = list(spurious)
    pairs: list[tuple[str, str]] = []
    for g in missed:
        candidates = [p for p in free if p.category != g.category]
        if not candidates:
            continue
        best = max(candidates, key=lambda p: _agreement(g, p))
        free.remove(best)
        pairs.append((g.category, best.category))
    return pairs


def _fold(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a place name."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    kept = [c for c in decomposed if not unicodedata.combining(c) and c.isalnum()]
    return "".join(kept)


def place_name_matches(gold: GoldEvent, pred: PredictedEvent) -> bool:
    """Strict place match: the predicted canonical name or surface text equals the gold place."""
    if gold.place is None:
        return False
    target = _fold(gold.place)
    return any(n is not None and _fold(n) == target for n in (pred.place_name, pred.place_text))


def place_matches(gold: GoldEvent, pred: PredictedEvent) -> bool:
    """Lenient place match: same name (``place_name_matches``) or same country as the gold place."""
    if gold.place is None:
        return False
    if place_name_matches(gold, pred):
        return True
    return pred.place_country is not None and pred.place_country == gold.place_country


@dataclass
class PRF:
    """True/false positives and false negatives, with precision, recall and F1 (None when undefined)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def count(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


def _slot(prf: PRF, gold: str | None, pred: str | None) -> None:
    """Count one attribute slot (a country) of a matched event."""
    if gold is not None and pred == gold:
        prf.tp += 1
        return
    if pred is not None:
        prf.fp += 1
    if gold is not None:
        prf.fn += 1


@dataclass
class Scores:
    """Every figure ``vigie eval`` prints, for one language or overall."""

    items: int = 0
    gold_events: int = 0
    predicted_events: int = 0
    per_category: dict[str, PRF] = field(default_factory=dict)
    negatives: int = 0
    false_alarms: int = 0
    source_country: PRF = field(default_factory=PRF)
    target_country: PRF = field(default_factory=PRF)
    role: Accuracy = field(default_factory=Accuracy)
    place: PRF = field(default_factory=PRF)
    place_name: PRF = field(default_factory=PRF)
    date: Accuracy = field(default_factory=Accuracy)
    factuality: Accuracy = field(default_factory=Accuracy)
    # (gold category, predicted category) -> how often a missed gold event was paired with a spurious
    # prediction of that other category in the same item (see ``confusions``)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    # trap kind -> items of that kind handled right: a negative raises no alertable event, a positive
    # has every gold event matched and nothing spurious
    traps: dict[str, Accuracy] = field(default_factory=dict)

    def top_confusions(self, n: int | None = None) -> list[tuple[str, str, int]]:
        """The most frequent (gold, predicted, count) confusions, ties by category names."""
        ranked = sorted(self.confusion.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(g, p, c) for (g, p), c in ranked[:n]]

    @property
    def overall(self) -> PRF:
        total = PRF()
        for prf in self.per_category.values():
            total.add(prf)
        return total

    @property
    def macro_f1(self) -> float | None:
        """Mean F1 over the categories present in gold (a category never in gold is not averaged)."""
        f1s = [prf.f1 for prf in self.per_category.values() if prf.tp + prf.fn > 0 and prf.f1 is not None]
        return sum(f1s) / len(f1s) if f1s else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.false_alarms / self.negatives if self.negatives else None

    @property
    def actor_country(self) -> PRF:
        combined = PRF()
        combined.add(self.source_country)
        combined.add(self.target_country)
        return combined

    def as_dict(self) -> dict[str, Any]:
        return {
            "items": self.items,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "events": self.overall.as_dict(),
            "macro_f1": self.macro_f1,
            "per_category": {c: prf.as_dict() for c, prf in sorted(self.per_category.items())},
            "negatives": self.negatives,
            "false_alarms": self.false_alarms,
            "false_alarm_rate": self.false_alarm_rate,
            "actor_country": {
                "source": self.source_country.as_dict(),
                "target": self.target_country.as_dict(),
                "combined": self.actor_country.as_dict(),
            },
            "actor_role": self.role.as_dict(),
            "place": self.place.as_dict(),
            "place_name": self.place_name.as_dict(),
            "date": self.date.as_dict(),
            "factuality": self.factuality.as_dict(),
            "confusions": [{"gold": g, "predicted": p, "count": c} for g, p, c in self.top_confusions()],
            "traps": {kind: acc.as_dict() for kind, acc in sorted(self.traps.items())},
        }


def _score_attributes(scores: Scores, g: GoldEvent, p: PredictedEvent) -> None:
    _slot(scores.source_country, g.source_country, p.source_country)
    _slot(scores.target_country, g.target_country, p.target_country)
    for gold_role, pred_role in ((g.source_role, p.source_role), (g.target_role, p.target_role)):
        if gold_role is not None:
            scores.role.count(pred_role == gold_role)
    has_place = p.place_name is not None or p.place_text is not None or p.place_country is not None
    for prf, ok in ((scores.place, place_matches(g, p)), (scores.place_name, place_name_matches(g, p))):
        if ok:
            prf.tp += 1
            continue
        if has_place:
            prf.fp += 1
        if g.place is not None:
            prf.fn += 1
    if g.date is not None:
        scores.date.count(p.date == g.date)
    scores.factuality.count(p.factuality == g.factuality)


def score(items: Sequence[LabelledItem], predictions: Mapping[str, Sequence[PredictedEvent]]) -> Scores:
    """Score predictions (by item id; only alertable ones count) against the items' gold events."""
    scores = Scores()
    for item in items:
        pred = alertable(predictions.get(item.id, ()))
        scores.items += 1
        scores.gold_events += len(item.gold.events)
        scores.predicted_events += len(pred)
        if item.gold.negative:
            scores.negatives += 1
            scores.false_alarms += int(bool(pred))
        matched, missed, spurious = match_events(item.gold.events, pred)
        for g, p in matched:
            scores.per_category.setdefault(g.category, PRF()).tp += 1
            _score_attributes(scores, g, p)
        for g in missed:
            scores.per_category.setdefault(g.category, PRF()).fn += 1
        for p in spurious:
            scores.per_category.setdefault(p.category, PRF()).fp += 1
        scores.confusion.update(confusions(missed, spurious))
        if item.gold.trap is not None:
            right = not pred if item.gold.negative else not missed and not spurious
            scores.traps.setdefault(item.gold.trap, Accuracy()).count(right)
    return scores


@dataclass
class Speed:
    documents: int = 0
    characters: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        per_s = self.documents / self.seconds if self.seconds else None
        chars_s = self.characters / self.seconds if self.seconds else None
        per_doc = 1000 * self.seconds / self.documents if self.documents else None
        return {
            "documents": self.documents,
            "characters": self.characters,
            "seconds": self.seconds,
            "documents_per_s": per_s,
            "characters_per_s": chars_s,
            "ms_per_document": per_doc,
        }


@dataclass
class Report:
    """Scores and speed per language and overall."""

    languages: dict[str, Scores]
    overall: Scores
    speed: dict[str, Speed]
    overall_speed: Speed
    load_seconds: float = 0.0
    extractor_version: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {
            "extractor_version": self.extractor_version,
            "load_seconds": self.load_seconds,
            "overall": {**self.overall.as_dict(), "speed": self.overall_speed.as_dict()},
            "languages": {
                lang: {**scores.as_dict(), "speed": self.speed[lang].as_dict()}
                for lang, scores in sorted(self.languages.items())
            },
        }

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), indent=2, ensure_ascii=False)


ExtractFn = Callable[[LabelledItem], Sequence[PredictedEvent]]


def evaluate(
    items: Sequence[LabelledItem], extract: ExtractFn, clock: Callable[[], float] = time.perf_counter
) -> Report:
    """Run ``extract`` on every item (timed) and score the predictions per language and overall."""
    predictions: dict[str, Sequence[PredictedEvent]] = {}
    speed: dict[str, Speed] = {}
    for item in items:
        start = clock()
        predictions[item.id] = extract(item)
        elapsed = clock() - start
        s = speed.setdefault(item.lang, Speed())
        s.documents += 1
        s.characters += len(item.title) + len(item.text)
        s.seconds += elapsed
    overall_speed = Speed()
    for s in speed.values():
        overall_speed.documents += s.documents
        overall_speed.characters += s.characters
        overall_speed.seconds += s.seconds
    by_lang: dict[str, list[LabelledItem]] = {}
    for item in items:
        by_lang.setdefault(item.lang, []).append(item)
    return Report(
        languages={lang: score(group, predictions) for lang, group in by_lang.items()},
        overall=score(items, predictions),
        speed=speed,
        overall_speed=overall_speed,
    )
