"""Traps, table-driven in every language: metaphors, sport and business pages, history and
anniversaries, denials, threats that are not acts, and claims reported from a source."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

FIGHT_CATEGORIES = {"offensive", "clash", "shelling", "airstrike", "missile_strike", "capture", "assault"}

# (lang, text): no alertable event at all may come out.
NO_EVENT = [
    (
        "en",
        "The club launched a charm offensive to win back fans after the striker attacked the referee's "
        "decisions. Their offensive coordinator was bombarded with questions.",
    ),
    ("en", "Retailers are locked in a price war, and the chain launched an offensive on discount prices."),
    (
        "en",
        "Veterans gathered on Sunday to mark 80 years since the Ardennes offensive of 1944, when Allied "
        "troops fought in the snow.",
    ),
    ("fr", "La marque a lancé une offensive de charme auprès des clients, sur fond de guerre des prix."),
    ("fr", "L'attaquant du club a frappé deux fois et l'équipe a pris le contrôle du match face à Lyon."),
    (
        "fr",
        "Il y a 80 ans, les troupes alliées lançaient l'offensive des Ardennes, une bataille commémorée "
        "ce dimanche.",
    ),
    ("es", "El delantero lanzó un ataque tras otro y el equipo tomó el control del partido en el estadio."),
    ("es", "Las aerolíneas libran una guerra de precios y la empresa lanzó una ofensiva comercial."),
    (
        "de",
        "Die Mannschaft startete eine Offensive und der Stürmer griff in der zweiten Halbzeit immer "
        "wieder an.",
    ),
    ("de", "Im Preiskrieg der Discounter startete die Kette eine Werbeoffensive mit Rabatten für Kunden."),
    ("ru", "Компания начала наступление на рынок и объявила ценовую войну конкурентам."),
    ("ru", "85 лет назад под Москвой началось контрнаступление, память павших почтили минутой молчания."),
    ("tr", "Derbide ev sahibi takım hücum üstüne hücum yaptı ve forvet rakip savunmaya saldırdı."),
    ("tr", "Şirket fiyat savaşı başlattı ve müşterilere indirim yağdırdı."),
    ("ar", "شن الفريق هجوما متواصلا على مرمى المنافس وسجل المهاجم هدفين في المباراة."),
    ("ar", "أطلقت الشركة حملة لخفض الأسعار في السوق وسط حرب أسعار بين المتاجر."),
]


@pytest.mark.parametrize(("lang", "text"), NO_EVENT)
def test_metaphor_sport_business_and_history_give_no_alertable_event(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, text): names of clubs, storms and ships that are also places or countries.
NAMES = [
    ("en", "Hurricane Milton struck Florida overnight, and Jordan's team attacked from the first minute."),
    ("en", "The Kursk submarine sank in the Barents Sea in 2000, killing all 118 sailors."),
    ("fr", "Le Paris Saint-Germain a attaqué d'entrée et a pris le contrôle du match contre Lens."),
    ("es", "El Real Madrid atacó sin descanso en el Bernabéu y tomó el control del partido."),
    ("de", "Der FC Bayern griff immer wieder an, Dortmund verteidigte bis zum Schlusspfiff."),
    ("ru", "«Спартак» атаковал весь матч, а «Зенит» оборонялся у своих ворот."),
    ("tr", "Galatasaray maç boyunca saldırdı, Fenerbahçe savunmada kaldı."),
    ("ar", "هاجم الأهلي طوال المباراة بينما دافع الزمالك عن مرماه."),
]


@pytest.mark.parametrize(("lang", "text"), NAMES)
def test_names_used_as_places_or_things_give_no_event(extractor: Extractor, lang: str, text: str) -> None:
    assert extractor.extract(doc(text, lang)).events == []


# (lang, text, category): the denied act must not come out as asserted or reported.
NEGATED = [
    ("en", "Pakistan's military denied launching air strikes in Afghanistan on Thursday.", "airstrike"),
    ("fr", "L'armée russe a démenti avoir frappé un hôpital à Kharkiv avec des missiles.", "missile_strike"),
    ("es", "El ejército negó haber bombardeado la ciudad con artillería.", "shelling"),
    ("de", "Die Armee bestritt Luftangriffe auf die Stadt.", "airstrike"),
    ("tr", "Ordu, kente hava saldırısı düzenlendiği iddialarını yalanladı.", "airstrike"),
    ("ru", "Минобороны опровергло сообщения об авиаударе по Харькову.", "airstrike"),
    ("ar", "نفى الجيش الباكستاني شن غارات جوية على أفغانستان.", "airstrike"),
]


@pytest.mark.parametrize(("lang", "text", "category"), NEGATED)
def test_denials_are_not_asserted(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert not [e for e in alertable(events) if e.category == category]


def test_a_denial_keeps_the_event_as_negated(extractor: Extractor) -> None:
    events = extractor.extract(doc(NEGATED[0][1], "en")).events
    assert [(e.category, e.factuality) for e in events] == [("airstrike", "negated")]


# (lang, text): a threat from North Korea against South Korea, and no strike.
THREATS = [
    ("en", "North Korea threatened to launch missile strikes on South Korea if the drills go ahead."),
    ("fr", "La Corée du Nord a menacé de frapper la Corée du Sud avec des missiles."),
    ("es", "Corea del Norte amenazó con atacar a Corea del Sur con misiles."),
    ("de", "Nordkorea drohte Südkorea mit einem vernichtenden Raketenangriff."),
    ("ru", "КНДР пригрозила нанести ракетный удар по Южной Корее."),
    ("tr", "Kuzey Kore, Güney Kore'yi füze saldırısıyla tehdit etti."),
    ("ar", "هددت كوريا الشمالية بشن هجوم صاروخي على كوريا الجنوبية."),
]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_a_threat_is_a_threat_not_a_strike(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert not [e for e in events if e.category in FIGHT_CATEGORIES]
    threats = [e for e in events if e.category == "threat"]
    assert len(threats) == 1
    assert (threats[0].plover, threats[0].cameo[:2]) == ("THREATEN", "13")
    assert threats[0].source is not None and threats[0].source.country == "PRK"


# (lang, text): rebels took Hama, said by a source: reported, the rebels' country from the place.
REPORTED = [
    ("en", "Rebels captured the town of Hama, according to local residents."),
    ("fr", "Selon l'armée, les rebelles se sont emparés de la ville de Hama."),
    ("es", "Según fuentes locales, los rebeldes tomaron el control de Hama."),
    ("de", "Nach Angaben von Anwohnern eroberten die Rebellen die Stadt Hama."),
    ("ru", "По словам местных жителей, боевики захватили город Хаму."),
    ("tr", "Yerel kaynaklara göre muhalifler Hama kentini ele geçirdi."),
    ("ar", "وبحسب مصادر محلية، سيطرت الفصائل المسلحة على مدينة حماة."),
]


@pytest.mark.parametrize(("lang", "text"), REPORTED)
def test_claims_from_a_source_are_reported(extractor: Extractor, lang: str, text: str) -> None:
    events = [e for e in extractor.extract(doc(text, lang)).events if e.category == "capture"]
    assert len(events) == 1
    event = events[0]
    assert event.factuality == "reported"
    assert event.source is not None and event.source.country == "SYR"
    assert event.source.role in ("REB", "OPP", "INS")
    assert event.location is not None and event.location.country == "SYR"
    assert event.location.lat is not None


def test_unsupported_language_is_never_coded(extractor: Extractor) -> None:
    text = "Le forze russe hanno lanciato un'offensiva e attacchi aerei su Kharkiv."
    result = extractor.extract(doc(text, None))
    assert (result.lang, result.supported, result.lang_detected, result.events) == ("it", False, True, [])


def test_declared_language_is_trusted_and_detection_used_otherwise(extractor: Extractor) -> None:
    text = "Russian forces launched a ground offensive near Kharkiv on Monday."
    assert extractor.extract(doc(text, "en")).lang_detected is False
    assert extractor.extract(doc(text, "EN-us")).lang == "en"
    detected = extractor.extract(doc(text, None))
    assert (detected.lang, detected.lang_detected) == ("en", True)
    assert [e.category for e in detected.events] == ["offensive"]
