"""French wire copy: visits and meetings announced in the simple future, speakers named after their
verb of saying ("..., a annoncé le ministère"), and, in every language, an actor after "against"
that is the target even when nobody else is named."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _events(extractor: Extractor, text: str, lang: str = "fr") -> list[Event]:
    return alertable(extractor.extract(doc(text, lang)).events)


# a visit or a meeting still to come is no event; the same words in the past tense are one
FUTURE = [
    ("Le président tchadien effectuera une visite d'État au Niger en janvier.", "visit"),
    ("Les deux chefs de la diplomatie se rendront à Genève pour une réunion avec l'émissaire.", "meeting"),
    ("Le Premier ministre indien sera reçu à l'Élysée par Emmanuel Macron.", "visit"),
    ("La ministre rencontrera son homologue marocain à Rabat.", "meeting"),
    ("Le chancelier allemand est attendu en visite à Varsovie la semaine prochaine.", "visit"),
]
DONE = [
    ("Le président tchadien a effectué lundi une visite d'État au Niger.", "visit"),
    ("Le Premier ministre indien a été reçu mardi à l'Élysée par Emmanuel Macron.", "visit"),
    ("La ministre a rencontré mardi son homologue marocain à Rabat.", "meeting"),
]


@pytest.mark.parametrize(("text", "category"), FUTURE)
def test_a_visit_or_meeting_to_come_is_not_alertable(extractor: Extractor, text: str, category: str) -> None:
    assert category not in [e.category for e in _events(extractor, text)]


@pytest.mark.parametrize(("text", "category"), DONE)
def test_the_same_visit_or_meeting_done_is_coded(extractor: Extractor, text: str, category: str) -> None:
    assert category in [e.category for e in _events(extractor, text)]


# (lang, text, category, source country, target country)
SIDES = [
    # the speaker after its verb is neither side when the sentence names the two
    (
        "fr",
        "Le Japon a imposé des sanctions à la Corée du Nord, a annoncé mardi le gouvernement japonais.",
        "sanction",
        "JPN",
        "PRK",
    ),
    (
        "fr",
        "Les Pays-Bas ont livré à l'Ukraine six avions de combat F-16, a indiqué jeudi le ministère "
        "néerlandais de la Défense.",
        "military_aid",
        "NLD",
        "UKR",
    ),
    (
        "fr",
        "Des drones russes ont frappé mardi soir Soumy, a fait savoir l'administration ukrainienne.",
        "airstrike",
        "RUS",
        "UKR",
    ),
    (
        "fr",
        "Les Vingt-Sept ont adopté un nouveau train de sanctions contre l'Iran, a annoncé la présidence "
        "irlandaise du Conseil.",
        "sanction",
        None,
        "IRN",
    ),
    # ...and is the source when nobody else is named: the army tells its own act
    (
        "fr",
        "« Nous avons repoussé une attaque près de Kolofata », a déclaré lundi l'armée camerounaise.",
        "clash",
        "CMR",
        None,
    ),
    # an actor after "against" is the target, also when the sentence names no other side
    ("en", "New sanctions against Iran were approved on Tuesday.", "sanction", None, "IRN"),
    ("es", "Nuevas sanciones contra Venezuela fueron aprobadas el jueves.", "sanction", None, "VEN"),
    ("de", "Neue Sanktionen gegen Belarus wurden am Montag beschlossen.", "sanction", None, "BLR"),
    ("fr", "De nouvelles sanctions contre la Syrie ont été adoptées lundi.", "sanction", None, "SYR"),
    ("fr", "Des sanctions contre le Venezuela ont été adoptées par le Canada.", "sanction", "CAN", "VEN"),
]


@pytest.mark.parametrize(("lang", "text", "category", "source", "target"), SIDES)
def test_speakers_and_opponents_are_placed(
    extractor: Extractor, lang: str, text: str, category: str, *, source: str | None, target: str | None
) -> None:
    events = [e for e in _events(extractor, text, lang) if e.category == category]
    assert events, text
    event = events[0]
    assert (event.source.country if event.source else None) == source
    assert (event.target.country if event.target else None) == target


# (text, the categories expected): infinitives after a claim, drones launched, glide bombs, aid
# received, and the earlier events a lead recalls ("au lendemain de", "cette attaque")
CODED = [
    ("L'état-major tchadien affirme avoir repris jeudi la localité de Tiné aux rebelles.", ["capture"]),
    ("Les FARDC disent avoir lancé une offensive contre les ADF près de Beni.", ["offensive"]),
    ("Moscou a envoyé dans la nuit de samedi à dimanche près de 90 drones sur Odessa.", ["airstrike"]),
    ("Des bombes guidées larguées par l'aviation russe ont frappé Kramatorsk dimanche.", ["airstrike"]),
    (
        "Le Burkina Faso a réceptionné mercredi trois drones Bayraktar livrés par la Turquie.",
        ["military_aid"],
    ),
    ("L'armée a réceptionné lundi des blindés offerts par les Émirats arabes unis.", ["military_aid"]),
    (
        "Des missiles russes ont frappé jeudi Kharkiv, au lendemain d'une attaque de drones sur Odessa.",
        ["missile_strike"],
    ),
    (
        "Des hommes armés ont ouvert le feu dimanche sur un marché de Bunia. Cette attaque survient après "
        "des frappes aériennes dans la région.",
        ["assault"],
    ),
]


@pytest.mark.parametrize(("text", "categories"), CODED)
def test_wire_constructions_are_coded(extractor: Extractor, text: str, categories: list[str]) -> None:
    assert sorted({e.category for e in _events(extractor, text)}) == categories


# (text, giver, receiver): the agent of "livrés par" gives, the subject of "réceptionner" receives
RECEIVED = [
    ("L'armée nigérienne a réceptionné lundi des drones de combat livrés par la Turquie.", "TUR", "NER"),
    ("Le Mali a réceptionné mardi deux hélicoptères fournis par la Russie.", "RUS", "MLI"),
    ("L'armée libanaise a reçu mardi des munitions américaines.", "USA", "LBN"),
]


@pytest.mark.parametrize(("text", "giver", "receiver"), RECEIVED)
def test_aid_received_goes_from_giver_to_receiver(
    extractor: Extractor, text: str, giver: str, receiver: str
) -> None:
    aid = [e for e in _events(extractor, text) if e.category == "military_aid"]
    assert aid, text
    assert aid[0].source is not None and aid[0].source.country == giver
    assert aid[0].target is not None and aid[0].target.country == receiver


# the date of a wire dateline is the dispatch's: the event keeps its own day (published Tuesday 3 Dec)
DATELINES = [
    (
        "fr",
        "KIEV, 3 décembre (AFP) - Des drones russes ont frappé dans la nuit de dimanche à lundi Soumy.",
        2,
    ),
    ("en", "KYIV, Dec 3 (Reuters) - Russian drones struck Sumy overnight into Monday, officials said.", 2),
    ("es", "BOGOTÁ, 3 dic (EFE) – Disidencias de las FARC atacaron el domingo una base militar en Cauca.", 1),
    ("fr", "GOMA, 3 décembre - Les rebelles du M23 se sont emparés dimanche de la localité de Pinga.", 1),
]


@pytest.mark.parametrize(("lang", "text", "day"), DATELINES)
def test_a_dateline_does_not_date_the_event(extractor: Extractor, lang: str, text: str, day: int) -> None:
    events = _events(extractor, text, lang)
    assert events, text
    assert all(e.event_date is not None and e.event_date.day == day for e in events)


# (lang, text): no alertable event; the same construction with a real event is in KEPT below
NOT_EVENTS = [
    # the month or year right after the trigger is long past, though the sentence tells of a day
    (
        "fr",
        "La cour d'assises a condamné jeudi à la perpétuité l'auteur de l'attentat commis en juillet 2016 "
        "sur la promenade des Anglais.",
    ),
    ("fr", "Le Hamas a assuré lundi respecter le cessez-le-feu conclu en mai 2021 avec Israël."),
    (
        "en",
        "A court in Paris on Thursday jailed a man for the bombing carried out in March 2016 in Brussels, "
        "which killed 32 people.",
    ),
    ("es", "El tribunal confirmó el martes la condena por el atentado cometido en marzo de 2004 en Madrid."),
    # fire opened on a bill; a parliamentary "guerrilla"
    ("fr", "Les sénateurs de droite ont ouvert le feu mercredi sur la réforme des retraites."),
    (
        "fr",
        "Le gouvernement accuse l'opposition de mener une guérilla parlementaire contre le budget, a déclaré "
        "mardi le porte-parole.",
    ),
    # arms sold, on a business page
    (
        "fr",
        "Le chiffre d'affaires de Thales a progressé de 9 % au troisième trimestre, porté par la livraison "
        "de radars et de missiles à plusieurs clients. L'action a gagné 2 % à la Bourse de Paris.",
    ),
]
KEPT = [
    ("fr", "Un attentat commis mardi à Mogadiscio a fait six morts, selon la police.", "assault"),
    (
        "fr",
        "Les combats, les plus violents depuis février 2022, ont fait mardi 30 morts près de Pokrovsk.",
        "clash",
    ),
    ("fr", "Des hommes armés ont ouvert le feu mardi sur la foule à Bunia, tuant six civils.", "assault"),
    (
        "fr",
        "Le gouvernement allemand a livré mardi vingt chars Leopard à l'Ukraine, faisant bondir l'action "
        "Rheinmetall de 5 % à la Bourse de Francfort.",
        "military_aid",
    ),
]


@pytest.mark.parametrize(("lang", "text"), NOT_EVENTS)
def test_history_metaphor_and_trade_are_not_events(extractor: Extractor, lang: str, text: str) -> None:
    assert _events(extractor, text, lang) == []


@pytest.mark.parametrize(("lang", "text", "category"), KEPT)
def test_the_real_event_is_kept(extractor: Extractor, lang: str, text: str, category: str) -> None:
    assert category in [e.category for e in _events(extractor, text, lang)]


# (title, text, category, source country, target country): who acts in wire copy
ACTORS = [
    # "frappes contre des terroristes" names the target, not the agent
    (
        "",
        "L'armée nigérienne a mené lundi des frappes aériennes contre des terroristes près de Tillia.",
        "airstrike",
        "NER",
        "NER",
    ),
    # a headline label is a topic, not the author of the attack it heads
    ("", "Pakistan : au moins douze morts dans un attentat-suicide à Peshawar", "assault", None, "PAK"),
    # the police telling of a bombing is not its author
    (
        "",
        "Une moto piégée a explosé jeudi sur un marché de Maiduguri, tuant cinq personnes, a indiqué "
        "la police nigériane.",
        "assault",
        None,
        "NGA",
    ),
    # "selon des experts de l'ONU": the UN reports, the group acts
    (
        "",
        "Les rebelles du M23, appuyés par le Rwanda selon un rapport de l'ONU, se sont emparés mardi "
        "de Masisi.",
        "capture",
        "COD",
        "COD",
    ),
]


@pytest.mark.parametrize(("title", "text", "category", "source", "target"), ACTORS)
def test_who_acts_in_wire_copy(
    extractor: Extractor, title: str, text: str, category: str, *, source: str | None, target: str | None
) -> None:
    events = [
        e for e in alertable(extractor.extract(doc(text, "fr", title=title)).events) if e.category == category
    ]
    assert events, text
    assert (events[0].source.country if events[0].source else None) == source
    assert (events[0].target.country if events[0].target else None) == target


def test_a_kind_of_attack_is_not_an_attack(extractor: Extractor) -> None:
    text = "Le groupe commet régulièrement ce type d'attentats contre les forces de sécurité dans le nord."
    assert _events(extractor, text) == []


def test_a_headline_takes_the_attribution_told_after_the_lead() -> None:
    # the lead ends on ", a annoncé le ministère": the headline's event is reported too
    lead = "Trois soldats ont été tués mardi par une mine près de Gao, a annoncé le ministère de la Défense."
    extraction = Extractor.load().extract(doc(lead, "fr", title="Mali : trois soldats tués par une mine"))
    assert {e.factuality for e in extraction.events} == {"reported"}


# (lang, text, category, source country): a side named by a possessive belongs to the actor named
# before it; a "secrétaire d'État" is a member of a government
OWNED = [
    (
        "fr",
        "L'état-major ivoirien assure que ses soldats ont repoussé une attaque près de Kafolo.",
        "clash",
        "CIV",
    ),
    (
        "fr",
        "Le ministère russe de la Défense a affirmé que ses troupes avaient pris le village de Hrouchivka.",
        "capture",
        "RUS",
    ),
    (
        "en",
        "The Israeli military said its forces had launched an offensive near Jenin on Monday.",
        "offensive",
        "ISR",
    ),
    ("fr", "La secrétaire d'État américaine a menacé mardi l'Iran de nouvelles frappes.", "threat", "USA"),
]


@pytest.mark.parametrize(("lang", "text", "category", "source"), OWNED)
def test_possessed_and_titled_sides(
    extractor: Extractor, lang: str, text: str, category: str, source: str
) -> None:
    events = [e for e in _events(extractor, text, lang) if e.category == category]
    assert events, text
    assert events[0].source is not None and events[0].source.country == source


def test_an_appeal_may_quote_what_it_asks(extractor: Extractor) -> None:
    text = "Le Quai d'Orsay a appelé jeudi Kinshasa et Kigali à « reprendre sans délai le dialogue »."
    assert "appeal" in [e.category for e in _events(extractor, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le gouvernement taïwanais redoute une offensive chinoise d'ici la fin de la décennie.",
        "Les habitants de Zaporijjia craignent une nouvelle offensive russe au printemps.",
        "L'armée s'attend à une offensive jihadiste dans la région de Mopti après la saison des pluies.",
    ],
)
def test_a_feared_offensive_is_not_alertable(extractor: Extractor, text: str) -> None:
    assert "offensive" not in [e.category for e in _events(extractor, text)]


def test_the_body_a_source_speaks_for_is_no_side(extractor: Extractor) -> None:
    text = "L'armée ukrainienne a bombardé mardi Horlivka, selon les autorités installées par Moscou."
    events = [e for e in _events(extractor, text) if e.category == "shelling"]
    assert events and events[0].target is not None and events[0].target.country == "UKR"


def test_a_suicide_bomber_blowing_himself_up_is_a_bombing(extractor: Extractor) -> None:
    text = "Un kamikaze s'est fait exploser jeudi devant une mosquée de Peshawar, tuant neuf fidèles."
    assert [e.category for e in _events(extractor, text)] == ["assault"]


@pytest.mark.parametrize(
    "text",
    [
        "Le niveau « urgence attentat » du plan Vigipirate a été relevé jeudi après des menaces terroristes.",
        "La DGSI a déjoué mardi un projet d'attentat contre un marché de Noël à Strasbourg.",
        "Une explosion dans une usine d'engrais a fait deux morts vendredi près du Havre.",
    ],
)
def test_alerts_plots_and_accidents_are_not_attacks(extractor: Extractor, text: str) -> None:
    assert _events(extractor, text) == []


def test_a_car_bomb_is_still_an_attack(extractor: Extractor) -> None:
    text = "Un attentat à la voiture piégée a fait six morts jeudi devant un hôtel de Mogadiscio."
    assert [e.category for e in _events(extractor, text)] == ["assault"]


# (lang, text, category, source country, target country): a repelled attack's author is the target;
# soldiers who "ont tué" killed, soldiers who "ont été tués" died; Boko Haram fighting in Cameroon is
# coded by where it acts (organisations.yaml operates_in), as the dev labels code it in Chad
REPELLED = [
    ("fr", "Les FDS ont repoussé lundi une attaque de l'EI près de Raqqa.", "clash", "SYR", "SYR"),
    (
        "fr",
        "L'armée camerounaise a repoussé jeudi une attaque de combattants de Boko Haram près de Mora.",
        "clash",
        "CMR",
        "CMR",
    ),
    (
        "en",
        "Nigerian troops repelled an attack by Boko Haram fighters on their base near Monguno.",
        "clash",
        "NGA",
        "NGA",
    ),
    ("fr", "Des soldats israéliens ont tué jeudi trois Palestiniens à Tulkarem.", "assault", "ISR", "PSE"),
]


@pytest.mark.parametrize(("lang", "text", "category", "source", "target"), REPELLED)
def test_repellers_and_killers_are_sources(
    extractor: Extractor, lang: str, text: str, category: str, *, source: str, target: str
) -> None:
    events = [e for e in _events(extractor, text, lang) if e.category == category]
    assert events, text
    assert events[0].source is not None and events[0].source.country == source
    assert events[0].target is not None and events[0].target.country == target


def test_policemen_who_perished_make_an_attack(extractor: Extractor) -> None:
    text = "Deux policiers ont péri mardi dans l'attaque d'un commissariat à Diffa."
    assert [e.category for e in _events(extractor, text)] == ["assault"]


# (text, category, source country, target country)
TALKS_AND_AID = [
    ("Le président ghanéen a été reçu lundi à Dakar par son homologue sénégalais.", "visit", "GHA", "SEN"),
    (
        "Les présidents turc et iranien se sont entretenus jeudi par visioconférence.",
        "phone_call",
        "TUR",
        "IRN",
    ),
    ("L'Union africaine a demandé jeudi un cessez-le-feu immédiat au Soudan.", "appeal", None, None),
    (
        "La Lituanie a déployé lundi des centaines de soldats supplémentaires à sa frontière.",
        "mobilisation",
        "LTU",
        None,
    ),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), TALKS_AND_AID)
def test_talks_calls_appeals_and_deployments(
    extractor: Extractor, text: str, category: str, *, source: str | None, target: str | None
) -> None:
    events = [e for e in _events(extractor, text) if e.category == category]
    assert events, text
    assert (events[0].source.country if events[0].source else None) == source
    if target is not None:
        assert events[0].target is not None and events[0].target.country == target


@pytest.mark.parametrize(
    "text",
    [
        "Les pourparlers entre Erevan et Bakou, suspendus depuis l'été, pourraient reprendre en janvier.",
        "Les négociations sur le nucléaire iranien sont au point mort depuis des mois, selon un diplomate.",
    ],
)
def test_stalled_talks_are_no_meeting(extractor: Extractor, text: str) -> None:
    assert "meeting" not in [e.category for e in _events(extractor, text)]


def test_a_sea_named_after_a_country_is_no_target(extractor: Extractor) -> None:
    text = "La Corée du Nord a tiré jeudi deux missiles balistiques en mer du Japon, selon Séoul."
    events = [e for e in _events(extractor, text) if e.category == "missile_strike"]
    assert events and (events[0].target is None or events[0].target.country != "JPN")


# (text, category, source country, target country): the weapon that fell on or hit its target, and
# the interceptor of a launcher named after the verb
WEAPONS = [
    (
        "Un missile balistique russe s'est abattu jeudi sur un centre commercial de Soumy.",
        "missile_strike",
        "RUS",
        "UKR",
    ),
    (
        "Un drone israélien a touché lundi une voiture près de Tyr, tuant deux personnes.",
        "airstrike",
        "ISR",
        "LBN",
    ),
    (
        "La défense antiaérienne a abattu dimanche trois missiles russes au-dessus de Lviv.",
        "missile_strike",
        "RUS",
        "UKR",
    ),
    ("Des frappes russes ont visé jeudi Zaporijjia, tuant quatre personnes.", "assault", "RUS", "UKR"),
]


@pytest.mark.parametrize(("text", "category", "source", "target"), WEAPONS)
def test_weapons_that_hit_and_weapons_shot_down(
    extractor: Extractor, text: str, category: str, *, source: str, target: str
) -> None:
    events = [e for e in _events(extractor, text) if e.category == category]
    assert events, text
    assert events[0].source is not None and events[0].source.country == source
    assert events[0].target is not None and events[0].target.country == target
    place = events[0].location
    assert place is None or place.country == target  # "La défense antiaérienne" is not the Paris district


def test_a_player_touching_the_bar_is_no_strike(extractor: Extractor) -> None:
    assert _events(extractor, "L'attaquant a touché la barre transversale mardi soir face à Lens.") == []
