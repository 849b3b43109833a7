"""Several events in one lead, in every language: two acts joined in one sentence ("attacked the police
station and took control of the town") are two events, and the second takes the first one's subject
when it names none; a chain of the subject's acts opened by a verb form after a weak cue ("after
capturing X on Monday, ... on Tuesday") is news, not background; forms that name a second act in a
chain (gerunds, infinitives, converbs, participles at the end of the clause) and a truce or its
violation in the language's own grammar are triggers. Counter-examples: "attacked and captured the
town" is one capture, a chain whose first act lies weeks back is background."""

from __future__ import annotations

import re

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.chains import joined
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.recall import load_recall, recall_scopes
from vigie_extractor.core.triggers import load_lexicons

PUBLISHED = "2026-11-18T10:00:00"  # a Wednesday

# (lang, text, the vague fight's category): an attack on a post joined to a capture of the town
CHAINED = [
    (
        "en",
        "Insurgents attacked a police station in Mocimboa da Praia on Tuesday and seized control of the "
        "town, local officials said.",
        "assault",
    ),
    (
        "fr",
        "Des jihadistes ont attaqué mardi un camp de l'armée à Djibo, puis se sont emparés de la ville, "
        "selon des sources sécuritaires.",
        "clash",
    ),
    (
        "es",
        "Pandilleros atacaron el martes la comisaría de Mirebalais y tomaron el control de la ciudad, "
        "según la policía haitiana.",
        "assault",
    ),
    (
        "de",
        "Dschihadisten griffen am Dienstag einen Armeeposten bei Menaka an und übernahmen die Kontrolle "
        "über die Stadt, teilten die Behörden mit.",
        "clash",
    ),
    (
        "ar",
        "هاجم مسلحون من حركة الشباب، الثلاثاء، قاعدة عسكرية في بلدة مهداي، وسيطروا على البلدة، "
        "وفق مصادر محلية.",
        "clash",
    ),
    (
        "tr",
        "Hızlı Destek Kuvvetleri salı günü ordunun bir üssüne saldırdı ve ardından Babanusa kentini ele "
        "geçirdi.",
        "clash",
    ),
    (
        "ru",
        "Боевики во вторник напали на полицейский участок в провинции Кабу-Делгаду и захватили город "
        "Мосимбоа-да-Прая, сообщили местные власти.",
        "assault",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fight"), CHAINED, ids=[c[0] for c in CHAINED])
def test_an_attack_joined_to_a_capture_is_a_second_event(
    extractor: Extractor, lang: str, text: str, fight: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    told = [(e.category, e.evidence.trigger) for e in events]
    categories = sorted(e.category for e in events)
    assert categories == sorted(["capture", fight]), told
    capture = next(e for e in events if e.category == "capture")
    attack = next(e for e in events if e.category == fight)
    # the capture is the attackers' act: it does not take the post they attacked for its subject
    assert capture.source is not None, told
    if attack.source is not None:
        assert capture.source.country == attack.source.country, told
        assert capture.source.role == attack.source.role, told


# "attacked and captured the town": one happening, the capture
SINGLE = [
    ("en", "Rebels attacked and captured the town of Rutshuru on Tuesday, the army said."),
    ("es", "Los rebeldes atacaron y tomaron el martes la ciudad de Rutshuru, informó el Ejército."),
    ("ru", "Боевики атаковали и захватили во вторник город Рутшуру, сообщила армия."),
]


@pytest.mark.parametrize(("lang", "text"), SINGLE, ids=[c[0] for c in SINGLE])
def test_attacked_and_captured_with_one_object_is_one_capture(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == ["capture"], [(e.category, e.evidence.trigger) for e in events]


# (lang, text, first act's trigger word, second act's category): the first act a day before the
# second, told by a verb form after a weak cue; both are news
VERBAL_CHAINS = [
    (
        "en",
        "After capturing the town of Siversk on Monday, Russian troops on Tuesday launched an offensive "
        "toward Sloviansk, the Ukrainian military said.",
        "capturing",
        "offensive",
    ),
    (
        "fr",
        "Après s'être emparées de la ville de Siversk lundi, les troupes russes ont lancé mardi une "
        "offensive vers Sloviansk, selon l'armée ukrainienne.",
        "emparées",
        "offensive",
    ),
    (
        "es",
        "Tras tomar el lunes la ciudad de Siversk, las tropas rusas lanzaron el martes una ofensiva hacia "
        "Sloviansk, según el ejército ucraniano.",
        "tomar",
        "offensive",
    ),
    (
        "tr",
        "Rus birlikleri pazartesi günü Siversk kentini ele geçirdikten sonra salı günü Slovyansk yönünde "
        "yeni bir saldırı başlattı.",
        "geçirdikten",
        "offensive",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"), VERBAL_CHAINS, ids=[c[0] for c in VERBAL_CHAINS]
)
def test_a_chain_of_the_subjects_acts_is_news(
    extractor: Extractor, lang: str, text: str, first: str, second: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    told = [(e.category, e.evidence.trigger, e.factuality) for e in events]
    assert any(e.category == "capture" and first in e.evidence.trigger for e in events), told
    assert any(e.category == second for e in events), told


# the same chains when the first act lies weeks back: background
OLD_CHAINS = [
    (
        "en",
        "After capturing the town of Siversk last month, Russian troops on Tuesday launched an offensive "
        "toward Sloviansk, the Ukrainian military said.",
        "capturing",
    ),
    (
        "fr",
        "Après s'être emparées de la ville de Siversk le 20 octobre, les troupes russes ont lancé mardi "
        "une offensive vers Sloviansk, selon l'armée ukrainienne.",
        "emparées",
    ),
    (
        "es",
        "Tras tomar el 20 de octubre la ciudad de Siversk, las tropas rusas lanzaron el martes una "
        "ofensiva hacia Sloviansk, según el ejército ucraniano.",
        "tomar",
    ),
]


@pytest.mark.parametrize(("lang", "text", "first"), OLD_CHAINS, ids=[c[0] for c in OLD_CHAINS])
def test_a_chain_whose_first_act_is_weeks_back_recalls_it(
    extractor: Extractor, lang: str, text: str, first: str
) -> None:
    events = extractor.extract(doc(text, lang, PUBLISHED)).events
    told = [(e.category, e.evidence.trigger, e.factuality) for e in events]
    assert not any(first in e.evidence.trigger for e in alertable(events)), told
    assert any(e.category == "offensive" for e in alertable(events)), told


# (lang, text, categories in text order): forms of a second act, or of a truce and its violation
FORMS = [
    (
        "ar",
        "استضافت الدوحة، الخميس، محادثات بين وفدي الحكومة الكولومبية وجيش التحرير الوطني، أسفرت عن اتفاق "
        "لوقف إطلاق النار.",
        ["meeting", "ceasefire"],
    ),
    (
        "ar",
        "قصفت قوات الدعم السريع، الثلاثاء، أحياء في مدينة الفاشر، في خرق للهدنة الإنسانية، بحسب مصدر طبي.",
        ["ceasefire_violation"],
    ),
    (
        "de",
        "Rebellen der M23 haben am Dienstag Stellungen der Armee bei Goma beschossen und damit gegen die "
        "Waffenruhe verstoßen, sagte ein Armeesprecher.",
        ["ceasefire_violation"],
    ),
    (
        "de",
        "Kämpfer der Arakan-Armee haben am Dienstag die Kontrolle über die Stadt Sittwe übernommen, wie die "
        "Rebellen mitteilten.",
        ["capture"],
    ),
    (
        "es",
        "El Gobierno colombiano y las disidencias de las FARC acordaron el martes un cese el fuego de "
        "15 días, anunciaron las delegaciones.",
        ["ceasefire"],
    ),
    (
        "tr",
        "Pakistan ve Afganistan dışişleri bakanları salı günü Doha'da bir araya geldikten sonra sınırda "
        "ateşkes ilan etti.",
        ["meeting", "ceasefire"],
    ),
    (
        "ru",
        "Россия передаст Сербии дополнительные зенитные ракетные комплексы, заявил во вторник министр "
        "обороны Андрей Белоусов.",
        ["military_aid"],
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "categories"), FORMS, ids=[f"{c[0]}-{i}" for i, c in enumerate(FORMS)]
)
def test_forms_of_a_second_act_and_of_a_truce_are_triggers(
    extractor: Extractor, lang: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert [e.category for e in events] == categories, [(e.category, e.evidence.trigger) for e in events]


# (lang, folded sentence, first trigger, second trigger, joined?)
JOINS = [
    ("en", "fighters stormed the post on monday and took control of the town", "stormed", "took", True),
    ("en", "fighters attacked and took control of the town", "attacked", "took", False),
    ("en", "fighters stormed the post. on monday they took control of the town", "stormed", "took", False),
    ("fr", "ils ont attaque le camp puis se sont empares de la ville", "attaque", "se sont", True),
    ("es", "atacaron la comisaria y el lunes tomaron el control", "atacaron", "tomaron", True),
    (
        "de",
        "sie griffen den posten an und danach ubernahmen sie die kontrolle",
        "griffen",
        "ubernahmen",
        True,
    ),
    ("ar", "هاجم مسلحون قاعدة للجيش وسيطروا على البلدة", "هاجم", "سيطروا", True),
    ("ar", "هاجم مسلحون قاعدة للجيش الذي سيطر على البلدة", "هاجم", "سيطر", False),
    # Turkish puts the object before the verb: the first act's trigger holds it ("karakola saldırdı")
    ("tr", "militanlar karakola saldirdi ve ardindan ilceyi ele gecirdi", "karakola saldirdi", "ele", True),
    ("ru", "боевики атаковали базу и захватили город", "атаковали", "захватили", True),
    ("ru", "боевики атаковали и захватили город", "атаковали", "захватили", False),
]


@pytest.mark.parametrize(("lang", "text", "first", "second", "expected"), JOINS)
def test_chain_words_join_two_acts_with_their_own_words(
    lang: str, text: str, first: str, second: str, expected: bool
) -> None:
    chain = load_lexicons()[lang].context.chain
    assert isinstance(chain, re.Pattern)
    folded = fold(text)
    a, b = folded.index(fold(first)), folded.index(fold(second), folded.index(fold(first)) + 1)
    assert joined(folded, (a, a + len(first)), (b, b + len(second)), chain) is expected


# (lang, sentence, verbal?): a weak cue followed by a verb form opens a chain of the subject's acts
VERBAL = [
    ("en", "After capturing the town, troops advanced.", True),
    ("en", "After the capture of the town, troops advanced.", False),
    ("fr", "Après avoir pris la ville, les troupes ont avancé.", True),
    ("fr", "Après la prise de la ville, les troupes ont avancé.", False),
    ("es", "Tras tomar la ciudad, las tropas avanzaron.", True),
    ("es", "Tras la toma de la ciudad, las tropas avanzaron.", False),
    ("ar", "بعد أن سيطرت القوات على المدينة، تقدمت نحو الجنوب.", True),
    ("ar", "بعد السيطرة على المدينة، تقدمت القوات نحو الجنوب.", False),
    ("tr", "Birlikler kenti ele geçirdikten sonra güneye ilerledi.", True),
    ("tr", "Kentin düşmesinden sonra birlikler güneye ilerledi.", False),
]


@pytest.mark.parametrize(("lang", "sentence", "verbal"), VERBAL)
def test_weak_cue_before_a_verb_form_is_verbal(lang: str, sentence: str, verbal: bool) -> None:
    folded = fold(sentence)
    scopes = [s for s in recall_scopes(load_recall()[lang], folded, 0, len(folded)) if not s.strong]
    assert scopes, "the weak cue opens a phrase"
    assert scopes[0].verbal is verbal


def test_kab_glide_bombs_are_not_kabul(extractor: Extractor) -> None:
    """ "КАБ" (a glide bomb) refines an attack to an airstrike; "Кабул" and "Кабу-Делгаду" are places."""
    kabul = "Боевики во вторник атаковали полицейский участок в Кабуле, сообщили афганские власти."
    kab = "Российская армия во вторник атаковала Запорожье КАБами, сообщили местные власти."
    for text, category in ((kabul, "assault"), (kab, "airstrike")):
        events = alertable(extractor.extract(doc(text, "ru", PUBLISHED)).events)
        assert [e.category for e in events] == [category], [e.evidence.trigger for e in events]


# (lang, title, text): a truce violation told, then the fighting that broke it in the next sentence,
# at no other place: one event, the violation
VIOLATION_THEN_FIGHTING = [
    (
        "en",
        "Truce broken on Kashmir frontier",
        "Indian and Pakistani troops traded fire across the Line of Control on Tuesday, violating the "
        "ceasefire, the Indian army said. One soldier was wounded in the clashes.",
    ),
    (
        "fr",
        "Trêve rompue au Cachemire",
        "Les armées indienne et pakistanaise ont violé mardi le cessez-le-feu le long de la ligne de "
        "contrôle, selon l'armée indienne. Un soldat a été blessé lors des affrontements.",
    ),
    (
        "es",
        "Se rompe la tregua en Cachemira",
        "Los ejércitos de India y Pakistán violaron el martes el alto el fuego en la Línea de Control, "
        "según el Ejército indio. Un soldado resultó herido en los combates.",
    ),
    (
        "de",
        "Waffenruhe in Kaschmir gebrochen",
        "Indische und pakistanische Truppen haben am Dienstag die Waffenruhe an der Kontrolllinie "
        "gebrochen, teilte die indische Armee mit. Bei den Gefechten wurde ein Soldat verletzt.",
    ),
    (
        "ar",
        "خرق للهدنة في كشمير",
        "انتهك الجيشان الهندي والباكستاني، الثلاثاء، وقف إطلاق النار على خط المراقبة، بحسب الجيش "
        "الهندي. وأصيب جندي في الاشتباكات.",
    ),
    (
        "tr",
        "Keşmir'de ateşkes ihlali",
        "Hindistan ve Pakistan askerleri salı günü Kontrol Hattı'nda ateşkesi ihlal etti. Çatışmalarda "
        "bir asker yaralandı.",
    ),
    (
        "ru",
        "Нарушение перемирия в Кашмире",
        "Индийские и пакистанские военные во вторник нарушили режим прекращения огня на линии контроля, "
        "сообщила индийская армия. В ходе боёв ранен один военнослужащий.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "text"), VIOLATION_THEN_FIGHTING, ids=[c[0] for c in VIOLATION_THEN_FIGHTING]
)
def test_the_fighting_told_after_a_violation_is_that_violation(
    extractor: Extractor, lang: str, title: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    told = [(e.category, e.evidence.trigger) for e in events]
    assert [e.category for e in events] == ["ceasefire_violation"], told


# (lang, title, text, place): a headline that names no place and a lead that tells the same event
# at its place, with a spokesman's city in another sentence: one event, at the lead's place
HEADLINE_WITHOUT_PLACE = [
    (
        "en",
        "Congo army accuses M23 of breaking truce",
        "The Congolese army said M23 rebels had broken the ceasefire agreed a week ago. M23 fighters "
        "shelled army positions near Masisi on Tuesday, a spokesman told reporters in Kinshasa.",
        "Masisi",
    ),
    (
        "de",
        "Kongo: Armee wirft M23 Bruch der Waffenruhe vor",
        "Die kongolesische Armee hat der M23 vorgeworfen, die vor einer Woche vereinbarte Waffenruhe "
        "gebrochen zu haben. Kämpfer der M23 hätten am Dienstag Stellungen nahe Masisi beschossen, sagte "
        "ein Sprecher in Kinshasa.",
        "Masisi",
    ),
    (
        "fr",
        "RDC : l'armée accuse le M23 de violer la trêve",
        "L'armée congolaise accuse les rebelles du M23 d'avoir violé le cessez-le-feu conclu la semaine "
        "dernière. Les combattants du M23 ont bombardé mardi des positions près de Masisi, a déclaré un "
        "porte-parole à Kinshasa.",
        "Masisi",
    ),
]


@pytest.mark.parametrize(
    ("lang", "title", "text", "place"), HEADLINE_WITHOUT_PLACE, ids=[c[0] for c in HEADLINE_WITHOUT_PLACE]
)
def test_a_headline_place_taken_from_a_neighbour_does_not_split_the_event(
    extractor: Extractor, lang: str, title: str, text: str, place: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    told = [(e.category, e.evidence.trigger, e.location.name if e.location else None) for e in events]
    assert [e.category for e in events] == ["ceasefire_violation"], told
    assert events[0].location is not None and events[0].location.name == place, told


# (lang, text): a strike on one place, then a strike on a capital named as the struck side; the
# second strike falls on the capital, not on the first one's place, and a weapon named after the
# verb ("with ballistic missiles") is the same strike
TWO_STRIKES = [
    (
        "en",
        "Ukrainian drones hit the port of Novorossiysk overnight. "
        "Russia on Tuesday struck Kyiv with ballistic missiles.",
    ),
    (
        "fr",
        "Des drones ukrainiens ont frappé le port de Novorossiisk. "
        "La Russie a frappé Kiev mardi avec des missiles balistiques.",
    ),
    (
        "es",
        "Drones ucranianos atacaron el puerto de Novorossiisk. "
        "Rusia atacó Kiev el martes con misiles balísticos.",
    ),
    (
        "de",
        "Ukrainische Drohnen griffen den Hafen von Noworossijsk an. "
        "Russland griff am Dienstag Kiew mit ballistischen Raketen an.",
    ),
    (
        "tr",
        "Ukrayna İHA'ları gece Novorossiysk limanını hedef aldı. "
        "Rusya ise salı sabahı Kiev'e balistik füzelerle saldırdı.",
    ),
    (
        "ru",
        "Украинские дроны атаковали порт Новороссийска. "
        "Россия во вторник нанесла удар по Киеву баллистическими ракетами.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TWO_STRIKES, ids=[c[0] for c in TWO_STRIKES])
def test_a_strike_on_a_capital_keeps_its_own_place(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-24T10:00:00")).events)
    told = [(e.category, e.evidence.trigger, e.location.name if e.location else None) for e in events]
    strikes = [(e.category, e.location.name if e.location else None) for e in events]
    assert strikes == [("airstrike", "Novorossiysk"), ("missile_strike", "Kyiv")], told
    kyiv = events[1]
    assert kyiv.source is not None and kyiv.source.country == "RUS", told
    assert kyiv.target is not None and kyiv.target.country == "UKR", told


# (lang, text): the second act of a chain, whose own place comes long after its verb, does not take
# the first act's place told before the chain word
CLAUSE_PLACES = [
    (
        "en",
        "Russian drones hit a power station in Kherson on Tuesday and then shelled for several hours with "
        "heavy artillery the town of Nikopol.",
    ),
    (
        "fr",
        "Des drones russes ont frappé mardi une centrale électrique à Kherson, puis l'armée russe a "
        "bombardé pendant plusieurs heures avec de l'artillerie lourde la ville de Nikopol.",
    ),
    (
        "es",
        "Drones rusos atacaron el martes una central eléctrica en Jersón y luego el ejército ruso bombardeó "
        "durante varias horas con artillería pesada la ciudad de Nikopol.",
    ),
    (
        "de",
        "Russische Drohnen trafen am Dienstag ein Kraftwerk in Cherson, und danach beschoss die russische "
        "Armee über mehrere Stunden mit schwerer Artillerie die Stadt Nikopol.",
    ),
    (
        "ru",
        "Российские беспилотники во вторник атаковали электростанцию в Херсоне, а также российская армия "
        "обстреляла из тяжёлой артиллерии в течение нескольких часов город Никополь.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLAUSE_PLACES, ids=[c[0] for c in CLAUSE_PLACES])
def test_the_second_act_of_a_chain_keeps_its_own_place(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, "2026-11-24T10:00:00")).events)
    places = [(e.category, e.location.name if e.location else None) for e in events]
    assert places == [("airstrike", "Kherson"), ("shelling", "Nikopol")], places
