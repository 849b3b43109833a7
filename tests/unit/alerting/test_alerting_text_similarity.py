"""Text similarity as a clustering feature: the concept fingerprint, its bounds, and what it changes
in story clustering (cross-language merges, same-day stories kept apart, follow-ups, tie-breaks)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, timedelta

import pytest
from alerting_builders import (
    ALEPPO,
    DAY,
    IDLIB,
    RUSSIAN_FORCES,
    SYRIAN_REBELS,
    T0,
    event,
    signal,
)

from vigie.contracts import Actor, Event, Location, Signal
from vigie_alerting.core.engine import AlertEngine, Outcome
from vigie_alerting.core.rules import load_rules
from vigie_alerting.core.stories import StoryRecord, remember_text
from vigie_alerting.core.textsim import (
    TextProfile,
    TextSimilarity,
    capitalised_names,
    fold,
    numbers_in,
)

NOW = T0 + timedelta(hours=1)
ATAREB = Location(text="Atareb", name="Atareb", country="SYR", lat=36.1369, lon=36.8303)


def feed(engine: AlertEngine, *signals: Signal) -> list[Outcome]:
    outcomes = []
    for i, s in enumerate(signals):
        outcome = engine.plan(s, NOW + timedelta(minutes=i))
        engine.apply(outcome)
        outcomes.append(outcome)
    return outcomes


def strike(
    article_id: str,
    sentence: str,
    *,
    place: Location | None = None,
    killed: int | None = None,
    source: Actor | None = RUSSIAN_FORCES,
    target: Actor | None = SYRIAN_REBELS,
    event_date: date | None = DAY,
) -> Event:
    return event(
        article_id,
        "airstrike",
        plover="ASSAULT",
        mode="aerial",
        cameo="195",
        source=source,
        target=target,
        location=place,
        killed=killed,
        sentence=sentence,
        trigger=sentence.split()[1],
        event_date=event_date,
    )


# ------------------------------------------------------------------------------- the fingerprint
def test_folding_numbers_and_names_are_script_and_accent_neutral() -> None:
    assert fold("Erdoğan") == fold("ERDOGAN") == "erdogan"
    assert numbers_in("١٢ قتيلا") == numbers_in("12 morts") == {"12"}
    assert numbers_in("1,500 displaced; 1.500 déplacés") == {"1500"}
    # A capital at the start of a sentence says nothing; inside one it marks a name.
    assert capitalised_names("Strikes hit Idlib. Rescuers reached Saraqib", 4) == {"idlib", "saraqib"}


def test_german_nouns_are_not_taken_for_names() -> None:
    sim = TextSimilarity()
    german = signal("de", [], lang="de", title="Luftangriff tötet Menschen in Idlib")
    english = signal("en", [], lang="en", title="Strike kills civilians in Idlib")
    ev = strike("x", "Warplanes struck a market.")
    assert not any(k.startswith("name:") for k in sim.profile(german, ev).features)
    assert "name:idlib" in sim.profile(english, ev).features


class TableEmbedder:
    """A fake sentence model: fixed vectors for known texts, nothing for the rest."""

    def __init__(self, table: dict[str, Sequence[float]]) -> None:
        self.table = table

    def embed(self, text: str) -> Sequence[float] | None:
        return self.table.get(text)


PROFILE_INPUTS = [
    ("Russian strikes kill 12 in Idlib", "", [RUSSIAN_FORCES], IDLIB, 12),
    ("Frappes russes à Idlib : 12 morts", "", [RUSSIAN_FORCES, SYRIAN_REBELS], None, 12),
    ("غارات روسية تقتل ١٢ في إدلب", "", [RUSSIAN_FORCES], None, None),
    ("Warplanes struck a market in Saraqib", "Three people were killed.", [], None, 3),
    ("Quiet day", "", [], None, None),
    ("Headline", "", [], None, None),
]


SIM = TextSimilarity(TableEmbedder({"Quiet day": [1.0, 0.0, 0.2], "Headline": [0.9, 0.1, 0.0]}))


@pytest.fixture
def profiles() -> list[TextProfile]:
    return [SIM.profile_of(t, s, a, p, k) for t, s, a, p, k in PROFILE_INPUTS]


def test_scores_are_symmetric_bounded_and_one_for_the_same_report(profiles: list[TextProfile]) -> None:
    sim = SIM
    for a, b in itertools.product(profiles, repeat=2):
        ab, ba = sim.score(a, b), sim.score(b, a)
        assert ab == ba
        assert ab is None or 0.0 <= ab <= 1.0
    for p in profiles:
        assert sim.score(p, p) == pytest.approx(1.0)


def test_same_event_scores_high_across_languages_and_another_event_low(profiles: list[TextProfile]) -> None:
    sim = SIM
    en, fr, ar, other = profiles[:4]
    assert min(sim.score(en, fr) or 0, sim.score(en, ar) or 0, sim.score(fr, ar) or 0) >= 0.4
    assert max(sim.score(en, other) or 0, sim.score(fr, other) or 0) < 0.2


def test_the_embedding_decides_only_when_a_report_has_no_concept(profiles: list[TextProfile]) -> None:
    quiet, headline = profiles[4], profiles[5]
    assert not quiet.features and quiet.text == "Quiet day"
    assert SIM.score(quiet, headline) == pytest.approx(1.0)  # cosine 0.98 is above the scale's top
    assert TextSimilarity().score(quiet, headline) is None  # no model: nothing to compare
    with_concepts = TextProfile(features={"name:idlib": 1.0}, text="Quiet day")
    unrelated = TextProfile(features={"name:saraqib": 1.0}, text="Headline")
    assert SIM.score(with_concepts, unrelated) == 0.0  # close words, but the places differ
    assert SIM.score(TextProfile(features={}), TextProfile(features={"x": 1.0})) is None


def test_a_story_remembers_its_first_reports_and_its_latest() -> None:
    texts: list[TextProfile] = []
    for key in "abcdef":
        texts = remember_text(texts, TextProfile(features={key: 1.0}), 4)
    assert [next(iter(t.features)) for t in texts] == ["a", "b", "c", "f"]
    assert remember_text(texts, TextProfile(features={}), 4) == texts


# ------------------------------------------------------------------------------ story clustering
FIVE_LANGUAGES = [
    (
        "en",
        "Russian airstrikes kill 12 in Idlib",
        "Russian warplanes struck Idlib on Tuesday, killing 12 people.",
        IDLIB,
    ),
    (
        "fr",
        "Syrie : 12 morts dans des frappes russes",
        "Des frappes russes ont tué 12 personnes mardi.",
        None,
    ),
    (
        "es",
        "Bombardeos rusos matan a 12 personas en Siria",
        "Los bombardeos rusos mataron a 12 personas.",
        None,
    ),
    ("ar", "مقتل 12 شخصا في غارات روسية على إدلب", "قتل 12 شخصا في غارات جوية روسية على إدلب.", None),
    ("tr", "Rus hava saldırısında 12 kişi öldü", "Rus savaş uçakları 12 kişiyi öldürdü.", None),
]


def test_one_strike_in_five_languages_is_one_alert_though_only_one_report_names_the_town() -> None:
    engine = AlertEngine(load_rules())
    signals = [
        signal(
            f"s-{lang}",
            [strike(f"s-{lang}", sentence, place=place, killed=12)],
            lang=lang,
            title=title,
            source=f"{lang}.example.org",
            published=T0 + timedelta(minutes=15 * i),
        )
        for i, (lang, title, sentence, place) in enumerate(FIVE_LANGUAGES)
    ]
    feed(engine, *signals)
    (alert,) = engine.alerts()
    assert alert.languages == ["en", "fr", "es", "ar", "tr"]
    assert alert.independent_sources == 5


@pytest.mark.parametrize(
    ("title", "sentence", "killed", "same_alert"),
    [
        pytest.param(
            "Strike on Saraqib market kills three",
            "Warplanes struck a crowded market in Saraqib, killing three people.",
            3,
            False,
            id="another-town-another-toll",
        ),
        pytest.param(
            "Death toll in Idlib strikes rises to 12",
            "Russian warplanes struck Idlib on Tuesday, killing 12 people.",
            12,
            True,
            id="the-same-strike-retold",
        ),
    ],
)
def test_a_same_day_strike_in_the_same_country_without_a_shared_place_needs_similar_text(
    title: str, sentence: str, killed: int, same_alert: bool
) -> None:
    engine = AlertEngine(load_rules())
    first = signal(
        "a",
        [strike("a", FIVE_LANGUAGES[0][2], place=IDLIB, killed=12)],
        title=FIVE_LANGUAGES[0][1],
    )
    # The second report's town was not resolved: the actors' countries alone match the story.
    second = signal("b", [strike("b", sentence, killed=killed)], title=title, source="other.example.org")
    feed(engine, first, second)
    assert len(engine.alerts()) == (1 if same_alert else 2)


def follow_up(
    sentence: str, *, title: str, place: Location | None = None, killed: int | None = None
) -> Signal:
    published = T0 + timedelta(hours=71)  # three calendar days later, inside the story window
    return signal(
        "later",
        [strike("later", sentence, place=place, killed=killed, event_date=None)],
        title=title,
        source="other.example.org",
        published=published,
    )


@pytest.mark.parametrize(
    ("later", "same_alert"),
    [
        pytest.param(
            follow_up(
                "Rescuers in Idlib are still digging after Russian strikes killed 12 people.",
                title="Idlib: rescuers still searching the rubble",
                place=IDLIB,
                killed=12,
            ),
            True,
            id="undated-follow-up-of-the-same-strike",
        ),
        pytest.param(
            signal(
                "later",
                [strike("later", "Russian strikes killed 12 people in Idlib.", place=IDLIB, killed=12)],
                title="Idlib: rescuers still searching the rubble",
                published=T0 + timedelta(hours=71),
                source="other.example.org",
            ).model_copy(
                update={
                    "events": [
                        strike(
                            "later",
                            "Russian strikes killed 12 people in Idlib.",
                            place=IDLIB,
                            killed=12,
                            event_date=DAY + timedelta(days=3),
                        )
                    ]
                }
            ),
            False,
            id="explicitly-dated-three-days-later",
        ),
        pytest.param(
            follow_up(
                "Warplanes hit a bakery in Saraqib, killing 5.", title="Bakery hit in Saraqib", killed=5
            ),
            False,
            id="undated-but-another-strike",
        ),
    ],
)
def test_an_undated_follow_up_joins_its_story_when_its_text_is_close(later: Signal, same_alert: bool) -> None:
    engine = AlertEngine(load_rules())
    first = signal(
        "a",
        [strike("a", FIVE_LANGUAGES[0][2], place=IDLIB, killed=12)],
        title=FIVE_LANGUAGES[0][1],
    )
    feed(engine, first, later)
    assert len(engine.alerts()) == (1 if same_alert else 2)


def test_a_report_fitting_two_stories_joins_the_one_it_resembles_not_the_latest() -> None:
    engine = AlertEngine(load_rules())
    aleppo = signal(
        "aleppo",
        [strike("aleppo", "Russian jets bombed eastern Aleppo, killing 12.", place=ALEPPO, killed=12)],
        title="Russian jets bomb Aleppo, 12 dead",
    )
    idlib = signal(
        "idlib",
        [strike("idlib", "Russian jets bombed Idlib, wounding 30.", place=IDLIB)],
        title="Russian jets bomb Idlib",
        published=T0 + timedelta(minutes=30),
    )
    # Atareb is within 50 km of both cities (which are 55 km apart): the places fit both stories.
    between = signal(
        "between",
        [strike("between", "The jets that bombed Aleppo killed 12 near Atareb.", place=ATAREB, killed=12)],
        title="Aleppo strikes: 12 dead",
        published=T0 + timedelta(minutes=60),
        source="other.example.org",
    )
    feed(engine, aleppo, idlib, between)
    by_first = {a.article_ids[0]: a.article_ids for a in engine.alerts()}
    assert by_first == {"aleppo": ["aleppo", "between"], "idlib": ["idlib"]}


def test_text_profiles_survive_the_store_and_old_records_load_without_them() -> None:
    engine = AlertEngine(load_rules())
    feed(engine, signal("a", [strike("a", FIVE_LANGUAGES[0][2], place=IDLIB, killed=12)]))
    (record,) = (engine.record(a.alert_id) for a in engine.alerts())
    assert record is not None and record.texts
    assert StoryRecord.model_validate_json(record.model_dump_json()) == record
    legacy = record.model_dump(mode="json", exclude={"texts"})
    assert StoryRecord.model_validate(legacy).texts == []


def violation(article_id: str, source: Actor, place: Location | None, sentence: str) -> Event:
    return event(
        article_id,
        "ceasefire_violation",
        plover="FIGHT",
        mode="ceasefire-violation",
        cameo="196",
        source=source,
        target=Actor(text="Cambodia", name="Cambodia", country="KHM", role="MIL", code="KHMMIL"),
        location=place,
        sentence=sentence,
        trigger=sentence.split(maxsplit=1)[0],
    )


def test_truce_violations_of_one_dyad_and_day_are_one_story_though_one_report_has_no_place() -> None:
    engine = AlertEngine(load_rules())
    province = Location(
        text="Oddar Meanchey", name="Oddar Meanchey", country="KHM", lat=14.2, lon=103.5, feature="region"
    )
    thai_army = Actor(text="Thai troops", name="Thailand military", country="THA", role="MIL", code="THAMIL")
    thailand = Actor(text="Thailand", name="Thailand", country="THA", role="GOV", code="THAGOV")
    feed(
        engine,
        signal("v1", [violation("v1", thai_army, province, "Shelling in Oddar Meanchey broke the truce.")]),
        signal(
            "v2",
            [violation("v2", thailand, None, "Waffenruhe zwischen Thailand und Kambodscha gebrochen.")],
            lang="de",
            source="other.example.org",
        ),
    )
    (alert,) = engine.alerts()
    assert alert.article_ids == ["v1", "v2"]
