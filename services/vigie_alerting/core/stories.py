"""Stories: what an alert remembers about its articles, and whether a new event belongs to it.

Dedup key (documented in the README): ``kind|sorted actor countries|place|event date``, e.g.
``leader_call|FRA,IND|-|2026-11-17`` — place is the case-folded canonical place name or '-', the date
is the event date (else the article's publication date, else its ingestion date). The alert id is
``"al-" + sha256(dedup_key + "|" + first article id)[:16]``: stable across restarts and replays.

Text similarity (``textsim``) refines the structured match: a story remembers the text profiles of a
few of its reports; a match on countries alone (no shared place) needs a minimum similarity when both
sides have text to compare, a follow-up dated a few days past the tolerance joins when its text is
close, and among several matching stories the most similar wins.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from pydantic import BaseModel, ConfigDict

from vigie.contracts import Actor, Alert, AlertEvidence, Event, Location, Signal
from vigie_alerting.core.geo import place_key, same_place
from vigie_alerting.core.textsim import TextProfile, TextSimilarity

OPEN_STATUSES = frozenset({"firing", "acknowledged"})
MAX_ACTORS = 12
NO_TEXT = TextProfile(features={})


@dataclass(frozen=True)
class StoryPolicy:
    """When two events are one story."""

    story_window: timedelta = timedelta(hours=72)
    event_date_days: int = 2
    nearby_km: float = 50.0
    # A secondary event of an article this far from its primary event is a story of its own.
    secondary_far_km: float = 300.0
    # A match resting on countries alone (no place known on both sides) needs this text similarity,
    # when both sides have text to compare: two airstrikes in one country, one day, are not one story
    # because of that alone.
    min_text: float = 0.2
    # A report dated up to this many days past ``event_date_days`` still joins (a follow-up) when its
    # text is at least this similar to the story's.
    follow_up_days: int = 3
    follow_up_text: float = 0.5
    # How many reports' text profiles a story remembers: its first ones and its latest one.
    max_profiles: int = 4


class Member(BaseModel):
    """One article of a story, as the story needs to remember it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    article_id: str
    source: str
    title_key: str
    article_time: datetime
    genre: str | None = None  # opinion, analysis, ...: evidence only, not an independent report


class StoryRecord(BaseModel):
    """An alert's current version plus what clustering and severity need beyond the contract."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    alert: Alert
    members: list[Member]
    story_time: datetime
    max_killed: int = 0
    wmd: bool = False
    novel_country: str | None = None
    texts: list[TextProfile] = []
    escalations: list[str] = []  # names of the rule's escalation cues that raised this story

    @property
    def is_open(self) -> bool:
        return self.alert.status in OPEN_STATUSES

    def has_article(self, article_id: str) -> bool:
        return any(m.article_id == article_id for m in self.members)


@dataclass(frozen=True)
class Candidate:
    """One rule-matching event of one article, with the fields clustering compares."""

    kind: str
    event: Event
    signal: Signal
    countries: frozenset[str]
    place: Location | None
    event_day: date
    article_time: datetime
    text: TextProfile = NO_TEXT


def article_time(signal: Signal) -> datetime:
    """Stream time of an article: when it was published, else when it was ingested."""
    return signal.published or signal.ingested_at


def event_place(event: Event) -> Location | None:
    """The event's place, when it is where the event happened and more precise than a country."""
    loc = event.location
    if loc is None or not loc.is_event_place or loc.feature == "country":
        return None
    return loc


def title_key(title: str) -> str:
    """A title reduced to lower-case letters and digits, so wire copies compare equal.

    >>> title_key("Macron, Modi discuss trade!") == title_key("macron  modi DISCUSS trade")
    True
    """
    text = unicodedata.normalize("NFKC", title).casefold()
    return " ".join("".join(ch if ch.isalnum() else " " for ch in text).split())


def dedup_key(kind: str, countries: frozenset[str], place: Location | None, day: date) -> str:
    """``kind|sorted countries|place|event date``.

    >>> dedup_key("leader_call", frozenset({"IND", "FRA"}), None, date(2026, 11, 17))
    'leader_call|FRA,IND|-|2026-11-17'
    """
    return f"{kind}|{','.join(sorted(countries)) or '-'}|{place_key(place)}|{day.isoformat()}"


def alert_id_for(key: str, first_article_id: str) -> str:
    return "al-" + hashlib.sha256(f"{key}|{first_article_id}".encode()).hexdigest()[:16]


def independent_sources(members: list[Member]) -> int:
    """Distinct outlets, where two articles with the same title (a wire copy) count once.

    >>> wire, other = "troops cross the border", "a different headline here"
    >>> ms = [Member(article_id=str(i), source=s, title_key=t, article_time=datetime(2026, 1, 1))
    ...       for i, (s, t) in enumerate([("a", wire), ("b", wire), ("c", other), ("c", "z")])]
    >>> independent_sources(ms)
    2
    """
    # Members are linked through shared keys, so the groups of members are the connected groups of
    # keys where each member joins its outlet to its title: a union-find over the few distinct
    # (outlet, title) pairs instead of over every member of a story hundreds of articles long.
    edges = {(m.source, m.title_key if len(m.title_key) >= 12 else None) for m in members}
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for source, title in edges:
        root = find("source:" + source)
        if title is not None:  # very short titles ("Update") are too common to prove a copy
            parent[root] = find("title:" + title)
    return max(1, len({find(k) for k in list(parent)}))


