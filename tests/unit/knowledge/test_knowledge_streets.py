"""A place name inside a street's or a square's name is no place ("avenida Brasil de Quito",
"Bağdat Caddesi'nde"), in every language; the same name standing alone still is (near misses)."""

from __future__ import annotations

import pytest

from vigie_extractor.core.knowledge import Gazetteer, KnowledgeDataError
from vigie_extractor.core.knowledge.streets import StreetWords

# (lang, text, a place named only as a street, the place where it happens)
STREETS = [
    ("en", "A car bomb exploded on Baghdad Street in central Damascus.", "Baghdad", "Damascus"),
    ("fr", "Des manifestants se sont rassemblés avenue de Paris, à Tunis.", "Paris", "Tunis"),
    ("fr", "Un cortège a remonté la rue d'Alger à Marseille.", "Algiers", "Marseille"),
    ("es", "Miles de manifestantes recorrieron la avenida Brasil de Quito.", "Brazil", "Quito"),
    ("de", "In Damaskus explodierte an der Bagdad Straße ein Auto.", "Baghdad", "Damascus"),
    ("ru", "Сотни человек собрались на улице Токтогула в Бишкеке.", "Toktogul", "Bishkek"),
    ("ar", "تجمع مئات المحتجين في شارع بغداد وسط دمشق.", "Baghdad", "Damascus"),
    ("tr", "Binlerce emekli İstanbul'da Bağdat Caddesi'nde yürüdü.", "Baghdad", "Istanbul"),
]

# (lang, text, a place that is no street: it must stay a place)
NEAR_MISSES = [
    ("en", "Protesters took to Baghdad's streets on Friday.", "Baghdad"),
    ("fr", "Des frappes ont visé la place forte de Bakhmout, près de Paris-Match.", "Bakhmut"),
    ("es", "Miles de personas marcharon en la plaza central de Quito.", "Quito"),
    ("de", "Die Straße nach Kiew wurde am Montag beschossen.", "Kyiv"),
    ("ru", "На улицах Киева прошли акции протеста.", "Kyiv"),
    ("ar", "شارك آلاف في مسيرة في شوارع بغداد.", "Baghdad"),
    ("tr", "Bağdat'ta caddelere dökülen binlerce kişi protesto yaptı.", "Baghdad"),
]


@pytest.mark.parametrize(("lang", "text", "street", "place"), STREETS)
def test_a_name_inside_a_street_name_is_no_place(
    gazetteer: Gazetteer, lang: str, text: str, street: str, place: str
) -> None:
    names = [p.name for p in gazetteer.find(text, lang)]
    assert street not in names, names
    assert place in names, names


@pytest.mark.parametrize(("lang", "text", "place"), NEAR_MISSES)
def test_a_name_next_to_other_words_stays_a_place(
    gazetteer: Gazetteer, lang: str, text: str, place: str
) -> None:
    assert place in [p.name for p in gazetteer.find(text, lang)]


def test_streets_loader_rejects_bad_data() -> None:
    with pytest.raises(KnowledgeDataError, match="expected the keys"):
        StreetWords.load("before: {}")
    every = "{en: [], fr: [], es: [], de: [], ru: [], ar: [], tr: []}"
    with pytest.raises(KnowledgeDataError, match="expected one list for each"):
        StreetWords.load(f"before: {{en: [street]}}\nafter: {every}\nconnectors: {every}")
    bad = "{en: [1], fr: [], es: [], de: [], ru: [], ar: [], tr: []}"
    with pytest.raises(KnowledgeDataError, match=r"after\.en: expected a list of words"):
        StreetWords.load(f"before: {every}\nafter: {bad}\nconnectors: {every}")
