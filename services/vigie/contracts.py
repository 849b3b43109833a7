"""The message contract: every record Vigie puts on a Kafka topic, stated once.

The JSON Schemas in ``schemas/`` are generated from these models (``vigie schemas``) and a
contract test fails when the two drift. Every message carries ``schema_version`` and an id.

>>> art = Article(article_id="a1", url="https://ex.org/x", source="ex.org", title="T", text="Body",
...               lang="en", content_hash="0" * 64, ingested_at=utcnow())
>>> Article.model_validate_json(art.model_dump_json()) == art
True
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal[1] = 1

Iso3 = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 3166-1 alpha-3 country code")]
LangCode = Annotated[str, Field(min_length=2, max_length=8, description="ISO 639-1 code, or 'und'")]


def utcnow() -> datetime:
    """Current time, timezone-aware UTC (the only clock messages use)."""
    return datetime.now(UTC)


class _Message(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


# ----------------------------------------------------------------------------------------------
# vigie.articles.v1
# ----------------------------------------------------------------------------------------------
class Article(_Message):
    """A normalised news article, produced by the ingest service."""

    schema_version: Literal[1] = SCHEMA_VERSION
    article_id: str = Field(min_length=1, max_length=200, description="Given id, or derived from the URL")
    url: str = Field(description="Canonical URL: tracking parameters and fragment removed")
    original_url: str | None = Field(default=None, description="URL as received, when it differed")
    source: str = Field(description="Outlet: host name of the URL without 'www.', or a declared name")
    title: str = ""
    text: str = Field(description="Clean text, HTML stripped")
    lang: LangCode
    lang_detected: bool = Field(
        default=False, description="True when the language was detected, not declared"
    )
    lang_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    published: datetime | None = None
    ingested_at: datetime
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of normalised title+text")
    origin: Literal["feed", "push", "file"] = "push"
    feed: str | None = Field(default=None, description="Feed name when origin is 'feed'")


# ----------------------------------------------------------------------------------------------
# vigie.signals.v1
# ----------------------------------------------------------------------------------------------
Factuality = Literal["asserted", "negated", "hypothetical", "future", "historical", "reported"]
FACTUALITY_DESCRIPTION = (
    "How the article tells the event. asserted: stated as news in the outlet's own voice; reported: "
    "news attributed to a source; negated: denied; hypothetical: possible, conditional, simulated; "
    "future: announced or threatened, not yet done; historical: told as past, not news: a past war "
    "or anniversary, and background recalled in passing ('days after a drone attack on Odesa', 'in "
    "retaliation for Sunday's attack', 'au lendemain de tirs de roquettes'). Only asserted and "
    "reported events are news an alert rule acts on."
)
DatePrecision = Literal["day", "month", "year", "unknown"]
# What kind of piece an article is: whether it reports events, or tells of events reported elsewhere.
# The page's topic (sport, business, culture) is not a genre: a sports page still reports a bomb at a
# stadium, and the extractor already judges such events sentence by sentence.
Genre = Literal["news", "opinion", "analysis", "explainer", "anniversary"]
GENRES: dict[Genre, str] = {
    "news": "A report of new events; the default",
    "opinion": "An opinion piece: op-ed, column, editorial, commentary, letter",
    "analysis": "An analysis or background piece interpreting events reported elsewhere",
    "explainer": "An explainer, Q&A, fact box or timeline about events reported elsewhere",
    "anniversary": "A piece marking the anniversary or commemoration of a past event",
}
GENRE_COMPATIBILITY = (
    "Added to v1 without a version bump, so optional: a message without it (from a producer older "
    "than the field) is valid and read as 'news'. Producers always set it; consumers must accept its "
    "absence. The set of values is closed for v1: a new genre needs a new topic version."
)


def _document_genres(schema: dict[str, Any]) -> None:
    """State each genre's meaning in the JSON Schema: ``oneOf`` constants, each with a description."""
    schema.pop("enum", None)
    schema["oneOf"] = [{"const": name, "description": meaning} for name, meaning in GENRES.items()]


class Actor(_Message):
    """One side of an event, coded with CAMEO/PLOVER conventions."""

    text: str = Field(description="Surface text as written in the article")
    name: str = Field(description="Canonical name (English)")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3")
    role: str | None = Field(default=None, description="Sector: GOV, MIL, REB, OPP, IGO, NGO, CVL, MED, ...")
    code: str | None = Field(default=None, description="CAMEO actor code, e.g. TURGOV, SYRREB, IGOUNO")
    person: str | None = Field(default=None, description="Named person, canonical form")
    office: str | None = Field(default=None, description="Office held by the person at the article date")


class Location(_Message):
    """Where an event happened (or a place it only mentions)."""

    text: str = Field(description="Place name as written")
    name: str = Field(description="Canonical (English) name")
    country: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    feature: Literal["country", "region", "city", "other"] = "city"
    is_event_place: bool = Field(default=True, description="False when the place is only mentioned")


class Evidence(_Message):
    """The sentence that supports an event, with character offsets into the article text."""

    sentence: str
    start: int = Field(ge=0, description="Offset of the sentence in title + '\\n\\n' + text")
    end: int = Field(ge=0)
    trigger: str = Field(description="The words that triggered the event")
    trigger_start: int = Field(ge=0, description="Offset of the trigger in the same text")
    trigger_end: int = Field(ge=0)


