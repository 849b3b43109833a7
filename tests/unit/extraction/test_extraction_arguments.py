"""Who did what to whom and where: active and passive voice, coordinated sides, one article with
several events, the same event told by the other side, and de-duplication."""

from __future__ import annotations

import pytest
from extraction_helpers import doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor


def _sides(events: list[Event]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            e.category,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
            e.location.name if e.location else None,
        )
        for e in events
    ]


# (lang, text): Russian forces shell Kharkiv, Ukrainian drones strike Belgorod, in one sentence.
TWO_EVENTS = [
    (
        "en",
        "Russian forces shelled Kharkiv on Monday, while Ukrainian drones struck an oil depot in Belgorod.",
    ),
    (
        "fr",
        "Les forces russes ont pilonné Kharkiv lundi, tandis que des drones ukrainiens ont frappé un "
        "dépôt pétrolier à Belgorod.",
    ),
    (
        "es",
        "Las fuerzas rusas bombardearon Járkov el lunes, mientras drones ucranianos atacaron un depósito "
        "de petróleo en Bélgorod.",
    ),
    (
        "de",
        "Russische Truppen beschossen am Montag Charkiw, während ukrainische Drohnen ein Öllager in "
        "Belgorod angriffen.",
    ),
    (
        "ru",
        "Российские войска обстреляли Харьков в понедельник, а украинские беспилотники атаковали "
        "нефтебазу в Белгороде.",
    ),
    (
        "tr",
        "Rus kuvvetleri pazartesi Harkiv'i bombaladı, Ukrayna İHA'ları ise Belgorod'daki bir petrol "
        "deposunu vurdu.",
    ),
    (
        "ar",
        "قصفت القوات الروسية خاركيف يوم الاثنين، فيما هاجمت طائرات مسيرة أوكرانية مستودع نفط في بيلغورود.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_EVENTS)
def test_one_sentence_two_events_each_with_its_sides_and_place(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _sides(events) == [
        ("shelling", "RUS", "UKR", "Kharkiv"),
        ("airstrike", "UKR", "RUS", "Belgorod"),
    ]
    assert events[1].cameo == "1952"  # drones
    assert [e.event_id for e in events] == ["t:0", "t:1"]


# (lang, text): Ukraine tells of a Russian artillery attack on its positions.
OTHER_SIDE = [
    ("en", "Ukraine said Russian troops attacked its positions near Bakhmut with artillery."),
    (
        "fr",
        "L'Ukraine affirme que les troupes russes ont attaqué ses positions près de Bakhmout à l'artillerie.",
    ),
    ("es", "Ucrania afirmó que las tropas rusas atacaron sus posiciones cerca de Bajmut con artillería."),
    (
        "de",
        "Die Ukraine erklärte, russische Truppen hätten ihre Stellungen bei Bachmut mit Artillerie "
        "angegriffen.",
    ),
    (
        "ru",
        "Украина заявила, что российские войска атаковали её позиции под Бахмутом с применением артиллерии.",
    ),
    ("tr", "Ukrayna, Rus askerlerinin Bahmut yakınlarındaki mevzilerine topçu ile saldırdığını açıkladı."),
    ("ar", "قالت أوكرانيا إن القوات الروسية هاجمت مواقعها قرب باخموت بالمدفعية."),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_SIDE)
def test_the_other_side_tells_it_the_attacker_stays_the_source(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _sides(events) == [("shelling", "RUS", "UKR", "Bakhmut")]


# (lang, text): Kharkiv struck by Russian missiles, in the passive voice.
PASSIVE = [
    ("en", "Kharkiv was struck by Russian missiles overnight."),
    ("fr", "Kharkiv a été visée par des frappes de missiles russes dans la nuit."),
    ("es", "Járkov fue atacada por misiles rusos durante la noche."),
    ("de", "Charkiw wurde in der Nacht von russischen Raketen angegriffen."),
    ("tr", "Harkiv gece Rus füzeleri tarafından vuruldu."),
    ("ru", "Харьков ночью подвергся ракетному удару со стороны российских войск."),
    ("ar", "تعرضت خاركيف لهجوم صاروخي من قبل القوات الروسية."),
]


@pytest.mark.parametrize(("lang", "text"), PASSIVE)
def test_passive_voice_swaps_source_and_target(extractor: Extractor, lang: str, text: str) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _sides(events) == [("missile_strike", "RUS", "UKR", "Kharkiv")]


# (lang, text): two leaders speak; the first named is the source.
CALLS = [
    ("en", "Erdogan and Putin spoke by phone on Wednesday."),
    ("fr", "Emmanuel Macron et Olaf Scholz se sont entretenus par téléphone mercredi."),
    ("es", "Pedro Sánchez y Emmanuel Macron mantuvieron una conversación telefónica el miércoles."),
    ("de", "Olaf Scholz und Emmanuel Macron führten am Mittwoch ein Telefongespräch."),
    ("ru", "Путин и Эрдоган провели телефонный разговор в среду."),
    ("tr", "Erdoğan ile Putin çarşamba günü telefonda görüştü."),
    ("ar", "أجرى أردوغان وبوتين اتصالا هاتفيا يوم الأربعاء."),
]
CALL_SIDES = {
    "en": ("TUR", "RUS"),
    "fr": ("FRA", "DEU"),
    "es": ("ESP", "FRA"),
    "de": ("DEU", "FRA"),
    "ru": ("RUS", "TUR"),
    "tr": ("TUR", "RUS"),
    "ar": ("TUR", "RUS"),
}


@pytest.mark.parametrize(("lang", "text"), CALLS)
def test_coordinated_leaders_give_source_and_target(extractor: Extractor, lang: str, text: str) -> None:
    events = extractor.extract(doc(text, lang, published="2024-12-05T09:00:00")).events
    source, target = CALL_SIDES[lang]
    assert _sides(events) == [("phone_call", source, target, None)]
    assert str(events[0].event_date) == "2024-12-04"  # the Wednesday before publication


def test_the_same_event_told_twice_is_one_event(extractor: Extractor) -> None:
    text = (
        "Rebels launched an offensive on Aleppo on Wednesday. "
        "The offensive by the rebels was the largest in years, residents said."
    )
    events = extractor.extract(doc(text, "en")).events
    assert [e.category for e in events] == ["offensive"]
    assert events[0].evidence.sentence.startswith("Rebels launched")


def test_title_and_body_offsets_index_the_analysed_text(extractor: Extractor) -> None:
    document = doc("Russian drones struck Odesa overnight.", "en", title="Drone attack on Odesa")
    events = extractor.extract(document).events
    assert events
    text = document.analysed_text
    for e in events:
        assert text[e.evidence.start : e.evidence.end] == e.evidence.sentence
        assert text[e.evidence.trigger_start : e.evidence.trigger_end] == e.evidence.trigger


# (lang, text): a head of government visits Rabat; the host country is the target.
VISITS = [
    ("en", "Spanish Prime Minister Pedro Sánchez arrived in Rabat on Friday for an official visit."),
    (
        "fr",
        "Le Premier ministre espagnol Pedro Sánchez est arrivé vendredi à Rabat pour une visite officielle.",
    ),
    ("es", "El presidente del Gobierno, Pedro Sánchez, realizó el viernes una visita oficial a Rabat."),
    (
        "de",
        "Der spanische Regierungschef Pedro Sánchez reiste am Freitag zu einem offiziellen "
        "Besuch nach Rabat.",
    ),
    ("ru", "Премьер-министр Испании Педро Санчес в пятницу прибыл с официальным визитом в Рабат."),
    ("tr", "İspanya Başbakanı Pedro Sánchez cuma günü resmi ziyaret için Rabat'a geldi."),
    ("ar", "وصل رئيس الحكومة الإسبانية بيدرو سانشيز يوم الجمعة إلى الرباط في زيارة رسمية."),
]


@pytest.mark.parametrize(("lang", "text"), VISITS)
def test_a_visit_targets_the_host_country(extractor: Extractor, lang: str, text: str) -> None:
    events = extractor.extract(doc(text, lang)).events
    assert _sides(events) == [("visit", "ESP", "MAR", "Rabat")]
    assert (events[0].cameo, str(events[0].event_date)) == ("042", "2024-11-29")  # the Friday before
