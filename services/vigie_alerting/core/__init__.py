"""The pure alerting core: rules, story clustering, severity and alert state (no I/O, no frameworks)."""
