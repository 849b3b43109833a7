"""The labelled evaluation set validates against the label schema and is balanced as eval/README.md says."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from vigie.language import SUPPORTED_LANGUAGES
from vigie_extractor.evaluation import CATEGORIES, LabelledItem, load_labelled

LABELLED = Path(__file__).resolve().parents[3] / "eval" / "labelled"


def _lines(lang: str) -> list[str]:
    """Lines of ``<lang>.jsonl`` and of any further ``<lang>-<part>.jsonl`` batch."""
    files = [LABELLED / f"{lang}.jsonl", *sorted(LABELLED.glob(f"{lang}-*.jsonl"))]
    return [line for file in files for line in file.read_text("utf-8").splitlines()]


def test_every_file_is_named_after_a_supported_language() -> None:
    stems = {p.stem.split("-")[0] for p in LABELLED.glob("*.jsonl")}
    assert stems == set(SUPPORTED_LANGUAGES)
    assert all((LABELLED / f"{lang}.jsonl").is_file() for lang in SUPPORTED_LANGUAGES)


@pytest.mark.parametrize("lang", sorted(SUPPORTED_LANGUAGES))
def test_every_line_validates_and_belongs_to_its_file(lang: str) -> None:
    lines = _lines(lang)
    items = [LabelledItem.model_validate_json(line) for line in lines]
    assert {i.lang for i in items} == {lang}
    assert len(items) >= 40
    negatives_or_traps = sum(1 for i in items if i.gold.negative or i.gold.trap is not None)
    assert negatives_or_traps >= 0.25 * len(items)
    # every line is a single JSON object with exactly the documented keys
    assert all(
        set(json.loads(line)) == {"id", "lang", "published", "title", "text", "gold"} for line in lines
    )


def test_ids_are_unique_across_the_whole_set() -> None:
    counts = Counter(item.id for item in load_labelled(LABELLED))
    assert [i for i, n in counts.items() if n > 1] == []


def test_every_category_is_covered() -> None:
    seen = {e.category for item in load_labelled(LABELLED) for e in item.gold.events}
    assert seen == set(CATEGORIES)


def test_load_labelled_names_the_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "x.jsonl"
    good = (LABELLED / "en.jsonl").read_text("utf-8").splitlines()[0]
    bad.write_text(good + "\n" + good.replace('"negative": false', '"negative": true') + "\n", "utf-8")
    with pytest.raises(ValueError, match=r"x\.jsonl:2"):
        load_labelled(bad)
