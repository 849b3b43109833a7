"""Full articles tell their story's background, reactions and prospects in paragraphs of their own:
an earlier period ("in the summer of 2024", "a finales de 2025", "с лета 2024 года"), an earlier act
told as such ("has previously warned", "en repetidas ocasiones", "Ранее ... заявлял"), a recap
("Since then", "Desde el inicio de la guerra", "С тех пор"), a trend or a tally ("has stepped up its
attacks", "ha documentado más de 30 ataques"), analysts' views ("Analysts say", "Los analistas
creen", "Эксперты считают"), requests and offers ("urged its allies to send", "pidió ... que
envíen", "призвал ... ускорить поставки"), the war's own name ("специальная военная операция"),
a reaction's name for the attack ("назвал атаку терактом"), a risk ("из-за угрозы") and who brokered
a known truce. None of them is news: such triggers are never alertable, in English, Spanish and
Russian, while the news told next to them stays alertable. Also: the date's precision decides how
long ago a month or a year ends, and events dated more than a month back are background."""

from __future__ import annotations

from datetime import date

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.factuality import FactualityDataError, classify_factuality, parse_cues

PUBLISHED = "2026-11-18T10:00:00"  # a Wednesday

# (lang, sentence, trigger, factuality): the cue classes one by one, each with the sentence's own
# trigger; the counter-examples keep the news alertable.
SENTENCES = [
    # an earlier period closing the trigger's clause
    (
        "en",
        "Russian troops launched their offensive toward Kupiansk in the summer of 2024.",
        "offensive",
        "historical",
    ),
    ("en", "The militia seized the town in late 2025 after a long siege.", "seized", "historical"),
    ("es", "Las milicias tomaron la ciudad a finales de 2025 tras un largo asedio.", "tomaron", "historical"),
    (
        "es",
        "La guerrilla lanzó una ofensiva en el verano de 2024 en el sur del país.",
        "ofensiva",
        "historical",
    ),
    (
        "ru",
        "Наступление на Купянском направлении российские войска ведут с весны 2025 года.",
        "Наступление",
        "historical",
    ),
    ("ru", "Обстрелы Херсона продолжаются с ноября 2022 года.", "Обстрелы", "historical"),
    # an earlier act told as such
    ("en", "Tehran has previously threatened to hit US bases in the Gulf.", "threatened", "historical"),
    (
        "es",
        "Caracas ha advertido en repetidas ocasiones que atacará cualquier buque que entre en sus aguas.",
        "atacará",
        "future",
    ),
    (
        "es",
        "Moscú ha acusado en reiteradas ocasiones a Kiev de bombardear la central.",
        "bombardear",
        "historical",
    ),
    ("ru", "Ранее Пхеньян неоднократно грозил нанести удар по военным базам США.", "удар", "historical"),
    # a trend or a tally, a habit
    (
        "en",
        "Israel has stepped up its airstrikes on the Bekaa valley this autumn.",
        "airstrikes",
        "historical",
    ),
    (
        "es",
        "Rusia ha intensificado en las últimas semanas sus bombardeos contra la red eléctrica.",
        "bombardeos",
        "historical",
    ),
    (
        "es",
        "La ONU ha documentado más de 30 ataques con drones contra escuelas este año.",
        "ataques con drones",
        "historical",
    ),
    ("ru", "Херсон обстреливают почти ежедневно.", "обстреливают", "historical"),
    # a recap of a period up to now
    (
        "en",
        "Since then, rebel fighters have shelled the airport and cut the road to the capital.",
        "shelled",
        "historical",
    ),
    (
        "es",
        "Desde el inicio de la guerra, las milicias han atacado decenas de aldeas en la región.",
        "atacado",
        "historical",
    ),
    ("ru", "С тех пор боевики неоднократно обстреливали аэропорт.", "обстреливали", "historical"),
    ("en", "So far this year, militants have attacked 14 schools in the province.", "attacked", "historical"),
    (
        "es",
        "En lo que va de año, los grupos armados han atacado 14 escuelas en el Cauca.",
        "atacado",
        "historical",
    ),
    ("ru", "С начала года боевики атаковали в регионе 14 школ.", "атаковали", "historical"),
    # analysts' and experts' views
    (
        "en",
        "Analysts at the Institute for the Study of War said a push toward the city was the next step.",
        "push",
        "hypothetical",
    ),
    (
        "ru",
        "Как отмечают военные эксперты, наступление на город - дело ближайших месяцев.",
        "наступление",
        "hypothetical",
    ),
    (
        "en",
        "Analysts say a new offensive toward the city remains likely in the spring.",
        "offensive",
        "hypothetical",
    ),
    (
        "es",
        "Los analistas creen que una nueva ofensiva sobre la ciudad es cuestión de semanas.",
        "ofensiva",
        "hypothetical",
    ),
    ("ru", "Эксперты считают, что наступление на город начнется весной.", "наступление", "hypothetical"),
    # a request or an offer is not the act requested
    (
        "en",
        "The president urged Western allies to send more air defence systems.",
        "send more air defence",
        "hypothetical",
    ),
    (
        "ru",
        "Глава МИД призвал союзников ускорить поставки систем ПВО.",
        "поставки систем ПВО",
        "hypothetical",
    ),
    ("en", "Russia has repeatedly struck the grain terminals of Izmail with drones.", "struck", "historical"),
    (
        "ru",
        "В результате обстрелов с начала года в округе погибли 23 мирных жителя.",
        "обстрелов",
        "historical",
    ),
    ("es", "La ofensiva, iniciada hace dos años, apenas ha logrado avances.", "ofensiva", "historical"),
    (
        "en",
        "Kyiv's troops have been fighting to hold the town for more than a year.",
        "fighting",
        "historical",
    ),
    (
        "es",
        "Los paramilitares combaten por el control de la ciudad desde hace más de un año.",
        "combaten",
        "historical",
    ),
    ("ru", "Контрнаступление ВСУ летом 2023 года не принесло результатов.", "Контрнаступление", "historical"),
    # the article recalls what it told before
    ("ru", "Напомним, в октябре армия нанесла удар по аэродрому под Липецком.", "удар", "historical"),
    ("ru", "Как сообщал «Интерфакс», беспилотники атаковали НПЗ в Саратове.", "атаковали", "historical"),
    (
        "es",
        "Cabe recordar que las milicias atacaron el mismo cuartel el año pasado.",
        "atacaron",
        "historical",
    ),
    (
        "en",
        "The foreign ministry condemned the raid and called for new sanctions on Minsk.",
        "sanctions",
        "hypothetical",
    ),
    # counter-examples: the news stays alertable
    (
        "en",
        "It was the deadliest missile strike on the city since the start of the war, officials said.",
        "missile strike",
        "reported",
    ),
    (
        "ru",
        "Ранее в среду российские войска нанесли удар по Сумам, сообщили местные власти.",
        "удар",
        "reported",
    ),
    (
        "es",
        "El ELN reclamó la autoría del ataque con drones contra la base de Tame.",
        "ataque con drones",
        "asserted",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "trigger", "expected"), SENTENCES)
