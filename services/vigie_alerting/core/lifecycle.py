"""A story over time: when it goes quiet (expiry), how an expired story still takes its late reports,
and the history of its raises (escalations).

>>> from datetime import timedelta
>>> hours(timedelta(hours=48))
'48'
"""

from __future__ import annotations

from datetime import datetime, timedelta

from vigie.contracts import AlertEscalation
from vigie_alerting.core.stories import StoryRecord


def hours(span: timedelta) -> str:
    return f"{span.total_seconds() / 3600:g}"


def latest_article_time(record: StoryRecord) -> datetime:
    """When the story's latest article was published (or ingested)."""
    return max((m.article_time for m in record.members), default=record.story_time)


def expired(record: StoryRecord, quiet: timedelta, last: datetime, now: datetime) -> StoryRecord:
    """The next version of ``record``: expired after ``quiet`` without news since ``last``."""
    alert = record.alert.model_copy(
        update={
            "status": "expired",
            "version": record.alert.version + 1,
            "updated_at": now,
            "status_reason": f"expired: no new article for {hours(quiet)} h (last {last.isoformat()})",
        }
    )
    return record.model_copy(update={"alert": alert})


def as_open(record: StoryRecord) -> StoryRecord:
    """An expired story as an open one, to test whether a late report (written before it went quiet,
    read after the sweep: a slow feed, a partition behind the others) is one of its articles; the
    story itself stays expired. Other statuses are returned as they are (resolved takes nothing)."""
    if record.alert.status != "expired":
        return record
    return record.model_copy(update={"alert": record.alert.model_copy(update={"status": "firing"})})


def with_escalation(before: StoryRecord, after: StoryRecord, now: datetime) -> StoryRecord:
    """``after`` with a raise appended to its alert's escalation history when, since ``before`` (the
    version subscribers last saw), its severity went up or it met an escalation cue; else ``after``."""
    old, new = before.alert, after.alert
    cue_met = len(after.escalations) > len(before.escalations)
    if old.severity == new.severity and not cue_met:
        return after
    fresh = [r for r in new.reasons if r not in old.reasons and not r.startswith("kept at")]
    entry = AlertEscalation(
        version=new.version, at=now, from_severity=old.severity, to_severity=new.severity, reasons=fresh
    )
    return after.model_copy(
        update={"alert": new.model_copy(update={"escalations": [*new.escalations, entry]})}
    )
