"""The alert engine: turns one signal into new alert versions, planning first and applying after.

``plan`` computes what a signal changes without touching the engine's state; the caller publishes and
stores the result, then calls ``apply``. A failure in between leaves the engine as it was, so the
replayed signal is planned again from the same state and yields the same alert ids and versions.

>>> from datetime import UTC, datetime
>>> from vigie_alerting.core.rules import load_rules
>>> engine = AlertEngine(load_rules())
>>> engine.alerts()
[]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal

from vigie.contracts import Actor, Alert, AlertStatus, Event, Severity, Signal
from vigie_alerting.core.countries import CountryNames, load_country_names
from vigie_alerting.core.lifecycle import as_open, expired, latest_article_time, with_escalation
from vigie_alerting.core.primary import story_events
from vigie_alerting.core.rules import (
    EscalationCue,
    Rule,
    RuleBook,
    event_countries,
    is_head_of_state,
    matches,
)
from vigie_alerting.core.severity import StoryFacts, assess
from vigie_alerting.core.stories import (
    Candidate,
    Fit,
    Member,
    StoryPolicy,
    StoryRecord,
    alert_id_for,
    append_unique,
    article_time,
    dedup_key,
    event_place,
    evidence_of,
    fit,
    independent_sources,
    merge_actors,
    remember_text,
    title_key,
)
from vigie_alerting.core.textsim import TextProfile, TextSimilarity
from vigie_alerting.core.titles import make_title
from vigie_alerting.core.transitions import next_status

ChangeKind = Literal["created", "updated", "status"]


@dataclass(frozen=True)
class Change:
    """One new version of one alert, and why it was made."""

    record: StoryRecord
    kind: ChangeKind
    previous_severity: Severity | None = None

    @property
    def alert(self) -> Alert:
        return self.record.alert

    @property
    def severity_raised(self) -> bool:
        return self.previous_severity is not None and self.previous_severity != self.alert.severity

    @property
    def escalated(self) -> bool:
        """This version is a raise of the story (its last escalation entry is this version)."""
        history = self.alert.escalations
        return bool(history) and history[-1].version == self.alert.version

    @property
    def notify(self) -> bool:
        """Webhooks hear about new alerts, raises (severity or escalation) and status changes, not
        every article."""
        if self.kind == "updated" and self.alert.status == "expired":
            return False  # a late report of a story that is over
        return self.kind != "updated" or self.severity_raised or self.escalated


@dataclass(frozen=True)
class Outcome:
    """What one signal does: nothing (a replay or no match) or some alert versions."""

    article_id: str
    duplicate: bool = False
    changes: list[Change] = field(default_factory=list)
    article_time: datetime | None = None  # moves the engine's event-time watermark when applied
    genre: str | None = None  # the article's genre when it may not open alerts (opinion, ...)


class AlertEngine:
    """All alerts and processed article ids, in memory; the store persists them."""

    def __init__(
        self,
        book: RuleBook,
        policy: StoryPolicy | None = None,
        names: CountryNames | None = None,
        records: Iterable[StoryRecord] = (),
        processed: Iterable[str] = (),
        *,
        similarity: TextSimilarity | None = None,
        expiry: bool = True,
    ) -> None:
        """``similarity`` compares reports' texts (the service injects one with its sentence
        embedder when installed); the language-free fingerprint alone by default."""
        self.book = book
        self.similarity = similarity or TextSimilarity()
        self.policy = policy or StoryPolicy()
        self.names = names or load_country_names()
        self.expiry = expiry  # False: stories never go quiet (operators resolve them)
        self._records: dict[str, StoryRecord] = {r.alert.alert_id: r for r in records}
        self._processed: set[str] = set(processed)
        self._last_article: dict[str, tuple[int, datetime]] = {}  # alert id -> (members seen, latest)
        self._ttl: dict[str, timedelta] = {}
        # Event time: the latest article time seen (after a restart, the latest one of a story).
        times = [self.last_article_time(r) for r in self._records.values()]
        self.watermark: datetime | None = max(times, default=None)

    # -------------------------------------------------------------------------------- reading
    def alerts(self) -> list[Alert]:
        return [r.alert for r in self._records.values()]

    def record(self, alert_id: str) -> StoryRecord | None:
        return self._records.get(alert_id)

    def is_processed(self, article_id: str) -> bool:
        return article_id in self._processed

    @property
    def articles_processed(self) -> int:
        return len(self._processed)

    # ------------------------------------------------------------------------------- planning
    def plan(self, signal: Signal, now: datetime) -> Outcome:
        """The alert versions ``signal`` produces; the engine is unchanged until ``apply``.

        An article of a gated genre (opinion, analysis, anniversary...) joins open stories as
        evidence but opens none. An event that fits an escalation cue of an open story it belongs to
        is that story's development: it raises the story and opens no alert of its own.
        """
        if signal.article_id in self._processed:
            return Outcome(signal.article_id, duplicate=True)
        genre = None if signal.genre == "news" else signal.genre  # stated by the extractor
        work: dict[str, Change] = {}
        texts: dict[str, TextProfile] = {}  # one profile per event, however many rules it matches
        every_match = [
            (rule, self._candidate(rule, event, signal, texts))
            for event in signal.events
            for rule in self.book.rules
            if matches(rule, event, self.book.vocabulary)
        ]
        escalators = (
            []
            if genre is not None
            else [
                (rule, cue, self._candidate(rule, event, signal, texts))
                for event in signal.events
                for rule in self.book.rules
                for cue in rule.escalations
                if cue.fits(event)
            ]
        )
        # An event that belongs to an open story of its own kind joins it; it escalates nothing.
        cue_events = {id(c.event) for _, _, c in escalators}  # few: the rest skip the extra search
        own = {
            id(c.event)
            for r, c in every_match
            if id(c.event) in cue_events and self._find(c, r, work) is not None
        }
        escalators = [(r, cue, c) for r, cue, c in escalators if id(c.event) not in own]
        taken = {
            id(c.event)
            for r, cue, c in escalators
            if not cue.opens_own and self._find(c, r, work) is not None
        }
        matched = [(rule, cand) for rule, cand in every_match if id(cand.event) not in taken]
        # The article's primary event first; secondary events only when they are stories of their own.
        for rule, cand in story_events(matched, self.policy):
            found = self._find(cand, rule, work)
            if found is None:
                if genre is not None:
                    continue  # an op-ed or an anniversary never opens a story
                record = self._create(rule, cand, now)
                work[record.alert.alert_id] = Change(record, "created")
            elif found.alert.alert_id not in work:
                # A story this signal already created or joined holds the article; any other
                # cannot (the article is unprocessed), so no scan of its members is needed.
                work[found.alert.alert_id] = Change(
                    self._join(rule, found, cand, now, genre=genre), "updated", found.alert.severity
                )
        for rule, cue, cand in escalators:
            found = self._find(cand, rule, work)
            if found is None:
                continue
            key, fresh = found.alert.alert_id, cue.name not in found.escalations
            if cue.opens_own:  # news of its own kind too: it raises this story without joining it
                if fresh:
                    work[key] = self._raised(rule, work.get(key), found, cue, cand, now)
            elif key in work:  # this article already made a new version of the story: raise that one
                if fresh:
                    work[key] = replace(work[key], record=self._escalate(rule, found, cue, cand))
            else:  # a later article of the story; a cue already met raises no more
                joined = self._join(rule, found, cand, now, cue=cue if fresh else None)
                work[key] = Change(joined, "updated", found.alert.severity)
        changes = [self._with_history(c, now) for c in work.values()]
        return Outcome(
            signal.article_id, changes=changes, article_time=min(article_time(signal), now), genre=genre
        )

    def last_article_time(self, record: StoryRecord) -> datetime:
        """When the story's latest article was published (or ingested)."""
        # Members are only appended: fold in the ones added since the last call, not the whole story.
        key, members = record.alert.alert_id, record.members
        cached = self._last_article.get(key)
        if cached is None or cached[0] > len(members):
            latest = latest_article_time(record)
        else:
            latest = max([cached[1], *(m.article_time for m in members[cached[0] :])])
        self._last_article[key] = (len(members), latest)
        return latest

    def expires_at(self, record: StoryRecord) -> datetime:
        """When the story expires if no new article comes: its latest article + the rule's time."""
        kind = record.alert.kind
        ttl = self._ttl.get(kind)
        if ttl is None:
            try:
                ttl = self.book.expire_after(self.book.rule(kind))
            except KeyError:  # a kind whose rule left the rule file
                ttl = timedelta(hours=self.book.lifecycle.expire_after_hours)
            self._ttl[kind] = ttl
        return self.last_article_time(record) + ttl

    def plan_expiry(self, reference: datetime, now: datetime) -> list[Change]:
        """The versions that expire every open story with no new article up to ``reference``
        (event time or the wall clock, the caller's choice); ``now`` stamps them."""
        changes: list[Change] = []
        for record in self._records.values() if self.expiry else ():
            if not record.is_open or self.expires_at(record) > reference:
                continue
            last = self.last_article_time(record)
            quiet = self.expires_at(record) - last
            changes.append(Change(expired(record, quiet, last, now), "status"))
        return sorted(changes, key=lambda c: c.alert.alert_id)

    def plan_status(self, alert_id: str, status: AlertStatus, now: datetime) -> Change | None:
        """The version that moves an alert to ``status``; None if it is already there.

        Raises KeyError for an unknown id and TransitionError for a move the lifecycle forbids.
        """
        record = self._records[alert_id]
        target = next_status(record.alert.status, status)
        if target is None:
            return None
        alert = record.alert.model_copy(
            update={
                "status": target,
                "version": record.alert.version + 1,
                "updated_at": now,
                "status_reason": f"{target} by an operator",
            }
        )
        return Change(record.model_copy(update={"alert": alert}), "status")

    def apply(self, outcome: Outcome) -> None:
        """Make a planned outcome (already published and stored) the engine's state."""
        if outcome.duplicate:
            return
        self._processed.add(outcome.article_id)
        if outcome.article_time is not None and (
            self.watermark is None or outcome.article_time > self.watermark
        ):
            self.watermark = outcome.article_time
        self.apply_changes(outcome.changes)

    def apply_changes(self, changes: Iterable[Change]) -> None:
        for change in changes:
            self._records[change.alert.alert_id] = change.record

    def revert(
        self,
        previous: Mapping[str, StoryRecord | None],
        article_ids: Iterable[str],
        watermark: datetime | None = None,
    ) -> None:
        """Undo applied outcomes: put back each alert's ``previous`` record (None: it did not exist),
        forget ``article_ids`` and put back the ``watermark``. A batch that could not be published or
        stored calls this, so the engine is again the stored state and a replay plans the same
        versions."""
        self.watermark = watermark
        for alert_id, record in previous.items():
            if record is None:
                self._records.pop(alert_id, None)
            else:
                self._records[alert_id] = record
        self._processed.difference_update(article_ids)

    # -------------------------------------------------------------------------------- helpers
    def _candidate(
        self, rule: Rule, event: Event, signal: Signal, texts: dict[str, TextProfile]
    ) -> Candidate:
        when = article_time(signal)
        if event.event_id not in texts:
            texts[event.event_id] = self.similarity.profile(signal, event)
        return Candidate(
            kind=rule.name,
            event=event,
            signal=signal,
            countries=frozenset(event_countries(event)),
            place=event_place(event),
            event_day=event.event_date or when.date(),
            article_time=when,
            text=texts[event.event_id],
        )

    def _find(self, cand: Candidate, rule: Rule, work: dict[str, Change]) -> StoryRecord | None:
        """The open story ``cand`` belongs to (the most similar text, then the most recent one, if
        several), else None."""
        # The signal's own new versions shadow the engine's records (no copy of the whole state).
        pool = [work[k].record if k in work else r for k, r in self._records.items()]
        pool.extend(c.record for k, c in work.items() if k not in self._records)
        story = rule.story
        fits = [
            (found.text, r)
            for r in pool
            # A story takes no article written after it went quiet (a later event is a new story).
            if r.alert.kind == cand.kind
            and (
                found := fit(
                    as_open(r),
                    cand,
                    self.policy,
                    story.countries,
                    use_places=story.places,
                    similarity=self.similarity,
                    dyad=story.dyad,
                )
            )
            and self._takes(r, cand, found)
        ]
        best = max(
            fits,
            key=lambda pair: (
                -1.0 if pair[0] is None else pair[0],
                pair[1].story_time,
                pair[1].alert.alert_id,
            ),
            default=None,
        )
        return None if best is None else best[1]

    def _takes(self, record: StoryRecord, cand: Candidate, found: Fit) -> bool:
        """Whether a story ``cand`` fits may take it: an open story does; an expired one takes only a
        report about its own event (written before it went quiet, explicitly dated before then, or
        undated with text close enough to be a follow-up), never a later event (a new alert)."""
        expires = self.expires_at(record)
        if not self.expiry or cand.article_time <= expires:
            return True
        if cand.event.event_date is not None and cand.event.date_precision == "day":
            return cand.event_day < expires.date()
        return found.text is not None and found.text >= self.policy.follow_up_text

    def _novel_country(self, rule: Rule, cand: Candidate) -> str | None:
        """The first of the event's countries with no alert of this kind in the novelty window."""
        days = [m.days for m in rule.modifiers if m.when == "novelty" and m.days is not None]
        if not days:
            return None
        window = timedelta(days=days[0])
        for country in sorted(cand.countries):
            recent = any(
                r.alert.kind == rule.name
                and country in r.alert.countries
                and abs(cand.article_time - r.story_time) <= window
                for r in self._records.values()
            )
            if not recent:
                return country
        return None

    def _facts(
        self, actors: list[Actor], countries: list[str], members: list[Member]
    ) -> tuple[tuple[str, ...], tuple[str, ...], int]:
        vocab = self.book.vocabulary
        heads = tuple(dict.fromkeys(a.person or a.name for a in actors if is_head_of_state(a, vocab)).keys())
        nuclear = tuple(c for c in countries if c in vocab.nuclear_powers)
        # Opinion pieces and analyses are evidence, not independent reports of the event.
        reports = [m for m in members if m.genre is None] or members
        return heads, nuclear, independent_sources(reports)

    @staticmethod
    def _escalation_facts(rule: Rule, names: list[str]) -> tuple[tuple[str, int], ...]:
        return tuple((c.reason, c.raise_by) for c in rule.escalations if c.name in names)

    def _with_history(self, change: Change, now: datetime) -> Change:
        """A raise since the version the engine holds goes to the alert's escalation history."""
        before = self._records.get(change.alert.alert_id)
        if before is None:
            return change
        return replace(change, record=with_escalation(before, change.record, now))

    def _create(self, rule: Rule, cand: Candidate, now: datetime) -> StoryRecord:
        signal, event = cand.signal, cand.event
        vocab = self.book.vocabulary
        key = dedup_key(rule.name, cand.countries, cand.place, cand.event_day)
        members = [
            Member(
                article_id=signal.article_id,
                source=signal.source,
                title_key=title_key(signal.title),
                article_time=cand.article_time,
            )
        ]
        actors = merge_actors([], event)
        countries = sorted(cand.countries)
        wmd = (event.mode or "").lower() in vocab.wmd_modes
        novel = self._novel_country(rule, cand)
        heads, nuclear, n_sources = self._facts(actors, countries, members)
        facts = StoryFacts(heads, nuclear, n_sources, event.killed or 0, novel, wmd)
        severity, reasons = assess(rule, facts)
        sides = [a.country for a in (event.source, event.target) if a is not None and a.country]
        title = make_title(
            rule,
            source=event.source,
            target=event.target,
            countries=list(dict.fromkeys([*sides, *countries])),  # the source's country first
            place=cand.place,
            wmd=wmd,
            names=self.names,
            vocab=vocab,
        )
        alert = Alert(
            alert_id=alert_id_for(key, signal.article_id),
            version=1,
            dedup_key=key,
            kind=rule.name,
            severity=severity,
            title=title,
            plover=event.plover,
            mode=event.mode,
            cameo=event.cameo,
            actors=actors,
            countries=countries,
            location=cand.place,
            event_date=cand.event_day,
            first_seen=now,
            last_seen=now,
            article_ids=[signal.article_id],
            languages=[signal.lang],
            sources=[signal.source],
            independent_sources=n_sources,
            evidence=[evidence_of(signal, event)],
            reasons=reasons,
            updated_at=now,
        )
        return StoryRecord(
            alert=alert,
            members=members,
            story_time=cand.article_time,
            max_killed=event.killed or 0,
            wmd=wmd,
            novel_country=novel,
            texts=remember_text([], cand.text, self.policy.max_profiles),
        )

    def _join(
        self,
        rule: Rule,
        record: StoryRecord,
        cand: Candidate,
        now: datetime,
        *,
        genre: str | None = None,
        cue: EscalationCue | None = None,
    ) -> StoryRecord:
        signal, event = cand.signal, cand.event
        old = record.alert
        members = [
            *record.members,
            Member(
                article_id=signal.article_id,
                source=signal.source,
                title_key=title_key(signal.title),
                article_time=cand.article_time,
                genre=genre,
            ),
        ]
        # A gated article is evidence only: its casualty figures and modes do not raise the story.
        news = genre is None
        actors = merge_actors(old.actors, event)
        countries = sorted(set(old.countries) | cand.countries)
        max_killed = max(record.max_killed, event.killed or 0) if news else record.max_killed
        wmd = record.wmd or (news and (event.mode or "").lower() in self.book.vocabulary.wmd_modes)
        escalations = [*record.escalations, cue.name] if cue is not None else record.escalations
        heads, nuclear, n_sources = self._facts(actors, countries, members)
        facts = StoryFacts(
            heads,
            nuclear,
            n_sources,
            max_killed,
            record.novel_country,
            wmd,
            self._escalation_facts(rule, escalations),
        )
        severity, reasons = assess(rule, facts, floor=old.severity)
        alert = old.model_copy(
            update={
                "version": old.version + 1,
                "severity": severity,
                "actors": actors,
                "countries": countries,
                "location": old.location or cand.place,
                "last_seen": now,
                "article_ids": [*old.article_ids, signal.article_id],
                "languages": append_unique(old.languages, signal.lang),
                "sources": append_unique(old.sources, signal.source),
                "independent_sources": n_sources,
                "evidence": [*old.evidence, evidence_of(signal, event)],
                "reasons": reasons,
                "updated_at": now,
            }
        )
        return record.model_copy(
            update={
                "alert": alert,
                "members": members,
                "max_killed": max_killed,
                "wmd": wmd,
                "texts": remember_text(record.texts, cand.text, self.policy.max_profiles),
                "escalations": escalations,
            }
        )

    def _raised(  # noqa: PLR0917 - the story, its pending change and the raising event
        self,
        rule: Rule,
        pending: Change | None,
        found: StoryRecord,
        cue: EscalationCue,
        cand: Candidate,
        now: datetime,
    ) -> Change:
        """The change raising ``found`` for an event that is also an alert of its own (see
        ``EscalationCue.opens_own``): a new version with the evidence and the reason, no new member."""
        if pending is not None:  # this article already made a new version of the story
            return replace(pending, record=self._escalate(rule, pending.record, cue, cand))
        raised = self._escalate(rule, found, cue, cand)
        alert = raised.alert.model_copy(
            update={"version": found.alert.version + 1, "last_seen": now, "updated_at": now}
        )
        return Change(raised.model_copy(update={"alert": alert}), "updated", found.alert.severity)

    def _escalate(self, rule: Rule, record: StoryRecord, cue: EscalationCue, cand: Candidate) -> StoryRecord:
        """Raise a story this very article already made a new version of (no new version, no new
        member): a protest report that also tells of clashes there."""
        event = cand.event
        escalations = [*record.escalations, cue.name]
        old = record.alert
        heads, nuclear, n_sources = self._facts(old.actors, old.countries, record.members)
        max_killed = max(record.max_killed, event.killed or 0)
        facts = StoryFacts(
            heads,
            nuclear,
            n_sources,
            max_killed,
            record.novel_country,
            record.wmd,
            self._escalation_facts(rule, escalations),
        )
        severity, reasons = assess(rule, facts, floor=old.severity)
        alert = old.model_copy(
            update={
                "severity": severity,
                "reasons": reasons,
                "evidence": [*old.evidence, evidence_of(cand.signal, event)],
            }
        )
        update = {"alert": alert, "escalations": escalations, "max_killed": max_killed}
        return record.model_copy(update=update)