def test_background_cues_set_the_factuality_of_their_clause(
    lang: str, sentence: str, trigger: str, expected: str
) -> None:
    start = sentence.index(trigger)
    got = classify_factuality(
        sentence, 0, len(sentence), start, start + len(trigger), lang, None, date(2026, 11, 18)
    )
    assert got == expected


# (lang, title, text, news triggers, background triggers): whole articles; every news word is the
# trigger of an alertable event and no alertable event has a background word in its trigger.
ARTICLES = [
    (
        "en",
        "Drone strike kills militia commander near Tal Afar",
        "A Turkish drone struck a car near Tal Afar on Tuesday, killing a commander of a Yazidi militia, "
        "local officials said.\n\n"
        "The United States and Iraq, which brokered the truce in Sinjar, urged Ankara to halt its "
        "operations.\n\n"
        "Analysts say a wider Turkish offensive in Sinjar remains possible before winter.",
        ["drone struck"],
        ["truce", "offensive"],
    ),
    (
        "es",
        "Disidencias atacan un puesto policial en el Cauca",
        "Disidentes de las FARC atacaron con drones un puesto de policía en Suárez, en el Cauca, el "
        "martes, informaron las autoridades.\n\n"
        "Desde el comienzo de este año, la Defensoría ha registrado decenas de hostigamientos en el "
        "departamento.\n\n"
        "Analistas consultados advierten que un bombardeo del Ejército contra los campamentos de las "
        "disidencias es posible.",
        ["atacaron"],
        ["hostigamientos", "bombardeo"],
    ),
    (
        "ru",
        "Беспилотники атаковали Курск",
        "Украинские беспилотники во вторник атаковали Курск, ранены три человека, сообщил губернатор "
        "Курской области.\n\n"
        "Песков назвал атаку «очередной провокацией» и заявил, что цели специальной военной операции "
        "будут достигнуты.\n\n"
        "Истребители поднимались в воздух из-за угрозы нарушения воздушного пространства Литвы.",
        ["атаковали"],
        ["провокацией", "военной операции", "угрозы"],
    ),
]


