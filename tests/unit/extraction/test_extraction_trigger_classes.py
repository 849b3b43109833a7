"""Classes of triggers in all seven languages: military-aid deliveries, plural and participle forms,
truces reached as agreements, appeals (not phone calls), fighting between armed parties (clash, not
assault), and contacts that code no event (a crew welcomed home, a trip at home, a sports "summit")."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor


def _categories(extractor: Extractor, text: str, lang: str) -> list[str]:
    return sorted({e.category for e in alertable(extractor.extract(doc(text, lang)).events)})


# (lang, text, the one category expected)
CLASSES = [
    # military aid delivered, handed over or supplied
    ("en", "Norway delivered two more air defence systems to Ukraine on Friday.", "military_aid"),
    ("fr", "La France a livré vendredi six canons Caesar supplémentaires à l'Ukraine.", "military_aid"),
    ("es", "España entregó el viernes diez vehículos blindados al ejército ucraniano.", "military_aid"),
    ("de", "Die Niederlande haben der Ukraine am Freitag weitere Haubitzen übergeben.", "military_aid"),
    ("ru", "Иран передал России партию беспилотников в пятницу.", "military_aid"),
    ("tr", "Türkiye, Somali ordusuna zırhlı araçlar teslim etti.", "military_aid"),
    ("ar", "سلمت الولايات المتحدة الجيش اللبناني مدرعات جديدة يوم الجمعة.", "military_aid"),
    # Arabic plural raids; Russian short passive participles
    ("ar", "شنت الطائرات الإسرائيلية غارات على بلدات في جنوب لبنان يوم الأحد.", "airstrike"),
    (
        "ru",
        "Населенный пункт Работино полностью освобожден российскими войсками, сообщило Минобороны.",
        "capture",
    ),
    # a truce reached as an agreement
    ("de", "Armenien und Aserbaidschan haben sich am Sonntag auf eine Waffenruhe geeinigt.", "ceasefire"),
    ("ar", "أعلنت الحكومة السودانية التوصل إلى اتفاق لوقف إطلاق النار مع قوات الدعم السريع.", "ceasefire"),
    ("tr", "Ermenistan ve Azerbaycan pazar günü ateşkes konusunda anlaşmaya vardı.", "ceasefire"),
    ("fr", "Le Mali et les rebelles touareg se sont entendus dimanche sur un cessez-le-feu.", "ceasefire"),
    # an appeal to do something, not a phone call
    (
        "fr",
        "Le secrétaire général de l'ONU a appelé Israël et le Hezbollah à cesser les hostilités.",
        "appeal",
    ),
    ("en", "The UN Secretary-General urged Israel and Hezbollah to cease hostilities.", "appeal"),
    ("es", "El papa instó a Rusia y Ucrania a poner fin a los combates.", "appeal"),
    (
        "de",
        "Der UN-Generalsekretär hat Israel und die Hisbollah aufgerufen, die Angriffe einzustellen.",
        "appeal",
    ),
    ("ru", "Генсек ООН призвал Израиль и Хезболлу прекратить огонь.", "appeal"),
    # armed party against armed party: ambushes, repelled attacks, attacks on army posts
    ("en", "Jihadist fighters attacked an army post near Djibo on Sunday, killing 12 soldiers.", "clash"),
    ("fr", "L'armée burkinabè a repoussé une attaque jihadiste contre la ville de Djibo.", "clash"),
    ("es", "Guerrilleros del ELN emboscaron una patrulla militar en Arauca el domingo.", "clash"),
    ("de", "Die malische Armee hat einen Angriff von Dschihadisten auf Gao abgewehrt.", "clash"),
    ("ru", "Российские военные отразили атаку украинских подразделений у Курска.", "clash"),
    ("tr", "Türk askerleri PKK'nın saldırısını Hakkari'de püskürttü.", "clash"),
    ("ar", "صد الجيش السوداني هجوما لقوات الدعم السريع على الفاشر.", "clash"),
]


@pytest.mark.parametrize(("lang", "text", "category"), CLASSES)
def test_a_trigger_class_is_coded(extractor: Extractor, lang: str, text: str, category: str) -> None:
    assert _categories(extractor, text, lang) == [category]


# Traps: contacts with no diplomatic event, sport wording.
NOT_EVENTS = [
    ("de", "Hunderte Angehörige empfingen die Besatzung der Fregatte am Kai von Kiel."),
    ("en", "Hundreds of relatives welcomed the frigate's crew home in Portsmouth."),
    ("fr", "Le ministre de l'Intérieur était en déplacement à Lyon mardi."),
    ("tr", "Milli güreşçimiz sezonu zirvede tamamladı."),
    ("fr", "Le président a appelé son homologue sénégalais au téléphone."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_EVENTS[:4])
def test_a_contact_without_parties_is_not_an_event(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, text, lang) == []


def test_a_call_au_telephone_stays_a_phone_call(extractor: Extractor) -> None:
    lang, text = NOT_EVENTS[4]
    assert _categories(extractor, text, lang) == ["phone_call"]


# (lang, title, lead, categories): a bare "attack" in the title retells the precise fight of the
# lead at the same place; a bare attack elsewhere is another event.
RETOLD = [
    (
        "en",
        "Attack on army base near Gao",
        "Jihadist fighters stormed an army base near Gao on Sunday, killing ten soldiers.",
        ["clash"],
    ),
    (
        "fr",
        "Attaque contre un camp près de Gao",
        "Des jihadistes ont attaqué un camp militaire près de Gao dimanche, tuant dix soldats.",
        ["clash"],
    ),
    (
        "en",
        "",
        "Russian missiles struck Kharkiv on Monday.\n\nIn Dagestan, militants attacked a police post in "
        "Derbent, killing two officers.",
        ["assault", "missile_strike"],
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "categories"), RETOLD)
def test_a_bare_attack_retelling_a_precise_fight_is_one_event(
    extractor: Extractor, lang: str, title: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, title=title)).events)
    assert sorted(e.category for e in events) == categories


# (lang, text): a bombing by aircraft is an air strike, not shelling.
AIR_BOMBING = [
    ("en", "Military aircraft bombed a village in the Sagaing region on Sunday, killing 18 civilians."),
    ("es", "Los bombardeos de la aviación israelí mataron a diez personas en el sur del Líbano el lunes."),
    ("fr", "L'aviation soudanaise a bombardé un marché de Nyala lundi, tuant quinze civils."),
]


@pytest.mark.parametrize(("lang", "text"), AIR_BOMBING)
def test_a_bombing_by_aircraft_is_an_airstrike(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, text, lang) == ["airstrike"]


# German idioms and word orders: fire "taken under", a verb-first raid by jets, a truce agreed on
# with adjectives between article and noun.
GERMAN_FORMS = [
    (
        "Türkische Artillerie hat am Montag kurdische Stellungen bei Kobane unter Beschuss genommen.",
        "shelling",
    ),
    ("Kurz darauf griffen israelische Kampfjets Ziele der Hisbollah im Südlibanon an.", "airstrike"),
    ("Sudan und Südsudan haben sich auf eine sofortige und bedingungslose Waffenruhe geeinigt.", "ceasefire"),
]


@pytest.mark.parametrize(("text", "category"), GERMAN_FORMS)
def test_german_forms_are_coded(extractor: Extractor, text: str, category: str) -> None:
    assert _categories(extractor, text, "de") == [category]
