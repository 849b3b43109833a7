"""`vigie run` as a user runs it: a file in, the final alerts out, on the embedded broker."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

pytestmark = pytest.mark.e2e

ALERT_FIELDS = {
    "alert_id",
    "kind",
    "severity",
    "title",
    "plover",
    "mode",
    "cameo",
    "actors",
    "countries",
    "location",
    "event_date",
    "first_seen",
    "last_seen",
    "article_ids",
    "languages",
    "sources",
}

# One story (a call between two presidents) told by three outlets in three languages, a copy of one
# of them under a tracking URL, an unrelated sport item, and a line that is not JSON.
ARTICLES: list[dict[str, Any] | str] = [
    {
        "id": "call-en",
        "url": "https://wire-one.example.com/world/2026/11/17/macron-modi-call",
        "title": "Macron and Modi discuss trade and Ukraine by phone",
        "text": "French President Emmanuel Macron held a telephone call with Indian Prime Minister "
        "Narendra Modi on Tuesday, the Elysée said. The two leaders discussed trade and the war in Ukraine.",
        "published": "2026-11-17T18:05:00+00:00",
        "lang": "en",
    },
    {
        "id": "call-fr",
        "url": "https://journal-deux.example.fr/international/macron-modi-entretien",
        "title": "Entretien téléphonique entre Emmanuel Macron et Narendra Modi",
        "text": "Le président Emmanuel Macron s'est entretenu mardi par téléphone avec le Premier ministre "
        "indien Narendra Modi. Les deux dirigeants ont évoqué le commerce et la guerre en Ukraine.",
        "published": "2026-11-17T19:40:00+01:00",
    },
    {
        "id": "call-ru",
        "url": "https://novosti-tri.example.ru/mir/makron-modi",
        "title": "Макрон и Моди провели телефонный разговор",
        "text": "Президент Франции Эмманюэль Макрон во вторник провел телефонный разговор "
        "с премьер-министром "
        "Индии Нарендрой Моди. Лидеры обсудили торговлю и войну на Украине.",
        "published": "2026-11-17T21:10:00+03:00",
    },
    {
        "id": "call-en-copy",
        "url": "https://wire-one.example.com/world/2026/11/17/macron-modi-call?utm_source=rss#comments",
        "title": "Macron and Modi discuss trade and Ukraine by phone",
        "text": "French President Emmanuel Macron held a telephone call with Indian Prime Minister "
        "Narendra Modi on Tuesday, the Elysée said. The two leaders discussed trade and the war in Ukraine.",
        "published": "2026-11-17T18:05:00+00:00",
    },
    {
        "id": "sport-es",
        "url": "https://deportes-cuatro.example.es/futbol/ataque-derbi",
        "title": "El ataque del Betis arrasa en el derbi",
        "text": "La ofensiva del Betis, con su delantero en estado de gracia, bombardeó la portería rival "
        "durante todo el segundo tiempo y conquistó la victoria ante su afición el domingo.",
        "published": "2026-11-16T22:00:00+01:00",
        "lang": "es",
    },
    "{this line is not json",
]


@pytest.fixture(scope="module")
def run_output(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("run")
    src = tmp / "articles.jsonl"
    src.write_text(
        "\n".join(a if isinstance(a, str) else json.dumps(a, ensure_ascii=False) for a in ARTICLES) + "\n",
        encoding="utf-8",
    )
    out = tmp / "alerts.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "vigie_cli.main", "run", "--input", str(src), "--alerts-out", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    figures = json.loads(proc.stderr.strip().splitlines()[-1])
    alerts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return alerts, figures


def test_every_alert_has_the_contract_fields(run_output: tuple[list[dict[str, Any]], dict[str, Any]]) -> None:
    alerts, _ = run_output
    assert alerts, "no alert at all"
    for alert in alerts:
        assert set(alert) >= ALERT_FIELDS, ALERT_FIELDS - set(alert)


def test_one_story_in_three_languages_is_one_alert(
    run_output: tuple[list[dict[str, Any]], dict[str, Any]],
) -> None:
    alerts, _ = run_output
    calls = [a for a in alerts if a["kind"] == "leader_call"]
    assert len(calls) == 1, [(a["kind"], a["article_ids"]) for a in alerts]
    call = calls[0]
    assert sorted(call["article_ids"]) == ["call-en", "call-fr", "call-ru"]
    assert set(call["languages"]) == {"en", "fr", "ru"}
    assert set(call["countries"]) >= {"FRA", "IND"}
    assert call["plover"] == "CONSULT" and call["cameo"].startswith("04")


def test_duplicates_bad_lines_and_sport_do_not_alert(
    run_output: tuple[list[dict[str, Any]], dict[str, Any]],
) -> None:
    alerts, figures = run_output
    assert figures["accepted"] == 4 and figures["duplicates"] == 1 and figures["rejected"] == 1
    assert all("sport-es" not in a["article_ids"] for a in alerts)
    assert all("call-en-copy" not in a["article_ids"] for a in alerts)
