"""Feed items (a headline and a short description) in seven languages, table-driven: a byline, a
photo caption and a related story's headline are blanked before coding (a byline's "Reporter" is no
actor, a caption's city is no event place, a related headline is no event of this story), a
headline's "talks" told in the description as a phone call are that one call, and a bare comma joins
the two parties of a telegraphic headline ("Erdogan, Putin discuss ...")."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import alertable, doc, only_event, side

from vigie_extractor.core import Extractor
from vigie_extractor.core.boilerplate import load_boilerplate_masker, parse_boilerplate
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.triggers import TriggerDataError

PUBLISHED = "2026-11-24T12:00:00"

# (lang, a line as a feed gives it, what is left of it after masking)
BOILERPLATE = [
    ("en", "By Staff Reporter | Police fired tear gas", "police fired tear gas"),
    ("en", "Photo: Smoke rises over Beirut, November 12. REUTERS", ""),
    ("fr", "Mali\n\nPar Jean Dupont\nL'armée a repris Léré", "mali l'armee a repris lere"),
    ("fr", "(Photo : des manifestants à Tunis, le 21 novembre. AFP)", ""),
    ("es", "Por Redacción | Rusia lanzó drones", "rusia lanzo drones"),
    ("es", "Foto: EFE/Juan Ignacio Roncoroni", ""),
    ("de", "Von Anna Müller | Die Armee meldete", "die armee meldete"),
    ("de", "Bild: dpa", ""),
    ("ar", "لبنان\n\nبقلم محمد علي\nقصف إسرائيلي على جنوب لبنان", fold("لبنان قصف إسرائيلي على جنوب لبنان")),
    ("ar", "صورة: متظاهرون في شارع محمد الخامس", ""),
    ("tr", "Kiev\n\nHaber: Ayşe Yılmaz\nRusya Kiev'i vurdu", "kiev rusya kiev'i vurdu"),
    ("tr", "Fotoğraf: AA", ""),
    ("ru", "Белгород\n\nАвтор: Иван Петров\nВСУ атаковали Белгород", "белгород всу атаковали белгород"),
    ("ru", "Фото: ТАСС", ""),
    # the headline of a related story, on a line of its own or after the lead's last sentence
    ("en", "Troops left Kherson.\nRead also: Russian drones hit Kharkiv", "troops left kherson."),
    ("fr", "Léré a été reprise. Lire aussi : Au Niger, l'armée repousse une attaque", "lere a ete reprise."),
    ("es", "Protestaron en Lima.\nLea también: Rusia ataca Járkov", "protestaron en lima."),
    (
        "de",
        "Tausende demonstrierten.\nLesen Sie auch: Russland greift Charkiw an",
        "tausende demonstrierten.",
    ),
    ("ar", "تظاهر الآلاف في الرباط.\nاقرأ أيضا: إسرائيل تقصف جنوب لبنان", fold("تظاهر الآلاف في الرباط.")),
    ("tr", "İşçiler protesto düzenledi.\nİlgili haber: Rusya Harkiv'i vurdu", "isciler protesto duzenledi."),
    ("ru", "Тысячи вышли на протест.\nЧитайте также: Удар по Харькову", "тысячи вышли на протест."),
]
# Lines opened by the same words that are news, not boilerplate: left as they are.
NOT_BOILERPLATE = [
    "By Tuesday, Russian troops had taken the village of Udachne.",
    "Photos show the destroyed bridge near Kherson.",
    "Par ailleurs, l'armée malienne a repris la localité de Léré mardi.",
    "Por su parte, el Ejército colombiano informó de combates en Tibú.",
    "Von Montag an gilt in Odessa eine nächtliche Ausgangssperre.",
    "Фото разрушенного моста опубликовали в соцсетях.",
    "Related talks on a ceasefire in Gaza resumed in Cairo: Hamas sent a delegation.",
    "Der Minister sagte, Lesen Sie auch die Erklärung: Russland greift an.",
    # a headline opened by a byline word: the first line is never read as a byline closed by its end
    "Von der Leyen trifft Selenskyj\n\nDie Kommissionschefin ist in Kiew eingetroffen.",
    "Por qué Rusia ataca Kiev\n\nLos ataques se intensificaron.",
]


@pytest.mark.parametrize(("lang", "text", "rest"), BOILERPLATE)
def test_a_byline_or_a_caption_is_blanked_and_offsets_are_kept(lang: str, text: str, rest: str) -> None:
    folded = fold(text)
    masked = load_boilerplate_masker()(folded)
    assert len(masked) == len(folded)
    assert " ".join(masked.split()) == rest, lang


@pytest.mark.parametrize("text", NOT_BOILERPLATE)
def test_news_opened_by_the_same_words_is_left_alone(text: str) -> None:
    folded = fold(text)
    assert load_boilerplate_masker()(folded) == folded


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"captions": ["Photo"], "related": ["Read also"]}, "bylines"),
        ({"bylines": ["By"], "captions": [], "related": ["Read also"]}, "captions"),
        ({"bylines": ["By", 3], "captions": ["Photo"], "related": ["Read also"]}, "bylines"),
        ({"bylines": ["By"], "captions": ["Photo"]}, "related"),
    ],
)
def test_a_bad_boilerplate_file_is_refused_with_its_key(raw: Any, key: str) -> None:
    with pytest.raises(TriggerDataError, match=rf"boilerplate\.yaml: {key}"):
        parse_boilerplate(raw)


# (lang, headline, description, the event place expected, the caption's place that must not win)
CAPTIONED = [
    (
        "en",
        "Kenya police fire tear gas at protest",
        "Thousands marched through central Nairobi on Monday against new taxes.\n"
        "Photo: Protesters run from tear gas in Mombasa. (Reuters)",
        "protest",
        "Nairobi",
    ),
    (
        "fr",
        "Frappes israéliennes sur Tyr",
        "L'aviation israélienne a frappé la ville de Tyr lundi, selon l'armée.\n"
        "(Photo : des manifestants à Beyrouth, le 12 novembre 2026. AFP)",
        "airstrike",
        "Tyre",
    ),
]


@pytest.mark.parametrize("case", CAPTIONED)
def test_a_caption_names_no_place_and_no_event(
    extractor: Extractor, case: tuple[str, str, str, str, str]
) -> None:
    lang, title, text, category, place = case
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    assert [e.category for e in events] == [category]
    assert events[0].location is not None and events[0].location.name == place


def test_a_byline_reporter_is_no_side(extractor: Extractor) -> None:
    text = (
        "By Staff Reporter | Thousands of demonstrators marched through central Nairobi on Tuesday "
        "against new taxes before police dispersed them with tear gas."
    )
    title = "Kenya: Police fire tear gas at Nairobi cost-of-living protest"
    event = only_event(extractor.extract(doc(text, "en", PUBLISHED, title=title)).events, "protest")
    assert side(event.source) == ("KEN", "CVL")


# (lang, headline naming talks, description telling a phone call, source and target countries)
TALKS_TOLD_AS_A_CALL = [
    (
        "en",
        "Erdogan holds talks with Putin",
        "Turkish President Tayyip Erdogan spoke by phone with Russian President Vladimir Putin on Monday.",
        ("TUR", "RUS"),
    ),
    (
        "fr",
        "Macron et Erdogan se sont entretenus",
        "Emmanuel Macron s'est entretenu lundi au téléphone avec Recep Tayyip Erdogan, a indiqué l'Élysée.",
        ("FRA", "TUR"),
    ),
    (
        "es",
        "Sánchez y Lula se reúnen",
        "Pedro Sánchez habló este lunes por teléfono con el presidente brasileño, Luiz Inácio Lula da Silva.",
        ("ESP", "BRA"),
    ),
    (
        "de",
        "Merz führt Gespräche mit Macron",
        "Bundeskanzler Merz hat am Montag mit Präsident Macron telefoniert.",
        ("DEU", "FRA"),
    ),
    (
        "ar",
        "أردوغان يجري محادثات مع بوتين",
        "بحث الرئيس التركي رجب طيب أردوغان ونظيره الروسي فلاديمير بوتين في اتصال هاتفي يوم الاثنين "
        "التطورات في سوريا.",
        ("TUR", "RUS"),
    ),
    (
        "tr",
        "SON DAKİKA: Erdoğan, Putin ile görüştü",
        "Cumhurbaşkanı Erdoğan, Rusya Devlet Başkanı Putin ile pazartesi günü telefonda görüştü.",
        ("TUR", "RUS"),
    ),
    (
        "ru",
        "Путин и Эрдоган провели переговоры",
        "Владимир Путин в понедельник провёл телефонный разговор с Реджепом Тайипом Эрдоганом.",
        ("RUS", "TUR"),
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "sides"), TALKS_TOLD_AS_A_CALL)
def test_headline_talks_told_as_a_call_are_one_call(
    extractor: Extractor, lang: str, title: str, text: str, sides: tuple[str, str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    assert [e.category for e in events] == ["phone_call"], [(e.category, e.evidence.trigger) for e in events]
    assert {side(events[0].source)[0], side(events[0].target)[0]} == set(sides)


def test_headline_talks_with_another_leader_are_not_the_call(extractor: Extractor) -> None:
    title = "Erdogan holds talks with Putin"
    text = (
        "Turkish President Tayyip Erdogan spoke by phone with Iranian President Masoud Pezeshkian on Monday."
    )
    events = alertable(extractor.extract(doc(text, "en", PUBLISHED, title=title)).events)
    assert sorted(e.category for e in events) == ["meeting", "phone_call"]


def test_talks_held_at_a_named_place_are_no_call(extractor: Extractor) -> None:
    title = "Los cancilleres de Argentina y Chile se reúnen en Buenos Aires"
    text = (
        "Los cancilleres de Argentina y Chile se reunieron este lunes en Buenos Aires y mantendrán una "
        "conversación telefónica con su homólogo brasileño la próxima semana."
    )
    events = extractor.extract(doc(text, "es", PUBLISHED, title=title)).events
    meeting = only_event(events, "meeting")
    assert meeting.location is not None and meeting.location.name == "Buenos Aires"


# (lang, telegraphic headline, description, category, source and target countries in order)
COMMA_PAIRS = [
    ("en", "Erdogan, Putin discuss Syria by phone", "", "phone_call", ("TUR", "RUS")),
    (
        "en",
        "Pakistan, Afghanistan troops exchange fire at Chaman border crossing",
        "Pakistani and Afghan border forces exchanged heavy fire at the Chaman crossing on Monday.",
        "clash",
        ("PAK", "AFG"),
    ),
    (
        "en",
        "Modi, Starmer discuss trade deal and security in phone call",
        "Indian Prime Minister Narendra Modi spoke with his British counterpart Keir Starmer on Monday.",
        "phone_call",
        ("IND", "GBR"),
    ),
    ("tr", "Erdoğan, Putin ile görüştü", "", "meeting", ("TUR", "RUS")),
]


@pytest.mark.parametrize("case", COMMA_PAIRS)
def test_a_comma_joins_the_two_parties_of_a_headline(
    extractor: Extractor, case: tuple[str, str, str, str, tuple[str, str]]
) -> None:
    lang, title, text, category, sides = case
    event = only_event(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events, category)
    assert (side(event.source)[0], side(event.target)[0]) == sides


# Commas that join no pair: after a place opening the headline, around an apposition.
COMMA_NO_PAIR = [
    ("en", "In Kyiv, Russian drones hit a power plant", "", "airstrike", "RUS"),
    ("en", "Erdogan, Turkey's leader, holds phone talks with Putin", "", "phone_call", "TUR"),
]


@pytest.mark.parametrize("case", COMMA_NO_PAIR)
def test_a_comma_that_joins_no_pair_changes_no_side(
    extractor: Extractor, case: tuple[str, str, str, str, str]
) -> None:
    lang, title, text, category, source = case
    event = only_event(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events, category)
    assert side(event.source)[0] == source


# (lang, headline, lead ending with the link to a related story): the related headline is no event
RELATED_LINKS = [
    (
        "en",
        "Kenya protest",
        "Thousands marched through central Nairobi on Monday against new taxes.\n"
        "Read more: Russian drones hit Kharkiv power plant",
    ),
    (
        "fr",
        "Manifestation à Bamako",
        "Des centaines de personnes ont manifesté lundi à Bamako contre la vie chère.\n"
        "Lire aussi : Au Niger, l'armée repousse une attaque jihadiste près de Tillabéri",
    ),
    (
        "es",
        "Protesta en Lima",
        "Cientos de transportistas protestaron el lunes en Lima.\nLea también: Rusia ataca Járkov con drones",
    ),
    (
        "de",
        "Protest in Tiflis",
        "Tausende haben am Montag in Tiflis gegen die Regierung demonstriert.\n"
        "Lesen Sie auch: Russland greift Charkiw mit Drohnen an",
    ),
    ("ar", "مظاهرة في الرباط", "تظاهر الآلاف يوم الاثنين في الرباط.\nاقرأ أيضا: إسرائيل تقصف جنوب لبنان"),
    (
        "tr",
        "İstanbul'da protesto",
        "İşçiler pazartesi günü Kadıköy'de protesto düzenledi.\nİlgili haber: Rusya Harkiv'i vurdu",
    ),
    (
        "ru",
        "Протест в Тбилиси",
        "Тысячи человек в понедельник вышли на акцию протеста в Тбилиси.\n"
        "Читайте также: Российские войска нанесли удар по Харькову",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), RELATED_LINKS)
def test_a_related_story_headline_is_no_event(extractor: Extractor, lang: str, title: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    assert [e.category for e in events] == ["protest"], [(e.category, e.evidence.trigger) for e in events]
