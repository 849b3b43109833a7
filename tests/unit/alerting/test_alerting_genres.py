"""The genre gate: a signal the extractor marked opinion, analysis, explainer or anniversary never
opens an alert, but may join an open story as evidence without raising it. Alerting reads the
signal's ``genre`` field and nothing else: the cues live with the extractor."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from alerting_builders import T0, offensive, signal

from vigie.contracts import Signal
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules


@pytest.mark.parametrize("genre", ["opinion", "analysis", "explainer", "anniversary"])
def test_a_piece_of_a_gated_genre_opens_no_alert(genre: str) -> None:
    engine = AlertEngine(load_rules())
    outcome = engine.plan(signal("piece", [offensive("piece")], genre=genre), T0 + timedelta(hours=1))
    assert outcome.changes == [] and outcome.genre == genre


def test_news_opens_an_alert_and_a_signal_without_genre_is_news() -> None:
    engine = AlertEngine(load_rules())
    (change,) = engine.plan(
        signal("news", [offensive("news")], genre="news"), T0 + timedelta(hours=1)
    ).changes
    assert change.kind == "created"
    # A v1 signal from an extractor older than the field: valid, read as news, opens its alert.
    old = json.loads(signal("old", [offensive("old")]).model_dump_json())
    del old["genre"]
    outcome = AlertEngine(load_rules()).plan(Signal.model_validate(old), T0 + timedelta(hours=1))
    assert outcome.genre is None and [c.kind for c in outcome.changes] == ["created"]


def test_the_gate_reads_the_field_not_the_title_or_url() -> None:
    engine = AlertEngine(load_rules())
    headed = signal(
        "headed",
        [offensive("headed")],
        title="Opinion: the Aleppo offensive will fail",
        url="https://paper.example.org/opinion/aleppo",
        genre="news",
    )
    assert [c.kind for c in engine.plan(headed, T0 + timedelta(hours=1)).changes] == ["created"]
    plain = signal(
        "plain", [offensive("plain")], title="Rebels launch offensive near Aleppo", genre="opinion"
    )
    assert engine.plan(plain, T0 + timedelta(hours=1)).changes == []


def test_an_op_ed_alone_opens_no_alert() -> None:
    engine = AlertEngine(load_rules())
    sig = signal(
        "oped", [offensive("oped")], title="Opinion: the Aleppo offensive will fail", genre="opinion"
    )
    outcome = engine.plan(sig, T0 + timedelta(hours=1))
    assert outcome.changes == [] and outcome.genre == "opinion"
    engine.apply(outcome)
    assert engine.alerts() == [] and engine.is_processed("oped")


def test_an_anniversary_piece_opens_no_alert_even_with_asserted_events() -> None:
    engine = AlertEngine(load_rules())
    sig = signal(
        "anniv",
        [offensive("anniv", killed=300)],
        title="The anniversary of the Aleppo offensive",
        genre="anniversary",
    )
    assert engine.plan(sig, T0 + timedelta(hours=1)).changes == []


def test_an_op_ed_joins_an_open_story_as_evidence_without_raising_it() -> None:
    engine = AlertEngine(load_rules())
    now = T0 + timedelta(hours=1)
    engine.apply(engine.plan(signal("news", [offensive("news")], source="wire.example.com"), now))
    (before,) = engine.alerts()
    oped = signal(
        "oped",
        [offensive("oped", killed=40)],
        source="paper.example.org",
        url="https://paper.example.org/opinion/aleppo",
        published=T0 + timedelta(hours=3),
        genre="opinion",
    )
    outcome = engine.plan(oped, now + timedelta(hours=3))
    (change,) = outcome.changes
    after = change.alert
    assert after.alert_id == before.alert_id and after.article_ids == ["news", "oped"]
    assert [e.article_id for e in after.evidence] == ["news", "oped"]
    # Not an independent report: no source count, no casualty figure, no raise, no webhook.
    assert after.independent_sources == 1 and after.severity == before.severity
    assert not any("killed" in r for r in after.reasons)
    assert not change.notify
