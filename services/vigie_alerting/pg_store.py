"""``AlertStore`` on PostgreSQL (psycopg 3): the same state as the SQLite store, for shared deployments.

Open with ``PostgresAlertStore.open("postgresql://user@host:5432/db")``. The tables are created at
start-up (idempotent, under an advisory lock so concurrent start-ups do not race); they go to the
connection's ``search_path``, so a schema can be chosen in the URL with
``?options=-csearch_path%3Dmyschema``. Calls are synchronous and short, like the SQLite store's.
A call on a connection the server dropped raises ``psycopg.OperationalError``: the consumer stops
without committing its offset (the service exits and its supervisor restarts it), and any later
call reconnects.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from vigie_alerting.sql_backend import POSTGRESQL, Dialect, Row
from vigie_alerting.sql_store import SqlAlertStore


class PostgresConnection:
    """``SqlConnection`` on one psycopg connection: autocommit, reconnected when the server dropped it."""

    def __init__(self, url: str) -> None:
        self._url = url
        self._db = self._connect()

    def _connect(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self._url, autocommit=True, connect_timeout=10)

    def _conn(self) -> psycopg.Connection[Any]:
        if self._db.broken:
            self._db = self._connect()
        return self._db

    @property
    def dialect(self) -> Dialect:
        return POSTGRESQL

    @property
    def backend_pid(self) -> int:
        """The server process serving the current connection."""
        return self._db.info.backend_pid

    def query(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        return self._conn().execute(sql, params).fetchall()

    def execute(self, sql: str, params: Sequence[object] = ()) -> int:
        return self._conn().execute(sql, params).rowcount

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        with self._conn().cursor() as cur:
            cur.executemany(sql, rows)

    def columns(self, table: str) -> set[str]:
        return {c.name for c in self._conn().execute(f"SELECT * FROM {table} LIMIT 0").description or []}

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._conn().transaction():
            yield

    def close(self) -> None:
        self._db.close()


class PostgresAlertStore(SqlAlertStore[PostgresConnection]):
    """Open with ``PostgresAlertStore.open(url)``; ``psycopg.OperationalError`` if unreachable."""

    @classmethod
    def open(cls, url: str) -> PostgresAlertStore:
        return cls.on(PostgresConnection(url))
