"""A bombardment verb (shelling by default) re-coded by the weapon its clause names after it as its
instrument, in the languages whose verb comes before its means (en, fr, es, de main clauses):
"bombardeó Járkov con drones y misiles" is an air strike (the first weapon decides), "with fighter jets"
an air strike, "avec des roquettes" a missile strike. Near misses: artillery named in the sentence keeps
the shelling, and drones of another clause ("...; drones later struck Odesa") are another act, not the
bombardment's means. (Arabic, Russian and Turkish name the means before the verb or by a case ending,
which ``triggers.from_the_air`` already reads.)"""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-18T12:00:00"  # a Wednesday

# (lang, lead, the category of its bombardment)
BOMBARDED_WITH = [
    (
        "en",
        (
            "Russia bombarded Kharkiv on Tuesday with drones and missiles, killing three people, "
            "the mayor said."
        ),
        "airstrike",
    ),
    (
        "en",
        (
            "The Sudanese army bombarded RSF positions in Nyala on Tuesday with fighter jets, "
            "military sources said."
        ),
        "airstrike",
    ),
    (
        "en",
        ("Hezbollah bombarded northern Israel on Tuesday with rockets, the Israeli army said."),
        "missile_strike",
    ),
    (
        "en",
        ("Russian forces bombarded Nikopol on Tuesday with artillery and drones, the governor said."),
        "shelling",
    ),
    (
        "en",
        ("Russian troops bombarded Nikopol on Tuesday; drones later struck Odesa, officials said."),
        "shelling",
    ),
    (
        "fr",
        (
            "La Russie a bombardé mardi Kharkiv avec des drones et des missiles, faisant trois "
            "morts, selon le maire."
        ),
        "airstrike",
    ),
    (
        "fr",
        (
            "L'armée soudanaise a bombardé mardi des positions des FSR à Nyala avec des avions de "
            "combat, selon des sources militaires."
        ),
        "airstrike",
    ),
    (
        "fr",
        ("Le Hezbollah a bombardé mardi le nord d'Israël avec des roquettes, selon l'armée israélienne."),
        "missile_strike",
    ),
    (
        "fr",
        (
            "Les forces russes ont bombardé mardi Nikopol avec de l'artillerie et des drones, selon "
            "le gouverneur."
        ),
        "shelling",
    ),
    (
        "fr",
        (
            "Les troupes russes ont bombardé mardi Nikopol ; des drones ont ensuite frappé Odessa, "
            "selon les autorités."
        ),
        "shelling",
    ),
    (
        "es",
        ("Rusia bombardeó el martes Járkov con drones y misiles, causando tres muertos, informó el alcalde."),
        "airstrike",
    ),
    (
        "es",
        (
            "El Ejército sudanés bombardeó el martes posiciones de las FAR en Nyala con aviones de "
            "combate, según fuentes militares."
        ),
        "airstrike",
    ),
    (
        "es",
        ("Hizbulá bombardeó el martes el norte de Israel con cohetes, informó el Ejército israelí."),
        "missile_strike",
    ),
    (
        "es",
        ("Las fuerzas rusas bombardearon el martes Nikopol con artillería y drones, según el gobernador."),
        "shelling",
    ),
    (
        "es",
        (
            "Las tropas rusas bombardearon el martes Nikopol; después, drones rusos atacaron Odesa, "
            "según las autoridades."
        ),
        "shelling",
    ),
    (
        "de",
        (
            "Russland bombardierte am Dienstag Charkiw mit Drohnen und Raketen, dabei wurden drei "
            "Menschen getötet."
        ),
        "airstrike",
    ),
    (
        "de",
        (
            "Die sudanesische Armee bombardierte am Dienstag Stellungen der RSF in Nyala mit "
            "Kampfflugzeugen, wie Militärkreise mitteilten."
        ),
        "airstrike",
    ),
    (
        "de",
        ("Die Hisbollah bombardierte am Dienstag Nordisrael mit Raketen, teilte die israelische Armee mit."),
        "missile_strike",
    ),
    (
        "de",
        (
            "Russische Truppen bombardierten am Dienstag Nikopol mit Artillerie und Drohnen, sagte "
            "der Gouverneur."
        ),
        "shelling",
    ),
    (
        "de",
        (
            "Russische Truppen bombardierten am Dienstag Nikopol; später griffen Drohnen Odessa an, "
            "teilten die Behörden mit."
        ),
        "shelling",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "category"), BOMBARDED_WITH, ids=[f"{c[0]}-{c[2]}" for c in BOMBARDED_WITH]
)
def test_a_bombardment_takes_the_category_of_the_means_it_names(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    told = [(e.category, e.evidence.trigger) for e in events]
    bombardment = [e for e in events if e.evidence.trigger_start < 40]
    assert [e.category for e in bombardment] == [category], told
