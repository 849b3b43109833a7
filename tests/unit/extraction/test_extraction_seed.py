"""The seed article (French, 2024-12-03) and equivalent texts of our own in the six other languages:
each must yield the Erdogan-Putin phone call and the Syrian opposition offensive."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from extraction_helpers import doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor

# shared/ sits beside the repository (as in CI): the seed article is not copied into the repo.
SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"
SYRIAN_PLACES = {"Syria", "Aleppo", "Hama", "Idlib"}

# Written for this test: the same two facts as the seed, in each language's news style.
TEXTS = {
    "en": (
        "On 3 December 2024, Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin "
        "held a telephone conversation about the conflict between opposition factions and Syrian "
        "government forces. The Kremlin called for an immediate end to the opposition's offensive. "
        "Since 27 November 2024, opposition factions have been waging a military offensive against "
        "government forces in north-western Syria, advancing on several fronts around Aleppo and Hama."
    ),
    "es": (
        "El 3 de diciembre de 2024, el presidente turco Recep Tayyip Erdogan y el presidente ruso Vladímir "
        "Putin mantuvieron una conversación telefónica sobre el conflicto en Siria. Desde el 27 de "
        "noviembre de 2024, las facciones opositoras lanzaron una ofensiva militar contra las fuerzas "
        "gubernamentales en el noroeste de Siria y avanzaron hacia Alepo y Hama."
    ),
    "de": (
        "Am 3. Dezember 2024 führten der türkische Präsident Recep Tayyip Erdogan und der russische "
        "Präsident Wladimir Putin ein Telefongespräch über den Konflikt in Syrien. Seit dem 27. November "
        "2024 haben die Rebellen eine Offensive gegen die Regierungstruppen im Nordwesten Syriens "
        "gestartet und rücken auf Aleppo und Hama vor."
    ),
    "ru": (
        "3 декабря 2024 года президент Турции Реджеп Тайип Эрдоган и президент России Владимир Путин "
        "провели телефонный разговор о конфликте в Сирии. С 27 ноября 2024 года сирийские "
        "оппозиционные группировки ведут наступление на правительственные войска на северо-западе "
        "Сирии, продвигаясь к Алеппо и Хаме."
    ),
    "tr": (
        "Cumhurbaşkanı Recep Tayyip Erdoğan, 3 Aralık 2024'te Rusya Devlet Başkanı Vladimir Putin ile "
        "telefonda görüştü ve Suriye'deki çatışmaları ele aldı. Suriyeli muhalifler 27 Kasım 2024'te "
        "Suriye'nin kuzeybatısında hükümet güçlerine karşı kapsamlı bir saldırı başlattı ve Halep ile "
        "Hama'ya doğru ilerledi."
    ),
    "ar": (
        "أجرى الرئيس التركي رجب طيب أردوغان في 3 ديسمبر 2024 اتصالا هاتفيا مع الرئيس الروسي فلاديمير "
        "بوتين تناول النزاع في سوريا. ومنذ 27 نوفمبر 2024 شنت فصائل المعارضة السورية هجوما واسعا على "
        "القوات الحكومية في شمال غرب سوريا وتقدمت نحو حلب وحماة."
    ),
}


def _seed_text() -> str:
    files = sorted(SEEDS.glob("*.txt"))
    assert files, "seed article missing"
    return files[0].read_text("utf-8")


def _only(events: list[Event], category: str) -> Event:
    found = [e for e in events if e.category == category]
    assert len(found) == 1, [(e.category, e.evidence.trigger) for e in events]
    return found[0]


def _check(extractor: Extractor, text: str, lang: str) -> None:
    result = extractor.extract(doc(text, lang))
    assert result.supported and result.lang == lang
    call = _only(result.events, "phone_call")
    assert (call.plover, call.mode, call.cameo) == ("CONSULT", "phone", "041")
    assert call.source is not None and call.target is not None
    assert (call.source.code, call.source.person) == ("TURGOV", "Recep Tayyip Erdoğan")
    assert call.target.code == "RUSGOV"
    assert call.event_date == date(2024, 12, 3)
    assert call.factuality in ("asserted", "reported")

    offensive = _only(result.events, "offensive")
    assert offensive.plover == "FIGHT"
    assert offensive.source is not None
    assert offensive.source.role in ("REB", "OPP") and offensive.source.country == "SYR"
    assert offensive.location is not None and offensive.location.name in SYRIAN_PLACES
    assert offensive.location.country == "SYR"
    assert (offensive.event_date, offensive.date_precision) == (date(2024, 11, 27), "day")
    assert offensive.factuality == "asserted"
    for event in result.events:
        ev = event.evidence
        assert doc(text, lang).analysed_text[ev.trigger_start : ev.trigger_end] == ev.trigger
        assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
        assert 0.0 <= event.confidence <= 1.0


def test_french_seed_article(extractor: Extractor) -> None:
    _check(extractor, _seed_text(), "fr")


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_seed_equivalents(extractor: Extractor, lang: str) -> None:
    _check(extractor, TEXTS[lang], lang)


def test_seed_event_ids_follow_text_order(extractor: Extractor) -> None:
    events = extractor.extract(doc(_seed_text(), "fr")).events
    assert [e.event_id for e in events] == [f"t:{n}" for n in range(len(events))]
    starts = [e.evidence.trigger_start for e in events]
    assert starts == sorted(starts)
