"""Full French and German articles: what their paragraphs other than the news tell raises no alert.

A dpa dateline without a date ("Kiew (dpa) -", "Kairo/Khartum (dpa) -") names no place; a
commentator quoted as speaker ("..., estime un chercheur", "..., sagt ein Sahel-Experte"), a sentence
opening on analysts' views or on a period up to now ("Depuis, ...", "Seither ..."), a pluperfect with
"déjà", a war game's scenario named in the sentence, in the headline ("Et si ... ?", "Planspiel") or
carried on by the next sentence ("Daraufhin ..."), travel advice, police sent to a match, a sanction
named again with a demonstrative and a book's account of a battle are no news. Each case has its
near miss: the same words told as news stay alertable."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.frames import headline, previous_sentence

PUBLISHED = "2026-11-20T10:00:00"  # a Friday


def _alertable(extractor: Extractor, lang: str, text: str, title: str = "") -> list[tuple[str, str]]:
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    return [(e.category, e.factuality) for e in alertable(events)]


def test_the_dpa_dateline_city_is_not_the_event_place(extractor: Extractor) -> None:
    text = (
        "Bamako (dpa) - Bei einem Überfall auf einen Konvoi nahe der Stadt Kayes sind nach Angaben aus "
        "Sicherheitskreisen mindestens 30 Soldaten getötet worden."
    )
    places = [
        e.location.name
        for e in alertable(extractor.extract(doc(text, "de", PUBLISHED)).events)
        if e.location is not None and e.location.is_event_place
    ]
    assert places == ["Kayes"]


# The news of each language's article, then one more paragraph: only that paragraph varies.
LEADS = {
    "fr": (
        "Le président français en visite à Kinshasa",
        "KINSHASA, 20 novembre (AFP) - Le président français est arrivé jeudi à Kinshasa pour une visite "
        "officielle de deux jours, a annoncé l'Élysée.",
        "visit",
    ),
    "de": (
        "Merz telefoniert mit Selenskyj",
        "Berlin (dpa) - Bundeskanzler Friedrich Merz hat am Donnerstag mit dem ukrainischen Präsidenten "
        "Wolodymyr Selenskyj telefoniert, teilte ein Regierungssprecher mit.",
        "phone_call",
    ),
}


def _article_events(extractor: Extractor, lang: str, paragraph: str) -> list[str]:
    title, lead, _ = LEADS[lang]
    return [c for c, _ in _alertable(extractor, lang, f"{lead}\n\n{paragraph}", title=title)]


# (lang, paragraph): background, commentary or imagined acts: the article keeps its news only
NOT_NEWS = [
    # a commentator as speaker, retelling the news or guessing what comes next
    (
        "fr",
        "« La prise de Mwenga ouvre la route de Kamituga et pourrait permettre au M23 de menacer "
        "Uvira », analyse un chercheur congolais, qui redoute « une nouvelle offensive des rebelles "
        "d'ici à la fin de l'année ».",
    ),
    (
        "fr",
        "« Sans renseignement, l'armée ne peut que réagir », estime un ancien officier burkinabè, pour "
        "qui l'attaque des jihadistes contre Djibo « ne sera pas la dernière ».",
    ),
    (
        "de",
        "«Die Einnahme von Dilling durch die RSF war ein Schock für die Armee», sagt ein Sudan-Experte "
        "der Stiftung Wissenschaft und Politik.",
    ),
    (
        "de",
        "«Die RSF haben Dilling eingenommen, um Kadugli abzuschneiden», meint eine Politologin der "
        "Universität Hamburg.",
    ),
    # analysts open the sentence
    ("fr", "Selon des économistes, l'effet de ces sanctions contre la Russie pourrait rester limité."),
    ("de", "Analysten halten einen Vorstoß der RSF auf Kadugli in den kommenden Wochen für wahrscheinlich."),
    # a recap of the period up to now
    ("fr", "Depuis, les combats entre l'armée et les FSR se sont déplacés vers le Kordofan."),
    ("fr", "Depuis le début de la guerre, les FSR ont bombardé El-Obeid à plusieurs reprises."),
    ("de", "Seither haben russische Truppen Cherson fast täglich mit Artillerie beschossen."),
    # the pluperfect with "déjà"
    (
        "fr",
        "Un bombardement de drone des FSR près de Kadugli avait déjà tué cinq personnes au début du mois.",
    ),
    # a scenario named in its own sentence, a threat included, or carried on by the next sentence
    (
        "fr",
        "Des missiles chinois s'abattent sur Taïwan et Pékin menace de frapper toute flotte américaine "
        "qui briserait le blocus : c'est le scénario qu'ont joué d'anciens diplomates.",
    ),
    (
        "de",
        "Im Szenario nehmen russische Truppen die Stadt Narva ein. Die Nato-Verbände starten daraufhin "
        "einen Gegenangriff, unterstützt von Luftschlägen.",
    ),
    # a commentator's speech carried on in Konjunktiv I
    (
        "de",
        "«Die Blockade ist eine Strategie der Erschöpfung», sagt ein Sahel-Experte. Ein Angriff der "
        "JNIM auf Bamako sei derzeit aber unwahrscheinlich.",
    ),
    # travel advice, police sent to a match
    ("fr", "Paris déconseille formellement les voyages au Mali."),
    (
        "de",
        "Das Auswärtige Amt rät weiterhin dringend von Reisen nach Mali ab, wo Dschihadisten "
        "Armeeposten angreifen.",
    ),
    # a habit, a series over past months, the pluperfect of a claim
    ("fr", "L'Algérie a plusieurs fois protesté contre les frappes de drones maliens près de sa frontière."),
    (
        "de",
        "Die US-Armee flog in den vergangenen Monaten Dutzende Luftangriffe auf Stellungen von Al-Shabaab.",
    ),
    (
        "fr",
        "Le 14 juillet 2016, un homme avait foncé avec un camion sur la foule à Nice. L'attaque avait "
        "été revendiquée par le groupe État islamique.",
    ),
    ("fr", "La préfecture de police avait mobilisé près de 1 200 policiers et gendarmes autour du stade."),
    ("de", "Die Stadt hat für das Derby rund 1.200 Polizisten und Einsatzkräfte mobilisiert."),
]

# (lang, paragraph, categories): the near misses, news told in the same words, events of their own
NEWS = [
    (
        "fr",
        "Les rebelles du M23 ont lancé jeudi une nouvelle offensive vers Uvira, a indiqué un "
        "porte-parole de l'armée congolaise.",
        "offensive",
    ),
    ("de", "«Die RSF haben Dilling eingenommen», sagte ein Armeesprecher.", "capture"),
    ("fr", "Selon l'armée, les FSR ont bombardé jeudi un marché d'El-Obeid, tuant douze civils.", "shelling"),
    ("de", "Nach Angaben der Armee haben die RSF am Donnerstag Dilling eingenommen.", "capture"),
    ("fr", "Depuis jeudi, les FSR bombardent El-Obeid, selon des médecins.", "shelling"),
    (
        "fr",
        "Un bombardement de drone des FSR a tué cinq personnes jeudi près de Kadugli, selon des médecins.",
        "airstrike",
    ),
    (
        "fr",
        "Pékin a menacé jeudi de frapper toute flotte américaine qui tenterait de briser le blocus "
        "de Taïwan.",
        "threat",
    ),
    (
        "de",
        "Russische Truppen haben am Donnerstag das Dorf Sofijiwka eingenommen. Die ukrainische Armee "
        "beschoss daraufhin russische Stellungen bei Myrnohrad mit Artillerie.",
        "capture shelling",
    ),
    (
        "de",
        "«Wir wurden um fünf Uhr angegriffen», sagte ein Armeesprecher. Die RSF hätten Dilling mit "
        "Artillerie beschossen.",
        "shelling",
    ),
    ("fr", "La Russie a mobilisé 5 000 réservistes près de la frontière finlandaise.", "mobilisation"),
    ("de", "Litauen hat 1.500 Reservisten mobilisiert und an die Grenze verlegt.", "mobilisation"),
    ("fr", "Les Vingt-Sept ont adopté jeudi de nouvelles sanctions contre la Russie.", "sanction"),
    # a quoted call for restraint is an appeal, not a phone call
    ("fr", "Le Quai d'Orsay a appelé « toutes les parties à la plus grande retenue » au Soudan.", "appeal"),
    (
        "fr",
        "Des drones maliens ont frappé jeudi un camp près de la frontière algérienne, selon des témoins.",
        "airstrike",
    ),
    ("de", "Die US-Armee flog am Donnerstag einen Luftangriff auf Stellungen von Al-Shabaab.", "airstrike"),
    ("de", "Russland hat am Donnerstag Raketen auf Odessa abgefeuert.", "missile_strike"),
    # a gathering of fighters struck is no rally, a rally is one
    (
        "fr",
        "Des drones de l'armée ont frappé jeudi un rassemblement de rebelles près de Kidal, selon "
        "l'état-major.",
        "airstrike",
    ),
    (
        "fr",
        "Des milliers de personnes ont participé jeudi à un rassemblement contre la junte à Bamako.",
        "protest",
    ),
    # protests named as the reason of a sanction are no protest of the day
    (
        "fr",
        "L'UE a adopté jeudi des sanctions contre des policiers géorgiens pour la répression des "
        "manifestations à Tbilissi.",
        "sanction",
    ),
    (
        "de",
        "Die EU verhängte am Donnerstag wegen der gewaltsamen Niederschlagung von Protesten in Georgien "
        "Einreiseverbote.",
        "sanction",
    ),
    # an attack repelled with helicopters is the attack, not an air strike
    (
        "de",
        "Al-Shabaab-Kämpfer griffen am Donnerstag einen Armeestützpunkt bei Moqokori an. Die Armee habe "
        "den Angriff mit Kampfhubschraubern zurückgeschlagen, sagte ein Offizier.",
        "clash",
    ),
]


@pytest.mark.parametrize(("lang", "paragraph"), NOT_NEWS)
def test_background_commentary_and_scenarios_raise_no_alert(
    extractor: Extractor, lang: str, paragraph: str
) -> None:
    assert _article_events(extractor, lang, paragraph) == [LEADS[lang][2]]


@pytest.mark.parametrize(("lang", "paragraph", "categories"), NEWS)
def test_the_same_words_told_as_news_stay(
    extractor: Extractor, lang: str, paragraph: str, categories: str
) -> None:
    assert sorted(_article_events(extractor, lang, paragraph)) == sorted(
        [LEADS[lang][2], *categories.split()]
    )


# (lang, what-if headline, news headline, text): the headline frames the whole article
SCENARIO_BODY = {
    "fr": (
        "« Le plus frappant, c'est la lenteur de la réaction : il a fallu dix jours pour que les "
        "Vingt-Sept adoptent des sanctions contre Pékin », explique un ancien ambassadeur."
    ),
    "de": "Die EU verhängte nach zehn Tagen Sanktionen gegen China, berichten die Teilnehmer.",
}
HEADLINES = [
    ("fr", "Et si la Chine imposait un blocus à Taïwan ?", "Taïwan : l'UE sanctionne Pékin"),
    ("fr", "Taïwan : une simulation révèle les failles européennes", "Taïwan : l'UE sanctionne Pékin"),
    ("de", "Was wäre, wenn China Taiwan blockiert?", "EU verhängt Sanktionen gegen China"),
    (
        "de",
        "Planspiel in Berlin: Europa reagiert zu langsam auf eine Blockade Taiwans",
        "EU verhängt Sanktionen gegen China",
    ),
]


@pytest.mark.parametrize(("lang", "what_if", "news"), HEADLINES)
def test_a_what_if_headline_frames_its_article(
    extractor: Extractor, lang: str, what_if: str, news: str
) -> None:
    body = SCENARIO_BODY[lang]
    assert _alertable(extractor, lang, body, title=what_if) == []
    assert "sanction" in [c for c, _ in _alertable(extractor, lang, body, title=news)]


# (lang, title, text): a book review's account of an old battle; the news of a battle stays
BOOK_REVIEW = (
    "de",
    "Ein Reporter rekonstruiert die Schlacht um Bachmut",
    "In seinem neuen Buch rekonstruiert ein Kriegsreporter die Schlacht um Bachmut. Der Autor stützt "
    "sich auf Gespräche mit Soldaten. Eindringlich beschreibt er, wie Wagner-Kämpfer in Wellen "
    "angriffen und die ukrainischen Verteidiger sich Haus um Haus zurückzogen.",
)


def test_a_book_review_tells_no_battle(extractor: Extractor) -> None:
    lang, title, text = BOOK_REVIEW
    assert _alertable(extractor, lang, text, title=title) == []


def test_a_battle_told_as_news_stays(extractor: Extractor) -> None:
    text = (
        "Wagner-Kämpfer haben am Donnerstag ukrainische Stellungen bei Bachmut angegriffen, teilte die "
        "Armee mit."
    )
    assert _alertable(extractor, "de", text) != []


def test_a_sanction_named_again_with_a_demonstrative_is_one(extractor: Extractor) -> None:
    text = (
        "Les Vingt-Sept ont adopté vendredi de nouvelles sanctions contre la Russie, visant 117 pétroliers. "
        "Selon la Commission, ces sanctions privent Moscou de plusieurs milliards d'euros."
    )
    assert [c for c, _ in _alertable(extractor, "fr", text)] == ["sanction"]


# (text, offset of a sentence's start, the sentence before it in its paragraph)
ARTICLE = "Titre\n\nLe lead. « Une citation. » Suite du lead.\n\nDeuxième paragraphe."
PREVIOUS = [
    (ARTICLE.index("Le lead"), None),
    (ARTICLE.index("« Une"), "Le lead."),
    (ARTICLE.index("Suite"), "« Une citation. »"),
    (ARTICLE.index("Deuxième"), None),
]


@pytest.mark.parametrize(("start", "before"), PREVIOUS)
def test_the_sentence_before_stays_in_its_paragraph(start: int, before: str | None) -> None:
    span = previous_sentence(ARTICLE, start)
    assert (ARTICLE[span[0] : span[1]] if span else None) == before


def test_the_headline_is_the_text_before_the_first_blank_line() -> None:
    assert headline(ARTICLE) == "Titre"
    assert headline("Pas de titre.") == ""


# (lang, title, text, categories): a summit the news comes before is still to come; one held is news
SUMMITS = [
    (
        "fr",
        "Zelensky et Merz se parlent avant le sommet de Bruxelles",
        "Le président ukrainien s'est entretenu jeudi au téléphone avec le chancelier allemand Friedrich "
        "Merz, a annoncé la présidence ukrainienne.",
        ["phone_call"],
    ),
    (
        "fr",
        "Les dirigeants de l'UE réunis en sommet à Bruxelles",
        "Les dirigeants de l'Union européenne se sont réunis jeudi en sommet à Bruxelles pour discuter de "
        "l'aide à l'Ukraine, a annoncé le Conseil.",
        ["meeting"],
    ),
    (
        "de",
        "EU-Gipfel in Brüssel",
        "Die Staats- und Regierungschefs der EU sind am Donnerstag in Brüssel zu einem Gipfel "
        "zusammengekommen.",
        ["meeting"],
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "categories"), SUMMITS)
def test_a_summit_still_to_come_is_no_meeting(
    extractor: Extractor, lang: str, title: str, text: str, categories: list[str]
) -> None:
    assert [c for c, _ in _alertable(extractor, lang, text, title=title)] == categories


# (lang, text): a meeting about a war whose whole toll since its start is told in passing
WAR_TOLLS = [
    (
        "fr",
        "Les ministres de l'IGAD se sont réunis jeudi à Nairobi pour parler du Soudan, où les affrontements "
        "entre l'armée et les FSR ont fait des dizaines de milliers de morts depuis avril 2023.",
    ),
    (
        "de",
        "Die Außenminister der Arabischen Liga kamen am Donnerstag in Kairo zusammen, um über den Sudan zu "
        "beraten, wo die Kämpfe zwischen Armee und RSF seit April 2023 Zehntausende Tote gefordert haben.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), WAR_TOLLS)
def test_a_war_told_since_its_start_is_no_fight_of_the_day(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert "clash" not in [c for c, _ in _alertable(extractor, lang, text)]


# (lang, title, lead, a commentator's paragraph that names the attack again with a weapon): the guess
# does not swallow the attack of the news, which stays an alertable assault
GUESSED_AGAIN = [
    (
        "fr",
        "Haïti : des gangs attaquent la commune de Lascahobas",
        "PORT-AU-PRINCE, 21 novembre (AFP) - Des membres de la coalition de gangs Viv Ansanm ont attaqué "
        "jeudi la commune de Lascahobas, tuant au moins 25 personnes, selon la protection civile.",
        "« Sans hélicoptères, la police ne peut que réagir après coup », estime un ancien cadre de la "
        "police, pour qui l'attaque de Lascahobas « ne sera pas la dernière ».",
    ),
    (
        "de",
        "Haiti: Banden überfallen Lascahobas",
        "Port-au-Prince (dpa) - Bewaffnete Banden haben am Donnerstag die Stadt Lascahobas überfallen und "
        "mindestens 25 Menschen getötet, teilte der Zivilschutz mit.",
        "«Ohne Hubschrauber kann die Polizei nur hinterherlaufen», sagt ein Sicherheitsexperte, für den "
        "der Angriff auf Lascahobas «nicht der letzte» sein wird.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "lead", "comment"), GUESSED_AGAIN)
def test_a_guess_of_a_later_paragraph_does_not_swallow_the_news(
    extractor: Extractor, lang: str, title: str, lead: str, comment: str
) -> None:
    assert _alertable(extractor, lang, f"{lead}\n\n{comment}", title=title) == [("assault", "reported")]
