"""Traps: names used as places or things, glued words, and people out of office on the date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from vigie_extractor.core.knowledge import ActorLexicon


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le match s'est joué au Stade Atatürk devant 40 000 spectateurs."),
        ("fr", "Un embouteillage avenue Poutine, à Grozny."),
        ("fr", "Les vols ont repris à l'aéroport Charles-de-Gaulle."),
        ("en", "Traffic was blocked on Putin Avenue in Grozny."),
        ("tr", "Maç Recep Tayyip Erdoğan Stadyumu'nda oynandı."),
        ("fr", "Le match au Recep Tayyip Erdoğan Stadyumu a été reporté."),
        ("de", "Der Flughafen Atatürk wurde geschlossen."),
        ("ru", "Пробка на проспекте Путина в Грозном."),
        ("ar", "ازدحام في شارع بوتين"),
        ("en", "The Washington Post reported the story."),
        ("en", "Pro-Russian bloggers and anti-Putin activists."),
    ],
)
def test_names_of_places_and_things_are_not_government_actors(
    actor_lexicon: ActorLexicon, lang: str, text: str
) -> None:
    mentions = actor_lexicon.find(text, lang, date(2024, 12, 3))
    assert [m for m in mentions if m.role == "GOV"] == [], mentions
    assert all(m.person is None for m in mentions), mentions


@pytest.mark.parametrize(
    ("text", "on", "code", "office"),
    [
        ("Bachar al-Assad", date(2024, 12, 3), "SYRGOV", "President"),
        ("Bachar al-Assad", date(2024, 12, 20), "SYRELI", None),
        ("Joe Biden", date(2025, 1, 19), "USAGOV", "President"),
        ("Joe Biden", date(2025, 1, 20), "USAELI", None),
        ("Donald Trump", date(2025, 1, 20), "USAGOV", "President"),
        ("Donald Trump", date(2022, 6, 1), "USAELI", None),
        ("Jens Stoltenberg", date(2024, 9, 30), "IGONAT", "Secretary-General"),
        ("Jens Stoltenberg", date(2024, 10, 1), "NORELI", None),
        ("Mark Rutte", date(2024, 10, 1), "IGONAT", "Secretary-General"),
        ("Mark Rutte", date(2023, 5, 1), "NLDGOV", "Prime Minister"),
        ("Ahmed al-Sharaa", date(2024, 11, 30), "SYRREB", "Leader of Hayat Tahrir al-Sham"),
        ("Ahmed al-Sharaa", date(2025, 3, 1), "SYRGOV", "President"),
        ("Vladimir Putin", date(2010, 1, 1), "RUSGOV", "Prime Minister"),
        ("António Guterres", date(2024, 12, 3), "IGOUNO", "Secretary-General"),
    ],
)
def test_people_are_coded_as_of_the_date(
    actor_lexicon: ActorLexicon, text: str, on: date, code: str, office: str | None
) -> None:
    (mention,) = actor_lexicon.find(text, "en", on)
    assert (mention.code, mention.office, mention.kind) == (code, office, "person")


def test_a_datetime_is_accepted_as_the_date(actor_lexicon: ActorLexicon) -> None:
    (assad,) = actor_lexicon.find("Assad", "en", datetime(2024, 12, 20, 10, 30, tzinfo=UTC))
    assert assad.code == "SYRELI"


def test_without_a_date_people_are_coded_with_their_current_office(actor_lexicon: ActorLexicon) -> None:
    (assad,) = actor_lexicon.find("Assad", "en")
    (trump,) = actor_lexicon.find("Trump", "en")
    assert (assad.code, trump.code) == ("SYRELI", "USAGOV")


def test_role_alone_resolves_the_office_holder_on_the_date(actor_lexicon: ActorLexicon) -> None:
    (before,) = actor_lexicon.find("the US president", "en", date(2024, 6, 1))
    (after,) = actor_lexicon.find("the US president", "en", date(2025, 6, 1))
    assert (before.person, after.person) == ("Joe Biden", "Donald Trump")
    assert before.code == after.code == "USAGOV"


def test_organisation_roles_follow_the_date(actor_lexicon: ActorLexicon) -> None:
    (taliban_2019,) = actor_lexicon.find("the Taliban", "en", date(2019, 1, 1))
    (taliban_2023,) = actor_lexicon.find("the Taliban", "en", date(2023, 1, 1))
    assert (taliban_2019.code, taliban_2023.code) == ("AFGREB", "AFGGOV")


def test_ambiguous_surnames_need_a_first_name(actor_lexicon: ActorLexicon) -> None:
    assert actor_lexicon.find("Aoun a parlé", "fr", date(2025, 3, 1)) == []
    (joseph,) = actor_lexicon.find("Joseph Aoun a parlé", "fr", date(2025, 3, 1))
    assert (joseph.person, joseph.code) == ("Joseph Aoun", "LBNGOV")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "us and them"),  # "US" is matched only in capitals
        ("en", "This is what it is."),  # "IS" likewise
        ("fr", "un homme et une femme"),  # "UN"
        ("de", "Die Türkeireise war teuer."),  # glued to another word
        ("ar", "مسوريا"),  # "م" is not a proclitic
        ("tr", "Türkiyeli"),  # a suffix without apostrophe makes another word
        ("ru", "Путинизм"),
        ("xx", "Le président turc Recep Tayyip Erdogan"),  # unsupported language
    ],
)
def test_no_mention_inside_other_words_or_common_words(
    actor_lexicon: ActorLexicon, lang: str, text: str
) -> None:
    assert actor_lexicon.find(text, lang, date(2024, 12, 3)) == []


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("fr", "Le match au Stade de France puis l'engagement de la France.", "FRA"),
        ("fr", "Il parlera à la place de la Russie.", "RUS"),
        ("fr", "Des combats au centre de la Syrie.", "SYR"),
        ("en", "Russia, Ukraine and the airport of Kyiv.", "RUS"),
    ],
)
def test_ordinary_phrases_keep_their_country(
    actor_lexicon: ActorLexicon, lang: str, text: str, code: str
) -> None:
    codes = [m.code for m in actor_lexicon.find(text, lang, date(2024, 12, 3))]
    assert codes.count(code) == 1, codes


def test_mentions_never_span_a_title_and_the_text(actor_lexicon: ActorLexicon) -> None:
    mentions = actor_lexicon.find("Kämpfe in Myanmar\n\nRebellen griffen an", "de", date(2024, 12, 3))
    assert [(m.text, m.code) for m in mentions] == [("Myanmar", "MMR"), ("Rebellen", "REB")]


# (text, the role nouns found as actors): a one-word role noun written as a proper name, with a
# capital and its case ending after an apostrophe, is a name (the province of Ordu), not the army;
# the common noun glues its ending ("orduyu"), and an institution's name of several words keeps it.
TURKISH_ROLE_NAMES = [
    ("Fırtına salı gecesi Samsun ve Ordu'yu vurdu.", []),
    ("Sel Giresun ve Ordu'da hayatı felç etti.", []),
    ("İsrail ordusu salı günü Gazze'yi vurdu.", ["MIL"]),
    ("Hava Kuvvetleri'nin uçakları hedefleri vurdu.", ["MIL"]),
    ("Ordu, salı günü Tel Rıfat'ı vurdu.", ["MIL"]),
]


@pytest.mark.parametrize(("text", "roles"), TURKISH_ROLE_NAMES)
def test_a_turkish_role_noun_written_as_a_name_is_a_name(
    actor_lexicon: ActorLexicon, text: str, roles: list[str]
) -> None:
    assert [m.role for m in actor_lexicon.find(text, "tr")] == roles
