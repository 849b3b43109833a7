"""The article's genre the signal states: opinion, analysis, explainer and anniversary cues in the seven
languages (heading labels, URL segments, title patterns), news otherwise, and a genre file whose
``genres`` section is wrong refused with the file and the entry named."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import doc

from vigie_extractor.core import Document, Extractor
from vigie_extractor.core.article_genre import MARKED, ArticleGenres
from vigie_extractor.core.genre import load_genres, parse_genre
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.triggers import TriggerDataError

GENRES = ArticleGenres.of(cues.pieces for cues in load_genres().values())
NEWS_URL = "https://daily.example.net/world/2026/03/02/story"

# (lang, title, genre): every language, each with its opinion, analysis and anniversary cues.
TITLES = [
    ("en", "Opinion: Europe cannot keep buying time in the Sahel", "opinion"),
    ("en", "Why the drone war over the Black Sea matters | Comment", "opinion"),
    ("en", "ANALYSIS-Khartoum's new front lines favour the army", "analysis"),
    ("en", "Analysis: what the Rafah crossing deal really means", "analysis"),
    ("en", "Explainer: who controls the Zaporizhzhia plant?", "explainer"),
    ("en", "Thirty years on, Srebrenica's anniversary draws leaders to Potocari", "anniversary"),
    ("fr", "Tribune : la France doit parler clairement à Bamako", "opinion"),
    ("fr", "Chronique - Le Liban au bord du gouffre", "opinion"),
    ("fr", "Analyse : pourquoi Goma est tombée si vite", "analysis"),
    ("fr", "Décryptage : ce que change l'accord de Doha", "analysis"),
    ("fr", "Repères : dix ans de guerre au Yémen", "explainer"),
    ("fr", "Le Rwanda commémore le génocide des Tutsi", "anniversary"),
    ("es", "Opinión: Venezuela y el precio del silencio", "opinion"),
    ("es", "Tribuna | La frontera olvidada de Colombia", "opinion"),
    ("es", "Análisis: el ejército sudanés gana terreno en Jartum", "analysis"),
    ("es", "Cronología: del golpe al alto el fuego", "explainer"),
    ("es", "El 50 aniversario de la Revolución de los Claveles", "anniversary"),
    ("de", "Kommentar: Berlin darf nicht länger zögern", "opinion"),
    ("de", "Die Ukraine braucht mehr Luftabwehr - Leitartikel", "opinion"),
    ("de", "Analyse: Warum die Offensive im Donbass stockt", "analysis"),
    ("de", "Hintergrund: Wer sind die Huthi-Rebellen?", "analysis"),
    ("de", "Gedenkfeier für die Opfer von Hanau", "anniversary"),
    ("ar", "رأي: لماذا فشلت الهدنة في غزة", "opinion"),
    ("ar", "افتتاحية | السودان على حافة المجاعة", "opinion"),
    ("ar", "تحليل: ماذا يعني سقوط الفاشر؟", "analysis"),
    ("ar", "أسئلة وأجوبة: ما هي قوات الدعم السريع؟", "explainer"),
    ("ar", "في الذكرى العاشرة لتحرير الموصل", "anniversary"),
    ("tr", "Görüş: Suriye politikasında yeni dönem", "opinion"),
    ("tr", "Yorum | Karadeniz'de tansiyon yükseliyor", "opinion"),
    ("tr", "Analiz: Kafkasya'da dengeler neden değişiyor?", "analysis"),
    ("tr", "Kronoloji: ateşkesten bugüne", "explainer"),
    ("tr", "Çanakkale Zaferi'nin 110. yıl dönümü", "anniversary"),
    ("ru", "Мнение: почему переговоры в Стамбуле зашли в тупик", "opinion"),
    ("ru", "Авторская колонка: Кавказ после войны", "opinion"),
    ("ru", "Анализ: что стоит за отступлением из Херсона", "analysis"),
    ("ru", "Справка: что известно о ракете", "explainer"),
    ("ru", "Годовщина освобождения Ленинграда: как это было", "anniversary"),
]


def test_the_table_covers_every_language_with_opinion_analysis_and_anniversary() -> None:
    covered = {(lang, genre) for lang, _, genre in TITLES}
    assert {(lang, g) for lang in LANGUAGES for g in ("opinion", "analysis", "anniversary")} <= covered


@pytest.mark.parametrize(("lang", "title", "genre"), TITLES)
def test_title_cues_set_the_genre(extractor: Extractor, lang: str, title: str, genre: str) -> None:
    assert GENRES.genre_of(title, NEWS_URL) == genre
    # The extractor states it, and still codes the piece's events: consumers decide what to do.
    text = "Rebels launched an offensive on the city on Monday, residents said."
    extraction = extractor.extract(Document(doc_id="g", text=text, title=title, lang=lang, url=NEWS_URL))
    assert extraction.genre == genre


@pytest.mark.parametrize(
    ("url", "genre"),
    [
        ("https://daily.example.com/opinion/2026/01/05/border", "opinion"),
        ("https://zeitung.example.de/meinung/kommentare/waffenruhe-123", "opinion"),
        ("https://journal.example.fr/idees/article/2026/01/05/cessez-le-feu", "opinion"),
        ("https://gazete.example.com.tr/yazarlar/bir-yazar/sinir", "opinion"),
        ("https://diario.example.es/internacional/analisis/siria", "analysis"),
        ("https://gazeta.example.ru/spravka/2026/01/05/ataka", "explainer"),
        ("https://zeitung.example.de/politik/jahrestag/mauerfall", "anniversary"),
    ],
)
def test_url_segments_set_the_genre_whatever_the_title(url: str, genre: str) -> None:
    assert GENRES.genre_of("Troops retake the border post", url) == genre


@pytest.mark.parametrize(
    ("title", "url"),
    [
        ("Rebels launch an offensive near Aleppo", NEWS_URL),
        ("Comment les rebelles ont repris Goma", NEWS_URL),  # French "how", not a "Comment" label
        ("Letter-bomb injures two at a ministry in Bogotá", NEWS_URL),  # a compound, not "Letter -"
        ("Commentators fear a wider war after the strike on Isfahan", NEWS_URL),
        ("Analysts expect the truce in Gaza to hold", NEWS_URL),
        ("Two years after the war began, fighters seize a second town", NEWS_URL),  # elapsed time
        ("Биржа: мнение аналитиков разделилось", NEWS_URL),  # the label does not head the title
        ("Troops retake the border post", "https://wire.example.com/world/opinion-polls-shift"),
        ("Troops retake the border post", "not a url at all"),
        ("", ""),
    ],
)
def test_ordinary_news_is_news(title: str, url: str) -> None:
    assert GENRES.genre_of(title, url) == "news"


def test_an_article_in_a_language_the_extractor_does_not_code_still_gets_its_genre(
    extractor: Extractor,
) -> None:
    piece = Document(doc_id="j", text="本文。", title="Opinion: 東京の会談", lang="ja", url=NEWS_URL)
    extraction = extractor.extract(piece)
    assert (extraction.supported, extraction.genre) == (False, "opinion")
    assert extractor.extract(doc("Rebels seized the town.", "en")).genre == "news"


def _genre_file(genres: Any) -> dict[str, Any]:
    lists = ("sport", "business", "culture", "games", "evidence", "force", "opinion")
    return {"lang": "en", "min_cues": 2, **{k: ["x"] for k in lists}, "genres": genres}


GOOD = {g: {"labels": ["x"]} for g in MARKED}


@pytest.mark.parametrize(
    ("genres", "message"),
    [
        (None, r"genre/en\.yaml: genres: expected a mapping"),
        (
            {k: v for k, v in GOOD.items() if k != "explainer"},
            r"genre/en\.yaml: genres: .*missing \['explainer'\]",
        ),
        ({**GOOD, "sport": {"labels": ["x"]}}, r"genre/en\.yaml: genres: unknown \['sport'\]"),
        (
            {**GOOD, "opinion": {"labels": []}},
            r"genre/en\.yaml: genres\.opinion\.labels: expected a non-empty",
        ),
        ({**GOOD, "analysis": {"labels": ["x"], "words": ["y"]}}, r"genres\.analysis: expected a mapping"),
        (
            {**GOOD, "anniversary": {"labels": ["x"], "title_patterns": ["("]}},
            r"genre/en\.yaml: genres\.anniversary\.title_patterns: bad pattern '\('",
        ),
        (
            {**GOOD, "opinion": {"labels": ["x"], "url_segments": ["opinion/columns"]}},
            r"genres\.opinion\.url_segments: 'opinion/columns' is not one path segment",
        ),
        ({**GOOD, "opinion": {"labels": ["x", 3]}}, r"genres\.opinion\.labels: 3 is not a non-empty string"),
    ],
)
def test_a_bad_genres_section_is_refused_with_file_and_entry(genres: Any, message: str) -> None:
    with pytest.raises(TriggerDataError, match=message):
        parse_genre("en", _genre_file(genres))


def test_every_language_file_carries_every_marked_genre() -> None:
    for lang, cues in load_genres().items():
        assert all(cues.pieces.labels[g] for g in MARKED), lang
