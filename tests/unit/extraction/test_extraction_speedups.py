"""The extraction core's shortcuts give exactly what the plain computation gives: offsets moved by
``shifted`` instead of ``dataclasses.replace``, the sentence-boundary regex written to open with a
character class, the per-sentence clause breaks and sentence look-up of ``RecallText``, and the
aside commas opened without copying a text that has none."""

from __future__ import annotations

import random
import re
from dataclasses import FrozenInstanceError, replace
from datetime import date

import pytest

from vigie_extractor.core.analysis import shifted
from vigie_extractor.core.dates import DateMention
from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.knowledge.places import PlaceMention
from vigie_extractor.core.recall import RecallText, _breaks, load_recall
from vigie_extractor.core.sentences import _BOUNDARY, split_sentences
from vigie_extractor.core.triggers import LANGUAGES, load_lexicons

# --- shifted ---------------------------------------------------------------------------------------

MENTIONS = [
    ActorMention(3, 9, "Russia", "Russia", "RUS", None, "RUS"),
    ActorMention(0, 14, "Turkish troops", "Turkey military", "TUR", "MIL", "TURMIL", kind="adjective_role"),
    ActorMention(
        5, 20, "Erdoğan", "Recep Tayyip Erdoğan", "TUR", "GOV", "TURGOV", person="Erdoğan", office="p"
    ),
    PlaceMention(12, 19, "Kharkiv", "Kharkiv", "UKR", 49.99, 36.23, "city", 1_400_000),
    PlaceMention(0, 4, "Gaza", "Gaza", "PSE", 31.5, 34.47, "region"),
    DateMention(7, 13, "Monday", date(2026, 11, 23), "day", relative=True),
    DateMention(2, 8, "2020", None, "unknown", relative=False),
]


@pytest.mark.parametrize("mention", MENTIONS, ids=lambda m: f"{type(m).__name__}-{m.start}")
@pytest.mark.parametrize("offset", [0, 1, 250, 2999])
def test_shifted_equals_replace(mention: ActorMention | PlaceMention | DateMention, offset: int) -> None:
    moved = shifted(mention, offset)
    assert moved == replace(mention, start=mention.start + offset, end=mention.end + offset)
    assert type(moved) is type(mention)
    assert (mention.start, mention.end) == (MENTIONS[MENTIONS.index(mention)].start, mention.end)
    with pytest.raises(FrozenInstanceError):
        moved.start = 0  # type: ignore[misc]


def test_shifted_leaves_the_original_alone() -> None:
    original = PlaceMention(12, 19, "Kharkiv", "Kharkiv", "UKR", 49.99, 36.23, "city")
    moved = shifted(original, 100)
    assert (original.start, original.end, moved.start, moved.end) == (12, 19, 112, 119)
    assert hash(moved) == hash(replace(original, start=112, end=119))


# --- sentence boundaries -----------------------------------------------------------------------------

# the boundary regex as first written: every stop run with its closing quotes before white space, or a
# line break; the shipped regex must find exactly these matches (none dropped, none added)
_REFERENCE = re.compile(r"[.!?…؟۔]+[\"'»”’)\]]*(?=\s)|\n")

BOUNDARY_TEXTS = [
    "Mr. J. Smith arrived in the U.S. on Monday. He left on Friday.",
    "They said: 'We hold the town.' Fighting continued!!! Why?! Nobody knows…\nNext line.",
    "« Nous ne céderons pas. » Le ministre a quitté la salle.\n\nM. Dupont est venu.",
    "¿Quién atacó? El Sr. Sánchez viajó a Rabat.) Fue recibido por el rey.",
    "Am 3. Dezember griff die Armee an. „Wir sind bereit.“ Dr. Müller schwieg.",
    "Он сказал: «Мы готовы.» Переговоры продолжатся… Что дальше?\r\nКонец.",
    "Dr. Yılmaz konuştu. Toplantı yarın yapılacak.\tSaat 10'da.",
    "قال الرئيس إن الهجوم بدأ. هل انتهى القتال؟ لا أحد يعرف۔ انتهى",
    "no stop at the end.",
    "a.b.c. d..\u00a0e.\u2009f]\n\n\n",
    "",
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("text", BOUNDARY_TEXTS)
def test_boundary_regex_finds_the_reference_matches(text: str) -> None:
    assert _spans(_BOUNDARY, text) == _spans(_REFERENCE, text)


def test_boundary_regex_on_random_punctuation() -> None:
    rng = random.Random(11)
    alphabet = "ab X.!?…؟۔\"'»”’)]\n \t\u00a0«("
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert _spans(_BOUNDARY, text) == _spans(_REFERENCE, text), text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Strike on Kharkiv\n\nDrones hit the city. Two died!",
            ["Strike on Kharkiv", "Drones hit the city.", "Two died!"],
        ),
        (
            "fr",
            "Frappe à Kharkiv\n\nM. Dupont l'a dit. Deux morts.",
            ["Frappe à Kharkiv", "M. Dupont l'a dit.", "Deux morts."],
        ),
        (
            "es",
            "Ataque en Járkov\n\nEl Sr. Pérez habló. ¿Y ahora?",
            ["Ataque en Járkov", "El Sr. Pérez habló.", "¿Y ahora?"],
        ),
        (
            "de",
            "Angriff auf Charkiw\n\nAm 3. Dezember griff die Armee an.",
            ["Angriff auf Charkiw", "Am 3. Dezember griff die Armee an."],
        ),
        (
            "ru",
            "Удар по Харькову\n\nОн сказал: «Мы готовы.» Что дальше?",
            ["Удар по Харькову", "Он сказал: «Мы готовы.»", "Что дальше?"],
        ),
        (
            "tr",
            "Harkiv'e saldırı\n\nDr. Yılmaz konuştu. Saldırı sürdü.",
            ["Harkiv'e saldırı", "Dr. Yılmaz konuştu.", "Saldırı sürdü."],
        ),
        (
            "ar",
            "هجوم على حلب\n\nقال الجيش إن الهجوم بدأ. هل انتهى؟",
            ["هجوم على حلب", "قال الجيش إن الهجوم بدأ.", "هل انتهى؟"],
        ),
    ],
)
def test_headline_and_lead_sentences(lang: str, text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, lang)
    assert [s.text for s in sentences] == expected
    assert [s.paragraph for s in sentences][:2] == [0, 1]


