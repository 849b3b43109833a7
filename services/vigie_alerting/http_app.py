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


def _filters(
    request: Request,
    *,
    severity: str | None = None,
    kind: str | None = None,
    country: str | None = None,
    region: str | None = None,
    actor: str | None = None,
    status: str | None = None,
    since: datetime | None = None,
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
        alerts = filters.select(service.engine.alerts(), limit)
        return {"count": len(alerts), "alerts": [a.model_dump(mode="json") for a in alerts]}

    @app.get("/alerts/{alert_id}", response_model=Alert)
    async def get_alert(alert_id: str) -> Alert:
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

    @app.post("/alerts/{alert_id}/ack", response_model=Alert, dependencies=[Depends(require_token)])
    async def ack(alert_id: str) -> Alert:
        return await _move(alert_id, "acknowledged")

    @app.post("/alerts/{alert_id}/resolve", response_model=Alert, dependencies=[Depends(require_token)])
    async def resolve(alert_id: str) -> Alert:
        return await _move(alert_id, "resolved")

    @app.get("/silences")
    async def list_silences() -> dict[str, Any]:
        now = service.clock()
        items = [{**s.model_dump(mode="json"), "state": silence_state(s, now)} for s in service.silences]
        return {"count": len(items), "silences": items}

    @app.post("/silences", status_code=201, response_model=Silence, dependencies=[Depends(require_token)])
    async def add_silence(request: SilenceRequest) -> Silence:
        try:
            return await service.add_silence(request)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    @app.delete("/silences/{silence_id}", status_code=204, dependencies=[Depends(require_token)])
    async def delete_silence(silence_id: str) -> Response:
        if not await service.delete_silence(silence_id):
            raise HTTPException(404, f"no silence {silence_id}")
        return Response(status_code=204)

    @app.get("/regions")
    async def regions() -> dict[str, Any]:
        return {
            "count": len(service.regions.regions),
            "regions": [r.model_dump(mode="json") for r in service.regions.regions],
        }

    @app.get("/status")
    async def status() -> dict[str, int]:
        return service.status()

    @app.get("/metrics")
    async def metrics() -> Response:
        return Response(generate_latest(service.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/livez")
    async def livez() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        if service.ready:
            return JSONResponse({"status": "ready"})
        return JSONResponse({"status": "starting"}, status_code=503)

    @app.get("/events")
    async def events(filters: Annotated[AlertFilter, Depends(_filters)]) -> StreamingResponse:
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

    return app
