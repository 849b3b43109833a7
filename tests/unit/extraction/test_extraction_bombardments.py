"""A bombardment that retells an air or missile strike, in every language: a later sentence's bare
"bombardment" (no artillery named) at the strike's place on its day is that strike, one event in the
category that names the means. Counter-examples: artillery named in the bombardment's sentence, or a
bombardment of another place, is a shelling of its own; a shelling told with a drone attack in one
sentence is a second attack."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.bombardments import fold_bombardments

PUBLISHED = "2026-11-18T10:00:00"  # a Wednesday

# (lang, text): an air strike, then its bombardment told again without a weapon -> one air strike
RETOLD = [
    (
        "en",
        "Israeli warplanes struck the town of Bint Jbeil in southern Lebanon on Tuesday, the state news "
        "agency reported. The bombardment flattened a two-storey building, it said.",
    ),
    (
        "fr",
        "Des avions de combat israéliens ont frappé mardi la ville de Bint Jbeil, dans le sud du Liban, "
        "selon l'agence officielle. Le bombardement a rasé un immeuble de deux étages.",
    ),
    (
        "es",
        "Aviones de combate israelíes atacaron el martes la localidad de Bint Jbeil, en el sur del "
        "Líbano, según la agencia oficial. El bombardeo derribó un edificio de dos plantas.",
    ),
    (
        "de",
        "Israelische Kampfjets haben am Dienstag die Stadt Bint Dschbail im Südlibanon angegriffen, "
        "meldete die staatliche Agentur. Das Bombardement zerstörte ein zweistöckiges Gebäude.",
    ),
    (
        "ru",
        "Израильские военные самолёты во вторник нанесли удар по городу Бинт-Джбейль на юге Ливана, "
        "сообщило государственное агентство. В результате бомбардировки разрушено двухэтажное здание.",
    ),
    (
        "tr",
        "İsrail savaş uçakları salı günü Lübnan'ın güneyindeki Bint Cubeyl kentine hava saldırısı "
        "düzenledi, resmi ajans bildirdi. Bombardımanda iki katlı bir bina yıkıldı.",
    ),
    (
        "ar",
        "شنّت طائرات حربية إسرائيلية، الثلاثاء، غارة على مدينة بنت جبيل في جنوب لبنان، بحسب الوكالة "
        "الرسمية. وأدى القصف إلى تدمير مبنى من طابقين.",
    ),
]

# (lang, text): an air strike, then artillery shelling another town -> two events
SHELLED_ELSEWHERE = [
    (
        "en",
        "Israeli warplanes struck the town of Bint Jbeil in southern Lebanon on Tuesday, the state news "
        "agency reported. Israeli artillery also shelled the outskirts of Khiam, it said.",
    ),
    (
        "fr",
        "Des avions de combat israéliens ont frappé mardi la ville de Bint Jbeil, dans le sud du Liban, "
        "selon l'agence officielle. L'artillerie israélienne a par ailleurs pilonné les abords de Khiam.",
    ),
    (
        "es",
        "Aviones de combate israelíes atacaron el martes la localidad de Bint Jbeil, en el sur del "
        "Líbano, según la agencia oficial. La artillería israelí bombardeó además las afueras de Jiam.",
    ),
    (
        "de",
        "Israelische Kampfjets haben am Dienstag die Stadt Bint Dschbail im Südlibanon angegriffen, "
        "meldete die staatliche Agentur. Die israelische Artillerie beschoss zudem den Rand von Khiam.",
    ),
    (
        "ru",
        "Израильские военные самолёты во вторник нанесли удар по городу Бинт-Джбейль на юге Ливана, "
        "сообщило государственное агентство. Израильская артиллерия также обстреляла окрестности Хиама.",
    ),
    (
        "tr",
        "İsrail savaş uçakları salı günü Lübnan'ın güneyindeki Bint Cubeyl kentine hava saldırısı "
        "düzenledi, resmi ajans bildirdi. İsrail topçusu ayrıca Hiyam'ın çevresini bombaladı.",
    ),
    (
        "ar",
        "شنّت طائرات حربية إسرائيلية، الثلاثاء، غارة على مدينة بنت جبيل في جنوب لبنان، بحسب الوكالة "
        "الرسمية. كما قصفت المدفعية الإسرائيلية أطراف بلدة الخيام.",
    ),
]


def _categories(extractor: Extractor, lang: str, text: str) -> list[str]:
    return sorted(e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events))


@pytest.mark.parametrize(("lang", "text"), RETOLD, ids=[lang for lang, _ in RETOLD])
def test_bombardment_retelling_an_air_strike_is_that_strike(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert _categories(extractor, lang, text) == ["airstrike"]


@pytest.mark.parametrize(("lang", "text"), SHELLED_ELSEWHERE, ids=[lang for lang, _ in SHELLED_ELSEWHERE])
def test_artillery_shelling_another_town_is_a_second_event(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert _categories(extractor, lang, text) == ["airstrike", "shelling"]


def test_shelling_and_drone_attack_of_one_sentence_stay_two(extractor: Extractor) -> None:
    text = (
        "Russian forces bombarded residential areas of Kherson on Tuesday, while a drone attack hit a "
        "bus in the village of Bilozerka, the regional administration said."
    )
    assert _categories(extractor, "en", text) == ["airstrike", "shelling"]


def test_fold_keeps_an_unarmed_shelling_with_no_strike_before_it(extractor: Extractor) -> None:
    text = "Russian forces bombarded Kherson on Tuesday, the regional administration said."
    events = extractor.extract(doc(text, "en", PUBLISHED)).events
    assert fold_bombardments(events, {e.event_id for e in events}) == events
