"""`vigie eval` end to end on a small labelled file, with the real extractor core (loaded once)."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from vigie_cli.eval_cmd import command

LABELLED = Path(__file__).resolve().parents[3] / "eval" / "labelled"


def test_eval_command_scores_a_file_prints_the_table_and_exits_zero(tmp_path: Path) -> None:
    en = (LABELLED / "en.jsonl").read_text("utf-8").splitlines()
    fr = (LABELLED / "fr.jsonl").read_text("utf-8").splitlines()
    data = tmp_path / "three.jsonl"
    data.write_text("\n".join([en[0], en[-1], fr[0]]) + "\n", "utf-8")
    out = io.StringIO()
    assert command(argparse.Namespace(data=str(data), json=False), out=out) == 0
    text = out.getvalue()
    assert text.startswith("vigie eval - extractor ")
    assert "== en: 2 items, 1 gold" in text
    assert "== fr: 1 items, 1 gold" in text
    assert "== overall: 3 items, 2 gold" in text
    assert "(0/1 negative items" in text or "(1/1 negative items" in text
    assert "docs/s" in text
