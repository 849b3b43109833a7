"""The French seed article: the actors and places the extractor must see in it."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from vigie_extractor.core.knowledge import ActorLexicon, ActorMention, Gazetteer

# shared/ sits beside the repository (as in CI): the seed article is not copied into the repo.
SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"
ON = date(2024, 12, 3)


@pytest.fixture(scope="module")
def seed_text() -> str:
    files = sorted(SEEDS.glob("*.txt"))
    assert files, "seed article missing"
    return files[0].read_text("utf-8")


def _first(mentions: list[ActorMention], surface: str) -> ActorMention:
    found = [m for m in mentions if surface in m.text]
    assert found, f"no mention containing {surface!r} in {[m.text for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    "case",
    [
        ("Recep Tayyip Erdogan", "TURGOV", "Recep Tayyip Erdoğan", "President", "person"),
        ("Vladimir Poutine", "RUSGOV", "Vladimir Putin", "President", "person"),
        ("Kremlin", "RUSGOV", None, None, "institution"),
        ("forces gouvernementales syriennes", "SYRMIL", None, None, "adjective_role"),
        ("factions d'opposition", "REB", None, None, "group"),
        ("Hakan Fidan", "TURGOV", "Hakan Fidan", "Foreign Minister", "person"),
        ("gouvernement syrien", "SYRGOV", None, None, "adjective_role"),
        ("opposition syrienne", "SYROPP", None, None, "adjective_role"),
        ("Iran", "IRN", None, None, "country"),
        ("Syrie", "SYR", None, None, "country"),
        ("Turquie", "TUR", None, None, "country"),
    ],
)
def test_seed_actors(
    actor_lexicon: ActorLexicon, seed_text: str, case: tuple[str, str, str | None, str | None, str]
) -> None:
    surface, code, person, office, kind = case
    mention = _first(actor_lexicon.find(seed_text, "fr", ON), surface)
    assert (mention.code, mention.person, mention.office, mention.kind) == (code, person, office, kind)
    assert seed_text[mention.start : mention.end] == mention.text


def test_seed_composites_are_single_mentions(actor_lexicon: ActorLexicon, seed_text: str) -> None:
    texts = [m.text for m in actor_lexicon.find(seed_text, "fr", ON)]
    assert "président turc Recep Tayyip Erdogan" in texts
    assert "président russe Vladimir Poutine" in texts
    assert "ministre turc des Affaires étrangères, Hakan Fidan" in texts
    assert "Erdogan" in texts  # the later surname-only mentions


def test_seed_opposition_without_country(actor_lexicon: ActorLexicon, seed_text: str) -> None:
    mentions = [m for m in actor_lexicon.find(seed_text, "fr", ON) if m.text == "factions d'opposition"]
    assert len(mentions) == 2
    assert all(m.country is None and m.role in ("REB", "OPP") for m in mentions)


def test_seed_mentions_are_sorted_and_disjoint(actor_lexicon: ActorLexicon, seed_text: str) -> None:
    mentions = actor_lexicon.find(seed_text, "fr", ON)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))


def test_seed_places(gazetteer: Gazetteer, seed_text: str) -> None:
    places = {p.text: p for p in gazetteer.find(seed_text, "fr")}
    assert places["Hama"].country == "SYR" and places["Hama"].feature == "city"
    assert places["Alep"].name == "Aleppo" and places["Alep"].country == "SYR"
    for city in ("Hama", "Alep"):
        lat, lon = places[city].lat, places[city].lon
        assert lat is not None and lon is not None
        assert 32 < lat < 38 and 35 < lon < 43
    assert places["Syrie"].feature == "country" and places["Syrie"].country == "SYR"
    assert places["Iran"].country == "IRN"
    assert "Vladimir" not in places  # a person's first name, not the Russian city
