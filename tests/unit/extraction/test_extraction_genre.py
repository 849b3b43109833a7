"""Document genre: sports, business, culture and games pages, read from the headline and lead, ask
fights and threats for hard evidence; real attacks on such pages (a bomb at a stadium, a drone on a
refinery, sanctions on a bank) are kept. Also: films and books that retell a fight, past decades."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.genre import load_genres, parse_genre
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.triggers import TriggerDataError

# (lang, headline + lead, expected genre)
GENRES = [
    (
        "en",
        "Liverpool beat Everton 2-0 in the Merseyside derby as Salah scored from the penalty spot.",
        "sport",
    ),
    (
        "en",
        "Shares in Unilever fell 3% after the company cut its profit forecast for the quarter.",
        "business",
    ),
    ("en", "Russian troops shelled Kharkiv overnight, killing two civilians, the governor said.", None),
    ("fr", "L'OL s'impose 3-1 au stade Geoffroy-Guichard, doublé de son attaquant en championnat.", "sport"),
    ("fr", "Le film, présenté au festival de Cannes, sortira en salles en janvier.", "culture"),
    (
        "es",
        "Las acciones de Inditex subieron en bolsa tras unos beneficios récord en el trimestre.",
        "business",
    ),
    (
        "de",
        "Der Spielfilm des Regisseurs feierte auf der Berlinale Premiere und begeisterte das Publikum.",
        "culture",
    ),
    ("ru", "«Динамо» обыграло ЦСКА в дерби со счётом 2:1, гол забил нападающий команды.", "sport"),
    ("tr", "Yeni strateji oyunu konsol ve Steam için çıktı, oyuncular sunuculara akın etti.", "games"),
    ("ar", "فاز الأهلي على الزمالك بهدفين في مباراة الدوري المصري الممتاز على ستاد القاهرة.", "sport"),
]


@pytest.mark.parametrize(("lang", "text", "genre"), GENRES)
def test_genre_is_read_from_the_domain_cues_of_the_lead(lang: str, text: str, genre: str | None) -> None:
    assert load_genres()[lang].genre(fold(text)) == genre


# (lang, title, text): a fight, threat or sanction word on a sports, business, culture or games page.
NO_EVENT = [
    (
        "en",
        "Chelsea storm Villa Park",
        "Chelsea attacked relentlessly at Villa Park on Sunday and the striker struck twice as the "
        "Blues crushed Aston Villa 3-0 to climb to second in the league.",
    ),
    (
        "en",
        "Trump threatens 50% tariffs on EU wine",
        "President Donald Trump threatened on Friday to impose 50% tariffs on European wine, and shares "
        "in French spirits companies fell sharply in Paris.",
    ),
    (
        "fr",
        "La FIFA sanctionne le Maroc",
        "La commission de discipline de la FIFA a sanctionné jeudi la fédération marocaine d'une amende "
        "après des incidents en tribune lors du match face à l'Algérie au stade de Rabat.",
    ),
    (
        "fr",
        "« L'Assaut », un film sur la prise d'un village",
        "Le long-métrage, présenté au festival de Cannes, retrace l'attaque d'un village par des rebelles "
        "et sortira en salles le mois prochain.",
    ),
    (
        "es",
        "Aranceles: México amenaza a Washington",
        "El Gobierno mexicano amenazó el martes con imponer aranceles a las exportaciones de maíz "
        "estadounidense; las acciones de las empresas agrícolas cayeron en la bolsa.",
    ),
    (
        "de",
        "Discounter greift Rivalen an",
        "Der Discounter Netto hat am Montag die Preise für 300 Produkte gesenkt und damit einen Angriff "
        "auf Penny gestartet; die Aktien des Konzerns legten an der Börse zu.",
    ),
    (
        "ru",
        "ЦСКА атаковал весь матч",
        "ЦСКА атаковал весь матч и победил «Ростов» со счётом 2:0 на своём стадионе, нападающий "
        "команды забил оба гола.",
    ),
    (
        "tr",
        "Trabzonspor deplasmanda rakibini bombardımana tuttu",
        "Trabzonspor, Süper Lig'de deplasmanda Konyaspor'u 3-0 yendi; bordo-mavililer ikinci yarıda "
        "rakip kaleyi bombardımana tuttu ve taraftarlarını sevindirdi.",
    ),
    (
        "ar",
        "عقوبات على نادي الزمالك",
        "فرضت لجنة الانضباط في الاتحاد المصري لكرة القدم عقوبات على نادي الزمالك بعد أحداث مباراة "
        "الدوري الممتاز أمام الأهلي في ستاد القاهرة.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), NO_EVENT)
def test_fight_threat_and_sanction_words_on_genre_pages_give_no_alertable_event(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, title=title)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, title, text, category): a real event told on a sports or business page.
KEPT = [
    (
        "fr",
        "Niger : explosion meurtrière au stade de Tillabéri",
        "Un engin explosif a explosé dimanche dans le stade de Tillabéri pendant un match de football, "
        "tuant quatre spectateurs, selon des sources sécuritaires.",
        "assault",
    ),
    (
        "ar",
        "قتلى بانفجار في ملعب لكرة القدم",
        "قتل شخصان وأصيب خمسة آخرون بانفجار عبوة ناسفة داخل ملعب لكرة القدم في مدينة إدلب الأحد، وفق "
        "الدفاع المدني.",
        "assault",
    ),
    (
        "en",
        "Drones hit refinery as oil prices climb",
        "Ukrainian drones struck an oil refinery in the Russian city of Volgograd overnight, the governor "
        "said, as oil prices rose and shares in refiners fell.",
        "airstrike",
    ),
    (
        "en",
        "US sanctions Russian bank, shares slide",
        "The US Treasury on Tuesday imposed sanctions on a Russian bank and two trading companies; the "
        "bank's shares fell 8% in Moscow as investors sold.",
        "sanction",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "category"), KEPT)
def test_real_events_on_sport_and_business_pages_are_kept(
    extractor: Extractor, lang: str, title: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, title=title)).events)
    assert category in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]


def test_a_military_threat_on_a_business_page_is_kept(extractor: Extractor) -> None:
    text = (
        "Oil prices jumped and shares in shipping companies fell after Iran threatened on Monday to "
        "attack tankers in the Strait of Hormuz with missiles."
    )
    events = alertable(extractor.extract(doc(text, "en")).events)
    assert "threat" in {e.category for e in events}


# (lang, text): a war of past decades is history, not an alert.
DECADES = [
    (
        "es",
        "La serie muestra cómo el Ejército bombardeó los campamentos de la guerrilla en los años ochenta.",
    ),
    ("de", "Der Roman erinnert daran, wie Soldaten in den achtziger Jahren Dörfer in Afghanistan angriffen."),
]


@pytest.mark.parametrize(("lang", "text"), DECADES)
def test_fights_of_past_decades_are_historical(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


def test_a_genre_file_without_min_cues_or_with_an_unknown_key_is_refused() -> None:
    good: dict[str, object] = {
        k: ["x"] for k in ("sport", "business", "culture", "games", "evidence", "force", "opinion")
    }
    good["genres"] = {g: {"labels": ["x"]} for g in ("opinion", "analysis", "explainer", "anniversary")}
    assert parse_genre("en", {"lang": "en", "min_cues": 2, **good}).min_cues == 2
    with pytest.raises(TriggerDataError, match="min_cues"):
        parse_genre("en", {"lang": "en", **good})
    with pytest.raises(TriggerDataError, match="unknown keys"):
        parse_genre("en", {"lang": "en", "min_cues": 2, "weather": ["rain"], **good})
    with pytest.raises(TriggerDataError, match="evidence"):
        parse_genre("en", {"lang": "en", "min_cues": 2, **{**good, "evidence": []}})


# (lang, title, text): an opinion piece recalls the fights it does not date.
OPINION = [
    (
        "en",
        "Opinion: Kabul's fall still haunts Washington",
        "When the Taliban captured Kabul, America's longest war ended in chaos, and the lessons have not "
        "been learnt, writes our former Asia correspondent.",
    ),
    (
        "fr",
        "Tribune : ce que Barkhane nous a appris",
        "Quand les soldats français ont repris Gao aux jihadistes, l'opération semblait promise au succès, "
        "écrit l'auteur, ancien officier.",
    ),
    (
        "ru",
        "Колонка: уроки штурма Грозного",
        "Когда федеральные войска начали штурм Грозного, мало кто ждал долгих боёв, пишет наш обозреватель.",
    ),
    (
        "ar",
        "مقال: ماذا بقي من معركة الموصل",
        "حين اقتحمت القوات العراقية الموصل وطردت تنظيم الدولة، بدا أن صفحة الحرب طويت، "
        "يكتب الباحث في هذا المقال.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), OPINION)
def test_an_opinion_piece_recalls_the_fights_it_does_not_date(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, title=title)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


def test_a_dated_event_in_an_opinion_piece_stays_alertable(extractor: Extractor) -> None:
    text = (
        "Russian troops captured Pokrovsk on Tuesday after months of fighting, and the West has no "
        "answer, writes our former Moscow correspondent."
    )
    events = alertable(extractor.extract(doc(text, "en", title="Opinion: Europe's moment of truth")).events)
    assert "capture" in {e.category for e in events}


# (lang, text): a film, book or series that tells of a fight is no event (a narration verb before it).
TOLD = [
    ("en", "The documentary, premiered at the London Film Festival, recreates the attack on the base."),
    ("de", "Der Dokumentarfilm, der im Kino läuft, schildert den Angriff der Rebellen auf das Dorf."),
    ("ar", "فيلم جديد يروي هجوم المسلحين على قرية في سيناء، عرض في مهرجان القاهرة السينمائي."),
    ("es", "La película, que se estrena en el festival, recrea el ataque de la guerrilla contra el cuartel."),
]


@pytest.mark.parametrize(("lang", "text"), TOLD)
def test_a_fight_a_film_or_book_tells_is_a_topic(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, text): an exercise named by a compound, a Turkish denial at the end of a long clause.
NOT_ACTS = [
    (
        "de",
        "Die Bundeswehr hat ein Großmanöver begonnen, bei dem Soldaten einen Angriff auf Litauen abwehren.",
    ),
    (
        "tr",
        "Milli Savunma Bakanlığı, savaş uçaklarının Zaho'da bir köyü bombaladığı yönündeki haberleri "
        "perşembe günü yalanladı.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_ACTS)
def test_exercises_and_long_denials_are_not_acts(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


def test_a_fight_dated_years_back_in_a_review_is_history_even_beside_the_premiere_day(
    extractor: Extractor,
) -> None:
    text = (
        "Un documental sobre la ofensiva en la que el Ejército tomó la ciudad en 2002 se estrenó el jueves "
        "en el festival de cine, ante un público de cineastas y críticos."
    )
    events = extractor.extract(doc(text, "es", published="2026-11-20T10:00:00")).events
    assert alertable(events) == [], [(e.category, e.factuality) for e in events]


def test_a_state_at_war_named_with_a_war_zone_place_is_kept_on_a_sports_page(extractor: Extractor) -> None:
    title = "Russia launches offensive near Kharkiv"
    text = (
        "The league match between Metalist and Kolos at the city's stadium was called off on Thursday, "
        "the club said, and fans were told to stay at home."
    )
    events = alertable(extractor.extract(doc(text, "en", title=title)).events)
    assert "offensive" in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]
