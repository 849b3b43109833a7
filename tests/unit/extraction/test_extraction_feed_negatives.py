"""Negatives a real feed carries in every language: election campaigns and parliamentary debates
that speak of offensives and rallies, blasts at chemical plants, weapons named by their role in a
purchase, and reviews of war films; each with the near-miss real event the rule must keep."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.genre import load_genres, parse_genre
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.languages import LANGUAGES
from vigie_extractor.core.triggers import TriggerDataError, load_categories, parse_language

# (lang, title, text): a campaign or a debate in parliament, told with fight and rally words.
POLITICS = [
    (
        "en",
        "Governor hopeful goes on the attack in swing state",
        "The candidate launched a fierce offensive against the incumbent at rallies in Milwaukee and "
        "Madison on Saturday, telling voters the state had been failed on housing.",
    ),
    (
        "fr",
        "Présidentielle : le candidat passe à l'offensive",
        "À dix jours du premier tour, le candidat a lancé une offensive contre son rival lors d'un "
        "meeting à Lille, promettant aux électeurs une baisse des impôts.",
    ),
    (
        "es",
        "La candidata lanza una ofensiva final antes de la segunda vuelta",
        "La candidata encabezó el domingo un mitin en Guayaquil en el que atacó a su rival y pidió a "
        "los votantes una mayoría clara, según las encuestas más recientes.",
    ),
    (
        "de",
        "Wahlkampf in Bayern: Spitzenkandidat geht in die Offensive",
        "Der Spitzenkandidat der Grünen attackierte bei einer Kundgebung in Augsburg die "
        "Regierungspartei scharf und warb um unentschlossene Wähler.",
    ),
    (
        "ru",
        "Предвыборная кампания: кандидат перешёл в наступление",
        "Кандидат от оппозиционной партии атаковал правящую партию на митинге в Бишкеке, пообещав "
        "избирателям снизить тарифы.",
    ),
    (
        "tr",
        "Seçim kampanyası kızıştı: Aday rakibine yüklendi",
        "Muhalefet partisinin adayı İzmir'deki mitingde iktidar partisine saldırdı ve seçmenlerden "
        "destek istedi.",
    ),
    (
        "ar",
        "الحملة الانتخابية تشتد في تونس",
        "شن المرشح هجوما على منافسه خلال مهرجان انتخابي في صفاقس، ودعا الناخبين إلى التصويت بكثافة.",
    ),
    (
        "fr",
        "Budget des armées : les députés s'affrontent",
        "Les députés se sont affrontés mardi sur le projet de loi de finances, l'opposition réclamant "
        "plus de missiles et de drones pour l'armée de terre.",
    ),
]


# (lang, title, text, category): a protest on an election page, a real attack on a chemical plant,
# weapons named by their role inside an arms delivery.
KEPT = [
    (
        "en",
        "Berlin sends missiles to Kyiv",
        "Germany announced on Monday a new package of long-range strike missiles and attack helicopters "
        "for Ukraine.",
        "military_aid",
    ),
    (
        "en",
        "Voters protest election result in Tbilisi",
        "Thousands of opposition supporters protested in Tbilisi on Monday against the official results, "
        "saying voters had been intimidated; the losing candidate joined the crowd.",
        "protest",
    ),
    (
        "de",
        "Wahlkampf: Tausende protestieren gegen Kandidaten",
        "Tausende Menschen haben am Sonntag in Leipzig gegen den Spitzenkandidaten einer Partei "
        "protestiert, die Polizei sprach von 12.000 Teilnehmern.",
        "protest",
    ),
    (
        "en",
        "Drones hit chemical plant in Nevinnomyssk",
        "Ukrainian drones struck a chemical plant in Nevinnomyssk overnight, causing an explosion and a "
        "fire, the regional governor said.",
        "airstrike",
    ),
    (
        "fr",
        "Des drones frappent une usine chimique à Novomoskovsk",
        "Des drones ukrainiens ont frappé mardi une usine chimique à Novomoskovsk, provoquant une "
        "explosion, selon le gouverneur.",
        "airstrike",
    ),
    (
        "ru",
        "Беспилотники атаковали химический завод в Новомосковске",
        "Украинские беспилотники атаковали ночью химический завод в Новомосковске, произошёл взрыв, "
        "сообщил губернатор.",
        "airstrike",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "category"), KEPT)
def test_real_protests_and_strikes_near_those_pages_are_kept(
    extractor: Extractor, lang: str, title: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, title=title)).events)
    assert category in [e.category for e in events], [(e.category, e.evidence.trigger) for e in events]


# (lang, text): a blast at a chemical plant with no army and no weapon of war named: an accident.
INDUSTRIAL = [
    ("fr", "Une explosion a secoué lundi une usine chimique de Dunkerque, blessant quatre salariés."),
    ("es", "Una explosión en una planta química de Huelva hirió el lunes a cinco operarios."),
    ("de", "Bei einer Explosion im Chemiepark Marl sind am Montag zwei Mitarbeiter verletzt worden."),
    ("ru", "Взрыв на химическом заводе в Новочебоксарске: пострадали трое рабочих."),
    ("tr", "Bursa'da bir kimya fabrikasında patlama meydana geldi, 4 işçi yaralandı."),
    ("ar", "انفجار في مصنع كيماوي بمدينة الجبيل يصيب ثلاثة عمال، وفق السلطات."),
    ("en", "An explosion ripped through a petrochemical plant in Gujarat on Monday, injuring seven."),
]


# (lang, text): weapons named by their role in a purchase or a fleet.
PROCUREMENT = [
    (
        "en",
        "Seoul will buy 36 attack helicopters and a batch of strike missiles under a deal signed on Monday.",
    ),
    ("fr", "L'Égypte a commandé douze hélicoptères d'attaque et des missiles de frappe, selon le ministère."),
    ("es", "Perú firmó el lunes la compra de ocho helicópteros de ataque para su ejército."),
    ("ru", "Министерство обороны Египта получит партию ударных вертолётов до конца года."),
    ("tr", "Filipinler, altı taarruz helikopteri alımı için sözleşme imzaladı."),
    ("ar", "وقعت وزارة الدفاع العراقية عقدا لشراء مروحيات هجومية جديدة."),
]


@pytest.mark.parametrize(("lang", "text"), INDUSTRIAL + PROCUREMENT)
def test_blasts_at_chemical_plants_and_weapons_named_by_their_role_are_no_attack(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, title, text): a review of a war film or series.
REVIEWS = [
    (
        "en",
        "Review: trench drama shells its audience for two hours",
        "The film bombards viewers with artillery barrages and ambushes, yet its soldiers never come alive.",
    ),
    (
        "fr",
        "Critique : une série de guerre qui en fait trop",
        "La nouvelle série suit des légionnaires au Tchad ; embuscades et bombardements s'enchaînent, mais "
        "le scénario tourne à vide.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), POLITICS + REVIEWS)
def test_campaigns_debates_and_reviews_give_no_alertable_event(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, title=title)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_reads_politics_pages_and_campaign_rallies(lang: str) -> None:
    cues = load_genres()[lang]
    assert "politics" in cues.domains
    assert cues.rally is not None


def test_politics_page_needs_two_cues_of_the_lead() -> None:
    cues = load_genres()["en"]
    assert cues.genre(fold("The candidate courted voters in swing states on Monday.")) == "politics"
    assert cues.genre(fold("Russian troops shelled Kharkiv overnight, the governor said.")) is None


def test_a_politics_or_rally_list_that_is_not_a_list_of_strings_is_refused() -> None:
    good: dict[str, object] = {
        k: ["x"] for k in ("sport", "business", "culture", "games", "evidence", "force", "opinion")
    }
    good["genres"] = {g: {"labels": ["x"]} for g in ("opinion", "analysis", "explainer", "anniversary")}
    assert parse_genre("en", {"lang": "en", "min_cues": 2, **good, "politics": ["voters"]}).domains[
        "politics"
    ]
    with pytest.raises(TriggerDataError, match="politics"):
        parse_genre("en", {"lang": "en", "min_cues": 2, **good, "politics": "voters"})
    with pytest.raises(TriggerDataError, match="rally"):
        parse_genre("en", {"lang": "en", "min_cues": 2, **good, "rally": [""]})


def test_a_weapon_role_list_is_validated_at_load() -> None:
    categories = load_categories()
    base = {"lang": "en", "triggers": {"assault": [{"p": "attack"}]}}
    lexicon = parse_language("en", {**base, "context": {"weapon_role": ["attack helicopters?"]}}, categories)
    assert lexicon.context.weapon_role is not None
    with pytest.raises(TriggerDataError, match="weapon_role"):
        parse_language("en", {**base, "context": {"weapon_role": ["attack ("]}}, categories)
    with pytest.raises(TriggerDataError, match="weapon_role"):
        parse_language("en", {**base, "context": {"weapon_role": "attack helicopters"}}, categories)
