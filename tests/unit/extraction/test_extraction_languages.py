"""The language list and grammar facts of ``data/languages.yaml``, and the completeness of a
language: every per-language data file has an entry for it, and docs/adding-a-language.md names
every such file."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from vigie.language import SUPPORTED_LANGUAGES
from vigie_extractor.core import arguments, context, sentences
from vigie_extractor.core.knowledge import actors
from vigie_extractor.core.languages import (
    GRAMMARS,
    LANGUAGES,
    Grammar,
    LanguageDataError,
    having,
    parse_languages,
    with_word_order,
)

DATA = resources.files("vigie_extractor.core").joinpath("data")
GUIDE = Path(__file__).resolve().parents[3] / "docs" / "adding-a-language.md"


def test_the_file_declares_the_supported_languages_in_order() -> None:
    assert set(LANGUAGES) == SUPPORTED_LANGUAGES
    assert LANGUAGES[:3] == ("en", "fr", "es")  # the file's order, which tables follow
    assert GRAMMARS["de"] == Grammar(
        word_order="SVO",
        clause_final_verb=True,
        agent_marker_before_verb=True,
        hyphen_compounds=True,
        ordinal_dot=True,
    )


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "expected a mapping"),
        ({}, "expected a mapping"),
        ({"english": {"word_order": "SVO"}}, "two lower-case letters"),
        ({"EN": {"word_order": "SVO"}}, "two lower-case letters"),
        ({"en": "SVO"}, "en: expected a mapping"),
        ({"en": {}}, "en: word_order must be one of"),
        ({"en": {"word_order": "OVS"}}, "en: word_order must be one of"),
        ({"en": {"word_order": "SVO", "verb_second": True}}, "unknown keys ['verb_second']"),
        ({"en": {"word_order": "SVO", "ordinal_dot": "yes"}}, "ordinal_dot: expected true or false"),
    ],
)
def test_a_bad_entry_is_refused_with_its_name(raw: Any, message: str) -> None:
    with pytest.raises(LanguageDataError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_languages(raw)


def test_flags_default_to_false_and_keep_the_file_order() -> None:
    parsed = parse_languages({"xx": {"word_order": "VSO"}, "aa": {"word_order": "SOV", "ordinal_dot": True}})
    assert list(parsed) == ["xx", "aa"]
    assert parsed["xx"] == Grammar(word_order="VSO")
    assert parsed["aa"].ordinal_dot and not parsed["aa"].clause_final_verb


def test_an_unknown_flag_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        having("verb_second")


@pytest.mark.parametrize(
    ("rule_set", "expected"),
    [
        (arguments.VERB_FINAL, with_word_order("SOV")),
        (arguments.VERB_FIRST, with_word_order("VSO")),
        (arguments.CLAUSE_FINAL_VERB, having("clause_final_verb")),
        (arguments.AGENT_BEFORE_MARKER, having("agent_before_marker")),
        (arguments.MARKER_BEFORE_TRIGGER, having("agent_marker_before_verb")),
        (context._TOPIC_MARKER_AFTER, having("topic_marker_after")),
        (actors._COMPOUNDING, having("hyphen_compounds")),
        (actors._APOSTROPHE_NAMES, having("apostrophe_names")),
        (sentences._ORDINAL_DOT, having("ordinal_dot")),
    ],
)
def test_the_positional_rules_read_their_languages_from_the_file(
    rule_set: frozenset[str], expected: frozenset[str]
) -> None:
    assert rule_set == expected
    assert rule_set <= set(LANGUAGES)


def test_the_ordinal_flag_changes_sentence_splitting() -> None:
    text = "Die Armee griff am 3. Dezember an. Dann kam die Waffenruhe."
    assert len(sentences.split_sentences(text, "de")) == 2
    assert len(sentences.split_sentences(text, "en")) == 3


def _per_language_dirs() -> list[str]:
    """Folders of ``data/`` holding one ``<lang>.yaml`` per language."""
    return sorted(
        entry.name
        for entry in DATA.iterdir()
        if entry.is_dir()
        and any(child.name.endswith(".yaml") for child in entry.iterdir())
        and any(child.name == "en.yaml" for child in entry.iterdir())
    )


def _per_language_tables() -> list[str]:
    """YAML files of ``data/`` (and its folders) keyed by language code, outside the per-language files."""
    found: list[str] = []
    for path in (DATA, *(e for e in DATA.iterdir() if e.is_dir())):
        for entry in path.iterdir():
            if not entry.name.endswith(".yaml") or entry.name[:-5] in LANGUAGES:
                continue
            raw = yaml.safe_load(entry.read_text("utf-8"))
            if isinstance(raw, dict) and any(key in LANGUAGES for key in raw):
                found.append(entry.name if path == DATA else f"{path.name}/{entry.name}")
    return sorted(found)


def test_the_data_has_per_language_folders_and_tables() -> None:
    assert {"dates", "factuality", "genre", "recall", "triggers"} <= set(_per_language_dirs())
    assert {"languages.yaml", "sentences.yaml", "triggers/arguments.yaml"} <= set(_per_language_tables())


@pytest.mark.parametrize("folder", _per_language_dirs())
def test_every_language_has_its_file_in_each_folder(folder: str) -> None:
    names = {child.name for child in DATA.joinpath(folder).iterdir()}
    assert {f"{lang}.yaml" for lang in LANGUAGES} <= names


# Tables that only the languages needing them fill: case endings are for languages that decline names.
_OPTIONAL_TABLES = frozenset({"triggers/cases.yaml"})


@pytest.mark.parametrize("table", _per_language_tables())
def test_every_language_has_its_entry_in_each_table(table: str) -> None:
    raw = yaml.safe_load(DATA.joinpath(table).read_text("utf-8"))
    if table in _OPTIONAL_TABLES:
        assert set(raw) & set(LANGUAGES)
    else:
        assert set(LANGUAGES) <= set(raw)


def test_the_guide_names_every_per_language_file() -> None:
    guide = GUIDE.read_text("utf-8")
    for folder in _per_language_dirs():
        assert f"data/{folder}/xx.yaml" in guide, folder
    for table in _per_language_tables():
        assert f"data/{table}" in guide, table
    knowledge = resources.files("vigie_extractor.core").joinpath("knowledge/data")
    for entry in knowledge.iterdir():
        if entry.name.endswith((".yaml", ".tsv", ".csv")) and entry.name not in _SHARED_KNOWLEDGE:
            assert entry.name in guide, entry.name


# Knowledge files with no per-language content: role codes and the list of conflict zones.
_SHARED_KNOWLEDGE = frozenset({"role_codes.yaml", "conflict_zones.yaml"})
