"""The seed article's actors, rewritten by us in the six other languages, plus inflected forms."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.knowledge import ActorLexicon

ON = date(2024, 12, 3)

# (lang, text, [(exact surface, code, person, office)]) - every listed mention must be found.
CASES = [
    (
        "en",
        "Turkish President Recep Tayyip Erdogan and Russian President Vladimir Putin discussed the "
        "fighting between opposition factions and Syrian government forces. The Kremlin urged an end to "
        "the offensive. "
        "Turkish Foreign Minister Hakan Fidan spoke about Syria and Iran.",
        [
            ("Turkish President Recep Tayyip Erdogan", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("Russian President Vladimir Putin", "RUSGOV", "Vladimir Putin", "President"),
            ("opposition factions", "REB", None, None),
            ("Syrian government forces", "SYRMIL", None, None),
            ("Kremlin", "RUSGOV", None, None),
            ("Turkish Foreign Minister Hakan Fidan", "TURGOV", "Hakan Fidan", "Foreign Minister"),
            ("Syria", "SYR", None, None),
            ("Iran", "IRN", None, None),
        ],
    ),
    (
        "es",
        "El presidente turco Recep Tayyip Erdogan y el presidente ruso Vladímir Putin hablaron del conflicto "
        "entre las facciones opositoras y las fuerzas gubernamentales sirias. El Kremlin pidió el fin de la "
        "ofensiva. El ministro turco de Asuntos Exteriores, Hakan Fidan, habló de Siria e Irán.",
        [
            ("presidente turco Recep Tayyip Erdogan", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("presidente ruso Vladímir Putin", "RUSGOV", "Vladimir Putin", "President"),
            ("facciones opositoras", "REB", None, None),
            ("fuerzas gubernamentales sirias", "SYRMIL", None, None),
            ("Kremlin", "RUSGOV", None, None),
            (
                "ministro turco de Asuntos Exteriores, Hakan Fidan",
                "TURGOV",
                "Hakan Fidan",
                "Foreign Minister",
            ),
            ("Siria", "SYR", None, None),
            ("Irán", "IRN", None, None),
        ],
    ),
    (
        "de",
        "Der türkische Präsident Recep Tayyip Erdoğan und der russische Präsident Wladimir Putin sprachen "
        "über die Kämpfe zwischen Oppositionsgruppen und syrischen Regierungstruppen. Der Kreml forderte ein "
        "Ende der Offensive. Der türkische Außenminister Hakan Fidan äußerte sich zu Syrien. Putins Haltung "
        "und die Rolle Syriens und des Iran.",
        [
            ("türkische Präsident Recep Tayyip Erdoğan", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("russische Präsident Wladimir Putin", "RUSGOV", "Vladimir Putin", "President"),
            ("Oppositionsgruppen", "REB", None, None),
            ("syrischen Regierungstruppen", "SYRMIL", None, None),
            ("Kreml", "RUSGOV", None, None),
            ("türkische Außenminister Hakan Fidan", "TURGOV", "Hakan Fidan", "Foreign Minister"),
            ("Putins", "RUSGOV", "Vladimir Putin", "President"),
            ("Syriens", "SYR", None, None),
            ("Iran", "IRN", None, None),
        ],
    ),
    (
        "ru",
        "Президент Турции Реджеп Тайип Эрдоган и президент России Владимир Путин обсудили бои между "
        "оппозиционными группировками и сирийскими правительственными войсками. Кремль призвал прекратить "
        "наступление. Министр иностранных дел Турции Хакан Фидан высказался о Сирии. Позиция Путина, "
        "звонок Эрдогану и роль Ирана.",
        [
            ("Президент Турции Реджеп Тайип Эрдоган", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("президент России Владимир Путин", "RUSGOV", "Vladimir Putin", "President"),
            ("оппозиционными группировками", "REB", None, None),
            ("сирийскими правительственными войсками", "SYRMIL", None, None),
            ("Кремль", "RUSGOV", None, None),
            ("Министр иностранных дел Турции Хакан Фидан", "TURGOV", "Hakan Fidan", "Foreign Minister"),
            ("Сирии", "SYR", None, None),
            ("Путина", "RUSGOV", "Vladimir Putin", "President"),
            ("Эрдогану", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("Ирана", "IRN", None, None),
        ],
    ),
    (
        "ar",
        "بحث الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين المعارك بين فصائل المعارضة "
        "والقوات الحكومية السورية. ودعا الكرملين إلى وقف الهجوم. وقال وزير الخارجية التركي هاكان فيدان "
        "إن الوضع في سوريا خطير، مشيرا إلى دور إيران. واتصل بأردوغان.",
        [
            ("الرئيس التركي رجب طيب أردوغان", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("الرئيس الروسي فلاديمير بوتين", "RUSGOV", "Vladimir Putin", "President"),
            ("فصائل المعارضة", "REB", None, None),
            ("القوات الحكومية السورية", "SYRMIL", None, None),
            ("الكرملين", "RUSGOV", None, None),
            ("وزير الخارجية التركي هاكان فيدان", "TURGOV", "Hakan Fidan", "Foreign Minister"),
            ("سوريا", "SYR", None, None),
            ("إيران", "IRN", None, None),
            ("أردوغان", "TURGOV", "Recep Tayyip Erdoğan", "President"),
        ],
    ),
    (
        "tr",
        "Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan ile Rusya Devlet Başkanı Vladimir Putin, muhalif gruplar "
        "ile Suriye hükümet güçleri arasındaki çatışmaları görüştü. Kremlin saldırının durmasını istedi. "
        "Dışişleri Bakanı Hakan Fidan Suriye'deki durumu değerlendirdi. Erdoğan'ın Rusya'ya mesajı ve İran.",
        [
            ("Türkiye Cumhurbaşkanı Recep Tayyip Erdoğan", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("Rusya Devlet Başkanı Vladimir Putin", "RUSGOV", "Vladimir Putin", "President"),
            ("muhalif gruplar", "REB", None, None),
            ("Suriye hükümet güçleri", "SYRMIL", None, None),
            ("Kremlin", "RUSGOV", None, None),
            ("Dışişleri Bakanı Hakan Fidan", "TURGOV", "Hakan Fidan", "Foreign Minister"),
            ("Suriye'deki", "SYR", None, None),
            ("Erdoğan'ın", "TURGOV", "Recep Tayyip Erdoğan", "President"),
            ("Rusya'ya", "RUS", None, None),
            ("İran", "IRN", None, None),
        ],
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_seed_actors_in_every_language(
    actor_lexicon: ActorLexicon, lang: str, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    mentions = actor_lexicon.find(text, lang, ON)
    got = {m.text: (m.code, m.person, m.office) for m in mentions}
    for surface, code, person, office in expected:
        assert surface in got, f"{surface!r} not found; got {list(got)}"
        assert got[surface] == (code, person, office), surface
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("lang", "text", "surface", "code"),
    [
        ("fr", "les soldats turcs et l'armée syrienne", "armée syrienne", "SYRMIL"),
        ("fr", "les rebelles syriens", "rebelles syriens", "SYRREB"),
        ("fr", "le président de la Turquie", "président de la Turquie", "TURGOV"),
        ("en", "Turkey's president spoke", "Turkey's president", "TURGOV"),
        ("en", "the Israeli army and Hezbollah", "Israeli army", "ISRMIL"),
        ("es", "el ejército ruso", "ejército ruso", "RUSMIL"),
        ("es", "el presidente de Rusia", "presidente de Rusia", "RUSGOV"),
        ("de", "die russischen Streitkräfte", "russischen Streitkräfte", "RUSMIL"),
        ("de", "Bundeskanzler Olaf Scholz sagte", "Bundeskanzler Olaf Scholz", "DEUGOV"),
        ("ru", "российские военные", "российские военные", "RUSMIL"),
        ("ru", "армия России", "армия России", "RUSMIL"),
        ("ru", "турецкого президента", "турецкого президента", "TURGOV"),
        ("ar", "الجيش الإسرائيلي", "الجيش الإسرائيلي", "ISRMIL"),
        ("ar", "للجيش السوري", "للجيش السوري", "SYRMIL"),
        ("tr", "Rus askerleri", "Rus askerleri", "RUSMIL"),
        ("tr", "İsrail ordusu", "İsrail ordusu", "ISRMIL"),
    ],
)
def test_role_with_country_in_both_orders(
    actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, code: str
) -> None:
    got = {m.text: m.code for m in actor_lexicon.find(text, lang, ON)}
    assert got.get(surface) == code, got


@pytest.mark.parametrize(
    "case",
    [
        ("en", "HTS fighters entered the city", "HTS", "SYRREB", "Hayat Tahrir al-Sham"),
        ("ar", "سيطرت هيئة تحرير الشام على المدينة", "هيئة تحرير الشام", "SYRREB", "Hayat Tahrir al-Sham"),
        ("ru", "боевики ХТШ вошли в город", "ХТШ", "SYRREB", "Hayat Tahrir al-Sham"),
        ("fr", "les FDS ont reculé", "FDS", "SYRREB", "Syrian Democratic Forces"),
        ("ar", "انسحبت قسد من المدينة", "قسد", "SYRREB", "Syrian Democratic Forces"),
        ("de", "die Hisbollah feuerte Raketen", "Hisbollah", "LBNREB", "Hezbollah"),
        ("ru", "удары по Хезболле", "Хезболле", "LBNREB", "Hezbollah"),
        ("ar", "أعلنت حماس", "حماس", "PSEREB", "Hamas"),
        ("ru", "ХАМАС заявил", "ХАМАС", "PSEREB", "Hamas"),
        ("ru", "хуситы атаковали судно", "хуситы", "YEMREB", "Houthis"),
        ("ar", "أطلق الحوثيون صاروخا", "الحوثيون", "YEMREB", "Houthis"),
        (
            "en",
            "the Rapid Support Forces attacked El Fasher",
            "Rapid Support Forces",
            "SDNREB",
            "Rapid Support Forces",
        ),
        ("fr", "Daech a revendiqué l'attentat", "Daech", "IMGISI", "Islamic State"),
        ("tr", "DEAŞ saldırıyı üstlendi", "DEAŞ", "IMGISI", "Islamic State"),
        ("ru", "ИГИЛ взяло ответственность", "ИГИЛ", "IMGISI", "Islamic State"),
        ("ar", "تبنى داعش الهجوم", "داعش", "IMGISI", "Islamic State"),
        ("fr", "Tsahal a frappé Gaza", "Tsahal", "ISRMIL", "Israel Defense Forces"),
        ("ru", "ЦАХАЛ нанес удар", "ЦАХАЛ", "ISRMIL", "Israel Defense Forces"),
        ("en", "the UN Security Council met", "UN Security Council", "IGOUNO", "United Nations"),
        ("fr", "l'OTAN et l'ONU", "OTAN", "IGONAT", "NATO"),
        ("tr", "PKK'lı teröristler", "PKK", "TURREB", "Kurdistan Workers' Party"),
        ("en", "the Wagner Group withdrew", "Wagner Group", "RUSMIL", "Wagner Group"),
        (
            "es",
            "Médicos Sin Fronteras denunció",
            "Médicos Sin Fronteras",
            "NGOMSF",
            "Doctors Without Borders",
        ),
        ("de", "die IAEA warnte", "IAEA", "IGOAEA", "International Atomic Energy Agency"),
    ],
)
def test_organisations(actor_lexicon: ActorLexicon, case: tuple[str, str, str, str, str]) -> None:
    lang, text, surface, code, name = case
    mentions = [m for m in actor_lexicon.find(text, lang, ON) if surface in m.text]
    assert mentions, [m.text for m in actor_lexicon.find(text, lang, ON)]
    assert (mentions[0].code, mentions[0].name) == (code, name)


@pytest.mark.parametrize(
    ("lang", "text", "surface", "code"),
    [
        ("fr", "Moscou a condamné l'attaque", "Moscou", "RUSGOV"),
        ("ru", "в Москве заявили", "Москве", "RUSGOV"),
        ("de", "Moskau warnte", "Moskau", "RUSGOV"),
        ("tr", "Moskova'dan açıklama", "Moskova'dan", "RUSGOV"),
        ("ar", "أعلنت موسكو", "موسكو", "RUSGOV"),
        ("de", "der Kreml teilte mit", "Kreml", "RUSGOV"),
        ("ar", "قال الكرملين", "الكرملين", "RUSGOV"),
        ("ru", "в Кремле заявили", "Кремле", "RUSGOV"),
        ("en", "the White House said", "White House", "USAGOV"),
        ("fr", "la Maison-Blanche a réagi", "Maison-Blanche", "USAGOV"),
        ("en", "Downing Street said", "Downing Street", "GBRGOV"),
        ("fr", "l'Élysée a annoncé", "Élysée", "FRAGOV"),
        ("fr", "Pékin et Washington", "Pékin", "CHNGOV"),
        ("fr", "Damas a accusé Ankara", "Damas", "SYRGOV"),
        ("en", "Kyiv said", "Kyiv", "UKRGOV"),
        ("fr", "Téhéran dément", "Téhéran", "IRNGOV"),
    ],
)
def test_capitals_and_seats_as_metonyms(
    actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, code: str
) -> None:
    got = {m.text: m.code for m in actor_lexicon.find(text, lang, ON)}
    assert got.get(surface) == code, got


@pytest.mark.parametrize(
    ("lang", "text", "surface", "person"),
    [
        ("en", "Zelenskyy said", "Zelenskyy", "Volodymyr Zelensky"),
        ("de", "Selenskyj sagte", "Selenskyj", "Volodymyr Zelensky"),
        ("ru", "Зеленского", "Зеленского", "Volodymyr Zelensky"),
        ("ar", "قال زيلينسكي", "زيلينسكي", "Volodymyr Zelensky"),
        ("fr", "Poutine a dit", "Poutine", "Vladimir Putin"),
        ("ar", "وقال بوتين", "بوتين", "Vladimir Putin"),
        ("tr", "Erdoğan'ın açıklaması", "Erdoğan'ın", "Recep Tayyip Erdoğan"),
        ("ru", "Асад бежал", "Асад", "Bashar al-Assad"),
        ("ar", "نظام الأسد", "الأسد", "Bashar al-Assad"),
        ("en", "Guterres urged restraint", "Guterres", "António Guterres"),
        ("ru", "генсек НАТО Рютте", "Рютте", "Mark Rutte"),
    ],
)
def test_name_variants_and_transliterations(
    actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, person: str
) -> None:
    mentions = [m for m in actor_lexicon.find(text, lang, ON) if surface in m.text]
    assert mentions and mentions[0].person == person, mentions


@pytest.mark.parametrize(
    "case",
    [
        ("en", "Assad's forces retreated", "Assad's forces", "SYRMIL", "Bashar al-Assad"),
        ("fr", "les forces de Bachar al-Assad", "forces de Bachar al-Assad", "SYRMIL", "Bashar al-Assad"),
        ("ar", "انسحبت قوات الأسد", "قوات الأسد", "SYRMIL", "Bashar al-Assad"),
        ("en", "Haftar forces advanced", "Haftar forces", "LBYMIL", "Khalifa Haftar"),
        (
            "fr",
            "Erdogan, le président turc, a dit",
            "Erdogan, le président turc",
            "TURGOV",
            "Recep Tayyip Erdoğan",
        ),
        (
            "en",
            "the Kremlin spokesman Dmitry Peskov",
            "Kremlin spokesman Dmitry Peskov",
            "RUSGOV",
            "Dmitry Peskov",
        ),
    ],
)
def test_people_with_their_forces_and_appositions(
    actor_lexicon: ActorLexicon, case: tuple[str, str, str, str, str]
) -> None:
    lang, text, surface, code, person = case
    got = {m.text: (m.code, m.person) for m in actor_lexicon.find(text, lang, ON)}
    assert got.get(surface) == (code, person), got


# Role nouns alone, one line per role and language: (lang, text, surface, role).
ROLE_NOUNS = [
    ("en", "civilians fled", "civilians", "CVL"),
    ("fr", "des civils ont fui", "civils", "CVL"),
    ("es", "los civiles huyeron", "civiles", "CVL"),
    ("de", "Zivilisten flohen", "Zivilisten", "CVL"),
    ("ru", "мирные жители бежали", "мирные жители", "CVL"),
    ("ar", "فر المدنيون", "المدنيون", "CVL"),
    ("tr", "siviller kaçtı", "siviller", "CVL"),
    ("en", "protesters gathered", "protesters", "CVL"),
    ("fr", "les manifestants", "manifestants", "CVL"),
    ("ru", "протестующие собрались", "протестующие", "CVL"),
    ("en", "two journalists were killed", "journalists", "MED"),
    ("fr", "deux journalistes", "journalistes", "MED"),
    ("es", "dos periodistas", "periodistas", "MED"),
    ("de", "zwei Journalisten", "Journalisten", "MED"),
    ("ru", "двое журналистов", "журналистов", "MED"),
    ("ar", "مقتل صحفيين", "صحفيين", "MED"),
    ("tr", "iki gazeteci", "gazeteci", "MED"),
    ("en", "the rebels advanced", "rebels", "REB"),
    ("es", "los rebeldes avanzaron", "rebeldes", "REB"),
    ("de", "Dschihadisten griffen an", "Dschihadisten", "REB"),
    ("ru", "боевики наступали", "боевики", "REB"),
    ("ar", "تقدم المسلحون", "المسلحون", "REB"),
    ("tr", "militanlar saldırdı", "militanlar", "REB"),
    ("en", "the opposition won", "opposition", "OPP"),
    ("de", "die Opposition", "Opposition", "OPP"),
    ("ru", "оппозиция победила", "оппозиция", "OPP"),
    ("ar", "المعارضة السياسية", "المعارضة", "OPP"),
    ("tr", "muhalefet kazandı", "muhalefet", "OPP"),
    ("en", "police arrested him", "police", "COP"),
    ("es", "la policía", "policía", "COP"),
    ("ru", "полиция задержала", "полиция", "COP"),
    ("ar", "اعتقلت الشرطة", "الشرطة", "COP"),
    ("tr", "polis gözaltına aldı", "polis", "COP"),
    ("fr", "le tribunal a jugé", "tribunal", "JUD"),
    ("de", "das Gericht urteilte", "Gericht", "JUD"),
    ("en", "parliament voted", "parliament", "LEG"),
    ("ru", "парламент проголосовал", "парламент", "LEG"),
    ("tr", "Meclis onayladı", "Meclis", "LEG"),
    ("ar", "البرلمان صوت", "البرلمان", "LEG"),
    ("fr", "les réfugiés", "réfugiés", "REF"),
    ("ar", "النازحين", "النازحين", "REF"),
    ("es", "las ONG", "ONG", "NGO"),
    ("de", "das Unternehmen", "Unternehmen", "BUS"),
    ("fr", "l'armée de l'air", "armée de l'air", "MIL"),
    ("es", "las Fuerzas Armadas", "Fuerzas Armadas", "MIL"),
    ("tr", "hava kuvvetleri vurdu", "hava kuvvetleri", "MIL"),
    ("ru", "ВКС нанесли удар", "ВКС", "MIL"),
    ("fr", "les services de renseignement", "services de renseignement", "SPY"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "role"), ROLE_NOUNS)
def test_role_nouns_alone(actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, role: str) -> None:
    got = {m.text: (m.role, m.country, m.code) for m in actor_lexicon.find(text, lang, ON)}
    assert got.get(surface) == (role, None, role), got


@pytest.mark.parametrize(
    ("lang", "text", "codes"),
    [
        ("tr", "Rus ordusu Ukrayna mevzilerini vurdu.", ["RUSMIL", "UKR"]),
        ("fr", "le Hezbollah libanais a tiré des roquettes", ["LBNREB"]),
    ],
)
def test_an_organisation_does_not_absorb_another_state_s_name(
    actor_lexicon: ActorLexicon, lang: str, text: str, codes: list[str]
) -> None:
    assert [m.code for m in actor_lexicon.find(text, lang, ON)] == codes
