"""Spanish and Arabic constructions, table-driven: adverbials inside verb periphrases, nominal and
passive forms, Arabic vowel marks (tanween, shadda), proclitics that change the word ("بحث" is not
"حث"), purpose clauses ("لاستعادة", "للقاء"), background ("رداً على", "tras días de combates") and
words of combat that are not combat ("aviones de combate")."""

from __future__ import annotations

from datetime import date
from functools import cache

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.knowledge import ActorLexicon
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.triggers import load_lexicons

# Published on Tuesday 2024-12-03 (``doc``'s default).


@cache
def _actor_lexicon() -> ActorLexicon:
    return ActorLexicon.load()


def _categories(extractor: Extractor, lang: str, text: str) -> list[str]:
    return sorted(e.category for e in alertable(extractor.extract(doc(text, lang)).events))


# (lang, text, category): the one alertable event the text codes.
CODED = [
    # Spanish: a time adverbial between the light verb and its noun
    (
        "es",
        "Las tropas sudanesas lanzaron el domingo por la mañana una ofensiva terrestre contra El Fasher.",
        "offensive",
    ),
    (
        "es",
        "Los yihadistas se hicieron el lunes con el control de la localidad de Djibo, en Burkina Faso.",
        "capture",
    ),
    (
        "es",
        "Los rebeldes aseguran haber tomado el aeropuerto de Goma tras la huida de los soldados.",
        "capture",
    ),
    (
        "es",
        "Los hutíes dispararon el viernes por la noche dos misiles contra el puerto de Eilat.",
        "missile_strike",
    ),
    (
        "es",
        "Armenia y Azerbaiyán acordaron el domingo en Abu Dabi un alto el fuego en la frontera.",
        "ceasefire",
    ),
    # Spanish: a call "held", a deployment told by its noun, a passive reception
    ("es", "El presidente de Chile mantuvo este lunes una llamada con el presidente de Perú.", "phone_call"),
    (
        "es",
        "El Gobierno de Ecuador ordenó el despliegue de 3.000 efectivos en la provincia de Guayas.",
        "mobilisation",
    ),
    ("es", "El presidente de Colombia fue recibido en Brasilia por el presidente de Brasil.", "visit"),
    # Spanish: an appeal to a long list of parties, with "retomar", "resolver", "mantener"
    (
        "es",
        "La ONU instó el martes al Gobierno de Colombia y a los mandos de la guerrilla del ELN a retomar "
        "las negociaciones.",
        "appeal",
    ),
    ("es", "Brasil urgió a Venezuela y Guyana a resolver su disputa por el Esequibo.", "appeal"),
    # Arabic: tanween and shadda in the text do not hide the trigger
    ("ar", "أجرى الرئيس المصري اتصالاً هاتفياً مع الرئيس الفرنسي يوم الاثنين.", "phone_call"),
    ("ar", "قُتل ثلاثة جنود في هجومٍ بطائرةٍ مسيّرةٍ على موقعٍ للجيش السوداني في كردفان.", "airstrike"),
    # Arabic: the subject and a time adverbial between "وصل" and "إلى"
    ("ar", "وصل وزير الخارجية القطري محمد بن عبد الرحمن يوم الاثنين إلى بيروت في زيارة رسمية.", "visit"),
    ("ar", "تلقى العاهل الأردني مساء الأحد اتصالاً هاتفياً من الرئيس الفرنسي.", "phone_call"),
    # Arabic: an adjective inside "وقف فوري لإطلاق النار", reservists and reinforcements far from the verb
    ("ar", "اتفقت الهند وباكستان يوم السبت على وقف شامل لإطلاق النار في كشمير.", "ceasefire"),
    ("ar", "أعلن الجيش الإسرائيلي استدعاء 20 ألفاً من جنود قوات الاحتياط.", "mobilisation"),
    ("ar", "دفع الجيش المصري يوم الأحد بتعزيزات عسكرية إلى الحدود مع ليبيا.", "mobilisation"),
    # Arabic: aid with a dual object and the preposition بـ
    ("ar", "زودت تركيا الجيش الصومالي بمروحيتين هجوميتين وطائرات مسيرة.", "military_aid"),
    ("ar", "حث الأمين العام لجامعة الدول العربية يوم السبت الأطراف السودانية على وقف القتال.", "appeal"),
]


