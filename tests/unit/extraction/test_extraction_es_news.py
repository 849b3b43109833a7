"""Spanish wire copy, table-driven: protests told by their verbs (marching, road blocks with a demand,
a social "movilización"), appeals to agree a truce, fines that are no sanctions, feared events,
attributions after the clause ("..., informó la agencia X") and armed groups named by a common noun."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.knowledge import ActorLexicon


def _categories(extractor: Extractor, text: str, title: str = "") -> list[str]:
    events = extractor.extract(doc(text, "es", title=title)).events
    return sorted(e.category for e in alertable(events))


# (text, categories): the alertable events the text codes.
CODED = [
    # protests told by a verb of marching or a road block with a demand
    ("Cientos de jubilados marcharon el miércoles frente al Congreso en Buenos Aires.", ["protest"]),
    (
        "Transportistas bloquearon el jueves la carretera a Tumbes para exigir la rebaja del combustible.",
        ["protest"],
    ),
    ("Vecinos de Valparaíso convocaron un cacerolazo contra el alza del transporte.", ["protest"]),
    # a social mobilisation is a protest, a military one is not
    ("La movilización estudiantil reunió el viernes a miles de personas en Bogotá.", ["protest"]),
    ("Miles de maestros se movilizaron el lunes en Lima contra la reforma educativa.", ["protest"]),
    ("El Ejército movilizó el domingo a 20.000 reservistas en la frontera norte.", ["mobilisation"]),
    # an appeal to agree a truce
    ("El papa pidió el domingo a Israel y a Hamás que pacten una tregua duradera.", ["appeal"]),
    ("La Unión Africana instó a las partes en Sudán a que acuerden un cese del fuego.", ["appeal"]),
    # an accused attack told by the infinitive; deaths make a bare "ataque" a fight
    ("Ucrania acusa a Rusia de atacar con drones la central de Zaporiyia.", ["airstrike"]),
    ("El Gobierno acusó a la guerrilla de atacar un puesto de policía en Tame.", ["assault"]),
    ("Tres policías murieron en un ataque contra una patrulla en las afueras de Guayaquil.", ["assault"]),
    # the means named decide the strike: a drone that kills, mortar rounds, a suicide bomber
    ("Un dron ruso mató el martes a dos civiles en Jersón.", ["airstrike"]),
    ("Granadas de mortero disparadas por los rebeldes cayeron sobre un cuartel en Goma.", ["shelling"]),
    ("Una mujer suicida hizo estallar su cinturón de explosivos en un mercado de Maiduguri.", ["assault"]),
    ("Un terrorista suicida se inmoló frente a una mezquita de Peshawar.", ["assault"]),
    # appeals for a truce or demanding a halt; aid in Spanish tanks and named air defences
    ("El secretario general de la ONU hizo un llamamiento al alto el fuego en Gaza.", ["appeal"]),
    ("Francia exigió a Azerbaiyán el cese de las hostilidades en la frontera con Armenia.", ["appeal"]),
    (
        "España enviará a Ucrania seis carros de combate Leopard, anunció la ministra de Defensa.",
        ["military_aid"],
    ),
    ("Alemania entregó a Ucrania otros dos sistemas Patriot.", ["military_aid"]),
    # a future after a clitic pronoun is future; threats of a non-military act are no threats
    ("Los presidentes de Perú y Bolivia se reunirán el lunes en La Paz.", []),
    ("Los dos ejércitos se enfrentarán si fracasan las negociaciones.", []),
    ("El gobernador amenazó con demandar al Gobierno federal por los recortes.", []),
    ("Trump amenazó a Canadá con nuevos aranceles sobre el acero.", []),
    ("El Kremlin amenazó con una respuesta militar si la OTAN despliega tropas en Ucrania.", ["threat"]),
    # a host verb before "al": the guest visits
    ("El rey de Marruecos recibió al presidente francés en Rabat.", ["visit"]),
    # a person after the personal "a" is arrested or released, not a town taken
    ("El ELN liberó a cinco soldados secuestrados en Arauca.", []),
    ("La Policía capturó a un cabecilla del Clan del Golfo en Montería.", []),
    ("Las tropas ucranianas liberaron la ciudad de Jersón tras meses de ocupación.", ["capture"]),
    # the singular of "enfrentarse", armed commandos and marines as conflict cues; dynamiting
    ("La Marina mexicana se enfrentó con un comando armado en Tamaulipas.", ["clash"]),
    ("Guerrilleros del ELN dinamitaron el oleoducto Caño Limón-Coveñas en Arauca.", ["assault"]),
    ("El Comando Sur atacó una lancha en el Caribe y mató a tres personas.", ["assault"]),
    # guided bombs come from aircraft
    ("Siete personas murieron en un bombardeo ruso con bombas guiadas sobre Zaporiyia.", ["airstrike"]),
    # explosions of an exercise are no attack; "en el ejercicio de sus funciones" is no exercise
    (
        "El Ejército aseguró que las explosiones oídas en la frontera procedían de un ejercicio de tiro.",
        [],
    ),
    ("Varias explosiones sacudieron el puerto durante unos ejercicios de la Armada.", []),
    ("Una explosión en un cuartel mató a dos soldados en el ejercicio de sus funciones.", ["assault"]),
    # stalled talks are no meeting
    ("Las negociaciones entre Kiev y Moscú siguen bloqueadas desde la reunión de Estambul.", []),
    ("Las conversaciones con el ELN permanecen suspendidas desde enero.", []),
    # people who leave are not marching
    ("Los turistas se marcharon de la isla antes de la llegada del huracán.", []),
    # fines of a regulator are not sanctions between states
    ("La Comisión Europea impuso una sanción de competencia de 300 millones a una aerolínea.", []),
    ("El regulador sancionó a la constructora con una multa de dos millones de euros.", []),
    # a feared event has not happened
    ("El Gobierno ucraniano teme una ofensiva rusa sobre Járkov antes del invierno.", []),
    ("Kiev teme que las tropas rusas lancen una ofensiva sobre Zaporiyia.", []),
    ("Los vecinos de Sumy viven con el temor a nuevos bombardeos rusos.", []),
]


@pytest.mark.parametrize(("text", "categories"), CODED)
def test_spanish_news_constructions(extractor: Extractor, text: str, categories: list[str]) -> None:
    assert _categories(extractor, text) == categories


# (text, category, source country, target country): a reporter named after the clause is no side.
REPORTED_BY = [
    (
        "Aviones rusos bombardearon el martes la ciudad de Idlib, informó la agencia turca Anadolu.",
        "airstrike",
        "RUS",
        "SYR",
    ),
    (
        "Drones ucranianos atacaron el sábado una refinería en Riazán, según la agencia rusa TASS.",
        "airstrike",
        "UKR",
        "RUS",
    ),
    (
        "Polonia enviará a Ucrania munición de artillería, anunció el ministro de Defensa polaco.",
        "military_aid",
        "POL",
        "UKR",
    ),
    (
        "Alemania ha entregado a Ucrania tres sistemas antiaéreos, informó el Ministerio de Defensa alemán.",
        "military_aid",
        "DEU",
        "UKR",
    ),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), REPORTED_BY)
def test_a_reporter_after_the_clause_is_no_side(
    extractor: Extractor, text: str, category: str, source: str, target: str
) -> None:
    events = [e for e in alertable(extractor.extract(doc(text, "es")).events) if e.category == category]
    assert len(events) == 1
    assert events[0].source is not None and events[0].source.country == source
    assert events[0].target is not None and events[0].target.country == target


# (text, category, side): armed groups named by a common noun of the Americas are armed groups
# (REB), of the place's country.
GROUP_NOUNS = [
    (
        "Soldados del Ejército se enfrentaron el jueves con sicarios en las afueras de Culiacán.",
        "clash",
        ("MEX", "REB"),
    ),
    ("Un grupo de guerrilleros atacó una patrulla militar en zona rural de Arauca.", "clash", ("COL", "REB")),
    (
        "Narcotraficantes emboscaron a una patrulla de la Armada en el estado de Michoacán.",
        "clash",
        ("MEX", "REB"),
    ),
]


@pytest.mark.parametrize(("text", "category", "side"), GROUP_NOUNS)
def test_common_nouns_of_armed_groups(
    extractor: Extractor, text: str, category: str, side: tuple[str, str]
) -> None:
    events = [e for e in alertable(extractor.extract(doc(text, "es")).events) if e.category == category]
    assert len(events) == 1
    sides = {(s.country, s.role) for s in (events[0].source, events[0].target) if s is not None}
    assert side in sides


@cache
def _lexicon() -> ActorLexicon:
    return ActorLexicon.load()


# (text, code): armed forces, armed groups and cartels of Latin America.
GROUPS = [
    ("Efectivos de la FANB patrullan la frontera.", "VENMIL"),
    ("La Guardia Nacional Bolivariana cerró el paso fronterizo.", "VENMIL"),
    ("Agentes del Sebin detuvieron a un dirigente opositor.", "VENSPY"),
    ("Sicarios del Cártel del Golfo atacaron una patrulla en Reynosa.", "MEXREB"),
    ("La Familia Michoacana controla varios municipios.", "MEXREB"),
    ("Un remanente de Sendero Luminoso opera en el valle.", "PERREB"),
    ("Pandilleros de la Mara Salvatrucha fueron trasladados.", "SLVREB"),
    ("La Sedena desplegó a 2.000 soldados en Sinaloa.", "MEXMIL"),
    ("Carabineros detuvo a diez personas en Santiago.", "CHLCOP"),
    ("El Comando Sur de Estados Unidos anunció nuevas operaciones.", "USAMIL"),
]


@pytest.mark.parametrize(("text", "code"), GROUPS)
def test_latin_american_forces_and_groups_are_known(text: str, code: str) -> None:
    codes = [m.code for m in _lexicon().find(text, "es", on=date(2026, 11, 1))]
    assert code in codes
