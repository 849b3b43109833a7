""".env.example lists every setting of every service with its real default; compose sets real ones."""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

import pytest
import yaml
from pydantic import AliasChoices
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings

REPO = Path(__file__).resolve().parents[2]
ENV_EXAMPLE = REPO / ".env.example"
# Packages that must have settings; every package under services/ is searched.
PACKAGES = ("vigie", "vigie_ingest", "vigie_extractor", "vigie_alerting")
ALL_PACKAGES = sorted(p.parent.name for p in (REPO / "services").glob("*/__init__.py"))
SERVICES = ("ingest", "extractor", "alerting")
# `VAR=value` sets a default; `# VAR=example` documents a variable that is unset by default.
ASSIGNMENT = re.compile(r"^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$")
SETTINGS_CLASS = re.compile(r"^class \w+\([^)]*Settings[^)]*\):", re.MULTILINE)


def settings_classes(package: str) -> list[type[BaseSettings]]:
    """Every pydantic-settings class defined in ``package`` (found in the modules that mention one)."""
    root = REPO / "services" / package
    found: list[type[BaseSettings]] = []
    for path in sorted(root.rglob("*.py")):
        if not SETTINGS_CLASS.search(path.read_text(encoding="utf-8")):
            continue
        relative = path.relative_to(REPO / "services").with_suffix("")
        parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
        module = importlib.import_module(".".join(parts))
        found.extend(
            obj
            for obj in vars(module).values()
            if isinstance(obj, type)
            and issubclass(obj, BaseSettings)
            and obj is not BaseSettings
            and obj.__module__ == module.__name__
        )
    return found


def env_name(cls: type[BaseSettings], name: str, field: FieldInfo) -> str:
    """The variable that sets ``field``: its upper-case alias if it has one, else prefix + name."""
    alias = field.validation_alias
    choices = alias.choices if isinstance(alias, AliasChoices) else [alias] if isinstance(alias, str) else []
    for choice in choices:
        if isinstance(choice, str) and choice.isupper():
            return choice
    return (str(cls.model_config.get("env_prefix", "")) + name).upper()


def env_names(cls: type[BaseSettings]) -> dict[str, str]:
    """Variable name -> field name for every field of ``cls``."""
    return {env_name(cls, name, field): name for name, field in cls.model_fields.items()}


def example() -> dict[str, tuple[bool, str]]:
    """Variable -> (set by default, value) from .env.example."""
    result: dict[str, tuple[bool, str]] = {}
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        match = ASSIGNMENT.match(line.strip())
        if match:
            commented, name, value = match.groups()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            assert name not in result, f"{name} appears twice in .env.example"
            result[name] = (commented is None, value)
    return result


ALL_CLASSES = [cls for package in ALL_PACKAGES for cls in settings_classes(package)]
CLASS_IDS = [f"{cls.__module__}.{cls.__qualname__}" for cls in ALL_CLASSES]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No Vigie variable from the outside: settings see only what the test sets."""

    # Alias choices such as "log_level" are read from the environment too (case-insensitively).
    aliases = {
        choice.upper()
        for cls in ALL_CLASSES
        for field in cls.model_fields.values()
        if isinstance(field.validation_alias, AliasChoices)
        for choice in field.validation_alias.choices
        if isinstance(choice, str)
    }
    for name in list(os.environ):
        if name.startswith("VIGIE_") or name.upper() in aliases:
            monkeypatch.delenv(name)
    return monkeypatch


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_has_settings(package: str) -> None:
    assert settings_classes(package), f"no pydantic-settings class found in {package}"


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=CLASS_IDS)
def test_every_setting_is_listed(cls: type[BaseSettings]) -> None:
    listed = example()
    missing = sorted(set(env_names(cls)) - set(listed))
    assert not missing, f"{cls.__name__}: missing from .env.example: {missing}"


def test_every_listed_vigie_variable_is_a_setting() -> None:
    known = {name for cls in ALL_CLASSES for name in env_names(cls)} | compose_file_variables()
    stale = sorted(name for name in example() if name.startswith("VIGIE_") and name not in known)
    assert not stale, f"in .env.example but read by no settings class: {stale}"


def test_every_variable_has_a_comment() -> None:
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        match = ASSIGNMENT.match(line.strip())
        if match:
            above = lines[i - 1].strip() if i else ""
            assert above.startswith("#") and not ASSIGNMENT.match(above.lstrip("# ").strip()), (
                f"{match.group(2)}: put a comment line right above it"
            )


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=CLASS_IDS)
def test_listed_values_are_the_defaults(cls: type[BaseSettings], clean_env: pytest.MonkeyPatch) -> None:
    """Setting every listed value gives the same settings as setting nothing."""
    defaults = cls()
    listed = example()
    names = env_names(cls)
    for variable, field in names.items():
        is_set, value = listed[variable]
        if is_set:
            clean_env.setenv(variable, value)
        else:
            default = cls.model_fields[field].get_default(call_default_factory=True)
            assert default is None, f"{variable} is commented out but defaults to {default!r}"
    from_example = cls()
    for field in cls.model_fields:
        assert getattr(from_example, field) == getattr(defaults, field), f"{cls.__name__}.{field}"


@pytest.mark.parametrize("cls", ALL_CLASSES, ids=CLASS_IDS)
def test_commented_examples_are_valid_values(cls: type[BaseSettings], clean_env: pytest.MonkeyPatch) -> None:
    """Uncommenting an example line gives a value the service accepts."""
    listed = example()
    for variable, field in env_names(cls).items():
        is_set, value = listed[variable]
        if not is_set:
            clean_env.setenv(variable, value)
            assert getattr(cls(), field) is not None, variable
            clean_env.delenv(variable)


def compose_file_variables() -> set[str]:
    text = (REPO / "docker-compose.yml").read_text(encoding="utf-8")
    return set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))


def test_compose_interpolations_are_listed() -> None:
    listed = example()
    variables = compose_file_variables()
    assert variables, "docker-compose.yml interpolates nothing: this test would check nothing"
    for variable in variables:
        assert variable in listed, f"docker-compose.yml reads ${{{variable}}}: list it in .env.example"


@pytest.mark.parametrize("service", SERVICES)
def test_compose_environment_is_valid_settings(service: str, clean_env: pytest.MonkeyPatch) -> None:
    """Each variable compose gives a service is one of its settings, and the values validate."""
    services = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))["services"]
    environment = {k: str(v) for k, v in services[service]["environment"].items()}
    prefix = f"VIGIE_{service.upper()}_"
    (cls,) = [c for c in settings_classes(f"vigie_{service}") if c.model_config.get("env_prefix") == prefix]
    names = env_names(cls)
    for variable, value in environment.items():
        assert variable in names, f"{service}: {variable} is not a setting of {cls.__name__}"
        # ${VAR:-default} is resolved by compose; the default is what a bare `up` uses.
        clean_env.setenv(variable, re.sub(r"\$\{[A-Z0-9_]+:-([^}]*)\}", r"\1", value))
    settings = cls()
    for variable, value in environment.items():
        assert str(getattr(settings, names[variable])) in value
