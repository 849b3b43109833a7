"""Test doubles for the ingest unit tests."""

from __future__ import annotations

import asyncio
from typing import Any

from vigie.contracts import Article, DeadLetter


class RecordingSink:
    """Acknowledges every record at once (or fails them when ``fail`` is set) and keeps them."""

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.dead_letters: list[DeadLetter] = []
        self.fail = False
        self.is_ready = True

    def _future(self, record: Any, into: list[Any]) -> asyncio.Future[Any]:
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        if self.fail:
            future.set_exception(ConnectionError("broker went away"))
        else:
            into.append(record)
            future.set_result(None)
        return future

    async def send_article(self, article: Article) -> asyncio.Future[Any]:
        return self._future(article, self.articles)

    async def send_dead_letter(self, record: DeadLetter) -> asyncio.Future[Any]:
        return self._future(record, self.dead_letters)

    async def ready(self) -> bool:
        return self.is_ready
