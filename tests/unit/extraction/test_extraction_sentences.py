"""Sentence splitting: offsets, abbreviations, initials, quotes and non-Latin punctuation."""

from __future__ import annotations

import pytest

from vigie_extractor.core.sentences import split_sentences

CASES = [
    ("en", "Mr. J. Smith arrived in the U.S. on Monday. He left on Friday.", 2),
    ("en", "The army said: 'We hold the town.' Fighting continued.", 2),
    ("fr", "M. Macron a reçu le Dr. Dupont. Ils ont parlé de l'Ukraine.", 2),
    ("fr", "« Nous ne céderons pas. » Le ministre a quitté la salle.", 2),
    ("es", "El Sr. Sánchez viajó a Rabat. Fue recibido por el rey.", 2),
    ("de", "Am 3. Dezember griff die Armee an. Dr. Müller sagte nichts.", 2),
    ("ru", "Путин встретился с Эрдоганом. Стороны обсудили Сирию! Что дальше?", 3),
    ("ru", "Он сказал: «Мы готовы.» Переговоры продолжатся.", 2),
    ("tr", "Dr. Yılmaz konuştu. Toplantı yarın yapılacak.", 2),
    ("ar", "قال الرئيس إن الهجوم بدأ. هل انتهى القتال؟ لا أحد يعرف.", 3),
]


@pytest.mark.parametrize(("lang", "text", "count"), CASES)
def test_sentence_count_and_offsets(lang: str, text: str, count: int) -> None:
    sentences = split_sentences(text, lang)
    assert len(sentences) == count
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()


def test_lines_are_paragraphs() -> None:
    text = "Title here\n\nFirst sentence. Second one.\nNew paragraph."
    sentences = split_sentences(text, "en")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]
    assert sentences[0].text == "Title here"


def test_empty_text_has_no_sentence() -> None:
    assert split_sentences("   \n\n ", "en") == []
