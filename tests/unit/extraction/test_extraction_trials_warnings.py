"""Everyday news in war words that tells no attack: a trial of an old attack, a travel warning of
the attacks that may come, a ceremony in memory of soldiers killed in ambushes, an arms maker's
attack drones, a campaign against a disease. Each case has its near miss, the act told as news.

The cues are data: trials under ``background`` and risks and warnings under ``hypothetical`` in
``data/factuality/<lang>.yaml``, memory under ``historical``; weapons named for attack under
``weapon_role`` and campaigns under ``blockers`` in ``data/triggers/<lang>.yaml``."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str) -> list[str]:
    return [e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)]


# (lang, a trial of the act, the act told as news)
TRIALS = [
    (
        "en",
        "A former militia commander was sentenced on Tuesday for attacks on villages in Ituri.",
        "Militiamen attacked villages in Ituri on Tuesday, killing 12 civilians.",
    ),
    (
        "fr",
        "Un ancien chef rebelle a été condamné mardi pour des attaques contre des villages de l'Ituri.",
        "Des rebelles ont attaqué mardi des villages de l'Ituri, tuant douze civils.",
    ),
    (
        "de",
        "Ein früherer Milizenführer ist am Dienstag wegen Angriffen auf Dörfer in Ituri verurteilt worden.",
        "Milizen haben am Dienstag Dörfer in Ituri angegriffen und zwölf Zivilisten getötet.",
    ),
    (
        "es",
        "Un excomandante guerrillero fue juzgado el martes por ataques contra cuarteles en el Cauca.",
        "Guerrilleros atacaron el martes un cuartel del Ejército en el Cauca y mataron a dos soldados.",
    ),
    (
        "ru",
        "Суд во вторник приговорил боевика к пожизненному сроку за нападение на блокпост в Дагестане.",
        "Боевики во вторник напали на блокпост в Дагестане, погибли двое полицейских.",
    ),
    (
        "ar",
        "بدأت يوم الثلاثاء محاكمة قيادي سابق في ميليشيا بتهمة شن هجمات على قرى في دارفور.",
        "شنت ميليشيا يوم الثلاثاء هجمات على قرى في دارفور، ما أسفر عن مقتل 12 مدنيا.",
    ),
]


@pytest.mark.parametrize(("lang", "trial", "news"), TRIALS)
def test_a_trial_of_an_attack_is_no_attack(extractor: Extractor, lang: str, trial: str, news: str) -> None:
    assert _alertable(extractor, lang, trial) == []


@pytest.mark.parametrize(("lang", "trial", "news"), TRIALS)
def test_the_attack_told_as_news_is_alertable(extractor: Extractor, lang: str, trial: str, news: str) -> None:
    assert _alertable(extractor, lang, news) != []


# (lang, a warning of attacks that may come, the attacks told as news)
WARNINGS = [
    (
        "en",
        "The State Department on Tuesday warned of Houthi missile attacks on ships in the Red Sea.",
        "Houthi missiles struck a cargo ship in the Red Sea on Tuesday, the British navy said.",
    ),
    (
        "fr",
        "Le Quai d'Orsay a déconseillé mardi le nord du Burkina Faso en raison du risque d'attaques "
        "jihadistes contre les étrangers.",
        "Des jihadistes ont attaqué mardi un convoi militaire dans le nord du Burkina Faso.",
    ),
    (
        "de",
        "Das Auswärtige Amt warnte am Dienstag vor Raketenangriffen der Huthi auf Schiffe im Roten Meer.",
        "Huthi-Raketen haben am Dienstag ein Frachtschiff im Roten Meer getroffen.",
    ),
    (
        "de",
        "Es könne jederzeit zu Drohnenangriffen auf Kiew kommen, hieß es am Dienstag in Berlin.",
        "Russische Drohnen haben in der Nacht zum Dienstag Kiew angegriffen.",
    ),
]


@pytest.mark.parametrize(("lang", "warning", "news"), WARNINGS)
def test_a_warning_of_attacks_is_no_attack(extractor: Extractor, lang: str, warning: str, news: str) -> None:
    assert _alertable(extractor, lang, warning) == []


@pytest.mark.parametrize(("lang", "warning", "news"), WARNINGS)
def test_the_attack_warned_of_told_as_news_is_alertable(
    extractor: Extractor, lang: str, warning: str, news: str
) -> None:
    assert _alertable(extractor, lang, news) != []


# (lang, text, what it is): no alert in any
NO_EVENT = [
    (
        "fr",
        "Le ministre des Armées a présidé mardi une cérémonie à la mémoire des soldats tués dans des "
        "embuscades tendues par des jihadistes au Mali.",
        "a ceremony in memory",
    ),
    (
        "en",
        "Shares in the attack drone maker rose 8% on Tuesday after a $2bn attack drone order from Poland.",
        "an arms maker's order",
    ),
    (
        "en",
        "The new howitzer is able to strike targets 70 km away, the manufacturer said on Tuesday.",
        "a weapon's capability",
    ),
    (
        "fr",
        "L'armée de l'Air a commandé mardi 40 drones d'attaque à un industriel toulousain.",
        "an order of attack drones",
    ),
    (
        "tr",
        "Savunma Bakanlığı salı günü 20 taarruzi insansız hava aracı siparişi verdi.",
        "an order of attack drones",
    ),
    (
        "tr",
        "Bakanlık, salı günü kızamıkla mücadele için okullarda yeni bir seferberlik başlattı.",
        "a campaign against measles",
    ),
]


@pytest.mark.parametrize(("lang", "text", "what"), NO_EVENT)
def test_war_words_that_tell_no_event(extractor: Extractor, lang: str, text: str, what: str) -> None:
    assert _alertable(extractor, lang, text) == [], what


# near misses of the last table: the fight, the strike, the call-up told as news
NEWS = [
    ("en", "Russian attack drones struck a power plant in Sumy on Tuesday, the governor said."),
    ("fr", "Des drones d'attaque russes ont frappé mardi une centrale électrique à Soumy."),
    ("tr", "Rusya salı günü 150 bin yedek askeri göreve çağırdı ve seferberlik ilan etti."),
]


@pytest.mark.parametrize(("lang", "text"), NEWS)
def test_the_same_words_told_as_news_are_alertable(extractor: Extractor, lang: str, text: str) -> None:
    assert _alertable(extractor, lang, text) != []


# a warning is also the verb of a threat: the threat stays asserted
THREATS = [
    ("en", "The Kremlin warned on Tuesday that Western troops in Ukraine would be legitimate targets."),
    ("de", "Moskau warnte am Dienstag vor Waffenlieferungen und drohte mit Vergeltung."),
    ("fr", "Moscou a mis en garde mardi contre toute livraison de missiles et a menacé de représailles."),
]


@pytest.mark.parametrize(("lang", "text"), THREATS)
def test_a_threat_made_by_warning_stays_a_threat(extractor: Extractor, lang: str, text: str) -> None:
    assert _alertable(extractor, lang, text) == ["threat"]
