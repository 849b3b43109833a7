"""A leader telling his own call or visit, a second act after "and said", a source naming the act
one sentence late (core/own_account.py, back_reference; table-driven)."""

from __future__ import annotations

from datetime import date

import pytest

from vigie_extractor.core.factuality import FactualityDataError, classify_factuality, parse_cues

PUBLISHED = date(2026, 11, 25)


def _classify(lang: str, sentence: str, trigger: str, before: str = "Intro. ") -> str:
    text = before + sentence + " Outro."
    start = len(before)
    t_start = text.index(trigger, start)
    return classify_factuality(
        text, start, start + len(sentence), t_start, t_start + len(trigger), lang, None, PUBLISHED
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger", "expected"),
    [
        # the author of a call, visit or meeting tells it: his act, stated
        (
            "en",
            "The president said on Monday he had held a phone call with the emir.",
            "phone call",
            "asserted",
        ),
        (
            "en",
            "The chancellor said she had spoken with the Polish premier about the border.",
            "spoken",
            "asserted",
        ),
        ("en", "The premier arrived in Hanoi on Friday, he said in a post on X.", "arrived", "asserted"),
        ("en", "Chancellor Scholz spoke by phone with Xi on Monday, Scholz said on X.", "spoke", "asserted"),
        ("en", "President Lula met Pope Leo in Rome, Lula wrote on social media.", "met", "asserted"),
        # someone else tells it: reported
        ("en", "Xi Jinping held a phone call with the emir, state media reported.", "phone call", "reported"),
        ("en", "The Kremlin said Putin had spoken with the Turkish leader.", "spoken", "reported"),
        ("en", "The premier arrived in Hanoi on Friday, the foreign ministry said.", "arrived", "reported"),
        ("en", "Scholz met Xi in Beijing, a German government spokesman said.", "met", "reported"),
        # a fight is no own act: the army telling its own strike is reported (guidelines)
        ("en", "The army struck a depot near the border, it said in a statement.", "struck", "reported"),
        ("en", "The army said it had struck a depot near the border.", "struck", "reported"),
    ],
)
def test_a_leader_telling_his_own_call_or_visit_states_it(
    lang: str, sentence: str, trigger: str, expected: str
) -> None:
    assert _classify(lang, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("lang", "sentence", "trigger", "expected"),
    [
        # "and said": a second act of the same subject, not a source of the first
        (
            "en",
            "The foreign minister met his counterpart in Ankara and said ties were improving.",
            "met",
            "asserted",
        ),
        ("en", "Troops shelled the village and later said the area was cleared.", "shelled", "asserted"),
        (
            "en",
            "Protesters marched to parliament and also told reporters they would return.",
            "marched",
            "asserted",
        ),
        # a source of its own after the act still reports it
        (
            "en",
            "Troops shelled the village, and officials said two people were killed.",
            "shelled",
            "reported",
        ),
        ("en", "Troops shelled the village, the governor said.", "shelled", "reported"),
        ("en", "Kyiv and Moscow said their forces had repelled attacks overnight.", "repelled", "reported"),
    ],
)
def test_a_verb_of_saying_after_and_is_a_second_act(
    lang: str, sentence: str, trigger: str, expected: str
) -> None:
    assert _classify(lang, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("lang", "lead", "trigger", "expected"),
    [
        (
            "en",
            "Rebels seized the town on Monday. The group announced the capture in a video.",
            "seized",
            "reported",
        ),
        (
            "en",
            "Gunmen stormed a checkpoint overnight. Police confirmed the attack on Tuesday.",
            "stormed",
            "reported",
        ),
        ("en", "Jets bombed a depot. The militia's spokesman acknowledged the strike.", "bombed", "reported"),
        # a second sentence telling a fact of its own leaves the first in the outlet's voice
        ("en", "Rebels seized the town on Monday. The army announced a curfew.", "seized", "asserted"),
        ("en", "Gunmen stormed a checkpoint. Police said two officers were wounded.", "stormed", "asserted"),
    ],
)
def test_a_second_sentence_naming_the_act_as_its_news_attributes_the_first(
    lang: str, lead: str, trigger: str, expected: str
) -> None:
    text = "Headline words\n\n" + lead
    start = len("Headline words\n\n")
    end = text.index(".", start) + 1
    t_start = text.index(trigger, start)
    got = classify_factuality(text, start, end, t_start, t_start + len(trigger), lang, None, PUBLISHED)
    assert got == expected


def _cues(**extra: object) -> dict[str, object]:
    base: dict[str, object] = {
        "clause_punct": "[,;]",
        "after_window": 30,
        "negated": {"before": ["denied"]},
        "hypothetical": {"before": ["if"]},
        "future": {"before": ["will"]},
    }
    base.update(extra)
    return base


@pytest.mark.parametrize("key", ["own_acts", "own_speakers", "speech_coordinators"])
def test_own_account_cue_lists_are_validated(key: str) -> None:
    with pytest.raises(FactualityDataError, match=f"{key}: expected a list of non-empty strings"):
        parse_cues(_cues(**{key: "said"}), "xx")
    with pytest.raises(FactualityDataError, match=f"{key}: bad regular expression"):
        parse_cues(_cues(**{key: ["(unclosed"]}), "xx")


def test_without_own_account_cues_every_verb_of_saying_reports() -> None:
    cues = parse_cues(_cues(speech=["said"]), "xx")
    assert cues.own_account is not None
    assert cues.own_account.own_acts is None and cues.own_account.coordinators is None
