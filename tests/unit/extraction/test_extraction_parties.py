"""The parties of a two-sided event named with a "between" word, when nothing else gives its sides."""

from __future__ import annotations

import re

import pytest
from extraction_helpers import alertable, doc

from vigie_extractor.core import Extractor
from vigie_extractor.core.knowledge.actors import ActorLexicon
from vigie_extractor.core.knowledge.normalise import fold
from vigie_extractor.core.parties import between_parties, parse_party_rules
from vigie_extractor.core.triggers import TriggerDataError

BETWEEN = [
    ("en", "The truce between Armenia and Azerbaijan was broken on Friday, officials said.", "ARM", "AZE"),
    ("fr", "La trêve entre l'Arménie et l'Azerbaïdjan a été rompue vendredi à la frontière.", "ARM", "AZE"),
    ("es", "La tregua entre Armenia y Azerbaiyán se rompió el viernes en la frontera.", "ARM", "AZE"),
    (
        "de",
        "Die Waffenruhe zwischen Armenien und Aserbaidschan ist am Freitag gebrochen worden.",
        "ARM",
        "AZE",
    ),
    ("ar", "خُرقت الهدنة بين أرمينيا وأذربيجان يوم الجمعة على الحدود.", "ARM", "AZE"),
]


@pytest.mark.parametrize(("lang", "text", "source", "target"), BETWEEN)
def test_a_passive_violation_takes_the_parties_named_between(
    extractor: Extractor, lang: str, text: str, source: str, target: str
) -> None:
    (event,) = [
        e for e in alertable(extractor.extract(doc(text, lang)).events) if e.category == "ceasefire_violation"
    ]
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.target.country) == (source, target)


def test_a_list_of_three_is_no_pair_of_parties(extractor: Extractor) -> None:
    text = "The truce between Armenia, Azerbaijan and Georgia was broken on Friday."
    events = [e for e in extractor.extract(doc(text, "en")).events if e.category == "ceasefire_violation"]
    assert all(e.source is None or e.source.country != "ARM" or e.target is None for e in events)


def test_only_the_files_categories_take_parties_from_the_phrase() -> None:
    text = "Talks between Armenia and Azerbaijan resumed."
    folded = fold(text)
    actors = ActorLexicon.load().find(text, "en")
    coordination = re.compile(r"(?<!\w)(?:and|with)(?!\w)")
    pair = between_parties("meeting", "en", folded, (0, 5), actors, coordination)
    assert pair is not None and [a.country for a in pair] == ["ARM", "AZE"]
    # a strike is one-sided: the phrase names places or bystanders, not its parties
    assert between_parties("airstrike", "en", folded, (0, 5), actors, coordination) is None
    assert between_parties("meeting", "xx", folded, (0, 5), actors, coordination) is None


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"categories": "ceasefire"},
        {"categories": ["ceasefire"], "en": {"between": "between"}},
        {"categories": ["ceasefire"], "en": {"before": "(unclosed"}},
        {"categories": ["ceasefire"], "en": {}},
    ],
)
def test_a_bad_parties_file_is_refused(data: object) -> None:
    with pytest.raises(TriggerDataError, match=r"parties\.yaml"):
        parse_party_rules(data)
