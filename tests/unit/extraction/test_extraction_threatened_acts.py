"""Threats told through the act they threaten, in the seven languages: the future or conditional of a
strike verb with its condition or its warning ("would strike ... if", "ripostera si", "atacará ...,
advirtió", "werde ... ins Visier nehmen, falls", "«ستضرب»", "vuracaklarını söyledi", "нанесёт удар
... в случае"), the speaker's first person ("we will hit", "nous frapperons", "мы ударим",
"vururuz", "سنضرب") and quoted threats whose speaker is named outside the quote. The threat is the
event; the threatened strike is none (eval/README.md, "Threats")."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.arguments import Sides
from vigie_extractor.core.knowledge.actors import ActorMention
from vigie_extractor.core.quoted_threats import quote_around, quoted_speaker

PUBLISHED = "2026-11-24T10:00:00"  # a Tuesday

# (lang, text, speaker country, threatened country)
THREATENED_ACTS = [
    (
        "en",
        "Pakistan's defence minister said on Monday that Pakistan would strike Indian air bases if New Delhi "
        "launched missiles across the border.",
        "PAK",
        "IND",
    ),
    (
        "en",
        "North Korea's army warned on Monday it would hit South Korean border posts within minutes of any "
        "incursion.",
        "PRK",
        "KOR",
    ),
    (
        "fr",
        "L'Iran ripostera contre les navires américains si ses pétroliers sont saisis dans le Golfe, a "
        "averti lundi le chef de la marine iranienne.",
        "IRN",
        "USA",
    ),
    (
        "fr",
        "Les rebelles du M23 ont menacé lundi de s'emparer de Goma si l'armée congolaise reprenait ses "
        "bombardements.",
        "COD",
        "COD",
    ),
    (
        "es",
        "Venezuela golpeará las bases de Guyana si el ejército guyanés entra en el Esequibo, advirtió el "
        "lunes el ministro de Defensa venezolano.",
        "VEN",
        "GUY",
    ),
    (
        "de",
        "Der Iran werde amerikanische Stützpunkte am Golf angreifen, falls die USA iranische Häfen "
        "blockierten, warnte der iranische Generalstabschef am Montag.",
        "IRN",
        "USA",
    ),
    (
        "de",
        "Nordkorea hat Südkorea am Montag mit einer «gnadenlosen Antwort» auf die Manöver gedroht.",
        "PRK",
        "KOR",
    ),
    (
        "ar",
        "حذر قائد الحرس الثوري الإيراني اللواء حسين سلامي الاثنين من أن إيران «ستستهدف القواعد الأمريكية» "
        "في حال تعرضها لهجوم.",
        "IRN",
        "USA",
    ),
    (
        "tr",
        "Pakistan Genelkurmay Başkanı pazartesi günü, Hindistan'ın saldırması halinde Hint hava üslerini "
        "vuracaklarını söyledi.",
        "PAK",
        "IND",
    ),
    (
        "ru",
        "Иран нанесёт удар по израильским базам в случае нападения на свои объекты, заявил в понедельник "
        "министр обороны Ирана.",
        "IRN",
        "ISR",
    ),
]


def _assert_one_threat(extractor: Extractor, lang: str, text: str, speaker: str, threatened: str) -> None:
    """The text gives one alertable event, a threat by ``speaker`` against ``threatened``."""
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == ["threat"], [(e.category, e.evidence.trigger) for e in events]
    assert events[0].source is not None and events[0].source.country == speaker
    assert events[0].target is not None and events[0].target.country == threatened


@pytest.mark.parametrize(("lang", "text", "speaker", "threatened"), THREATENED_ACTS)
def test_a_future_strike_with_its_condition_or_warning_is_a_threat_not_a_strike(
    extractor: Extractor, lang: str, text: str, speaker: str, threatened: str
) -> None:
    _assert_one_threat(extractor, lang, text, speaker, threatened)


# (lang, text, speaker country, threatened country): the speaker's first person, quoted, with the
# speaker named after or before the quote
FIRST_PERSON = [
    (
        "en",
        '"We will hit every launch site in southern Lebanon," Israel\'s defence minister said on Monday.',
        "ISR",
        "LBN",
    ),
    (
        "fr",
        "« Nous frapperons les bases israéliennes », a averti lundi le chef des Gardiens de la révolution "
        "iraniens.",
        "IRN",
        "ISR",
    ),
    (
        "es",
        "«Atacaremos cualquier buque estadounidense en nuestras aguas», advirtió el lunes el ministro de "
        "Defensa venezolano.",
        "VEN",
        "USA",
    ),
    (
        "de",
        "«Wir werden jede ukrainische Stellung zerstören», drohte der russische Verteidigungsminister am "
        "Montag.",
        "RUS",
        "UKR",
    ),
    (
        "ar",
        "وقال الحوثيون الاثنين: «سنضرب السفن الأمريكية في البحر الأحمر».",
        "YEM",
        "USA",
    ),
    (
        "tr",
        "İran Savunma Bakanı pazartesi günü «İsrail'i vururuz» dedi.",
        "IRN",
        "ISR",
    ),
    (
        "ru",
        "«Мы ударим по украинским аэродромам», — заявил в понедельник министр обороны России.",
        "RUS",
        "UKR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "threatened"), FIRST_PERSON)
def test_a_threat_in_the_first_person_is_made_by_its_quoted_speaker(
    extractor: Extractor, lang: str, text: str, speaker: str, threatened: str
) -> None:
    _assert_one_threat(extractor, lang, text, speaker, threatened)


# (lang, text): trade measures and plans that only look like the new threat forms
NOT_THREATS = [
    (
        "fr",
        "La Chine a menacé lundi de prendre des « mesures de rétorsion » si l'Union européenne relevait "
        "ses droits de douane.",
    ),
    ("en", "The company said it will target younger buyers if the new model sells well in Europe."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_THREATS)
def test_trade_measures_and_plans_are_no_threat_of_force(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert not events, [(e.category, e.evidence.trigger) for e in events]


def _mention(start: int, end: int, country: str) -> ActorMention:
    return ActorMention(start, end, "x", country, country, None, country)


# (text, trigger, quote span or None)
QUOTES = [
    ("« nous frapperons », a dit le general", "frapperons", (0, 18)),
    ('"we will hit them," he said', "hit", (0, 18)),
    ("„wir werden angreifen“, sagte er", "angreifen", (0, 21)),
    ("he said we will hit them", "hit", None),
    ('"no," he said; we will hit them', "hit", None),
]


@pytest.mark.parametrize(("text", "trigger", "span"), QUOTES)
def test_quote_around_finds_the_quotation_that_holds_the_words(
    text: str, trigger: str, span: tuple[int, int] | None
) -> None:
    start = text.index(trigger)
    assert quote_around(text, 0, len(text), start, start + len(trigger)) == span


def test_the_speaker_after_the_quote_is_the_source_and_the_quoted_side_the_target() -> None:
    text = "« nous frapperons israel », a averti l'iran"
    start = text.index("frapperons")
    quoted, speaker = _mention(18, 24, "ISR"), _mention(38, 43, "IRN")
    sides = quoted_speaker(
        text, (0, len(text)), (start, start + 10), [quoted, speaker], Sides(quoted, speaker)
    )
    assert (sides.source, sides.target) == (speaker, quoted)


# (lang, text): "the attack will not go unanswered" promises a reply to what was done: a threat,
# asserted (its negation is the formula's), and the attack it names is no new event
UNANSWERED = [
    ("en", "Iran's foreign minister said on Monday that the attack on its embassy would not go unanswered."),
    ("fr", "Le Hezbollah a affirmé lundi que cette agression israélienne ne restera pas sans réponse."),
    ("es", "Irán aseguró el lunes que el ataque contra su embajada no quedará sin respuesta."),
    ("de", "Iran erklärte am Montag, der Angriff auf seine Botschaft werde nicht unbeantwortet bleiben."),
    ("ar", "قالت إيران الاثنين إن الهجوم على سفارتها لن يمر دون رد."),
    ("tr", "İran pazartesi günü büyükelçiliğine yönelik saldırının cevapsız kalmayacağını açıkladı."),
    ("ru", "Иран заявил в понедельник, что нападение на его посольство не останется без ответа."),
]


@pytest.mark.parametrize(("lang", "text"), UNANSWERED)
def test_an_attack_that_will_not_go_unanswered_is_a_threat_not_a_new_attack(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    assert [(e.category, e.factuality) for e in alertable(events)] == [("threat", "asserted")], [
        (e.category, e.factuality, e.evidence.trigger) for e in events
    ]
