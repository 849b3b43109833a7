"""German wire-copy phenomena: the weapon as the subject of a perfect tense whose participle closes
the clause ("Kampfflugzeuge haben ... bombardiert"), separable "feuert ... ab", compound attacks
("Sprengstoffanschlag"), armed men as the subject of a killing, background told in the pluperfect,
capabilities and fears in infinitive clauses, planned meetings, truces named by their attributive
participle, appositions of the subject and conditional clauses in the choice of sides."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _events(extractor: Extractor, text: str) -> list[Event]:
    return alertable(extractor.extract(doc(text, "de")).events)


def _categories(extractor: Extractor, text: str) -> list[str]:
    return sorted({e.category for e in _events(extractor, text)})


# (text, the categories expected)
CODED = [
    # the aircraft or drone is the subject, the participle comes last: the weapon decides
    ("Russische Kampfjets haben in der Nacht mehrere Dörfer im Gebiet Sumy bombardiert.", ["airstrike"]),
    ("Die syrische Luftwaffe hat am Morgen Stellungen der Rebellen bei Idlib bombardiert.", ["airstrike"]),
    ("Eine Kampfdrohne hat am Sonntag ein Umspannwerk bei Charkiw getroffen.", ["airstrike"]),
    ("Ukrainische Drohnen trafen in der Nacht ein Öllager in der russischen Stadt Brjansk.", ["airstrike"]),
    ("Eine Iskander-Rakete hat am Abend ein Wohnhaus in Sumy getroffen.", ["missile_strike"]),
    # an impact told with "einschlagen", the projectile before or after the verb
    ("In Saporischschja schlugen am Abend zwei Gleitbomben in einem Wohnviertel ein.", ["airstrike"]),
    (
        "Eine Rakete schlug kurz nach Mitternacht auf dem Gelände eines Kraftwerks bei Krywyj Rih ein.",
        ["missile_strike"],
    ),
    # separable "feuert ... ab" and the singular "ballistische Rakete"
    ("Die Huthi haben am Dienstag eine ballistische Rakete auf Eilat abgefeuert.", ["missile_strike"]),
    ("Die Hisbollah feuert erneut Raketen auf Kirjat Schmona ab.", ["missile_strike"]),
    # compound attacks and armed men who kill
    (
        "Bei einem Sprengstoffanschlag auf einen Bus in Peschawar sind fünf Menschen getötet worden.",
        ["assault"],
    ),
    ("Bewaffnete haben in einem Dorf im Norden Burkina Fasos mindestens 20 Zivilisten getötet.", ["assault"]),
    ("Bewaffnete überfielen am Abend einen Kontrollposten der Polizei in Dagestan.", ["assault"]),
    # the recipient tells the delivery
    (
        "Moldau hat nach Angaben der Regierung in Chisinau zwei Flugabwehrsysteme aus Rumänien erhalten.",
        ["military_aid"],
    ),
    ("Die Ukraine erhielt am Freitag weitere Haubitzen aus Norwegen.", ["military_aid"]),
    # a long middle field before the participle
    (
        "Die Präsidenten Armeniens und Aserbaidschans sind am Montag in Washington zu Gesprächen unter "
        "Vermittlung der USA zusammengekommen.",
        ["meeting"],
    ),
    ("Litauen verstärkt seine Truppen an der Grenze zu Belarus.", ["mobilisation"]),
    (
        "Nach Angaben des Generalstabs wurden rund 3000 belarussische Soldaten aus dem Landesinneren an "
        "die Grenze zu Litauen verlegt.",
        ["mobilisation"],
    ),
    # a fire on military targets is a fight whoever fires
    ("Die Taliban haben in der Nacht afghanische Grenzposten der Gegenseite beschossen.", ["shelling"]),
    ("Kämpfer des IS haben am Freitag einen Armeeposten im Nordosten Syriens überfallen.", ["clash"]),
    # hyphenated systems in a delivery
    ("Die Niederlande haben Kiew zwei weitere Patriot-Systeme übergeben.", ["military_aid"]),
    # helicopters are aircraft; knives and suicide bombers attack; perfect "demonstriert"
    ("Syrische Kampfhubschrauber haben am Montag Dörfer in der Provinz Hama angegriffen.", ["airstrike"]),
    ("Bei einem Messerangriff vor einer Kirche in Nizza sind drei Menschen getötet worden.", ["assault"]),
    (
        "Ein Selbstmordattentäter riss am Freitag vor einer Schule in Mogadischu neun Menschen mit "
        "in den Tod.",
        ["assault"],
    ),
    ("In Tiflis haben am Sonntag Tausende gegen das neue Mediengesetz demonstriert.", ["protest"]),
    # a delivery of hyphenated missiles, a meeting told in the perfect with a long middle field
    ("Frankreich liefert der Ukraine weitere SCALP-Marschflugkörper.", ["military_aid"]),
    (
        "Der indische Außenminister hat sich am Rande des Gipfels in Johannesburg mit seinem chinesischen "
        "Amtskollegen getroffen.",
        ["meeting"],
    ),
    # the participle of a background truce does not hide the violation
    ("Die Rebellen haben die seit Mai geltende Waffenruhe am Montag gebrochen.", ["ceasefire_violation"]),
]


@pytest.mark.parametrize(("text", "categories"), CODED)
def test_a_german_construction_is_coded(extractor: Extractor, text: str, categories: list[str]) -> None:
    assert _categories(extractor, text) == categories


NOT_EVENTS = [
    # background in the pluperfect with "bereits" / "schon"
    "Bereits im Sommer hatte die Armee die Stadt mit Artillerie beschossen.",
    "Die Miliz hatte schon im Frühjahr mehrere Dörfer in der Region angegriffen.",
    # a capability or an intention in an infinitive clause
    "Nach Einschätzung des Geheimdienstes ist die Armee in der Lage, binnen Wochen einen Angriff auf "
    "die Hauptstadt zu führen.",
    # an offensive that is only feared or expected
    "Die Regierung in Kiew rechnet mit einer russischen Offensive im Frühjahr.",
    "Der Generalstab warnt vor einer neuen Offensive der Rebellen im Osten.",
    # a season of a past year dates the event in that year: history
    "Russische Truppen bombardierten die Hafenstadt im Frühjahr 2022 wochenlang.",
    # a war that would be possible, and warnings of it
    "Ein Angriff Nordkoreas auf den Süden wäre nach Ansicht der Analysten ein Selbstmord des Regimes.",
    "Militärexperten warnen vor einer chinesischen Invasion Taiwans.",
    # a meeting that is only announced or planned
    "Der Kanzler kündigte ein Treffen mit dem polnischen Regierungschef an.",
    "Das geplante Treffen der Außenminister Indiens und Pakistans soll in Genf stattfinden.",
    # a missile that is only a weapon to deliver or debate
    "Ob die Regierung Marschflugkörper an Kiew abgibt, ist weiter offen.",
    # sanctions as a topic, a delivery as the cause of a sanction
    "Bei dem Treffen sei es auch um neue Sanktionen gegen Iran gegangen, hieß es aus Paris.",
    # background in the pluperfect with a year
    "Die Armee hatte die Stadt im Herbst 2024 von den Rebellen zurückerobert.",
    # a truce named by its attributive participle is background
    "Beide Seiten müssten die im Januar vereinbarte Waffenruhe einhalten, sagte der Sprecher.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_german_background_or_plan_is_no_event(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


# (text, category, source country or None, target country)
SIDES = [
    # the weapon opens the trigger: the name inside it is what was hit, no source is named
    (
        "Kampfflugzeuge haben am Montag Stellungen der Hisbollah bei Tyrus bombardiert.",
        "airstrike",
        None,
        "LBN",
    ),
    # the object of "erschossen" at the end of the clause is the victim
    (
        "Maskierte Bewaffnete haben in der Nacht in Karatschi zwei Polizisten erschossen.",
        "assault",
        None,
        "PAK",
    ),
    # a name of the subject's country right after it is its apposition, not the other side
    (
        "Russlands Präsident Wladimir Putin hat Finnland mit Vergeltung gedroht, falls Helsinki "
        "weitere Nato-Truppen aufnehme.",
        "threat",
        "RUS",
        "FIN",
    ),
    # the owner named with the weapon that opens the trigger is the source
    (
        "Die russische Luftwaffe hat nach Angaben Kiews Stellungen der ukrainischen Armee bei Pokrowsk "
        "bombardiert.",
        "airstrike",
        "RUS",
        "UKR",
    ),
    # the conditional clause after the comma holds no side
    (
        "Nordkorea hat Japan mit einem Militärschlag gedroht, wenn Tokio die Manöver mit Seoul fortsetze.",
        "threat",
        "PRK",
        "JPN",
    ),
    # the weapon subject of a perfect tense keeps its demonym as the source
    (
        "Israelische Kampfflugzeuge haben am Dienstag Waffenlager der Hisbollah im Südlibanon bombardiert.",
        "airstrike",
        "ISR",
        "LBN",
    ),
    # the subject before the finite auxiliary, the target named after "gegen"
    (
        "Moskau hat wegen Waffenlieferungen an die Ukraine Sanktionen gegen drei deutsche Rüstungsfirmen "
        "verhängt.",
        "sanction",
        "RUS",
        "DEU",
    ),
    # the recipient is the target of a delivery, the giver its source
    (
        "Die Ukraine hat drei Flugabwehrsysteme aus Schweden erhalten.",
        "military_aid",
        "SWE",
        "UKR",
    ),
    # German seats of power as metonyms
    (
        "Das Auswärtige Amt hat Serbien und Kosovo zur Zurückhaltung aufgerufen.",
        "appeal",
        "DEU",
        "SRB",
    ),
    (
        "Der Kreml hat Estland mit Gegenmaßnahmen gedroht.",
        "threat",
        "RUS",
        "EST",
    ),
    # a demonym of Kosovo
    (
        "Der serbische Präsident und der kosovarische Regierungschef sind am Freitag in Brüssel "
        "zusammengekommen.",
        "meeting",
        "SRB",
        "XKX",
    ),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), SIDES)
def test_german_sides(
    extractor: Extractor, text: str, category: str, source: str | None, target: str
) -> None:
    events = [e for e in _events(extractor, text) if e.category == category]
    assert len(events) == 1
    event = events[0]
    assert (event.source.country if event.source is not None else None) == source
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "Eine Rakete schlug am Morgen im Stadtzentrum von Charkiw ein, teilte der Bürgermeister mit.",
        "Drohnen haben in der Nacht die Altstadt von Odessa getroffen.",
    ],
)
def test_parts_of_a_town_are_no_places(extractor: Extractor, text: str) -> None:
    events = _events(extractor, text)
    assert events
    for event in events:
        assert event.location is None or event.location.country == "UKR"


# (text, category that must not be coded)
NOT_CODED_AS = [
    # a rally that is the target of a bombing is no protest
    (
        "Bei einem Anschlag auf eine Kundgebung der Regierungspartei in Peschawar starben sechs Menschen.",
        "protest",
    ),
    # a delivery that is the cause of a sanction is no new delivery
    (
        "Peking hat wegen Waffenlieferungen an Taiwan Sanktionen gegen zwei US-Konzerne verhängt.",
        "military_aid",
    ),
    # fighting named as the context of strikes told before is no new clash
    (
        "Die Luftangriffe stünden im Zusammenhang mit den Kämpfen in der Provinz Idlib, erklärte die Armee.",
        "clash",
    ),
]


@pytest.mark.parametrize(("text", "category"), NOT_CODED_AS)
def test_a_german_mention_is_not_coded_as(extractor: Extractor, text: str, category: str) -> None:
    assert category not in _categories(extractor, text)
    assert _categories(extractor, text)  # the event the sentence does tell is still coded


def test_a_town_and_its_oblast_are_one_strike(extractor: Extractor) -> None:
    """Title and lead name the town and its oblast ("im Gebiet Sumy"): one event, not two."""
    title = "Bahnhof in Konotop mit Drohnen angegriffen"
    text = (
        "Der Bahnhof der Kleinstadt Konotop im Gebiet Sumy ist am Sonntag mit Drohnen angegriffen worden, "
        "teilte die Bahn mit."
    )
    events = alertable(extractor.extract(doc(text, "de", title=title)).events)
    assert [e.category for e in events] == ["airstrike"]
