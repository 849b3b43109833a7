"""Webhook delivery: a signed JSON POST, retried with exponential backoff on 429, 5xx and network errors.

The body is the Alert JSON. Headers: ``X-Vigie-Signature: sha256=<hex HMAC-SHA256(secret, body)>``
(when a secret is set), ``X-Vigie-Alert-Id``, ``X-Vigie-Alert-Version`` and ``Idempotency-Key``
(``alert_id:version``) so a receiver can drop the rare duplicate after a crash.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

import httpx

logger = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Vigie-Signature"
Sleep = Callable[[float], Awaitable[None]]


def sign(secret: bytes, body: bytes) -> str:
    """The signature header value for ``body``.

    >>> sign(b"k", b"{}")[:7]
    'sha256='
    """
    return "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()


def verify(secret: bytes, body: bytes, header: str) -> bool:
    """What a receiver does: recompute and compare in constant time.

    >>> verify(b"k", b"{}", sign(b"k", b"{}")), verify(b"k", b"{ }", sign(b"k", b"{}"))
    (True, False)
    """
    return hmac.compare_digest(sign(secret, body), header)


@dataclass(frozen=True)
class Delivery:
    """The result of delivering one body to one receiver, after every try."""

    delivered: bool
    attempts: int
    status_code: int | None = None
    error: str | None = None


class Notifier(Protocol):
    async def deliver(
        self, url: str, body: bytes, *, alert_id: str, version: int, secret: bytes | None = None
    ) -> Delivery: ...


def retryable(status: int) -> bool:
    return status == 429 or status >= 500


class WebhookNotifier:
    """Posts with ``client``; the caller owns (and closes) the client."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        secret: bytes | None,
        *,
        max_attempts: int = 5,
        backoff_s: float = 0.5,
        backoff_max_s: float = 30.0,
        sleep: Sleep = asyncio.sleep,
        on_retry: Callable[[str], None] | None = None,
    ) -> None:
        self.client = client
        self.secret = secret
        self.max_attempts = max_attempts
        self.backoff_s = backoff_s
        self.backoff_max_s = backoff_max_s
        self.sleep = sleep
        self.on_retry = on_retry

    def headers(
        self, body: bytes, alert_id: str, version: int, secret: bytes | None = None
    ) -> dict[str, str]:
        """Request headers; ``secret`` (a receiver's own key) takes precedence over the notifier's."""
        key = secret if secret is not None else self.secret
        out = {
            "Content-Type": "application/json",
            "X-Vigie-Alert-Id": alert_id,
            "X-Vigie-Alert-Version": str(version),
            "Idempotency-Key": f"{alert_id}:{version}",
        }
        if key is not None:
            out[SIGNATURE_HEADER] = sign(key, body)
        return out

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Backoff before try ``attempt + 1``: base * 2^(attempt-1), or Retry-After when longer."""
        wait = float(min(self.backoff_max_s, self.backoff_s * 2 ** (attempt - 1)))
        after = response.headers.get("Retry-After", "") if response is not None else ""
        if after.strip().isdigit():
            wait = max(wait, min(self.backoff_max_s, float(after)))
        return wait

    async def deliver(
        self, url: str, body: bytes, *, alert_id: str, version: int, secret: bytes | None = None
    ) -> Delivery:
        headers = self.headers(body, alert_id, version, secret)
        last = Delivery(False, 0)
        for attempt in range(1, self.max_attempts + 1):
            response: httpx.Response | None = None
            try:
                response = await self.client.post(url, content=body, headers=headers)
            except httpx.TransportError as exc:
                last = Delivery(False, attempt, None, f"{type(exc).__name__}: {exc}")
            else:
                if response.is_success:
                    return Delivery(True, attempt, response.status_code)
                last = Delivery(False, attempt, response.status_code, f"HTTP {response.status_code}")
                if not retryable(response.status_code):
                    return last
            if attempt < self.max_attempts:
                logger.info("webhook %s try %d failed (%s); retrying", url, attempt, last.error)
                if self.on_retry is not None:
                    self.on_retry(url)
                await self.sleep(self.delay(attempt, response))
        return last
