"""`vigie eval`: score the extractor on the labelled evaluation set and print the figures."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from vigie_extractor.evaluation import (
    PRF,
    Accuracy,
    LabelledItem,
    PredictedEvent,
    Report,
    Scores,
    Speed,
    evaluate,
    load_labelled,
)

DEFAULT_DATA = Path("eval/labelled")
# How many category confusions the table lists (the JSON has them all).
TOP_CONFUSIONS = 10


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def _prf_row(label: str, prf: PRF) -> str:
    return (
        f"  {label:<22} P {_pct(prf.precision)}  R {_pct(prf.recall)}  F1 {_pct(prf.f1)}"
        f"   (tp {prf.tp}, fp {prf.fp}, fn {prf.fn})"
    )


def _acc_row(label: str, acc: Accuracy) -> str:
    return f"  {label:<22} {_pct(acc.value)}   ({acc.correct}/{acc.total})"


def _speed_row(speed: Speed) -> str:
    figures = speed.as_dict()
    per_s, per_doc = figures["documents_per_s"], figures["ms_per_document"]
    if per_s is None or per_doc is None:
        return "  speed                  -"
    return f"  speed                  {per_s:.1f} docs/s, {per_doc:.1f} ms/doc ({speed.documents} docs)"


def render_scores(title: str, scores: Scores, speed: Speed) -> list[str]:
    """The readable table of one language (or of the whole set)."""
    lines = [
        f"== {title}: {scores.items} items, {scores.gold_events} gold / "
        f"{scores.predicted_events} predicted alertable events"
    ]
    for category, prf in sorted(scores.per_category.items()):
        lines.append(_prf_row(category, prf))
    lines.append(_prf_row("ALL (micro)", scores.overall))
    lines.append(f"  {'macro-F1':<22} {_pct(scores.macro_f1)}   (categories present in gold)")
    lines.append(
        f"  {'false alarms':<22} {_pct(scores.false_alarm_rate)}   "
        f"({scores.false_alarms}/{scores.negatives} negative items with an alertable event)"
    )
    lines.append(_prf_row("source country", scores.source_country))
    lines.append(_prf_row("target country", scores.target_country))
    lines.append(_prf_row("actor country", scores.actor_country))
    lines.append(_acc_row("actor role", scores.role))
    lines.append(_prf_row("place (name|country)", scores.place))
    lines.append(_prf_row("place (name only)", scores.place_name))
    lines.append(_acc_row("date (exact day)", scores.date))
    lines.append(_acc_row("factuality", scores.factuality))
    lines.append(_speed_row(speed))
    return lines


def render_confusions(scores: Scores, top: int = TOP_CONFUSIONS) -> list[str]:
    """The most frequent category confusions: a missed gold event and a spurious prediction of another
    category in the same item (one real event told in the neighbouring category)."""
    pairs = scores.top_confusions(top)
    lines = [f"== category confusions (gold -> predicted, same item), top {top}"]
    if not pairs:
        return [*lines, "  none"]
    return lines + [f"  {g:>19} -> {p:<19} {c}" for g, p, c in pairs]


def render_traps(scores: Scores) -> list[str]:
    """Per trap kind, the share of its items handled right: a negative trap (metaphor, sport, history...)
    raises no alertable event; a positive one (passive, quote, multi_event...) has every gold event found
    and nothing spurious."""
    lines = ["== traps (items handled right: negatives silent; positives exact)"]
    if not scores.traps:
        return [*lines, "  none"]
    return lines + [_acc_row(kind, acc) for kind, acc in sorted(scores.traps.items())]


def render(report: Report) -> str:
    lines = [f"vigie eval - extractor {report.extractor_version}, loaded in {report.load_seconds:.2f} s", ""]
    for lang, scores in sorted(report.languages.items()):
        lines += [*render_scores(lang, scores, report.speed[lang]), ""]
    lines += render_scores("overall", report.overall, report.overall_speed)
    lines += ["", *render_traps(report.overall)]
    lines += ["", *render_confusions(report.overall)]
    return "\n".join(lines) + "\n"


def run(items: Sequence[LabelledItem]) -> Report:
    """Load the extractor core and evaluate it on ``items``."""
    from vigie_extractor.core import Document, Extractor

    started = time.perf_counter()
    extractor = Extractor.load()
    load_seconds = time.perf_counter() - started

    def extract(item: LabelledItem) -> list[PredictedEvent]:
        doc = Document(
            doc_id=item.id, text=item.text, title=item.title, lang=item.lang, published=item.published
        )
        return [PredictedEvent.from_event(event) for event in extractor.extract(doc).events]

    report = evaluate(items, extract)
    report.load_seconds = load_seconds
    report.extractor_version = extractor.version
    return report


def command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    stream = out if out is not None else sys.stdout
    data = Path(args.data) if args.data else DEFAULT_DATA
    report = run(load_labelled(data))
    stream.write(report.to_json() + "\n" if args.json else render(report))
    return 0
