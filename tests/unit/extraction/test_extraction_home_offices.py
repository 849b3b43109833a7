"""An office named alone takes a country: the one it was named with earlier, the one the lead gives a
headline's office, else the one the language's own press means by it alone ("Cumhurbaşkanı", "der
Kanzler", "Президент", "МИД", "Dışişleri Bakanlığı", "le chef de l'État": ``data/home_offices.yaml``),
never the other side's. Languages whose press spans many states (en, es, ar) leave such an office
without a country."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import doc, only_event, side

from vigie_extractor.core import Extractor
from vigie_extractor.core.home_offices import HomeOfficeDataError, load_home_offices, parse_home_offices

# (lang, title, text, category, source, target)
HOME = [
    (
        "tr",
        "",
        "Cumhurbaşkanı, Fransa Cumhurbaşkanı Emmanuel Macron ile pazartesi günü telefonda görüştü.",
        "phone_call",
        ("TUR", "GOV"),
        ("FRA", "GOV"),
    ),
    (
        "tr",
        "",
        "Cumhurbaşkanı, Gürcistan Başbakanı'nı salı günü Ankara'da kabul etti.",
        "visit",
        ("GEO", "GOV"),
        ("TUR", "GOV"),
    ),
    (
        "de",
        "",
        "Der Kanzler hat am Montag mit dem polnischen Ministerpräsidenten telefoniert.",
        "phone_call",
        ("DEU", "GOV"),
        ("POL", "GOV"),
    ),
    (
        "ru",
        "",
        "Президент провел в понедельник телефонный разговор с президентом Азербайджана Ильхамом Алиевым.",
        "phone_call",
        ("RUS", "GOV"),
        ("AZE", "GOV"),
    ),
    # the foreign ministry and its head named alone in Russian and Turkish copy
    (
        "ru",
        "",
        "МИД во вторник призвал Израиль немедленно прекратить удары по Ливану.",
        "appeal",
        ("RUS", "GOV"),
        ("ISR", "GOV"),
    ),
    (
        "ru",
        "",
        "Глава МИД провел в понедельник телефонный разговор с турецким коллегой.",
        "phone_call",
        ("RUS", "GOV"),
        ("TUR", "GOV"),
    ),
    (
        "tr",
        "",
        "Dışişleri Bakanlığı, Pakistan ile Afganistan'ı Salı günü itidale çağırdı.",
        "appeal",
        ("TUR", "GOV"),
        ("PAK", "GOV"),
    ),
    # ...but one named with its country keeps it
    (
        "tr",
        "",
        "Fransa Dışişleri Bakanlığı, İran'ı Salı günü itidale çağırdı.",
        "appeal",
        ("FRA", "GOV"),
        ("IRN", "GOV"),
    ),
    # the other side's office is no antecedent: two presidents talk
    (
        "fr",
        "Le chef de l'État s'est entretenu avec le président sénégalais",
        "Le chef de l'État s'est entretenu lundi au téléphone avec le président sénégalais, a indiqué "
        "l'Élysée.",
        "phone_call",
        ("FRA", "GOV"),
        ("SEN", "GOV"),
    ),
    # an office named earlier with its country keeps that country
    (
        "tr",
        "",
        "Azerbaycan Cumhurbaşkanı İlham Aliyev Ankara'ya geldi. Cumhurbaşkanı, Kazakistan Devlet "
        "Başkanı ile de telefonda görüştü.",
        "phone_call",
        ("AZE", "GOV"),
        ("KAZ", "GOV"),
    ),
    # a headline's office takes the country the lead names it with
    (
        "ar",
        "ولي العهد يتلقى اتصالا هاتفيا من رئيس الوزراء البريطاني",
        "تلقى ولي العهد السعودي، الاثنين، اتصالا هاتفيا من رئيس الوزراء البريطاني "
        "بحث خلاله الأوضاع في المنطقة.",
        "phone_call",
        ("GBR", "GOV"),
        ("SAU", "GOV"),
    ),
]


@pytest.mark.parametrize("case", HOME, ids=[f"{c[0]}-{i}" for i, c in enumerate(HOME)])
def test_an_office_named_alone_takes_its_country(extractor: Extractor, case: tuple[Any, ...]) -> None:
    lang, title, text, category, source, target = case
    event = only_event(extractor.extract(doc(text, lang, title=title)).events, category)
    assert (side(event.source), side(event.target)) == (source, target)


# Near misses: where the press spans many states, an office alone keeps no country
NO_HOME = [
    ("en", "The president spoke by phone on Monday with the Kenyan president.", "phone_call", "KEN"),
    ("es", "El mandatario habló el lunes por teléfono con el presidente de Brasil.", "phone_call", "BRA"),
    ("ar", "بحث الرئيس، الاثنين، في اتصال هاتفي مع الرئيس التونسي العلاقات الثنائية.", "phone_call", "TUN"),
]


@pytest.mark.parametrize("case", NO_HOME, ids=[c[0] for c in NO_HOME])
def test_an_office_alone_keeps_no_country_where_the_press_spans_many_states(
    extractor: Extractor, case: tuple[str, str, str, str]
) -> None:
    lang, text, category, other = case
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    countries = {side(event.source)[0], side(event.target)[0]}
    assert countries == {None, other}


def test_the_data_names_known_offices_and_countries() -> None:
    homes = load_home_offices()
    assert homes["tr"]["President"] == "TUR"
    assert homes["en"] == {} and homes["ar"] == {}


@pytest.mark.parametrize(
    "raw",
    [
        {"en": {}},  # languages missing
        {lang: {} for lang in ("en", "fr", "es", "de", "ru", "ar")} | {"tr": {"Sultan": "TUR"}},
        # "QQQ" is a code no country has: the loader must refuse it
        {lang: {} for lang in ("en", "fr", "es", "de", "ru", "ar")} | {"tr": {"President": "QQQ"}},
    ],
)
def test_a_bad_entry_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(HomeOfficeDataError):
        parse_home_offices(raw, {"President"}, {"TUR"})
