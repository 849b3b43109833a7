"""Which alerts a reader asked for (``GET /alerts`` and ``GET /events`` share these filters)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from vigie.contracts import Alert
from vigie_alerting.core.regions import alert_countries

ALL = "all"


def actor_matches(alert: Alert, codes: Iterable[str] = (), names: Iterable[str] = ()) -> bool:
    """Whether one of the alert's actors has a CAMEO code starting with one of ``codes`` ("SYR",
    "SYRREB", "IGO"), or a canonical name or person equal to one of ``names`` (any case).

    >>> from vigie.contracts import Actor
    >>> a = Actor(text="RSF", name="Rapid Support Forces", country="SDN", role="REB", code="SDNREB")
    >>> alert = Alert.model_construct(actors=[a])
    >>> actor_matches(alert, codes=["SDN"]), actor_matches(alert, names=["rapid support forces"])
    (True, True)
    """
    prefixes = tuple(c.strip().upper() for c in codes if c.strip())
    folded = {n.strip().casefold() for n in names if n.strip()}
    for actor in alert.actors:
        if prefixes and actor.code and actor.code.upper().startswith(prefixes):
            return True
        if folded and {actor.name.casefold(), (actor.person or "").casefold()} & folded:
            return True
    return False


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
    # Countries of the regions asked for: with ``countries``, the alert must be in one or the other.
    region_countries: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()  # a CAMEO code prefix or a canonical name each

    @classmethod
    def parse(
        cls,
        *,
        severity: str | None = None,
        kind: str | None = None,
        country: str | None = None,
        status: str | None = None,
        since: datetime | None = None,
        region_countries: frozenset[str] = frozenset(),
        actor: str | None = None,
    ) -> AlertFilter:
        return cls(
            severities=_split(severity),
            kinds=_split(kind),
            countries=frozenset(c.upper() for c in _split(country)),
            statuses=_split(status),
            since=since,
            region_countries=region_countries,
            actors=_split(actor),
        )

    def keep(self, alert: Alert) -> bool:
        where = self.countries | self.region_countries
        return (
            (not self.severities or alert.severity in self.severities)
            and (not self.kinds or alert.kind in self.kinds)
            and (not where or bool(where & alert_countries(alert)))
            and (not self.statuses or alert.status in self.statuses)
            and (self.since is None or alert.updated_at >= self.since)
            and (not self.actors or actor_matches(alert, self.actors, self.actors))
        )

    def select(self, alerts: Iterable[Alert], limit: int | None = None) -> list[Alert]:
        """Matching alerts, newest story first (``first_seen`` descending, then id)."""
        out = sorted(
            (a for a in alerts if self.keep(a)), key=lambda a: (a.first_seen, a.alert_id), reverse=True
        )
        return out if limit is None else out[:limit]
