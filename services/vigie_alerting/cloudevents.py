"""CloudEvents 1.0 binary-mode Kafka headers for alert versions (the body stays the Alert JSON).

Binary mode puts the event attributes in ``ce_*`` headers and the data in the record value, so
consumers that ignore CloudEvents read the same Alert JSON as before.
"""

from __future__ import annotations

from datetime import UTC

from vigie.contracts import Alert

SPEC_VERSION = "1.0"
SOURCE = "/vigie/alerting"
ALERT_TYPE = "dev.vigie.alert.v1"
CONTENT_TYPE = "application/json"


def alert_headers(alert: Alert) -> list[tuple[str, bytes]]:
    """Kafka headers of one alert version; ``ce_id`` is ``alert_id:version``, unique per version, so
    a consumer can drop a version re-produced after a crash; ``ce_time`` is the version's time."""
    moment = alert.updated_at.astimezone(UTC).isoformat().replace("+00:00", "Z")
    attributes = {
        "ce_specversion": SPEC_VERSION,
        "ce_id": f"{alert.alert_id}:{alert.version}",
        "ce_source": SOURCE,
        "ce_type": ALERT_TYPE,
        "ce_time": moment,
        "ce_subject": alert.alert_id,
        "content-type": CONTENT_TYPE,
    }
    return [(name, value.encode()) for name, value in attributes.items()]
