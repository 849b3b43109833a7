"""The HTTP face of the alerting service: alerts, status, metrics, health, live page and SSE.

Read: ``GET /alerts`` (filters ``severity``, ``kind``, ``country``, ``region``, ``actor``, ``status``:
comma-separated, 'all' = no filter; ``country`` and ``region`` together say where (one of them must
hold); ``actor`` is a CAMEO actor code prefix or a canonical name; ``since`` ISO 8601 on
``updated_at``; ``limit``), newest first, as ``{"count": n, "alerts": [...]}`` (422 for an unknown
region); ``GET /regions`` (the named regions and their countries); ``GET /alerts/{id}`` (404 if
unknown); ``GET /status``;
``GET /metrics``; ``GET /livez``; ``GET /readyz``; ``GET /`` (live page: list, counts and offline map),
``GET /alerts/{id}/view`` (the page of one alert, 404 if unknown) and ``GET /events`` (SSE, the same
filters). The pages are static files under ``static/`` that read the JSON API in the browser.
Write (``Authorization: Bearer <VIGIE_ALERTING_API_TOKEN>``):
``POST /alerts/{id}/ack`` and ``POST /alerts/{id}/resolve`` — 401 without a valid token, 403 when no
token is configured, 404 unknown alert, 409 forbidden transition.

Silences: ``GET /silences`` lists them (each with ``state``: pending, active or expired);
``POST /silences`` (token) takes ``{"matchers": {...}, "author", "comment", "starts_at"?, "ends_at"}``
— matchers one value each (``kind``, ``country``, ``actor_code``, ``severity``, ``place``) or the
routing filters (``kinds``, ``countries``, ``regions``, ``actor_codes``, ``actor_names``,
``severities``, ``min_severity``), all given must hold — and answers 201 with the stored silence
(422 if invalid or naming an undefined region); ``DELETE /silences/{id}`` (token) answers 204, or
404 if unknown.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import SecretStr

from vigie.contracts import Alert, AlertStatus
from vigie_alerting.core.filters import AlertFilter
from vigie_alerting.core.regions import RegionBook, RegionError
from vigie_alerting.core.silences import Silence, SilenceRequest
from vigie_alerting.core.transitions import TransitionError
from vigie_alerting.service import AlertingService

STATIC = Path(__file__).resolve().parent / "static"
# A stateless header parser (FastAPI resolves dependencies by name, so it lives at module level).
BEARER = HTTPBearer(auto_error=False)
# What the write endpoints may answer besides success (documented in the OpenAPI schema).
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"description": "No bearer token, or not the configured one"},
    403: {"description": "Write endpoints are disabled: VIGIE_ALERTING_API_TOKEN is not set"},
}
UNKNOWN: dict[int | str, dict[str, Any]] = {404: {"description": "No such alert"}}
FORBIDDEN_MOVE: dict[int | str, dict[str, Any]] = {
    409: {"description": "The lifecycle forbids this move (e.g. acknowledging a resolved alert)"}
}


def _filters(
    request: Request,
    *,
    severity: Annotated[str | None, Query(description="low, medium, high, critical; comma = any of")] = None,
    kind: Annotated[str | None, Query(description="Alert kinds (rule names), comma-separated")] = None,
    country: Annotated[str | None, Query(description="ISO alpha-3 codes, comma-separated")] = None,
    region: Annotated[str | None, Query(description="Region names of GET /regions, comma-separated")] = None,
    actor: Annotated[str | None, Query(description="CAMEO actor code prefix or canonical name")] = None,
    status: Annotated[
        str | None, Query(description="firing, acknowledged, resolved, expired; comma = any of")
    ] = None,
    since: Annotated[datetime | None, Query(description="ISO 8601: versions updated at or after")] = None,
) -> AlertFilter:
    """The query string of ``GET /alerts`` and ``GET /events``; 422 for an unknown region."""
    regions: RegionBook = request.app.state.regions
    names = [r for r in (region or "").split(",") if r.strip() and r.strip() != "all"]
    try:
        where = regions.countries(names)
    except RegionError as exc:
        raise HTTPException(422, str(exc)) from None
    return AlertFilter.parse(
        severity=severity,
        kind=kind,
        country=country,
        status=status,
        since=since,
        region_countries=where,
        actor=actor,
    )


def silence_state(silence: Silence, now: datetime) -> str:
    if now < silence.starts_at:
        return "pending"
    return "active" if silence.active(now) else "expired"


def create_app(service: AlertingService, api_token: SecretStr | None, keepalive_s: float = 15.0) -> FastAPI:
    """The FastAPI app over a running (or test) ``AlertingService``."""
    app = FastAPI(title="Vigie alerting", version="1", docs_url="/docs", redoc_url=None)

    app.state.regions = service.regions

    def require_token(
        creds: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
    ) -> None:
        if api_token is None:
            raise HTTPException(403, "write endpoints are disabled: set VIGIE_ALERTING_API_TOKEN")
        expected = api_token.get_secret_value().encode()
        if creds is None or not hmac.compare_digest(creds.credentials.encode(), expected):
            raise HTTPException(
                401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )

    @app.get("/alerts")
    async def list_alerts(
        filters: Annotated[AlertFilter, Depends(_filters)],
        limit: Annotated[int, Query(ge=1, le=1_000_000)] = 1000,
    ) -> dict[str, Any]:
        """Alerts (latest versions) passing the filters, newest story first: ``{count, alerts}``."""
        alerts = filters.select(service.engine.alerts(), limit)
        return {"count": len(alerts), "alerts": [a.model_dump(mode="json") for a in alerts]}

    @app.get("/alerts/{alert_id}", response_model=Alert, responses={**UNKNOWN})
    async def get_alert(alert_id: str) -> Alert:
        """The latest version of one alert."""
        record = service.engine.record(alert_id)
        if record is None:
            raise HTTPException(404, f"no alert {alert_id}")
        return record.alert

    async def _move(alert_id: str, status: AlertStatus) -> Alert:
        try:
            alert = await service.set_status(alert_id, status)
        except TransitionError as exc:
            raise HTTPException(409, str(exc)) from None
        if alert is None:
            raise HTTPException(404, f"no alert {alert_id}")
        return alert

    @app.post(
        "/alerts/{alert_id}/ack",
        response_model=Alert,
        dependencies=[Depends(require_token)],
        responses={**WRITE_ERRORS, **UNKNOWN, **FORBIDDEN_MOVE},
    )
    async def ack(alert_id: str) -> Alert:
        """Acknowledge a firing alert (a new version, published and notified). Bearer token."""
        return await _move(alert_id, "acknowledged")

    @app.post(
        "/alerts/{alert_id}/resolve",
        response_model=Alert,
        dependencies=[Depends(require_token)],
        responses={**WRITE_ERRORS, **UNKNOWN, **FORBIDDEN_MOVE},
    )
    async def resolve(alert_id: str) -> Alert:
        """Resolve an alert (final; the story takes no more articles). Bearer token."""
        return await _move(alert_id, "resolved")

    _silence_routes(app, service, require_token)
    _read_only_routes(app, service, keepalive_s)

    return app


def _silence_routes(app: FastAPI, service: AlertingService, require_token: Callable[..., None]) -> None:
    """``GET /silences``, ``POST /silences`` and ``DELETE /silences/{id}`` (the last two need the token)."""

    @app.get("/silences")
    async def list_silences() -> dict[str, Any]:
        """Every silence with its ``state`` (pending, active, expired): ``{count, silences}``."""
        now = service.clock()
        items = [{**s.model_dump(mode="json"), "state": silence_state(s, now)} for s in service.silences]
        return {"count": len(items), "silences": items}

    @app.post(
        "/silences",
        status_code=201,
        response_model=Silence,
        dependencies=[Depends(require_token)],
        responses={**WRITE_ERRORS},
    )
    async def add_silence(request: SilenceRequest) -> Silence:
        """Silence matching alerts from ``starts_at`` (now) to ``ends_at``: they are stored, published
        and shown, never sent to webhooks. 422 for an empty span or an undefined region. Bearer token."""
        try:
            return await service.add_silence(request)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    @app.delete(
        "/silences/{silence_id}",
        status_code=204,
        dependencies=[Depends(require_token)],
        responses={**WRITE_ERRORS, 404: {"description": "No such silence"}},
    )
    async def delete_silence(silence_id: str) -> Response:
        """Delete a silence (its alerts are notified again from the next version). Bearer token."""
        if not await service.delete_silence(silence_id):
            raise HTTPException(404, f"no silence {silence_id}")
        return Response(status_code=204)


def _read_only_routes(app: FastAPI, service: AlertingService, keepalive_s: float) -> None:
    """Regions, status, metrics, health, the SSE stream and the pages."""

    @app.get("/regions")
    async def regions() -> dict[str, Any]:
        """The named regions (``region=`` filters, receiver and silence matchers) and their countries."""
        return {
            "count": len(service.regions.regions),
            "regions": [r.model_dump(mode="json") for r in service.regions.regions],
        }

    @app.get("/status")
    async def status() -> dict[str, int]:
        """Counters: signals and articles processed, alerts, dead letters."""
        return service.status()

    @app.get("/metrics")
    async def metrics() -> Response:
        """Prometheus metrics (text exposition format)."""
        return Response(generate_latest(service.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/livez")
    async def livez() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/readyz", responses={503: {"description": "Starting or stopping"}})
    async def readyz() -> JSONResponse:
        """Readiness: 200 once the broker is reached and the consumer runs, else 503."""
        if service.ready:
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "starting"}, status_code=503)

    @app.get(
        "/events", response_class=StreamingResponse, responses={200: {"content": {"text/event-stream": {}}}}
    )
    async def events(filters: Annotated[AlertFilter, Depends(_filters)]) -> StreamingResponse:
        """Server-sent events: one ``alert`` event per new version passing the filters (live page)."""
        stream = service.hub.subscribe(filters.keep, keepalive_s)
        return StreamingResponse(
            stream,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
        )

    @app.get("/", include_in_schema=False)
    async def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    @app.get("/alerts/{alert_id}/view", include_in_schema=False)
    async def alert_page(alert_id: str) -> FileResponse:
        if service.engine.record(alert_id) is None:
            raise HTTPException(404, f"no alert {alert_id}")
        return FileResponse(STATIC / "alert.html", media_type="text/html")

    @app.get("/static/{name}", include_in_schema=False)
    async def static(name: str) -> FileResponse:
        files = {p.name: p for p in STATIC.iterdir() if p.is_file()}
        if name not in files:
            raise HTTPException(404, "not found")
        return FileResponse(files[name])
