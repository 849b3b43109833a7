"""Reported speech in the seven languages: accusations (the accused is the source, the act is a claim),
mutual accusations (one violation, the two sides in the order named), threats (a speech act: its
speaker threatens the other side, whatever condition or eventuality it answers, and the threatened
strike is no event) and denials (a rejected report, a denial that retells the accusation)."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie.contracts import Event
from vigie_extractor.core import Extractor
from vigie_extractor.core.factuality import classify_factuality

PUBLISHED = "2026-11-24T10:00:00"  # a Tuesday: "Sunday" is 2026-11-22


def only_event(events: list[Event], category: str) -> Event:
    """The one alertable event of ``category`` (the assertion lists what was found otherwise)."""
    found = [e for e in alertable(events) if e.category == category]
    assert len(found) == 1, [(e.category, e.factuality, e.evidence.trigger) for e in events]
    return found[0]


def _countries(event: Event) -> tuple[str | None, str | None]:
    return (event.source.country if event.source else None, event.target.country if event.target else None)


# (lang, text, category, source country, target country): "A accuses B of attacking": B attacked A
ACCUSATIONS = [
    (
        "en",
        "Azerbaijan's defence ministry accused Armenian forces on Sunday of shelling its positions near "
        "Lachin.",
        "shelling",
        "ARM",
        "AZE",
    ),
    (
        "fr",
        "Le ministère ukrainien des Affaires étrangères a accusé dimanche la Russie d'avoir bombardé "
        "Zaporijjia à l'artillerie.",
        "shelling",
        "RUS",
        "UKR",
    ),
    (
        "fr",
        "L'Arménie accuse l'Azerbaïdjan d'avoir tiré sur ses positions près de Sotk dimanche.",
        "clash",
        "AZE",
        "ARM",
    ),
    (
        "es",
        "El Gobierno de Ucrania acusó el domingo a Rusia de haber bombardeado con artillería la ciudad de "
        "Zaporiyia.",
        "shelling",
        "RUS",
        "UKR",
    ),
    (
        "es",
        "El Ejército israelí acusó el domingo a Hezbolá de haber lanzado cohetes contra Metula.",
        "missile_strike",
        "LBN",
        "ISR",
    ),
    (
        "de",
        "Die Ukraine warf Russland am Sonntag einen schweren Raketenangriff auf die Stadt Dnipro vor.",
        "missile_strike",
        "RUS",
        "UKR",
    ),
    (
        "ar",
        "اتهمت وزارة الخارجية الأوكرانية، الأحد، روسيا بقصف مدينة زابوريجيا بالمدفعية.",
        "shelling",
        "RUS",
        "UKR",
    ),
    (
        "tr",
        "Ukrayna Dışişleri Bakanlığı, Rusya'yı pazar günü Zaporijya'yı topçu ateşiyle bombalamakla suçladı.",
        "shelling",
        "RUS",
        "UKR",
    ),
    (
        "ru",
        "МИД Украины в воскресенье обвинил Россию в артиллерийском обстреле Запорожья.",
        "shelling",
        "RUS",
        "UKR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category", "source", "target"), ACCUSATIONS)
def test_an_accused_act_is_a_claim_by_the_accuser_against_the_accused(  # noqa: PLR0917 - one table row
    extractor: Extractor, lang: str, text: str, category: str, source: str, target: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang, PUBLISHED)).events, category)
    assert event.factuality == "reported"
    assert _countries(event) == (source, target)


# (lang, text): "A and B accused each other of breaking the truce": one violation, A then B
MUTUAL = [
    ("en", "India and Pakistan accused each other on Sunday of violating the ceasefire in Kashmir."),
    (
        "fr",
        "L'Inde et le Pakistan se sont mutuellement accusés dimanche d'avoir violé le cessez-le-feu au "
        "Cachemire.",
    ),
    ("es", "India y Pakistán se acusaron mutuamente el domingo de violar el alto el fuego en Cachemira."),
    (
        "de",
        "Indien und Pakistan warfen sich am Sonntag gegenseitig vor, die Waffenruhe in Kaschmir gebrochen "
        "zu haben.",
    ),
    ("ar", "تبادلت الهند وباكستان، الأحد، الاتهامات بخرق وقف إطلاق النار في كشمير."),
    ("tr", "Hindistan ve Pakistan pazar günü birbirlerini Keşmir'deki ateşkesi ihlal etmekle suçladı."),
    ("ru", "Индия и Пакистан в воскресенье обвинили друг друга в нарушении перемирия в Кашмире."),
]


@pytest.mark.parametrize(("lang", "text"), MUTUAL)
def test_mutual_accusations_are_one_reported_violation_between_the_two_sides(
    extractor: Extractor, lang: str, text: str
) -> None:
    event = only_event(extractor.extract(doc(text, lang, PUBLISHED)).events, "ceasefire_violation")
    assert event.factuality == "reported"
    assert _countries(event) == ("IND", "PAK")


# (lang, text, speaker, threatened): "warned that its forces would respond to any attack by B"
THREATS = [
    (
        "en",
        "Pakistan's army chief warned on Sunday that his forces would respond with full force to any Indian "
        "incursion across the Line of Control.",
        "PAK",
        "IND",
    ),
    (
        "fr",
        "Le chef d'état-major iranien a averti dimanche que ses troupes riposteraient à toute attaque "
        "américaine "
        "contre les sites nucléaires.",
        "IRN",
        "USA",
    ),
    (
        "es",
        "El ministro de Defensa venezolano advirtió el domingo que sus tropas responderán a cualquier "
        "ataque de "
        "Estados Unidos contra el territorio nacional.",
        "VEN",
        "USA",
    ),
    (
        "de",
        "Der iranische Generalstabschef warnte am Sonntag, seine Streitkräfte würden auf jeden "
        "amerikanischen "
        "Angriff entschlossen reagieren.",
        "IRN",
        "USA",
    ),
    (
        "ar",
        "حذر قائد الجيش الباكستاني، الأحد، من أن قواته سترد بقوة على أي توغل هندي عبر خط المراقبة.",
        "PAK",
        "IND",
    ),
    (
        "tr",
        "Pakistan Genelkurmay Başkanı, pazar günü yaptığı açıklamada Hindistan'ın olası bir saldırısına sert "
        "karşılık vereceklerini söyledi.",
        "PAK",
        "IND",
    ),
    (
        "ru",
        "Начальник штаба армии Пакистана предупредил в воскресенье, что его войска ответят на любое "
        "вторжение Индии.",
        "PAK",
        "IND",
    ),
]


@pytest.mark.parametrize(("lang", "text", "speaker", "threatened"), THREATS)
def test_a_warning_is_an_asserted_threat_by_its_speaker_against_the_other_side(
    extractor: Extractor, lang: str, text: str, speaker: str, threatened: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    threat = only_event(events, "threat")
    assert threat.factuality == "asserted"  # said in a statement, in the future tense, about "any" attack
    assert (threat.source.country if threat.source else None) == speaker
    assert (threat.target.country if threat.target else None) == threatened
    assert str(threat.event_date) == "2026-11-22"  # the day it was said, not the weekday to come
    assert [e.category for e in alertable(events)] == ["threat"]  # what it threatens is no event


# (lang, text): a threat whose condition comes before its verb, or that warns about drills
CONDITIONED_THREATS = [
    (
        "tr",
        "İran, nükleer tesislerine yeni bir saldırı olması halinde bölgedeki ABD üslerini vurmakla tehdit "
        "etti.",
    ),
    ("fr", "Si l'OTAN déploie des troupes en Finlande, la Russie a menacé dimanche de frapper Helsinki."),
    (
        "es",
        "Corea del Norte amenazó el domingo con una respuesta militar si Seúl y Washington mantienen las "
        "maniobras "
        "conjuntas.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CONDITIONED_THREATS)
def test_the_condition_of_a_threat_does_not_make_the_threat_hypothetical(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert only_event(extractor.extract(doc(text, lang, PUBLISHED)).events, "threat").factuality == "asserted"


# (lang, text): the denier rejects a report or an accusation of the act
DENIALS = [
    (
        "en",
        "Moscow said on Sunday it had not carried out any strike on Sumy, calling Ukrainian reports of a "
        "missile "
        "attack on a hospital there a fabrication.",
    ),
    (
        "fr",
        "Moscou a rejeté dimanche les accusations selon lesquelles ses forces auraient bombardé un hôpital "
        "à Soumy.",
    ),
    ("en", 'The Kremlin dismissed as "absurd" claims that Russian drones had attacked a Polish airport.'),
    ("es", "Moscú rechazó el domingo las acusaciones de que sus tropas bombardearon un hospital en Sumy."),
    (
        "de",
        "Moskau hat am Sonntag Berichte zurückgewiesen, wonach russische Drohnen ein Krankenhaus in Sumy "
        "angegriffen hätten.",
    ),
    ("de", "Die Hisbollah wies am Sonntag jede Verantwortung für den Raketenbeschuss auf Nordisrael zurück."),
    ("ar", "رفضت موسكو، الأحد، الاتهامات بأن قواتها قصفت مستشفى في سومي."),
    ("tr", "İsrail ordusu, Gazze'deki bir hastaneyi bombaladığı iddialarını pazar günü yalanladı."),
    (
        "ru",
        "Москва в воскресенье отвергла обвинения в том, что российские войска обстреляли больницу в Сумах.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DENIALS)
def test_a_rejected_accusation_raises_no_alertable_event(extractor: Extractor, lang: str, text: str) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    assert not alertable(events), [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text, category): an attack told first, then a negation about something else, or an
# accusation that names who is blamed: the attack keeps the outlet's telling
TOLD_FIRST = [
    (
        "es",
        "Una bomba mató el domingo a dos personas en un mercado de Kabul; ningún grupo se atribuyó el "
        "atentado.",
        "assault",
    ),
    (
        "de",
        "Eine Bombe tötete am Sonntag zwei Menschen auf einem Markt in Kabul; zu dem Anschlag bekannte sich "
        "niemand.",
        "assault",
    ),
    (
        "tr",
        "Kabil'de pazar günü bir pazara düzenlenen bombalı saldırıda iki kişi öldü; saldırıyı üstlenen "
        "olmadı.",
        "assault",
    ),
    (
        "ru",
        "Смертник в воскресенье подорвал себя на автовокзале в Кветте, погибли пять человек. Власти "
        "провинции "
        "обвинили в теракте пакистанских талибов.",
        "assault",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category"), TOLD_FIRST)
def test_a_later_negation_or_accusation_leaves_the_attack_as_told(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    assert only_event(extractor.extract(doc(text, lang, PUBLISHED)).events, category).factuality == "asserted"


def _factuality(text: str, trigger: str, lang: str, *, speech_act: bool) -> str:
    start = text.index(trigger)
    end = text.find(". ", start)
    sentence_end = len(text) if end < 0 else end + 1
    return classify_factuality(
        text, 0, sentence_end, start, start + len(trigger), lang, None, None, speech_act=speech_act
    )


# (lang, text, trigger, as a speech act, as another act): the speaker's verb of saying and the
# condition belong to a threat; the same words report or suspend any other act
SPEECH_ACTS = [
    (
        "en",
        "Iran warned in a statement that it would strike US bases if attacked.",
        "warned",
        "asserted",
        "reported",
    ),
    (
        "fr",
        "Si Washington frappe, Téhéran ripostera, a menacé dimanche le ministre.",
        "a menacé",
        "asserted",
        "hypothetical",
    ),
    (
        "de",
        "Falls Polen die Grenze überschreite, drohte Minsk mit Vergeltung.",
        "drohte",
        "asserted",
        "hypothetical",
    ),
    (
        "ru",
        "Если НАТО разместит войска, Москва пригрозила ответить.",
        "пригрозила",
        "asserted",
        "hypothetical",
    ),
    (
        "tr",
        "İran, saldırı olması halinde ABD üslerini vurmakla tehdit etti.",
        "tehdit",
        "asserted",
        "hypothetical",
    ),
    (
        "ar",
        "إذا تعرضت المنشآت لهجوم، هدد الحرس الثوري بضرب القواعد الأمريكية.",
        "هدد",
        "asserted",
        "hypothetical",
    ),
    (
        "es",
        "El ministro dijo que Caracas amenaza con responder a cualquier ataque.",
        "amenaza",
        "asserted",
        "reported",
    ),
]


@pytest.mark.parametrize(("lang", "text", "trigger", "speech_act", "other"), SPEECH_ACTS)
def test_a_threat_is_performed_by_saying_it(
    lang: str, text: str, trigger: str, speech_act: str, other: str
) -> None:
    assert _factuality(text, trigger, lang, speech_act=True) == speech_act
    assert _factuality(text, trigger, lang, speech_act=False) == other


def test_a_threat_reported_by_an_agency_in_the_next_sentence_stays_reported() -> None:
    text = (
        "Kim Jong Un threatened Seoul with a nuclear strike.\n\n"
        "The North Korean leader threatened to strike Seoul if the drills went ahead. "
        "KCNA reported it on Friday."
    )
    start, end = text.index("threatened Seoul"), text.index("\n")
    found = classify_factuality(text, 0, end, start, start + 10, "en", None, None, speech_act=True)
    assert found == "reported"
    # the lead tells the threat in its speaker's words, and nobody reports it: asserted
    spoken = text.replace(
        "threatened to strike Seoul if the drills went ahead. KCNA reported it on Friday.",
        "said on Friday that he will strike Seoul if the drills go ahead.",
    )
    found = classify_factuality(spoken, 0, end, start, start + 10, "en", None, None, speech_act=True)
    assert found == "asserted"


# (lang, text, attacker, attacked): a speaker telling its own act in a clause with no subject of its
# own ("said it had struck", "teilte mit, sie habe", "informó de que había atacado", "заявили, что
# атаковали"); Turkish and Arabic mark the speaker's person on the verb
SPOKEN_OF = [
    (
        "en",
        "The Israeli military said on Sunday it had struck Hezbollah positions in southern Lebanon.",
        "ISR",
        "LBN",
    ),
    (
        "fr",
        "L'armée israélienne a indiqué dimanche qu'elle avait frappé des positions du Hezbollah dans le sud "
        "du Liban.",
        "ISR",
        "LBN",
    ),
    (
        "es",
        "El Ejército israelí informó el domingo de que había atacado posiciones de Hezbolá en el sur del "
        "Líbano.",
        "ISR",
        "LBN",
    ),
    (
        "de",
        "Die Huthis erklärten am Sonntag, sie hätten einen US-Zerstörer im Roten Meer mit Raketen "
        "angegriffen.",
        "YEM",
        "USA",
    ),
    (
        "de",
        "Die israelische Armee teilte am Sonntag mit, sie habe Stellungen der Hisbollah im Südlibanon "
        "angegriffen.",
        "ISR",
        "LBN",
    ),
    (
        "ru",
        "Хуситы заявили в воскресенье, что атаковали ракетами американский эсминец в Красном море.",
        "YEM",
        "USA",
    ),
    (
        "tr",
        "Husiler, pazar günü Kızıldeniz'de bir ABD muhribine füzelerle saldırdıklarını açıkladı.",
        "YEM",
        "USA",
    ),
    ("ar", "أعلن الحوثيون، الأحد، أنهم استهدفوا مدمرة أمريكية في البحر الأحمر بالصواريخ.", "YEM", "USA"),
    # the clause names its own subject, or the speaker suffered the attack: the speaker is not the attacker
    (
        "es",
        "El Gobierno ucraniano informó el domingo de que tropas rusas habían atacado la ciudad de Járkov.",
        "RUS",
        "UKR",
    ),
    (
        "ru",
        "Киргизская сторона заявила, что во вторник вечером таджикские военнослужащие открыли огонь по "
        "позициям "
        "киргизских пограничников.",
        "TJK",
        "KGZ",
    ),
    (
        "de",
        "Die ukrainische Armee teilte am Sonntag mit, sie sei in der Nacht von russischen Drohnen "
        "angegriffen worden.",
        "RUS",  # the passive's agent, named through its drones (agent_heads)
        "UKR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "attacker", "attacked"), SPOKEN_OF)
def test_a_speaker_telling_its_own_attack_is_its_source(
    extractor: Extractor, lang: str, text: str, attacker: str | None, attacked: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert len(events) == 1, [(e.category, e.factuality, e.evidence.trigger) for e in events]
    assert _countries(events[0]) == (attacker, attacked)
    assert events[0].factuality == "reported"
