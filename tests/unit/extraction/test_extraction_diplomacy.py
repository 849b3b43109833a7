"""Meetings, visits, military aid, mobilisation and protests in the ways wire copy tells them, in the
seven languages: talks held with a day between verb and noun, German verbs at the end of the clause
and separable particles, passive deliveries, money for arms, call-ups of conscripts, crowds that march
or gather before an embassy; and their look-alikes: business delegations, cancelled trips, police
sent to a match, a union's "day of mobilisation", a football "summit"."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

# (lang, text, category that must be found, asserted or reported)
FOUND = [
    # meetings
    (
        "de",
        "Die Verteidigungsminister der EU haben am Mittwoch in Brüssel über neue Munitionskäufe beraten.",
        "meeting",
    ),
    (
        "de",
        "Vertreter Serbiens und des Kosovo haben am Freitag in Brüssel Gespräche geführt.",
        "meeting",
    ),
    (
        "de",
        "Der UN-Sicherheitsrat ist am Dienstag in New York zu einer Sondersitzung zusammengetreten.",
        "meeting",
    ),
    (
        "de",
        "Bundeskanzler Merz traf am Rande des Gipfels in Kopenhagen den polnischen Ministerpräsidenten.",
        "meeting",
    ),
    ("de", "Die Außenminister Chinas und Indiens haben sich am Montag in Kasan getroffen.", "meeting"),
    ("en", "Arab League foreign ministers gathered in Cairo on Sunday for an emergency session.", "meeting"),
    ("en", "The UN Security Council convened in New York on Monday at the request of France.", "meeting"),
    (
        "en",
        "The Indian and Pakistani national security advisers held secret talks in Abu Dhabi on Friday.",
        "meeting",
    ),
    ("en", "G7 finance ministers met in Toronto on Thursday to discuss Russian assets.", "meeting"),
    (
        "es",
        "El canciller colombiano se reunió el viernes en Caracas con el presidente venezolano.",
        "meeting",
    ),
    (
        "es",
        "Los ministros de Defensa de Chile y Perú mantuvieron el jueves una reunión en Santiago.",
        "meeting",
    ),
    ("fr", "Les ministres des Finances du G20 se sont réunis jeudi à Washington.", "meeting"),
    ("de", "Macron und Merz beraten in Paris über die Verteidigung Europas.", "meeting"),
    ("es", "Los presidentes de Chile y Perú sostienen reunión en Lima.", "meeting"),
    ("es", "Reunión de cancilleres de la OEA en Washington.", "meeting"),
    ("es", "Los presidentes del Mercosur celebraron su cumbre en Asunción.", "meeting"),
    ("ar", "بحث وزير الخارجية السعودي مع نظيره العماني في مسقط تطورات المنطقة.", "meeting"),
    # visits
    ("de", "Selenskyj zu Gesprächen in Washington eingetroffen", "visit"),
    ("tr", "Azerbaycan Cumhurbaşkanı Aliyev, salı günü Türkiye'ye geldi.", "visit"),
    ("tr", "Dışişleri Bakanı Fidan, Bağdat'ta temaslarda bulundu.", "visit"),
    ("ru", "В Кремле в понедельник прошли переговоры президентов России и Азербайджана.", "meeting"),
    # military aid
    (
        "en",
        "Two more HIMARS launchers have been delivered to Ukraine, the Pentagon said on Monday.",
        "military_aid",
    ),
    ("fr", "Des obusiers Caesar financés par le Danemark ont été livrés mardi à l'Ukraine.", "military_aid"),
    (
        "fr",
        "La Norvège a versé 300 millions d'euros destinés à l'achat de munitions pour l'Ukraine.",
        "military_aid",
    ),
    (
        "es",
        "Los primeros tanques Leopard donados por España fueron entregados el lunes a Ucrania.",
        "military_aid",
    ),
    ("ru", "На Украину поставлены первые французские истребители Mirage, сообщил Киев.", "military_aid"),
    ("de", "Das Kabinett hat am Mittwoch weitere Rüstungshilfen für die Ukraine gebilligt.", "military_aid"),
    (
        "de",
        "Schweden stellt 200 Millionen Euro für den Kauf von Artilleriemunition für die Ukraine bereit.",
        "military_aid",
    ),
    ("de", "Die Ukraine hat weitere Schützenpanzer vom Typ Marder aus Deutschland erhalten.", "military_aid"),
    ("de", "Deutschland liefert der Ukraine zwei weitere Luftverteidigungssysteme.", "military_aid"),
    ("de", "Pistorius sagt Kiew zwei weitere Iris-T-Systeme zu.", "military_aid"),
    ("ar", "تعهدت فرنسا، يوم الخميس، بتقديم منظومتي دفاع جوي إضافيتين لأوكرانيا.", "military_aid"),
    ("fr", "L'Allemagne débloque une aide de 500 millions d'euros pour l'armement de Kiev.", "military_aid"),
    ("de", "Frankreich überlässt der Ukraine weitere Mirage-Kampfjets.", "military_aid"),
    ("de", "Norwegen finanziert Luftabwehr für die Ukraine.", "military_aid"),
    ("fr", "La Belgique cède des F-16 à l'Ukraine.", "military_aid"),
    ("fr", "Le Danemark finance la production de canons Caesar pour l'Ukraine.", "military_aid"),
    ("fr", "L'UE mobilise 1,5 milliard d'euros pour armer l'Ukraine.", "military_aid"),
    # mobilisation
    (
        "fr",
        "Le président kazakh a signé un décret appelant sous les drapeaux 40 000 jeunes hommes.",
        "mobilisation",
    ),
    ("de", "Die russische Armee hat am Montag eine neue Einberufungswelle gestartet.", "mobilisation"),
    ("de", "Belarus zieht nach Angaben Litauens Truppen an der gemeinsamen Grenze zusammen.", "mobilisation"),
    ("es", "El Ejército de Israel convocó este domingo a 30.000 reservistas.", "mobilisation"),
    (
        "ru",
        "Белоруссия перебросила к границе с Польшей дополнительные войска, сообщил Минск.",
        "mobilisation",
    ),
    ("tr", "Azerbaycan'da yedek askerler askeri eğitime çağrıldı.", "mobilisation"),
    ("tr", "Türk Silahlı Kuvvetleri, Irak sınırındaki birliklere tank takviyesi yaptı.", "mobilisation"),
    ("de", "Moskau beruft 160.000 Rekruten ein.", "mobilisation"),
    ("ru", "Минобороны объявило о призыве 150 тысяч человек на срочную службу.", "mobilisation"),
    # protests
    (
        "de",
        "In Belgrad sind am Samstag Zehntausende Menschen gegen die Regierung auf die Straße gegangen.",
        "protest",
    ),
    (
        "de",
        "Bei einer Großdemonstration in Bratislava forderten Tausende den Rücktritt der Regierung.",
        "protest",
    ),
    ("de", "Hunderte Menschen hielten vor dem Parlament in Tiflis eine Mahnwache ab.", "protest"),
    ("fr", "Des centaines d'étudiants se sont rassemblés lundi devant le ministère à Rabat.", "protest"),
    (
        "fr",
        "Des milliers de personnes ont défilé dimanche à Lomé contre la réforme constitutionnelle.",
        "protest",
    ),
    ("fr", "Des milliers de Togolais dans la rue contre la réforme constitutionnelle", "protest"),
    ("de", "Zehntausende zogen am Sonntag durch die Innenstadt von Belgrad.", "protest"),
    ("ru", "В Ереване в субботу прошло шествие оппозиции.", "protest"),
    ("ru", "Пикеты у здания парламента в Бишкеке продолжились во вторник.", "protest"),
    ("tr", "Ankara'da binlerce öğrenci cumartesi günü Kızılay'a yürüdü.", "protest"),
]

# (lang, text, category that must not be found as an alertable event)
NOT_FOUND = [
    # a business delegation's trip is no visit
    ("en", "A delegation of German car executives visited Beijing on Monday.", "visit"),
    ("es", "Una delegación de empresarios españoles visitó Rabat el martes.", "visit"),
    ("fr", "Une délégation d'hommes d'affaires turcs a visité Dakar mardi.", "visit"),
    ("de", "Eine Wirtschaftsdelegation aus Sachsen hat am Montag Hanoi besucht.", "visit"),
    ("ar", "زار وفد من رجال الأعمال الأتراك، يوم الاثنين، العاصمة القطرية الدوحة.", "visit"),
    ("tr", "Alman iş insanlarından oluşan bir heyet, salı günü Bursa'yı ziyaret etti.", "visit"),
    ("ru", "Делегация турецких предпринимателей во вторник посетила Новосибирск.", "visit"),
    # a cancelled or postponed trip did not happen
    ("en", "The Japanese prime minister cancelled a visit to Seoul on Monday.", "visit"),
    ("fr", "Le président tunisien a annulé sa visite à Rome prévue jeudi.", "visit"),
    ("es", "El presidente argentino canceló su visita a Madrid el lunes.", "visit"),
    ("ar", "ألغى وزير الخارجية المصري زيارته إلى أنقرة يوم الأحد.", "visit"),
    ("ru", "Президент Сербии отменил визит в Москву.", "visit"),
    ("de", "Der Besuch des Kanzlers in Ankara wurde kurzfristig abgesagt.", "visit"),
    ("tr", "Yunanistan Başbakanı Ankara ziyaretini iptal etti.", "visit"),
    # a phone call is no meeting; a domestic trip is no visit; a visit to come is no visit yet
    ("ar", "بحث الرئيس المصري مع نظيره الفرنسي في اتصال هاتفي العلاقات الثنائية.", "meeting"),
    ("en", "The two leaders held phone talks on Monday.", "meeting"),
    ("tr", "Cumhurbaşkanı Erdoğan, salı günü İstanbul'a geldi.", "visit"),
    ("tr", "Rusya Devlet Başkanı Putin, Türkiye'yi ziyaret edecek.", "visit"),
    ("fr", "Les premiers chasseurs suédois sont arrivés en Ukraine.", "visit"),
    ("fr", "L'UE mobilise 1,5 milliard d'euros pour armer l'Ukraine.", "mobilisation"),
    (
        "fr",
        "Naval Group doit livrer ses premiers sous-marins au Brésil, et Dassault livre des Rafale à l'Inde.",
        "military_aid",
    ),
    ("ru", "Президент призвал граждан к спокойствию.", "mobilisation"),
    # police are no army; a union's day of action is no call-up; a football summit is a match
    (
        "de",
        "Die Bundespolizei hat für das Länderspiel Einheiten aus drei Ländern nach Köln verlegt.",
        "mobilisation",
    ),
    ("ar", "نشرت وزارة الداخلية آلاف الجنود من قوات الأمن المركزي حول الملعب.", "mobilisation"),
    ("fr", "Les syndicats appellent à une journée de mobilisation jeudi contre le budget.", "mobilisation"),
    ("ar", "فاز الوداد على الرجاء في مباراة القمة مساء السبت.", "meeting"),
]


@pytest.mark.parametrize("case", FOUND)
def test_the_event_is_found(extractor: Extractor, case: tuple[str, str, str]) -> None:
    lang, text, category = case
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert category in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]


@pytest.mark.parametrize("case", NOT_FOUND)
def test_the_look_alike_is_no_event(extractor: Extractor, case: tuple[str, str, str]) -> None:
    lang, text, category = case
    events = alertable(extractor.extract(doc(text, lang)).events)
    assert category not in {e.category for e in events}, [(e.category, e.evidence.trigger) for e in events]


# "sich ... getroffen" is a meeting, never a hit: the fight blocker spares the meeting's own trigger
SICH_GETROFFEN = [
    "Die Außenminister der USA und Russlands haben sich am Samstag in Genf zu einem Gespräch getroffen.",
    "Die beiden Präsidenten hatten sich zuletzt im Sommer in Alaska getroffen.",
]


@pytest.mark.parametrize("text", SICH_GETROFFEN)
def test_sich_getroffen_is_no_hit(extractor: Extractor, text: str) -> None:
    categories = {e.category for e in alertable(extractor.extract(doc(text, "de")).events)}
    assert not categories & {"assault", "clash", "airstrike", "missile_strike", "shelling"}


def test_sich_getroffen_in_a_main_clause_is_a_meeting(extractor: Extractor) -> None:
    events = alertable(extractor.extract(doc(SICH_GETROFFEN[0], "de")).events)
    assert [e.category for e in events] == ["meeting"]
