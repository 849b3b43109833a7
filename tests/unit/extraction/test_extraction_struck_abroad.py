"""Sides a strike's place does not give: an embassy hit abroad is its country's target, never the
striker, and the place's country is then no side; an armed group that fights across borders takes
the country where it acts (the PKK in Iraq), and keeps its own at home (near misses)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie_extractor.core import Extractor

# (lang, text, (source side), (target side)) - the embassy's country is the target, GOV
EMBASSIES = [
    (
        "en",
        "A mortar round hit the Egyptian embassy in Khartoum on Sunday, damaging its outer wall.",
        (None, None),
        ("EGY", "GOV"),
    ),
    (
        "fr",
        "Un obus a frappé dimanche l'ambassade de Turquie à Khartoum, sans faire de victimes.",
        (None, None),
        ("TUR", "GOV"),
    ),
    (
        "es",
        "Un dron impactó el domingo contra la embajada de Italia en Jartum sin causar víctimas.",
        (None, None),
        ("ITA", "GOV"),
    ),
    (
        "ru",
        "В воскресенье в Хартуме снаряд попал в здание посольства Египта, никто не пострадал.",
        (None, None),
        ("EGY", "GOV"),
    ),
    (
        "ar",
        "سقطت قذيفة مدفعية يوم الأحد على مقر السفارة المصرية في الخرطوم دون إصابات.",
        (None, None),
        ("EGY", "GOV"),
    ),
    (
        "tr",
        "Hartum'da Pazar günü Mısır Büyükelçiliği binasına bir top mermisi isabet etti.",
        (None, None),
        ("EGY", "GOV"),
    ),
    (
        "de",
        "Bei einem russischen Raketenangriff auf Kiew wurde am Sonntag die tschechische Botschaft getroffen.",
        ("RUS", "MIL"),
        ("CZE", "GOV"),
    ),
]

# (lang, text, the group's side (country, role))
GROUPS = [
    ("en", "Turkish jets struck PKK hideouts near Zakho in northern Iraq on Monday.", ("IRQ", "REB")),
    (
        "de",
        "Die türkische Luftwaffe hat am Montag PKK-Stellungen bei Zakho im Nordirak bombardiert.",
        ("IRQ", "REB"),
    ),
    (
        "ar",
        "قصفت طائرات تركية يوم الاثنين مواقع لحزب العمال الكردستاني قرب زاخو شمالي العراق.",
        ("IRQ", "REB"),
    ),
    ("fr", "Des combattants de Boko Haram ont tué six civils lundi à Kolofata, au Cameroun.", ("CMR", "REB")),
    (
        "es",
        "Milicianos de Al Shabab atacaron el lunes una base militar en Mandera, en Kenia.",
        ("KEN", "REB"),
    ),
]

# near misses: the same groups at home keep their own country
GROUPS_AT_HOME = [
    (
        "en",
        "PKK militants attacked a military outpost in Hakkari on Monday, killing two soldiers.",
        ("TUR", "REB"),
    ),
    ("fr", "Des combattants de Boko Haram ont attaqué lundi un camp militaire à Maiduguri.", ("NGA", "REB")),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), EMBASSIES)
def test_a_struck_embassy_is_its_country_target(
    extractor: Extractor,
    lang: str,
    text: str,
    source: tuple[str | None, str | None],
    target: tuple[str | None, str | None],
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert events, lang
    assert (side(events[0].source), side(events[0].target)) == (source, target)


@pytest.mark.parametrize(("lang", "text", "group"), GROUPS)
def test_a_group_abroad_takes_the_country_where_it_acts(
    extractor: Extractor, lang: str, text: str, group: tuple[str, str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert len(events) == 1, [(e.category, e.evidence.trigger) for e in events]
    assert group in (side(events[0].source), side(events[0].target))


@pytest.mark.parametrize(("lang", "text", "group"), GROUPS_AT_HOME)
def test_a_group_at_home_keeps_its_country(
    extractor: Extractor, lang: str, text: str, group: tuple[str, str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert events
    assert side(events[0].source) == group


# (lang, text, the wounded side): soldiers hurt abroad are the target, not the striker
WOUNDED_ABROAD = [
    (
        "ru",
        "Трое турецких военных получили ранения во вторник при атаке беспилотника на базу под Идлибом.",
        ("TUR", "MIL"),
    ),
    (
        "ru",
        "Двое французских военных во вторник получили ранения при обстреле базы под Мосулом.",
        ("FRA", "MIL"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "wounded"), WOUNDED_ABROAD)
def test_soldiers_wounded_abroad_are_the_target(
    extractor: Extractor, lang: str, text: str, wounded: tuple[str, str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-25T10:00:00")).events)
    assert events, lang
    assert (side(events[0].source), side(events[0].target)) == ((None, None), wounded)
