"""Service wiring without a broker: probes while the broker is away, port clashes, CLI config errors."""

from __future__ import annotations

import argparse
import asyncio
import logging
import socket
import time
from pathlib import Path

import httpx

from vigie.broker import free_port
from vigie_ingest.__main__ import command
from vigie_ingest.service import serve
from vigie_ingest.settings import IngestSettings


def no_broker_settings(tmp_path: Path, http_port: int) -> IngestSettings:
    return IngestSettings(
        kafka_bootstrap=f"127.0.0.1:{free_port()}", http_port=http_port, state_dir=tmp_path / "state"
    )


async def test_livez_without_broker_readyz_503_and_clean_stop(tmp_path: Path) -> None:
    port = free_port()
    stop = asyncio.Event()
    service = asyncio.create_task(serve(no_broker_settings(tmp_path, port), [], stop))
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    async with httpx.AsyncClient(timeout=2.0) as client:
        while True:
            try:
                live = await client.get(f"{base}/livez")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "service did not start listening"
                await asyncio.sleep(0.05)
        assert live.status_code == 200
        assert (await client.get(f"{base}/readyz")).status_code == 503
        item = {"url": "https://ex.org/a", "text": "body"}
        resp = await client.post(f"{base}/articles", json=item)
        assert resp.status_code == 503 and "broker" in resp.json()["detail"]
    stop.set()
    assert await asyncio.wait_for(service, timeout=15) == 0


async def test_port_already_in_use_exits_non_zero(tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code = await asyncio.wait_for(serve(no_broker_settings(tmp_path, port), []), timeout=15)
    assert code == 1


def test_invalid_feeds_file_makes_the_command_exit_2(tmp_path: Path, monkeypatch: object) -> None:
    bad = tmp_path / "feeds.yaml"
    bad.write_text("feeds:\n  - name: a\n    url: gopher://x\n", encoding="utf-8")
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        assert command(argparse.Namespace(file=None, feeds=str(bad))) == 2
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
