"""The ops pages in a real headless Chromium: an alert fires live (no reload), then is acknowledged.

Needs Debian's ``chromium`` and ``chromium-driver`` (``apt-get install -y chromium chromium-driver``): the
test fails, saying so, when they are missing. Selenium is told where both are, so Selenium Manager never
downloads a browser or a driver. Screenshots of both pages are written to the test's ``tmp_path``.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
from selenium.webdriver.chrome.service import Service as DriverService
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import Select, WebDriverWait

from vigie.broker import free_port
from vigie.contracts import Actor, Event, Evidence, Location, Signal, utcnow
from vigie.kafka import encode, make_producer
from vigie.topics import SIGNALS

pytestmark = pytest.mark.integration

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
INSTALL = "apt-get update && apt-get install -y chromium chromium-driver"
TOKEN = "browser-test-token"
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1500",
)
T = TypeVar("T")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[WebDriver]:
    """Debian's headless Chromium through Debian's chromedriver, with a new empty profile."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(f"{', '.join(missing)} not found: the browser test needs `{INSTALL}`", pytrace=False)
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=DriverService(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def base_url(kafka_bootstrap: str, tmp_path: Path) -> Iterator[str]:
    """``python -m vigie_alerting`` on a free port, ready (``/readyz`` 200) before the test starts."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
    env |= {
        "VIGIE_KAFKA_BOOTSTRAP": kafka_bootstrap,
        "VIGIE_ALERTING_HTTP_PORT": str(port),
        "VIGIE_ALERTING_STATE_DIR": str(tmp_path / "state"),
        "VIGIE_ALERTING_GROUP_ID": f"alerting-browser-{uuid.uuid4().hex[:10]}",
        "VIGIE_ALERTING_API_TOKEN": TOKEN,
    }
    log = tmp_path / "alerting.log"
    url = f"http://127.0.0.1:{port}"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "vigie_alerting"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()[-3000:]
            assert time.monotonic() < deadline, "alerting never became ready:\n" + log.read_text()[-3000:]
            try:
                if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def story_signal(
    article_id: str,
    place: Location,
    *,
    lang: str,
    title: str,
    sentence: str,
    trigger: str,
    url: str | None = None,
    category: str = "offensive",
) -> Signal:
    """One article about a rebel offensive (or its capture of the town) at ``place`` (a place no other
    test uses)."""
    now = utcnow()
    at = sentence.index(trigger)
    event = Event(
        event_id=f"{article_id}:0",
        category=category,
        plover="FIGHT",
        mode="ground" if category == "offensive" else "occupy",
        cameo="190" if category == "offensive" else "192",
        quad_class=4,
        goldstein=-10,
        source=Actor(text="rebels", name="Malian rebels", country="MLI", role="REB", code="MLIREB"),
        # Markup in a name must show as text, never become elements.
        target=Actor(text="army", name="Malian army <i>FAMa</i>", country="MLI", role="MIL", code="MLIMIL"),
        location=place,
        event_date=now.date(),
        date_precision="day",
        factuality="asserted",
        confidence=0.9,
        evidence=Evidence(
            sentence=sentence,
            start=20,
            end=20 + len(sentence),
            trigger=trigger,
            trigger_start=20 + at,
            trigger_end=20 + at + len(trigger),
        ),
    )
    source = f"{article_id.split('-', maxsplit=1)[0]}.example.org"
    return Signal(
        signal_id=article_id,
        article_id=article_id,
        url=url or f"https://{source}/news/{article_id}",
        source=source,
        title=title,
        lang=lang,
        supported=True,
        published=now - timedelta(minutes=5),
        ingested_at=now - timedelta(minutes=1),
        extracted_at=now,
        extractor_version="browser-test",
        events=[event],
    )


async def _produce(bootstrap: str, signals: list[Signal]) -> None:
    producer = make_producer(bootstrap)
    await producer.start()
    try:
        for sig in signals:
            await producer.send_and_wait(SIGNALS, encode(sig), key=sig.article_id.encode(), partition=0)
    finally:
        await producer.stop()


def produce(bootstrap: str, *signals: Signal) -> None:
    asyncio.run(_produce(bootstrap, list(signals)))


def alert_of(base_url: str, article_id: str, articles: int, timeout: float = 60.0) -> dict[str, Any]:
    """Poll ``GET /alerts`` until the alert holding ``article_id`` has ``articles`` articles."""
    deadline = time.monotonic() + timeout
    seen: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        body = httpx.get(f"{base_url}/alerts", params={"limit": 100_000}, timeout=5).json()
        seen = [a for a in body["alerts"] if article_id in a["article_ids"]]
        if seen and len(seen[0]["article_ids"]) == articles:
            return seen[0]
        time.sleep(0.2)
    raise AssertionError(f"no alert with {articles} article(s) holding {article_id}: {seen}")


def alert_version(base_url: str, alert_id: str, version: int, timeout: float = 60.0) -> dict[str, Any]:
    """Poll ``GET /alerts/{id}`` until the alert reaches ``version``."""
    deadline = time.monotonic() + timeout
    body: dict[str, Any] = {}
    while time.monotonic() < deadline:
        body = httpx.get(f"{base_url}/alerts/{alert_id}", timeout=5).json()
        if body.get("version", 0) >= version:
            return body
        time.sleep(0.2)
    raise AssertionError(f"alert {alert_id} never reached version {version}: {body}")


def wait_for(driver: WebDriver, what: str, check: Callable[[WebDriver], T], timeout: float = 30.0) -> T:
    try:
        # The list is redrawn on every update: an element found a moment ago may be gone; look again.
        waiter = WebDriverWait(
            driver, timeout, poll_frequency=0.2, ignored_exceptions=(StaleElementReferenceException,)
        )
        return waiter.until(check)
    except TimeoutException:
        logs = driver.get_log("browser")
        raise AssertionError(f"page never showed {what}; browser console: {logs}") from None


def row_of(driver: WebDriver, alert_id: str) -> Any:
    rows = driver.find_elements(By.CSS_SELECTOR, f'tr[data-alert-id="{alert_id}"]')
    return rows[0] if len(rows) == 1 else False


def test_alert_appears_live_and_is_acknowledged_from_its_page(
    kafka_bootstrap: str, browser: WebDriver, base_url: str, tmp_path: Path
) -> None:
    tag = uuid.uuid4().hex[:8]
    # A village name of our own and a spot in Mali no other test uses: nothing else can join this story.
    place = Location(text=f"Kel-{tag}", name=f"Kel-{tag}", country="MLI", lat=17.3, lon=-2.1)
    english = story_signal(
        f"wire-{tag}",
        place,
        lang="en",
        title=f"Rebels attack army positions near Kel-{tag}",
        sentence=f"Rebels launched an offensive near Kel-{tag} at dawn.",
        trigger="launched an offensive",
    )
    arabic = story_signal(
        f"arab-{tag}",
        place,
        lang="ar",
        title=f"هجوم للمتمردين على مواقع الجيش قرب Kel-{tag}",
        sentence=f"شنّ المتمردون هجوماً قرب Kel-{tag} فجر اليوم.",
        trigger="شنّ المتمردون هجوماً",
        url="javascript:alert(document.domain)",  # a hostile URL must not become a link
    )
    capture = story_signal(
        f"local-{tag}",
        place,
        lang="fr",
        title=f"Les rebelles prennent Kel-{tag}",
        sentence=f"Les rebelles ont pris le contrôle de Kel-{tag} dans la soirée.",
        trigger="ont pris le contrôle",
        category="capture",
    )

    browser.get(base_url + "/")
    wait_for(browser, "the live badge", lambda d: d.find_element(By.ID, "conn").text == "live")
    wait_for(browser, "the first load", lambda d: "alert(s) shown" in d.find_element(By.ID, "summary").text)
    browser.execute_script("window.vigieSamePage = true;")

    produce(kafka_bootstrap, english)
    alert_id = alert_of(base_url, english.article_id, 1)["alert_id"]
    wait_for(
        browser,
        f"the row of {alert_id}, version 1, firing, with its place",
        lambda d: (
            (r := row_of(d, alert_id))
            and r.get_attribute("data-version") == "1"
            and r.get_attribute("data-status") == "firing"
            and f"Kel-{tag}" in r.text
        ),
    )
    assert browser.execute_script("return window.vigieSamePage === true;"), "the page was reloaded"
    assert browser.find_elements(By.CSS_SELECTOR, f'#map a[data-alert-id="{alert_id}"] circle')

    # A second article, in Arabic, joins the story: the same row is updated in place.
    produce(kafka_bootstrap, arabic)
    alert_of(base_url, arabic.article_id, 2)
    wait_for(
        browser,
        "version 2 of the row",
        lambda d: (r := row_of(d, alert_id)) and r.get_attribute("data-version") == "2",
    )
    wait_for(
        browser,
        "the languages en, ar in the row",
        lambda d: (r := row_of(d, alert_id)) and r.find_elements(By.TAG_NAME, "td")[7].text == "en, ar",
    )
    assert browser.execute_script("return window.vigieSamePage === true;"), "the page was reloaded"

    # The actor filter keeps our row (code match) and hides every alert without that actor.
    actor = browser.find_element(By.NAME, "actor")
    actor.send_keys("MLIREB")
    wait_for(browser, "the actor filter", lambda d: len(d.find_elements(By.CSS_SELECTOR, "#alerts tr")) == 1)
    assert row_of(browser, alert_id)
    actor.clear()
    browser.find_element(By.CSS_SELECTOR, 'form#filters button[type="reset"]').click()

    # The region filter (its options from GET /regions): Mali is in the Sahel, not in the Levant.
    region = Select(browser.find_element(By.ID, "f-region"))
    wait_for(browser, "the region options", lambda d: "Sahel" in [o.text for o in region.options])
    region.select_by_visible_text("Levant")
    wait_for(browser, "the Levant filter", lambda d: not d.find_elements(By.CSS_SELECTOR, "#alerts tr"))
    region.select_by_visible_text("Sahel")
    wait_for(browser, "the Sahel filter", lambda d: row_of(d, alert_id))
    statuses = [o.get_attribute("value") for o in Select(browser.find_element(By.NAME, "status")).options]
    assert statuses == ["", "firing", "acknowledged", "resolved", "expired"]
    browser.find_element(By.CSS_SELECTOR, 'form#filters button[type="reset"]').click()

    # A third report, in French: the rebels took the town. That is news of its own (a capture alert)
    # and it raises the offensive's story, as evidence, without becoming one of its articles.
    produce(kafka_bootstrap, capture)
    captured = alert_of(base_url, capture.article_id, 1)
    assert captured["kind"] == "city_captured" and captured["alert_id"] != alert_id
    raised = alert_version(base_url, alert_id, 3)
    assert [e["version"] for e in raised["escalations"]] == [3]
    assert capture.article_id not in raised["article_ids"]
    wait_for(
        browser,
        "version 3 of the row",
        lambda d: (r := row_of(d, alert_id)) and r.get_attribute("data-version") == "3",
    )
    list_png = tmp_path / "alerts-list.png"
    assert browser.save_screenshot(str(list_png)) and list_png.read_bytes()[:4] == b"\x89PNG"

    # The alert page: evidence in both languages with the trigger highlighted, then acknowledge.
    wait_for(
        browser,
        "a clickable title",
        lambda d: d.find_element(By.CSS_SELECTOR, f'tr[data-alert-id="{alert_id}"] a.title').click() is None,
    )
    wait_for(browser, "the alert page", lambda d: d.find_elements(By.CSS_SELECTOR, "#alert h2"))
    marks = [m.text for m in browser.find_elements(By.CSS_SELECTOR, "blockquote.evidence mark")]
    assert marks == ["launched an offensive", "شنّ المتمردون هجوماً", "ont pris le contrôle"]
    quotes = browser.find_elements(By.CSS_SELECTOR, "blockquote.evidence")
    assert [q.get_attribute("dir") for q in quotes] == ["auto", "auto", "auto"]
    assert browser.execute_script("return getComputedStyle(arguments[0]).direction;", quotes[1]) == "rtl"
    assert "Malian army <i>FAMa</i>" in browser.find_element(By.CSS_SELECTOR, "table.actors").text
    assert not browser.find_elements(By.CSS_SELECTOR, "#alert i")
    links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#alert a")]
    # Timeline and evidence; the hostile URL is text.
    assert links == [english.url, english.url, capture.url], links
    timeline = browser.find_elements(By.CSS_SELECTOR, ".timeline li")
    assert [li.get_attribute("data-article-id") for li in timeline] == [english.article_id, arabic.article_id]
    # The escalation history: version 3 was raised because the town was taken.
    (entry,) = browser.find_elements(By.CSS_SELECTOR, "ol.escalations > li")
    assert entry.get_attribute("data-version") == "3"
    assert "escalated: a town was taken" in entry.text
    assert not browser.find_elements(By.CSS_SELECTOR, "#alert .status-reason")  # firing: no reason yet

    browser.find_element(By.ID, "token").send_keys(TOKEN)
    browser.find_element(By.CSS_SELECTOR, "#token-form button").click()
    browser.find_element(By.ID, "ack").click()
    wait_for(
        browser,
        "the acknowledged status",
        lambda d: d.find_elements(By.CSS_SELECTOR, '#alert .status[data-status="acknowledged"]'),
    )
    assert browser.find_element(By.ID, "ack").get_attribute("disabled") is not None
    reason = browser.find_element(By.CSS_SELECTOR, "#alert .status-reason").text
    assert reason == "Status: acknowledged by an operator"
    alert_png = tmp_path / "alert-page.png"
    assert browser.save_screenshot(str(alert_png)) and alert_png.read_bytes()[:4] == b"\x89PNG"

    served = httpx.get(f"{base_url}/alerts/{alert_id}", timeout=5).json()
    assert (served["status"], served["version"]) == ("acknowledged", 4)

    # Silence alerts of this kind in Mali, in the Sahel: the form posts the ticked matchers (a region
    # as a list matcher) with the same token.
    browser.find_element(By.CSS_SELECTOR, '#matchers input[value="country"]').click()
    browser.find_element(By.CSS_SELECTOR, '#matchers input[value="regions"]').click()
    browser.find_element(By.NAME, "author").send_keys("browser test")
    browser.find_element(By.NAME, "comment").send_keys(f"story {tag} is handled")
    browser.find_element(By.ID, "silence").click()
    wait_for(
        browser, "the silence message", lambda d: "active until" in d.find_element(By.ID, "message").text
    )
    silences = httpx.get(f"{base_url}/silences", timeout=5).json()["silences"]
    ours = [x for x in silences if x["comment"] == f"story {tag} is handled"]
    assert [({k: v for k, v in x["matchers"].items() if v}, x["state"]) for x in ours] == [
        ({"kind": "offensive_launched", "country": "MLI", "regions": ["Sahel"]}, "active")
    ]

    # Back on the list, the row shows the new status (loaded fresh, then kept by the live stream).
    browser.get(base_url + "/")
    wait_for(
        browser,
        "the acknowledged row",
        lambda d: (r := row_of(d, alert_id)) and r.get_attribute("data-status") == "acknowledged",
    )
