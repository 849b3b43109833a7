"""Start and stop the whole system as separate processes: broker (unless external) and three services.

Used by ``vigie run``, ``vigie demo`` and the end-to-end tests. Each service is the same process an
operator runs (``python -m vigie_ingest`` …), configured only through its environment variables.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType

import httpx

from vigie.broker import EmbeddedBroker, free_port

logger = logging.getLogger(__name__)

SERVICES = ("ingest", "extractor", "alerting")


def interrupt_on_sigterm() -> None:
    """Make SIGTERM behave like Ctrl-C in a command that owns a System, so that its ``with`` block stops
    the services and the broker instead of leaving them running (call from the main thread)."""

    def _raise(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _raise)


@dataclass
class ServiceProcess:
    name: str
    process: subprocess.Popen[bytes]
    base_url: str
    log_path: Path

    def alive(self) -> bool:
        return self.process.poll() is None

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


@dataclass
class System:
    """A running Vigie: ``bootstrap`` and the base URL of each service."""

    workdir: Path
    bootstrap: str
    broker: EmbeddedBroker | None
    run_id: str | None = None
    extra_env: dict[str, dict[str, str]] = field(default_factory=dict)
    services: dict[str, ServiceProcess] = field(default_factory=dict)

    @classmethod
    def start(
        cls,
        workdir: Path,
        *,
        bootstrap: str | None = None,
        extra_env: dict[str, dict[str, str]] | None = None,
        ports: dict[str, int] | None = None,
        run_id: str | None = None,
        ready_timeout: float = 120.0,
    ) -> System:
        """Start the broker (if ``bootstrap`` is None) and the three services; wait until all are ready.

        ``run_id`` makes consumer groups unique (for a run against a shared external broker).
        """
        workdir.mkdir(parents=True, exist_ok=True)
        (workdir / "logs").mkdir(exist_ok=True)
        broker = None
        if bootstrap is None:
            broker = EmbeddedBroker.start(port=free_port(), log_file=workdir / "logs" / "broker.log")
            bootstrap = broker.bootstrap
        system = cls(workdir, bootstrap, broker, run_id, dict(extra_env or {}))
        try:
            for name in SERVICES:
                port = (ports or {}).get(name) or free_port()
                env = system._service_env(name, port, run_id)
                env.update(system.extra_env.get(name, {}))
                system.services[name] = system._spawn(name, port, env)
            system.wait_ready(ready_timeout)
        except BaseException:
            system.stop()
            raise
        return system

    def _service_env(self, name: str, port: int, run_id: str | None) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIE_")}
        env["VIGIE_KAFKA_BOOTSTRAP"] = self.bootstrap
        env["VIGIE_LOG_LEVEL"] = os.environ.get("VIGIE_LOG_LEVEL", "INFO")
        state = self.workdir / name
        if name == "ingest":
            env |= {"VIGIE_INGEST_HTTP_HOST": "127.0.0.1", "VIGIE_INGEST_HTTP_PORT": str(port)}
            env["VIGIE_INGEST_STATE_DIR"] = str(state)
        elif name == "extractor":
            env |= {"VIGIE_EXTRACTOR_WEB_HOST": "127.0.0.1", "VIGIE_EXTRACTOR_WEB_PORT": str(port)}
            env["VIGIE_EXTRACTOR_DATA_DIR"] = str(state)
            if run_id:
                # A run on a shared broker starts fresh groups at the end of the topics, so it codes
                # only what it feeds (services report ready once their partitions are assigned).
                env["VIGIE_EXTRACTOR_GROUP_ID"] = f"vigie-extractor-{run_id}"
                env["VIGIE_EXTRACTOR_AUTO_OFFSET_RESET"] = "latest"
        else:
            env |= {"VIGIE_ALERTING_HTTP_HOST": "127.0.0.1", "VIGIE_ALERTING_HTTP_PORT": str(port)}
            # links in webhook payloads point at this instance, not the default port
            env["VIGIE_ALERTING_EXTERNAL_URL"] = f"http://127.0.0.1:{port}"
            env["VIGIE_ALERTING_STATE_DIR"] = str(state)
            if run_id:
                env["VIGIE_ALERTING_GROUP_ID"] = f"vigie-alerting-{run_id}"
                env["VIGIE_ALERTING_AUTO_OFFSET_RESET"] = "latest"
        return env

    def ingest_env(self) -> dict[str, str]:
        """The environment of the running ingest service (for ``vigie ingest --file`` beside it)."""
        port = int(self.services["ingest"].base_url.rsplit(":", 1)[1])
        env = self._service_env("ingest", port, self.run_id)
        env.update(self.extra_env.get("ingest", {}))
        return env

    def _spawn(self, name: str, port: int, env: dict[str, str]) -> ServiceProcess:
        log_path = self.workdir / "logs" / f"{name}.log"
        log = open(log_path, "ab")  # noqa: SIM115 - the child owns it; closed when we stop
        process = subprocess.Popen(
            [sys.executable, "-m", f"vigie_{name}"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=self.workdir,
            start_new_session=True,
        )
        log.close()
        return ServiceProcess(name, process, f"http://127.0.0.1:{port}", log_path)

    def restart(self, name: str, *, kill: bool = False, ready_timeout: float = 120.0) -> None:
        """Stop one service (SIGKILL if ``kill``, else SIGTERM) and start it again with the same settings."""
        svc = self.services[name]
        self._terminate(svc, kill=kill)
        port = int(svc.base_url.rsplit(":", 1)[1])
        env = self._service_env(name, port, self.run_id)
        env.update(self.extra_env.get(name, {}))
        self.services[name] = self._spawn(name, port, env)
        self.wait_ready(ready_timeout, only=(name,))

    def wait_ready(self, timeout: float, only: tuple[str, ...] = SERVICES) -> None:
        """Poll each service's ``/readyz`` until it answers 200; fail fast if a service exits."""
        deadline = time.monotonic() + timeout
        pending = set(only)
        with httpx.Client(timeout=2.0) as client:
            while pending:
                for name in sorted(pending):
                    svc = self.services[name]
                    if not svc.alive():
                        raise RuntimeError(f"{name} exited with {svc.process.returncode}:\n{svc.tail()}")
                    try:
                        if client.get(f"{svc.base_url}/readyz").status_code == 200:
                            pending.discard(name)
                            logger.info("%s ready at %s", name, svc.base_url)
                    except httpx.HTTPError:
                        pass
                if pending and time.monotonic() > deadline:
                    tails = "\n".join(f"--- {n}\n{self.services[n].tail()}" for n in pending)
                    raise TimeoutError(f"not ready after {timeout}s: {sorted(pending)}\n{tails}")
                if pending:
                    time.sleep(0.2)

    @staticmethod
    def _terminate(svc: ServiceProcess, *, kill: bool = False, timeout: float = 20.0) -> None:
        if not svc.alive():
            return
        svc.process.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            svc.process.wait(timeout)
        except subprocess.TimeoutExpired:
            logger.warning("%s did not stop in %ss; killing it", svc.name, timeout)
            svc.process.kill()
            svc.process.wait()

    def stop(self) -> None:
        """Stop the services (ingest first, so nothing new enters), then the broker."""
        for name in SERVICES:
            if name in self.services:
                self._terminate(self.services[name])
        if self.broker is not None:
            self.broker.stop()

    def __enter__(self) -> System:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
