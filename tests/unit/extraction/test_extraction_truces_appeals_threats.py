"""Truces, appeals and threats in the ways wire copy tells them, in every language.

A truce is an event when it is agreed, declared, enters into force, takes hold or is extended (with
its parties named between the truce and its verb, a humanitarian pause, a halt to hostilities, a
"regime of silence"); a truce only proposed, rejected, hoped for, or fought over in trade or politics
is none. An appeal is told by a verb or a noun ("made an urgent plea", "un llamamiento a la calma",
"Appell für eine Feuerpause", "hat eine Feuerpause gefordert"), in headline present tense; a club
calling its fans to calm, or a union calling a strike, makes none. A threat may be a promise that
an attack "will not go unanswered" or will cost "a heavy price", a vow of revenge, an attack announced
for later; a strike or a lawsuit threatened is no threat of force. What an appeal asks to stop is no
event of its own ("demanded an immediate halt to the shooting")."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-19T12:00:00"  # a Thursday


def _categories(extractor: Extractor, lang: str, text: str) -> list[str]:
    return sorted(e.category for e in alertable(extractor.extract(doc(text, lang, PUBLISHED)).events))


# (lang, text): one truce event
TRUCES = [
    # the truce takes hold / enters into force, its parties named in between
    ("en", "A 48-hour truce between the Sudanese army and the RSF took hold in Babanusa on Wednesday."),
    ("en", "A ceasefire between the Thai and Cambodian armies came into force at midnight on Wednesday."),
    (
        "fr",
        "Une trêve de trois jours entre l'armée congolaise et le M23 (AFC/M23) est entrée en vigueur "
        "mercredi.",
    ),
    ("de", "Die Waffenruhe zwischen Israel und der Hisbollah trat am Mittwoch in Kraft."),
    (
        "es",
        "La tregua entre el Ejército colombiano y las disidencias de las FARC entró en vigor el miércoles.",
    ),
    ("ar", "دخلت الهدنة بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ الأربعاء."),
    ("ru", "Перемирие между Израилем и ХАМАС вступило в силу в среду."),
    ("ru", "Вступило в силу перемирие между Арменией и Азербайджаном, сообщили в среду в Ереване."),
    # extended
    ("en", "Israel and Hezbollah agreed on Wednesday to extend the ceasefire in Lebanon by 60 days."),
    ("en", "The truce between Israel and Hamas was extended by a week on Wednesday, Qatar said."),
    ("fr", "Israël et le Hamas ont prolongé mercredi la trêve de quarante-huit heures à Gaza."),
    ("es", "Israel y Hezbolá prorrogaron el miércoles el alto el fuego en el Líbano."),
    ("de", "Israel und die Hamas verlängerten am Mittwoch die Feuerpause um zwei Tage."),
    ("de", "Die Waffenruhe im Gazastreifen ist am Mittwoch um eine Woche verlängert worden."),
    ("ru", "Израиль и ХАМАС в среду продлили перемирие на два дня."),
    ("ar", "اتفقت إسرائيل وحماس الأربعاء على تمديد الهدنة يومين."),
    ("tr", "İsrail ile Hamas çarşamba günü ateşkesin iki gün daha uzatılması konusunda anlaştı."),
    # a humanitarian pause, a halt to hostilities, a regime of silence, a local calm
    ("en", "Israel agreed to daily humanitarian pauses in northern Gaza on Wednesday, the White House said."),
    ("fr", "L'armée israélienne a décrété mercredi une pause humanitaire à Rafah."),
    ("fr", "Israël et le Hezbollah s'accordent sur un arrêt des hostilités au Liban."),
    ("fr", "Kinshasa et le M23 ont convenu mercredi d'une trêve de trois jours dans le Nord-Kivu."),
    ("ru", "Россия и Украина в среду согласовали режим тишины вокруг Запорожской АЭС."),
    ("ru", "Армия Судана и СБР в среду согласились на гуманитарную паузу в Эль-Фашире."),
    ("ar", "أعلنت الحكومة اليمنية وجماعة الحوثي الأربعاء وقف الأعمال القتالية في مأرب."),
    ("ar", "توصل الجيش السوري ومسلحون دروز الأربعاء إلى اتفاق تهدئة في السويداء."),
    ("tr", "Sudan ordusu ile HDK çarşamba günü Faşir'de insani ara konusunda anlaştı."),
    # a headline with no verb
    ("en", "Ceasefire in force between Pakistan and Afghanistan after Doha talks"),
    # a truce that begins, sides that cease fire or halt the fighting, a headline's present tense
    ("en", "A ceasefire between Israel and Hezbollah began at 4 a.m. on Wednesday."),
    ("en", "India and Pakistan agree to cease fire along Kashmir frontier"),
    ("en", "Ceasefire: Armenia and Azerbaijan halt fighting after talks in Moscow"),
    ("en", "Russia announces 30-hour Easter truce in Ukraine"),
    ("fr", "Bangkok et Phnom Penh décrètent un cessez-le-feu"),
    ("fr", "La trêve a débuté mercredi à Gaza, selon les médiateurs qataris."),
    ("fr", "Entrée en vigueur du cessez-le-feu entre Israël et le Hezbollah"),
    ("fr", "L'armée et le M23 ont annoncé mercredi une suspension des hostilités."),
    ("ru", "В Газе началось перемирие"),
    ("ru", "Объявлено перемирие в Судане"),
    ("ru", "Перемирие между Таиландом и Камбоджей начало действовать в среду."),
    ("ru", "Стороны прекратили огонь в Карабахе в среду, сообщило Минобороны Армении."),
    ("ru", "Армия ДРК и M23 в среду договорились прекратить боевые действия."),
    # weapons that fell silent
    (
        "en",
        "Guns fell silent along the Thai-Cambodian border on Wednesday as the truce between Thailand and "
        "Cambodia held.",
    ),
    ("fr", "Les armes se sont tues mercredi entre Israël et le Hezbollah."),
    ("es", "Callaron las armas el miércoles entre el Ejército colombiano y el ELN."),
    ("de", "Zwischen Thailand und Kambodscha schweigen seit Mittwoch die Waffen."),
    ("ru", "В среду на границе Армении и Азербайджана замолчали орудия, оружие смолкло."),
    ("tr", "Ermenistan ile Azerbaycan sınırında çarşamba günü silahlar sustu."),
    ("ar", "صمتت المدافع الأربعاء على الحدود بين تايلاند وكمبوديا."),
    # a pause in the fighting, a deal on a truce, a truce that starts to run, Arabic present tense
    ("en", "Israel says it has agreed to a 10-hour daily pause in fighting in Gaza's Muwasi area."),
    ("en", "Hamas and Israel reach deal on truce, hostage release"),
    ("ar", "بدء سريان وقف إطلاق النار بين إسرائيل وحزب الله"),
    ("ar", "بدأ سريان الهدنة الإنسانية في الفاشر الأربعاء بين الجيش والدعم السريع."),
    ("ar", "السودان: الجيش يعلن هدنة إنسانية في كردفان"),
]


@pytest.mark.parametrize(("lang", "text"), TRUCES, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRUCES)])
def test_a_truce_agreed_in_force_or_extended_is_a_ceasefire(
    extractor: Extractor, lang: str, text: str
) -> None:
    assert _categories(extractor, lang, text) == ["ceasefire"]


# (lang, text): a truce proposed, rejected, hoped for, or in trade and politics: no ceasefire event
NOT_TRUCES = [
    ("en", "A ceasefire in Gaza could be announced within days, a U.S. official said on Wednesday."),
    ("en", "Washington and Beijing agreed on Wednesday to extend their tariff truce by 90 days."),
    ("fr", "Majorité et opposition ont conclu mercredi une trêve sur le calendrier budgétaire."),
    ("fr", "La trêve hivernale des expulsions a commencé mercredi en France."),
    ("es", "El Gobierno y la patronal pactaron el miércoles una tregua comercial."),
    ("de", "Der Kreml hat eine von Kiew vorgeschlagene Waffenruhe am Mittwoch abgelehnt."),
    ("de", "Die Waffen müssen schweigen, sagte Merz am Mittwoch über den Krieg in der Ukraine."),
    ("de", "Die Koalition schloss am Mittwoch einen Burgfrieden bis zum Haushalt."),
    ("ru", "США и Китай в среду продлили торговое перемирие на 90 дней."),
    ("ru", "Дипломаты в среду вспомнили соглашение о прекращении огня 2015 года."),
    ("en", "Talks on a truce in Sudan resumed in Jeddah on Wednesday."),
    ("en", "Hamas accepted on Wednesday a ceasefire proposal put forward by Egypt."),
    ("en", "We will keep up the pressure until Russia agrees to a full ceasefire, Kallas said on Wednesday."),
    ("fr", "Le Hamas a accepté mercredi la proposition de trêve égyptienne."),
    (
        "fr",
        "« Nous maintiendrons la pression jusqu'à ce que la Russie accepte un cessez-le-feu », a dit "
        "mercredi Kaja Kallas.",
    ),
    ("es", "Mantendremos la presión hasta que Rusia acepte un alto el fuego, dijo el miércoles Kaja Kallas."),
    ("ru", "Переговоры о перемирии в Судане возобновились в среду в Джидде."),
    ("ar", "ناقش وزراء الخارجية العرب الأربعاء في القاهرة سبل التوصل إلى هدنة في غزة."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TRUCES, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_TRUCES)])
def test_a_truce_only_proposed_or_outside_war_is_no_event(extractor: Extractor, lang: str, text: str) -> None:
    assert "ceasefire" not in _categories(extractor, lang, text)


# (lang, text): one appeal event
APPEALS = [
    ("en", "China on Wednesday urged Thailand and Cambodia to resolve their dispute through dialogue."),
    ("en", "The Red Cross renewed its appeal on Wednesday for a humanitarian pause in El Fasher."),
    (
        "en",
        "UN chief Antonio Guterres made an urgent plea on Wednesday to Israel and Hezbollah to halt their "
        "fire.",
    ),
    ("fr", "L'Union africaine a exhorté mercredi l'armée malienne et le FLA à faire preuve de retenue."),
    ("es", "La ONU hizo el miércoles un llamamiento a la calma en Venezuela."),
    ("es", "La Cruz Roja lanzó el miércoles un llamamiento urgente a una tregua humanitaria en Sudán."),
    ("es", "Brasil abogó el miércoles por una salida negociada al conflicto en Ucrania."),
    ("es", "El papa León XIV pidió el miércoles un alto el fuego inmediato en Gaza."),
    ("de", "UN-Generalsekretär Guterres ruft Indien und Pakistan zur Zurückhaltung auf."),
    ("de", "Die EU hat Serbien und das Kosovo am Mittwoch aufgefordert, die Spannungen im Norden abzubauen."),
    ("de", "Die Bundesregierung hat am Mittwoch eine sofortige Waffenruhe im Sudan gefordert."),
    (
        "de",
        "Das Rote Kreuz hat die Armee und die RSF am Mittwoch zu einer humanitären Feuerpause in der Region "
        "Darfur aufgerufen.",
    ),
    ("ar", "ناشد البابا الأربعاء أطراف النزاع في السودان وقف القتال."),
    # a headline's present tense, the subjunctive of one party, the end of the fighting asked for
    ("es", "La ONU pide contención a Israel e Irán"),
    ("es", "La UE urge un alto el fuego en Gaza"),
    ("es", "México llama a la desescalada entre Venezuela y Estados Unidos"),
    ("es", "El Gobierno colombiano pidió el miércoles al ELN que detenga los ataques en el Catatumbo."),
    ("es", "Naciones Unidas reclamó el miércoles el fin de los combates en El Fasher."),
    ("es", "Guterres hizo el miércoles un llamado a las partes para que respeten la tregua en Sudán."),
    ("es", "Brasil solicitó el miércoles una tregua humanitaria en Gaza."),
    ("es", "El Consejo de Seguridad exhortó el miércoles a las partes a volver a la mesa de negociación."),
    ("de", "Scholz fordert ein Ende der Kämpfe im Sudan"),
    ("de", "Die Bundesregierung dringt auf eine Waffenruhe im Libanon."),
    ("de", "Die EU mahnt eine diplomatische Lösung im Konflikt zwischen Serbien und Kosovo an."),
    ("de", "Die Vereinten Nationen riefen am Mittwoch Israel und die Hamas zur Mäßigung auf."),
    ("de", "Frankreich plädiert für Verhandlungen zwischen Russland und der Ukraine."),
    ("de", "Die Außenministerin bat am Mittwoch Indien und Pakistan um Zurückhaltung."),
    # urged or demanded without "for", a headline's present tense, the appeal as a noun or renewed
    ("en", "U.N. Security Council demands immediate ceasefire in Sudan"),
    ("en", "G7 foreign ministers urge de-escalation between Israel and Iran"),
    ("fr", "Macron plaide pour une désescalade au Proche-Orient"),
    ("fr", "L'UE réclame un cessez-le-feu immédiat à Gaza"),
    ("fr", "Le Qatar appelle Israël et le Hamas à revenir à la table des négociations."),
    ("ru", "Китай выступил за прекращение огня в секторе Газа."),
    ("ar", "جدد الأمين العام للأمم المتحدة الأربعاء دعوته إلى وقف إطلاق النار في غزة."),
]


@pytest.mark.parametrize(("lang", "text"), APPEALS, ids=[f"{c[0]}-{i}" for i, c in enumerate(APPEALS)])
def test_an_appeal_told_by_a_verb_or_a_noun(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == ["appeal"]


# (lang, text): what an appeal asks to stop is no event of its own
REQUESTED = [
    ("es", "La Unión Europea exigió el miércoles a Rusia que cese sus ataques contra civiles."),
    ("ar", "طالبت الجامعة العربية الأربعاء بوقف فوري لإطلاق النار في غزة."),
    ("ar", "طالبت الجامعة العربية الأربعاء بوقف إطلاق النار في غزة."),
    ("ar", "دعوة أممية لوقف القتال في السودان"),
]


@pytest.mark.parametrize(("lang", "text"), REQUESTED, ids=[f"{c[0]}-{i}" for i, c in enumerate(REQUESTED)])
def test_the_act_an_appeal_asks_to_stop_is_no_event(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == ["appeal"]


# (lang, text): calls outside war make no appeal
NOT_APPEALS = [
    ("es", "El líder de la oposición llamó el miércoles al diálogo para aprobar los presupuestos."),
    ("ar", "دعت رابطة الدوري الأربعاء جماهير الناديين إلى التهدئة قبل المباراة."),
    ("de", "Die Gewerkschaft rief am Mittwoch zu einem Warnstreik auf."),
    ("es", "El Gobierno pidió el miércoles calma a los mercados tras la caída de la bolsa."),
    ("ar", "رفضت إسرائيل الأربعاء دعوات وقف إطلاق النار."),
]


@pytest.mark.parametrize(
    ("lang", "text"), NOT_APPEALS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_APPEALS)]
)
def test_a_call_outside_war_is_no_appeal(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == []


# (lang, text): one threat event
THREATS = [
    # "will not go unanswered", "will pay a heavy price"
    ("en", "Iran's foreign minister said on Wednesday that the Israeli strikes would not go unanswered."),
    ("en", "Hamas said on Wednesday that Israel would pay a heavy price for the raid."),
    (
        "fr",
        "Le ministre iranien a affirmé mercredi que les frappes israéliennes ne resteraient pas sans "
        "réponse.",
    ),
    ("es", "El ministro iraní afirmó el miércoles que los ataques israelíes no quedarán sin respuesta."),
    ("de", "Der iranische Außenminister sagte am Mittwoch, die Angriffe würden nicht unbeantwortet bleiben."),
    ("ru", "Глава МИД Ирана заявил в среду, что удары Израиля не останутся без ответа."),
    ("ar", "قال وزير الخارجية الإيراني الأربعاء إن الغارات الإسرائيلية لن تمر دون رد."),
    ("tr", "İran Dışişleri Bakanı çarşamba günü İsrail saldırılarının cevapsız kalmayacağını söyledi."),
    ("tr", "Hamas, İsrail'in bedel ödeyeceğini söyledi."),
    # a vow of revenge, an attack announced for later, an ultimatum told by its terms
    ("en", "Hezbollah vowed on Wednesday to avenge the killing of its commander."),
    ("en", "Iran warned on Wednesday that it would hit Israeli cities if attacked."),
    ("en", "North Korea gave Seoul 48 hours to remove the loudspeakers or face military action."),
    ("fr", "L'Iran promet une riposte dévastatrice à toute attaque israélienne."),
    ("tr", "PKK, Türk askerlerinin intikamını alacaklarını duyurdu."),
    ("tr", "Husiler, İsrail gemilerini hedef alacaklarını açıkladı."),
    # a response promised, targets announced, readiness to strike, consequences warned of
    ("en", "North Korea says it will respond with nuclear force to any provocation."),
    ("en", "Any attack would be met with overwhelming force, Israel's defence minister warned on Wednesday."),
    ("en", "Houthis warn U.S. ships will be targeted in the Red Sea"),
    ("en", "The Kremlin signalled on Wednesday it was ready to strike Western weapons depots in Ukraine."),
    ("en", "Putin warns the West of 'consequences' if long-range missiles are supplied to Kyiv."),
    ("tr", "Husiler, Kızıldeniz'deki ABD gemilerinin hedef alınacağını açıkladı."),
    ("tr", "İran Genelkurmay Başkanı, ABD üslerinin vurulacağı uyarısında bulundu."),
    ("tr", "Maduro, ABD'ye karşı silaha sarılacaklarını söyledi."),
    ("tr", "İran'dan İsrail'e: Karşılığını alırsınız"),
    # a deadline, force brandished, revenge sworn, consequences warned of, a headline's present tense
    ("ar", "أمهلت كوريا الشمالية جارتها الجنوبية 48 ساعة لإزالة مكبرات الصوت."),
    ("ar", "لوح وزير الدفاع الإسرائيلي الأربعاء باستخدام القوة ضد حزب الله."),
    ("ar", "إيران تتوعد برد حاسم على أي هجوم"),
    ("de", "Israel kündigt Vergeltung für Raketenangriffe an"),
    ("de", "Die Huthi schwören Rache für die Luftangriffe auf Hodeida."),
    ("es", "Irán advierte que responderá con contundencia a cualquier ataque"),
    ("es", "Los hutíes prometen venganza tras los bombardeos israelíes"),
    ("fr", "Téhéran met en garde Israël contre toute attaque, promettant des représailles."),
]


@pytest.mark.parametrize(("lang", "text"), THREATS, ids=[f"{c[0]}-{i}" for i, c in enumerate(THREATS)])
def test_a_threat_in_its_many_tellings(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == ["threat"]


# (lang, text): a strike, a sit-in or a lawsuit threatened is no threat of force
NOT_THREATS = [
    ("ru", "Шахтеры в среду пригрозили забастовкой."),
    ("ar", "هدد عمال الموانئ الأربعاء بالإضراب."),
    ("en", "Nurses threatened on Wednesday to walk out over pay."),
    ("tr", "Sendika, hükümeti genel grevle tehdit etti."),
]


@pytest.mark.parametrize(
    ("lang", "text"), NOT_THREATS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_THREATS)]
)
def test_a_labour_threat_is_no_threat_of_force(extractor: Extractor, lang: str, text: str) -> None:
    assert _categories(extractor, lang, text) == []
