"""A sentence opening with a subject pronoun ("Elle a également mené des frappes", "Также она нанесла
удары", "Sie hat ... bombardiert") has as source the actor the previous sentence named first; not when
the pronoun is the victim of a passive, governs another clause, or the event noun names its own actor
("tirs de roquettes du Hezbollah")."""

from __future__ import annotations

from typing import Any

import pytest
from extraction_helpers import doc, only_event, side

from vigie_extractor.core import Extractor
from vigie_extractor.core.pronoun_subjects import (
    PronounDataError,
    opens_with_subject_pronoun,
    parse_pronoun_subjects,
)

PUBLISHED = "2026-11-25T09:00:00"

# (lang, text, category, source, target)
PRONOUN_SUBJECT = [
    (
        "en",
        "Israeli troops pushed into Khan Younis on Monday. They later shelled Hamas positions in Rafah.",
        "shelling",
        ("ISR", "MIL"),
        ("PSE", "REB"),
    ),
    (
        "fr",
        "L'armée malienne a repris lundi le contrôle de Léré. Elle a également mené des frappes aériennes "
        "contre des positions jihadistes près de Niono.",
        "airstrike",
        ("MLI", "MIL"),
        ("MLI", "REB"),
    ),
    (
        "de",
        "Die israelische Armee ist am Montag in Chan Junis eingerückt. Sie hat außerdem Stellungen der "
        "Hamas in Rafah bombardiert.",
        "shelling",
        ("ISR", "MIL"),
        ("PSE", "REB"),
    ),
    (
        "ru",
        "Российская армия в понедельник заняла село Андреевка. Также она нанесла удары беспилотниками "
        "по Харькову.",
        "airstrike",
        ("RUS", "MIL"),
        ("UKR", "CVL"),
    ),
    (
        "es",
        "Las tropas rusas tomaron el lunes la aldea de Andriivka. Además, ellas lanzaron drones "
        "contra Járkov.",
        "airstrike",
        ("RUS", "MIL"),
        ("UKR", "CVL"),
    ),
]


@pytest.mark.parametrize("case", PRONOUN_SUBJECT, ids=[c[0] for c in PRONOUN_SUBJECT])
def test_a_subject_pronoun_stands_for_the_actor_named_before(
    extractor: Extractor, case: tuple[Any, ...]
) -> None:
    lang, text, category, source, target = case
    event = only_event(extractor.extract(doc(text, lang, PUBLISHED)).events, category)
    assert (side(event.source), side(event.target)) == (source, target)


# (lang, folded sentence, its trigger's offset, expected)
OPENINGS = [
    ("en", "they later shelled the outskirts", 13, True),
    ("en", "he was wounded in a drone strike", 26, False),  # the pronoun is the victim
    ("en", "it struck the port", 3, False),  # no expletive "it"
    ("fr", "elle a egalement mene des frappes", 26, True),
    ("fr", "il a ete blesse dans une frappe", 25, False),
    ("fr", "il y a eu des frappes", 14, False),
    ("fr", "selon elle, des frappes ont vise", 16, False),  # "selon elle," is no subject
    ("es", "ellos bombardearon la aldea", 6, True),
    ("es", "el ejercito bombardeo la aldea", 12, False),  # "el" is the article
    ("de", "sie hat stellungen bombardiert", 19, True),
    ("de", "er wurde bei einem angriff verletzt", 19, False),
    ("ru", "также они обстреляли шебекино", 10, True),
    ("ru", "он был ранен при обстреле", 17, False),
    ("tr", "onlar ayrica koyu bombaladi", 19, True),
    ("tr", "o bolgede saldiri oldu", 10, False),  # "o" is the demonstrative too
    ("ar", "هي شنت غارات", 3, True),
    ("ar", "هي تعرضت لغارات", 9, False),
]


@pytest.mark.parametrize("case", OPENINGS, ids=[f"{c[0]}-{c[1]}" for c in OPENINGS])
def test_an_opening_subject_pronoun_is_found(case: tuple[str, str, int, bool]) -> None:
    lang, sentence, trigger, expected = case
    assert opens_with_subject_pronoun(sentence, 0, trigger, lang) is expected


# (lang, text, category, source country the pronoun must not replace)
KEPT = [
    (
        "fr",
        "Une frappe de drone israélienne a visé mercredi une voiture à Tyr. Elle intervient trois jours "
        "après des tirs de roquettes du Hezbollah sur le nord d'Israël.",
        "missile_strike",
        "ISR",
    ),
]


@pytest.mark.parametrize("case", KEPT, ids=[c[0] for c in KEPT])
def test_an_event_noun_keeps_its_own_actor(extractor: Extractor, case: tuple[str, str, str, str]) -> None:
    lang, text, category, country = case
    events = [e for e in extractor.extract(doc(text, lang, PUBLISHED)).events if e.category == category]
    assert events and all(side(e.source)[0] != country for e in events)


@pytest.mark.parametrize(
    "raw",
    [
        {"en": {"pronouns": ["he"], "passive": ["was"]}},
        {lang: {"pronouns": [], "passive": ["x"]} for lang in ("en", "fr", "es", "de", "ar", "tr", "ru")},
        {lang: {"pronouns": ["x"]} for lang in ("en", "fr", "es", "de", "ar", "tr", "ru")},
    ],
)
def test_a_bad_entry_is_refused(raw: dict[str, Any]) -> None:
    with pytest.raises(PronounDataError):
        parse_pronoun_subjects(raw)
