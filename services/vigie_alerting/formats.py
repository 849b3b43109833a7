"""Webhook bodies per receiver format: ``generic`` (Alert JSON), ``alertmanager`` (v4) and ``slack``.

The notification log keeps the Alert JSON (or, for a storm digest, the list of held Alerts); the body
is rendered for the receiver at delivery time, so one stored version serves every format.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from pydantic import TypeAdapter

from vigie.contracts import Alert
from vigie_alerting.receivers import Receiver, WebhookFormat
from vigie_alerting.store import Notification

ALERTS = TypeAdapter(list[Alert])
# Alertmanager's "not ended" time.
ZERO_TIME = "0001-01-01T00:00:00Z"
SLACK_HEADER_MAX = 150
SLACK_SECTION_MAX = 3000
SEVERITY_ICON = {
    "critical": ":red_circle:",
    "high": ":large_orange_circle:",
    "medium": ":large_yellow_circle:",
}


def alert_url(external_url: str, alert_id: str) -> str:
    return f"{external_url.rstrip('/')}/alerts/{alert_id}"


def rfc3339(moment: datetime) -> str:
    """UTC with a ``Z``: ``2026-11-17T09:00:00Z``."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def digest_payload(alerts: list[Alert]) -> bytes:
    """What the log stores for a storm digest: the held alerts, oldest first."""
    return ALERTS.dump_json(alerts)


def digest_summary(count: int) -> str:
    return f"{count} more similar alert{'s' if count != 1 else ''}"


def _dumps(body: dict[str, Any]) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()


def _place(alert: Alert) -> str:
    if alert.location is None:
        return ""
    loc = alert.location
    return f"{loc.name} ({loc.country})" if loc.country else loc.name


def _actors(alert: Alert) -> str:
    return ", ".join(f"{a.name} ({a.code})" if a.code else a.name for a in alert.actors)


def _evidence(alert: Alert, limit: int = 3) -> str:
    return "\n".join(f"[{e.source}, {e.lang}] {e.sentence}" for e in alert.evidence[:limit])


def escalation_note(alert: Alert) -> str | None:
    """ "escalated: <what is new>" when this version is a raise of the story, else None."""
    history = alert.escalations
    if not history or history[-1].version != alert.version:
        return None
    last = history[-1]
    why = "; ".join(last.reasons) or "the story grew"
    moved = f" ({last.from_severity} → {last.to_severity})" if last.from_severity != last.to_severity else ""
    return f"escalated{moved}: {why}"


def _description(alert: Alert) -> str:
    parts = [f"{alert.severity} {alert.kind}, version {alert.version}, status {alert.status}."]
    note = escalation_note(alert)
    if note is not None:
        parts.append(note[0].upper() + note[1:] + ".")
    if alert.status_reason and alert.status != "firing":
        parts.append(alert.status_reason[0].upper() + alert.status_reason[1:] + ".")
    if alert.reasons:
        parts.append("Why: " + "; ".join(alert.reasons) + ".")
    parts.append(f"{alert.independent_sources} independent source(s): {', '.join(alert.sources)}.")
    if alert.actors:
        parts.append(f"Actors: {_actors(alert)}.")
    if alert.location is not None:
        parts.append(f"Place: {_place(alert)}.")
    return " ".join(parts)


# ---------------------------------------------------------------------------------- generic
def _generic_digest(receiver: Receiver, alerts: list[Alert], external_url: str) -> bytes:
    return _dumps(
        {
            "type": "digest",
            "receiver": receiver.name,
            "summary": digest_summary(len(alerts)),
            "count": len(alerts),
            "alerts": [
                {
                    "alert_id": a.alert_id,
                    "version": a.version,
                    "title": a.title,
                    "severity": a.severity,
                    "kind": a.kind,
                    "url": alert_url(external_url, a.alert_id),
                }
                for a in alerts
            ],
        }
    )


# ---------------------------------------------------------------------------------- alertmanager
def _am_labels(alert: Alert) -> dict[str, str]:
    labels = {
        "alertname": alert.kind,
        "severity": alert.severity,
        "countries": ",".join(alert.countries),
        "alert_id": alert.alert_id,
        "plover": alert.plover,
        "cameo": alert.cameo,
        "actor_codes": ",".join(sorted({a.code for a in alert.actors if a.code})),
    }
    if alert.location is not None:
        labels["place"] = alert.location.name
    return labels


def _am_alert(alert: Alert, external_url: str) -> dict[str, Any]:
    ended = alert.status in ("resolved", "expired")
    return {
        "status": "resolved" if ended else "firing",
        "labels": _am_labels(alert),
        "annotations": {
            "summary": alert.title,
            "description": _description(alert),
            "evidence": _evidence(alert),
        },
        "startsAt": rfc3339(alert.first_seen),
        "endsAt": rfc3339(alert.updated_at) if ended else ZERO_TIME,
        "generatorURL": alert_url(external_url, alert.alert_id),
        "fingerprint": hashlib.sha256(alert.alert_id.encode()).hexdigest()[:16],
    }


