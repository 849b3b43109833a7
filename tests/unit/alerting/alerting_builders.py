"""Builders of signals, events and actors for the alerting unit tests (not a test module)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from vigie.contracts import Actor, Event, Evidence, Factuality, Location, Signal

T0 = datetime(2026, 11, 17, 9, 0, tzinfo=UTC)
DAY = date(2026, 11, 17)

ERDOGAN = Actor(
    text="Erdoğan",
    name="Recep Tayyip Erdoğan",
    country="TUR",
    role="GOV",
    code="TURGOV",
    person="Recep Tayyip Erdoğan",
    office="President",
)
PUTIN = Actor(
    text="Putin",
    name="Vladimir Putin",
    country="RUS",
    role="GOV",
    code="RUSGOV",
    person="Vladimir Putin",
    office="President",
)
TURKISH_MINISTER = Actor(
    text="Fidan",
    name="Hakan Fidan",
    country="TUR",
    role="GOV",
    code="TURGOV",
    person="Hakan Fidan",
    office="Minister of Foreign Affairs",
)
SYRIAN_REBELS = Actor(text="rebels", name="Syrian rebels", country="SYR", role="REB", code="SYRREB")
SYRIAN_ARMY = Actor(text="army", name="Syrian army", country="SYR", role="MIL", code="SYRMIL")
RUSSIAN_FORCES = Actor(
    text="Russian forces", name="Russian armed forces", country="RUS", role="MIL", code="RUSMIL"
)
UKRAINE_GOV = Actor(text="Kyiv", name="Ukraine", country="UKR", role="GOV", code="UKRGOV")
UN_CHIEF = Actor(
    text="Guterres",
    name="United Nations",
    role="IGO",
    code="IGOUNO",
    person="António Guterres",
    office="Secretary-General",
)
ACTIVISTS = Actor(text="activists", name="activists", country="FRA", role="CVL", code="FRACVL")

ALEPPO = Location(text="Aleppo", name="Aleppo", country="SYR", lat=36.2021, lon=37.1343)
# ~30 km from Aleppo city centre.
ATAREB = Location(text="Atareb", name="Atareb", country="SYR", lat=36.1369, lon=36.8303)
IDLIB = Location(text="Idlib", name="Idlib", country="SYR", lat=35.9306, lon=36.6339)
HOMS = Location(text="Homs", name="Homs", country="SYR", lat=34.7324, lon=36.7137)
KHARKIV = Location(text="Kharkiv", name="Kharkiv", country="UKR", lat=49.9935, lon=36.2304)


def event(
    article_id: str,
    category: str,
    *,
    ordinal: int = 0,
    plover: str = "FIGHT",
    mode: str | None = None,
    cameo: str = "190",
    source: Actor | None = None,
    target: Actor | None = None,
    location: Location | None = None,
    event_date: date | None = DAY,
    factuality: Factuality = "asserted",
    confidence: float = 0.9,
    killed: int | None = None,
    sentence: str = "Rebels launched an offensive near Aleppo on Tuesday.",
    trigger: str = "launched an offensive",
    sentence_start: int = 40,
) -> Event:
    """An event whose evidence offsets point into a title + text where the sentence starts at 40."""
    at = sentence.find(trigger)
    return Event(
        event_id=f"{article_id}:{ordinal}",
        category=category,
        plover=plover,
        mode=mode,
        cameo=cameo,
        quad_class=4 if plover in ("FIGHT", "ASSAULT", "MOBILIZE") else 1,
        goldstein=-9.0 if plover == "FIGHT" else 1.0,
        source=source,
        target=target,
        location=location,
        event_date=event_date,
        date_precision="day" if event_date else "unknown",
        factuality=factuality,
        confidence=confidence,
        evidence=Evidence(
            sentence=sentence,
            start=sentence_start,
            end=sentence_start + len(sentence),
            trigger=trigger,
            trigger_start=sentence_start + at,
            trigger_end=sentence_start + at + len(trigger),
        ),
        killed=killed,
    )


def signal(
    article_id: str,
    events: list[Event],
    *,
    source: str = "wire.example.com",
    lang: str = "en",
    title: str | None = None,
    published: datetime | None = T0,
    url: str | None = None,
    **extra: Any,
) -> Signal:
    return Signal(
        signal_id=article_id,
        article_id=article_id,
        url=url or f"https://{source}/{article_id}",
        source=source,
        title=title if title is not None else f"Headline of {article_id}",
        lang=lang,
        supported=True,
        published=published,
        ingested_at=(published or T0) + timedelta(minutes=2),
        extracted_at=(published or T0) + timedelta(minutes=3),
        extractor_version="test",
        events=events,
        **extra,
    )


def offensive(
    article_id: str,
    *,
    place: Location = ALEPPO,
    source: Actor | None = SYRIAN_REBELS,
    target: Actor | None = SYRIAN_ARMY,
    **kw: Any,
) -> Event:
    return event(
        article_id,
        "offensive",
        mode="ground",
        cameo="190",
        source=source,
        target=target,
        location=place,
        **kw,
    )


def leader_call(article_id: str, *, source: Actor = ERDOGAN, target: Actor = PUTIN, **kw: Any) -> Event:
    return event(
        article_id,
        "phone_call",
        plover="CONSULT",
        mode="phone",
        cameo="041",
        source=source,
        target=target,
        sentence="Erdogan held a phone call with Putin.",
        trigger="phone call",
        **kw,
    )
