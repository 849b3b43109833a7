"""Wire copy in several languages, table-driven: datelines ("Beirut, 3 dic (EFE).-") name neither an
actor nor the event place, the side named after "against" is the target of a fight even when a unit
of the attacker comes first, a protest told in the headline and again in the lead is one event, victims
stay victims past an apposition ("25 Palestinians, among them children, were killed") and the subject
of the killing is the source ("Russian forces killed four civilians in a bombardment"), and the
accused of "acusó a la India de..." is no place."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, only_event

from vigie_extractor.core import Extractor
from vigie_extractor.core.datelines import dateline_masker, load_dateline_masker
from vigie_extractor.core.dates import _DATELINE, dateline_spans
from vigie_extractor.core.knowledge.normalise import fold

# (text as written, the words left after masking)
DATELINES = [
    ("Kiev, 11 nov (EFE).- Rusia lanzó drones", "rusia lanzo drones"),
    ("Culiacán (México), 11 nov (EFE).- Ocho muertos", "ocho muertos"),
    ("Nueva York, 7 nov (EFE/AFP).- La ONU pidió", "la onu pidio"),
    ("BEYROUTH, 3 déc (AFP) - Des avions", "des avions"),
    ("KYIV, Nov 12 (Reuters) - Russia launched", "russia launched"),
    ("Berlin, 13. November (dpa) – Die Bundeswehr", "die bundeswehr"),
    # dpa's datelines name the city (or two) and no date
    ("Kiew (dpa) - Russland hat", "russland hat"),
    ("Kairo/Khartum (dpa) - Die Miliz", "die miliz"),
    ("Damaskus/Istanbul (dpa) – Im Norden", "im norden"),
    ("GOMA (RD Congo), 20 novembre (AFP) - Les rebelles", "les rebelles"),
]
# Lines that are no datelines: no agency, or not at the start of a line.
NOT_DATELINES = [
    "Kiev, la capital ucraniana, fue atacada el martes.",
    "París, 12 de noviembre: el Gobierno anunció nuevas medidas.",
    "Según la agencia, Moscú, 11 nov (EFE).- no es el comienzo de la línea.",
    "Selenskyj sagte der Deutschen Presse-Agentur (dpa), die Lage sei ernst.",
    "Nach dem Angriff - so Kiew (dpa) - herrscht Stille.",
]


@pytest.mark.parametrize(("text", "rest"), DATELINES)
def test_a_dateline_is_blanked_and_offsets_are_kept(text: str, rest: str) -> None:
    folded = fold(text)
    masked = load_dateline_masker()(folded)
    assert len(masked) == len(folded)
    assert masked.strip() == rest


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_other_openings_are_left_alone(text: str) -> None:
    folded = fold(text)
    assert load_dateline_masker()(folded) == folded


# (text as written, the words left after masking): a newspaper's own dateline, no agency, on a body line
BARE_DATELINES = [
    ("Title\n\nISLAMABAD - Pakistani jets struck", "pakistani jets struck"),
    ("Titre\n\nBEYROUTH - L'aviation israélienne", "l'aviation israelienne"),
    ("Titular\n\nCIUDAD DE MÉXICO - La presidenta", None),  # three words: a clause, left alone
    ("Titel\n\nBRÜSSEL - Die Europäische Union", "die europaische union"),
    ("Заголовок\n\nКИНШАСА - Правительство ДР Конго", "правительство др конго"),
    ("Başlık\n\nİSLAMABAD - Pakistan savaş uçakları", "pakistan savas ucaklari"),
    ("عنوان\n\nالخرطوم - شن الطيران الحربي", "شن الطيران الحربي"),
    ("Buenos Aires - Miles de personas marcharon", None),  # the headline: no dateline
]


@pytest.mark.parametrize(("text", "rest"), BARE_DATELINES)
def test_a_dateline_without_agency_opens_a_body_line_only(text: str, rest: str | None) -> None:
    folded = fold(text)
    masked = load_dateline_masker()(folded)
    assert len(masked) == len(folded)
    assert masked.split("\n")[-1].strip() == (rest if rest is not None else folded.split("\n")[-1])


def test_the_agency_list_is_data() -> None:
    assert dateline_masker(["Agencia X"])(fold("Lima, 2 nov (Agencia X).- Texto")).strip() == "texto"


def _dispatch(order: list[int]) -> str:
    """Dateline and other lines of ``DATELINES`` and ``NOT_DATELINES`` in the given order (negative:
    a line that is no dateline), joined by single and double line breaks."""
    lines = [NOT_DATELINES[-n - 1] if n < 0 else DATELINES[n][0] for n in order]
    return "".join(line + ("\n\n" if i % 2 else "\n") for i, line in enumerate(lines)).rstrip("\n")


# Line orders: a dateline first, last, twice in a row, after lines that are none.
DISPATCHES = [[0, -1, 1], [-2, 2, 3, -3], [4, 5], [-1, -2, -3, 0], [5, -1, 4, -2, 3]]


@pytest.mark.parametrize("order", DISPATCHES)
def test_every_line_of_a_dispatch_is_read_for_its_dateline(order: list[int]) -> None:
    """The masker tries each line start only (``patterns.line_matches``): every dateline line is
    blanked, wherever it stands, and no other line is touched."""
    text = fold(_dispatch(order))
    masked = load_dateline_masker()(text)
    assert len(masked) == len(text)
    kept = [line.strip() for line in masked.split("\n") if line.strip()]
    expected = [fold(NOT_DATELINES[-n - 1]) if n < 0 else DATELINES[n][1] for n in order]
    assert kept == expected


@pytest.mark.parametrize("order", DISPATCHES)
def test_dateline_spans_by_line_start_are_those_of_the_whole_text(order: list[int]) -> None:
    text = "Kiev visée\n\nKIEV, 18 novembre (AFP) - La Russie a frappé\n" + _dispatch(order)
    expected = [(m.start(), m.end()) for m in _DATELINE.finditer(text)]
    assert dateline_spans(text) == expected
    assert expected  # the text does open a line with a dateline


# (lang, lead with a dateline, category, (source country, place)): the filing city is neither.
FILED_FROM = [
    (
        "es",
        "Beirut, 3 dic (EFE).- Aviones israelíes atacaron el martes posiciones de Hezbolá cerca de Tiro.",
        "airstrike",
        ("ISR", "Tyre"),
    ),
    (
        "en",
        "BEIRUT, Dec 3 (Reuters) - Israeli warplanes struck Hezbollah positions near Tyre on Tuesday.",
        "airstrike",
        ("ISR", "Tyre"),
    ),
    (
        "es",
        "Medellín, 3 dic (EFE).- El Ejército colombiano lanzó el martes una ofensiva contra el Clan "
        "del Golfo en los alrededores de Caucasia.",
        "offensive",
        ("COL", "Caucasia"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "expected"), FILED_FROM)
def test_the_dateline_city_is_neither_actor_nor_place(
    extractor: Extractor, lang: str, text: str, category: str, expected: tuple[str, str]
) -> None:
    source, place = expected
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.country == source
    assert event.location is not None and event.location.name == place


# (lang, text, category, target code): "against X" names the target, not the troops sent.
AGAINST = [
    (
        "es",
        "El Ejército colombiano lanzó una ofensiva con 3.000 soldados contra el ELN en Arauca.",
        "offensive",
        "COLREB",
    ),
    (
        "en",
        "The Somali army launched an offensive with hundreds of soldiers against al-Shabaab "
        "in Lower Shabelle.",
        "offensive",
        "SOMREB",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "target"), AGAINST)
def test_the_side_after_against_is_the_target(
    extractor: Extractor, lang: str, text: str, category: str, target: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.target is not None and event.target.code == target


# (lang, headline, lead): one protest, told twice with different words for its sides.
PROTESTS = [
    (
        "es",
        "Marcha multitudinaria en Santiago contra el Gobierno",
        "Miles de estudiantes marcharon el jueves hasta el Congreso chileno para protestar contra "
        "el Gobierno.",
    ),
    (
        "en",
        "Thousands march in Nairobi against the government",
        "Thousands of protesters marched to parliament on Tuesday to protest against the "
        "government's tax bill.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), PROTESTS)
def test_a_protest_told_twice_is_one_event(extractor: Extractor, lang: str, title: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, title=title)).events)
    assert [e.category for e in events] == ["protest"]


# (lang, text, category, source code, target country): the victims named before an apposition.
VICTIMS = [
    (
        "es",
        "Al menos 25 palestinos, entre ellos varios niños, murieron en bombardeos de la aviación israelí "
        "sobre Rafah.",
        "airstrike",
        ("ISRMIL", "PSE"),
    ),
    (
        "es",
        "Cinco ucranianos, dos de ellos menores, murieron en un bombardeo de la aviación rusa sobre Sumy.",
        "airstrike",
        ("RUSMIL", "UKR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "expected"), VICTIMS)
def test_victims_stay_victims_past_an_apposition(
    extractor: Extractor, lang: str, text: str, category: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.country == target


# (lang, text, country of the accused): the accused is the source, never the event place.
ACCUSED = [
    ("es", "Marruecos acusó el lunes a Argelia de violar el alto el fuego en el Sáhara Occidental.", "DZA"),
    ("es", "Colombia acusó el viernes a Venezuela de haber bombardeado un campamento en Arauca.", "VEN"),
]


@pytest.mark.parametrize(("lang", "text", "accused"), ACCUSED)
def test_the_accused_is_no_place(extractor: Extractor, lang: str, text: str, accused: str) -> None:
    (event,) = alertable(extractor.extract(doc(text, lang)).events)
    assert event.source is not None and event.source.country == accused
    assert event.location is None or event.location.country != accused


# (lang, text, category, (source code, target country)): a verb of killing names the attacker.
KILLERS = [
    (
        "es",
        "Las fuerzas rusas mataron a cuatro civiles en un bombardeo sobre Jersón.",
        "shelling",
        ("RUSMIL", "UKR"),
    ),
    (
        "es",
        "El Ejército israelí mató el jueves a un comandante de Hezbolá en un ataque con drones en Tiro.",
        "airstrike",
        ("ISRMIL", "LBN"),
    ),
    (
        "en",
        "Russian forces killed four civilians in a shelling attack on Kherson.",
        "shelling",
        ("RUSMIL", "UKR"),
    ),
    (
        "fr",
        "Les forces russes ont tué quatre civils dans un bombardement sur Kherson.",
        "shelling",
        ("RUSMIL", "UKR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "expected"), KILLERS)
def test_the_subject_of_the_killing_is_the_source(
    extractor: Extractor, lang: str, text: str, category: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.country == target


# (lang, text, category, (source code, target country)): a name between the weapon and the verb is
# the weapon's own where the verb does not close the clause.
WEAPON_OWNERS = [
    (
        "es",
        "Aviones de combate israelíes atacaron el viernes posiciones de Hezbolá cerca de Nabatieh.",
        "airstrike",
        ("ISRMIL", "LBN"),
    ),
    (
        "en",
        "Israeli warplanes struck Hezbollah positions near Nabatieh on Friday.",
        "airstrike",
        ("ISRMIL", "LBN"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "expected"), WEAPON_OWNERS)
def test_a_name_after_the_weapon_is_its_own(
    extractor: Extractor, lang: str, text: str, category: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.country == target


# (lang, text, category, (source code, target country)): "its troops" are the speaker's.
POSSESSED = [
    (
        "es",
        "El Ministerio de Defensa ruso afirmó que sus tropas tomaron la localidad de Kurajove.",
        "capture",
        ("RUSMIL", "UKR"),
    ),
    (
        "es",
        "Israel dijo que sus aviones bombardearon depósitos de armas de Hezbolá en el sur del Líbano.",
        "airstrike",
        ("ISRMIL", "LBN"),
    ),
    (
        "en",
        "The Russian defence ministry said its troops had captured the village of Kurakhove.",
        "capture",
        ("RUSMIL", "UKR"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "expected"), POSSESSED)
def test_a_possessive_gives_the_speakers_side(
    extractor: Extractor, lang: str, text: str, category: str, expected: tuple[str, str]
) -> None:
    source, target = expected
    event = only_event(extractor.extract(doc(text, lang)).events, category)
    assert event.source is not None and event.source.code == source
    assert event.target is not None and event.target.country == target
