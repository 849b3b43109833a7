"""A report that counts last year's strikes, and a fact-check that refutes a claimed strike, raise no
alert in any language; the same strike told as today's news does.

A report's day of publication dates none of the events it counts ("a report published on Wednesday
says ... in 2025"): the strikes keep their own year, and a year gone by is history. A headline that
names a fact-check ("Fact check:", "Faktencheck", "Non, ...", "iddiası asılsız", "Фейк:", "Bulo",
"تقصي الحقائق") makes every strike its article tells the claim it refutes."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str, title: str = "") -> list[str]:
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    return [e.category for e in alertable(events)]


# (lang, headline, lead): a report that counts a past year's strikes
REPORTS = [
    (
        "en",
        "Report: Russian drones hit Ukrainian hospitals 120 times last year",
        "Russian drones and missiles struck Ukrainian hospitals 120 times in 2025, Physicians for Human "
        "Rights said in a report published on Wednesday.",
    ),
    (
        "fr",
        "Soudan : un rapport recense 400 attaques de drones l'an dernier",
        "Les Forces de soutien rapide ont mené l'an dernier plus de 400 attaques de drones contre des "
        "villes du Soudan, selon un rapport publié mercredi par une ONG soudanaise.",
    ),
    (
        "de",
        "Bericht: Israel flog im vergangenen Jahr 2.000 Luftangriffe im Libanon",
        "Die israelische Luftwaffe hat im vergangenen Jahr mehr als 2.000 Luftangriffe im Libanon "
        "geflogen, heißt es in einem am Mittwoch veröffentlichten Bericht der Vereinten Nationen.",
    ),
    (
        "es",
        "Un informe contabiliza 300 ataques con drones en Colombia el año pasado",
        "Grupos armados lanzaron el año pasado más de 300 ataques con drones contra el Ejército de "
        "Colombia, según un informe publicado este miércoles por la Defensoría del Pueblo.",
    ),
    (
        "ru",
        "Доклад: ВСУ нанесли по Белгороду 900 ударов в прошлом году",
        "Украинские военные в прошлом году нанесли по Белгороду более 900 ударов, говорится в "
        "докладе, опубликованном в среду.",
    ),
    (
        "tr",
        "Rapor: Geçen yıl Gazze'de 5 bin hava saldırısı düzenlendi",
        "Bir insan hakları örgütünün çarşamba günü yayımladığı rapora göre İsrail ordusu 2025 yılında "
        "Gazze'de 5 binden fazla hava saldırısı düzenledi.",
    ),
    (
        "ar",
        "تقرير: 700 غارة جوية على السودان خلال العام الماضي",
        "أفاد تقرير لمنظمة حقوقية صدر الأربعاء بأن الجيش السوداني شن أكثر من 700 غارة جوية على "
        "مناطق في دارفور خلال عام 2025.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "lead"), REPORTS)
def test_a_report_counting_last_years_strikes_raises_no_alert(
    extractor: Extractor, lang: str, title: str, lead: str
) -> None:
    assert _alertable(extractor, lang, lead, title=title) == []


# near misses: a report out today that tells a strike of today is news
REPORT_NEWS = [
    (
        "en",
        "Russian drones struck a hospital in Kharkiv overnight, killing two, the regional governor said "
        "in a statement published on Wednesday.",
    ),
    (
        "fr",
        "Des drones russes ont frappé mardi un hôpital de Kharkiv, tuant deux personnes, selon un bilan "
        "publié mercredi par le gouverneur.",
    ),
    (
        "de",
        "Russische Drohnen haben am Dienstag ein Krankenhaus in Charkiw getroffen und zwei Menschen "
        "getötet, wie aus einem am Mittwoch veröffentlichten Bericht des Gouverneurs hervorgeht.",
    ),
]


@pytest.mark.parametrize(("lang", "lead"), REPORT_NEWS)
def test_a_strike_of_today_told_by_a_report_is_news(extractor: Extractor, lang: str, lead: str) -> None:
    assert _alertable(extractor, lang, lead) == ["airstrike"]


# (lang, fact-check headline, lead that tells the claimed strike, the strike's category)
FACT_CHECKS = [
    (
        "en",
        "Fact check: Video does not show an Iranian missile hitting Haifa",
        "An Iranian missile struck the port of Haifa on Monday, according to posts shared widely on X.",
        "missile_strike",
    ),
    (
        "fr",
        "Non, cette vidéo ne montre pas une frappe de drone ukrainien à Moscou",
        "Des drones ukrainiens ont frappé lundi un immeuble de Moscou, affirment des comptes prorusses.",
        "airstrike",
    ),
    (
        "de",
        "Faktencheck: Kein israelischer Luftangriff auf Damaskus",
        "Israelische Kampfjets haben am Montag Ziele in Damaskus bombardiert, heißt es in dem Beitrag.",
        "airstrike",
    ),
    (
        "es",
        "Es falso que drones rusos atacaran Varsovia",
        "Drones rusos atacaron el lunes un barrio de Varsovia, según publicaciones en redes sociales.",
        "airstrike",
    ),
    (
        "ru",
        "Фейк: ВСУ не наносили удар по Донецку",
        "Украинские военные нанесли в понедельник ракетный удар по Донецку, утверждают авторы публикаций.",
        "missile_strike",
    ),
    (
        "tr",
        "'İsrail Beyrut'u vurdu' iddiası asılsız",
        "İsrail savaş uçakları pazartesi günü Beyrut'u vurdu, sosyal medyada iddia edildi.",
        "airstrike",
    ),
    (
        "ar",
        "تقصي الحقائق: لا غارة إسرائيلية على دمشق",
        "شنت طائرات إسرائيلية الاثنين غارة جوية على دمشق، وفق منشورات على مواقع التواصل.",
        "airstrike",
    ),
]


@pytest.mark.parametrize(("lang", "title", "lead", "category"), FACT_CHECKS)
def test_a_fact_check_raises_no_alert_for_the_strike_it_refutes(
    extractor: Extractor, lang: str, title: str, lead: str, category: str
) -> None:
    assert _alertable(extractor, lang, lead, title=title) == []


@pytest.mark.parametrize(("lang", "title", "lead", "category"), FACT_CHECKS)
def test_the_same_claim_without_the_fact_check_headline_is_reported(
    extractor: Extractor, lang: str, title: str, lead: str, category: str
) -> None:
    assert category in _alertable(extractor, lang, lead)
