"""French and German phenomena: threats of force (not of strikes or taxes), words between a verb and
its object ("se sont emparés mercredi de", "auf eine Waffenruhe an ihrer Grenze geeinigt"),
infinitives after an accusation, appeals with "exhorter" and long "zu" infinitives, ambushes as
fights, killings, intercepted missiles, compounds ("Militärhilfepaket"), passive drone strikes,
exercises, old wars, claims of responsibility, and country adjectives of the Sahel and Europe."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _events(extractor: Extractor, text: str, lang: str) -> list[Event]:
    return alertable(extractor.extract(doc(text, lang)).events)


def _categories(extractor: Extractor, text: str, lang: str) -> list[str]:
    return sorted({e.category for e in _events(extractor, text, lang)})


# (lang, text, the categories expected)
CODED = [
    # a threat of force
    (
        "fr",
        "Le chef des Gardiens de la révolution a menacé samedi de frapper les bases américaines.",
        ["threat"],
    ),
    ("fr", "Naïm Qassem a menacé mercredi Israël d'une riposte si les frappes se poursuivaient.", ["threat"]),
    ("de", "Nordkorea hat Südkorea am Freitag mit „gnadenloser Vergeltung“ gedroht.", ["threat"]),
    ("de", "Kim Jong Un hat den USA mit dem Einsatz von Atomwaffen gedroht.", ["threat"]),
    ("fr", "L'Iran a menacé de fermer le détroit d'Ormuz.", ["threat"]),
    ("fr", "La Corée du Nord a averti qu'elle riposterait militairement.", ["threat"]),
    ("de", "China droht Taiwan mit einer Seeblockade.", ["threat"]),
    # words between the verb and its object
    ("fr", "Les rebelles du M23 se sont emparés mercredi de la localité de Pinga.", ["capture"]),
    (
        "fr",
        "Le Pakistan et l'Afghanistan ont conclu dimanche à Doha un cessez-le-feu immédiat, après une "
        "semaine de combats frontaliers.",
        ["ceasefire"],
    ),
    (
        "de",
        "Thailand und Kambodscha haben sich am Montag in Kuala Lumpur auf eine sofortige Waffenruhe an "
        "ihrer umstrittenen Grenze geeinigt.",
        ["ceasefire"],
    ),
    (
        "fr",
        "Des soldats camerounais ont repoussé dans la nuit de lundi à mardi une attaque de combattants "
        "de Boko Haram.",
        ["clash"],
    ),
    # a violation told through the fire that breaks it is one event
    (
        "fr",
        "Le Hamas a accusé lundi l'armée israélienne d'avoir violé le cessez-le-feu à Khan Younès, où "
        "des tirs de chars ont tué deux Palestiniens.",
        ["ceasefire_violation"],
    ),
    # appeals
    (
        "fr",
        "Le président de la Commission de l'Union africaine a exhorté jeudi l'armée soudanaise à conclure "
        "une trêve humanitaire.",
        ["appeal"],
    ),
    (
        "de",
        "UN-Generalsekretär António Guterres hat China und die Philippinen am Mittwoch aufgefordert, ihren "
        "Streit um das Scarborough-Riff auf dem Verhandlungsweg beizulegen.",
        ["appeal"],
    ),
    ("fr", "La France demande à Israël de cesser ses frappes au Liban.", ["appeal"]),
    ("fr", "Le secrétaire général de l'ONU a lancé un appel à la paix en Ukraine.", ["appeal"]),
    # the fights an appeal asks to stop are no event; "schützen" (protect) is no gunman
    ("de", "Frankreich verlangt von Israel, die Angriffe im Libanon einzustellen.", ["appeal"]),
    ("de", "Die Bundesregierung drängt Russland, die Kämpfe einzustellen.", ["appeal"]),
    ("de", "Die UN rief die Konfliktparteien im Sudan auf, die Zivilisten zu schützen.", ["appeal"]),
    ("de", "Unbekannte Schützen haben am Sonntag in Culiacán sieben Menschen getötet.", ["assault"]),
    # an ambush is a fight; a killing by a gang is an assault
    (
        "fr",
        "Une patrouille de l'armée nigérienne est tombée jeudi dans une embuscade près de Tillia.",
        ["clash"],
    ),
    ("fr", "Des membres d'un gang ont tué au moins douze personnes jeudi dans l'Artibonite.", ["assault"]),
    # an attack on a military post, told with a noun, is a fight
    ("fr", "Les jihadistes du JNIM ont attaqué mardi un camp militaire à Boulkessi.", ["clash"]),
    (
        "fr",
        "Au moins 20 soldats ont été tués dans une attaque jihadiste contre un poste militaire à Diapaga.",
        ["clash"],
    ),
    (
        "de",
        "Bei einem Angriff auf einen Militärstützpunkt in Djibo wurden Dutzende Soldaten getötet.",
        ["clash"],
    ),
    # German separable verb in the present tense
    ("de", "Russische Truppen greifen seit Montag Pokrowsk an.", ["assault"]),
    # intercepted missiles
    ("fr", "L'armée israélienne a intercepté mercredi un missile tiré depuis le Yémen.", ["missile_strike"]),
    ("de", "Die israelische Armee hat eine aus dem Jemen abgefeuerte Rakete abgefangen.", ["missile_strike"]),
    # military aid: "avions de combat" is no fight; compounds; present tense
    (
        "fr",
        "La France a livré à l'Ukraine un nouveau lot d'avions de combat Mirage 2000-5.",
        ["military_aid"],
    ),
    ("de", "Die Niederlande haben der Ukraine ein neues Militärhilfepaket zugesagt.", ["military_aid"]),
    ("de", "Die Niederlande liefern der Ukraine weitere Panzer.", ["military_aid"]),
    # mobilisation, and attacks that are only its motive
    ("fr", "Le gouvernement malien a décrété mardi le rappel des militaires réservistes.", ["mobilisation"]),
    (
        "fr",
        "La junte a décrété jeudi la mobilisation générale pour faire face à la multiplication des "
        "attaques jihadistes.",
        ["mobilisation"],
    ),
    # aid pledged or supplied, troops moved, conscription extended, truces agreed
    ("fr", "Berlin a fourni à Kiev deux systèmes Patriot supplémentaires.", ["military_aid"]),
    ("de", "Großbritannien hat der Ukraine am Montag 5000 Flugabwehrraketen zugesagt.", ["military_aid"]),
    (
        "de",
        "Die USA stellen Taiwan Rüstungsgüter im Wert von 400 Millionen Dollar zur Verfügung.",
        ["military_aid"],
    ),
    ("de", "Russland hat Tausende Soldaten an die finnische Grenze verlegt.", ["mobilisation"]),
    ("de", "Die litauische Regierung verlängerte den Wehrdienst um sechs Monate.", ["mobilisation"]),
    (
        "fr",
        "Le président ukrainien a signé un décret prolongeant la conscription de six mois.",
        ["mobilisation"],
    ),
    (
        "fr",
        "Les belligérants soudanais ont accepté de cesser les hostilités à partir de minuit.",
        ["ceasefire"],
    ),
    ("de", "Eine Waffenruhe ist am Montag im Sudan in Kraft getreten.", ["ceasefire"]),
    (
        "de",
        "Die Konfliktparteien im Sudan verständigten sich am Sonntag auf eine 72-stündige Feuerpause.",
        ["ceasefire"],
    ),
    (
        "de",
        "UN-Generalsekretär António Guterres rief am Sonntag zu einem Ende der Gewalt im Sudan auf.",
        ["appeal"],
    ),
    # "tirer sur" is no topic of talks: the violation is coded
    (
        "fr",
        "L'Azerbaïdjan accuse l'Arménie d'avoir tiré sur ses positions, en violation du cessez-le-feu.",
        ["ceasefire_violation"],
    ),
    # meetings, visits and drones in German
    (
        "de",
        "Emmanuel Macron traf am Dienstag in Kairo mit dem ägyptischen Präsidenten zusammen.",
        ["meeting"],
    ),
    (
        "de",
        "Die Außenminister Armeniens und Aserbaidschans sind am Freitag in Abu Dhabi zusammengetroffen.",
        ["meeting"],
    ),
    (
        "de",
        "Ein Krankenhaus in El-Obeid ist am Dienstag von Drohnen der RSF-Miliz getroffen worden.",
        ["airstrike"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "categories"), CODED)
def test_a_phenomenon_is_coded(extractor: Extractor, lang: str, text: str, categories: list[str]) -> None:
    assert _categories(extractor, text, lang) == categories


# Traps: threats of strikes and taxes, old wars, exercises.
NOT_EVENTS = [
    ("fr", "Les taxis menacent de bloquer Paris lundi."),
    ("fr", "Les agriculteurs menacent le gouvernement d'un blocage de Paris."),
    ("fr", "Pékin multiplie les invitations pour désamorcer la menace de nouvelles taxes européennes."),
    ("de", "Die EU droht mit höheren Zöllen auf chinesische Elektroautos."),
    (
        "fr",
        "Un ancien diplomate revient sur la guerre de juillet 2006, lorsque l'aviation israélienne avait "
        "bombardé le sud du Liban.",
    ),
    ("de", "Im Krieg von 2006 feuerte die Hisbollah Tausende Raketen auf Nordisrael."),
    ("de", "Soldaten der Bundeswehr haben am Dienstag den Angriff auf eine feindliche Stellung geübt."),
    # an old attack told with a number word; accidents; domestic meetings; sports receptions
    ("fr", "Il y a dix ans, les attentats de Bruxelles faisaient 32 morts."),
    ("de", "Vor zehn Jahren griffen Kämpfer des IS Paris an."),
    ("fr", "Une explosion de gaz a fait trois morts dans un immeuble de Lyon."),
    ("fr", "Le ministre de l'Économie a rencontré mardi les représentants du patronat."),
    ("fr", "Le président a reçu mardi à l'Élysée les champions du monde de handball."),
    ("de", "Der Bundeskanzler empfing am Montag die Weltmeister im Kanzleramt."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_EVENTS)
def test_a_trap_is_not_an_event(extractor: Extractor, lang: str, text: str) -> None:
    assert _events(extractor, text, lang) == []


def test_gunmen_opening_fire_is_one_assault(extractor: Extractor) -> None:
    text = "Des hommes armés ont ouvert le feu vendredi sur un marché de Djibo, tuant au moins dix civils."
    assert [e.category for e in _events(extractor, text, "fr")] == ["assault"]


@pytest.mark.parametrize(
    ("lang", "text", "factuality"),
    [
        # a claim of responsibility does not make the outlet's own account a report
        (
            "fr",
            "Un attentat à la voiture piégée, revendiqué par les shebab, a tué sept personnes mardi "
            "à Mogadiscio.",
            "asserted",
        ),
        ("fr", "Le Hamas accuse Israël de violer la trêve à Khan Younès.", "reported"),
        # folded "hatten"/"wurden" are not the Konjunktiv "hätten"/"würden"
        ("de", "Die Rebellen hatten die Stadt am Montag eingenommen.", "asserted"),
        ("de", "Kämpfer hätten am Sonntag israelische Soldaten angegriffen.", "reported"),
        ("de", "Zwölf Soldaten wurden am Freitag in einem Hinterhalt getötet.", "asserted"),
        # a denial of reports reaches the clause they tell ("wonach")
        ("de", "Kiew dementierte Berichte, wonach ukrainische Truppen Kursk angegriffen hätten.", "negated"),
        # an accusation reports its content
        (
            "de",
            "Aserbaidschan wirft Armenien vor, am Dienstag Stellungen in Latschin beschossen zu haben.",
            "reported",
        ),
        (
            "de",
            "Dabei wurden am Freitag zwölf Soldaten in einem Hinterhalt getötet, wie aus "
            "Sicherheitskreisen verlautete.",
            "reported",
        ),
    ],
)
def test_attribution(extractor: Extractor, lang: str, text: str, factuality: str) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert [e.factuality for e in events] == [factuality]


@pytest.mark.parametrize(
    ("lang", "text", "source", "target"),
    [
        ("fr", "Le président ivoirien s'est rendu lundi à Dakar.", "CIV", "SEN"),
        ("de", "Thailändische Soldaten griffen kambodschanische Stellungen an.", "THA", "KHM"),
    ],
)
def test_country_adjectives(extractor: Extractor, lang: str, text: str, source: str, target: str) -> None:
    (event,) = _events(extractor, text, lang)
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a missile named like a town, and German "dabei" (an alternate name of Dubai), are no places
        (
            "fr",
            "La Russie a tiré dimanche deux missiles balistiques Iskander sur le centre de Kharkiv.",
            "Kharkiv",
        ),
        (
            "de",
            "Pakistanische Artillerie hat Grenzposten beschossen. Dabei wurden drei Soldaten getötet.",
            None,
        ),
    ],
)
def test_words_named_like_towns_are_no_places(
    extractor: Extractor, lang: str, text: str, place: str | None
) -> None:
    (event,) = _events(extractor, text, lang)
    assert (event.location.name if event.location is not None else None) == place


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "Die Rebellen eroberten am Montag Charkiw. Israel warf Russland vor, die Waffenruhe bei Goma "
            "gebrochen zu haben.",
        ),
        (
            "fr",
            "Les rebelles ont pris lundi le contrôle de Goma. Le Rwanda accuse le Burundi d'avoir violé "
            "la trêve.",
        ),
    ],
)
def test_an_accusation_reports_only_its_own_sentence(extractor: Extractor, lang: str, text: str) -> None:
    events = _events(extractor, text, lang)
    assert [(e.category, e.factuality) for e in events] == [
        ("capture", "asserted"),
        ("ceasefire_violation", "reported"),
    ]
