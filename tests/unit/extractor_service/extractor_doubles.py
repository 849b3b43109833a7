"""Test doubles for the extractor service: a scripted extraction core and a recording sink."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from vigie.contracts import Actor, Article, Event, Evidence
from vigie.errors import DeliveryError
from vigie_extractor.core import Document, Extraction

FAIL_MARKER = "EXPLODE"


def article(article_id: str, text: str, title: str = "", lang: str = "en", url: str = "") -> Article:
    return Article(
        article_id=article_id,
        url=url or f"https://example.org/{article_id}",
        source="example.org",
        title=title,
        text=text,
        lang=lang,
        content_hash="a" * 64,
        published=datetime(2024, 12, 3, 9, 0, tzinfo=UTC),
        ingested_at=datetime(2024, 12, 3, 10, 0, tzinfo=UTC),
    )


class ScriptedExtractor:
    """Finds one phone_call event per "called" in the text; raises on ``FAIL_MARKER``; an "/opinion/"
    URL makes the piece an opinion."""

    version = "scripted-1"

    def __init__(self) -> None:
        self.seen: list[Document] = []

    def extract(self, doc: Document) -> Extraction:
        self.seen.append(doc)
        if FAIL_MARKER in doc.text:
            raise ValueError("scripted failure")
        lang = doc.lang or "en"
        if lang not in {"en", "fr"}:
            return Extraction(lang=lang, supported=False, lang_detected=doc.lang is None, events=[])
        text = doc.analysed_text
        events: list[Event] = []
        start = text.find("called")
        while start >= 0:
            events.append(
                Event(
                    event_id=f"{doc.doc_id}:{len(events)}",
                    category="phone_call",
                    plover="CONSULT",
                    mode="phone",
                    cameo="040",
                    quad_class=1,
                    goldstein=1.0,
                    source=Actor(text="Turkey", name="Turkey", country="TUR", role="GOV", code="TURGOV"),
                    target=Actor(text="Russia", name="Russia", country="RUS", role="GOV", code="RUSGOV"),
                    confidence=0.9,
                    evidence=Evidence(
                        sentence=text,
                        start=0,
                        end=len(text),
                        trigger="called",
                        trigger_start=start,
                        trigger_end=start + 6,
                    ),
                )
            )
            start = text.find("called", start + 1)
        genre = "opinion" if "/opinion/" in doc.url else "news"
        return Extraction(
            lang=lang, supported=True, lang_detected=doc.lang is None, events=events, genre=genre
        )


@dataclass
class RecordingSink:
    """Keeps what was sent, by topic; ``failing`` topics raise ``DeliveryError`` like a refused produce."""

    sent: dict[str, list[tuple[bytes | None, bytes]]] = field(default_factory=dict)
    failing: set[str] = field(default_factory=set)

    async def send(self, topic: str, key: bytes | None, value: bytes) -> None:
        if topic in self.failing:
            raise DeliveryError(f"producing to {topic} failed: broker unavailable")
        self.sent.setdefault(topic, []).append((key, value))

    def values(self, topic: str) -> list[bytes]:
        return [value for _, value in self.sent.get(topic, [])]
