"""A fight told again in its own lead is one event, in every language: the struck side's reaction read
as a strike ("Hamas called the attack a war crime" after "Israeli warplanes bombed a tent camp") keeps
the attacker the lead names; the army's "repelled an attack on its base" after "clashed near
Babanusa", whose place the reader borrows from the state named before, is the clash told again; two
clash words of one sentence ("se enfrentaron ... en unos combates") are one clash whatever sides each
reads. Near misses: the struck side striking back elsewhere on another day stays a second event, a
claim keeps the attacker only it names, and clashes of one sentence on two days stay two."""

from __future__ import annotations

from datetime import date

import pytest
from extraction_helpers import alertable, doc, side

from vigie.contracts import Actor, Event, Evidence, Location
from vigie_extractor.core import Extractor
from vigie_extractor.core.dedupe import dedupe_and_number

PUBLISHED = "2026-11-18T12:00:00"  # a Wednesday

# (lang, headline, lead): an air strike, then the struck side's reaction to "the attack"
REACTION_TO_A_STRIKE = [
    (
        "en",
        "Air strike kills four in Deir al-Balah",
        (
            "Israeli warplanes bombed a tent camp in Deir al-Balah on Monday, killing four people, "
            "medics said. The Hamas-run government media office called the attack a war crime."
        ),
    ),
    (
        "fr",
        "Frappe aérienne sur Deir el-Balah",
        (
            "Des avions israéliens ont bombardé lundi un camp de tentes à Deir el-Balah, tuant quatre "
            "personnes, selon des secouristes. Le Hamas a qualifié l'attaque de crime de guerre."
        ),
    ),
    (
        "es",
        "Ataque aéreo en Deir al Balah",
        (
            "Aviones israelíes bombardearon el lunes un campamento de tiendas en Deir al Balah y "
            "mataron a cuatro personas, según los servicios de emergencia. Hamás calificó el ataque "
            "de crimen de guerra."
        ),
    ),
    (
        "de",
        "Luftangriff auf Deir al-Balah",
        (
            "Israelische Kampfflugzeuge haben am Montag ein Zeltlager in Deir al-Balah bombardiert "
            "und vier Menschen getötet, teilten Sanitäter mit. Die Hamas nannte den Angriff ein "
            "Kriegsverbrechen."
        ),
    ),
    (
        "ar",
        "غارة على دير البلح",
        (
            "قصفت طائرات حربية إسرائيلية يوم الاثنين مخيما للخيام في دير البلح، ما أسفر عن مقتل أربعة "
            "أشخاص، وفق مسعفين. ووصفت حماس الهجوم بأنه جريمة حرب."
        ),
    ),
    (
        "tr",
        "Deyr el-Belah'a hava saldırısı",
        (
            "İsrail savaş uçakları pazartesi günü Deyr el-Belah'taki bir çadır kampını bombaladı, "
            "dört kişi öldü, sağlık ekipleri açıkladı. Hamas, saldırıyı savaş suçu olarak "
            "nitelendirdi."
        ),
    ),
    (
        "ru",
        "Авиаудар по Дейр-эль-Балаху",
        (
            "Израильские военные самолеты в понедельник нанесли удар по палаточному лагерю в "
            "Дейр-эль-Балахе, погибли четыре человека, сообщили медики. ХАМАС назвал атаку военным "
            "преступлением."
        ),
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "text"), REACTION_TO_A_STRIKE, ids=[c[0] for c in REACTION_TO_A_STRIKE]
)
def test_the_struck_sides_reaction_is_no_second_strike(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    told = [(e.category, side(e.source), e.evidence.trigger) for e in events]
    assert [e.category for e in events] == ["airstrike"], told
    assert side(events[0].source)[0] == "ISR", told


# (lang, lead): an air strike on Monday, then the struck side's own attack elsewhere on Tuesday
STRIKE_BACK_ELSEWHERE = [
    (
        "en",
        (
            "Israeli warplanes bombed a tent camp in Deir al-Balah on Monday, killing four people, "
            "medics said. On Tuesday, Hamas fighters attacked an Israeli army post near Kissufim."
        ),
    ),
    (
        "fr",
        (
            "Des avions israéliens ont bombardé lundi un camp de tentes à Deir el-Balah, tuant quatre "
            "personnes. Mardi, des combattants du Hamas ont attaqué un poste de l'armée israélienne "
            "près de Kissoufim."
        ),
    ),
    (
        "es",
        (
            "Aviones israelíes bombardearon el lunes un campamento en Deir al Balah y mataron a "
            "cuatro personas. El martes, milicianos de Hamás atacaron un puesto del Ejército israelí "
            "cerca de Kisufim."
        ),
    ),
    (
        "de",
        (
            "Israelische Kampfflugzeuge haben am Montag ein Zeltlager in Deir al-Balah bombardiert "
            "und vier Menschen getötet. Am Dienstag griffen Hamas-Kämpfer einen Posten der "
            "israelischen Armee bei Kissufim an."
        ),
    ),
    (
        "ar",
        (
            "قصفت طائرات حربية إسرائيلية يوم الاثنين مخيما في دير البلح، ما أسفر عن مقتل أربعة أشخاص. "
            "ويوم الثلاثاء هاجم مقاتلون من حماس موقعا للجيش الإسرائيلي قرب كيسوفيم."
        ),
    ),
    (
        "tr",
        (
            "İsrail savaş uçakları pazartesi günü Deyr el-Belah'taki bir kampı bombaladı, dört kişi "
            "öldü. Salı günü ise Hamas militanları Kissufim yakınlarındaki bir İsrail ordusu "
            "karakoluna saldırdı."
        ),
    ),
    (
        "ru",
        (
            "Израильские самолеты в понедельник нанесли удар по лагерю в Дейр-эль-Балахе, погибли "
            "четыре человека. Во вторник боевики ХАМАС атаковали пост израильской армии у Кисуфима."
        ),
    ),
]


@pytest.mark.parametrize(("lang", "text"), STRIKE_BACK_ELSEWHERE, ids=[c[0] for c in STRIKE_BACK_ELSEWHERE])
def test_the_struck_side_striking_back_elsewhere_is_a_second_event(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = [
        e for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events) if e.plover == "FIGHT"
    ]
    told = [(e.category, side(e.source), str(e.event_date), e.evidence.trigger) for e in events]
    assert len(events) == 2, told
    assert {side(e.source)[0] for e in events} == {"ISR", "PSE"}, told


# (lang, lead): a clash near Babanusa in a state, then the army repelling an attack on its base
REPELLED_ATTACK_OF_THE_CLASH = [
    (
        "en",
        (
            "Soldiers clashed with rebels near Babanusa in West Kordofan state on Tuesday, a military "
            "source said. The army repelled an attack on its base and killed dozens of the attackers."
        ),
    ),
    (
        "fr",
        (
            "Des soldats ont affronté mardi des rebelles près de Babanusa, dans l'État du "
            "Kordofan-Occidental, selon une source militaire. L'armée a repoussé une attaque contre "
            "sa base et tué des dizaines d'assaillants."
        ),
    ),
    (
        "es",
        (
            "Soldados se enfrentaron el martes con rebeldes cerca de Babanusa, en el estado de "
            "Kordofán Occidental, según una fuente militar. El Ejército repelió un ataque contra su "
            "base y mató a decenas de atacantes."
        ),
    ),
    (
        "de",
        (
            "Soldaten haben sich am Dienstag bei Babanusa im Bundesstaat West-Kordofan Gefechte mit "
            "Rebellen geliefert, wie eine Militärquelle mitteilte. Die Armee wehrte einen Angriff auf "
            "ihren Stützpunkt ab und tötete Dutzende Angreifer."
        ),
    ),
    (
        "ar",
        (
            "اشتبك الجيش السوداني يوم الثلاثاء مع متمردين قرب بابنوسة في ولاية غرب كردفان، وفق مصدر "
            "عسكري. وصد الجيش هجوما على قاعدته وقتل العشرات من المهاجمين."
        ),
    ),
    (
        "tr",
        (
            "Askerler salı günü Batı Kordofan eyaletindeki Babanusa yakınlarında isyancılarla "
            "çatıştı, askeri bir kaynak bildirdi. Ordu, üssüne yönelik bir saldırıyı püskürttü ve "
            "onlarca saldırganı öldürdü."
        ),
    ),
    (
        "ru",
        (
            "Военные во вторник вступили в бой с повстанцами под Бабанусой в штате Западный Кордофан, "
            "сообщил военный источник. Армия отбила атаку на свою базу и уничтожила десятки "
            "нападавших."
        ),
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), REPELLED_ATTACK_OF_THE_CLASH, ids=[c[0] for c in REPELLED_ATTACK_OF_THE_CLASH]
)
def test_an_attack_repelled_in_the_clash_is_the_clash(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-18T12:00:00")).events)
    told = [(e.category, e.location and e.location.name, e.evidence.trigger) for e in events]
    assert [e.category for e in events] == ["clash"], told
    assert events[0].location is not None and events[0].location.name == "Babanusa", told


def _fight(
    category: str,
    start: int,
    source: tuple[str, str] | None,
    target: tuple[str, str | None] | None,
    place: str | None,
    *,
    day: int = 17,
    sentence: str = "s",
) -> Event:
    """A fight told in the sentence starting at ``start``; ``place`` is named in the sentence when it
    is in ``sentence`` (else borrowed)."""
    located = Location(text=place, name=place, country="SDN", feature="city") if place else None
    return Event(
        event_id=f"d:{start}:{category}:{source}",
        category=category,
        plover="FIGHT",
        cameo="193",
        quad_class=4,
        goldstein=-10.0,
        source=Actor(text="a", name="a", country=source[0], role=source[1]) if source else None,
        target=Actor(text="b", name="b", country=target[0], role=target[1]) if target else None,
        location=located,
        event_date=date(2026, 11, day),
        date_precision="day",
        factuality="reported",
        confidence=0.8,
        evidence=Evidence(
            sentence=sentence,
            start=start,
            end=start + 90,
            trigger="t",
            trigger_start=start + 2,
            trigger_end=start + 3,
        ),
    )


# (the events of one article, how many events they are)
TOLD_IN_ONE_SENTENCE: list[tuple[list[Event], int]] = [
    # "se enfrentaron ... en zona rural de Argelia ... en unos combates": the noun reads the town as a country
    (
        [
            _fight("clash", 40, ("COL", "MIL"), ("COL", "REB"), "Cauca"),
            _fight("clash", 40, ("DZA", "MIL"), ("COL", None), "Cauca"),
        ],
        1,
    ),
    # near miss: two days in one sentence are two clashes
    (
        [
            _fight("clash", 40, ("COL", "MIL"), ("COL", "REB"), "Cauca"),
            _fight("clash", 40, ("DZA", "MIL"), ("COL", None), "Cauca", day=18),
        ],
        2,
    ),
    # near miss: a strike and a clash of one sentence are not one clash told twice
    (
        [
            _fight("clash", 40, ("COL", "MIL"), ("COL", "REB"), "Cauca"),
            _fight("shelling", 40, ("DZA", "MIL"), ("COL", None), "Cauca"),
        ],
        2,
    ),
]


@pytest.mark.parametrize(("events", "count"), TOLD_IN_ONE_SENTENCE)
def test_two_clash_words_of_one_sentence_on_one_day_are_one_clash(events: list[Event], count: int) -> None:
    assert len(dedupe_and_number("d", events)) == count


# (the events of one lead, how many events they are): a later sentence's place borrowed or its own
BORROWED_PLACE: list[tuple[list[Event], int]] = [
    (
        [
            _fight("clash", 0, ("SDN", "MIL"), ("SDN", "REB"), "Babanusa", sentence="Babanusa"),
            _fight("clash", 90, ("SDN", "MIL"), ("SDN", "REB"), "Kordofan"),
        ],
        1,
    ),
    # near misses: the later sentence names its own place, or a day of its own
    (
        [
            _fight("clash", 0, ("SDN", "MIL"), ("SDN", "REB"), "Babanusa", sentence="Babanusa"),
            _fight("clash", 90, ("SDN", "MIL"), ("SDN", "REB"), "Kordofan", sentence="Kordofan"),
        ],
        2,
    ),
    (
        [
            _fight("clash", 0, ("SDN", "MIL"), ("SDN", "REB"), "Babanusa", sentence="Babanusa"),
            _fight("clash", 90, ("SDN", "MIL"), ("SDN", "REB"), "Kordofan", day=18),
        ],
        2,
    ),
]


@pytest.mark.parametrize(("events", "count"), BORROWED_PLACE)
def test_a_borrowed_place_tells_no_second_fight(events: list[Event], count: int) -> None:
    assert len(dedupe_and_number("d", events)) == count


def test_a_claim_keeps_the_attacker_only_it_names() -> None:
    """A headline blast with no attacker, then "the Taliban said they carried out the attack": the
    claim's side is the attacker (no telling names another one)."""
    blast = _fight("assault", 0, None, ("PAK", "CVL"), None)
    claim = _fight("assault", 90, ("PAK", "REB"), None, None)
    merged = dedupe_and_number("d", [blast, claim], {claim.event_id}, headline_end=30)
    assert [side(e.source) for e in merged] == [("PAK", "REB")]


def test_a_reaction_lends_the_strike_no_side() -> None:
    """Headline strike with no attacker, lead strike by Israel, then the struck side's reaction to "the
    attack": one strike, by Israel."""
    headline = _fight("airstrike", 0, None, ("PSE", None), None)
    lead = _fight("airstrike", 40, ("ISR", "MIL"), ("PSE", None), None)
    reaction = _fight("airstrike", 130, ("PSE", "REB"), None, None)
    merged = dedupe_and_number("d", [headline, lead, reaction], {reaction.event_id}, headline_end=30)
    assert [side(e.source) for e in merged] == [("ISR", "MIL")]
