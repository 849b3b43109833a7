"""People in office (people.yaml): heads of state and government, foreign and defence ministers and
heads of international organisations, recognised in every language and script and coded as of the
article's date."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

import pytest

from vigie_extractor.core.knowledge import ActorLexicon
from vigie_extractor.core.knowledge.actor_data import load_role_codes
from vigie_extractor.core.knowledge.countries import load_countries
from vigie_extractor.core.knowledge.people import Person, load_people

ON = date(2026, 1, 15)
# The date the coverage is measured on.
COVERAGE_ON = date(2026, 11, 1)

# Offices that make a person head of state or of government.
HEAD_OFFICES = frozenset(
    {
        "President",
        "Prime Minister",
        "Chancellor",
        "King",
        "Emir",
        "Sultan",
        "Supreme Leader",
        "Supreme Leader of the Taliban",
        "Chairman of the Sovereignty Council",
        "Chairman of the Presidential Leadership Council",
        "Chief Adviser",
    }
)
MINISTER_OFFICES = ("Foreign Minister", "Defence Minister")

# (lang, text, exact surface, actor code, person, office): one or more per script.
RECOGNISED = [
    (
        "en",
        "Australian Defence Minister Richard Marles arrived in Manila.",
        "Australian Defence Minister Richard Marles",
        "AUSGOV",
        "Richard Marles",
        "Defence Minister",
    ),
    (
        "en",
        "Gilberto Teodoro said the patrols would continue.",
        "Gilberto Teodoro",
        "PHLGOV",
        "Gilberto Teodoro",
        "Defence Minister",
    ),
    (
        "en",
        "Taiwan's President Lai Ching-te inspected troops.",
        "Taiwan's President Lai Ching-te",
        "TWNGOV",
        "Lai Ching-te",
        "President",
    ),
    (
        "en",
        "Khawaja Asif warned India on Sunday.",
        "Khawaja Asif",
        "PAKGOV",
        "Khawaja Asif",
        "Defence Minister",
    ),
    (
        "en",
        "OIC Secretary-General Hissein Brahim Taha condemned the raid.",
        "Hissein Brahim Taha",
        "IGOOIC",
        "Hissein Brahim Taha",
        "Secretary-General",
    ),
    (
        "fr",
        "La ministre des Armées Catherine Vautrin s'est rendue à Kiev.",
        "ministre des Armées Catherine Vautrin",
        "FRAGOV",
        "Catherine Vautrin",
        "Defence Minister",
    ),
    (
        "fr",
        "Le ministre belge de la Défense, Theo Francken, a annoncé l'achat de F-35.",
        "Theo Francken",
        "BELGOV",
        "Theo Francken",
        "Defence Minister",
    ),
    (
        "fr",
        "Le Premier ministre malien Abdoulaye Maïga a reçu Sadio Camara.",
        "Sadio Camara",
        "MLIGOV",
        "Sadio Camara",
        "Defence Minister",
    ),
    (
        "es",
        "El secretario de Defensa, Ricardo Trevilla, viajó a Sinaloa.",
        "Ricardo Trevilla",
        "MEXGOV",
        "Ricardo Trevilla Trejo",
        "Defence Minister",
    ),
    (
        "es",
        "El ministro venezolano Vladimir Padrino López ordenó desplegar tropas.",
        "Vladimir Padrino López",
        "VENGOV",
        "Vladimir Padrino López",
        "Defence Minister",
    ),
    (
        "es",
        "El canciller cubano Bruno Rodríguez denunció las sanciones.",
        "Bruno Rodríguez",
        "CUBGOV",
        "Bruno Rodríguez Parrilla",
        "Foreign Minister",
    ),
    (
        "de",
        "Der finnische Ministerpräsident Petteri Orpo traf Elina Valtonen.",
        "Elina Valtonen",
        "FINGOV",
        "Elina Valtonen",
        "Foreign Minister",
    ),
    (
        "de",
        "Bundeskanzler Christian Stocker sprach mit Beate Meinl-Reisinger.",
        "Beate Meinl-Reisinger",
        "AUTGOV",
        "Beate Meinl-Reisinger",
        "Foreign Minister",
    ),
    (
        "de",
        "Der slowakische Regierungschef Robert Fico reiste nach Moskau.",
        "Robert Fico",
        "SVKGOV",
        "Robert Fico",
        "Prime Minister",
    ),
    (
        "tr",
        "Azerbaycan Savunma Bakanı Zakir Hasanov Ankara'ya geldi.",
        "Zakir Hasanov",
        "AZEGOV",
        "Zakir Hasanov",
        "Defence Minister",
    ),
    (
        "tr",
        "AGİT Genel Sekreteri Feridun Sinirlioğlu Viyana'da konuştu.",
        "Feridun Sinirlioğlu",
        "IGOOSC",
        "Feridun Sinirlioğlu",
        "Secretary-General",
    ),
    (
        "ru",
        "Министр обороны Белоруссии Виктор Хренин прибыл в Минск.",
        "Виктор Хренин",
        "BLRGOV",
        "Viktor Khrenin",
        "Defence Minister",
    ),
    (
        "ru",
        "Глава МИД встретился с Максимом Рыженковым.",
        "Максимом Рыженковым",
        "BLRGOV",
        "Maxim Ryzhenkov",
        "Foreign Minister",
    ),
    (
        "ru",
        "Президент Грузии Михаил Кавелашвили подписал закон.",
        "Михаил Кавелашвили",
        "GEOGOV",
        "Mikheil Kavelashvili",
        "President",
    ),
    (
        "ar",
        "التقى وزير الدفاع المصري عبد المجيد صقر قائد الجيش.",
        "عبد المجيد صقر",
        "EGYGOV",
        "Abdel Majeed Saqr",
        "Defence Minister",
    ),
    (
        "ar",
        "قال وزير الخارجية المغربي ناصر بوريطة إن المحادثات مثمرة.",
        "ناصر بوريطة",
        "MARGOV",
        "Nasser Bourita",
        "Foreign Minister",
    ),
    (
        "ar",
        "أعلن الأمين العام لمجلس التعاون جاسم البديوي عن اجتماع طارئ.",
        "جاسم البديوي",
        "IGOGCC",
        "Jasem Mohamed Albudaiwi",
        "Secretary-General",
    ),
    (
        "ru",
        "Президент Эритреи Исайяс Афеворки принял делегацию.",
        "Исайяс Афеворки",
        "ERIGOV",
        "Isaias Afwerki",
        "President",
    ),
    (
        "ar",
        "استقبل الرئيس إسماعيل عمر جيله الوفد.",
        "إسماعيل عمر جيله",
        "DJIGOV",
        "Ismaïl Omar Guelleh",
        "President",
    ),
    (
        "ar",
        "استقبل وزير الخارجية الجزائري أحمد عطاف نظيره.",
        "أحمد عطاف",
        "DZAGOV",
        "Ahmed Attaf",
        "Foreign Minister",
    ),
]


@pytest.mark.parametrize("case", RECOGNISED)
def test_people_in_office_are_recognised_in_every_script(
    actor_lexicon: ActorLexicon, case: tuple[str, str, str, str, str, str]
) -> None:
    lang, text, surface, code, person, office = case
    mentions = [m for m in actor_lexicon.find(text, lang, ON) if surface in m.text]
    assert mentions, [m.text for m in actor_lexicon.find(text, lang, ON)]
    assert (mentions[0].code, mentions[0].person, mentions[0].office) == (code, person, office)


# (lang, text, article date, actor code, office or None when out of office)
AS_OF_THE_ARTICLE_DATE = [
    ("en", "John Mahama addressed supporters in Accra.", date(2015, 5, 1), "GHAGOV", "President"),
    ("en", "John Mahama addressed supporters in Accra.", date(2020, 5, 1), "GHAELI", None),
    ("en", "John Mahama addressed supporters in Accra.", date(2025, 5, 1), "GHAGOV", "President"),
    ("en", "Dendias said Greece would buy frigates.", date(2022, 5, 1), "GRCGOV", "Foreign Minister"),
    ("en", "Dendias said Greece would buy frigates.", date(2024, 5, 1), "GRCGOV", "Defence Minister"),
    ("en", "Sameh Shoukry met his counterpart.", date(2023, 3, 1), "EGYGOV", "Foreign Minister"),
    ("en", "Sameh Shoukry met his counterpart.", date(2025, 3, 1), "EGYELI", None),
    ("es", "Gustavo Petro criticó los bombardeos.", date(2025, 10, 1), "COLGOV", "President"),
    ("es", "Gustavo Petro criticó los bombardeos.", date(2026, 10, 1), "COLELI", None),
    ("fr", "Ilie Bolojan a convoqué le gouvernement.", date(2025, 3, 1), "ROUGOV", "President"),
    ("fr", "Ilie Bolojan a convoqué le gouvernement.", date(2025, 9, 1), "ROUGOV", "Prime Minister"),
    ("de", "Karl Nehammer sprach in Wien.", date(2024, 6, 1), "AUTGOV", "Chancellor"),
    ("de", "Karl Nehammer sprach in Wien.", date(2025, 6, 1), "AUTELI", None),
    ("tr", "Feridun Sinirlioğlu açıklama yaptı.", date(2015, 10, 1), "TURGOV", "Foreign Minister"),
    ("tr", "Feridun Sinirlioğlu açıklama yaptı.", date(2025, 6, 1), "IGOOSC", "Secretary-General"),
    ("ru", "Саломе Зурабишвили выступила с заявлением.", date(2024, 6, 1), "GEOGOV", "President"),
    ("ru", "Саломе Зурабишвили выступила с заявлением.", date(2025, 6, 1), "GEOELI", None),
    ("ar", "قال بشر الخصاونة إن الأردن يرفض التهجير.", date(2023, 11, 1), "JORGOV", "Prime Minister"),
    ("ar", "قال بشر الخصاونة إن الأردن يرفض التهجير.", date(2025, 1, 1), "JORELI", None),
]


@pytest.mark.parametrize("case", AS_OF_THE_ARTICLE_DATE)
def test_a_person_is_coded_as_of_the_article_date(
    actor_lexicon: ActorLexicon, case: tuple[str, str, date, str, str | None]
) -> None:
    lang, text, on, code, office = case
    people = [m for m in actor_lexicon.find(text, lang, on) if m.person]
    assert people, [m.text for m in actor_lexicon.find(text, lang, on)]
    assert (people[0].code, people[0].office) == (code, office)


# Names whose bare surname is a common word, a place or another person's given name: the surname
# alone must not make a person (the full names are recognised above).
NOT_A_PERSON = [
    ("en", "Tanner Smith scored twice for the visitors."),
    ("en", "Mr Slim opened a new factory."),
    ("en", "The price of a gram of gold rose."),
    ("de", "Das Wetter bleibt rau und windig."),
    ("es", "Teodoro Obiang Nguema viajó a Malabo."),
    ("en", "Montenegro joined the talks."),
    ("fr", "Le maire Ahmed Dan a inauguré le pont."),
    ("ar", "قال محمد يونس صاحب المتجر إن الأسعار ارتفعت."),
    ("ar", "وصف الشيخ الرجل بأنه متقي."),
    ("ar", "قال إن جيله عانى من الحرب."),
    ("ar", "عاد المنفي إلى بلده بعد عشرين عاما."),
    ("es", "El Chapo Guzmán fue extraditado."),
    ("es", "Los manifestantes pidieron paz en Bogotá."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_A_PERSON)
def test_ambiguous_surnames_alone_do_not_name_a_person(
    actor_lexicon: ActorLexicon, lang: str, text: str
) -> None:
    assert [m.person for m in actor_lexicon.find(text, lang, ON) if m.person] == []


@pytest.fixture(scope="module")
def people() -> list[Person]:
    return load_people(load_countries(), load_role_codes())


def _current(people: list[Person], on: date) -> dict[str, dict[str, list[str]]]:
    """Per country: which of head (of state or government), FM, DM have a holder on ``on``."""
    held: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for person in people:
        for office in person.offices:
            if office.country and office.holds(on):
                key = "head" if office.office in HEAD_OFFICES else office.office
                held[office.country][key].append(person.pid)
    return held


def test_at_least_sixty_countries_have_head_foreign_and_defence_minister(people: list[Person]) -> None:
    held = _current(people, COVERAGE_ON)
    full = sorted(c for c, offices in held.items() if {"head", *MINISTER_OFFICES} <= set(offices))
    assert len(full) >= 60, full
    for country in (
        "USA",
        "RUS",
        "CHN",
        "FRA",
        "GBR",
        "DEU",
        "TUR",
        "UKR",
        "ISR",
        "IRN",
        "SAU",
        "EGY",
        "IND",
        "PAK",
    ):
        assert country in full, country


def test_one_holder_per_office_on_the_coverage_date(people: list[Person]) -> None:
    held = _current(people, COVERAGE_ON)
    for country, offices in held.items():
        for office in MINISTER_OFFICES:
            assert len(offices.get(office, [])) <= 1, (country, office, offices[office])


@pytest.mark.parametrize(
    "code",
    [
        "IGOUNO",
        "IGONAT",
        "IGOEUR",
        "IGOAFU",
        "IGOARL",
        "IGOOIC",
        "IGOGCC",
        "IGOOSC",
        "IGOAEA",
        "IGOICC",
        "IGOASN",
        "IGOWAS",
    ],
)
def test_heads_of_international_organisations(people: list[Person], code: str) -> None:
    assert any(o.code == code and o.holds(COVERAGE_ON) for p in people for o in p.offices), code


# Full names that are too common in one script to name one person there.
COMMON_IN_ONE_SCRIPT = {"yunus"}  # محمد يونس: a very common Arabic name


def test_current_holders_have_cyrillic_and_arabic_forms(people: list[Person]) -> None:
    offices = HEAD_OFFICES | set(MINISTER_OFFICES) | {"Secretary-General"}
    missing = [
        p.pid
        for p in people
        if p.pid not in COMMON_IN_ONE_SCRIPT
        and any(o.office in offices and o.holds(COVERAGE_ON) for o in p.offices)
        and not (
            any(re.search("[а-яё]", f, re.I) for f in p.forms)
            and any(re.search("[\u0600-\u06ff]", f) for f in p.forms)
        )
    ]
    assert missing == []