def _common(maps: list[dict[str, str]]) -> dict[str, str]:
    """The pairs every map shares (Alertmanager's commonLabels / commonAnnotations)."""
    first, *rest = maps
    return {k: v for k, v in first.items() if all(m.get(k) == v for m in rest)}


def _group_key(labels: dict[str, str]) -> str:
    return "{}:{" + ", ".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}"


def alertmanager_body(
    receiver: Receiver, alerts: list[Alert], external_url: str, *, digest: bool = False
) -> dict[str, Any]:
    """An Alertmanager v4 webhook payload: one story per group, or every held alert for a digest."""
    items = [_am_alert(a, external_url) for a in alerts]
    if digest:
        group = {"vigie_digest": receiver.name}
    else:
        group = {"alertname": alerts[0].kind, "alert_id": alerts[0].alert_id}
    annotations = _common([i["annotations"] for i in items])
    if digest:
        annotations = {**annotations, "summary": digest_summary(len(alerts))}
    return {
        "version": "4",
        "groupKey": _group_key(group),
        "truncatedAlerts": 0,
        "status": "firing" if any(i["status"] == "firing" for i in items) else "resolved",
        "receiver": receiver.name,
        "groupLabels": group,
        "commonLabels": _common([i["labels"] for i in items]),
        "commonAnnotations": annotations,
        "externalURL": external_url,
        "alerts": items,
    }


# ---------------------------------------------------------------------------------- slack
def _escape(text: str) -> str:
    """Slack mrkdwn control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def slack_body(alert: Alert, external_url: str) -> dict[str, Any]:
    """A Slack incoming-webhook message (Block Kit) for one alert version."""
    url = alert_url(external_url, alert.alert_id)
    icon = SEVERITY_ICON.get(alert.severity, ":white_circle:")
    state = "" if alert.status == "firing" else f" [{alert.status}]"
    raised = " [escalated]" if escalation_note(alert) is not None else ""
    headline = f"{alert.severity.upper()}{state}{raised}: {alert.title}"
    fields = [
        ("Severity", alert.severity),
        ("Status", f"{alert.status} (v{alert.version})"),
        ("Actors", _actors(alert) or "unknown"),
        ("Place", _place(alert) or "unknown"),
        ("Sources", f"{alert.independent_sources} independent: {', '.join(alert.sources)}"),
        ("Kind", alert.kind),
    ]
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {"type": "plain_text", "text": _cut(headline, SLACK_HEADER_MAX)},
        },
        {
            "type": "section",
            "fields": [{"type": "mrkdwn", "text": _cut(f"*{k}*\n{_escape(v)}", 2000)} for k, v in fields],
        },
    ]
    note = escalation_note(alert)
    if note is not None or (alert.status_reason and alert.status != "firing"):
        why = note if note is not None else alert.status_reason or ""
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _cut(_escape(why), 2000)}})
    if alert.evidence:
        quote = "\n".join(f">{_escape(line)}" for line in _evidence(alert).splitlines())
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _cut(quote, SLACK_SECTION_MAX)}})
    blocks.append(
        {"type": "context", "elements": [{"type": "mrkdwn", "text": f"<{url}|Open alert {alert.alert_id}>"}]}
    )
    text = f"{icon} {_escape(headline)} <{url}|{alert.alert_id}>"
    return {"text": text, "blocks": blocks}


def slack_digest(receiver: Receiver, alerts: list[Alert], external_url: str) -> dict[str, Any]:
    summary = digest_summary(len(alerts))
    lines: list[str] = []
    used = 0
    for i, a in enumerate(alerts):
        line = f"• <{alert_url(external_url, a.alert_id)}|{a.alert_id}> {_escape(a.title)} ({a.severity})"
        if used + len(line) + 40 > SLACK_SECTION_MAX:
            lines.append(f"…and {len(alerts) - i} more")
            break
        lines.append(line)
        used += len(line) + 1
    return {
        "text": f":rotating_light: {summary} held back by the rate limit of {receiver.name}",
        "blocks": [
            {
                "type": "header",
                "text": {"type": "plain_text", "text": _cut(f"Alert storm: {summary}", SLACK_HEADER_MAX)},
            },
            {"type": "section", "text": {"type": "mrkdwn", "text": "\n".join(lines)}},
        ],
    }


def render(receiver: Receiver, n: Notification, external_url: str) -> bytes:
    """The body to post for notification ``n`` in the receiver's format."""
    fmt: WebhookFormat = receiver.format
    if n.kind == "digest":
        alerts = ALERTS.validate_json(n.payload)
        if fmt == "alertmanager":
            return _dumps(alertmanager_body(receiver, alerts, external_url, digest=True))
        if fmt == "slack":
            return _dumps(slack_digest(receiver, alerts, external_url))
        return _generic_digest(receiver, alerts, external_url)
    if fmt == "generic":
        return n.payload  # unchanged: the signature covers exactly the stored Alert JSON
    alert = Alert.model_validate_json(n.payload)
    if fmt == "alertmanager":
        return _dumps(alertmanager_body(receiver, [alert], external_url))
    return _dumps(slack_body(alert, external_url))
