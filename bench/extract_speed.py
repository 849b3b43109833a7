"""Benchmark: articles per second through the extraction core on one core, and peak memory.

Articles are generated from templates written for this benchmark (seven languages, conflict,
diplomacy, sport, business and filler sentences, random actors, places and days), as short items
(headline + lead, ~300 characters) and long ones (~3,000 characters). Not a test.

Each set is coded ``--repeat`` times and the best pass is reported: on a shared machine the other
passes measure the neighbours too. The load average before and after is printed: quote it with the
figures. The rate per second of this process's CPU time is printed too: it is the steadier figure
when the machine is shared.

    .venv/bin/python bench/extract_speed.py [--articles 700] [--seed 7] [--repeat 3] [--profile 30]

``--profile N`` codes the last set (the densest) once more under ``cProfile`` after the timed passes
and prints its N functions of highest own time: where to look next (the profiler slows every Python
call, so its times are not the rates above).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import random
import resource
import time
from datetime import UTC, datetime

from vigie_extractor.core import Document, Extractor

# {A}, {B}: actors; {P}: a place; {D}: a day; {N}: a number.
# Each language: (headlines, event sentences, filler).
TEMPLATES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "en": (
        ["{A} launches offensive near {P}", "{A} and {B} leaders speak by phone", "Airstrikes hit {P}"],
        [
            "{A} forces launched a ground offensive near {P} on {D}, officials said.",
            "Missile strikes hit {P} overnight, killing at least four civilians.",
            "The leaders of {A} and {B} held a phone call on {D} to discuss the crisis.",
            "{A} imposed new sanctions on {B} after weeks of tension.",
            "Rebels took control of {P} after two days of heavy fighting.",
            "{A} threatened to strike {B} if the exercises continue.",
            "{A} drones struck an ammunition depot in {P} on {D}, the regional governor said.",
            "At least {N} soldiers were killed when {A} troops shelled positions outside {P}.",
            "{A} accused {B} of violating the ceasefire around {P} late on {D}.",
            "The foreign minister of {A} arrived in {B} on {D} for talks on the crisis.",
            "Thousands of people protested in {P} on {D} against the government of {A}.",
            "{A} said it had sent {N} armoured vehicles to {B} as part of a new aid package.",
            "Fighting between {A} forces and armed groups continued near {P} for a third day.",
            "Police in {P} fired tear gas at protesters who tried to reach the parliament.",
        ],
        [
            "Prices of bread rose again in the capital as the winter began.",
            "The city council approved a new budget for schools and roads.",
            "The striker scored twice as the home side won the derby.",
            "Shares in the company fell after the quarterly results.",
            "Analysts expect the talks to continue next month in Geneva.",
            "The central bank left interest rates unchanged at {N} basis points above inflation.",
            "Heavy rain is expected across the north of the country over the weekend.",
            "The museum reopened on {D} after a renovation that lasted {N} months.",
            "Tourism revenue grew by {N} percent compared with the same period last year.",
            "The opposition party will choose its new leader at a congress in the spring.",
            "A new rail line linking the two largest cities is due to open next year.",
        ],
    ),
    "fr": (
        ["{A} lance une offensive près de {P}", "Entretien téléphonique entre {A} et {B}"],
        [
            "Les forces de {A} ont lancé une offensive terrestre près de {P} {D}, selon l'armée.",
            "Des frappes aériennes ont visé {P} dans la nuit, faisant plusieurs morts.",
            "Les dirigeants de {A} et de {B} se sont entretenus par téléphone {D}.",
            "{A} a imposé de nouvelles sanctions contre {B}.",
            "Les rebelles se sont emparés de {P} après de violents combats.",
            "Des drones de {A} ont frappé un dépôt de munitions à {P} {D}, a indiqué le gouverneur.",
            "Au moins {N} soldats ont été tués dans des bombardements de {A} près de {P}.",
            "{A} a accusé {B} d'avoir violé le cessez-le-feu autour de {P}.",
            "Le ministre des affaires étrangères de {A} est arrivé {D} en visite officielle.",
            "Des milliers de personnes ont manifesté à {P} {D} contre le gouvernement.",
            "Les combats entre l'armée et des groupes armés se poursuivaient près de {P}.",
        ],
        [
            "Le prix du pain a encore augmenté dans la capitale.",
            "Le conseil municipal a adopté un budget pour les écoles.",
            "L'attaquant a marqué deux buts lors du derby.",
            "Les actions du groupe ont reculé après la publication des résultats.",
            "La banque centrale a maintenu ses taux directeurs inchangés.",
            "De fortes pluies sont attendues dans le nord du pays ce week-end.",
            "Le musée a rouvert ses portes {D} après {N} mois de travaux.",
            "Les recettes du tourisme ont progressé de {N} % sur un an.",
            "Le parti d'opposition désignera son nouveau chef au printemps.",
        ],
    ),
    "es": (
        ["{A} lanza una ofensiva cerca de {P}", "Llamada telefónica entre {A} y {B}"],
        [
            "Las fuerzas de {A} lanzaron una ofensiva cerca de {P} el {D}, según fuentes militares.",
            "Bombardeos aéreos alcanzaron {P} durante la noche.",
            "Los líderes de {A} y {B} mantuvieron una conversación telefónica el {D}.",
            "Los rebeldes tomaron el control de {P} tras intensos combates.",
            "Drones de {A} atacaron un depósito de municiones en {P} el {D}, según el gobernador.",
            "Al menos {N} soldados murieron en bombardeos de {A} cerca de {P}.",
            "{A} acusó a {B} de violar el alto el fuego en torno a {P}.",
            "Miles de personas se manifestaron en {P} el {D} contra el Gobierno.",
            "Los combates entre el ejército y grupos armados continuaban cerca de {P}.",
        ],
        [
            "El precio del pan volvió a subir en la capital.",
            "El delantero marcó dos goles en el derbi.",
            "Las acciones de la empresa cayeron tras los resultados.",
            "El banco central mantuvo sin cambios los tipos de interés.",
            "Se esperan fuertes lluvias en el norte del país durante el fin de semana.",
            "El museo reabrió sus puertas el {D} tras {N} meses de obras.",
            "Los ingresos por turismo crecieron un {N} % en un año.",
        ],
    ),
    "de": (
        ["{A} startet Offensive bei {P}", "Telefonat zwischen {A} und {B}"],
        [
            "Die Streitkräfte von {A} starteten am {D} eine Bodenoffensive bei {P}.",
            "Luftangriffe trafen in der Nacht {P}, mehrere Zivilisten wurden getötet.",
            "Die Regierungschefs von {A} und {B} führten am {D} ein Telefongespräch.",
            "Die Rebellen nahmen {P} nach schweren Kämpfen ein.",
            "Drohnen aus {A} trafen am {D} ein Munitionsdepot in {P}, teilte der Gouverneur mit.",
            "Mindestens {N} Soldaten wurden bei Angriffen von {A} nahe {P} getötet.",
            "{A} warf {B} vor, die Waffenruhe bei {P} gebrochen zu haben.",
            "Tausende Menschen demonstrierten am {D} in {P} gegen die Regierung.",
            "Die Kämpfe zwischen der Armee und bewaffneten Gruppen bei {P} dauerten an.",
        ],
        [
            "Der Brotpreis stieg in der Hauptstadt erneut.",
            "Der Stürmer traf zweimal im Derby.",
            "Die Aktie des Konzerns fiel nach den Quartalszahlen.",
            "Die Zentralbank ließ die Leitzinsen unverändert.",
            "Am Wochenende wird im Norden des Landes starker Regen erwartet.",
            "Das Museum öffnete am {D} nach {N} Monaten Umbau wieder.",
            "Die Einnahmen aus dem Tourismus stiegen um {N} Prozent.",
        ],
    ),
    "ru": (
        ["{A} начала наступление под {P}", "Телефонный разговор лидеров {A} и {B}"],
        [
            "Войска {A} начали наступление под {P} в {D}, сообщили военные.",
            "Ночью по {P} были нанесены авиаудары, есть погибшие.",
            "Лидеры {A} и {B} провели телефонный разговор в {D}.",
            "Боевики захватили {P} после тяжелых боев.",
            "Беспилотники {A} атаковали склад боеприпасов под {P}, сообщил губернатор.",
            "Не менее {N} военных погибли в результате обстрелов со стороны {A}.",
            "Тысячи человек вышли на акцию протеста в {D} против правительства.",
            "Бои между армией и вооруженными группировками под {P} продолжались третий день.",
        ],
        [
            "Цены на хлеб в столице снова выросли.",
            "Нападающий забил два гола в дерби.",
            "Акции компании упали после публикации отчета.",
            "Центральный банк сохранил ключевую ставку без изменений.",
            "В выходные на севере страны ожидаются сильные дожди.",
            "Музей открылся после реконструкции, которая длилась {N} месяцев.",
            "Доходы от туризма выросли на {N} процентов за год.",
        ],
    ),
    "tr": (
        ["{A}, {P} yakınlarında taarruz başlattı", "{A} ile {B} telefonda görüştü"],
        [
            "{A} kuvvetleri {D} günü {P} yakınlarında kara harekâtı başlattı.",
            "Gece {P} kentine hava saldırısı düzenlendi, siviller hayatını kaybetti.",
            "{A} ve {B} liderleri {D} günü telefonda görüştü.",
            "Muhalifler şiddetli çatışmaların ardından {P} kentini ele geçirdi.",
            "{A} insansız hava araçları {D} günü {P} yakınlarındaki bir cephaneliği vurdu, vali açıkladı.",
            "{A} topçu saldırısında en az {N} asker hayatını kaybetti.",
            "{A}, {B} tarafını {P} çevresinde ateşkesi ihlal etmekle suçladı.",
            "Binlerce kişi {D} günü {P} kentinde hükümeti protesto etti.",
        ],
        [
            "Başkentte ekmek fiyatları yeniden arttı.",
            "Forvet derbide iki gol attı.",
            "Şirketin hisseleri bilanço sonrası düştü.",
            "Merkez Bankası politika faizini sabit tuttu.",
            "Hafta sonu ülkenin kuzeyinde kuvvetli yağış bekleniyor.",
            "Müze {N} ay süren restorasyonun ardından {D} günü yeniden açıldı.",
            "Turizm gelirleri geçen yıla göre yüzde {N} arttı.",
        ],
    ),
    "ar": (
        ["{A} تشن هجوما قرب {P}", "اتصال هاتفي بين {A} و{B}"],
        [
            "شنت قوات {A} هجوما بريا قرب {P} يوم {D} بحسب مصادر عسكرية.",
            "استهدفت غارات جوية {P} خلال الليل ما أسفر عن سقوط قتلى.",
            "أجرى زعيما {A} و{B} اتصالا هاتفيا يوم {D}.",
            "سيطرت الفصائل المسلحة على {P} بعد معارك عنيفة.",
            "استهدفت طائرات مسيرة تابعة لـ{A} مستودع ذخيرة في {P} يوم {D} بحسب المحافظ.",
            "قتل {N} جنود على الأقل في قصف شنته قوات {A} قرب {P}.",
            "اتهمت {A} {B} بخرق وقف إطلاق النار حول {P}.",
            "تظاهر آلاف الأشخاص في {P} يوم {D} ضد الحكومة.",
        ],
        [
            "ارتفعت أسعار الخبز مجددا في العاصمة.",
            "سجل المهاجم هدفين في المباراة.",
            "تراجعت أسهم الشركة بعد إعلان النتائج.",
            "أبقى البنك المركزي أسعار الفائدة دون تغيير.",
            "يتوقع هطول أمطار غزيرة في شمال البلاد خلال عطلة نهاية الأسبوع.",
            "أعيد افتتاح المتحف يوم {D} بعد أعمال ترميم استمرت {N} شهرا.",
            "ارتفعت عائدات السياحة بنسبة {N} في المئة خلال عام.",
        ],
    ),
}
ACTORS = {
    "en": ["Russia", "Ukraine", "Turkey", "Israel", "Sudan", "France"],
    "fr": ["la Russie", "l'Ukraine", "la Turquie", "Israël", "le Soudan", "la France"],
    "es": ["Rusia", "Ucrania", "Turquía", "Israel", "Sudán", "Francia"],
    "de": ["Russland", "der Ukraine", "der Türkei", "Israel", "Sudan", "Frankreich"],
    "ru": ["России", "Украины", "Турции", "Израиля", "Судана", "Франции"],
    "tr": ["Rusya", "Ukrayna", "Türkiye", "İsrail", "Sudan", "Fransa"],
    "ar": ["روسيا", "أوكرانيا", "تركيا", "إسرائيل", "السودان", "فرنسا"],
}
PLACES = {
    "en": ["Kharkiv", "Aleppo", "Khartoum", "Gaza", "Idlib"],
    "fr": ["Kharkiv", "Alep", "Khartoum", "Gaza", "Idlib"],
    "es": ["Járkov", "Alepo", "Jartum", "Gaza", "Idlib"],
    "de": ["Charkiw", "Aleppo", "Khartum", "Gaza", "Idlib"],
    "ru": ["Харьковом", "Алеппо", "Хартумом", "Газой", "Идлибом"],
    "tr": ["Harkiv", "Halep", "Hartum", "Gazze", "İdlib"],
    "ar": ["خاركيف", "حلب", "الخرطوم", "غزة", "إدلب"],
}
DAYS = {
    "en": ["Monday", "Tuesday", "Friday"],
    "fr": ["lundi", "mardi", "vendredi"],
    "es": ["lunes", "martes", "viernes"],
    "de": ["Montag", "Dienstag", "Freitag"],
    "ru": ["понедельник", "вторник", "пятницу"],
    "tr": ["pazartesi", "salı", "cuma"],
    "ar": ["الاثنين", "الثلاثاء", "الجمعة"],
}


def _fill(rng: random.Random, lang: str, template: str) -> str:
    a, b = rng.sample(ACTORS[lang], 2)
    place, day = rng.choice(PLACES[lang]), rng.choice(DAYS[lang])
    return template.format(A=a, B=b, P=place, D=day, N=rng.randint(2, 90))


def make_article(rng: random.Random, lang: str, n: int, target_chars: int, event_share: float) -> Document:
    """One article of about ``target_chars`` characters: a headline and paragraphs of three
    sentences, ``event_share`` of which report an event (the others are background). A template
    comes back only once its pool is used up, as a real article does not repeat itself."""
    headlines, events, filler = TEMPLATES[lang]
    title = _fill(rng, lang, rng.choice(headlines))
    parts: list[str] = []
    size = 0
    decks: dict[int, list[str]] = {}  # each pool dealt from a shuffled deck: no sentence twice in a row
    while size < target_chars:
        pool = events if rng.random() < event_share else filler
        deck = decks.setdefault(id(pool), [])
        if not deck:
            deck.extend(rng.sample(pool, len(pool)))
        sentence = _fill(rng, lang, deck.pop())
        parts.append(sentence)
        size += len(sentence) + 1
    paragraphs = [" ".join(parts[i : i + 3]) for i in range(0, len(parts), 3)]
    published = datetime(2026, 11, 18, 12, tzinfo=UTC)
    return Document(
        doc_id=f"{lang}-{n}", text="\n".join(paragraphs), title=title, lang=lang, published=published
    )


def measure(extractor: Extractor, docs: list[Document], repeat: int = 1) -> tuple[float, int]:
    """(articles per second in the best of ``repeat`` passes, events found) over ``docs``,
    single-threaded."""
    rate, _, events = measure_both(extractor, docs, repeat)
    return rate, events


def measure_both(extractor: Extractor, docs: list[Document], repeat: int = 1) -> tuple[float, float, int]:
    """(best wall-clock rate, best CPU-time rate, events found): the CPU-time rate counts only this
    process's own time, so it moves less when neighbours load the machine."""
    best, best_cpu, events = 0.0, 0.0, 0
    for _ in range(max(1, repeat)):
        start, cpu = time.perf_counter(), time.process_time()
        events = sum(len(extractor.extract(d).events) for d in docs)
        best = max(best, len(docs) / (time.perf_counter() - start))
        best_cpu = max(best_cpu, len(docs) / max(time.process_time() - cpu, 1e-9))
    return best, best_cpu, events


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=700, help="articles per size (spread over languages)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=3, help="passes per set; the best one is reported")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="then print the N top functions of the last set"
    )
    args = parser.parse_args()
    print(f"load average before (1, 5, 15 min): {_load()}")
    rng = random.Random(args.seed)
    langs = sorted(TEMPLATES)
    t0 = time.perf_counter()
    extractor = Extractor.load()
    print(f"load: {time.perf_counter() - t0:.2f} s")
    runs = (
        ("short (~300 chars)", 300, 0.5),
        ("long (~3000 chars), 10% event sentences", 3000, 0.1),
        ("long (~3000 chars), 25% event sentences", 3000, 0.25),
    )
    docs: list[Document] = []
    for label, chars, share in runs:
        docs = [make_article(rng, langs[i % len(langs)], i, chars, share) for i in range(args.articles)]
        mean = sum(len(d.analysed_text) for d in docs) / len(docs)
        for d in docs[: len(langs)]:  # warm-up: some tables are read on first use of a language
            extractor.extract(d)
        rate, cpu_rate, events = measure_both(extractor, docs, args.repeat)
        detail = f"{len(docs)} articles, mean {mean:.0f} chars, {events} events"
        print(f"{label}: {rate:.0f} articles/s on one core, {cpu_rate:.0f}/s of CPU time ({detail})")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mb:.0f} MB")
    print(f"load average after (1, 5, 15 min): {_load()}")
    if args.profile > 0:
        print_profile(extractor, docs, args.profile)


def print_profile(extractor: Extractor, docs: list[Document], top: int) -> None:
    """One pass over ``docs`` under ``cProfile``: the ``top`` functions by their own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for d in docs:
        extractor.extract(d)
    profiler.disable()
    print(f"profile of one pass over the last set ({len(docs)} articles), by own time:")
    pstats.Stats(profiler).strip_dirs().sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
