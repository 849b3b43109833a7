"""Full articles in English, Spanish and Russian: what the paragraphs after the lead add that is not
news. A scenario's frame scopes its paragraph ("In the scenario, ...", "По замыслу учений ..."); blasts
a witness heard, a reaction that welcomes a deal, a feature that looks back ten years, an early part
of the month in a later paragraph, weapons "used in attacks", analysts' and bloggers' expectations,
plural "movilizaciones", countermeasures against sanctions, a state that did not join sanctions and a
rally or a town's fall told again raise no event of their own. Each table pairs the trap with a
near miss that stays news."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.datelines import load_dateline_masker
from vigie_extractor.core.factuality import opens_scenario
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.sentences import split_sentences

PUBLISHED = "2026-11-18T10:00:00"  # a Wednesday

# (lang, title, text, alertable categories, sorted): each trap next to its near miss.
CASES = [
    # a scenario's frame opens the paragraph: what follows in it is the war game
    (
        "en",
        "War game tests a blockade of Taiwan",
        "A think tank published a war game on Wednesday.\n\nIn the scenario, China's navy encircles the "
        "island. When a Taiwanese frigate fires, Beijing launches ballistic missiles at Kadena Air Base.",
        [],
    ),
    (
        "en",
        "Russian missiles hit Kharkiv",
        "NATO's exercise in Estonia ended on Tuesday. Russian missiles struck Kharkiv on Wednesday, "
        "killing three people, the governor said.",
        ["missile_strike"],
    ),
    (
        "es",
        "Un ejercicio simula un ataque en el Caribe",
        "La Armada presentó el miércoles un ejercicio naval.\n\nSegún el guion del ejercicio, un grupo "
        "armado toma un puerto. Después, los aviones bombardean las posiciones del enemigo.",
        [],
    ),
    (
        "es",
        "Drones rusos atacan Járkov",
        "El ejercicio de la OTAN en Estonia terminó el martes. Drones rusos atacaron Járkov el miércoles "
        "y mataron a tres personas, según el gobernador.",
        ["airstrike"],
    ),
    (
        "ru",
        "Учения ОДКБ прошли в Казахстане",
        "Военные стран ОДКБ провели в среду учения в Казахстане.\n\nПо замыслу учений группа боевиков "
        "захватывает поселок. Подразделения наносят по противнику удары авиацией.",
        [],
    ),
    (
        "ru",
        "Российские дроны атаковали Харьков",
        "Учения НАТО в Эстонии завершились во вторник. Российские беспилотники в среду атаковали Харьков, "
        "погибли три человека, сообщил губернатор.",
        ["airstrike"],
    ),
    # blasts a witness heard detail the strike the lead tells
    (
        "en",
        "Drones hit Odesa port",
        "Russian drones hit the port of Odesa on Wednesday, the governor said.\n\nResidents said they "
        "heard at least five explosions before dawn.",
        ["airstrike"],
    ),
    (
        "es",
        "Drones rusos atacan el puerto de Odesa",
        "Drones rusos atacaron el miércoles el puerto de Odesa, informó el gobernador.\n\nLos vecinos "
        "relataron que escucharon al menos cinco explosiones antes del amanecer.",
        ["airstrike"],
    ),
    (
        "ru",
        "Беспилотники атаковали Брянск",
        "Украинские беспилотники в среду атаковали Брянск, сообщил губернатор.\n\nЖители рассказали, "
        "что слышали не менее пяти взрывов.",
        ["airstrike"],
    ),
    (
        "ru",
        "Взрыв прогремел в Донецке",
        "В среду в центре Донецка прогремел мощный взрыв у здания администрации, погибли два человека, "
        "сообщили местные власти.",
        ["assault"],
    ),
    # a reaction that welcomes a deal hosts no visit; a leader who welcomes a guest does
    (
        "en",
        "Congo and M23 sign truce in Doha",
        "Congo and the M23 rebels signed a ceasefire in Doha on Tuesday.\n\nThe African Union welcomed "
        "the Doha agreement on Wednesday.",
        ["ceasefire"],
    ),
    (
        "en",
        "Erdogan visits Baku",
        "Azerbaijan's President Ilham Aliyev welcomed Turkish President Tayyip Erdogan to Baku on "
        "Wednesday for talks on energy.",
        ["visit"],
    ),
    (
        "ru",
        "Армения и Азербайджан подписали соглашение",
        "Министр иностранных дел Турции в среду приветствовал подписанное соглашение между Арменией и "
        "Азербайджаном.",
        [],
    ),
    # a feature that looks back ten years or more
    (
        "en",
        "Ten years after the siege, Aleppo rebuilds",
        "A decade after Syrian government forces recaptured eastern Aleppo from rebels, residents are "
        "rebuilding their homes.",
        [],
    ),
    (
        "es",
        "Diez años después del asedio, Alepo se reconstruye",
        "Una década después de que las fuerzas sirias reconquistaran el este de Alepo, los vecinos "
        "reconstruyen sus casas.",
        [],
    ),
    (
        "ru",
        "84 года назад началась операция «Уран»",
        "По данным историков, в ходе операции советские войска продвинулись на 100 километров.",
        [],
    ),
    (
        "en",
        "Russian troops capture village",
        "Two days after Ukraine's withdrawal from Pokrovsk, Russian troops captured the village of "
        "Rodynske on Wednesday, the defence ministry said.",
        ["capture"],
    ),
    # an early part of the month, in a later paragraph, is background
    (
        "ru",
        "Фидан прибыл в Москву",
        "Министр иностранных дел Турции прибыл в среду в Москву с визитом, сообщили в МИД России.\n\n"
        "В начале ноября президенты России и Турции провели телефонный разговор.",
        ["visit"],
    ),
    (
        "en",
        "Turkish minister arrives in Moscow",
        "Turkey's foreign minister arrived in Moscow on Wednesday for talks, the Russian foreign ministry "
        "said.\n\nIn early November, the Russian and Turkish presidents held a phone call.",
        ["visit"],
    ),
    (
        "es",
        "El canciller turco llega a Moscú",
        "El ministro turco de Exteriores llegó el miércoles a Moscú para una visita oficial.\n\nA principios "
        "de noviembre, los presidentes de Rusia y Turquía mantuvieron una conversación telefónica.",
        ["visit"],
    ),
    # "that same month" carries on the past story of the sentence before
    (
        "es",
        "Ataque con drones contra una base en Arauca",
        "Drones cargados de explosivos atacaron el miércoles una base militar en Saravena, informó el "
        "Ejército.\n\nEl ELN y las disidencias se enfrentan en Arauca desde enero de 2025. Ese mismo mes, el "
        "Gobierno suspendió los diálogos tras la ofensiva de la guerrilla en el Catatumbo.",
        ["airstrike"],
    ),
    # weapons used in attacks: a habit the sentence names
    (
        "es",
        "La UE aprueba sanciones contra Rusia",
        "La UE aprobó el miércoles sanciones contra Rusia.\n\nLas medidas prohíben exportar componentes "
        "hallados en los drones empleados en los ataques contra ciudades ucranianas.",
        ["sanction"],
    ),
    (
        "en",
        "EU adopts sanctions on Russia",
        "The EU adopted sanctions on Russia on Wednesday.\n\nThe measures ban chips found in drones used in "
        "the attacks on Ukrainian cities.",
        ["sanction"],
    ),
    # analysts and bloggers expect; the war goes on since
    (
        "ru",
        "Минобороны сообщило об освобождении Ровного",
        "Российские войска освободили населенный пункт Ровное, сообщили в среду в Минобороны.\n\n"
        "Военный обозреватель считает, что в ближайшие недели можно ожидать наступления на Константиновку.",
        ["capture"],
    ),
    (
        "en",
        "RSF shells El Obeid",
        "The Rapid Support Forces shelled El Obeid on Wednesday, killing 11 civilians, medics said.\n\n"
        "Fighting for control of Kordofan has since displaced hundreds of thousands of people. Military "
        "bloggers expect an assault on Kadugli in the coming weeks.",
        ["shelling"],
    ),
    (
        "en",
        "Analysts see Russian push on Zaporizhzhia",
        "Analysts say Russia could launch a push towards Zaporizhzhia once its battered units have been "
        "resupplied.",
        [],
    ),
    # plural "movilizaciones" are protests; a call-up of reservists is a mobilisation
    (
        "es",
        "Miles de indígenas marchan en Quito",
        "Miles de indígenas marcharon el miércoles en Quito contra la subida del diésel.\n\nLa Conaie "
        "anunció que mantendrá las movilizaciones hasta que se derogue el decreto.",
        ["protest"],
    ),
    (
        "es",
        "Venezuela moviliza a sus reservistas",
        "El Gobierno de Venezuela ordenó el miércoles la movilización de 20.000 reservistas ante el "
        "despliegue de buques estadounidenses en el Caribe.",
        ["mobilisation"],
    ),
    # countermeasures against sanctions are an economic reply; against military bases, a threat
    (
        "ru",
        "ЕС утвердил новый пакет санкций",
        "Совет ЕС в среду утвердил новый пакет санкций против России.\n\nЗахарова заявила, что новые "
        "ограничения ударят по самим европейцам, и пригрозила ответными мерами.",
        ["sanction"],
    ),
    (
        "ru",
        "Кремль пригрозил Финляндии",
        "Пресс-секретарь Кремля в среду пригрозил Финляндии ответными мерами в случае размещения на ее "
        "территории американских военных баз.",
        ["threat"],
    ),
    (
        "en",
        "EU adopts new sanctions on Russia",
        "The EU adopted new sanctions on Russia on Wednesday.\n\nMoscow called the sanctions illegal and "
        "threatened countermeasures.",
        ["sanction"],
    ),
    # a state that did not join sanctions imposes none
    (
        "ru",
        "Лавров провел переговоры с Фиданом",
        "Министр иностранных дел Турции прибыл в среду в Москву с визитом.\n\nТурция не присоединилась к "
        "западным санкциям против России.",
        ["visit"],
    ),
    # a rally told again: its banners, its demonstrators, what a leader calls them
    (
        "en",
        "Thousands rally in Tbilisi",
        "Thousands of Georgians rallied outside parliament in Tbilisi on Wednesday to protest against a "
        "media law.\n\nDemonstrators waving EU flags had blocked Rustaveli Avenue for hours.",
        ["protest"],
    ),
    (
        "ru",
        "В Белграде прошел митинг",
        "Многотысячный митинг прошел в среду в центре Белграда.\n\nПрезидент Сербии назвал протестующих "
        "«инструментом иностранных спецслужб».",
        ["protest"],
    ),
    (
        "en",
        "Protests in Georgia",
        "Thousands rallied in Tbilisi on Wednesday against the government.\n\nOn Tuesday, hundreds of "
        "students protested in Batumi against the media law.",
        ["protest", "protest"],
    ),
    # the class the news belongs to: "one of the deadliest attacks"
    (
        "en",
        "Militants storm checkpost in North Waziristan",
        "Militants attacked a security checkpost in North Waziristan on Wednesday, killing seven soldiers, "
        "in one of the deadliest attacks in the region this year.",
        ["assault"],
    ),
    (
        "es",
        "Un atentado mata a 12 personas en Mogadiscio",
        "Un coche bomba mató el miércoles a 12 personas en Mogadiscio, en uno de los atentados más "
        "sangrientos del año.",
        ["assault"],
    ),
    (
        "ru",
        "Удар по Днепру",
        "Российские ракеты в среду ударили по Днепру, погибли девять человек. Это одна из самых "
        "смертоносных атак на город за год.",
        ["missile_strike"],
    ),
    # a reaction condemning the attack already told (definite) is no new attack; an indefinite one may
    # be the only telling
    (
        "en",
        "Israeli strike kills two in Nabatieh",
        "An Israeli drone strike killed two people near Nabatieh on Wednesday, Lebanon's health ministry "
        "said.\n\nLebanon's prime minister condemned the strikes and called for international pressure.",
        ["airstrike"],
    ),
    (
        "en",
        "UN condemns strike on school",
        "The United Nations on Wednesday condemned an Israeli air strike that killed 20 people at a school "
        "in Gaza City.",
        ["airstrike"],
    ),
    (
        "es",
        "Israel bombardea el sur del Líbano",
        "La aviación israelí bombardeó el miércoles la localidad de Bint Jbeil, en el sur del Líbano, "
        "informó la agencia libanesa.\n\nEl primer ministro libanés condenó los bombardeos.",
        ["airstrike"],
    ),
    # earlier fighting; a habit
    (
        "en",
        "Air strike kills 21 in Sagaing",
        "A Myanmar military air strike hit a village in Sagaing on Wednesday, killing 21 people, residents "
        "said.\n\nThe strike hit a monastery where families displaced by earlier fighting had taken "
        "shelter.",
        ["airstrike"],
    ),
    (
        "es",
        "Ataque con misiles contra Zaporiyia",
        "Dos misiles rusos impactaron el miércoles en Zaporiyia y mataron a cuatro personas, informó el "
        "gobernador.\n\nLa ciudad sufre ataques casi diarios con drones desde hace meses.",
        ["missile_strike"],
    ),
    # half a century
    (
        "es",
        "Medio siglo de la Marcha Verde",
        "Hace cincuenta años, unos 350.000 marroquíes cruzaron la frontera del Sáhara.\n\nPara muchos "
        "historiadores, la marcha fue una operación política calculada.",
        [],
    ),
    # an opinion piece labelled at the end of its headline: what it does not date is no news
    (
        "ru",
        "Почему весной может начаться наступление на Запорожье: мнение",
        "Линия фронта на Запорожском направлении почти не двигается.\n\nМассированные обстрелы и удары "
        "дронов по позициям ВСУ, по оценкам экспертов, будут предшествовать любому наступлению.",
        [],
    ),
    # a side characterised by its past acts; a span of years; a fear
    (
        "en",
        "SBU says it killed Russian officer in Melitopol",
        "A car bomb killed a Russian colonel in Melitopol on Tuesday, Ukraine's SBU said.\n\nThe officer "
        "had commanded units accused of shelling civilians in the Zaporizhzhia region.",
        ["assault"],
    ),
    (
        "en",
        "Kyiv accuses Moscow of shelling Kherson",
        "Ukraine accused Russia of shelling Kherson on Tuesday, killing two people.",
        ["shelling"],
    ),
    (
        "en",
        "Oil rises on Red Sea fears",
        "Oil prices rose on Wednesday as traders worried that attacks on shipping in the Red Sea could "
        "resume.\n\nThe Houthis attacked dozens of merchant ships between late 2023 and 2025.",
        [],
    ),
    (
        "es",
        "Siete disidentes muertos en el Guaviare",
        "Aviones militares bombardearon el miércoles un campamento de disidentes en Calamar, informó el "
        "Ministerio de Defensa.\n\nLas disidencias son señaladas como responsables de atentados con "
        "explosivos en Cali.",
        ["airstrike"],
    ),
    (
        "es",
        "El petróleo sube por temor al mar Rojo",
        "El petróleo subió el miércoles.\n\nLos hutíes atacaron decenas de buques mercantes entre finales "
        "de 2023 y 2025.",
        [],
    ),
    (
        "ru",
        "Нефть дорожает",
        "Цены на нефть выросли в среду.\n\nХуситы атаковали десятки торговых судов с 2023 по 2025 год.",
        [],
    ),
    # a month that ended days before the news, named in a later paragraph, dates background ("In
    # October, gangs overran ..." in a story of 18 November)
    (
        "en",
        "Gangs attack police station in Petit-Goave",
        "Gangs attacked a police station in Petit-Goave on Wednesday, police said.\n\nIn October, gangs "
        "overran the town of Mirebalais and burned dozens of homes.",
        ["assault"],
    ),
    (
        "es",
        "Pandillas atacan una comisaría en Petit-Goave",
        "Pandillas atacaron el miércoles una comisaría en Petit-Goave, informó la Policía.\n\nEn octubre, "
        "las bandas tomaron la localidad de Mirebalais.",
        ["assault"],
    ),
    (
        "ru",
        "ВСУ обстреляли Горловку",
        "Украинские войска в среду обстреляли Горловку из артиллерии, погибли два человека.\n\nВ октябре "
        "при ударе дрона по рынку города погибли три человека.",
        ["shelling"],
    ),
    # a town falls once: its fall told again in a later paragraph is no second capture
    (
        "en",
        "RSF seizes Babanusa",
        "Sudan's Rapid Support Forces said on Wednesday they had taken control of Babanusa after a siege.\n\n"
        "The fall of Babanusa leaves the army with few positions in West Kordofan.",
        ["capture"],
    ),
]


@pytest.mark.parametrize(("lang", "title", "text", "categories"), CASES)
def test_what_a_later_paragraph_adds(
    extractor: Extractor, lang: str, title: str, text: str, categories: list[str]
) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED, title=title)).events)
    assert sorted(e.category for e in events) == categories, [
        (e.category, e.factuality, e.evidence.trigger) for e in events
    ]


# (lang, sentence, opens a scenario)
OPENINGS = [
    ("en", "In the scenario, China's navy encircles the island.", True),
    ("en", "Under the exercise scenario, rebels seize a town.", True),
    ("en", "The scenario worries officials in Taipei.", False),
    ("es", "Según el guion del ejercicio, un grupo armado toma un puerto.", True),
    ("es", "Durante las maniobras, los aviones atacan un convoy.", True),
    ("es", "El ejercicio terminó el martes.", False),
    ("ru", "По замыслу учений группа боевиков захватывает поселок.", True),
    ("ru", "В ходе учений подразделения наносят удары.", True),
    ("ru", "Учения завершились во вторник.", False),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), OPENINGS)
def test_opens_scenario(lang: str, sentence: str, expected: bool) -> None:
    assert opens_scenario(lang, fold(sentence)) is expected


def test_a_language_without_scenario_cues_opens_none() -> None:
    assert opens_scenario("xx", fold("In the scenario, rebels seize a town.")) is False


# (text, sentences): a Russian agency dateline ends no sentence; a short wire sentence after a
# dash still does.
DATELINE_SPLITS = [
    (
        "ДОНЕЦК, 24 ноября. /ТАСС/. Войска обстреляли Горловку. Погибли двое.",
        ["ДОНЕЦК, 24 ноября. /ТАСС/. Войска обстреляли Горловку.", "Погибли двое."],
    ),
    (
        "МОСКВА, 24 ноя — РИА Новости. Войска отразили атаку. Погибших нет.",
        ["МОСКВА, 24 ноя — РИА Новости. Войска отразили атаку.", "Погибших нет."],
    ),
    ("KYIV, Nov 12 - Russia attacked Kyiv. Two died.", ["KYIV, Nov 12 - Russia attacked Kyiv.", "Two died."]),
]


@pytest.mark.parametrize(("text", "expected"), DATELINE_SPLITS)
def test_an_agency_dateline_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text, "ru")] == expected


def test_a_russian_agency_dateline_is_blanked() -> None:
    folded = fold("Заголовок\n\nДОНЕЦК, 24 ноября. /ТАСС/. Войска обстреляли Горловку.")
    masked = load_dateline_masker()(folded)
    assert len(masked) == len(folded)
    assert "донецк" not in masked
    assert "тасс" not in masked
    assert masked.endswith(fold("Войска обстреляли Горловку."))


def test_the_headline_takes_the_attribution_of_a_tass_lead(extractor: Extractor) -> None:
    text = (
        "ДОНЕЦК, 24 ноября. /ТАСС/. Украинские войска во вторник обстреляли Горловку из артиллерии, "
        "погибли два мирных жителя, сообщил глава города.\n\nПовреждены линии электропередачи."
    )
    events = alertable(extractor.extract(doc(text, "ru", PUBLISHED, title="ВСУ обстреляли Горловку")).events)
    assert [(e.category, e.factuality) for e in events] == [("shelling", "reported")]
    assert events[0].location is not None
    assert events[0].location.name == "Horlivka"
