"""Two events of one article, or one told twice, in every language: a truce agreed by parties named at
length and broken later is two events (VSO Arabic puts both parties between the verb and the truce).
Strikes told together in one sentence: one strike read twice (its attacker's adjective taken for the
side struck) is one event; two strikes by two sides joined by "while", "as",
"alors que", "mientras", "während", "в то время как", "بينما" are two. An attack "towards" a town is an
offensive, and in a verb-final language the aircraft that opens the clause makes its bombardment an
air strike (not where artillery is named)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-18T10:00:00"  # a Wednesday


def _categories(extractor: Extractor, lang: str, text: str) -> list[str]:
    return sorted(e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events))


# (lang, text): one missile strike, whatever the second trigger of its sentence reads as its sides
ONE_STRIKE = [
    ("en", "A Russian cruise missile slammed into a warehouse in Odesa on Tuesday, killing two workers."),
    ("fr", "Un missile de croisière russe s'est abattu mardi sur un entrepôt d'Odessa, tuant deux employés."),
    (
        "es",
        "Un misil de crucero ruso impactó el martes contra un almacén de Odesa y mató a dos trabajadores.",
    ),
    ("ru", "Российская крылатая ракета во вторник попала в склад в Одессе, погибли двое рабочих."),
    ("tr", "Rusya'nın fırlattığı seyir füzesi salı günü Odessa'da bir depoya isabet etti, iki işçi öldü."),
    ("ar", "أصاب صاروخ كروز روسي، الثلاثاء، مستودعا في مدينة أوديسا، ما أسفر عن مقتل عاملين."),
]


@pytest.mark.parametrize(("lang", "text"), ONE_STRIKE, ids=[lang for lang, _ in ONE_STRIKE])
def test_one_strike_read_twice_is_one_event(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == ["missile_strike"]


# (lang, text): two drone strikes by two sides in one sentence
TWO_SIDES = [
    (
        "en",
        "Russian drones hit Kharkiv overnight as Ukrainian drones struck an oil depot in Russia's "
        "Belgorod region, officials on both sides said.",
    ),
    (
        "fr",
        "Des drones russes ont frappé Kharkiv dans la nuit, alors que des drones ukrainiens ont touché un "
        "dépôt pétrolier dans la région russe de Belgorod, selon les autorités.",
    ),
    (
        "es",
        "Drones rusos atacaron Járkov durante la noche, mientras drones ucranianos alcanzaron un depósito "
        "de petróleo en la región rusa de Bélgorod, según las autoridades.",
    ),
    (
        "de",
        "Russische Drohnen trafen in der Nacht Charkiw, während ukrainische Drohnen ein Öldepot in der "
        "russischen Region Belgorod angriffen, teilten Behörden mit.",
    ),
    (
        "ru",
        "Российские беспилотники ночью атаковали Харьков, в то время как украинские дроны поразили "
        "нефтебазу в Белгородской области России, сообщили власти.",
    ),
    (
        "ar",
        "ضربت مسيّرات روسية خاركيف ليلا، بينما استهدفت مسيّرات أوكرانية مستودعا للنفط في منطقة "
        "بيلغورود الروسية، وفق السلطات.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_SIDES, ids=[lang for lang, _ in TWO_SIDES])
def test_two_strikes_by_two_sides_stay_two(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == ["airstrike", "airstrike"]


def test_as_of_such_as_opens_no_clause(extractor: Extractor) -> None:
    text = (
        "Russian forces shelled frontline towns such as Kostiantynivka on Tuesday, killing three "
        "civilians, Ukrainian officials said."
    )
    events = alertable(extractor.extract(doc(text, "en", PUBLISHED)).events)
    assert [(e.category, e.source.country if e.source else None) for e in events] == [("shelling", "RUS")]


@pytest.mark.parametrize(
    ("text", "category"),
    [
        (
            "أطلق الجيش السوداني، السبت، هجوما واسعا نحو مدينة بارا في شمال كردفان، بحسب مصادر عسكرية.",
            "offensive",
        ),
        (
            "بدأت القوات الروسية الاثنين هجوما جديدا باتجاه مدينة كوبيانسك، وفق هيئة الأركان الأوكرانية.",
            "offensive",
        ),
        # near miss: an attack on a checkpoint is no push towards a town
        ("هاجم مسلحون حاجزا للشرطة في مدينة العريش، ما أسفر عن مقتل ثلاثة عناصر.", "assault"),
    ],
)
def test_arabic_attack_towards_a_town_is_an_offensive(extractor: Extractor, text: str, category: str) -> None:
    assert _categories(extractor, "ar", text) == [category]


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        (
            "tr",
            "İsrail savaş uçakları pazar günü Han Yunus'ta sığınak olarak kullanılan bir okulu bombaladı.",
            "airstrike",
        ),
        # near misses: artillery named, or a verb-second language whose aircraft is a recalled attack
        ("tr", "Rus topçusu pazar günü Herson'un yerleşim bölgelerini yoğun şekilde bombaladı.", "shelling"),
        (
            "de",
            "Als Vergeltung für den Drohnenangriff auf Belgorod beschoss die russische Armee am Montag "
            "Wohnviertel in Charkiw.",
            "shelling",
        ),
    ],
)
def test_aircraft_opening_a_verb_final_clause_flies_the_bombardment(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    assert _categories(extractor, lang, text) == [category]


# (lang, text): a truce agreed by two parties named at length, then broken two days later -> two events
TRUCE_AGREED_THEN_BROKEN = [
    (
        "en",
        "The Sudanese army and the paramilitary Rapid Support Forces agreed on Saturday to a humanitarian "
        "truce in El Fasher. On Monday, the army accused the RSF of breaking the truce by shelling the city.",
    ),
    (
        "fr",
        "L'armée soudanaise et les paramilitaires des Forces de soutien rapide ont conclu samedi une trêve "
        "humanitaire à El-Facher. Lundi, l'armée a accusé les FSR d'avoir violé la trêve en bombardant "
        "la ville.",
    ),
    (
        "es",
        "El ejército sudanés y las paramilitares Fuerzas de Apoyo Rápido acordaron el sábado una tregua "
        "humanitaria en El Fasher. El lunes, el ejército acusó a las FAR de violar la tregua al bombardear "
        "la ciudad.",
    ),
    (
        "de",
        "Die sudanesische Armee und die paramilitärischen RSF haben sich am Samstag auf eine humanitäre "
        "Waffenruhe in El Fascher geeinigt. Am Montag warf die Armee der RSF vor, die Waffenruhe mit dem "
        "Beschuss der Stadt gebrochen zu haben.",
    ),
    (
        "ru",
        "Суданская армия и военизированные Силы быстрого реагирования в субботу договорились о гуманитарном "
        "перемирии в Эль-Фашире. В понедельник армия обвинила СБР в нарушении перемирия, заявив, что они "
        "обстреляли город.",
    ),
    (
        "tr",
        "Sudan ordusu ile paramiliter Hızlı Destek Kuvvetleri cumartesi günü El Faşir'de insani ateşkes "
        "konusunda anlaştı. Ordu pazartesi günü HDK'yı kenti bombalayarak ateşkesi ihlal etmekle suçladı.",
    ),
    (
        "ar",
        "اتفق الجيش السوداني وقوات الدعم السريع شبه العسكرية يوم السبت في مدينة الفاشر على هدنة إنسانية. "
        "واتهم الجيش الاثنين قوات الدعم السريع بخرق الهدنة عبر قصف المدينة.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), TRUCE_AGREED_THEN_BROKEN, ids=[lang for lang, _ in TRUCE_AGREED_THEN_BROKEN]
)
def test_a_truce_agreed_then_broken_is_two_events(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == ["ceasefire", "ceasefire_violation"]


# (lang, text): a violation told through the attack that breaks it, the attack between the truce and
# the verb that closes the clause in German -> one violation, no second fight
VIOLATION_BY_AN_ATTACK = [
    (
        "de",
        "Die Armee warf den Rebellen am Montag vor, die Waffenruhe mit einem nächtlichen Angriff auf ihre "
        "Stellungen nahe Goma gebrochen zu haben.",
    ),
    (
        "en",
        "The army accused the rebels on Monday of breaking the truce with a night attack on its positions "
        "near Goma.",
    ),
    (
        "fr",
        "L'armée a accusé lundi les rebelles d'avoir rompu la trêve par une attaque nocturne contre ses "
        "positions près de Goma.",
    ),
    (
        "es",
        "El ejército acusó el lunes a los rebeldes de romper la tregua con un ataque nocturno contra sus "
        "posiciones cerca de Goma.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), VIOLATION_BY_AN_ATTACK, ids=[lang for lang, _ in VIOLATION_BY_AN_ATTACK]
)
def test_a_truce_broken_by_an_attack_is_one_violation(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == ["ceasefire_violation"]