# second round: call-ups, deliveries, truces in force, aircraft as the subject of a raid
CODED += [
    ("es", "Israel llamó a filas a 50.000 reservistas ante la escalada en el norte.", "mobilisation"),
    (
        "es",
        "Corea del Norte envió 10.000 soldados a Rusia, según la inteligencia surcoreana.",
        "mobilisation",
    ),
    ("es", "El Pentágono anunció el envío de 300 millones de dólares en armamento a Taiwán.", "military_aid"),
    ("es", "El ELN decretó un cese al fuego unilateral en el Catatumbo.", "ceasefire"),
    ("es", "Entró en vigor el alto el fuego entre Israel y Hamás en Gaza.", "ceasefire"),
    ("ar", "قدمت بريطانيا لأوكرانيا 500 طائرة مسيرة.", "military_aid"),
    ("ar", "أعلنت وزارة الدفاع الأمريكية إرسال شحنة أسلحة جديدة إلى تايوان.", "military_aid"),
    ("ar", "أرسلت كوريا الشمالية 10 آلاف جندي إلى روسيا.", "mobilisation"),
    ("ar", "دخل وقف إطلاق النار في غزة حيز التنفيذ صباح الأحد.", "ceasefire"),
    ("ar", "قصفت الطائرات الإسرائيلية مواقع لحزب الله في جنوب لبنان.", "airstrike"),
    ("ar", "خرج آلاف المحتجين إلى شوارع الخرطوم للمطالبة بوقف الحرب.", "protest"),
    ("ar", "قُتل شرطي عراقي برصاص مسلحين مجهولين في كركوك.", "assault"),
]


# third round: singular "dron"/"misil", drone launches, shootings, retaken control, entry bans; Arabic
# trips, warnings in the future tense, launched drones and missiles, protest vigils, appeals to protect
CODED += [
    ("es", "Un dron ucraniano impactó en un edificio de Moscú.", "airstrike"),
    ("es", "Los hutíes dispararon un misil balístico contra Tel Aviv.", "missile_strike"),
    ("es", "El ejército ruso lanzó 40 drones contra Kiev durante la noche.", "airstrike"),
    (
        "es",
        "Sicarios dispararon contra el alcalde de Uruapan, en el estado mexicano de Michoacán.",
        "assault",
    ),
    ("es", "El ejército sirio retomó el control de Alepo.", "capture"),
    ("es", "Canadá vetó la entrada de diez funcionarios nicaragüenses.", "sanction"),
    ("es", "Irán advirtió de que atacará bases estadounidenses.", "threat"),
    ("es", "El presidente de Francia se desplazó el lunes a Kiev.", "visit"),
    ("ar", "توجه الرئيس التركي يوم الاثنين إلى الدوحة في زيارة رسمية.", "visit"),
    ("ar", "حذرت إيران من أنها ستستهدف القواعد الأمريكية.", "threat"),
    ("ar", "أطلق الجيش الروسي 40 طائرة مسيرة على كييف خلال الليل.", "airstrike"),
    ("ar", "سقطت طائرة مسيرة على مبنى في موسكو.", "airstrike"),
    ("ar", "أحكم الجيش السوري سيطرته على مدينة حلب.", "capture"),
    ("ar", "منعت كندا دخول عشرة مسؤولين سوريين.", "sanction"),
    ("ar", "نظم آلاف اللبنانيين وقفة احتجاجية أمام البرلمان في بيروت.", "protest"),
    ("ar", "ناشد الصليب الأحمر الأطراف المتحاربة في السودان حماية المدنيين.", "appeal"),
]