@pytest.mark.parametrize("case", ARTICLES, ids=[f"{c[0]}-{c[1]}" for c in ARTICLES])
def test_an_articles_background_paragraphs_raise_no_alertable_event(
    extractor: Extractor, case: tuple[str, str, str, list[str], list[str]]
) -> None:
    lang, title, text, news, background = case
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    told = [(e.category, e.evidence.trigger, e.factuality) for e in events]
    for word in news:
        assert any(word in e.evidence.trigger for e in alertable(events)), told
    for word in background:
        assert not any(word in e.evidence.trigger for e in alertable(events)), told


@pytest.mark.parametrize(
    ("when", "precision", "expected"),
    [
        (date(2026, 1, 1), "month", "historical"),  # "in January 2026", told in November
        (date(2026, 1, 1), None, "asserted"),  # a bare 1 January may stand for the whole year
        (date(2025, 1, 1), "year", "historical"),  # "in 2025"
        (date(2026, 10, 1), "month", "asserted"),  # "in October": within a month of its end
        (date(2026, 10, 2), "day", "historical"),  # "on October 2"
        (date(2026, 11, 15), "day", "asserted"),
    ],
)
def test_the_dates_precision_decides_when_its_period_ends(
    when: date, precision: str | None, expected: str
) -> None:
    s = "Rebels attacked the town."
    start = s.index("attacked")
    got = classify_factuality(
        s, 0, len(s), start, start + 8, "en", when, date(2026, 11, 18), precision=precision
    )
    assert got == expected


def test_a_bad_background_cue_is_named() -> None:
    raw = {
        "clause_punct": ",",
        "after_window": 10,
        "negated": {"near": ["not"]},
        "hypothetical": {"before": ["if"]},
        "future": {"before": ["will"]},
        "background": {"earlier": ["before"]},
    }
    with pytest.raises(FactualityDataError, match=r"factuality/en\.yaml: background"):
        parse_cues(raw, "en")
    raw["background"] = {"before": ["(unclosed"]}
    with pytest.raises(FactualityDataError, match=r"background\.before: bad regular expression"):
        parse_cues(raw, "en")


# (lang, text, trigger, alertable): the war's own name is no new invasion or operation; an invasion
# launched in the news still is one.
WAR_NAMES = [
    (
        "en",
        "Russia's full-scale invasion of Ukraine has killed tens of thousands of soldiers.",
        "invasion",
        False,
    ),
    (
        "en",
        "Russian troops launched a full-scale invasion of Moldova on Wednesday, officials said.",
        "invasion",
        True,
    ),
    ("es", "La invasión rusa de Ucrania ha dejado decenas de miles de soldados muertos.", "invasión", False),
    (
        "es",
        "Tropas rusas invadieron el miércoles el norte de Moldavia, informó el Gobierno.",
        "invadieron",
        True,
    ),
    (
        "ru",
        "С начала полномасштабного вторжения в Украине погибли тысячи мирных жителей.",
        "вторжения",
        False,
    ),
    (
        "ru",
        "Песков заявил, что цели специальной военной операции будут достигнуты.",
        "военной операции",
        False,
    ),
    ("ru", "Российские войска в среду вторглись на север Молдавии, сообщили власти.", "вторглись", True),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "news"), WAR_NAMES)
def test_the_wars_own_name_is_no_new_invasion(
    extractor: Extractor, lang: str, text: str, trigger: str, news: bool
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    told = [(e.category, e.evidence.trigger, e.factuality) for e in events]
    assert any(trigger in e.evidence.trigger for e in alertable(events)) is news, told
