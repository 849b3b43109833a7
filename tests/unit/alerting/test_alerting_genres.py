"""The genre gate: opinion pieces, analyses, explainers and anniversaries never open an alert, in the
seven languages, but may join an open story as evidence without raising it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from alerting_builders import T0, offensive, signal

from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.genres import load_genre_cues
from vigie_alerting.core.rules import RulesFileError, load_rules

CUES = load_genre_cues()
NEWS_URL = "https://wire.example.com/world/2026/11/17/story"


@pytest.mark.parametrize(
    ("title", "url", "genre"),
    [
        ("Opinion: the offensive on Aleppo is a strategic blunder", NEWS_URL, "opinion"),
        ("Aleppo's fall and what comes next | Opinion", NEWS_URL, "opinion"),
        ("ANALYSIS-Why the rebels moved on Aleppo now", NEWS_URL, "analysis"),
        ("Explainer: who are the groups fighting near Aleppo?", NEWS_URL, "explainer"),
        ("Tribune : l'Europe ne peut pas détourner le regard d'Alep", NEWS_URL, "opinion"),
        ("Éditorial - La guerre oubliée du Soudan", NEWS_URL, "opinion"),
        ("Análisis: la ofensiva rebelde cambia el mapa de Siria", NEWS_URL, "analysis"),
        ("Opinión | El alto el fuego que nadie cumple", NEWS_URL, "opinion"),
        ("Kommentar: Der Westen schaut weg", NEWS_URL, "opinion"),
        ("Meinung: Warum die Waffenruhe scheitern wird", NEWS_URL, "opinion"),
        ("رأي: الهجوم على حلب وحسابات الأطراف", NEWS_URL, "opinion"),
        ("تحليل: لماذا الآن؟", NEWS_URL, "analysis"),
        ("Görüş | Halep'te ne oluyor?", NEWS_URL, "opinion"),
        ("Analiz: Suriye'de dengeler değişiyor", NEWS_URL, "analysis"),
        ("Мнение: наступление на Алеппо ничего не решит", NEWS_URL, "opinion"),
        ("Колонка: почему перемирие не продержится", NEWS_URL, "opinion"),
        ("Rebels seize Aleppo suburbs", "https://paper.example.org/opinion/2026/11/17/aleppo", "opinion"),
        ("Die Lage in Aleppo", "https://zeitung.example.de/meinung/kommentare/aleppo-123", "opinion"),
        ("Suriye'de son durum", "https://gazete.example.com.tr/yazarlar/ali-veli/suriye", "opinion"),
        ("Ten years on: the anniversary of the siege of Aleppo", NEWS_URL, "anniversary"),
        ("Годовщина штурма: как это было", NEWS_URL, "anniversary"),
        ("في ذكرى معركة حلب", NEWS_URL, "anniversary"),
        ("Kunu-ri Muharebesi'nin yıl dönümü", NEWS_URL, "anniversary"),
    ],
)
def test_genre_cues_in_seven_languages(title: str, url: str, genre: str) -> None:
    assert CUES.genre_of(title, url) == genre


@pytest.mark.parametrize(
    "title",
    [
        "Rebels launch offensive near Aleppo",
        "Comment l'armée a perdu le contrôle d'Alep",  # French "how", not a comment label
        "Letter-bomb attack kills three in Kabul",  # a compound, not a "Letter -" label
        "Two years after the war began, RSF fighters seize El Fasher",  # elapsed time is news too
        "Analysts say the ceasefire is holding",
        "Рынок: мнение инвесторов о ставке",  # the label is not heading the title
    ],
)
def test_ordinary_news_is_not_gated(title: str) -> None:
    assert CUES.genre_of(title, NEWS_URL) is None


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("version: 1\ngenres: {opinion: {labels: {xx: [opinion]}}}\n", "unknown languages"),
        ("version: 1\ngenres: {opinion: {title_patterns: {en: ['(']}}}\n", "bad pattern"),
        ("version: 1\ngenres: {opinion: {}}\n", "has no cue"),
        ("version: 1\ngenres: {Opinion: {url_segments: [opinion]}}\n", "lower-case"),
        ("version: 1\ngenres: {}\n", "genres"),
    ],
)
def test_a_bad_genre_file_is_refused_with_the_field(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "genres.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RulesFileError, match=message):
        load_genre_cues(path)


def test_an_op_ed_alone_opens_no_alert() -> None:
    engine = AlertEngine(load_rules())
    sig = signal("oped", [offensive("oped")], title="Opinion: the Aleppo offensive will fail")
    outcome = engine.plan(sig, T0 + timedelta(hours=1))
    assert outcome.changes == [] and outcome.genre == "opinion"
    engine.apply(outcome)
    assert engine.alerts() == [] and engine.is_processed("oped")


def test_an_anniversary_piece_opens_no_alert_even_with_asserted_events() -> None:
    engine = AlertEngine(load_rules())
    sig = signal("anniv", [offensive("anniv", killed=300)], title="The anniversary of the Aleppo offensive")
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
