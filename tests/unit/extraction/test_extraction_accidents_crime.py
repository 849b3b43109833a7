"""Accidents, crime, trials and politics told with war words (ar, tr, ru): a gas or boiler blast, a
shot fired in a family quarrel, the verdict over an old attack, an electoral "battle", a passed budget
and an aid convoy that "arrives" raise no alertable event; a bomb in the same places still does."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text): no alertable event may come out.
NO_EVENT = [
    # an accidental blast: a gas cylinder, a boiler, a fuel tank, a factory or a mine
    ("ar", "أصيب سبعة أشخاص في انفجار أسطوانة غاز داخل شقة سكنية بمدينة الزرقاء."),
    ("ar", "لقي أربعة عمال حتفهم في انفجار داخل معمل للأسمدة في ريف حمص."),
    ("ar", "مقتل ثلاثة أشخاص إثر انفجار خزان وقود في محطة بمدينة البصرة."),
    ("ru", "В Омске из-за взрыва газового баллона в частном доме погибли два человека."),
    ("ru", "В Кузбассе при взрыве метана на шахте погибли четыре горняка."),
    ("ru", "Взрыв котла в котельной больницы в Кирове унёс жизнь одного человека."),
    ("tr", "Gaziantep'te bir evde meydana gelen doğalgaz patlamasında 2 kişi öldü."),
    ("tr", "Soma'da maden ocağında meydana gelen patlamada 3 işçi hayatını kaybetti."),
    # a shot fired in a quarrel between families or neighbours
    ("ar", "قتل رجل برصاصة إثر شجار بين جارين على موقف سيارة في حي الشعب، وتم توقيف الجاني."),
    ("ar", "أسفر خلاف عشائري على قطعة أرض عن إطلاق نار أدى إلى مقتل شاب في ريف الناصرية."),
    # the verdict over an old attack
    ("ar", "أرجأت المحكمة النطق بالحكم على المتهمين في تفجير مرفأ بيروت إلى الشهر المقبل."),
    ("ru", "Суд приговорил двух организаторов взрыва на Крымском мосту к пожизненному сроку."),
    # an electoral, political or legal battle
    ("ar", "تدخل الأحزاب الكردية معركة انتخابية صعبة في كركوك الشهر المقبل."),
    ("ar", "يخوض المحامون معركة قانونية طويلة لاستعادة أموال المودعين في لبنان."),
    ("ru", "Предвыборная битва за пост мэра Новосибирска обострилась после снятия кандидата."),
    ("tr", "İstanbul'da belediye başkanlığı için seçim savaşı kızıştı."),
    # a budget or a bill "kabul edildi" was passed, nobody was received
    ("tr", "Sağlık Bakanlığı'nın yeni yıl bütçesi Genel Kurul'da oy çokluğuyla kabul edildi."),
    ("tr", "Vergi düzenlemesini içeren kanun teklifi salı günü Meclis'te kabul edildi."),
    # an aid convoy or ship arrives, it does not visit
    ("ar", "وصلت قافلة مساعدات طبية سعودية إلى مدينة عدن تضم أدوية ومستلزمات جراحية."),
    ("ar", "وصلت سفينة محملة بالقمح إلى ميناء بورتسودان قادمة من روسيا."),
]


@pytest.mark.parametrize(("lang", "text"), NO_EVENT)
def test_accidents_crime_trials_and_politics_give_no_alertable_event(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, text, category): the same places and words with a real attack keep the event.
KEPT = [
    ("ar", "قتل خمسة أشخاص في انفجار سيارة مفخخة قرب مصنع للإسمنت في حلب.", "assault"),
    ("ar", "فتح مسلحون النار على حافلة تقل عمالا في محافظة صلاح الدين، ما أسفر عن مقتل أربعة.", "assault"),
    ("ru", "Украинский беспилотник атаковал котельную в Курской области, погиб один человек.", "airstrike"),
    ("tr", "Kerkük'te bir fabrikanın önünde bomba yüklü araçla saldırı düzenlendi, 4 kişi öldü.", "assault"),
    ("ar", "وصل وزير الخارجية التركي إلى بغداد في زيارة رسمية تستمر يومين.", "visit"),
]


@pytest.mark.parametrize(("lang", "text", "category"), KEPT)
def test_real_attacks_and_visits_near_those_words_are_kept(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert category in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]


# (lang, text): a film's, a series' or a game's plot, an exhibition about a siege, an opera about
# Napoleon's war: their gunmen and dead are fiction or history.
FICTION_AND_HISTORY = [
    ("ru", "В прокат вышел боевик о спецназе; по сюжету, герои штурмуют базу террористов и гибнут в бою."),
    ("ru", "Сериал стартует в среду: персонажи сериала отражают атаку боевиков на блокпост."),
    ("ru", "В Туле открылась выставка фотографий о бомбардировках города в годы войны."),
    ("ru", "В Мариинском театре поставили балет, в котором армия Наполеона наступает на Москву."),
    ("ar", "طرحت شركة ناشئة لعبة يخوض فيها اللاعب معارك ضد مسلحين في شوارع حمص."),
    ("ar", "تدور أحداث المسلسل حول جنود يشتبكون مع مسلحين على الحدود."),
    ("tr", "Yeni dizide karakterler, teröristlerin karakola düzenlediği saldırıyı püskürtüyor."),
]


@pytest.mark.parametrize(("lang", "text"), FICTION_AND_HISTORY)
def test_plots_and_past_wars_give_no_alertable_event(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


def test_a_plot_word_without_a_film_or_game_does_not_hide_a_real_fight(extractor: Extractor) -> None:
    # "герои" alone (the defenders praised as heroes) is no plot: the sentence names no film or game
    text = "Российские войска в ночь на среду атаковали позиции ВСУ под Покровском, заявили в Минобороны."
    events = alertable(extractor.extract(doc("Герои обороны: " + text, "ru")).events)
    assert events, "a real fight was dropped"


# (lang, text): hackers who attack servers, firemen who control a fire, a strike drone on show at a
# fair, a motion passed, contraband seized.
NOT_FIGHTS = [
    ("ar", "قال الجيش اللبناني إن وحداته سيطرت على حريق في أحراج عكار."),
    ("ar", "سيطرت فرق الإطفاء على حريق اندلع في مستودع للأخشاب بمدينة طرابلس بعد ساعات."),
    (
        "ru",
        "Сотрудники ФСБ задержали в Казани двух программистов, которые атаковали серверы областной больницы.",
    ),
    ("ru", "На выставке в Абу-Даби военные делегации осмотрели танки и ударные беспилотники."),
    ("tr", "TBMM Genel Kurulu, Türk askerinin Libya'daki görev süresini uzatan tezkereyi kabul etti."),
    ("tr", "Meclis, Milli Savunma Bakanlığı'nın bütçesini kabul etti."),
    ("tr", "Hatay'da askerlerin durdurduğu araçta 40 bin paket kaçak sigara ele geçirildi."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_FIGHTS)
def test_cyber_fire_inquiry_and_fair_give_no_alertable_event(
    extractor: Extractor, lang: str, text: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert events == [], [(e.category, e.evidence.trigger) for e in events]


# (lang, text, category): the same words in a real fight keep the event.
FIGHTS_KEPT = [
    ("tr", "Rusya Dışişleri Bakanı, Ankara'da Cumhurbaşkanı tarafından kabul edildi.", "visit"),
    ("ru", "Армия ночью нанесла удар ударными беспилотниками по подстанции в Сумах.", "airstrike"),
    ("ru", "Ударные беспилотники атаковали нефтебазу в Брянской области, сообщил губернатор.", "airstrike"),
    ("ar", "أعلن الجيش السوداني أنه سيطر على مدينة بارا في شمال كردفان.", "capture"),
]


@pytest.mark.parametrize(("lang", "text", "category"), FIGHTS_KEPT)
def test_real_fights_with_those_words_are_kept(
    extractor: Extractor, lang: str, text: str, category: str
) -> None:
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert category in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]
