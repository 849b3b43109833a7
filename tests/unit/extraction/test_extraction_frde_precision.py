"""French and German wire copy, precision and sides: fighting "despite the truce" is its violation and
the violation takes the sides of the fire that breaks it; German background phrases recall only
their own head when the verb closes the clause; long subjects of "pourrait"/"könnte"; attacks one is
prepared for; separable verbs with a long middle field; "darunter"/"dont" victims; troops that are
mobilised; reported-speech aircraft strikes; threats of tariffs, plots, sentences in words and
industrial accidents, which are no events."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor, recall
from vigie_extractor.core.recall import parse_recall
from vigie_extractor.core.triggers import TriggerDataError, read_data_yaml

PUBLISHED = "2026-11-24T10:00:00"  # a Tuesday


def _alertable(extractor: Extractor, lang: str, text: str, title: str = "") -> list[Event]:
    return alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)


# (lang, text, category, source country, target country): one alertable event of the category with
# these sides (None: no country expected on that side)
SIDES = [
    # fighting despite a truce is its violation, with the sides of the fire
    (
        "fr",
        "Des frappes aériennes israéliennes ont tué dimanche six Palestiniens à Khan Younès, en violation "
        "du cessez-le-feu, selon les secours.",
        "ceasefire_violation",
        "ISR",
        "PSE",
    ),
    (
        "en",
        "Israeli air strikes killed six Palestinians in Khan Younis on Sunday, in violation of the "
        "ceasefire, rescuers said.",
        "ceasefire_violation",
        "ISR",
        "PSE",
    ),
    (
        "fr",
        "Malgré le cessez-le-feu, de violents combats ont opposé vendredi les rebelles du M23 à l'armée "
        "congolaise près de Masisi.",
        "ceasefire_violation",
        "COD",
        "COD",
    ),
    (
        "fr",
        "Quatre soldats arméniens ont été blessés par des tirs azerbaïdjanais malgré la trêve, selon Erevan.",
        "ceasefire_violation",
        "AZE",
        "ARM",
    ),
    (
        "de",
        "Trotz der im Sommer vereinbarten Waffenruhe haben sich Kämpfer der M23 und die kongolesische Armee "
        "am Freitag schwere Gefechte bei Masisi geliefert.",
        "ceasefire_violation",
        "COD",
        "COD",
    ),
    (
        "de",
        "Trotz der Waffenruhe haben israelische Kampfjets am Sonntag Ziele im Gazastreifen bombardiert.",
        "ceasefire_violation",
        "ISR",
        "PSE",
    ),
    # the main clause closes with its verb before a comma: the first actor is the subject
    (
        "de",
        "Irans Präsident hat Israel und den USA mit massiver Vergeltung gedroht, sollten sie die Atomanlagen "
        "erneut angreifen.",
        "threat",
        "IRN",
        "ISR",
    ),
    # "darunter" / "dont": a part of the victims, never the attacker
    (
        "de",
        "Bei einem Selbstmordanschlag auf eine Polizeiwache in Peschawar sind am Montag zwölf Menschen "
        "getötet worden, darunter acht Polizisten.",
        "assault",
        None,
        "PAK",
    ),
    (
        "fr",
        "Un attentat à la voiture piégée contre un commissariat de Mogadiscio a fait lundi douze morts, dont "
        "huit policiers, selon la police somalienne.",
        "assault",
        None,
        "SOM",
    ),
    # a speaker named after "sagte" reports the bombing, it is no side of it
    (
        "de",
        "Eine Autobombe ist am Montag vor einer Schule in Quetta explodiert, sagte ein Sprecher der "
        "Provinzregierung.",
        "assault",
        None,
        "PAK",
    ),
    # an aircraft strike told in reported speech, any compound tense: "ses avions" are the speaker's
    (
        "fr",
        "L'armée israélienne a assuré lundi que ses avions avaient bombardé des dépôts d'armes du Hezbollah "
        "dans la Bekaa.",
        "airstrike",
        "ISR",
        "LBN",
    ),
    # the troops of a mobilisation are what is mobilised: the government mobilises
    (
        "fr",
        "Le gouvernement serbe a ordonné samedi le déploiement de soldats supplémentaires et la mise en "
        "alerte maximale des forces armées.",
        "mobilisation",
        "SRB",
        None,
    ),
    # a separable verb whose particle closes a long middle field; "überfallen"
    (
        "de",
        "Bewaffnete der RSF griffen am Montagmorgen das Vertriebenenlager Zamzam bei der Stadt Al-Faschir in "
        "Nord-Darfur an.",
        "assault",
        "SDN",
        "SDN",
    ),
    ("de", "Dschihadisten überfallen Dorf in Burkina Faso", "assault", "BFA", "BFA"),
    # the day and the means between the verb and its object; the genitive after a military target
    # names that target's owner, not the attacker
    (
        "de",
        "Die nigerianische Armee griff am Freitag im Morgengrauen überraschend Stellungen der Terrormiliz "
        "Boko Haram im Bundesstaat Borno an.",
        "clash",
        "NGA",
        "NGA",
    ),
    # a group the attackers are linked to is no side of its own
    (
        "fr",
        "Des jihadistes liés à l'État islamique ont attaqué dimanche un poste militaire près de Ménaka, au "
        "Mali, tuant six soldats.",
        "clash",
        "MLI",
        "MLI",
    ),
]


@pytest.mark.parametrize("case", SIDES, ids=[f"{c[0]}-{c[2]}-{n}" for n, c in enumerate(SIDES)])
def test_sides_of_wire_constructions(
    extractor: Extractor, case: tuple[str, str, str, str | None, str | None]
) -> None:
    lang, text, category, source, target = case
    events = [e for e in _alertable(extractor, lang, text) if e.category == category]
    told = [(e.category, e.source, e.target) for e in _alertable(extractor, lang, text)]
    assert len(events) == 1, told
    event = events[0]
    assert (event.source.country if event.source else None) == source, told
    assert (event.target.country if event.target else None) == target, told


# (lang, headline, text): no alertable event at all
QUIET = [
    # a truce with no fighting told is kept, not broken
    ("fr", "", "Malgré la trêve, des milliers de déplacés peinent encore à regagner le nord de Gaza."),
    ("de", "", "Trotz der Waffenruhe kehren Tausende Vertriebene in den Norden des Gazastreifens zurück."),
    # the long subject of a modal: a scenario
    (
        "fr",
        "",
        "Une offensive russe de grande ampleur contre les pays baltes pourrait submerger les défenses de "
        "l'Otan en quelques jours, estime un rapport.",
    ),
    (
        "de",
        "",
        "Ein massiver Drohnenangriff auf deutsche Flughäfen und Kraftwerke könnte das Land tagelang "
        "lahmlegen, warnen Experten.",
    ),
    (
        "en",
        "",
        "A large-scale missile attack on Europe's power grids could black out several countries for days, "
        "a study warned.",
    ),
    # an attack one prepares for
    ("fr", "", "La Pologne se prépare à une offensive russe de grande ampleur, selon son état-major."),
    (
        "de",
        "",
        "Die Bundeswehr ist nach Ansicht von Experten schlecht auf einen massiven Drohnenangriff "
        "vorbereitet.",
    ),
    # threats of tariffs are no threat of force
    ("fr", "Washington menace de riposter aux taxes européennes", "Les États-Unis ont menacé lundi l'UE."),
    (
        "fr",
        "",
        "Pékin a menacé mardi de nouvelles surtaxes sur le cognac si Bruxelles maintenait ses droits de "
        "douane sur les voitures électriques.",
    ),
    (
        "de",
        "",
        "China hat der EU am Montag mit Vergeltung für die geplanten Strafzölle auf Elektroautos gedroht.",
    ),
    ("de", "", "Die USA drohen Mexiko mit neuen Zöllen, sollte das Land die Grenze nicht besser sichern."),
    # plots and sentences for them are no attack
    (
        "de",
        "Iraker wegen Anschlagsplänen zu neun Jahren Haft verurteilt",
        "Das Oberlandesgericht München hat einen Iraker wegen der Planung eines Anschlags auf eine Synagoge "
        "verurteilt.",
    ),
    (
        "fr",
        "",
        "Deux hommes soupçonnés d'avoir projeté un attentat contre un stade ont été mis en examen vendredi à "
        "Paris.",
    ),
    (
        "fr",
        "",
        "L'auteur de l'attentat contre la synagogue a été condamné à douze ans de réclusion par la cour "
        "d'assises.",
    ),
    # a trial names the charge after the accused
    (
        "de",
        "",
        "In Berlin hat am Dienstag der Prozess gegen vier Angeklagte wegen des Anschlags auf eine Moschee "
        "in Kabul begonnen.",
    ),
    (
        "fr",
        "",
        "Le procès de six accusés pour l'attentat contre une église de Lyon s'est ouvert mardi devant la "
        "cour d'assises spéciale.",
    ),
    # a party's name, gang feuds and mafias
    (
        "fr",
        "Municipales : le Rassemblement national lance sa campagne à Perpignan",
        "Le parti a réuni samedi ses candidats dans la ville.",
    ),
    (
        "fr",
        "",
        "De violents affrontements entre bandes rivales ont fait trois blessés dimanche à Cayenne, où la "
        "police est intervenue.",
    ),
    ("de", "", "In Palermo ist ein Mafia-Boss am Montag durch eine Autobombe getötet worden."),
    # a minister's tour at home is no visit
    (
        "fr",
        "",
        "Lors d'un déplacement à Lille, le ministre de l'Intérieur a annoncé samedi l'envoi de 150 policiers "
        "supplémentaires.",
    ),
    # industrial accidents
    (
        "fr",
        "",
        "Une explosion a tué trois ouvriers lundi dans une raffinerie près du Havre; la préfecture écarte "
        "toute piste criminelle.",
    ),
    (
        "de",
        "",
        "Bei einer Explosion in einem Chemiewerk in Ludwigshafen sind zwei Arbeiter getötet worden; Hinweise "
        "auf eine Straftat gebe es nicht, sagte die Polizei.",
    ),
    (
        "fr",
        "",
        "Une explosion suivie d'un incendie a ravagé lundi un hangar d'une usine de Grenoble, tuant un "
        "technicien.",
    ),
    ("de", "", "Bei einer Explosion am Montag in einer Fabrik in Bochum wurde ein Arbeiter schwer verletzt."),
]


# (lang, headline, lead, category, source, target): one alertable event of the category, the headline
# folded into the lead's
MERGED = [
    # a headline participle with no auxiliary is a passive: the struck side comes first
    (
        "de",
        "Stellungen der Hamas im Gazastreifen bombardiert",
        "Israelische Kampfflugzeuge haben am Montag nach Armeeangaben mehrere Stellungen der Hamas "
        "bombardiert.",
        "airstrike",
        "ISR",
        "PSE",
    ),
    # a truce "in force" is the background of its violation, not a new truce
    (
        "fr",
        "Gaza : deux morts dans une frappe israélienne malgré la trêve",
        "Deux Palestiniens ont été tués lundi par une frappe de drone israélienne à Rafah, malgré le "
        "cessez-le-feu en vigueur, selon les secours.",
        "ceasefire_violation",
        "ISR",
        "PSE",
    ),
]


@pytest.mark.parametrize("case", MERGED, ids=[f"{c[0]}-{c[3]}" for c in MERGED])
def test_headline_and_lead_are_one_event(
    extractor: Extractor, case: tuple[str, str, str, str, str, str]
) -> None:
    lang, title, text, category, source, target = case
    events = _alertable(extractor, lang, text, title)
    told = [(e.category, e.evidence.trigger, e.source, e.target) for e in events]
    assert [e.category for e in events] == [category], told
    assert events[0].source is not None and events[0].source.country == source, told
    assert events[0].target is not None and events[0].target.country == target, told


def test_protesters_named_by_a_demonym_are_civilians(extractor: Extractor) -> None:
    events = _alertable(
        extractor, "fr", "Des milliers d'Arméniens ont manifesté dimanche à Erevan contre le gouvernement."
    )
    assert [(e.category, e.source.role if e.source else None) for e in events] == [("protest", "CVL")]


@pytest.mark.parametrize(("lang", "title", "text"), QUIET)
def test_no_alertable_event(extractor: Extractor, lang: str, title: str, text: str) -> None:
    events = _alertable(extractor, lang, text, title)
    assert not events, [(e.category, e.evidence.trigger, e.factuality) for e in events]


# (text, news category, recalled trigger word): German background in the middle field recalls only its
# own head, the verb that closes the clause is the news
RECALLED_HEAD = [
    (
        "Armenien und Aserbaidschan haben sich nach wochenlangen Gefechten an der Grenze auf eine sofortige "
        "Waffenruhe geeinigt.",
        "ceasefire",
        "Gefechten",
    ),
    (
        "Russische Truppen haben Charkiw wenige Tage nach dem Drohnenangriff auf Odessa erneut mit "
        "Artillerie beschossen.",
        "shelling",
        "Drohnenangriff",
    ),
]


@pytest.mark.parametrize(("text", "category", "recalled"), RECALLED_HEAD)
def test_german_recall_phrase_recalls_only_its_head(
    extractor: Extractor, text: str, category: str, recalled: str
) -> None:
    events = extractor.extract(doc(text, "de", PUBLISHED)).events
    told = [(e.category, e.evidence.trigger, e.factuality) for e in events]
    assert any(e.category == category for e in alertable(events)), told
    assert not any(recalled in e.evidence.trigger for e in alertable(events)), told


def test_recall_takes_the_clause_final_verb_from_the_language_file() -> None:
    assert "de" in recall._CLAUSE_FINAL_VERB
    assert "fr" not in recall._CLAUSE_FINAL_VERB
    with pytest.raises(TriggerDataError, match="unknown keys"):
        parse_recall("de", {**read_data_yaml("recall/de.yaml"), "verb_final": True})


# (lang, text, category): a subject of its own before the trigger keeps a later modal off the act
ACTS_BEFORE_A_MODAL = [
    (
        "fr",
        "Les troupes russes ont bombardé Koupiansk lundi et pourraient lancer un nouvel assaut.",
        "shelling",
    ),
    ("de", "Russische Truppen beschossen am Montag Cherson und könnten weiter vorrücken.", "shelling"),
]


@pytest.mark.parametrize(("lang", "text", "category"), ACTS_BEFORE_A_MODAL)
def test_a_modal_after_a_subject_and_its_act_leaves_the_act_asserted(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = _alertable(extractor, lang, text)
    assert category in [e.category for e in events], [(e.category, e.factuality) for e in events]


# (lang, text, alertable?): a trigger opening its clause, alone or after one of the language's
# articles, heads a subject whose modal may come late; a short name before it ("Iran", "Irak") is a
# subject of its own, and the act stays news.
SUBJECT_HEADS = [
    (
        "fr",
        "Une attaque de drones à grande échelle contre des bases aériennes pourrait saturer la défense.",
        False,
    ),
    (
        "en",
        "Iran shelled Kurdish positions in northern Iraq on Monday in a move that could widen the conflict.",
        True,
    ),
    (
        "de",
        "Irak griff am Montag Stellungen der PKK im Norden an, was den Konflikt verschärfen könnte.",
        True,
    ),
]


@pytest.mark.parametrize(("lang", "text", "news"), SUBJECT_HEADS)
def test_a_late_modal_doubts_only_a_trigger_heading_its_subject(
    extractor: Extractor, lang: str, text: str, news: bool
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    assert bool(alertable(events)) is news, [(e.category, e.factuality) for e in events]
