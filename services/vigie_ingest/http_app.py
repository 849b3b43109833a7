"""The HTTP face of the ingest service: ``POST /articles``, ``/metrics``, ``/livez``, ``/readyz``.

``POST /articles`` takes one article object, a JSON array of them, or ``{"articles": [...]}``.
202: per-item results (``accepted`` with the id, ``duplicate`` with the earlier id, ``rejected`` with
the reason). 400: malformed JSON. 413: body over ``max_body_bytes``. 422: a single article that is
invalid, or a body of the wrong shape, with the reason. 503: the broker did not acknowledge.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from vigie.errors import DeliveryError
from vigie_ingest.pipeline import Ingestor, ItemResult
from vigie_ingest.settings import IngestSettings

logger = logging.getLogger(__name__)

SHAPE_HELP = 'expected an article object, a JSON array of articles, or {"articles": [...]}'


class _Problem(Exception):
    """A request answered with an error status and a reason."""

    def __init__(self, status: int, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail


async def _read_body(request: Request, limit: int) -> bytes:
    """The request body, refused (413) as soon as it is known to exceed ``limit``."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise _Problem(413, f"Content-Length {declared} exceeds {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise _Problem(413, f"body exceeds {limit} bytes")
    return bytes(body)


def _decode(body: bytes) -> tuple[list[Any], bool]:
    """``(items, is_batch)`` from a request body; _Problem 400 (bad JSON) or 422 (wrong shape)."""
    try:
        payload = json.loads(body)
    except (ValueError, RecursionError) as exc:
        raise _Problem(400, f"malformed JSON: {exc}") from None
    shape = _items_of(payload)
    if isinstance(shape, str):
        raise _Problem(422, shape)
    if not shape[0]:
        raise _Problem(422, "empty batch: no articles")
    return shape


def _items_of(payload: Any) -> tuple[list[Any], bool] | str:
    """``(items, is_batch)`` from a decoded body, or the reason its shape is wrong."""
    if isinstance(payload, list):
        return payload, True
    if isinstance(payload, dict):
        if "articles" in payload and "url" not in payload:
            articles = payload["articles"]
            if not isinstance(articles, list):
                return "'articles' must be a JSON array"
            return articles, True
        return [payload], False
    return SHAPE_HELP


def _summary(results: list[ItemResult]) -> dict[str, Any]:
    return {
        "accepted": sum(r.status == "accepted" for r in results),
        "duplicates": sum(r.status == "duplicate" for r in results),
        "rejected": sum(r.status == "rejected" for r in results),
        "results": [r.as_json() for r in results],
    }


def create_app(settings: IngestSettings, ingestor: Ingestor) -> FastAPI:
    """The FastAPI app; metrics come from ``ingestor.metrics`` (its own CollectorRegistry)."""
    app = FastAPI(title="Vigie ingest", version="1", docs_url="/docs", redoc_url=None)
    metrics = ingestor.metrics
    limit = settings.max_body_bytes

    @app.post("/articles", status_code=202)
    async def post_articles(request: Request) -> JSONResponse:
        try:
            body = await _read_body(request, limit)
            metrics.http_request_bytes.observe(len(body))
            items, is_batch = _decode(body)
        except _Problem as problem:
            ingestor.count("rejected", "push")
            return JSONResponse({"detail": problem.detail}, status_code=problem.status)
        try:
            results = await ingestor.ingest(items, origin="push")
        except DeliveryError as exc:
            logger.error("push of %d item(s) not delivered: %s", len(items), exc)
            return JSONResponse({"detail": f"broker unavailable: {exc}"}, status_code=503)
        if not is_batch and results[0].status == "rejected":
            return JSONResponse({"detail": results[0].reason, **_summary(results)}, status_code=422)
        return JSONResponse(_summary(results), status_code=202)

    @app.get("/livez")
    async def livez() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        if await ingestor.sink.ready():
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "not ready", "detail": "broker not reachable"}, status_code=503)

    @app.get("/metrics")
    async def metrics_endpoint() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    return app
