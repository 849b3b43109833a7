"""One article, one story: pick an article's primary event and keep only secondary events that are
stories of their own.

An article that reports a main event often also tells the fighting that led to it, an earlier truce,
or the host of the talks. Those secondary events belong to the primary event's story (the article is
already a member of it), so they open no alert. A secondary event still alerts when it is a distinct
story by itself: dated after the primary event beyond the same-story tolerance (a later development),
placed far away from it, or between other countries somewhere else. A secondary event dated well
before the primary one is background (what led to the news) and never alerts.
"""

from __future__ import annotations

from collections.abc import Sequence

from vigie_alerting.core.geo import distance_km, same_place
from vigie_alerting.core.rules import SEVERITIES, Rule
from vigie_alerting.core.stories import Candidate, StoryPolicy

RuleCandidate = tuple[Rule, Candidate]


def primary_rank(item: RuleCandidate, order: int) -> tuple[int, int, float, int]:
    """Sort key of the primary event: first in the article (headline, then lead), then the rule's
    higher base severity, then the higher confidence, then the extractor's order."""
    rule, cand = item
    return (cand.event.evidence.start, -SEVERITIES.index(rule.severity), -cand.event.confidence, order)


def is_distinct_story(primary: Candidate, other: Candidate, policy: StoryPolicy) -> bool:
    """Whether ``other``, told in the same article as ``primary``, is a story of its own."""
    shift = (other.event_day - primary.event_day).days
    if shift < -policy.event_date_days:
        return False  # background: what happened before the news
    if shift > policy.event_date_days:
        return True  # a later development
    a, b = primary.place, other.place
    if a is not None and b is not None:
        if same_place(a, b, policy.nearby_km):
            return False  # at the primary event's place: its setting (talks' host, a first wave)
        located = None not in (a.lat, a.lon, b.lat, b.lon)
        if located and distance_km(a.lat, a.lon, b.lat, b.lon) > policy.secondary_far_km:  # type: ignore[arg-type]
            return True
    return bool(other.countries) and not (other.countries & primary.countries)


def story_events(items: Sequence[RuleCandidate], policy: StoryPolicy) -> list[RuleCandidate]:
    """The primary rule-matching event of an article, then the secondary ones that are distinct stories.

    An empty or one-item list is returned as it is; the same event matching several rules counts as
    one event (each of its matches is kept when the event is primary, none when it is folded).
    """
    if len(items) <= 1:
        return list(items)
    ranked = sorted(enumerate(items), key=lambda pair: primary_rank(pair[1], pair[0]))
    primary = ranked[0][1][1]
    return [
        item
        for _, item in ranked
        if item[1].event is primary.event or is_distinct_story(primary, item[1], policy)
    ]
