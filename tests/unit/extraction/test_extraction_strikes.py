"""Strike categories and their duplicates: the weapon decides the category, a headline and its lead
tell one strike once, and military aid is coded from deliveries, packages and announced pledges."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Actor, Event, Evidence, Location
from vigie_extractor.core import Extractor
from vigie_extractor.core.dedupe import dedupe_and_number, same_place
from vigie_extractor.core.triggers import load_categories, load_lexicons, refine

PUB = "2026-11-18T12:00:00"


def _categories(extractor: Extractor, text: str, lang: str, title: str = "") -> list[str]:
    events = alertable(extractor.extract(doc(text, lang, PUB, title=title)).events)
    return sorted(e.category for e in events)


@pytest.mark.parametrize(
    ("lang", "title", "text", "category"),
    [
        ("en", "Strike kills two in Tyre", (
            "An Israeli warplane hit a house in Tyre on Tuesday, killing two people, Lebanese "
            "media said."
        ), "airstrike"),
        ("fr", "Une frappe tue trois personnes à Tyr", (
            "Un drone israélien a visé mardi une voiture à Tyr, dans le sud du Liban, selon "
            "l'agence nationale."
        ), "airstrike"),
        ("ru", "Удар по Херсону", (
            "Российская армия во вторник выпустила по Херсону несколько ракет, сообщила "
            "областная администрация."
        ), "missile_strike"),
        ("de", "Russischer Angriff auf Saporischschja: zwei Tote", (
            "Russische Kampfflugzeuge warfen am Dienstag Bomben auf ein Industriegebiet in "
            "Saporischschja, teilte die Regionalverwaltung mit."
        ), "airstrike"),
    ],
)  # fmt: skip
def test_a_headline_strike_takes_the_weapon_of_the_lead(
    extractor: Extractor, lang: str, title: str, text: str, category: str
) -> None:
    assert _categories(extractor, text, lang, title) == [category]


def test_a_rocket_launcher_is_artillery_not_a_missile() -> None:
    lexicons, categories = load_lexicons(), load_categories()
    generic = next(e for e in lexicons["en"].entries if e.generic)
    for lang, sentence, category in (
        ("en", "the attack with multiple rocket launchers", "shelling"),
        ("en", "the attack with rockets", "missile_strike"),
        ("ru", "удар из рсзо по городу", "shelling"),
        ("es", "el ataque con lanzacohetes múltiples", "shelling"),
    ):
        rules = lexicons[lang].context
        entry = refine(generic, rules, sentence, (0, len(sentence)), categories)
        assert entry.category == category, (lang, sentence)


def test_refinement_keeps_the_weapon_order_when_words_do_not_overlap() -> None:
    lexicons, categories = load_lexicons(), load_categories()
    generic = next(e for e in lexicons["en"].entries if e.generic)
    sentence = "the attack by drones and tanks"
    entry = refine(generic, lexicons["en"].context, sentence, (0, len(sentence)), categories)
    assert (entry.category, entry.cameo) == ("airstrike", "1952")


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        ("en", (
            "Israeli warplanes bombarded the outskirts of Khan Younis on Tuesday, killing ten "
            "people, medics said."
        ), "airstrike"),
        ("fr", "Le village a été bombardé par l'aviation russe mardi, selon les secours.", "airstrike"),
        ("de", (
            "Malische Hubschrauber beschossen am Dienstag Stellungen von Dschihadisten nahe "
            "Gao, teilte die Armee mit."
        ), "airstrike"),
        ("en", (
            "Russian forces bombarded Kherson with artillery on Tuesday as helicopters "
            "circled overhead, officials said."
        ), "shelling"),
        ("en", (
            "Russian forces shelled Kherson on Tuesday while a drone hit a bus nearby, "
            "officials said."
        ), "shelling"),
    ],
)  # fmt: skip
def test_a_bombardment_by_aircraft_is_an_air_strike(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUB)).events)
    assert events and events[0].category == category


def test_headline_and_lead_in_two_strike_categories_are_one_strike(extractor: Extractor) -> None:
    title = "Israel bombardea Rafah: ocho muertos"
    text = (
        "Aviones israelíes bombardearon el martes varias casas en Rafah, en el sur de "
        "Gaza, y mataron a ocho personas, según fuentes médicas."
    )
    events = alertable(extractor.extract(doc(text, "es", PUB, title=title)).events)
    assert [e.category for e in events] == ["airstrike"]
    assert events[0].location is not None and events[0].location.name == "Rafah"


def test_a_headline_with_two_kinds_of_strike_keeps_both(extractor: Extractor) -> None:
    title = "Shelling and drone attack hit Kherson region"
    text = (
        "Russian forces shelled Kherson with artillery on Tuesday, wounding three people, while a Russian "
        "drone dropped a grenade on a car in the village of Bilozerka, the regional administration said."
    )
    assert _categories(extractor, text, "en", title) == ["airstrike", "shelling"]


def test_a_region_and_a_town_of_it_are_one_place() -> None:
    region = Location(
        text="Nord-Kivu", name="North Kivu", country="COD", lat=-0.8, lon=29.0, feature="region"
    )
    town = Location(text="Sake", name="Sake", country="COD", lat=-1.57, lon=29.04, feature="city")
    far = Location(text="Kinshasa", name="Kinshasa", country="COD", lat=-4.32, lon=15.31, feature="city")
    other = Location(text="Goma", name="Goma", country="COD", lat=-1.68, lon=29.22, feature="city")
    assert same_place(region, town)
    assert not same_place(region, far)
    assert same_place(town, other)  # two towns 20 km apart (the existing nearby rule)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", (
            "Norway has handed over a second batch of Archer self-propelled howitzers to "
            "Ukraine, the ministry said on Tuesday."
        )),
        ("en", (
            "Finland will send 30 armoured vehicles and ammunition to Ukraine, the defence "
            "minister announced on Tuesday."
        )),
        ("fr", (
            "Le gouvernement néerlandais a approuvé mardi l'envoi de six avions de combat "
            "F-16 supplémentaires à l'Ukraine."
        )),
        ("es", (
            "Portugal entregó el martes a Ucrania un segundo lote de munición de artillería, "
            "según el Ministerio de Defensa."
        )),
        ("de", (
            "Schweden wird der Ukraine drei weitere Luftverteidigungssysteme liefern, "
            "kündigte die Regierung am Dienstag an."
        )),
        ("ru", (
            "Польша передала Украине очередную партию боевых машин пехоты, сообщило во "
            "вторник министерство обороны."
        )),
        ("ru", "Правительство Южной Кореи во вторник одобрило передачу Филиппинам патрульных катеров."),
        ("ar", "أعلنت فرنسا يوم الثلاثاء أنها سترسل صواريخ دفاع جوي إضافية إلى أوكرانيا."),
        ("ar", (
            "سلّمت الإمارات يوم الثلاثاء الجيش الصومالي في مقديشو شحنة من العربات المدرعة، "
            "بحسب وكالة الأنباء الصومالية."
        )),
    ],
)  # fmt: skip
def test_deliveries_and_announced_pledges_are_military_aid(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert _categories(extractor, text, lang) == ["military_aid"]


def test_an_announced_future_delivery_is_no_future_event(extractor: Extractor) -> None:
    events = extractor.extract(
        doc("Britain will send 200 more air defence missiles to Ukraine.", "en", PUB)
    ).events
    assert [(e.category, e.factuality) for e in events] == [("military_aid", "asserted")]
    maybe = extractor.extract(
        doc("Britain could send more fighter jets to Ukraine if the war drags on.", "en", PUB)
    ).events
    assert alertable(maybe) == []


def test_a_weapon_listed_in_an_aid_package_is_no_strike(extractor: Extractor) -> None:
    text = (
        "أعلنت الحكومة الهولندية يوم الثلاثاء حزمة مساعدات عسكرية جديدة لأوكرانيا تشمل "
        "ذخائر مدفعية وأنظمة دفاع جوي."
    )
    assert _categories(extractor, text, "ar") == ["military_aid"]


def test_a_strike_to_stop_arms_deliveries_is_still_a_strike(extractor: Extractor) -> None:
    text = (
        "Israeli aircraft struck a warehouse near Qusayr on Tuesday that was used for "
        "arms deliveries to Hezbollah, the army said."
    )
    assert "airstrike" in _categories(extractor, text, "en")


def _strike(
    category: str,
    start: int,
    source: str | None,
    target: str | None,
    *,
    place: str | None = "Kyiv",
    confidence: float | None = None,
) -> Event:
    """A strike event whose sentence starts at ``start`` (the headline ends at 30)."""
    loc = Location(text=place, name=place, country="UKR", feature="city") if place else None
    return Event(
        event_id=f"d:{start}",
        category=category,
        plover={"assault": "ASSAULT", "sanction": "SANCTION"}.get(category, "FIGHT"),
        cameo="195",
        quad_class=4,
        goldstein=-10.0,
        source=Actor(text=source, name=source, country=source, role="MIL") if source else None,
        target=Actor(text=target, name=target, country=target) if target else None,
        location=loc,
        factuality="reported",
        confidence=confidence if confidence is not None else 0.6 if start == 0 else 0.8,
        evidence=Evidence(
            sentence="s",
            start=start,
            end=start + 20,
            trigger="t",
            trigger_start=start + 2,
            trigger_end=start + 3,
        ),
    )


HEADLINE_END = 30


def test_a_headline_strike_with_wrong_sides_folds_into_its_only_lead_twin() -> None:
    headline = _strike("missile_strike", 0, "UKR", "RUS")  # "Kiev'e füze saldırısı": sides misread
    lead = _strike("missile_strike", 40, "RUS", "UKR")
    merged = dedupe_and_number("d", [headline, lead], headline_end=HEADLINE_END)
    assert [(e.category, e.source and e.source.country) for e in merged] == [("missile_strike", "RUS")]
    # without a headline the two stay apart (their sides disagree)
    assert len(dedupe_and_number("d", [headline, lead])) == 2


def test_a_headline_strike_folds_into_the_lead_category_that_names_the_means() -> None:
    headline = _strike("shelling", 0, "ISR", None)  # "Israel bombardea Rafah"
    lead = _strike("airstrike", 40, "ISR", "PSE")  # "Aviones israelíes bombardearon ..."
    merged = dedupe_and_number("d", [headline, lead], headline_end=HEADLINE_END)
    assert [(e.category, e.target and e.target.country) for e in merged] == [("airstrike", "PSE")]


def test_a_lead_strike_by_other_sides_is_not_the_headline_strike() -> None:
    headline = _strike("airstrike", 0, "RUS", "UKR")  # rebels' drone attack
    answer = _strike("shelling", 40, "UKR", "RUS")  # "the army replied with a bombardment"
    merged = dedupe_and_number("d", [headline, answer], headline_end=HEADLINE_END)
    assert sorted(e.category for e in merged) == ["airstrike", "shelling"]


def test_two_lead_twins_or_another_place_keep_the_headline_apart() -> None:
    headline = _strike("missile_strike", 0, "UKR", "RUS", place=None)  # which of the two?
    twins = [
        _strike("missile_strike", 40, "RUS", "UKR"),
        _strike("missile_strike", 80, "RUS", "UKR", place="Lviv"),
    ]
    assert len(dedupe_and_number("d", [headline, *twins], headline_end=HEADLINE_END)) == 3
    lviv = Location(text="Lviv", name="Lviv", country="UKR", lat=49.84, lon=24.03, feature="city")
    kyiv = Location(text="Kyiv", name="Kyiv", country="UKR", lat=50.45, lon=30.52, feature="city")
    # the headline names its place (a place it took from another sentence would say nothing)
    named = headline.evidence.model_copy(update={"sentence": "Missile strike on Kyiv"})
    in_kyiv = headline.model_copy(update={"location": kyiv, "evidence": named})
    in_lviv = twins[0].model_copy(update={"location": lviv})
    assert len(dedupe_and_number("d", [in_kyiv, in_lviv], headline_end=HEADLINE_END)) == 2


def test_any_headline_event_folds_into_its_only_lead_twin() -> None:
    headline = _strike("sanction", 0, "IRN", None, place=None)  # "AB, İran'a yaptırım": sides misread
    lead = _strike("sanction", 40, "BEL", "IRN", place=None)
    merged = dedupe_and_number("d", [headline, lead], headline_end=HEADLINE_END)
    assert [(e.source and e.source.country, e.target and e.target.country) for e in merged] == [
        ("BEL", "IRN")
    ]
    two = [headline, lead, _strike("sanction", 80, "GBR", "IRN", place=None)]
    assert len(dedupe_and_number("d", two, headline_end=HEADLINE_END)) == 3


def test_the_more_confident_of_headline_and_lead_gives_the_sides() -> None:
    headline = _strike("missile_strike", 0, "RUS", "UKR", confidence=0.9)
    lead = _strike("missile_strike", 40, "UKR", "RUS", confidence=0.5)
    merged = dedupe_and_number("d", [headline, lead], headline_end=HEADLINE_END)
    assert [e.source and e.source.country for e in merged] == ["RUS"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Canada imposed sanctions on two Sudanese militia chiefs over attacks on civilians."),
        ("fr", "Londres a imposé des sanctions à deux chefs de milice soudanais, accusés de massacres."),
    ],
)  # fmt: skip
def test_what_a_sanction_punishes_is_no_event_of_its_own(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, text, lang) == ["sanction"]


def test_an_attack_told_before_the_sanction_or_apart_stays_an_event() -> None:
    sanction = _strike("sanction", 40, "GBR", "SDN", place=None)
    attack = _strike("assault", 40, None, "SDN", place=None)
    before = attack.model_copy(update={"evidence": attack.evidence.model_copy(update={"trigger_start": 30})})
    reason = attack.model_copy(
        update={"evidence": attack.evidence.model_copy(update={"trigger_start": 60, "trigger_end": 61})}
    )
    sanction = sanction.model_copy(
        update={"evidence": sanction.evidence.model_copy(update={"trigger_end": 50})}
    )
    assert sorted(e.category for e in dedupe_and_number("d", [sanction, before])) == ["assault", "sanction"]
    assert [e.category for e in dedupe_and_number("d", [sanction, reason])] == ["sanction"]


# (text, source code, target role): a state striking militants' hideouts, strongholds or targets is a
# fight even when the sentence names no army or weapon ("Pakistan struck militant hideouts"), and the
# militants, not the country's civilians, are hit; a business "target" is no fight.
STATE_STRIKES_ON_MILITANTS = [
    ("Turkey struck Kurdish militant targets in northern Iraq on Monday.", "TURMIL", "REB"),
    ("Pakistan struck militant hideouts in Afghanistan on Monday.", "PAKMIL", "REB"),
    ("Nigeria struck jihadist strongholds near Lake Chad on Monday.", "NGAMIL", "REB"),
]


@pytest.mark.parametrize(("text", "source", "target_role"), STATE_STRIKES_ON_MILITANTS)
def test_a_state_striking_militants_is_a_fight(
    extractor: Extractor, text: str, source: str, target_role: str
) -> None:
    events = alertable(extractor.extract(doc(text, "en")).events)
    assert [e.source.code if e.source else None for e in events] == [source]
    assert events[0].target is not None and events[0].target.role == target_role


def test_a_sales_target_struck_is_no_fight(extractor: Extractor) -> None:
    text = "The retailer struck its sales targets in the third quarter, its chief executive said."
    assert alertable(extractor.extract(doc(text, "en")).events) == []
