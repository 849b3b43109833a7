"""Disasters, accidents and ordinary crime, obituaries, trials and ruled-out attacks, table-driven in
English, Spanish, French and German: none is an alertable fight, while a real attack in the same
setting (a drone on a plant, gunmen on soldiers) still is."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text): no alertable event may come out.
NO_EVENT = [
    # natural disasters: a quake or a storm that "struck" and killed
    ("en", "A strong quake struck the coast of Sumatra on Monday, killing 23 people and toppling homes."),
    ("en", "Flash floods hit three villages in Kandahar province on Sunday, killing 11, officials said."),
    ("es", "Un sismo golpeó el lunes la costa de Esmeraldas y dejó 8 muertos, informó Riesgos."),
    ("fr", "Un tremblement de terre a frappé lundi la province de Hatay, faisant 14 morts."),
    ("de", "Ein Erdbeben hat am Montag die Provinz Kerman erschüttert und 12 Menschen getötet."),
    # accidents: blasts, crashes and collapses
    ("en", "A gas explosion ripped through a restaurant in Kharkiv on Friday, killing two diners."),
    ("es", "Una explosión en una fábrica de pirotecnia de Tultepec mató el viernes a seis trabajadores."),
    ("fr", "Une explosion de gaz a soufflé vendredi un immeuble de Bamako, tuant trois habitants."),
    ("de", "Bei einer Gasexplosion in einem Wohnhaus in Charkiw sind am Freitag zwei Menschen gestorben."),
    ("en", "Firefighters battled the flames for six hours after a warehouse fire in Goma on Tuesday."),
    ("fr", "Les pompiers ont mis la nuit à combattre l'incendie d'un entrepôt de Goma mardi."),
    # ordinary crime: gang feuds and settling of scores
    (
        "en",
        "Gunmen shot dead three men at a bus stop in Kingston on Saturday in what police called a "
        "turf war between rival gangs.",
    ),
    (
        "es",
        "Sicarios mataron a tiros a dos hombres el sábado en Guayaquil en un ajuste de cuentas entre "
        "bandas rivales, según la Policía.",
    ),
    (
        "fr",
        "Un homme a été abattu samedi à Nîmes dans un règlement de comptes sur un point de deal; les "
        "tireurs ont pris la fuite.",
    ),
    ("de", "Bei einem Streit zwischen Großfamilien in Duisburg wurde am Samstag ein Mann erschossen."),
    # obituaries and trials of past attacks
    (
        "en",
        "The colonel who led the 1991 assault on Kuwait City's airport has died aged 88, his regiment "
        "said on Monday.",
    ),
    ("en", "A retired general who commanded the 2003 invasion of Iraq has died aged 84, the Pentagon said."),
    (
        "de",
        "Der frühere General, der 2001 die Offensive der Bundeswehr in Kundus geführt hatte, ist im Alter "
        "von 79 Jahren gestorben.",
    ),
    (
        "de",
        "Das Oberlandesgericht Koblenz hat am Montag einen früheren syrischen Offizier verurteilt wegen "
        "Anordnung der Bombardierung eines Viertels von Homs.",
    ),
    (
        "de",
        "Der Oberst, der 1995 den Angriff auf die Stellungen bei Bihać befehligt hatte, ist im Alter von "
        "90 Jahren gestorben.",
    ),
    (
        "en",
        "A court in Stockholm jailed a former militia leader for life on Monday for ordering the "
        "shelling of a market in 2015.",
    ),
    (
        "es",
        "Un tribunal de Madrid condenó el lunes a 30 años a un exmilitar por ordenar el bombardeo de "
        "un mercado en 2014.",
    ),
    (
        "fr",
        "La cour d'assises a condamné lundi un ancien milicien pour avoir ordonné l'attaque d'un "
        "village en 2013.",
    ),
    # arrivals of refugees, cyber attacks, arms fairs, extended deployments, robbers and riots
    ("en", "Some 400 refugees escaping the fighting in Myanmar arrived in Mizoram on Friday."),
    ("es", "Unos 300 migrantes que huyen de la violencia en Haití llegaron el viernes a Santo Domingo."),
    ("en", "Hackers attacked the servers of Lithuania's railway operator on Friday, halting ticket sales."),
    ("en", "Turkish firms unveiled new kamikaze drones at the SAHA defence expo in Istanbul on Wednesday."),
    ("es", "El Senado aprobó el miércoles la prórroga del despliegue de tropas españolas en Líbano."),
    (
        "de",
        "Die Polizei stürmte am Freitag eine Sparkasse in Bremen und befreite drei Geiseln; die Räuber "
        "wurden festgenommen.",
    ),
    (
        "fr",
        "Le GIGN a pris d'assaut vendredi un bureau de poste de Nantes et libéré deux otages retenus "
        "par des braqueurs.",
    ),
    ("es", "Un motín en la cárcel de Tuluá dejó el viernes cuatro reos muertos en enfrentamientos."),
    # control of a prison, sentencings, commemorations, foiled plots and police operations
    ("en", "Honduran troops took control of the Támara prison on Friday after a riot left nine dead."),
    ("es", "Los militares asumieron el viernes el control de la cárcel de Tuluá tras un motín."),
    (
        "fr",
        "La cour d'assises a condamné vendredi à 25 ans de réclusion l'auteur de l'attaque à la voiture-"
        "bélier de 2019 à Lyon.",
    ),
    (
        "de",
        "Der Bundespräsident gedachte am Sonntag in Hanau an die neun Opfer des Anschlags vom Februar 2020.",
    ),
    ("en", "Police in Vienna arrested three teenagers on Friday suspected of plotting attacks on a concert."),
    ("en", "Police in Naples launched a major operation against the Camorra on Friday, arresting 40 people."),
    (
        "es",
        "Agentes de la Guardia Civil abatieron el viernes a un narcotraficante en un tiroteo en Sanlúcar.",
    ),
    # the plot of a film told in the review, reports dismissed as lies
    (
        "de",
        "Kinostart: Ein Filmdrama über den Fall von Mariupol. Der Film der Regisseurin zeigt die "
        "Luftangriffe auf das Theater aus der Sicht zweier Schwestern; er kommt am Donnerstag in die Kinos.",
    ),
    (
        "fr",
        "Cinéma : dans son premier long-métrage, qui sort mercredi, la réalisatrice retrace le siège "
        "d'une caserne et l'assaut donné par des rebelles contre la garnison.",
    ),
    (
        "en",
        "Moscow on Monday dismissed as fabricated Western media reports that its troops had shelled a "
        "Moldovan border village.",
    ),
    ("de", "Das Verteidigungsministerium in Minsk hat Meldungen über einen Truppenaufmarsch zurückgewiesen."),
    # an attack ruled out
    (
        "es",
        "Una avioneta de la Armada cayó el martes cerca de Tumaco y las autoridades descartaron un "
        "ataque de las disidencias.",
    ),
    (
        "en",
        "An army helicopter went down near Kunduz on Tuesday; the military ruled out an attack by "
        "insurgents.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NO_EVENT)
def test_disasters_crime_obituaries_and_trials_give_no_alertable_event(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, text, category): a real attack told next to a blast, a gang or a crash keeps its event.
KEPT = [
    (
        "en",
        "Russian drones hit a gas plant in Poltava region on Monday, causing an explosion that killed "
        "two workers, the governor said.",
        "airstrike",
    ),
    (
        "en",
        "Cartel gunmen ambushed an army patrol in Michoacán on Sunday, killing four soldiers in a turf "
        "war over drug routes.",
        "clash",
    ),
    (
        "es",
        "Un ataque con drones de la guerrilla contra una base del Ejército en Tame dejó dos soldados "
        "heridos el domingo.",
        "airstrike",
    ),
    (
        "fr",
        "Des jihadistes ont attaqué dimanche un camp de l'armée malienne près de Ménaka, tuant six soldats.",
        "clash",
    ),
    # arms deliveries told with a hyphenated compound or a longer gap, next to humanitarian aid
    (
        "de",
        "Die Niederlande liefern der Ukraine drei weitere IRIS-T-Luftabwehrsysteme und Winterhilfe.",
        "military_aid",
    ),
    (
        "es",
        "Italia enviará a Ucrania un segundo gran lote de misiles antiaéreos junto con ayuda humanitaria.",
        "military_aid",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category"), KEPT)
def test_real_attacks_near_mundane_words_are_kept(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert category in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]
