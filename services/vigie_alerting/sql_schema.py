"""The alert store's tables, written once for SQLite and PostgreSQL (``{fragments}``: ``sql_backend``).

A column added to a table after its first release is one line in ``MIGRATIONS`` (not in its
``CREATE TABLE``): at open, it is added to any database that lacks it, old or new, on either backend.
An index on such a column goes in ``INDEXES``, which run after the migrations.
"""

from __future__ import annotations

from dataclasses import dataclass

from vigie_alerting.sql_backend import SqlConnection


@dataclass(frozen=True)
class AddColumn:
    """A column added to ``table`` after it was first created; ``definition`` may use fragments."""

    table: str
    column: str
    definition: str

    def statement(self) -> str:
        return f"ALTER TABLE {self.table} ADD COLUMN {self.column} {self.definition}"


TABLES = (
    """CREATE TABLE IF NOT EXISTS alerts (
        {alerts_seq}
        alert_id TEXT PRIMARY KEY,
        version INTEGER NOT NULL,
        record {json} NOT NULL          -- StoryRecord JSON: the alert and what clustering needs
    )""",
    """CREATE TABLE IF NOT EXISTS processed (
        article_id TEXT PRIMARY KEY,
        processed_at {timestamp} NOT NULL
    ){table_options}""",
    """CREATE TABLE IF NOT EXISTS counters (
        name TEXT PRIMARY KEY,
        value BIGINT NOT NULL
    ){table_options}""",
    """CREATE TABLE IF NOT EXISTS notifications (
        notification_id TEXT PRIMARY KEY,
        seq {notification_seq},
        alert_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        receiver TEXT NOT NULL,
        payload {blob} NOT NULL,
        status TEXT NOT NULL,           -- pending, sent, dead, held, digested, silenced
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at {timestamp} NOT NULL,
        updated_at {timestamp} NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS silences (
        silence_id TEXT PRIMARY KEY,
        body {json} NOT NULL            -- Silence JSON
    ){table_options}""",
)

# Oldest first; each is applied where its column is missing (a new database gets them all).
MIGRATIONS = (
    AddColumn("notifications", "kind", "TEXT NOT NULL DEFAULT 'alert'"),  # alert, digest
)

INDEXES = (  # notifications_seq: SQLite's inserts number notifications with MAX(seq)
    "CREATE INDEX IF NOT EXISTS notifications_status ON notifications (status, seq)",
    "CREATE INDEX IF NOT EXISTS notifications_alert ON notifications (alert_id, seq)",
    "CREATE INDEX IF NOT EXISTS notifications_seq ON notifications (seq)",
)


def create_schema(connection: SqlConnection) -> None:
    """Create what is missing of ``TABLES``, ``MIGRATIONS`` and ``INDEXES``, in one transaction."""
    dialect = connection.dialect
    with connection.transaction():
        if dialect.schema_lock:
            connection.execute(dialect.schema_lock)
        for table in TABLES:
            connection.execute(dialect.render(table))
        for migration in MIGRATIONS:
            if migration.column not in connection.columns(migration.table):
                connection.execute(dialect.render(migration.statement()))
        for index in INDEXES:
            connection.execute(dialect.render(index))
