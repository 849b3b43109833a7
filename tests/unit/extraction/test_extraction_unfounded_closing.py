"""A report judged unfounded is denied, a negated existential that closes its clause negates the act
that opens it, and a negation inside a trigger that spans its auxiliary negates the trigger.

- Calling a report unfounded or baseless ("a jugé infondées les informations selon lesquelles",
  "called baseless reports that", "calificó de infundadas", "назвал безосновательными сообщения",
  "nannte Berichte haltlos") negates the strike it tells; calling a strike grave asserts it.
- "Обстрелов на участке границы ... не было зафиксировано", "L'attaque ... n'a jamais eu lieu": the
  negated existential closes the clause whose subject is the act; a casualty count that closes a
  clause opened by something else ("В результате обстрела жертв не зафиксировано") leaves the act.
- "Macron n'a pas rencontré ...": the negation sits inside the trigger that spans the auxiliary."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str) -> list[str]:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    return [e.category for e in alertable(events)]


# (lang, lead): a report of a strike judged unfounded or baseless
CALLED_UNFOUNDED = [
    (
        "fr",
        "Le ministère russe des Affaires étrangères a jugé infondées mardi les informations selon "
        "lesquelles des missiles russes auraient frappé le centre de Soumy.",
    ),
    (
        "fr",
        "L'état-major a qualifié de sans fondement mardi les informations selon lesquelles des drones "
        "auraient bombardé une base française au Tchad.",
    ),
    (
        "en",
        "Russia's foreign ministry on Tuesday called baseless reports that Russian missiles struck the "
        "centre of Sumy.",
    ),
    (
        "es",
        "El Ministerio de Defensa ruso calificó el martes de infundadas las informaciones de que sus "
        "misiles atacaron el centro de Sumy.",
    ),
    (
        "ru",
        "МИД России во вторник назвал безосновательными сообщения о том, что российские ракеты "
        "ударили по центру Сум.",
    ),
    (
        "de",
        "Das russische Außenministerium nannte am Dienstag Berichte haltlos, wonach russische Raketen "
        "das Zentrum von Sumy angegriffen hätten.",
    ),
]

# (lang, lead, category): a strike the speaker judges grave or unjustified stands
CALLED_GRAVE = [
    (
        "fr",
        "Le ministère ukrainien a jugé inacceptable mardi la frappe de missiles russes qui a touché le "
        "centre de Soumy, tuant six civils.",
        "missile_strike",
    ),
    (
        "en",
        "Ukraine's foreign ministry on Tuesday called unjustified the Russian missile strike that hit "
        "the centre of Sumy, killing six civilians.",
        "missile_strike",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CALLED_UNFOUNDED)
def test_a_report_called_unfounded_raises_nothing(extractor: Extractor, lang: str, text: str) -> None:
    assert _alertable(extractor, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "category"), CALLED_GRAVE)
def test_a_strike_called_grave_stands(extractor: Extractor, lang: str, text: str, category: str) -> None:
    assert category in _alertable(extractor, lang, text)


# (lang, lead): the act opens the clause whose closing negated existential denies it
CLOSED_BY_NEGATION = [
    (
        "ru",
        "Обстрелов на участке границы в Брянской области за прошедшие сутки не было зафиксировано, "
        "сообщили во вторник в Пограничной службе.",
    ),
    ("ru", "Ракетного удара по аэродрому под Курском во вторник не было."),
    ("fr", "L'attaque de drones contre la base de Kidal annoncée par des médias locaux n'a jamais eu lieu."),
    ("en", "The drone attack on the Kidal base reported by local media on Tuesday never took place."),
    ("es", "El ataque con drones contra la base de Kidal anunciado por medios locales nunca tuvo lugar."),
    (
        "de",
        "Der Drohnenangriff auf den Stützpunkt Kidal und die nahe gelegene Kaserne von Tessalit hat nie "
        "stattgefunden.",
    ),
]

# (lang, lead, category): a count of victims closes a clause the act does not open
CASUALTIES_CLOSED = [
    ("ru", "В результате обстрела Донецка во вторник жертв не зафиксировано.", "shelling"),
    ("ru", "После ракетного удара по Харькову во вторник пострадавших не было.", "missile_strike"),
]


@pytest.mark.parametrize(("lang", "text"), CLOSED_BY_NEGATION)
def test_a_negated_existential_closing_the_clause_negates_its_subject(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert _alertable(extractor, lang, text) == []


@pytest.mark.parametrize(("lang", "text", "category"), CASUALTIES_CLOSED)
def test_no_casualties_leaves_the_strike(extractor: Extractor, lang: str, text: str, category: str) -> None:
    assert category in _alertable(extractor, lang, text)


# (lang, lead): a meeting whose negation lies inside the trigger
NOT_MET = [
    (
        "fr",
        "Emmanuel Macron n'a pas rencontré son homologue algérien Abdelmadjid Tebboune en marge du "
        "sommet de Rome mardi.",
    ),
    ("ru", "Никол Пашинян не встречался с Ильхамом Алиевым в Праге во вторник."),
    ("en", "Emmanuel Macron did not meet Algerian President Abdelmadjid Tebboune in Rome on Tuesday."),
    (
        "de",
        "Emmanuel Macron hat den algerischen Präsidenten Abdelmadjid Tebboune am Dienstag in Rom "
        "nicht getroffen.",
    ),
    ("es", "Emmanuel Macron no se reunió el martes en Roma con el presidente argelino Abdelmadjid Tebboune."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_MET)
def test_a_meeting_that_did_not_take_place_raises_nothing(extractor: Extractor, lang: str, text: str) -> None:
    assert _alertable(extractor, lang, text) == []


def test_a_meeting_that_took_place_stands(extractor: Extractor) -> None:
    text = "Emmanuel Macron a rencontré son homologue algérien Abdelmadjid Tebboune à Rome mardi."
    assert "meeting" in _alertable(extractor, "fr", text)
