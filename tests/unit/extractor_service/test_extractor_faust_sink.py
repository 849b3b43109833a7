"""``FaustSink`` waits for the broker's acknowledgement and turns producer failures into DeliveryError."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import faust
import pytest
from aiokafka.errors import KafkaTimeoutError

from vigie.errors import DeliveryError
from vigie.topics import SIGNALS
from vigie_extractor.app import FaustSink


class AckingTopic:
    """Like ``faust.Topic.send(force=True)``: returns a future the broker's answer resolves later."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error
        self.sent: list[dict[str, Any]] = []
        self.pending: list[asyncio.Future[str]] = []

    async def send(self, **kwargs: Any) -> asyncio.Future[str]:
        self.sent.append(kwargs)
        fut: asyncio.Future[str] = asyncio.get_running_loop().create_future()
        self.pending.append(fut)
        return fut

    def answer(self) -> None:
        for fut in self.pending:
            if self.error is None:
                fut.set_result("metadata")
            else:
                fut.set_exception(self.error)


def sink_for(topic: AckingTopic) -> FaustSink:
    return FaustSink({SIGNALS: cast(faust.TopicT, topic)})


async def test_send_returns_only_after_the_broker_answered() -> None:
    topic = AckingTopic()
    task = asyncio.create_task(sink_for(topic).send(SIGNALS, b"a-1", b"{}"))
    await asyncio.sleep(0.01)
    assert not task.done(), "returned before the acknowledgement"
    topic.answer()
    await task
    assert topic.sent == [{"key": b"a-1", "value": b"{}", "force": True}]


async def test_a_refused_produce_becomes_a_delivery_error() -> None:
    topic = AckingTopic(KafkaTimeoutError())
    task = asyncio.create_task(sink_for(topic).send(SIGNALS, b"a-1", b"{}"))
    await asyncio.sleep(0.01)
    topic.answer()
    with pytest.raises(DeliveryError, match=SIGNALS.replace(".", r"\.")):
        await task
