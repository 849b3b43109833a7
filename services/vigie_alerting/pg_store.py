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

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import psycopg

from vigie_alerting.sql_backend import POSTGRESQL, SqlConnection
from vigie_alerting.sql_store import SqlAlertStore


class PostgresConnection(SqlConnection):
    """``SqlConnection`` on one psycopg connection: autocommit, reconnected when the server dropped it."""

    dialect = POSTGRESQL
    _db: psycopg.Connection[Any]

    def __init__(self, url: str) -> None:
        self._url = url
        super().__init__(self._connect())

    def _connect(self) -> psycopg.Connection[Any]:
        return psycopg.connect(self._url, autocommit=True, connect_timeout=10)

    def driver(self) -> psycopg.Connection[Any]:
        if self._db.broken:
            self._db = self._connect()
        return self._db

    @property
    def backend_pid(self) -> int:
        """The server process serving the current connection."""
        return self._db.info.backend_pid

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.driver().transaction():
            yield


class PostgresAlertStore(SqlAlertStore[PostgresConnection]):
    """Open with ``PostgresAlertStore.open(url)``; ``psycopg.OperationalError`` if unreachable."""

    @classmethod
    def open(cls, url: str) -> PostgresAlertStore:
        return cls.on(PostgresConnection(url))