# --- recall: per-sentence clause breaks and sentence look-up -------------------------------------

RECALL_SENTENCES = {
    "en": "Drones hit Odesa on Monday, days after a strike that killed five, officials said.",
    "fr": "Des drones ont frappé Odessa lundi, au lendemain d'une frappe qui a tué cinq personnes.",
    "es": "Drones atacaron Odesa el lunes, días después de un ataque que mató a cinco, según fuentes.",
    "de": "Drohnen trafen Odessa am Montag, Tage nach einem Angriff, bei dem fünf Menschen starben.",
    "ru": "Дроны атаковали Одессу в понедельник, через несколько дней после удара, который убил пятерых.",
    "tr": "İHA'lar pazartesi Odessa'yı vurdu, beş kişinin öldüğü saldırıdan günler sonra, valilik açıkladı.",
    "ar": "هاجمت طائرات مسيرة أوديسا يوم الاثنين، بعد أيام من هجوم أسفر عن مقتل خمسة، وفق مسؤولين.",
}


def _recall_text(folded: str, sentences: list[tuple[int, int]]) -> RecallText:
    return RecallText(folded=folded, sentences=sentences, dates=[], headline_end=None, news_end=0)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_breaks_are_worked_out_once_per_sentence(lang: str) -> None:
    cues = load_recall()[lang]
    first = fold(RECALL_SENTENCES[lang])
    folded = f"{first} {first}"
    spans = [(0, len(first)), (len(first) + 1, len(folded))]
    text = _recall_text(folded, spans)
    for span in spans:
        found = text.breaks(cues, span)
        assert found == _breaks(cues, folded, *span)
        assert found, "each sentence has a comma that ends a clause"
        assert text.breaks(cues, span) is found  # remembered, not recomputed
    assert text.breaks(cues, spans[0]) != text.breaks(cues, spans[1])  # one entry per sentence


def test_sentence_of_agrees_with_a_scan() -> None:
    spans = [(0, 10), (12, 30), (30, 31), (35, 60)]
    text = _recall_text("x" * 70, spans)
    for offset in range(-2, 72):
        expected = next(((lo, hi) for lo, hi in spans if lo <= offset < hi), (offset, offset + 1))
        assert text.sentence_of(offset) == expected, offset


def test_sentence_of_without_sentences() -> None:
    assert _recall_text("", []).sentence_of(5) == (5, 6)


def test_before_agrees_with_a_scan() -> None:
    spans = [(0, 10), (12, 30), (30, 31), (35, 60)]
    text = _recall_text("x" * 70, spans)
    for offset in range(-2, 72):
        expected = next((s for s in reversed(spans) if s[1] <= offset), None)
        assert text.before(offset) == expected, offset
    assert _recall_text("", []).before(5) is None


# --- asides ----------------------------------------------------------------------------------------


def _open_asides_reference(folded: str, lang: str) -> str:
    rules = load_lexicons()[lang].context
    assert rules.aside is not None
    out = list(folded)
    for m in re.finditer(r"([,،])([^,،.;:؛!?\n]{1,40}?)(?=([,،]))", folded):
        if rules.aside.fullmatch(m.group(2).strip()):
            out[m.start(1)] = out[m.start(3)] = " "
    return "".join(out)


ASIDE_CASES = [
    ("ar", "قال الجيش، الأحد، إن طائراته قصفت مواقع"),
    ("ar", "قال الجيش، في بيان، إن طائراته قصفت مواقع، وأضاف، الاثنين، أن"),
    ("ar", "قصفت الطائرات مواقع في حلب، وإدلب، وحماة"),
    ("ar", "لا فاصلة هنا"),
]


@pytest.mark.parametrize(("lang", "text"), ASIDE_CASES)
def test_open_asides_matches_the_plain_rewrite(lang: str, text: str) -> None:
    rules = load_lexicons()[lang].context
    folded = fold(text)
    opened = rules.open_asides(folded)
    assert opened == _open_asides_reference(folded, lang)
    assert len(opened) == len(folded)


def test_open_asides_returns_the_text_itself_when_nothing_opens() -> None:
    rules = load_lexicons()["ar"].context
    folded = fold("قصفت الطائرات مواقع في حلب، وإدلب، وحماة")
    assert rules.open_asides(folded) is folded
    with_aside = fold("قال الجيش، الأحد، إن طائراته قصفت مواقع")
    assert rules.open_asides(with_aside) != with_aside
