"""English, Russian and Turkish constructions, table-driven: light-verb and phrasal passives ("came
under fire", "подверглось обстрелу"), conscription decrees, long addressee lists in appeals, weapons
named inside the trigger, rocket launchers as artillery, economic threats, routine one-party meetings,
and the shooting that breaks a truce told as one violation."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text, category): the category must come out as an alertable event.
DETECTED = [
    (
        "en",
        "A UN convoy came under fire near Kadugli on Monday, killing two drivers, aid workers said.",
        "assault",
    ),
    ("en", "Pyongyang warned on Friday that it would strike American bases in the region.", "threat"),
    # Turkish consonant mutation: "tehdit" inflects as "tehdidi", "tehdide"
    ("tr", "Azerbaycan'dan Ermenistan'a sınırda operasyon tehdidi", "threat"),
    (
        "en",
        "The African Union called on the army and the paramilitary Rapid Support Forces to agree to a "
        "humanitarian truce.",
        "appeal",
    ),
    (
        "en",
        "Myanmar's junta announced a conscription drive on Saturday to replenish its army.",
        "mobilisation",
    ),
    ("ru", "Президент подписал указ о весеннем призыве на военную службу 160 тысяч человек.", "mobilisation"),
    ("ru", "Беспилотники атаковали нефтеперерабатывающий завод в Саратове.", "airstrike"),
    ("ru", "Приграничное село в Белгородской области подверглось артиллерийскому обстрелу.", "shelling"),
    (
        "tr",
        "Kremlin, 150 bin kişinin askere alınmasını öngören kararnamenin imzalandığını duyurdu.",
        "mobilisation",
    ),
    ("tr", "Kuzey Darfur'da bir pazar yerine düzenlenen İHA saldırısında 15 sivil öldü.", "airstrike"),
    # numbers with separators inside a word gap; named air-defence systems; weapons packages
    ("en", "Israel called up 300,000 reservists on Saturday.", "mobilisation"),
    ("en", "Germany handed over a fourth IRIS-T system to Kyiv on Wednesday.", "military_aid"),
    ("en", "Washington announced a new weapons package for Ukraine worth $1 billion.", "military_aid"),
    ("tr", "Fransa, Ermenistan'a Caesar obüsleri sağladı.", "military_aid"),
    ("tr", "Kuzey Kore, Rusya'nın Kursk bölgesine asker gönderdi.", "mobilisation"),
    # truces: taking effect after a long subject, halting hostilities
    ("en", "A 60-day ceasefire between Israel and Lebanon took effect at 4am on Wednesday.", "ceasefire"),
    (
        "en",
        "Pakistan and Afghanistan agreed to halt hostilities on Sunday after talks in Istanbul.",
        "ceasefire",
    ),
    ("ru", "Перемирие между армией и СБР вступило в силу в субботу.", "ceasefire"),
    ("ru", "Пакистан и Афганистан договорились о прекращении боевых действий.", "ceasefire"),
    ("tr", "Ordu ile HDK arasındaki ateşkes cumartesi günü yürürlüğe girdi.", "ceasefire"),
    ("tr", "Pakistan ile Afganistan çatışmaları durdurma konusunda anlaştı.", "ceasefire"),
    ("tr", "Rusya ile Ukrayna arasında 72 saatlik ateşkes başladı.", "ceasefire"),
]


@pytest.mark.parametrize(("lang", "text", "category"), DETECTED)
def test_construction_is_coded(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert category in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]


# (lang, text): the subject of "came under fire" / "подверглось обстрелу" suffers the attack, and a
# country in the genitive before its capital is where it happened: neither is the attacker.
NO_SOURCE = [
    ("en", "A Red Crescent ambulance came under fire in Khan Younis on Tuesday, killing two paramedics."),
    ("ru", "Приграничное село в Белгородской области подверглось артиллерийскому обстрелу."),
    ("tr", "Somali'nin başkenti Mogadişu'da bir otele bombalı saldırı düzenlendi."),
]


@pytest.mark.parametrize(("lang", "text"), NO_SOURCE)
def test_sufferer_or_located_country_is_not_the_source(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events, "the attack itself is coded"
    assert all(e.source is None for e in events), [(e.category, e.source) for e in events]


# (lang, text): no alertable event may come out.
NO_EVENT = [
    ("en", "Air raid alerts were declared across central Ukraine on Tuesday night."),
    ("en", "The president threatened to impose 50 per cent tariffs on Brazilian steel."),
    ("en", "The government declared war on the cartels and promised an all-out offensive on crime."),
    ("en", "The army rejected claims that its drones had struck a hospital in Khartoum."),
    ("en", "The minister came under fire from lawmakers over the budget."),
    ("en", "The Kenyan president met with business leaders in Nairobi on Thursday."),
    ("ru", "Глава Минобороны оказался под обстрелом критики депутатов."),
    ("ru", "Президент пригрозил пошлинами на европейские автомобили."),
    ("tr", "Başkan, Avrupa mallarına ek gümrük vergisi getirmekle tehdit etti."),
    ("tr", "Cumhurbaşkanı Erdoğan, Ankara'da muhtarlarla bir araya geldi."),
    # home politics: a president with his party's officials
    ("tr", "Cumhurbaşkanı Erdoğan, AK Parti il başkanlarıyla bir araya geldi."),
    # missile tests are no strikes
    ("tr", "Kuzey Kore bir balistik füze denemesi yaptı."),
    ("en", "North Korea test-fired two ballistic missiles into the sea on Thursday."),
    ("ru", "КНДР провела испытание баллистической ракеты."),
    ("en", "Heavy rain pounded the coast on Tuesday, and fans stormed the pitch after the match."),
    ("en", "Liverpool hammered Everton 4-0 in the derby on Saturday."),
    ("en", "The striker travelled to Madrid for a medical on Friday."),
]


@pytest.mark.parametrize(("lang", "text"), NO_EVENT)
def test_trap_gives_no_alertable_event(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, text, category that must not come out)
NOT_CODED_AS = [
    ("en", "Qatar hosted talks between the two delegations in Doha on Sunday.", "visit"),
    # "karşılıklı saldırılar" (mutual attacks) is background, not a threat of retaliation
    ("tr", "İki ülke, karşılıklı saldırıların ardından ateşkes ilan etti.", "threat"),
    # a multiple rocket launcher is artillery: the anaphoric "saldırıda" is no missile strike
    (
        "tr",
        "Rus birlikleri Herson'u çok namlulu roketatarlarla bombaladı. Saldırıda üç kişi yaralandı.",
        "missile_strike",
    ),
]


@pytest.mark.parametrize(("lang", "text", "category"), NOT_CODED_AS)
def test_not_coded_as(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert category not in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]


def test_broker_of_a_truce_is_not_a_side(extractor: Extractor) -> None:
    text = "Israel and Hezbollah agreed to a ceasefire on Tuesday brokered by the United States."
    (event,) = alertable(extractor.extract(doc(text, "en")).events)
    assert event.source is not None and event.target is not None
    assert {event.source.country, event.target.country} == {"ISR", "LBN"}


def test_multiple_rocket_launchers_are_shelling(extractor: Extractor) -> None:
    text = "Rus birlikleri Herson'u çok namlulu roketatarlarla bombaladı."
    assert {e.category for e in alertable(extractor.extract(doc(text, "tr")).events)} == {"shelling"}


def test_talks_with_an_armed_group_at_home_are_kept(extractor: Extractor) -> None:
    text = "Sudan's army chief Abdel Fattah al-Burhan met RSF commander Mohamed Hamdan Dagalo in Jeddah."
    assert [e.category for e in alertable(extractor.extract(doc(text, "en")).events)] == ["meeting"]


def test_multilateral_meeting_with_one_party_is_kept(extractor: Extractor) -> None:
    events = alertable(
        extractor.extract(doc("NATO defence ministers met in Brussels on Thursday.", "en")).events
    )
    assert [e.category for e in events] == ["meeting"]


# (lang, text): the shooting that breaks a truce is the violation, not a second event.
TRUCE_BROKEN = [
    ("en", "Troops opened fire on border posts in Lachin, violating the ceasefire, the ministry said."),
    ("ru", "Военные открыли огонь по погранпосту, нарушив режим прекращения огня."),
    (
        "tr",
        "Azerbaycan askerleri Laçin'de Ermeni mevzilerine ateş açtı.\n\n"
        "Ermenistan, Azerbaycan'ın Laçin'de ateşkesi ihlal ettiğini açıkladı.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TRUCE_BROKEN)
def test_fire_that_breaks_a_truce_is_one_violation(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert [e.category for e in events] == ["ceasefire_violation"], [
        (e.category, e.evidence.trigger) for e in events
    ]


# (lang, text, categories): a bare "attack" told after the fight is that fight told again.
RETOLD = [
    (
        "tr",
        "İsrail ordusuna ait tanklar Han Yunus'un doğusundaki evleri topçu ateşine tuttu. "
        "Sivil Savunma, saldırılarda en az 6 kişinin öldüğünü açıkladı.",
        ["shelling"],
    ),
    (
        "en",
        "Russian artillery shelled Kherson on Monday. "
        "Two people were killed in the attack, the governor said.",
        ["shelling"],
    ),
    ("tr", "Mogadişu'da bir otele saldırı düzenlendi. Saldırıyı Eş-Şebab örgütü üstlendi.", ["assault"]),
]


@pytest.mark.parametrize(("lang", "text", "categories"), RETOLD)
def test_bare_attack_after_a_fight_retells_it(
    extractor: Extractor, lang: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert [e.category for e in events] == categories, [(e.category, e.evidence.trigger) for e in events]


def test_retelling_fills_the_missing_attacker(extractor: Extractor) -> None:
    text = (
        "Somali'nin başkenti Mogadişu'da bir otele bombalı saldırı düzenlendi. "
        "Saldırıyı Eş-Şebab örgütü üstlendi."
    )
    (event,) = alertable(extractor.extract(doc(text, "tr")).events)
    assert event.source is not None and event.source.role == "REB"


def test_armed_attacker_of_another_country_is_a_new_fight(extractor: Extractor) -> None:
    text = (
        "Israeli jets struck Gaza City on Monday. In the West Bank, Palestinian gunmen attacked an Israeli "
        "checkpoint near Nablus."
    )
    events = alertable(extractor.extract(doc(text, "en")).events)
    assert any(e.source is not None and e.source.country == "PSE" for e in events)


# (lang, text, category): more constructions of the three languages.
MORE_DETECTED = [
    ("ru", "Силы ПВО сбили 12 украинских беспилотников, летевших на Москву.", "airstrike"),
    ("ru", "ПВО отразила атаку беспилотников на Москву.", "airstrike"),
    (
        "ru",
        "В результате удара двумя баллистическими ракетами по Харькову погибли пять человек.",
        "missile_strike",
    ),
    ("ru", "Президент подписал указ об увеличении штатной численности Вооруженных сил.", "mobilisation"),
    ("ru", "МИД России закрыл въезд в страну 21 гражданину Великобритании.", "sanction"),
    (
        "tr",
        "Dışişleri Bakanı Hakan Fidan, resmi temaslarda bulunmak üzere çarşamba günü Bağdat'a gitti.",
        "visit",
    ),
    # raids on camps and towns; "pounded" refined by the weapons it names
    ("en", "Israeli troops raided the Jenin refugee camp on Tuesday, killing three Palestinians.", "assault"),
    ("ru", "Израильские военные провели рейд в лагерь беженцев Дженин, погибли три палестинца.", "assault"),
    ("en", "Russia pounded Ukraine's energy grid with drones and missiles overnight.", "airstrike"),
    # "a legitimate target": a threat
    ("en", "The Kremlin warned that Western troops in Ukraine would be a legitimate target.", "threat"),
    ("ru", "В Кремле заявили, что любые западные войска на Украине станут законной целью.", "threat"),
    ("tr", "Kremlin, Ukrayna'daki Batılı askerlerin meşru hedef olacağını açıkladı.", "threat"),
    ("tr", "Dışişleri Bakanı Fidan, İran ve İsrail'e gerginliği azaltma çağrısı yaptı.", "appeal"),
    (
        "en",
        "Zelensky spoke with his French counterpart on Monday about air defence, his office said.",
        "phone_call",
    ),
    ("en", "The UN Security Council demanded an immediate halt to the fighting in El Fasher.", "appeal"),
    ("en", "Indian Prime Minister Narendra Modi travelled to Tokyo on Friday for talks with Japan.", "visit"),
]


def test_genitive_before_a_located_adjective_is_a_place(extractor: Extractor) -> None:
    """ "Irak'ın kuzeyindeki" (in the north of Iraq): Iraq is where it happened, not an attacker."""
    text = "Irak'ın kuzeyindeki PKK hedeflerine hava harekâtı düzenlendi."
    events = alertable(extractor.extract(doc(text, "tr")).events)
    assert [e.category for e in events] == ["airstrike"]
    assert all(a is None or a.country != "IRQ" for e in events for a in (e.source,))


@pytest.mark.parametrize(("lang", "text", "category"), MORE_DETECTED)
def test_more_constructions_are_coded(extractor: Extractor, lang: str, text: str, category: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert [e.category for e in events] == [category], [(e.category, e.evidence.trigger) for e in events]


def test_talks_during_a_visit_are_the_visit(extractor: Extractor) -> None:
    article = doc(
        "Pakistani Prime Minister Shehbaz Sharif arrived in Riyadh on Monday for a two-day visit to "
        "Saudi Arabia.",
        "en",
        title="Pakistan's Sharif in Riyadh for talks with crown prince",
    )
    assert [e.category for e in alertable(extractor.extract(article).events)] == ["visit"]


def test_fighting_that_goes_on_in_a_captured_town_is_background(extractor: Extractor) -> None:
    text = (
        "Rusya Savunma Bakanlığı, Toretsk kentinin kontrolünü ele geçirdiklerini duyurdu. "
        "Ukrayna tarafı ise kentte çatışmaların sürdüğünü belirtti."
    )
    assert [e.category for e in alertable(extractor.extract(doc(text, "tr")).events)] == ["capture"]
