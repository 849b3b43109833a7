"""Sanctions that nobody imposes in the sentence are no sanction event: evaded, breached, annulled,
lifted or felt (``sanction_topic`` in ``data/triggers/<lang>.yaml``, ``context.sanction_topic``).
Near misses: the same sanctions imposed."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str) -> list[str]:
    return [e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)]


# (lang, sanctions as a topic, sanctions imposed)
SANCTIONS = [
    (
        "en",
        "Estonian customs on Tuesday detained a ship suspected of evading sanctions on Russian oil.",
        "The European Union on Tuesday imposed sanctions on 40 ships carrying Russian oil.",
    ),
    (
        "en",
        "The EU General Court on Tuesday annulled sanctions on a Russian fertiliser magnate.",
        "Britain on Tuesday imposed sanctions on a Russian fertiliser magnate.",
    ),
    (
        "fr",
        "Un armateur grec est soupçonné d'avoir contourné les sanctions visant le pétrole russe.",
        "L'Union européenne a adopté mardi des sanctions visant le pétrole russe.",
    ),
    (
        "fr",
        "Les sanctions ont plongé des millions d'Iraniens dans la pauvreté, selon l'ONU.",
        "Washington a imposé mardi des sanctions à des responsables iraniens.",
    ),
    (
        "de",
        "Ein Hamburger Händler soll Sanktionen gegen Russland umgangen haben, teilte der Zoll mit.",
        "Die EU hat am Dienstag neue Sanktionen gegen Russland verhängt.",
    ),
    (
        "de",
        "Das EU-Gericht hat am Dienstag Sanktionen gegen einen russischen Bankier aufgehoben.",
        "Die EU hat am Dienstag Sanktionen gegen einen russischen Bankier verhängt.",
    ),
    (
        "es",
        "El Tribunal General de la UE anuló este martes las sanciones a un banquero ruso.",
        "La Unión Europea impuso este martes sanciones a un banquero ruso.",
    ),
    (
        "ru",
        "Суд ЕС во вторник отменил санкции против российского банкира.",
        "Евросоюз во вторник ввел санкции против российского банкира.",
    ),
    (
        "tr",
        "Yaptırımları deldiğinden şüphelenilen bir tanker salı günü Estonya'da durduruldu.",
        "ABD salı günü İran'a yeni yaptırımlar uyguladı.",
    ),
    (
        "ar",
        "ألغت المحكمة العامة للاتحاد الأوروبي الثلاثاء العقوبات على مصرفي روسي.",
        "فرض الاتحاد الأوروبي الثلاثاء عقوبات على مصرفي روسي.",
    ),
]


@pytest.mark.parametrize(("lang", "topic", "imposed"), SANCTIONS)
def test_sanctions_nobody_imposes_are_no_event(
    extractor: Extractor, lang: str, topic: str, imposed: str
) -> None:
    assert "sanction" not in _alertable(extractor, lang, topic)


@pytest.mark.parametrize(("lang", "topic", "imposed"), SANCTIONS)
def test_sanctions_imposed_are_an_event(extractor: Extractor, lang: str, topic: str, imposed: str) -> None:
    assert "sanction" in _alertable(extractor, lang, imposed)
