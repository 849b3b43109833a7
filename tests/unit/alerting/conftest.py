"""Store fixtures: every store test runs on SQLite and on a real PostgreSQL (a fresh schema per test).

PostgreSQL is ``VIGIE_TEST_DATABASE_URL`` (default ``postgresql://postgres@127.0.0.1:5432/test``). It
must be reachable: the PostgreSQL cases fail, with the reason, when it is not.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from vigie_alerting.pg_store import PostgresAlertStore
from vigie_alerting.sqlite_store import SqliteAlertStore
from vigie_alerting.store import AlertStore

DEFAULT_TEST_DATABASE = "postgresql://postgres@127.0.0.1:5432/test"
StoreOpener = Callable[[], AlertStore]


def database_url() -> str:
    return os.environ.get("VIGIE_TEST_DATABASE_URL", DEFAULT_TEST_DATABASE)


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose ``search_path`` is a fresh schema, dropped after the test."""
    base = database_url()
    try:
        admin = psycopg.connect(base, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"PostgreSQL is not reachable at {base} ({exc}); start it or set VIGIE_TEST_DATABASE_URL",
            pytrace=False,
        )
    schema = f"vigie_test_{secrets.token_hex(6)}"
    admin.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")
        admin.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    """The database of ``open_store`` and ``run_sql``: each test using them runs on both."""
    return str(request.param)


@pytest.fixture
def open_store(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreOpener]:
    """Opens a new store instance on the same state each call (a restart); all are closed after."""
    opened: list[AlertStore] = []
    url: str | None = request.getfixturevalue("pg_url") if backend == "postgresql" else None

    def opener() -> AlertStore:
        opened.append(SqliteAlertStore.open(tmp_path) if url is None else PostgresAlertStore.open(url))
        return opened[-1]

    yield opener
    for store in opened:
        store.close()


@pytest.fixture
def run_sql(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[str], None]:
    """Runs a script straight on the database ``open_store`` opens, e.g. to lay out an older schema."""
    url: str | None = request.getfixturevalue("pg_url") if backend == "postgresql" else None

    def run(script: str) -> None:
        if url is None:
            with closing(sqlite3.connect(tmp_path / SqliteAlertStore.FILE)) as db:
                db.executescript(script)
        else:
            with psycopg.connect(url, autocommit=True) as db:
                db.execute(script)

    return run
