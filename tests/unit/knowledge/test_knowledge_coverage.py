"""Coverage of wars' actors and places in the seven languages: armed groups by region, security
bodies, generic role nouns without a country, front-line towns, country points (our sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.knowledge import ActorLexicon, Gazetteer

ON = date(2025, 6, 1)

# (lang, text, surface, code): an armed group, army or security body, coded with its country
# (or IMG/IGO code) even when the text gives no country word.
GROUPS = [
    ("en", "JNIM fighters and the ISSP clashed near the border.", "ISSP", "IMGISI"),
    (
        "fr",
        "L'État islamique en Afrique de l'Ouest a revendiqué l'attaque.",
        "État islamique en Afrique de l'Ouest",
        "IMGISI",
    ),
    ("fr", "Le FLA affirme avoir repoussé les FAMa près de Kidal.", "FLA", "MLIREB"),
    ("fr", "Le FLA affirme avoir repoussé les FAMa près de Kidal.", "FAMa", "MLIMIL"),
    ("en", "The SAF said it had pushed the RSF out of the city.", "SAF", "SDNMIL"),
    ("ar", "أعلنت القوات المسلحة السودانية استعادة المدينة.", "القوات المسلحة السودانية", "SDNMIL"),
    ("fr", "Les FDLR et les Wazalendo ont combattu l'AFC/M23.", "FDLR", "RWAREB"),
    ("fr", "Les FDLR et les Wazalendo ont combattu l'AFC/M23.", "Wazalendo", "CODREB"),
    (
        "es",
        "Las Fuerzas Democráticas Aliadas mataron a veinte aldeanos.",
        "Fuerzas Democráticas Aliadas",
        "UGAREB",
    ),
    ("de", "M23-Kämpfer rückten auf die Stadt vor.", "M23-Kämpfer", "CODREB"),
    ("de", "RSF-Milizen griffen das Lager an.", "RSF-Milizen", "SDNREB"),
    ("ru", "Араканская армия заняла город.", "Араканская армия", "MMRREB"),
    ("tr", "Kaçin Bağımsızlık Ordusu bir üssü ele geçirdi.", "Kaçin Bağımsızlık Ordusu", "MMRREB"),
    ("en", "The KIA and the TNLA seized a border post from the Tatmadaw.", "Tatmadaw", "MMRMIL"),
    ("es", "La coalición Viv Ansanm atacó una comisaría.", "Viv Ansanm", "HTIREB"),
    ("fr", "La PNH a repoussé une attaque du G9.", "PNH", "HTICOP"),
    ("en", "The STC took control of the presidential palace.", "STC", "YEMREB"),
    ("ar", "سيطر المجلس الانتقالي الجنوبي على المدينة.", "المجلس الانتقالي الجنوبي", "YEMREB"),
    ("en", "AUSSOM troops and Somali forces retook the town.", "AUSSOM troops", "IGOAFU"),
    ("en", "The TTP claimed the attack, and the BLA another one.", "BLA", "PAKREB"),
    ("ru", "Пакистанские талибы взяли ответственность.", "Пакистанские талибы", "PAKREB"),
    (
        "de",
        "Die Befreiungsarmee Belutschistans bekannte sich zu dem Anschlag.",
        "Befreiungsarmee Belutschistans",
        "PAKREB",
    ),
    ("tr", "IŞİD-Horasan saldırıyı üstlendi.", "IŞİD-Horasan", "IMGISI"),
    ("fr", "L'État islamique au Mozambique a attaqué un village.", "État islamique au Mozambique", "IMGISI"),
    ("ar", "أعلنت هيئة الحشد الشعبي أن", "هيئة الحشد الشعبي", "IRQMIL"),
    ("es", "Las Brigadas al Qassam dispararon cohetes.", "Brigadas al Qassam", "PSEREB"),
    ("ru", "ВСУ отошли с позиций, сообщили в ВС РФ.", "ВСУ", "UKRMIL"),
    ("ru", "ЗСУ отошли с позиций, сообщили в ВС РФ.", "ВС РФ", "RUSMIL"),
    ("tr", "Mehmetçik terör örgütüne ağır kayıp verdirdi.", "Mehmetçik", "TURMIL"),
    ("en", "The Quai d'Orsay summoned the ambassador.", "Quai d'Orsay", "FRAGOV"),
    ("de", "Die Militärjunta Myanmars lehnte ab.", "Militärjunta Myanmars", "MMRGOV"),
    ("en", "The Malian junta expelled the envoy.", "Malian junta", "MLIGOV"),
    ("tr", "Mali cuntası açıklama yaptı.", "Mali cuntası", "MLIGOV"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "code"), GROUPS)
def test_armed_groups_and_security_bodies_are_coded(
    actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, code: str
) -> None:
    found = {m.text: m.code for m in actor_lexicon.find(text, lang, ON)}
    assert found.get(surface) == code, found


# (lang, text, surface, role): a role noun with no country word: role set, country left to the
# extractor (it takes the place's country).
GENERIC = [
    ("en", "Gunmen opened fire on the market.", "Gunmen", "REB"),
    ("en", "The army said security forces had sealed off the area.", "security forces", "COP"),
    ("fr", "Des hommes armés ont attaqué le poste; les jihadistes ont fui.", "hommes armés", "REB"),
    ("fr", "La junte a suspendu les partis.", "junte", "GOV"),
    ("es", "Pandillas armadas atacaron el barrio.", "Pandillas", "REB"),
    ("es", "El ejército respondió con ataques aéreos.", "ejército", "MIL"),
    ("de", "Bewaffnete überfielen das Dorf.", "Bewaffnete", "REB"),
    ("de", "Die Terroristen flohen.", "Terroristen", "REB"),
    ("ru", "Боевики атаковали блокпост.", "Боевики", "REB"),
    ("ru", "Бандиты захватили грузовик.", "Бандиты", "REB"),
    ("ar", "هاجم المسلحون قوات الأمن.", "المسلحون", "REB"),
    ("ar", "أعلن المجلس العسكري حظر التجول.", "المجلس العسكري", "GOV"),
    ("tr", "Militanlar karakola saldırdı.", "Militanlar", "REB"),
    ("tr", "Çeteler limanı ele geçirdi.", "Çeteler", "REB"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "role"), GENERIC)
def test_generic_role_nouns_have_a_role_and_no_country(
    actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, role: str
) -> None:
    found = {m.text: m for m in actor_lexicon.find(text, lang, ON)}
    assert surface in found, list(found)
    mention = found[surface]
    assert (mention.role, mention.country, mention.code) == (role, None, role)


# (lang, text, surface, office holder): foreign ministers added with dated terms.
MINISTERS = [
    (
        "en",
        "Italian Foreign Minister Antonio Tajani arrived.",
        "Italian Foreign Minister Antonio Tajani",
        "Antonio Tajani",
    ),
    (
        "fr",
        "Le chef de la diplomatie omanaise, Badr Albusaidi, a reçu",
        "chef de la diplomatie omanaise, Badr Albusaidi",
        "Badr Albusaidi",
    ),
    (
        "ru",
        "Глава МИД Азербайджана Джейхун Байрамов заявил",
        "Глава МИД Азербайджана Джейхун Байрамов",
        "Jeyhun Bayramov",
    ),
    (
        "tr",
        "Ermenistan Dışişleri Bakanı Ararat Mirzoyan",
        "Ermenistan Dışişleri Bakanı Ararat Mirzoyan",
        "Ararat Mirzoyan",
    ),
    ("ar", "قال وزير الخارجية اللبناني يوسف رجي", "وزير الخارجية اللبناني يوسف رجي", "Youssef Rajji"),
    ("es", "el canciller brasileño Mauro Vieira", "canciller brasileño Mauro Vieira", "Mauro Vieira"),
    ("de", "der kanadische Außenminister", "kanadische Außenminister", "Anita Anand"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "person"), MINISTERS)
def test_added_ministers_are_found_on_the_date(
    actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, person: str
) -> None:
    found = {m.text: m for m in actor_lexicon.find(text, lang, ON)}
    assert surface in found, list(found)
    assert found[surface].person == person
    assert found[surface].office == "Foreign Minister"


def test_ministers_terms_follow_the_date(actor_lexicon: ActorLexicon) -> None:
    text = "the Japanese foreign minister"
    before = actor_lexicon.find(text, "en", date(2025, 3, 1))
    after = actor_lexicon.find(text, "en", date(2025, 11, 1))
    assert [m.person for m in before] == ["Takeshi Iwaya"]
    assert [m.person for m in after] == ["Toshimitsu Motegi"]


# (lang, text, surface, name, country): front-line towns and regions, including GeoNames towns
# below 15,000 inhabitants and Russian case forms.
PLACES = [
    (
        "en",
        "Shelling hit Vuhledar and Velyka Novosilka overnight.",
        "Velyka Novosilka",
        "Velyka Novosilka",
        "UKR",
    ),
    ("ru", "Бои идут в Часовом Яре.", "Часовом Яре", "Chasiv Yar", "UKR"),
    ("ru", "Украинские войска вошли в Суджу.", "Суджу", "Sudzha", "RUS"),
    ("ru", "Удары по Донецкой области.", "Донецкой области", "Donetsk Oblast", "UKR"),
    ("fr", "Les combats ont repris à Saké et à Minova, dans le Sud-Kivu.", "Sud-Kivu", "South Kivu", "COD"),
    ("fr", "L'armée a été attaquée à Tessit.", "Tessit", "Tessit", "MLI"),
    ("es", "La guerrilla atacó Saravena, en Arauca.", "Saravena", "Saravena", "COL"),
    ("es", "Las pandillas tomaron Mirebalais.", "Mirebalais", "Mirebalais", "HTI"),
    ("de", "Kämpfe in Cabo Delgado und in der Region Rakhine.", "Cabo Delgado", "Cabo Delgado", "MOZ"),
    ("tr", "Çatışmalar Dağlık Karabağ ve Laçın'da sürdü.", "Laçın'da", "Lachin", "AZE"),
    ("tr", "Operasyon Metina bölgesinde yapıldı.", "Metina", "Metina", "IRQ"),
    ("tr", "Şuşa'da tören düzenlendi.", "Şuşa'da", "Shusha", "AZE"),
    ("ar", "اشتباكات في ولاية شان وفي جنوب كيفو.", "جنوب كيفو", "South Kivu", "COD"),
    ("ar", "وصلت التعزيزات إلى النهود.", "النهود", "En Nahud", "SDN"),
]


@pytest.mark.parametrize("case", PLACES)
def test_front_line_places_are_found_with_coordinates(
    gazetteer: Gazetteer, case: tuple[str, str, str, str, str]
) -> None:
    lang, text, surface, name, country = case
    found = {p.text: p for p in gazetteer.find(text, lang)}
    assert surface in found, list(found)
    place = found[surface]
    assert (place.name, place.country) == (name, country)
    assert place.lat is not None and place.lon is not None


# (lang, text, word): common words and other countries' names that must not become places.
NOT_PLACES = [
    ("tr", "Tarım Bakanlığı yeni destekleri açıkladı.", "Tarım"),
    ("es", "La Junta de Andalucía aprobó el presupuesto.", "Andalucía"),
    ("en", "For the sake of peace, Sake talks resumed.", "sake"),
    ("es", "En Susa, la policía detuvo a dos hombres.", "Susa"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NOT_PLACES)
def test_common_words_are_not_conflict_towns(gazetteer: Gazetteer, lang: str, text: str, word: str) -> None:
    found = {p.text: p for p in gazetteer.find(text, lang)}
    place = found.get(word)
    assert place is None or place.country not in {"YEM", "COL", "COD", "AZE"}, place


@pytest.mark.parametrize(
    ("lang", "text", "iso3"),
    [
        ("en", "Talks in Ukraine.", "UKR"),
        ("fr", "La Syrie a répondu.", "SYR"),
        ("es", "En Sudán.", "SDN"),
        ("de", "Im Libanon.", "LBN"),
        ("ru", "В Мьянме.", "MMR"),
        ("ar", "في مالي.", "MLI"),
        ("tr", "Haiti'de.", "HTI"),
    ],
)
def test_countries_have_a_point(gazetteer: Gazetteer, lang: str, text: str, iso3: str) -> None:
    countries = [p for p in gazetteer.find(text, lang) if p.feature == "country"]
    assert [p.country for p in countries] == [iso3]
    assert countries[0].lat is not None and countries[0].lon is not None


def test_russian_names_of_myanmar_match_declined(gazetteer: Gazetteer, actor_lexicon: ActorLexicon) -> None:
    assert [p.country for p in gazetteer.find("Переворот в Мьянме и в Бирме.", "ru")] == ["MMR", "MMR"]
    assert [m.code for m in actor_lexicon.find("Власти Мьянмы", "ru", ON)] == ["MMRGOV"]


# (text, surface, place): two-word Russian place names "adjective noun" are declined word by word,
# in hand-written places, country names and generated GeoNames towns alike.
RUSSIAN_PHRASES = [
    ("Удар по Новой Каховке.", "Новой Каховке", "Nova Kakhovka"),
    ("Ракета упала в Кривом Роге.", "Кривом Роге", "Kryvyy Rih"),
    ("Визит в Южную Корею.", "Южную Корею", "South Korea"),
    ("Бои за Великую Новосёлку.", "Великую Новосёлку", "Velyka Novosilka"),
    ("Переговоры с Саудовской Аравией.", "Саудовской Аравией", "Saudi Arabia"),
]


@pytest.mark.parametrize(("text", "surface", "place"), RUSSIAN_PHRASES)
def test_russian_two_word_place_names_are_declined(
    gazetteer: Gazetteer, text: str, surface: str, place: str
) -> None:
    found = {p.text: p.name for p in gazetteer.find(text, "ru")}
    assert found.get(surface) == place, found


# (lang, text, surface, code): regional organisations are IGOs, not one member country.
IGOS = [
    ("en", "CSTO members met in Minsk.", "CSTO", "IGOCST"),
    ("fr", "La CEDEAO a levé ses sanctions.", "CEDEAO", "IGOWAS"),
    ("fr", "Les ministres de l'AES se sont réunis.", "ministres de l'AES", "IGOAES"),
    (
        "es",
        "La Organización de Cooperación de Shanghái celebró su cumbre.",
        "Organización de Cooperación de Shanghái",
        "IGOSCO",
    ),
    ("de", "Der IWF gewährte einen Kredit.", "IWF", "IGOIMF"),
    ("ru", "Саммит ОДКБ прошёл без Армении.", "ОДКБ", "IGOCST"),
    ("ar", "انعقدت قمة منظمة التعاون الإسلامي.", "منظمة التعاون الإسلامي", "IGOOIC"),
    ("tr", "Türk Devletleri Teşkilatı zirvesi Gebele'de yapıldı.", "Türk Devletleri Teşkilatı", "IGOOTS"),
]


@pytest.mark.parametrize(("lang", "text", "surface", "code"), IGOS)
def test_regional_organisations_are_igos(
    actor_lexicon: ActorLexicon, lang: str, text: str, surface: str, code: str
) -> None:
    found = {m.text: m.code for m in actor_lexicon.find(text, lang, ON)}
    assert found.get(surface) == code, found


def test_a_person_is_not_read_as_the_town_named_like_him(
    gazetteer: Gazetteer, actor_lexicon: ActorLexicon
) -> None:
    text = "Ekrem İmamoğlu'nun avukatları açıklama yaptı."
    assert gazetteer.find(text, "tr") == []
    assert [m.person for m in actor_lexicon.find(text, "tr", ON)] == ["Ekrem İmamoğlu"]
