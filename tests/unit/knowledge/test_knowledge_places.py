"""Gazetteer: names in every script, inflected forms, proclitics, coordinates and common words."""

from __future__ import annotations

import pytest

from vigie_extractor.core.knowledge import Gazetteer


@pytest.mark.parametrize(
    "case",
    [
        ("fr", "les combats à Alep", "Alep", "Aleppo", "SYR"),
        ("tr", "Halep'te çatışmalar", "Halep'te", "Aleppo", "SYR"),
        ("ru", "бои в Алеппо", "Алеппо", "Aleppo", "SYR"),
        ("ar", "معارك في حلب", "حلب", "Aleppo", "SYR"),
        ("ar", "وحلب", "حلب", "Aleppo", "SYR"),
        ("ar", "بحلب", "حلب", "Aleppo", "SYR"),
        ("ru", "в районе Хамы", "Хамы", "Hama", "SYR"),
        ("ar", "ريف حماة", "حماة", "Hama", "SYR"),
        ("de", "in Syrien", "Syrien", "Syria", "SYR"),
        ("de", "die Zukunft Syriens", "Syriens", "Syria", "SYR"),
        ("ru", "в Сирии", "Сирии", "Syria", "SYR"),
        ("ru", "в Сирию", "Сирию", "Syria", "SYR"),
        ("ru", "с Сирией", "Сирией", "Syria", "SYR"),
        ("tr", "Suriye'de", "Suriye'de", "Syria", "SYR"),
        ("ar", "لسوريا", "سوريا", "Syria", "SYR"),
        ("en", "fighting in Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor", "SYR"),
        ("fr", "près de Manbij et de Kobané", "Kobané", "Kobani", "SYR"),
        ("en", "the Russian army took Pokrovsk", "Pokrovsk", "Pokrovsk", "UKR"),
        ("ru", "под Покровском", "Покровском", "Pokrovsk", "UKR"),
        ("ru", "в Курахово", "Курахово", "Kurakhove", "UKR"),
        ("en", "shelling of Kharkiv", "Kharkiv", "Kharkiv", "UKR"),
        ("ru", "обстрел Харькова", "Харькова", "Kharkiv", "UKR"),
        ("fr", "l'incursion dans la région de Koursk", "région de Koursk", "Kursk Oblast", "RUS"),
        ("ar", "غارات على غزة", "غزة", "Gaza", "PSE"),
        ("fr", "à Khan Younès et à Rafah", "Khan Younès", "Khan Younis", "PSE"),
        ("fr", "dans la bande de Gaza", "bande de Gaza", "Gaza Strip", "PSE"),
        ("en", "strikes on Tyre and Nabatieh", "Tyre", "Tyre", "LBN"),
        ("fr", "frappes sur Tyr", "Tyr", "Tyre", "LBN"),
        ("ar", "في بيروت", "بيروت", "Beirut", "LBN"),
        ("fr", "à Beyrouth", "Beyrouth", "Beirut", "LBN"),
        ("en", "the siege of El Fasher", "El Fasher", "El Fasher", "SDN"),
        ("ar", "حصار الفاشر", "الفاشر", "El Fasher", "SDN"),
        ("en", "the port of Hodeidah", "Hodeidah", "Hodeidah", "YEM"),
        ("fr", "la prise de Goma", "Goma", "Goma", "COD"),
        ("en", "protests in Paris", "Paris", "Paris", "FRA"),
        ("es", "en Siria", "Siria", "Syria", "SYR"),
    ],
)
def test_places_in_every_script(gazetteer: Gazetteer, case: tuple[str, str, str, str, str]) -> None:
    lang, text, surface, name, country = case
    places = {p.text: p for p in gazetteer.find(text, lang)}
    assert surface in places, list(places)
    assert (places[surface].name, places[surface].country) == (name, country)
    place = places[surface]
    assert text[place.start : place.end] == surface
    if place.feature != "country":
        assert place.lat is not None and place.lon is not None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Of course the van was nice."),
        ("en", "Police said the man was reading."),
        ("tr", "Van gölü"),  # sentence-initial, stop-listed
        ("tr", "Ordu açıklama yaptı."),  # "the army", also a town
        ("de", "Essen und Halle"),
        ("fr", "Le Stade de Reims"),
        ("es", "El Mayor de la ciudad"),
        ("ru", "Мир и Победа"),
        ("ar", "المدينة القديمة"),
        ("en", "Vladimir Putin and Kamala Harris"),  # first names that are also towns
    ],
)
def test_common_words_that_are_towns_do_not_match(gazetteer: Gazetteer, lang: str, text: str) -> None:
    cities = [p for p in gazetteer.find(text, lang) if p.feature == "city" and p.text != "Reims"]
    assert cities == []


def test_capitalisation_is_required_in_latin_script(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("the aleppo soap", "en") == []
    assert [p.name for p in gazetteer.find("the Aleppo soap", "en")] == ["Aleppo"]


def test_longest_name_wins(gazetteer: Gazetteer) -> None:
    (place,) = gazetteer.find("Khan Younis", "en")
    assert place.name == "Khan Younis"


def test_generated_gazetteer_covers_cities_beyond_the_curated_list(gazetteer: Gazetteer) -> None:
    places = {p.text: p for p in gazetteer.find("Rencontre à Lyon puis à Ankara et à Nairobi.", "fr")}
    assert places["Lyon"].country == "FRA"
    assert places["Nairobi"].country == "KEN"
    assert places["Ankara"].country == "TUR"


def test_unsupported_language_gives_nothing(gazetteer: Gazetteer) -> None:
    assert gazetteer.find("Alep", "it") == []


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Протесты в Белграде", "Белграде", "Belgrade"),
        ("перестрелка в Махачкале", "Махачкале", "Makhachkala"),
        ("встреча в Ереване", "Ереване", "Yerevan"),
        ("удар по центру Сум", "Сум", "Sumy"),
    ],
)
def test_russian_case_endings_on_generated_city_names(
    gazetteer: Gazetteer, text: str, surface: str, name: str
) -> None:
    places = {p.text: p.name for p in gazetteer.find(text, "ru")}
    assert places.get(surface) == name, places


def test_a_city_name_beats_another_city_alternate_name(gazetteer: Gazetteer) -> None:
    (place,) = gazetteer.find("Talks in Islamabad", "en")
    assert (place.name, place.country) == ("Islamabad", "PAK")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("ru", "Саммит начался"), ("ar", "في مدينة كبيرة يوم الخميس"), ("es", "El Palacio y el pueblo")],
)
def test_common_nouns_and_day_names_are_not_towns(gazetteer: Gazetteer, lang: str, text: str) -> None:
    assert gazetteer.find(text, lang) == []
