"""The previous year ("last year", "l'an dernier", "geçen yıl") in seven languages, and the day a
report is published, which dates none of the events it counts (table-driven)."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.dates import find_dates, publication_dates
from vigie_extractor.core.knowledge.normalise import fold

PUBLISHED = date(2026, 11, 25)  # a Wednesday

# (lang, sentence, expression as written): the previous year, precision "year"
LAST_YEAR = [
    ("en", "Drone attacks doubled last year, the institute said.", "last year"),
    ("fr", "L'armée a mené l'année dernière 300 frappes.", "l'année dernière"),
    ("fr", "Les attaques ont doublé l'an passé.", "l'an passé"),
    ("de", "Im vergangenen Jahr wurden 400 Angriffe gezählt.", "Im vergangenen Jahr"),
    ("de", "Die Zahl der Anschläge stieg gegenüber dem Vorjahr.", "Vorjahr"),
    ("es", "Los bombardeos se duplicaron el año pasado.", "el año pasado"),
    ("ru", "В прошлом году число ударов выросло вдвое.", "В прошлом году"),
    ("tr", "Geçen yıl 200 saldırı düzenlendi.", "Geçen yıl"),
    ("ar", "تضاعفت الهجمات خلال العام الماضي.", "العام الماضي"),
]


@pytest.mark.parametrize(("lang", "text", "expr"), LAST_YEAR)
def test_last_year_is_the_previous_year(lang: str, text: str, expr: str) -> None:
    found = find_dates(text, lang, PUBLISHED)
    assert [(m.text, m.value, m.precision) for m in found] == [(expr, date(2025, 1, 1), "year")]


# (lang, sentence, the day that dates the report's publication)
PUBLICATION = [
    ("en", "An annual report published on Wednesday counts 900 air strikes in 2025.", "Wednesday"),
    ("en", "The study released Tuesday found that shelling killed 400 people in 2025.", "Tuesday"),
    ("fr", "Selon un rapport publié mardi, l'aviation a frappé 80 écoles en 2025.", "mardi"),
    ("de", "Die am Dienstag vorgestellte Studie zählt 3.000 Angriffe im Jahr 2025.", "Dienstag"),
    ("de", "Das geht aus einem am Mittwoch veröffentlichten Bericht hervor.", "Mittwoch"),
    ("es", "Un informe publicado este martes cifra en 700 los ataques de 2025.", "martes"),
    ("ru", "В докладе, опубликованном во вторник, насчитали 500 ударов.", "во вторник"),
    ("tr", "Örgütün salı günü yayımladığı rapora göre 2025'te 90 saldırı düzenlendi.", "salı günü"),
    ("ar", "وأفاد تقرير أممي صدر الثلاثاء بأن 600 غارة استهدفت المدينة في 2025.", "الثلاثاء"),
]


@pytest.mark.parametrize(("lang", "text", "day"), PUBLICATION)
def test_the_day_a_report_is_published_is_its_own(lang: str, text: str, day: str) -> None:
    folded = fold(text)
    found = publication_dates(lang, folded, find_dates(text, lang, PUBLISHED, folded=folded))
    assert [m.text for m in found] == [day]


# near misses: a day told of a strike or of speech, a statement's day, and a year next to the
# publication verb
NOT_PUBLICATION = [
    ("en", "Russian drones struck Odesa on Tuesday, the governor said in a statement."),
    ("en", "The report published in 2025 counted 200 strikes."),
    ("fr", "L'armée a frappé mardi des positions rebelles, a publié l'état-major sur X."),
    ("de", "Russische Drohnen haben am Dienstag Odessa angegriffen, teilte der Gouverneur mit."),
    ("es", "Drones rusos atacaron el martes Odesa, informó el gobernador."),
    ("ru", "Российские дроны во вторник атаковали Одессу, сообщил губернатор."),
    ("tr", "Rus İHA'ları salı günü Odessa'yı vurdu, vali açıklama yaptı."),
    ("ar", "قصفت مسيرات روسية أوديسا الثلاثاء بحسب الحاكم."),
    # a statement's day is the day its speaker speaks
    ("en", "North Korea threatened a merciless strike in a statement published on Sunday."),
    ("fr", "Dans un communiqué publié dimanche, Pyongyang a menacé de frapper Séoul."),
    ("tr", "KCNA'nın pazar günü yayımladığı açıklamada ordunun hazır olduğu belirtildi."),
    ("de", "In einer am Sonntag veröffentlichten Erklärung drohte Pjöngjang mit einem Angriff."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_PUBLICATION)
def test_an_event_day_is_not_a_publication_day(lang: str, text: str) -> None:
    folded = fold(text)
    mentions = find_dates(text, lang, PUBLISHED, folded=folded)
    assert mentions
    assert publication_dates(lang, folded, mentions) == []
