"""Which alerts a reader asked for (``GET /alerts`` and ``GET /events`` share these filters)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from vigie.contracts import Alert

ALL = "all"


def _split(value: str | None) -> frozenset[str]:
    if value is None:
        return frozenset()
    return frozenset(v.strip() for v in value.split(",") if v.strip() and v.strip() != ALL)


@dataclass(frozen=True)
class AlertFilter:
    """Comma-separated values are alternatives; an empty field (or 'all') does not filter.

    >>> f = AlertFilter.parse(severity="high,critical", country="syr")
    >>> sorted(f.severities), sorted(f.countries)
    (['critical', 'high'], ['SYR'])
    """

    severities: frozenset[str] = frozenset()
    kinds: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    statuses: frozenset[str] = frozenset()
    since: datetime | None = None

    @classmethod
    def parse(
        cls,
        *,
        severity: str | None = None,
        kind: str | None = None,
        country: str | None = None,
        status: str | None = None,
        since: datetime | None = None,
    ) -> AlertFilter:
        return cls(
            severities=_split(severity),
            kinds=_split(kind),
            countries=frozenset(c.upper() for c in _split(country)),
            statuses=_split(status),
            since=since,
        )

    def keep(self, alert: Alert) -> bool:
        place_country = alert.location.country if alert.location is not None else None
        countries = {*alert.countries, *([place_country] if place_country else [])}
        return (
            (not self.severities or alert.severity in self.severities)
            and (not self.kinds or alert.kind in self.kinds)
            and (not self.countries or bool(self.countries & countries))
            and (not self.statuses or alert.status in self.statuses)
            and (self.since is None or alert.updated_at >= self.since)
        )

    def select(self, alerts: Iterable[Alert], limit: int | None = None) -> list[Alert]:
        """Matching alerts, newest story first (``first_seen`` descending, then id)."""
        out = sorted(
            (a for a in alerts if self.keep(a)), key=lambda a: (a.first_seen, a.alert_id), reverse=True
        )
        return out if limit is None else out[:limit]
