"""Folding keeps offsets; the matcher finds whole words only; find() is fast enough."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.knowledge.actors import ActorLexicon
from vigie_extractor.core.knowledge.matcher import SurfaceMatcher
from vigie_extractor.core.knowledge.morphology import Morphology
from vigie_extractor.core.knowledge.normalise import fold


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Erdoğan'ın İSTANBUL", "erdogan'in istanbul"),
        ("Téhéran, Moscou", "teheran, moscou"),
        ("Ёлка Путина", "елка путина"),
        ("أحلب إيران السورية", "احلب ايران السوريه"),
        ("Türkiye’nin", "turkiye'nin"),
        ("Straße", "straße"),
    ],
)
def test_fold_keeps_length(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert len(fold(text)) == len(text)


def test_matcher_rules() -> None:
    matcher = SurfaceMatcher(Morphology.load().ar_proclitics)
    matcher.add("Suriye", 1, None)
    matcher.add("HTS", 2, None)
    matcher.add("الجيش", 3, "ar")
    matcher.add("army", 4, "en", "any")
    matcher.build()
    assert [(h.start, h.end) for h in matcher.find("Suriye'de ve Suriyeli", "tr")] == [(0, 9)]
    assert matcher.find("Suriye'de", "fr")[0].end == 6  # the suffix rule is Turkish only
    assert matcher.find("hts", "en") == []
    assert [h.payloads for h in matcher.find("HTS", "de")] == [(2,)]
    assert [(h.start, h.end) for h in matcher.find("وللجيش", "ar")] == [(1, 6)]
    assert [(h.start, h.end) for h in matcher.find("والجيش", "ar")] == [(1, 6)]
    assert matcher.find("الجيش", "en") == []
    assert [h.payloads for h in matcher.find("The Army", "en")] == [(4,)]
    assert matcher.find("armys", "en") == []


def test_a_form_shared_by_several_entries_keeps_those_that_hold() -> None:
    matcher = SurfaceMatcher()
    matcher.add("Georgia", 1, None)  # the country and the US state: one form, two payloads
    matcher.add("Georgia", 2, None)
    matcher.add("Niger", 3, None)  # a place in every language, and a capitalised word in one
    matcher.add("niger", 4, "fr", "any")
    matcher.build()
    assert [h.payloads for h in matcher.find("Georgia and georgia", "en")] == [(1, 2)]
    assert [h.payloads for h in matcher.find("Niger", "fr")] == [(3, 4)]
    assert [h.payloads for h in matcher.find("niger", "fr")] == [(4,)]
    assert [h.payloads for h in matcher.find("niger Niger", "en")] == [(3,)]


def test_morphology_expansions() -> None:
    morph = Morphology.load()
    assert {"турецкого", "турецкая", "турецкими"} <= set(morph.expand("турецкий|adj", "ru"))
    assert {"türkische", "türkischen", "türkischer"} <= set(morph.expand("türkisch|adj", "de"))
    assert set(morph.expand("syrienne|adj", "fr")) == {"syrienne", "syriennes"}
    assert set(morph.expand("francés|adj", "es")) == {"francés", "franceses"}
    assert {"السوري", "السورية", "السوريين", "سوريون"} <= set(morph.expand("سوري|nisba", "ar"))
    # Surnames in -ин/-ов take the instrumental -ым ("разговор с Путиным", "встреча с Лавровым").
    assert {"Путина", "Путину", "Путиным"} <= set(morph.expand("Путин", "ru", proper=True))
    assert "Лавровым" in morph.expand("Лавров", "ru", proper=True)
    assert morph.expand("Алеппо", "ru", proper=True) == ["Алеппо"]
    # After ж/ш/ч/щ the genitive is -и and the instrumental -ей: "с Камбоджей", "из Камбоджи".
    assert {"Камбоджи", "Камбоджей"} <= set(morph.expand("Камбоджа", "ru", proper=True))
    assert "Камбоджы" not in morph.expand("Камбоджа", "ru", proper=True)


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        ("Эрдоган провел телефонный разговор с Путиным.", "Путиным", "RUSGOV"),
        ("Фидан встретился с Сергеем Лавровым в Москве.", "Сергеем Лавровым", "RUSGOV"),
        ("Переговоры с Медведевым не состоялись.", "Медведевым", "RUS"),
    ],
)
def test_russian_instrumental_surnames_are_found(
    actor_lexicon: ActorLexicon, text: str, surface: str, code: str
) -> None:
    found = {m.text: m.code or "" for m in actor_lexicon.find(text, "ru", date(2026, 11, 19))}
    assert surface in found, found
    assert found[surface].startswith(code)
