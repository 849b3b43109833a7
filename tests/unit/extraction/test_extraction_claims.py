"""Claims of responsibility: the group that claims an attack in its sentence or the next is its
source ("... Al-Shabaab claimed responsibility"); a group blamed or accused by a government is no
claimant."""

from __future__ import annotations

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.arguments import load_argument_knowledge
from vigie_extractor.core.claims import claimant
from vigie_extractor.core.knowledge.normalise import fold

# (lang, text, source country, source role): the attack's own sentence names no attacker
CLAIMED = [
    (
        "en",
        "A car bomb killed four policemen at a checkpoint in Kismayo on Friday. "
        "Al-Shabaab claimed the bombing.",
        "SOM",
        "REB",
    ),
    (
        "fr",
        "Une bombe a tué quatre policiers vendredi à Kismayo, en Somalie. "
        "Les shebab ont revendiqué l'attentat.",
        "SOM",
        "REB",
    ),
    (
        "es",
        "Una bomba mató el viernes a dos soldados junto a un cuartel en Cúcuta. "
        "El ELN se atribuyó el ataque.",
        "COL",
        "REB",
    ),
    (
        "de",
        "Eine Bombe hat am Freitag in Kismayo vier Polizisten getötet. Die Miliz al-Shabaab reklamierte den "
        "Anschlag für sich.",
        "SOM",
        "REB",
    ),
    (
        "ru",
        "В пятницу в Кисмайо при взрыве бомбы погибли четыре полицейских. Ответственность за теракт взяла на "
        "себя группировка «Аш-Шабаб».",
        "SOM",
        "REB",
    ),
    (
        "tr",
        "Şırnak'ta cuma günü bir askeri araca düzenlenen bombalı saldırıda üç asker öldü. "
        "Saldırıyı PKK üstlendi.",
        "TUR",
        "REB",
    ),
    (
        "ar",
        "قتل أربعة من رجال الشرطة يوم الجمعة في انفجار عبوة ناسفة في كيسمايو. وتبنت حركة الشباب الهجوم.",
        "SOM",
        "REB",
    ),
]


@pytest.mark.parametrize(("lang", "text", "country", "role"), CLAIMED)
def test_the_claimant_is_the_source_of_an_attack_that_names_no_attacker(
    extractor: Extractor, lang: str, text: str, country: str, role: str
) -> None:
    events = [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.plover == "ASSAULT"]
    assert events, [(e.category, e.factuality) for e in extractor.extract(doc(text, lang)).events]
    assert all(e.source is not None for e in events)
    assert {(e.source.country, e.source.role) for e in events if e.source} == {(country, role)}


# (lang, sentence, the actor named by the cue or None): claims name their author; accusations,
# blame and "no group claimed" name no claimant
CUES = [
    ("en", "The Pakistani Taliban claimed the attack hours later.", "Tehrik-i-Taliban Pakistan"),
    ("en", "The government blamed the Pakistani Taliban for the attack.", None),
    ("en", "No group has claimed responsibility for the attack in Somalia.", None),
    ("fr", "L'attaque a été revendiquée par les shebab.", "al-Shabaab"),
    ("fr", "Le gouvernement a accusé les talibans pakistanais d'être derrière l'attentat.", None),
    ("es", "El ELN reivindicó el atentado en un comunicado.", "National Liberation Army (Colombia)"),
    ("es", "El gobierno culpó al ELN del ataque.", None),
    ("de", "Zu der Tat bekannten sich die pakistanischen Taliban.", "Tehrik-i-Taliban Pakistan"),
    ("de", "Die Regierung machte die pakistanischen Taliban für den Anschlag verantwortlich.", None),
    ("ru", "Ответственность за нападение взяли на себя пакистанские талибы.", "Tehrik-i-Taliban Pakistan"),
    ("ru", "Власти обвинили в теракте пакистанских талибов.", None),
    ("tr", "Saldırıyı PKK üstlendi.", "Kurdistan Workers' Party"),
    ("tr", "Hükümet saldırıdan PKK'yı sorumlu tuttu.", None),
    ("ar", "وتبنت حركة الشباب الهجوم في بيان.", "al-Shabaab"),
    ("ar", "واتهمت الحكومة حركة الشباب بالوقوف وراء الهجوم.", None),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CUES)
def test_only_a_claim_names_a_claimant(
    extractor: Extractor, lang: str, sentence: str, expected: str | None
) -> None:
    folded = fold(sentence)
    actors = extractor._actors.find(sentence, lang, folded=folded)
    assert actors, sentence  # the counter-examples name a group too: only the verb differs
    cue = load_argument_knowledge().cues[lang].claim
    found = claimant(folded, cue, actors, (0, len(sentence)))
    assert (found.name if found else None) == expected


# an accusation after an attack told in the outlet's voice leaves the attacker unknown
ACCUSED = [
    (
        "ru",
        "Смертник в воскресенье подорвал себя на автовокзале в Кветте, погибли пять человек. Власти "
        "провинции обвинили в теракте пакистанских талибов.",
    ),
    (
        "es",
        "Hombres armados atacaron el domingo una estación de policía en Suárez y mataron a dos agentes. "
        "El gobierno culpó al ELN del ataque.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ACCUSED)
def test_a_group_blamed_for_an_attack_is_not_its_source(extractor: Extractor, lang: str, text: str) -> None:
    events = [e for e in alertable(extractor.extract(doc(text, lang)).events) if e.plover == "ASSAULT"]
    assert events
    assert all(e.source is None or e.source.role != "REB" or e.source.country is None for e in events)