@pytest.mark.parametrize(("lang", "text", "category"), CODED)
def test_spanish_and_arabic_constructions_are_coded(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    assert _categories(extractor, lang, text) == [category]


# (lang, text, categories): what must come out and nothing else (precision traps).
ONLY = [
    # weapons "of combat" and a policy "combat" are no clash
    ("es", "Perú comprará 24 aviones de combate para renovar su flota.", []),
    ("es", "El Gobierno anunció un nuevo plan de combate contra la corrupción en la policía.", []),
    # fighting recalled as the background of a truce
    (
        "es",
        "Tailandia y Camboya firmaron una tregua tras cinco días de combates en la frontera.",
        ["ceasefire"],
    ),
    # "وبحث الجانبان" (the two sides discussed) holds no "حث" (urged)
    ("ar", "استقبل الرئيس المصري نظيره الكيني، وبحث الجانبان جهود وقف الحرب في السودان.", ["visit"]),
    # purpose clauses with ل: an operation launched to retake a town is no capture, a trip to meet no meeting
    (
        "ar",
        "أطلق الجيش السوداني يوم السبت عملية عسكرية لاستعادة مدينة بارا من قوات الدعم السريع.",
        ["offensive"],
    ),
    ("ar", "وزير الخارجية التركي في دمشق للقاء الرئيس السوري.", []),
    # a death toll "reaching" a number is no visit
    ("ar", "وصل عدد القتلى في الفاشر إلى 40 شخصاً.", []),
    # raids named as the reason of a threat are background
    ("ar", "هدد الحوثيون يوم الأربعاء باستهداف السفن الأمريكية رداً على الغارات على صنعاء.", ["threat"]),
    # "llamó a filas" is no phone call; gunmen ambushing soldiers are one clash, not also an attack
    ("es", "Israel llamó a filas a 50.000 reservistas.", ["mobilisation"]),
    ("ar", "قتل جنديان إسرائيليان في كمين نصبه مسلحون في جنين.", ["clash"]),
    # appeals need a peace object for "mantener", "resolver", "retomar"; fans celebrating are no protest
    ("es", "El presidente del Banco Central instó a los bancos a mantener los tipos de interés.", []),
    ("es", "Miles de aficionados salieron a las calles de Buenos Aires para celebrar el título.", []),
    # a national team arriving for a tournament is no visit
    ("ar", "وصل المنتخب المغربي إلى الدوحة استعداداً لكأس العرب.", []),
    # a striker's shot, a team retaking a match, a new phone, players entering the pitch
    ("es", "El delantero disparó contra la portería y el balón se estrelló en el larguero.", []),
    ("es", "El equipo retomó el control del partido en la segunda parte.", []),
    ("ar", "أطلقت الشركة هاتفاً جديداً في السوق.", []),
    ("ar", "دخل اللاعبون أرض الملعب وسط تصفيق الجماهير.", []),
    # a film about the war of the 1950s
    ("ar", "يروي الفيلم هجمات الثوار الجزائريين ضد القوات الفرنسية في خمسينيات القرن الماضي.", []),
]


@pytest.mark.parametrize(("lang", "text", "categories"), ONLY)
def test_spanish_and_arabic_traps_give_only_the_real_events(
    extractor: Extractor, lang: str, text: str, categories: list[str]
) -> None:
    assert _categories(extractor, lang, text) == categories


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Pakistán acusó el domingo a la India de haber violado el alto el fuego en Cachemira."),
        ("ar", "اتهمت حركة حماس يوم الثلاثاء الجيش الإسرائيلي بخرق وقف إطلاق النار في غزة."),
    ],
)
def test_an_accused_violation_is_reported_with_the_accused_as_source(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = [e for e in extractor.extract(doc(text, lang)).events if e.category == "ceasefire_violation"]
    assert [e.factuality for e in events] == ["reported"]
    assert events[0].source is not None and events[0].source.country in ("IND", "ISR")


def test_a_sanction_with_an_accusation_stays_an_official_act(extractor: Extractor) -> None:
    text = "Estados Unidos impuso sanciones a tres generales venezolanos, a los que acusa de corrupción."
    events = [e for e in extractor.extract(doc(text, "es")).events if e.category == "sanction"]
    assert [e.factuality for e in events] == ["asserted"]


def test_an_arabic_purpose_clause_makes_the_operation_future(extractor: Extractor) -> None:
    text = "استدعى الجيش الإسرائيلي جنود الاحتياط استعداداً لتوسيع العملية العسكرية في غزة."
    events = extractor.extract(doc(text, "ar")).events
    assert [e.category for e in alertable(events)] == ["mobilisation"]
    assert [e.factuality for e in events if e.category == "offensive"] in ([], ["future"])


def test_a_foreign_name_with_sa_is_no_arabic_future(extractor: Extractor) -> None:
    text = "اجتمع وزير الخارجية الأمريكي يوم الاثنين مع نظيره الروسي سيرغي لافروف في الرياض."
    events = alertable(extractor.extract(doc(text, "ar")).events)
    assert [(e.category, e.event_date) for e in events] == [("meeting", date(2024, 12, 2))]


def test_ignored_marks_are_skipped_and_hits_map_back_to_the_text() -> None:
    lexicon = load_lexicons()["ar"]
    text = fold("أجرى الوزير اتصالاً هاتفياً مع نظيره")
    hits = [h for h in lexicon.find(text) if h.entry.category == "phone_call"]
    assert len(hits) == 1
    assert text[hits[0].start : hits[0].end] == fold("أجرى الوزير اتصالاً هاتفيا")  # the mark inside kept
    bare = fold("أجرى الوزير اتصالا هاتفيا مع نظيره")
    assert [h.entry.category for h in lexicon.find(bare) if h.entry.category == "phone_call"] == [
        "phone_call"
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "Un coche bomba mató a seis civiles en Cali; el Gobierno culpó a las disidencias de las FARC.",
        ),
        ("ar", "قُتل 20 شخصاً في تفجير انتحاري في دمشق، واتهمت وزارة الداخلية تنظيم الدولة بتنفيذه."),
    ],
)
def test_an_accusation_after_the_act_does_not_make_it_a_claim(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert {e.factuality for e in events if e.category == "assault"} == {"asserted"}


def test_the_spanish_synthetic_future_is_future(extractor: Extractor) -> None:
    # (a delivery announced in the future tense is a decision, not a future event: see
    # test_extraction_strikes.py)
    will = extractor.extract(doc("El presidente francés visitará Argelia.", "es")).events
    did = extractor.extract(doc("El presidente francés visitó Argelia.", "es")).events
    assert [(e.category, e.factuality) for e in will] == [("visit", "future")]
    assert [(e.category, e.factuality) for e in did] == [("visit", "asserted")]


@pytest.mark.parametrize(
    ("lang", "text", "country", "role"),
    [
        ("es", "Militares ecuatorianos se enfrentaron a tiros con una banda criminal.", "ECU", "MIL"),
        ("es", "La policía guatemalteca detuvo a un cabecilla.", "GTM", "COP"),
        ("es", "Los Choneros atacaron una cárcel.", "ECU", "REB"),
        ("es", "La Casa de Nariño informó del acuerdo.", "COL", "GOV"),
        ("es", "El mandatario ecuatoriano viajó a Madrid.", "ECU", "GOV"),
        ("ar", "أعلنت الرئاسة المصرية الاتفاق.", "EGY", "GOV"),
        ("ar", "استقبل العاهل الأردني ضيفه.", "JOR", "GOV"),
    ],
)
def test_spanish_and_arabic_actor_forms_are_known(lang: str, text: str, country: str, role: str) -> None:
    mentions = _actor_lexicon().find(text, lang, on=date(2025, 6, 1))
    assert (country, role) in [(m.country, m.role) for m in mentions]
