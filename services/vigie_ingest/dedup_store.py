"""The de-duplication store: canonical URLs, content hashes and ids already delivered, in SQLite.

An article is recorded only after the broker acknowledged it, so a crash in between re-sends it
(at-least-once) and never loses it. The store also keeps each feed's conditional-GET validators.
Two processes may share it (the service and ``vigie ingest --file``): WAL mode and a busy timeout.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from vigie.contracts import Article

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    kind TEXT NOT NULL,          -- 'url', 'hash' or 'id'
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    seen_at REAL NOT NULL,
    PRIMARY KEY (kind, key)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS feed_state (
    name TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT
);
"""

KIND_REASONS = {"url": "same URL", "hash": "same content", "id": "same id"}


@dataclass(frozen=True)
class Validators:
    """The conditional-GET validators a feed answered with last time."""

    etag: str | None = None
    last_modified: str | None = None


def identity_keys(article: Article) -> list[tuple[str, str]]:
    """The (kind, key) pairs under which an article counts as already seen."""
    return [("url", article.url), ("hash", article.content_hash), ("id", article.article_id)]


class DedupStore:
    """SQLite-backed memory of what was delivered; open with ``DedupStore.open(state_dir)``."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    @classmethod
    def open(cls, state_dir: Path) -> DedupStore:
        state_dir.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(state_dir / "dedup.sqlite3", timeout=10.0, isolation_level=None)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        db.executescript(_SCHEMA)
        return cls(db)

    def find(self, article: Article) -> tuple[str, str] | None:
        """``(reason, earlier_article_id)`` if the article was already delivered, else None."""
        for kind, key in identity_keys(article):
            row = self._db.execute(
                "SELECT article_id FROM seen WHERE kind=? AND key=?", (kind, key)
            ).fetchone()
            if row is not None:
                return KIND_REASONS[kind], str(row[0])
        return None

    def mark(self, articles: Iterable[Article]) -> None:
        """Record delivered articles (call only after the broker acknowledged them)."""
        now = time.time()
        rows = [(kind, key, a.article_id, now) for a in articles for kind, key in identity_keys(a)]
        if not rows:
            return
        with self._transaction():
            self._db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?)", rows)

    def validators(self, feed: str, url: str) -> Validators:
        row = self._db.execute(
            "SELECT etag, last_modified FROM feed_state WHERE name=? AND url=?", (feed, url)
        ).fetchone()
        return Validators() if row is None else Validators(row[0], row[1])

    def save_validators(self, feed: str, url: str, validators: Validators) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO feed_state VALUES (?, ?, ?, ?)",
            (feed, url, validators.etag, validators.last_modified),
        )

    def count(self) -> int:
        """How many articles (distinct ids) were recorded."""
        return int(self._db.execute("SELECT COUNT(*) FROM seen WHERE kind='id'").fetchone()[0])

    def close(self) -> None:
        self._db.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    def __enter__(self) -> DedupStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _Transaction:
    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._db.execute("ROLLBACK" if exc_type else "COMMIT")
