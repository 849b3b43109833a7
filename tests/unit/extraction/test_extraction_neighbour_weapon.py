"""A bare "attack" retells the fight its own sentence tells in precise words, in every language: after
an air raid on Nyala, "clashes broke out near Babanusa ... the attack killed dozens" is one clash, not
a second air raid borrowed from the sentence before. Near miss: a weapon named in the attack's own
sentence still makes it a strike of its own."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor

PUBLISHED = "2026-11-21T09:00:00"  # a Saturday

# (lang, text): an air raid at one town, then clashes at another retold as "the attack"
CLASH_RETOLD_AS_ATTACK = [
    (
        "en",
        "Sudanese warplanes struck Rapid Support Forces positions in Nyala on Friday, local sources said. "
        "In West Kordofan, fierce clashes broke out on Friday between the army and the Rapid Support "
        "Forces near Babanusa, and military sources said the attack killed dozens on both sides.",
    ),
    (
        "fr",
        "Des avions de l'armée soudanaise ont frappé vendredi des positions des Forces de soutien rapide "
        "à Nyala, selon des sources locales. Au Kordofan-Occidental, de violents affrontements ont éclaté "
        "vendredi entre l'armée et les FSR près de Babanusa, et des sources militaires ont indiqué que "
        "l'attaque avait fait des dizaines de morts.",
    ),
    (
        "es",
        "Aviones del ejército sudanés bombardearon el viernes posiciones de las Fuerzas de Apoyo Rápido "
        "en Nyala, según fuentes locales. En Kordofán Occidental, estallaron el viernes intensos combates "
        "entre el ejército y las FAR cerca de Babanusa, y fuentes militares dijeron que el ataque dejó "
        "decenas de muertos.",
    ),
    (
        "de",
        "Sudanesische Kampfflugzeuge haben am Freitag Stellungen der RSF-Miliz in Nyala bombardiert, "
        "berichteten örtliche Quellen. In West-Kordofan kam es am Freitag bei Babanusa zu heftigen Gefechten "
        "zwischen der Armee und der RSF-Miliz, und Militärkreise sagten, der Angriff habe Dutzende Tote "
        "gefordert.",
    ),
    (
        "tr",
        "Sudan savaş uçakları cuma günü Nyala'da Hızlı Destek Kuvvetleri mevzilerini vurdu. Batı Kordofan'da "
        "ise cuma günü Babanusa yakınlarında ordu ile HDK arasında şiddetli çatışmalar çıktı ve askeri "
        "kaynaklar saldırıda onlarca kişinin öldüğünü söyledi.",
    ),
    (
        "ru",
        "Суданская военная авиация в пятницу нанесла удары по позициям Сил быстрого реагирования в Ньяле. "
        "В Западном Кордофане в пятницу вспыхнули ожесточённые столкновения между армией и СБР у Бабанусы, "
        "и военные источники сообщили, что нападение унесло жизни десятков человек.",
    ),
    (
        "ar",
        "شن الطيران الحربي السوداني يوم الجمعة غارات على مواقع لقوات الدعم السريع في مدينة نيالا، وفق "
        "مصادر محلية. وفي ولاية غرب كردفان، اندلعت الجمعة اشتباكات عنيفة بين الجيش وقوات الدعم السريع في "
        "محيط مدينة بابنوسة، وقالت مصادر عسكرية إن الهجوم أسفر عن مقتل العشرات من الجانبين.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), CLASH_RETOLD_AS_ATTACK, ids=[c[0] for c in CLASH_RETOLD_AS_ATTACK])
def test_a_bare_attack_retells_the_clash_of_its_sentence(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert sorted(e.category for e in events) == ["airstrike", "clash"]


# (lang, text): a weapon named in the attack's own sentence still makes it a strike of its own
WEAPON_IN_ITS_OWN_SENTENCE = [
    (
        "ar",
        "اندلعت الجمعة اشتباكات عنيفة بين الجيش وقوات الدعم السريع في محيط مدينة بابنوسة، وأسفر "
        "هجوم بطائرة مسيرة على مدينة الأبيض عن مقتل خمسة مدنيين.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text"), WEAPON_IN_ITS_OWN_SENTENCE, ids=[c[0] for c in WEAPON_IN_ITS_OWN_SENTENCE]
)
def test_a_weapon_in_its_own_sentence_counts(extractor: Extractor, lang: str, text: str) -> None:
    events = alertable(extractor.extract(doc(text, lang, PUBLISHED)).events)
    assert "airstrike" in {e.category for e in events}
