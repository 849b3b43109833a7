"""Vigie's alerting service: signals in, story-level alerts out (Kafka, HTTP, SSE and webhooks)."""