class Event(_Message):
    """Who did what to whom, where and when, as found in one article."""

    event_id: str = Field(description="article_id + ':' + ordinal, stable across re-processing")
    category: str = Field(
        description="Vigie event category (see docs/taxonomy.md), e.g. phone_call, offensive, capture"
    )
    plover: str = Field(description="PLOVER event type, e.g. CONSULT, ASSAULT, FIGHT")
    mode: str | None = Field(default=None, description="PLOVER mode, e.g. 'phone', 'aerial', 'ground'")
    context: list[str] = Field(default_factory=list, description="PLOVER contexts where clear")
    cameo: str = Field(pattern=r"^\d{2,4}$", description="CAMEO event code")
    quad_class: int = Field(
        ge=1, le=4, description="1 verbal coop, 2 material coop, 3 verbal conf, 4 material conf"
    )
    goldstein: float = Field(ge=-10, le=10)
    source: Actor | None = None
    target: Actor | None = None
    location: Location | None = None
    event_date: date | None = None
    date_precision: DatePrecision = "unknown"
    factuality: Factuality = Field(default="asserted", description=FACTUALITY_DESCRIPTION)
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: Evidence
    killed: int | None = Field(default=None, ge=0, description="Reported deaths, when stated")


class Signal(_Message):
    """The extractor's output for one article: its genre and its events (possibly none)."""

    schema_version: Literal[1] = SCHEMA_VERSION
    signal_id: str = Field(description="Same as article_id: one signal per article")
    article_id: str
    url: str
    source: str
    title: str = ""
    lang: LangCode
    supported: bool = Field(description="False when the language is not one the extractor codes")
    published: datetime | None = None
    ingested_at: datetime
    extracted_at: datetime
    extractor_version: str
    genre: Genre = Field(
        default="news",
        description="What kind of piece the article is, read by the extractor from its title and URL. "
        + GENRE_COMPATIBILITY,
        json_schema_extra=_document_genres,
    )
    events: list[Event] = Field(default_factory=list)


# ----------------------------------------------------------------------------------------------
# vigie.alerts.v1
# ----------------------------------------------------------------------------------------------
Severity = Literal["critical", "high", "medium", "low"]
AlertStatus = Literal["firing", "acknowledged", "resolved", "expired"]


class AlertEvidence(_Message):
    article_id: str
    source: str
    lang: LangCode
    url: str
    sentence: str
    trigger: str
    trigger_start: int = Field(ge=0, description="Offset of the trigger inside 'sentence'")
    trigger_end: int = Field(ge=0)


class AlertEscalation(_Message):
    """One raise of a story: the version that made it, when, from and to which severity, and why."""

    version: int = Field(ge=1, description="The alert version this raise produced")
    at: datetime
    from_severity: Severity
    to_severity: Severity
    reasons: list[str] = Field(description="What is new: e.g. 'escalated: turned violent (+1)'")


class Alert(_Message):
    """The current state of one story; each change is a new ``version`` of the same ``alert_id``."""

    schema_version: Literal[1] = SCHEMA_VERSION
    alert_id: str
    version: int = Field(ge=1)
    dedup_key: str = Field(description="kind|sorted actor countries|place|event date: see docs")
    kind: str = Field(description="Rule name, e.g. offensive_launched, city_captured, leader_call")
    severity: Severity
    status: AlertStatus = "firing"
    title: str
    plover: str
    mode: str | None = None
    cameo: str
    actors: list[Actor] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    location: Location | None = None
    event_date: date | None = None
    first_seen: datetime
    last_seen: datetime
    article_ids: list[str] = Field(description="Every contributing article, in arrival order")
    languages: list[str]
    sources: list[str]
    independent_sources: int = Field(ge=1, description="Distinct outlets, wire copies counted once")
    evidence: list[AlertEvidence] = Field(default_factory=list)
    reasons: list[str] = Field(default_factory=list, description="Why this severity")
    escalations: list[AlertEscalation] = Field(
        default_factory=list, description="Every raise after the first version, oldest first"
    )
    status_reason: str | None = Field(
        default=None, description="Why the status last changed, e.g. expired after 48 h with no news"
    )
    updated_at: datetime


# ----------------------------------------------------------------------------------------------
# vigie.deadletter.v1
# ----------------------------------------------------------------------------------------------
class DeadLetter(_Message):
    """A record Vigie could not process, kept with the reason and the original bytes."""

    schema_version: Literal[1] = SCHEMA_VERSION
    dead_letter_id: str
    service: Literal["ingest", "extractor", "alerting"]
    stage: str = Field(description="Where it failed: decode, validate, normalise, extract, notify, ...")
    reason: str
    error_type: str
    source_topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    source_file: str | None = None
    line: int | None = None
    original_b64: str = Field(description="The original bytes, base64")
    occurred_at: datetime


MESSAGE_MODELS: dict[str, type[BaseModel]] = {
    "article": Article,
    "signal": Signal,
    "alert": Alert,
    "deadletter": DeadLetter,
}
