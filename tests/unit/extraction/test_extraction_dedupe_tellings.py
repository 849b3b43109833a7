"""One event per happening told several times, in every language: an act that is denied, planned or
imagined swallows only the vague mention its own frame goes on to tell, never a real one told before it
(an attack that killed six, then a denial of any missile strike on the town; a meeting held, then a call
planned for next week). Near misses: a denial whose clause goes on to name "the attack" it denies
raises no alert."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-24T12:00:00"  # a Tuesday

_FIGHTS = frozenset({"FIGHT", "ASSAULT"})

# (lang, text, the place of the attack): a real attack, then a denial of a strike at its place
TOLD_BEFORE_A_DENIAL = [
    (
        "en",
        "An attack on a bus station in Kramatorsk killed six people on Sunday, police said. Moscow "
        "denied that its army had fired any missile at Kramatorsk.",
        "Kramatorsk",
    ),
    (
        "fr",
        "Une attaque contre une gare routière de Kramatorsk a tué six personnes dimanche, selon la "
        "police. Moscou a nié avoir tiré le moindre missile sur Kramatorsk.",
        "Kramatorsk",
    ),
    (
        "es",
        "Un ataque contra una estación de autobuses de Kramatorsk mató el domingo a seis personas, según "
        "la policía. El Kremlin negó haber lanzado misiles contra Kramatorsk.",
        "Kramatorsk",
    ),
    (
        "de",
        "Bei einem Angriff auf einen Busbahnhof in Kramatorsk sind am Sonntag sechs Menschen getötet "
        "worden, teilte die Polizei mit. Moskau bestritt, Raketen auf Kramatorsk abgefeuert zu haben.",
        "Kramatorsk",
    ),
    (
        "ar",
        "قتل سبعة مدنيين في هجوم على سوق شعبي في مدينة الفاشر بشمال دارفور يوم الاثنين، حسب مصادر "
        "طبية. ونفى الجيش السوداني أن يكون قد شن غارة جوية على الفاشر.",
        "El Fasher",
    ),
    (
        "tr",
        "Kramatorsk'ta pazar günü bir otobüs terminaline düzenlenen saldırıda altı kişi öldü, polis "
        "açıkladı. Moskova, Kramatorsk'a füze saldırısı düzenlediği iddialarını reddetti.",
        "Kramatorsk",
    ),
    (
        "ru",
        "Атака на автовокзал в Херсоне в понедельник унесла жизни шести человек, сообщила полиция. В "
        "Москве отвергли обвинения в том, что российская армия нанесла ракетный удар по Херсону.",
        "Kherson",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "place"), TOLD_BEFORE_A_DENIAL, ids=[c[0] for c in TOLD_BEFORE_A_DENIAL]
)
def test_a_real_attack_is_not_swallowed_by_a_later_denial(
    extractor: Extractor, lang: str, text: str, place: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    told = [(e.category, e.factuality, e.evidence.trigger) for e in events]
    real = [e for e in alertable(events) if e.plover in _FIGHTS]
    assert len(real) == 1, told
    assert real[0].location is not None and real[0].location.name == place, told
    assert any(e.factuality == "negated" for e in events), told


# (lang, text): a denial whose own clause goes on to name the attack it denies: nothing to alert on
DENIAL_RETELLS = [
    (
        "en",
        "Israel's army denied on Monday that it had carried out an airstrike on Tyre, calling reports of "
        "the attack a fabrication.",
    ),
    (
        "fr",
        "L'armée israélienne a démenti lundi avoir mené une frappe aérienne sur Tyr, qualifiant l'attaque "
        "d'invention.",
    ),
    (
        "es",
        "El Ejército israelí negó el lunes haber lanzado un bombardeo aéreo sobre Tiro y calificó el "
        "ataque de invención.",
    ),
    (
        "de",
        "Die israelische Armee bestritt am Montag, einen Luftangriff auf Tyros geflogen zu haben, und "
        "nannte Berichte über den Angriff eine Erfindung.",
    ),
    (
        "ar",
        "نفى الجيش الإسرائيلي يوم الاثنين أن يكون قد شن غارة جوية على صور، "
        "واصفا الحديث عن الهجوم بأنه مختلق.",
    ),
    (
        "tr",
        "İsrail ordusu pazartesi günü Sur kentine hava saldırısı düzenlediği iddialarını reddetti ve "
        "saldırı haberlerini uydurma olarak nitelendirdi.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), DENIAL_RETELLS, ids=[c[0] for c in DENIAL_RETELLS])
def test_a_denial_that_names_the_attack_it_denies_raises_nothing(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    assert events, "the denied strike is coded, as negated"
    assert alertable(events) == [], [(e.category, e.factuality, e.evidence.trigger) for e in events]


# (lang, text): a meeting held, then a call planned in the same sentence or the next one
MET_THEN_PLANNED_CALL = [
    (
        "es",
        "Los cancilleres de Egipto y Jordania se reunieron el lunes en El Cairo y prevén mantener una "
        "conversación telefónica con su homólogo saudí la próxima semana.",
    ),
    (
        "de",
        "Die Außenminister Ägyptens und Jordaniens trafen sich am Montag in Kairo. Sie wollen kommende "
        "Woche mit ihrem saudischen Kollegen telefonieren.",
    ),
    (
        "ar",
        "التقى وزير الخارجية المصري نظيره الأردني في القاهرة يوم الاثنين، ومن المقرر أن يجريا اتصالا "
        "هاتفيا مع نظيرهما السعودي الأسبوع المقبل.",
    ),
    (
        "tr",
        "Mısır ve Ürdün dışişleri bakanları pazartesi günü Kahire'de bir araya geldi ve gelecek hafta Suudi "
        "mevkidaşlarıyla telefonda görüşecek.",
    ),
    (
        "ru",
        "Министры иностранных дел Египта и Иордании в понедельник провели переговоры в Каире и на "
        "следующей неделе проведут телефонный разговор с саудовским коллегой.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), MET_THEN_PLANNED_CALL, ids=[c[0] for c in MET_THEN_PLANNED_CALL])
def test_a_meeting_held_survives_a_call_planned_after_it(extractor: Extractor, lang: str, text: str) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    told = [(e.category, e.factuality, e.evidence.trigger) for e in events]
    assert [e.category for e in alertable(events)] == ["meeting"], told
    assert any(e.category == "phone_call" and e.factuality == "future" for e in events), told
