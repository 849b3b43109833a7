"""Background recalled in passing ("days after a drone attack on Odesa", "au lendemain de tirs de
roquettes", "saldırının ardından") is historical, not news, in every language; the news told next to
it, a retaliation that a cue introduces the cause of, and a follow-up whose story is the older event
stay alertable. Also: the recall data files validate, and a bad one is named."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.recall import load_recall, parse_recall
from vigie_extractor.core.triggers import TriggerDataError

PUBLISHED = "2026-11-18T10:00:00"  # a Wednesday

# (lang, title, text, news triggers, recalled triggers): every news word is the trigger of an
# alertable event; no alertable event has a recalled word in its trigger, and each recalled word
# is the trigger of a historical event.
CASES = [
    (
        "en",
        "Ukraine hits Belgorod fuel depot",
        "Ukrainian drones hit a fuel depot in Russia's Belgorod region on Wednesday, a week after "
        "Russian missiles struck a power plant near Kharkiv.",
        ["drones hit"],
        ["missiles struck"],
    ),
    (
        "en",
        "Russian forces launch offensive near Kupiansk",
        "Russian troops launched an offensive near Kupiansk on Tuesday after weeks of shelling of the town.",
        ["offensive"],
        ["shelling"],
    ),
    (
        "en",
        "Russia shells Kherson",
        "In response to the drone attack, Russian artillery shelled Kherson on Friday.",
        ["shell"],
        ["drone attack"],
    ),
    (
        "en",
        "Drones hit Sumy",
        "Russian drones hit Sumy overnight, killing two people, the governor said. Earlier this month, "
        "a missile strike on the city killed nine.",
        ["drones hit"],
        ["missile strike"],
    ),
    (
        "en",
        "Kharkiv pupils return to class",
        "Pupils in Kharkiv returned to underground classrooms on Monday, a week after a Russian missile "
        "attack on the city damaged three schools.",
        [],
        ["missile attack"],
    ),
    (
        "fr",
        "Kharkiv : les écoles rouvrent",
        "Les écoles de Kharkiv ont rouvert lundi, une semaine après une frappe de missile russe sur la "
        "ville.",
        [],
        ["frappe"],
    ),
    (
        "fr",
        "Frappes israéliennes au Liban-Sud",
        "L'armée israélienne a bombardé des positions du Hezbollah dans le sud du Liban mardi, au "
        "lendemain de tirs de roquettes sur la Galilée.",
        ["bombardé"],
        ["roquettes"],
    ),
    (
        "fr",
        "Attaque près de Djibo",
        "Des jihadistes ont attaqué un poste militaire près de Djibo jeudi, trois jours après une "
        "embuscade contre un convoi de l'armée burkinabè.",
        ["attaqué"],
        ["embuscade"],
    ),
    (
        "fr",
        "Frappes près de Gao",
        "En représailles à l'attaque de dimanche, l'armée malienne a frappé des positions jihadistes "
        "près de Gao lundi.",
        ["frappé"],
        ["attaque"],
    ),
    (
        "es",
        "Bombardeos en el sur del Líbano",
        "Aviones israelíes bombardearon el sur del Líbano el miércoles, tras el ataque con cohetes del "
        "lunes contra Metula.",
        ["bombardearon"],
        ["cohetes"],
    ),
    (
        "es",
        "Ataque del ELN en Arauca",
        "El ELN atacó una base militar en Arauca el jueves, días después de los combates con disidentes "
        "de las FARC en el Catatumbo.",
        ["atacó"],
        ["combates"],
    ),
    (
        "de",
        "Luftangriffe im Libanon",
        "Die israelische Luftwaffe griff am Mittwoch Ziele im Süden des Libanon an, wenige Tage nach "
        "einem Raketenangriff der Hisbollah auf Haifa.",
        # the headline folds into the lead's separable "griff ... an", which names the air force
        ["griff"],
        ["Raketenangriff"],
    ),
    (
        "de",
        "Offensive bei Pokrowsk",
        "Russische Truppen starteten am Dienstag eine Offensive bei Pokrowsk nach wochenlangem Beschuss "
        "der Stadt.",
        ["Offensive"],
        ["Beschuss"],
    ),
    (
        "de",
        "Beschuss von Cherson",
        "Als Reaktion auf den Drohnenangriff beschoss die russische Armee am Freitag Cherson.",
        ["beschoss"],
        ["Drohnenangriff"],
    ),
    (
        "de",
        "Beschuss von Sumy",
        "Als Antwort auf den Drohnenangriff auf Kursk beschoss die russische Armee am Montag Sumy, teilte "
        "der Gouverneur mit.",
        ["beschoss"],
        ["Drohnenangriff"],
    ),
    (
        "ru",
        "Удар по Харькову",
        "Российские войска нанесли ракетный удар по Харькову во вторник, через несколько дней после "
        "атаки беспилотников на Белгород.",
        ["ракетный удар"],
        ["атаки"],
    ),
    (
        "ru",
        "Бои под Курском",
        "ВСУ атаковали позиции под Курском в среду после обстрела Суджи на прошлой неделе.",
        ["атаковали"],
        ["обстрела"],
    ),
    (
        "ru",
        "Удары по Харькову",
        "В ответ на обстрел Белгорода российская авиация нанесла удары по Харькову в четверг.",
        ["нанесла удары"],
        ["обстрел"],
    ),
    (
        "tr",
        "İsrail Lübnan'ı vurdu",
        "İsrail savaş uçakları, geçen hafta düzenlenen roket saldırısının ardından çarşamba günü Güney "
        "Lübnan'ı bombaladı.",
        ["bombaladı"],
        ["roket saldırısı"],
    ),
    (
        "tr",
        "Irak'ın kuzeyine operasyon",
        "Türk Silahlı Kuvvetleri, karakola yapılan saldırıya misilleme olarak Irak'ın kuzeyindeki PKK "
        "hedeflerini vurdu.",
        ["vurdu"],
        ["saldırıya"],
    ),
    (
        "ar",
        "غارات على جنوب لبنان",
        "شنت طائرات إسرائيلية غارات على بلدات في جنوب لبنان يوم الأربعاء، بعد أيام من هجوم صاروخي "
        "لحزب الله على حيفا.",
        ["شنت"],
        ["هجوم صاروخي"],
    ),
    (
        "ar",
        "اشتباكات في درعا",
        "اندلعت اشتباكات بين قوات الأمن ومسلحين في درعا يوم الخميس عقب الغارة التي استهدفت المدينة "
        "الأسبوع الماضي.",
        ["اشتباكات"],
        ["غارة"],
    ),
]

# (lang, title, text, news triggers): a cue word is there, yet every listed event is news: "after"
# joining two events of the same day, a cue whose phrase holds no event, a follow-up report.
COUNTER = [
    (
        "en",
        "Death toll rises in Dnipro",
        "The death toll rose to 14 on Monday, three days after a Russian missile struck an apartment "
        "block in Dnipro.",
        ["missile struck"],
    ),
    (
        "en",
        "Israeli jets strike Beirut suburbs",
        "Israeli jets struck Beirut's southern suburbs on Tuesday after Hezbollah fired rockets at Haifa.",
        ["struck", "fired rockets"],
    ),
    (
        "fr",
        "Nouveaux combats au Soudan",
        "Depuis lundi, l'armée soudanaise et les Forces de soutien rapide s'affrontent à El-Facher, selon "
        "des habitants.",
        ["affrontent"],
    ),
    (
        "es",
        "Choques en Apure",
        "Soldados venezolanos se enfrentaron a un grupo armado en Apure el domingo tras una emboscada "
        "a una patrulla.",
        ["enfrentaron"],
    ),
    (
        "de",
        "Angriff auf Konvoi in Mali",
        "Nach dem Hinterhalt auf einen Armeekonvoi bei Gao am Dienstag starben zwölf Soldaten, teilte "
        "die Armee mit.",
        ["Hinterhalt"],
    ),
    (
        "de",
        "Tote bei Raketenangriff auf Odessa",
        "Infolge des russischen Raketenangriffs auf Odessa kamen am Dienstag fünf Menschen ums Leben.",
        ["Raketenangriff"],
    ),
    (
        "ru",
        "Число погибших в Одессе выросло",
        "Число погибших в Одессе выросло до девяти, сообщили в среду, через два дня после ракетного "
        "удара по жилому дому.",
        ["удара"],
    ),
    (
        "tr",
        "Halep'te çatışma",
        "Suriye ordusu ile HTŞ militanları pazartesi günü Halep'in batısında çatıştı, ardından bölgede "
        "sokağa çıkma yasağı ilan edildi.",
        ["çatıştı"],
    ),
    (
        "tr",
        "Gazze'de can kaybı artıyor",
        "İsrail'in Gazze'ye düzenlediği hava saldırılarında sabahtan bu yana 30 kişi öldü, Ukrayna'da ise "
        "Rus ordusu Harkiv'i bombaladı.",
        ["hava saldırı", "bombaladı"],
    ),
    (
        "ar",
        "قتلى في غزة",
        "قتل 30 فلسطينيا منذ فجر اليوم في غارات إسرائيلية على مدينة غزة، فيما قصفت المدفعية الإسرائيلية "
        "بلدة بيت لاهيا.",
        ["غارات", "المدفعية"],
    ),
    (
        "ar",
        "قصف على دير البلح",
        "قصفت المدفعية الإسرائيلية يوم الثلاثاء مناطق شرق دير البلح. وقتل ستة فلسطينيين في غارات جوية على "
        "خان يونس خلال الساعات الماضية، بحسب مصادر طبية.",
        ["المدفعية", "غارات"],
    ),
    (
        "ar",
        "غارة على خان يونس",
        "قتل خمسة فلسطينيين في غارة إسرائيلية على خان يونس يوم الثلاثاء بعد ساعات من إطلاق صواريخ من القطاع.",
        ["غارة"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_background_recalled_in_passing_is_historical(
    extractor: Extractor, case: tuple[str, str, str, list[str], list[str]]
) -> None:
    lang, title, text, news, recalled = case
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    told = [(e.evidence.trigger, e.factuality) for e in events]
    for word in news:
        assert any(word in e.evidence.trigger for e in alertable(events)), told
    for word in recalled:
        assert not any(word in e.evidence.trigger for e in alertable(events)), told
        # coded as background, or folded into the news event of its sentence (the same strike family)
        assert all(e.factuality == "historical" for e in events if word in e.evidence.trigger), told


@pytest.mark.parametrize(("lang", "title", "text", "news"), COUNTER)
def test_cue_words_that_tell_the_news_keep_it_alertable(
    extractor: Extractor, lang: str, title: str, text: str, news: list[str]
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    told = [(e.evidence.trigger, e.factuality) for e in events]
    for word in news:
        assert any(word in e.evidence.trigger for e in alertable(events)), told


def test_a_later_sentence_dated_days_before_the_news_is_background(extractor: Extractor) -> None:
    text = (
        "Russian missiles struck Zaporizhzhia on Wednesday, killing four people. On Sunday, drones "
        "hit a substation in the Dnipropetrovsk region."
    )
    events = extractor.extract(doc(text, "en", PUBLISHED, title="Missiles hit Zaporizhzhia")).events
    assert [e.category for e in alertable(events)] == ["missile_strike"]
    assert any(e.factuality == "historical" and "drones" in e.evidence.trigger for e in events)


def test_every_language_has_valid_recall_cues() -> None:
    cues = load_recall()
    assert set(cues) == {"en", "fr", "es", "de", "ar", "tr", "ru"}
    assert all(c.earlier is not None and (c.cues or c.postpositions) for c in cues.values())


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"lang": "fr"}, "recall/de.yaml: needs 'lang: de'"),
        (
            {"lang": "de", "scope_punct": ",", "cues": ["nach"], "weak": [], "earlier": ["x"], "extra": []},
            "unknown keys ['extra']",
        ),
        ({"lang": "de", "scope_punct": ",", "cues": ["nach"], "weak": []}, "missing keys ['earlier']"),
        (
            {
                "lang": "de",
                "scope_punct": ",",
                "cues": ["Tage nach", "als (Vergeltung"],
                "weak": [],
                "earlier": ["x"],
            },
            "recall/de.yaml: cues[1] 'als (Vergeltung': bad regular expression",
        ),
        (
            {"lang": "de", "scope_punct": ",", "cues": ["nach"], "weak": [""], "earlier": ["x"]},
            "recall/de.yaml: weak: expected a list of non-empty strings",
        ),
        (
            {"lang": "de", "scope_punct": ",", "cues": [], "weak": [], "earlier": ["x"]},
            "needs cues or postpositions",
        ),
    ],
)
def test_a_bad_recall_file_is_named_with_its_entry(raw: dict[str, object], message: str) -> None:
    with pytest.raises(TriggerDataError, match=message.replace("[", r"\[").replace("(", r"\(")):
        parse_recall("de", raw)


# (lang, title, text, place of the recalled event): "The attack came days after ...": the subject
# retells the news, and must not become a news event with the recalled phrase's weapon and place.
SEQUELS = [
    (
        "en",
        "Drones hit refinery in Saratov",
        "Ukrainian drones struck a refinery in Saratov overnight, the governor said. The attack came a week "
        "after a Russian missile strike on Dnipro killed four people.",
        "Dnipro",
    ),
    (
        "ru",
        "Беспилотники атаковали Брянск",
        "Украинские беспилотники атаковали в среду нефтебазу в Брянске, сообщил губернатор. Удар был нанесен "
        "через неделю после ракетного удара по Запорожью.",
        "Zaporizhzhia",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "place"), SEQUELS)
def test_a_sequel_sentence_does_not_turn_the_recalled_event_into_news(
    extractor: Extractor, lang: str, title: str, text: str, place: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    told = [(e.evidence.trigger, e.factuality, e.location and e.location.name) for e in events]
    assert alertable(events), told
    assert not any(e.location is not None and e.location.name == place for e in alertable(events)), told
    assert any(e.location is not None and e.location.name == place for e in events), told
