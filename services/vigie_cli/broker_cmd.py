"""`vigie broker`: run the embedded Kafka-protocol broker (Tansu) until SIGINT/SIGTERM.

Prints the bootstrap address on stdout as a plain line (logs are JSON lines), flushed, once the broker
answers a real Metadata request and Vigie's topics exist, so a script can read it and go on. Memory
storage: everything is forgotten when it stops. Exit codes: 0 after a clean stop, 2 when the port is
taken, 1 when Tansu fails.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from types import FrameType

from aiokafka.errors import KafkaError

from vigie.broker import EmbeddedBroker, port_in_use
from vigie.logs import configure_logging

logger = logging.getLogger("vigie.broker_cmd")

EXIT_PORT_IN_USE = 2
EXIT_BROKER_FAILED = 1


def command(args: argparse.Namespace) -> int:
    configure_logging("broker", os.environ.get("VIGIE_LOG_LEVEL", "INFO"))
    host: str = args.host
    port: int = args.port
    if port_in_use(host, port):
        print(f"vigie broker: {host}:{port} is already in use; choose another with --port", file=sys.stderr)
        return EXIT_PORT_IN_USE

    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        logger.info("received %s, stopping the broker", signal.Signals(signum).name)
        stop.set()

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        try:
            broker = EmbeddedBroker.start(host, port, create_topics=not args.no_topics)
        except (RuntimeError, TimeoutError, KafkaError) as exc:
            print(f"vigie broker: could not start Tansu: {exc}", file=sys.stderr)
            return EXIT_BROKER_FAILED
        with broker:
            print(broker.bootstrap, flush=True)
            while not stop.is_set():
                if broker.process.poll() is not None and not stop.is_set():
                    print(
                        f"vigie broker: tansu exited with code {broker.process.returncode}", file=sys.stderr
                    )
                    return EXIT_BROKER_FAILED
                stop.wait(0.5)
        logger.info("broker at %s stopped", broker.bootstrap)
        return 0
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
