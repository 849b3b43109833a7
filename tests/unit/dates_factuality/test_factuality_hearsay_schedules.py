"""German hearsay ("soll ... haben"), compound attributions, the acts an accusation governs and
dates still to come after the verb (table-driven, with near misses)."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.dates import find_dates
from vigie_extractor.core.factuality import classify_factuality

PUBLISHED = date(2026, 11, 20)  # a Friday


def _classify(lang: str, sentence: str, trigger: str) -> str:
    text = "Intro. " + sentence + " Outro."
    start = len("Intro. ")
    t_start = text.index(trigger, start)
    return classify_factuality(
        text, start, start + len(sentence), t_start, t_start + len(trigger), lang, None, PUBLISHED
    )


# (lang, sentence, trigger, expected)
CASES = [
    # "soll(en) ... haben/sein" closing its clause is hearsay about the past: reported
    (
        "de",
        "Die Miliz soll am Donnerstag ein Dorf überfallen und 20 Zivilisten getötet haben.",
        "überfallen",
        "reported",
    ),
    (
        "de",
        "Der Kommandeur soll bei dem Luftangriff ums Leben gekommen sein, hieß es.",
        "Luftangriff",
        "reported",
    ),
    (
        "de",
        "Russische Truppen sollen in der Nacht mehrere Dörfer im Gebiet Sumy beschossen haben.",
        "beschossen",
        "reported",
    ),
    # ...not a duty or a plan ("soll ... schützen", "soll ... reisen")
    ("de", "Die Armee soll die Grenze zu Polen künftig besser schützen.", "Grenze", "asserted"),
    # compounds of "Angaben": "nach Behördenangaben", "Armeeangaben zufolge"
    ("de", "Bei dem Angriff wurden nach Behördenangaben vier Menschen getötet.", "Angriff", "reported"),
    ("de", "Kampfjets griffen Armeeangaben zufolge Stellungen im Libanon an.", "griffen", "reported"),
    ("de", "Kampfjets griffen am Dienstag Stellungen im Libanon an.", "griffen", "asserted"),
    # an accusation reports the acts its verb governs, not an act told before it
    ("fr", "Kiev accuse Moscou d'avoir bombardé Kharkiv dans la nuit.", "bombardé", "reported"),
    (
        "fr",
        "Des milliers de Géorgiens ont manifesté devant le Parlement, qu'ils accusent d'avoir trahi le pays.",
        "manifesté",
        "asserted",
    ),
    ("de", "Kiew wirft Moskau vor, Charkiw in der Nacht bombardiert zu haben.", "bombardiert", "reported"),
    (
        "de",
        "Tausende demonstrierten gegen die Regierung, die beschuldigt wird, die Wahl gefälscht zu haben.",
        "demonstrierten",
        "asserted",
    ),
    ("tr", "Ukrayna, Rusya'yı Herson'u bombalamakla suçladı.", "bombalamakla", "reported"),
    ("tr", "Hükümet muhalefeti suçladı, binlerce kişi ise Ankara'da yürüdü.", "yürüdü", "asserted"),
    # a date to come after the verb makes the act a plan: future
    ("en", "Macron to visit Kenya next week.", "visit", "future"),
    ("en", "The two leaders meet in Geneva later this month.", "meet", "future"),
    ("de", "Merz reist kommende Woche nach Kiew.", "reist", "future"),
    ("de", "Die Außenminister treffen sich am kommenden Montag in Brüssel.", "treffen", "future"),
    ("fr", "Le président sénégalais se rend la semaine prochaine à Paris.", "rend", "future"),
    ("es", "El canciller viaja el próximo lunes a Rabat.", "viaja", "future"),
    # ...not one in another clause, nor a past day
    (
        "fr",
        "Les rebelles ont attaqué la ville lundi, avant des pourparlers la semaine prochaine.",
        "attaqué",
        "asserted",
    ),
    (
        "es",
        "Los rebeldes atacaron la base el lunes, antes de las negociaciones de la próxima semana.",
        "atacaron",
        "asserted",
    ),
    (
        "ru",
        "Войска обстреляли город в понедельник, переговоры пройдут на следующей неделе.",
        "обстреляли",
        "asserted",
    ),
    ("en", "Troops shelled the town on Monday, days before talks due next week.", "shelled", "asserted"),
    ("en", "The ministers met in Ankara on Tuesday.", "met", "asserted"),
    ("de", "Die Armee griff die Stadt an, die Gespräche beginnen kommende Woche.", "griff", "asserted"),
]


@pytest.mark.parametrize(("lang", "sentence", "trigger", "expected"), CASES)
def test_factuality(lang: str, sentence: str, trigger: str, expected: str) -> None:
    assert _classify(lang, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # hearsay about the past: the last Thursday
        (
            "Die Miliz soll am Donnerstag ein Dorf überfallen und Zivilisten getötet haben.",
            date(2026, 11, 19),
        ),
        ("Der Kommandeur soll am Donnerstag bei dem Angriff gefallen sein.", date(2026, 11, 19)),
        # a plan or a duty: the next Thursday
        ("Der Minister soll am Donnerstag nach Kiew reisen.", date(2026, 11, 26)),
    ],
)
def test_german_hearsay_is_no_future_date(sentence: str, expected: date) -> None:
    (found,) = find_dates(sentence, "de", PUBLISHED)
    assert found.value == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # where the verb closes the sentence, the announcement set off after the story, past its subject
        ("Ukrayna, pazar günü Tuapse limanını hedef aldı, bölge valisi açıkladı.", "reported"),
        ("Ukrayna, pazar günü Tuapse limanını hedef aldı, Milli Savunma Bakanlığı duyurdu.", "reported"),
        # ...or linked to it by a nominalised complement
        ("Bakanlık, Ukrayna'nın Tuapse limanını hedef aldığını açıkladı.", "reported"),
        # not an announcement of something else, with a clause of its own
        (
            "Ukrayna Tuapse limanını hedef aldı, Kiev ise aynı gün yeni bir yardım paketini açıkladı.",
            "asserted",
        ),
    ],
)
def test_a_turkish_headline_takes_the_lead_announcement(lead: str, expected: str) -> None:
    title = "Ukrayna Tuapse limanını hedef aldı"
    text = title + "\n\n" + lead + " Limanda yangın çıktı."
    t_start = text.index("hedef aldı")
    got = classify_factuality(
        text, 0, len(title), t_start, t_start + len("hedef aldı"), "tr", None, PUBLISHED
    )
    assert got == expected
