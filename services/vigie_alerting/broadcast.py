"""Fan-out of alert versions to live subscribers (the server-sent events of ``GET /events``)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

from vigie.contracts import Alert

Predicate = Callable[[Alert], bool]


class AlertHub:
    """Each subscriber gets its own bounded queue; a slow one loses old versions, never blocks the rest."""

    def __init__(self, queue_size: int = 500) -> None:
        self.queue_size = queue_size
        self._queues: set[asyncio.Queue[Alert | None]] = set()

    @property
    def subscribers(self) -> int:
        return len(self._queues)

    def publish(self, alert: Alert) -> None:
        for q in self._queues:
            if q.full():
                q.get_nowait()
            q.put_nowait(alert)

    def close(self) -> None:
        """End every subscription (at shutdown)."""
        for q in self._queues:
            if q.full():
                q.get_nowait()
            q.put_nowait(None)

    async def subscribe(self, keep: Predicate, keepalive_s: float = 15.0) -> AsyncIterator[str]:
        """SSE frames: ``event: alert`` with the Alert JSON, and a comment line as keep-alive."""
        queue: asyncio.Queue[Alert | None] = asyncio.Queue(self.queue_size)
        self._queues.add(queue)
        try:
            yield ": connected\n\n"
            while True:
                try:
                    alert = await asyncio.wait_for(queue.get(), timeout=keepalive_s)
                except TimeoutError:
                    yield ": keep-alive\n\n"
                    continue
                if alert is None:
                    return
                if keep(alert):
                    head = f"event: alert\nid: {alert.alert_id}:{alert.version}\n"
                    yield f"{head}data: {alert.model_dump_json()}\n\n"
        finally:
            self._queues.discard(queue)
