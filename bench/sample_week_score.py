"""Score the alerts of the sample week against samples/news/EXPECTED.md (story level).

    .venv/bin/vigie run --input samples/news/week.jsonl --alerts-out /tmp/week-alerts.jsonl
    .venv/bin/python bench/sample_week_score.py /tmp/week-alerts.jsonl

A story is "exact" when one alert of the expected kind holds all its required articles and nothing
else; "split" when several alerts of that kind share them; "partial" when one alert misses some or holds
foreign ones. Extra alerts are the alerts no story claims (secondary events told inside story articles
included; only an appeal is tolerated), and "noisy" alerts hold an article that must stay silent.
This is a measurement, reported as it is, not a pass/fail test.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Story:
    key: str
    kind: str
    required: frozenset[str]
    optional: frozenset[str]


def _ids(numbers: str) -> frozenset[str]:
    return frozenset(f"s-{n}" for n in numbers.split())


# Transcribed from samples/news/EXPECTED.md (kinds are the rule names of vigie_alerting/data/rules.yaml).
STORIES = [
    Story("S1 RSF offensive on El Obeid", "offensive_launched", _ids("001 002 003 004"), frozenset()),
    Story("S2 M23 capture Uvira", "city_captured", _ids("005 006 007 008"), frozenset()),
    Story("S3 strikes on Kharkiv", "airstrikes", _ids("009 010 011 012 013"), _ids("038")),
    Story("S4 Erdogan-Putin call", "leader_call", _ids("014 015 016 017"), frozenset()),
    Story("S5 Sanchez visits Rabat", "visit_or_summit", _ids("018 019 020"), frozenset()),
    Story("S6a Thai-Cambodian ceasefire", "ceasefire", _ids("021 022 023"), frozenset()),
    Story("S6b ceasefire violated", "ceasefire_violated", _ids("024 025 026"), frozenset()),
    Story("S7 Ethiopian mobilisation", "mobilisation", _ids("027 028 029"), frozenset()),
    Story("S8 North Korean threat", "threat_of_force", _ids("030 031 032 033"), frozenset()),
    Story("S9 EU sanctions on Russia", "sanctions", _ids("034 035 036 037"), frozenset()),
]
SILENT = frozenset(f"s-{n:03d}" for n in range(39, 55))
TOLERATED_EXTRA_KINDS = {"appeal"}


def score(alerts: list[dict[str, Any]]) -> dict[str, Any]:
    rows = []
    claimed: set[str] = set()
    for story in STORIES:
        of_kind = [a for a in alerts if a["kind"] == story.kind and story.required & set(a["article_ids"])]
        claimed.update(a["alert_id"] for a in of_kind)
        if not of_kind:
            verdict = "missed"
        elif len(of_kind) > 1:
            verdict = "split"
        elif story.required <= set(of_kind[0]["article_ids"]) <= story.required | story.optional:
            verdict = "exact"
        else:
            verdict = "partial"
        others = [a for a in alerts if a["kind"] != story.kind and story.required & set(a["article_ids"])]
        rows.append(
            {
                "story": story.key,
                "verdict": verdict,
                "alerts": [(a["kind"], a["article_ids"]) for a in of_kind],
                "secondary": [(a["kind"], a["article_ids"]) for a in others],
            }
        )
    noisy = [a for a in alerts if SILENT & set(a["article_ids"])]
    extra = [a for a in alerts if a["alert_id"] not in claimed and a["kind"] not in TOLERATED_EXTRA_KINDS]
    return {
        "stories": len(STORIES),
        "exact": sum(r["verdict"] == "exact" for r in rows),
        "alerts": len(alerts),
        "extra_alerts": len(extra),
        "noisy_alerts": [(a["kind"], sorted(SILENT & set(a["article_ids"]))) for a in noisy],
        "rows": rows,
    }


def main() -> None:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/week-alerts.jsonl")
    alerts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score(alerts)
    for row in result["rows"]:
        print(f"{row['verdict']:>6}  {row['story']}")
        if row["verdict"] != "exact":
            for kind, ids in row["alerts"]:
                print(f"          {kind}: {', '.join(ids)}")
        for kind, ids in row["secondary"]:
            print(f"          (secondary alert) {kind}: {', '.join(ids)}")
    print(json.dumps({k: v for k, v in result.items() if k != "rows"}, ensure_ascii=False))


if __name__ == "__main__":
    main()
