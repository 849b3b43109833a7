"""deploy/Dockerfile builds one non-root image that runs each service; healthchecks really probe."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from vigie_cli.main import COMMANDS, build_parser

REPO = Path(__file__).resolve().parents[2]
DOCKERFILE = REPO / "deploy" / "Dockerfile"
VIGIE_SERVICES = ("ingest", "extractor", "alerting")


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) of the Dockerfile, continuation lines joined, comments dropped."""
    text = re.sub(r"\\\n", " ", DOCKERFILE.read_text(encoding="utf-8"))
    result = []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            keyword, _, args = stripped.partition(" ")
            result.append((keyword.upper(), args.strip()))
    return result


def dockerignore_includes(path: str) -> bool:
    """Whether the build context keeps ``path``, by .dockerignore's rules: the last matching pattern
    wins, ``!`` re-includes, and a pattern matching a parent directory matches everything under it."""
    included = True
    parts = path.split("/")
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for raw in (REPO / ".dockerignore").read_text(encoding="utf-8").splitlines():
        pattern = raw.strip()
        if not pattern or pattern.startswith("#"):
            continue
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!").strip("/")
        regex = re.escape(pattern).replace(r"\*\*", ".*").replace(r"\*", "[^/]*").replace(r"\?", "[^/]")
        if any(re.fullmatch(regex, c) for c in candidates):
            included = negate
    return included


def test_image_is_multi_stage_on_python_311_slim() -> None:
    bases = [args for kw, args in instructions() if kw == "FROM"]
    assert len(bases) >= 2
    assert all(b.startswith("python:3.11-slim") for b in bases)


def test_image_installs_the_distribution_and_runs_as_a_user() -> None:
    steps = instructions()
    runs = " ".join(args for kw, args in steps if kw == "RUN")
    assert re.search(r"pip install \.(\s|$)", runs)
    users = [args for kw, args in steps if kw == "USER"]
    assert users, "no USER: the services would run as root"
    assert users[-1] not in {"root", "0"}
    assert [json.loads(args) for kw, args in steps if kw == "ENTRYPOINT"] == [["vigie"]]


def test_everything_copied_exists_and_reaches_the_build_context() -> None:
    for kw, args in instructions():
        if kw != "COPY" or args.startswith("--from"):
            continue
        *sources, _dest = args.split()
        for source in sources:
            assert (REPO / source).exists(), f"COPY {source}: missing from the repository"
            assert dockerignore_includes(source.rstrip("/")), f"COPY {source}: excluded by .dockerignore"
    for kept in ("services/vigie/contracts.py", "services/vigie_cli/main.py", "pyproject.toml"):
        assert dockerignore_includes(kept), kept
    for dropped in (".git/HEAD", ".venv/bin/python", "tests/conftest.py", "services/vigie/__pycache__/x.pyc"):
        assert not dockerignore_includes(dropped), dropped


def test_pyproject_files_the_image_needs_are_present() -> None:
    """``pip install .`` reads the readme named in pyproject.toml: it must be in the repository."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    readme = project.get("readme")
    if isinstance(readme, str):
        assert (REPO / readme).is_file(), f"{readme} (pyproject readme) is missing: the image build fails"
        assert dockerignore_includes(readme)
    assert project["scripts"]["vigie"] == "vigie_cli.main:main"


def test_state_directories_are_created_for_the_service_user() -> None:
    runs = " ".join(args for kw, args in instructions() if kw == "RUN")
    for name in VIGIE_SERVICES:
        assert f"/var/lib/vigie/{name}" in runs
    assert "chown -R vigie:vigie /var/lib/vigie" in runs


def compose_services() -> dict[str, Any]:
    services = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))["services"]
    assert isinstance(services, dict)
    return services


@pytest.mark.parametrize("name", VIGIE_SERVICES)
def test_compose_commands_are_vigie_sub_commands(name: str) -> None:
    command = compose_services()[name]["command"]
    assert command[0] in COMMANDS
    args = build_parser().parse_args(command)
    assert args.command == name


class _Livez(BaseHTTPRequestHandler):
    status = 200

    def do_GET(self) -> None:
        self.send_response(self.status if self.path == "/livez" else 404)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


@pytest.fixture
def livez_server() -> Iterator[tuple[ThreadingHTTPServer, type[_Livez]]]:
    handler = type("Handler", (_Livez,), {"status": 200})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server, handler
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def run_probe(name: str, port: int) -> int:
    """Run the service's compose healthcheck against 127.0.0.1:``port`` instead of its own port."""
    test = compose_services()[name]["healthcheck"]["test"]
    snippet = re.sub(r"http://127\.0\.0\.1:\d+/", f"http://127.0.0.1:{port}/", test[3])
    assert snippet != test[3]
    result = subprocess.run([sys.executable, "-c", snippet], capture_output=True, check=False, timeout=30)
    return result.returncode


@pytest.mark.parametrize("name", VIGIE_SERVICES)
def test_healthcheck_passes_on_200_and_fails_otherwise(
    name: str, livez_server: tuple[ThreadingHTTPServer, type[_Livez]]
) -> None:
    server, handler = livez_server
    port = server.server_address[1]
    assert run_probe(name, port) == 0
    handler.status = 503
    assert run_probe(name, port) != 0


@pytest.mark.parametrize("name", VIGIE_SERVICES)
def test_each_service_serves_the_probed_paths(name: str) -> None:
    """The healthcheck's /livez and Prometheus' /metrics are routes of the service's own code."""
    sources = " ".join(
        p.read_text(encoding="utf-8") for p in (REPO / "services" / f"vigie_{name}").rglob("*.py")
    )
    for path in ("/livez", "/metrics"):
        assert f'"{path}"' in sources, f"vigie_{name} has no {path} route"
