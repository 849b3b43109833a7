"""A capital that condemns a strike is not where it fell, in every language: "Kiev condenó el bombardeo
como un acto terrorista", "Kiew verurteilte den Beschuss als Terror" after a missile strike on Ternopil
tell that strike again (a casualty update and a reaction), not a shelling of Kyiv. Near misses: a
capital named after the condemning verb, as the place struck ("France condemned the Russian
bombardment of Kyiv"), is the place."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-18T12:00:00"  # a Wednesday

# (lang, headline, lead): a missile strike, its toll going up, and the capital's condemnation
CONDEMNED_BY_THE_CAPITAL = [
    (
        "en",
        "Missile strike on Ternopil kills 12",
        (
            "A Russian missile struck an apartment block in Ternopil on Wednesday, killing 12 "
            "people, officials said. The death toll from the attack rose to 12 by evening. "
            "Ukraine's foreign minister condemned the strike as terrorism."
        ),
    ),
    (
        "fr",
        "Frappe de missile sur Ternopil : 12 morts",
        (
            "Un missile russe a frappé mercredi un immeuble de Ternopil, tuant douze personnes, "
            "selon les autorités. Le bilan de l'attaque s'est alourdi dans la soirée. Kiev a "
            "dénoncé un acte de terreur."
        ),
    ),
    (
        "es",
        "Ataque con misil en Ternópil deja 12 muertos",
        (
            "Un misil ruso impactó el miércoles contra un edificio de viviendas en Ternópil y mató "
            "a doce personas, informaron las autoridades. El balance del ataque aumentó por la "
            "noche. Kiev condenó el bombardeo como un acto terrorista."
        ),
    ),
    (
        "de",
        "Raketenangriff auf Ternopil: zwölf Tote",
        (
            "Eine russische Rakete hat am Mittwoch ein Wohnhaus in Ternopil getroffen und zwölf "
            "Menschen getötet. Die Zahl der Toten nach dem Angriff stieg am Abend auf zwölf. Kiew "
            "verurteilte den Beschuss als Terror."
        ),
    ),
    (
        "ar",
        "ضربة صاروخية على ترنوبل",
        (
            "أصاب صاروخ روسي يوم الأربعاء مبنى سكنيا في ترنوبل، ما أسفر عن مقتل 12 شخصا، وفق "
            "السلطات. وارتفعت حصيلة الهجوم مساء. وندد وزير الخارجية الأوكراني بالقصف ووصفه "
            "بالإرهاب."
        ),
    ),
    (
        "tr",
        "Ternopil'e füze saldırısı: 12 ölü",
        (
            "Bir Rus füzesi çarşamba günü Ternopil'de bir apartmanı vurdu, 12 kişi öldü, yetkililer "
            "açıkladı. Saldırıda ölenlerin sayısı akşam saatlerinde 12'ye yükseldi. Ukrayna "
            "Dışişleri Bakanı bombardımanı terör olarak nitelendirdi."
        ),
    ),
    (
        "ru",
        "Ракетный удар по Тернополю: 12 погибших",
        (
            "Российская ракета в среду попала в жилой дом в Тернополе, погибли 12 человек, сообщили "
            "власти. Число жертв атаки к вечеру выросло до 12. Глава МИД Украины назвал обстрел "
            "терактом."
        ),
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "text"), CONDEMNED_BY_THE_CAPITAL, ids=[c[0] for c in CONDEMNED_BY_THE_CAPITAL]
)
def test_a_condemnation_by_the_capital_is_no_strike_on_it(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    told = [(e.category, e.location and e.location.name, e.evidence.trigger) for e in events]
    assert [(e.category, e.location and e.location.name) for e in events] == [
        ("missile_strike", "Ternopil")
    ], told


# (lang, lead): a condemnation of a bombardment of the capital
CAPITAL_STRUCK = [
    (
        "en",
        ("France on Wednesday condemned the Russian bombardment of Kyiv, which killed three people."),
    ),
    (
        "fr",
        ("La France a condamné mercredi le bombardement russe de Kiev, qui a fait trois morts."),
    ),
    (
        "es",
        ("España condenó el miércoles el bombardeo ruso de Kiev, que dejó tres muertos."),
    ),
    (
        "de",
        (
            "Frankreich verurteilte am Mittwoch den russischen Beschuss von Kiew, bei dem drei "
            "Menschen starben."
        ),
    ),
    (
        "ar",
        ("أدانت فرنسا يوم الأربعاء القصف الروسي على كييف الذي أسفر عن مقتل ثلاثة أشخاص."),
    ),
    (
        "tr",
        ("Fransa çarşamba günü Rusya'nın Kiev'e yönelik bombardımanını kınadı; saldırıda üç kişi öldü."),
    ),
    (
        "ru",
        ("Франция в среду осудила российский обстрел Киева, в результате которого погибли три человека."),
    ),
]


@pytest.mark.parametrize(("lang", "text"), CAPITAL_STRUCK, ids=[c[0] for c in CAPITAL_STRUCK])
def test_a_capital_named_as_struck_after_the_condemning_verb_is_the_place(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    told = [(e.category, e.location and e.location.name, e.evidence.trigger) for e in events]
    assert [e.location and e.location.name for e in events] == ["Kyiv"], told
