"""`vigie broker` as an operator runs it: prints its address, serves Kafka, stops on SIGTERM."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import uuid

import pytest
from aiokafka import TopicPartition

from vigie.broker import free_port
from vigie.kafka import make_consumer, make_producer
from vigie.topics import ARTICLES

pytestmark = pytest.mark.integration


def _start(port: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "vigie_cli.main", "broker", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _address_line(proc: subprocess.Popen[str]) -> str:
    """The first stdout line that is not a JSON log record."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if not line.startswith("{"):
            return line.strip()
    raise AssertionError(f"vigie broker exited ({proc.wait()}) without printing its address")


async def _round_trip(bootstrap: str) -> bytes:
    payload = uuid.uuid4().hex.encode()
    producer = make_producer(bootstrap)
    await producer.start()
    try:
        meta = await producer.send_and_wait(ARTICLES, payload, key=b"k")
    finally:
        await producer.stop()
    consumer = make_consumer(bootstrap, group_id=f"test-broker-{uuid.uuid4().hex[:8]}")
    await consumer.start()
    try:
        tp = TopicPartition(ARTICLES, meta.partition)
        consumer.assign([tp])
        consumer.seek(tp, meta.offset)
        record = await consumer.getone()
    finally:
        await consumer.stop()
    assert record.value == payload
    return bytes(record.value)


async def test_broker_serves_kafka_and_stops_on_sigterm() -> None:
    port = free_port()
    with _start(port) as proc:
        try:
            address = _address_line(proc)
            assert address == f"127.0.0.1:{port}"
            received = await _round_trip(address)
            assert len(received) == 32
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=20) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0, "tansu still listening after the command exited"


def test_broker_refuses_a_port_in_use() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc = subprocess.run(
            [sys.executable, "-m", "vigie_cli.main", "broker", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    assert proc.returncode == 2
    assert f"127.0.0.1:{port} is already in use" in proc.stderr
