"""A report called a lie or a fake is denied, a fine threatened or a warning to shops is no threat of
force; the same strike or threat told plainly stays alertable.

- Calling a report "a lie" or "a fake" ("назвали ложью сообщения о том, что ... обстреляла", "yalan
  olduğunu", "dismissed as lies", "qualifié de mensonge", "calificó de mentira") negates the strike
  it tells; calling a strike "a provocation" asserts it.
- A threat of fines, jail, a lawsuit or a closure ("bedelini ağır cezalarla ödeyecekler", "пригрозил
  штрафами") is no threat of force, nor is a warning addressed to shops, firms, drivers or fans
  ("marketleri uyardı"); a state that warns a state stays a threat."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc, side

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-25T10:00:00"  # a Wednesday


def _alertable(extractor: Extractor, lang: str, text: str, title: str = "") -> list[str]:
    events = extractor.extract(doc(text, lang, PUBLISHED, title=title)).events
    return [e.category for e in alertable(events)]


# (lang, lead): a report of a strike that a ministry calls a lie or a fake
CALLED_A_LIE = [
    (
        "ru",
        "В Минобороны России во вторник назвали ложью заявления украинских властей о том, что "
        "российская артиллерия обстреляла больницу в Херсоне.",
    ),
    (
        "ru",
        "Официальный представитель МИД России Мария Захарова во вторник назвала фейком сообщения о том, "
        "что российские ракеты ударили по порту Одессы.",
    ),
    (
        "ru",
        "В Кремле назвали дезинформацией сообщения о том, что российская авиация нанесла удар по Сумам.",
    ),
    (
        "tr",
        "Milli Savunma Bakanlığı salı günü, Türk ordusunun Suriye'nin kuzeyinde sivil yerleşim "
        "yerlerini hedef aldığı iddialarını yalanladı.",
    ),
    (
        "tr",
        "Rusya Savunma Bakanlığı salı günü, Rus topçusunun Herson'da bir hastaneyi bombaladığı "
        "haberlerinin yalan olduğunu açıkladı.",
    ),
    (
        "en",
        "Russia's defence ministry on Tuesday dismissed as lies reports that Russian artillery shelled a "
        "hospital in Kherson.",
    ),
    (
        "fr",
        "Le ministère russe de la Défense a qualifié mardi de mensonge les informations selon lesquelles "
        "l'artillerie russe a bombardé un hôpital à Kherson.",
    ),
    (
        "es",
        "El Ministerio de Defensa ruso calificó el martes de mentira los informes de que la artillería "
        "rusa bombardeó un hospital en Jersón.",
    ),
    (
        "ar",
        "وصفت وزارة الدفاع الروسية الثلاثاء بالكاذبة التقارير عن قصف المدفعية الروسية مستشفى في خيرسون.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CALLED_A_LIE)
def test_a_report_called_a_lie_raises_nothing(extractor: Extractor, lang: str, text: str) -> None:
    assert _alertable(extractor, lang, text) == []


# (lang, lead, category): calling a strike a provocation or a crime still tells the strike
CALLED_A_PROVOCATION = [
    (
        "ru",
        "Украинские беспилотники в ночь на среду атаковали Белгород. В Кремле назвали удар провокацией.",
        "airstrike",
    ),
    (
        "ru",
        "В ночь на среду российские войска нанесли ракетный удар по Харькову, погибли не менее трёх "
        "человек, сообщил мэр города.",
        "missile_strike",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category"), CALLED_A_PROVOCATION)
def test_a_strike_called_a_provocation_stands(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    assert category in _alertable(extractor, lang, text)


# (lang, headline, lead): fines, jail or closures threatened, warnings to shops and drivers
PENALTIES = [
    (
        "tr",
        "Bakan fahiş fiyat uygulayan marketleri uyardı",
        "Ticaret Bakanı salı günü, fahiş fiyat uygulayan zincir marketlerin bunun bedelini ağır "
        "cezalarla ödeyeceğini söyleyerek uyardı.",
    ),
    (
        "tr",
        "Vali esnafı uyardı",
        "İstanbul Valisi çarşamba günü, kurallara uymayan işletmelerin ağır para cezasıyla "
        "karşılaşacağını söyleyerek uyardı.",
    ),
    ("tr", "", "Bakan, kurallara uymayan özel okulları kapatma cezasıyla tehdit etti."),
    ("tr", "Valilik sürücüleri uyardı", "Valilik, kar yağışı nedeniyle sürücüleri uyardı."),
    (
        "ru",
        "Собянин пригрозил штрафами управляющим компаниям",
        "Мэр Москвы Сергей Собянин во вторник пригрозил крупными штрафами управляющим компаниям, "
        "которые не подготовят дома к зиме.",
    ),
    (
        "ru",
        "",
        "Министр финансов Антон Силуанов во вторник пригрозил штрафами банкам, которые не снизят ставки.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), PENALTIES)
def test_a_penalty_threatened_is_no_threat_of_force(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    assert _alertable(extractor, lang, text, title) == []


# (lang, headline, lead): a state or an armed group that warns a state of force stays a threat
THREATS = [
    (
        "tr",
        "İran'dan İsrail'e uyarı",
        "İran Dışişleri Bakanı salı günü, İsrail'in İran topraklarına yönelik her saldırısının ağır "
        "bedelini ödeyeceğini söyleyerek Tel Aviv'i uyardı.",
    ),
    ("tr", "Erdoğan Yunanistan'ı uyardı", "Cumhurbaşkanı Erdoğan salı günü Yunanistan'ı uyardı."),
    (
        "ru",
        "Медведев пригрозил Великобритании ударами",
        "Зампред Совбеза России Дмитрий Медведев во вторник пригрозил Великобритании ударами в случае "
        "отправки британских войск на Украину.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "text"), THREATS)
def test_a_threat_of_force_stands(extractor: Extractor, lang: str, title: str, text: str) -> None:
    assert "threat" in _alertable(extractor, lang, text, title)


# (lang, lead, source country, target country): one sentence, one threat, told by its verb and by
# its content; the speaker is its source
ONE_THREAT: list[tuple[str, str, str, str | None]] = [
    (
        "tr",
        "Hizbullah Genel Sekreteri Naim Kasım çarşamba günü, İsrail'in Lübnan'a yönelik olası "
        "saldırılarının cevapsız kalmayacağını söyleyerek İsrail'i tehdit etti.",
        "LBN",
        "ISR",
    ),
    (
        "ru",
        "Глава комитета Госдумы по обороне Андрей Картаполов во вторник пригрозил Украине: «В случае "
        "удара американскими ракетами по Крыму мы ударим по центрам принятия решений в Киеве».",
        "RUS",
        "UKR",
    ),
    (
        "en",
        "Iran's foreign minister on Tuesday threatened Israel, warning that any attack on Iranian soil "
        "would not go unanswered.",
        "IRN",
        "ISR",
    ),
    (
        "fr",
        "Le ministre iranien des Affaires étrangères a menacé mardi Israël, avertissant que toute attaque "
        "contre le sol iranien ne resterait pas sans réponse.",
        "IRN",
        None,  # "a menacé mardi Israël": the target is not read yet
    ),
    (
        "es",
        "El ministro de Exteriores de Irán amenazó el martes a Israel y advirtió de que cualquier ataque "
        "contra suelo iraní no quedará sin respuesta.",
        "IRN",
        "ISR",
    ),
    (
        "de",
        "Der iranische Außenminister drohte am Dienstag Israel mit Vergeltung und warnte, jeder "
        "Angriff auf iranischen Boden werde nicht unbeantwortet bleiben.",
        "IRN",
        "ISR",
    ),
    (
        "ar",
        "هدد وزير الخارجية الإيراني الثلاثاء إسرائيل محذرا من أن أي هجوم على الأراضي الإيرانية "
        "لن يمر دون رد.",
        "IRN",
        "ISR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), ONE_THREAT)
def test_one_sentence_tells_one_threat(
    extractor: Extractor, lang: str, text: str, source: str, target: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    threats = [e for e in alertable(events) if e.category == "threat"]
    assert [(side(e.source)[0], side(e.target)[0]) for e in threats] == [(source, target)]