def countries_compatible(a: frozenset[str], b: frozenset[str], mode: str) -> bool:
    return a == b if mode == "equal" else bool(a & b)


@dataclass(frozen=True)
class Fit:
    """``cand`` belongs to a story; ``text`` is how similar its text is (None: nothing to compare)."""

    text: float | None


@dataclass(frozen=True)
class TextNeed:
    """The text similarity a structural match still needs: at least ``at_least`` when both sides
    have text to compare; ``without_text`` says whether a pair with nothing to compare passes."""

    at_least: float = 0.0
    without_text: bool = True


def structural_need(
    record: StoryRecord,
    cand: Candidate,
    policy: StoryPolicy,
    country_mode: str,
    *,
    use_places: bool = True,
    dyad: bool = False,
) -> TextNeed | None:
    """What the structured fields say: None when they rule the story out, else the text it needs.

    Same kind, open, article within the stream window and event date within ±N days (up to
    ``follow_up_days`` more for a follow-up, a report with no explicit event date, which then needs
    close text); the places (when both are
    known and ``use_places``) must be the same or nearby, and the countries (when both are known)
    must overlap (or be equal); with no countries, known nearby places decide. A match on countries
    alone needs ``min_text``.
    """
    alert = record.alert
    shift = abs((cand.event_day - alert.event_date).days) if alert.event_date is not None else 0
    # Only a report whose event day is not an explicit date (it fell back to the publication day) can
    # be a follow-up: an event explicitly dated days later is a new event.
    dated = cand.event.event_date is not None and cand.event.date_precision == "day"
    if (
        alert.kind != cand.kind
        or not record.is_open
        or abs(cand.article_time - record.story_time) > policy.story_window
        or shift > policy.event_date_days + (0 if dated else policy.follow_up_days)
    ):
        return None
    places_known = use_places and alert.location is not None and cand.place is not None
    mine = frozenset(alert.countries)
    both_countries = bool(mine and cand.countries)
    if (
        (places_known and not same_place(alert.location, cand.place, policy.nearby_km))  # type: ignore[arg-type]
        or (both_countries and not countries_compatible(mine, cand.countries, country_mode))
        or not (both_countries or places_known)
    ):
        return None
    if shift > policy.event_date_days:
        return TextNeed(policy.follow_up_text, without_text=False)
    # A rule whose stories are a dyad's (``dyad``: truces and their violations): the same two
    # countries, kind and days are one story even where only one report names the place.
    same_dyad = dyad and both_countries and len(mine) >= 2 and mine == cand.countries
    return TextNeed(0.0 if places_known or same_dyad else policy.min_text)


def fit(
    record: StoryRecord,
    cand: Candidate,
    policy: StoryPolicy,
    country_mode: str,
    *,
    use_places: bool = True,
    similarity: TextSimilarity | None = None,
    dyad: bool = False,
) -> Fit | None:
    """How ``cand`` fits the open alert ``record`` (see ``structural_need``), or None when it is
    another story. Without ``similarity`` no pair has text to compare."""
    need = structural_need(record, cand, policy, country_mode, use_places=use_places, dyad=dyad)
    if need is None:
        return None
    text = similarity.best(record.texts, cand.text) if similarity is not None else None
    if text is None:
        return Fit(None) if need.without_text else None
    return Fit(text) if text >= need.at_least else None


def remember_text(texts: list[TextProfile], text: TextProfile, limit: int) -> list[TextProfile]:
    """A story's profiles after one more report: the first ``limit - 1`` kept, the latest last.

    >>> a, b, c = (TextProfile(features={k: 1.0}) for k in "abc")
    >>> [next(iter(p.features)) for p in remember_text([a, b], c, 2)]
    ['a', 'c']
    """
    if text.empty or limit <= 0:
        return texts
    if len(texts) < limit:
        return [*texts, text]
    return [*texts[: limit - 1], text]


def evidence_of(signal: Signal, event: Event) -> AlertEvidence:
    """The event's sentence with the trigger offsets made relative to that sentence."""
    ev = event.evidence
    start = ev.trigger_start - ev.start
    end = ev.trigger_end - ev.start
    if not (0 <= start <= end <= len(ev.sentence)) or ev.sentence[start:end] != ev.trigger:
        found = ev.sentence.find(ev.trigger) if ev.trigger else -1
        start, end = (found, found + len(ev.trigger)) if found >= 0 else (0, 0)
    return AlertEvidence(
        article_id=signal.article_id,
        source=signal.source,
        lang=signal.lang,
        url=signal.url,
        sentence=ev.sentence,
        trigger=ev.trigger,
        trigger_start=start,
        trigger_end=end,
    )


def merge_actors(actors: list[Actor], event: Event) -> list[Actor]:
    """The story's actors plus the event's new ones (by name, country, role, person), at most 12."""
    out = list(actors)
    seen = {(a.name, a.country, a.role, a.person) for a in out}
    for actor in (event.source, event.target):
        if actor is None:
            continue
        key = (actor.name, actor.country, actor.role, actor.person)
        if key not in seen and len(out) < MAX_ACTORS:
            seen.add(key)
            out.append(actor)
    return out


def append_unique(items: list[str], item: str) -> list[str]:
    return items if item in items else [*items, item]
