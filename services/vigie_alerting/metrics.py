"""Prometheus metrics of the alerting service, on a registry created per service instance."""

from __future__ import annotations

from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram

LATENCY_BUCKETS = (0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600, 4 * 3600, 24 * 3600)


@dataclass(frozen=True)
class AlertingMetrics:
    """Every metric the service exports; build with ``AlertingMetrics.create()``.

    >>> m = AlertingMetrics.create()
    >>> m.signals.labels(outcome="alerted").inc()
    >>> m.registry.get_sample_value("vigie_alerting_signals_total", {"outcome": "alerted"})
    1.0
    """

    registry: CollectorRegistry
    signals: Counter
    alerts: Counter
    alert_updates: Counter
    escalations: Counter
    notifications: Counter
    detection_latency: Histogram
    ingest_to_alert: Histogram

    @classmethod
    def create(cls, registry: CollectorRegistry | None = None) -> AlertingMetrics:
        reg = registry if registry is not None else CollectorRegistry()
        return cls(
            registry=reg,
            signals=Counter(
                "vigie_alerting_signals",
                "Signals by outcome (alerted, no_alert, duplicate, dead_letter)",
                ["outcome"],
                registry=reg,
            ),
            alerts=Counter(
                "vigie_alerting_alerts",
                "Alerts created, by kind and severity",
                ["kind", "severity"],
                registry=reg,
            ),
            alert_updates=Counter(
                "vigie_alerting_alert_updates", "New versions of existing alerts", registry=reg
            ),
            escalations=Counter(
                "vigie_alerting_escalations",
                "Raises of existing alerts (severity up or an escalation cue met), by kind and new severity",
                ["kind", "severity"],
                registry=reg,
            ),
            notifications=Counter(
                "vigie_alerting_notifications",
                "Webhook notifications by receiver name and outcome: delivered, retried (one per extra "
                "try), dead (gave up, dead-lettered), held (over the rate limit, sent in a digest)",
                ["receiver", "outcome"],
                registry=reg,
            ),
            detection_latency=Histogram(
                "vigie_alerting_detection_latency_seconds",
                "Alert first_seen minus the publication time of the article that created it",
                registry=reg,
                buckets=LATENCY_BUCKETS,
            ),
            ingest_to_alert=Histogram(
                "vigie_alerting_ingest_to_alert_seconds",
                "Alert version time minus the article's ingestion time",
                registry=reg,
                buckets=LATENCY_BUCKETS,
            ),
        )
