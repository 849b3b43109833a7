"""Scoring functions of vigie_extractor.evaluation on small hand-made gold/predicted pairs."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from vigie.contracts import Actor, Event, Evidence, Location
from vigie_extractor.evaluation import (
    PRF,
    Gold,
    GoldEvent,
    LabelledItem,
    PredictedEvent,
    evaluate,
    match_events,
    place_matches,
    place_name_matches,
    score,
)

PUB = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)


def item(item_id: str, events: list[GoldEvent], lang: str = "en", trap: str | None = None) -> LabelledItem:
    return LabelledItem.model_validate(
        {
            "id": item_id,
            "lang": lang,
            "published": PUB,
            "title": "t",
            "text": "body of " + item_id,
            "gold": {"events": [e.model_dump() for e in events], "negative": not events, "trap": trap},
        }
    )


CALL = GoldEvent(
    category="phone_call",
    plover="CONSULT",
    source_country="TUR",
    source_role="GOV",
    target_country="RUS",
    target_role="GOV",
    date=date(2026, 11, 17),
)
STRIKE = GoldEvent(
    category="airstrike",
    plover="FIGHT",
    source_country="RUS",
    source_role="MIL",
    target_country="UKR",
    place="Kharkiv",
    place_country="UKR",
    date=date(2026, 11, 17),
    factuality="reported",
)


def test_prf_figures_and_undefined_values() -> None:
    prf = PRF(tp=3, fp=1, fn=2)
    assert prf.precision == 0.75
    assert prf.recall == 0.6
    assert prf.f1 == pytest.approx(6 / 9)
    empty = PRF()
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    assert PRF(fn=2).f1 == 0.0


def test_matching_is_one_to_one_by_category_and_prefers_agreeing_prediction() -> None:
    wrong = PredictedEvent(category="airstrike", source_country="ISR", target_country="LBN")
    right = PredictedEvent(category="airstrike", source_country="RUS", target_country="UKR")
    other = PredictedEvent(category="capture")
    matched, missed, spurious = match_events([STRIKE, CALL], [wrong, right, other])
    assert matched == [(STRIKE, right)]
    assert missed == [CALL]
    assert spurious == [wrong, other]


def test_two_gold_events_of_one_category_need_two_predictions() -> None:
    pred = [PredictedEvent(category="airstrike")]
    matched, missed, spurious = match_events([STRIKE, STRIKE], pred)
    assert len(matched) == 1
    assert missed == [STRIKE]
    assert spurious == []


def test_place_name_match_ignores_case_accents_and_punctuation() -> None:
    gold = GoldEvent(category="capture", plover="FIGHT", place="Bakhmut", place_country="UKR")
    assert place_name_matches(gold, PredictedEvent(category="capture", place_text="BAKHMUT"))
    gold_fr = GoldEvent(category="visit", plover="CONSULT", place="Nouakchott", place_country="MRT")
    assert place_name_matches(gold_fr, PredictedEvent(category="visit", place_name="Nouâkchott"))
    other_city = PredictedEvent(category="capture", place_name="Avdiivka", place_country="UKR")
    assert not place_name_matches(gold, other_city)
    assert place_matches(gold, other_city)  # lenient: same country
    assert not place_matches(
        gold, PredictedEvent(category="capture", place_name="Moscow", place_country="RUS")
    )


def test_score_counts_categories_attributes_and_false_alarms() -> None:
    items = [
        item("a", [CALL, STRIKE]),
        item("b", []),  # a negative that stays silent
        item("c", [], trap="sport"),  # a negative with a false alarm
    ]
    predictions = {
        "a": [
            PredictedEvent(
                category="phone_call",
                source_country="TUR",
                source_role="GOV",
                target_country="RUS",
                target_role="MIL",
                date=date(2026, 11, 17),
            ),
            PredictedEvent(
                category="airstrike",
                factuality="reported",
                source_country="RUS",
                source_role="MIL",
                target_country=None,
                place_name="Kharkiv",
                place_country="UKR",
                date=date(2026, 11, 16),
            ),
            PredictedEvent(category="clash", factuality="negated"),  # not alertable: ignored
        ],
        "b": [PredictedEvent(category="offensive", factuality="hypothetical")],
        "c": [PredictedEvent(category="offensive")],
    }
    s = score(items, predictions)
    assert (s.items, s.gold_events, s.predicted_events) == (3, 2, 3)
    assert s.per_category["phone_call"].as_dict()["f1"] == 1.0
    assert (s.per_category["offensive"].tp, s.per_category["offensive"].fp) == (0, 1)
    assert s.overall.precision == pytest.approx(2 / 3)
    assert s.overall.recall == 1.0
    assert s.macro_f1 == 1.0  # offensive is not in gold: not averaged
    assert (s.negatives, s.false_alarms, s.false_alarm_rate) == (2, 1, 0.5)
    # countries: source 2/2; target TUR->RUS right, strike target missed (UKR vs None)
    assert (s.source_country.tp, s.source_country.fp, s.source_country.fn) == (2, 0, 0)
    assert (s.target_country.tp, s.target_country.fp, s.target_country.fn) == (1, 0, 1)
    assert s.actor_country.f1 == pytest.approx(6 / 7)
    # roles: TUR GOV ok, RUS GOV predicted MIL, strike source MIL ok (strike target role unlabelled)
    assert (s.role.correct, s.role.total) == (2, 3)
    # place: only the strike has a gold place, and it is found; the call predicts none
    assert (s.place.tp, s.place.fp, s.place.fn) == (1, 0, 0)
    assert (s.date.correct, s.date.total) == (1, 2)
    assert (s.factuality.correct, s.factuality.total) == (2, 2)


def test_wrong_predicted_place_is_both_false_positive_and_false_negative() -> None:
    s = score([item("a", [STRIKE])], {"a": [PredictedEvent(category="airstrike", place_name="Lviv")]})
    assert (s.place.tp, s.place.fp, s.place.fn) == (0, 1, 1)
    assert (s.place_name.tp, s.place_name.fp, s.place_name.fn) == (0, 1, 1)


def test_predicted_event_from_contract_event_drops_mentioned_only_places() -> None:
    evidence = Evidence(sentence="s", start=0, end=1, trigger="t", trigger_start=0, trigger_end=1)
    base = {
        "event_id": "x:0",
        "category": "airstrike",
        "plover": "FIGHT",
        "mode": "aerial",
        "cameo": "195",
        "quad_class": 4,
        "goldstein": -10.0,
        "source": Actor(text="Russia", name="Russia", country="RUS", role="GOV", code="RUSGOV"),
        "event_date": date(2026, 11, 17),
        "factuality": "reported",
        "confidence": 0.8,
        "evidence": evidence,
    }
    loc = Location(text="Харькове", name="Kharkiv", country="UKR", lat=50.0, lon=36.2)
    pred = PredictedEvent.from_event(Event(**base, location=loc))
    assert pred == PredictedEvent(
        category="airstrike",
        factuality="reported",
        source_country="RUS",
        source_role="GOV",
        place_name="Kharkiv",
        place_text="Харькове",
        place_country="UKR",
        date=date(2026, 11, 17),
    )
    mentioned = loc.model_copy(update={"is_event_place": False})
    assert PredictedEvent.from_event(Event(**base, location=mentioned)).place_name is None


def test_evaluate_times_each_language_and_scores_per_language() -> None:
    items = [item("a", [CALL]), item("b", [], lang="fr"), item("c", [STRIKE], lang="fr")]
    ticks = iter([0.0, 0.5, 1.0, 1.25, 2.0, 2.25])

    def extract(it: LabelledItem) -> list[PredictedEvent]:
        return [PredictedEvent(category="phone_call")] if it.id == "a" else []

    report = evaluate(items, extract, clock=lambda: next(ticks))
    assert report.speed["en"].seconds == 0.5
    assert report.speed["fr"].seconds == 0.5
    assert report.overall_speed.as_dict()["documents_per_s"] == 3.0
    assert report.languages["en"].overall.f1 == 1.0
    assert report.languages["fr"].overall.recall == 0.0
    assert report.overall.overall.f1 == pytest.approx(2 / 3)
    assert report.as_dict()["languages"]["fr"]["false_alarm_rate"] == 0.0


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"category": "bombing"}, "unknown category"),
        ({"plover": "ASSAULT"}, "is PLOVER FIGHT"),
        ({"factuality": "negated"}, "asserted or reported"),
        ({"place_country": None}, "needs its place_country"),
        ({"source_role": "ARMY"}, "unknown actor role"),
    ],
)
def test_gold_event_validation_rejects_inconsistent_labels(change: dict[str, object], message: str) -> None:
    data = {**STRIKE.model_dump(), **change}
    with pytest.raises(ValueError, match=message):
        GoldEvent.model_validate(data)


def test_negative_flag_must_agree_with_events() -> None:
    with pytest.raises(ValueError, match="negative is true exactly"):
        Gold(events=[CALL], negative=True)
    with pytest.raises(ValueError, match="negative is true exactly"):
        Gold(events=[], negative=False)


def test_traps_count_silent_negatives_and_exact_positives_per_kind() -> None:
    items = [
        item("m1", [], trap="metaphor"),  # silent: right
        item("m2", [], trap="metaphor"),  # an alertable prediction: wrong
        item("m3", [], trap="metaphor"),  # only a hypothetical prediction: right
        item("p1", [STRIKE], trap="passive"),  # found, nothing else: right
        item("p2", [STRIKE], trap="passive"),  # found, plus a spurious clash: wrong
        item("q1", [CALL], trap="quote"),  # missed: wrong
        item("x", []),  # no trap: not counted
    ]
    found = PredictedEvent(category="airstrike", place_name="Kharkiv", place_country="UKR")
    predictions = {
        "m2": [PredictedEvent(category="offensive")],
        "m3": [PredictedEvent(category="offensive", factuality="hypothetical")],
        "p1": [found],
        "p2": [found, PredictedEvent(category="clash")],
        "x": [PredictedEvent(category="clash")],
    }
    traps = score(items, predictions).traps
    assert {k: (a.correct, a.total) for k, a in traps.items()} == {
        "metaphor": (2, 3),
        "passive": (1, 2),
        "quote": (0, 1),
    }
