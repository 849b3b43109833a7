"""The sample week, the demo feeds and samples/news/EXPECTED.md agree with each other."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import feedparser
import pytest
import yaml

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
LANGS = {"en", "fr", "es", "de", "ar", "tr", "ru"}


def _week() -> list[dict[str, str]]:
    lines = (SAMPLES / "news" / "week.jsonl").read_text("utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _strip_query(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def test_week_articles_have_the_documented_shape() -> None:
    week = _week()
    assert len(week) == 54
    assert len({a["id"] for a in week}) == 54
    for a in week:
        assert set(a) - {"lang"} == {"id", "url", "title", "text", "published", "source"}
        assert 300 <= len(a["text"]) <= 900, a["id"]
        assert re.search(r"(Z|[+-]\d\d:\d\d)$", a["published"]), a["id"]
    without_lang = sum("lang" not in a for a in week)
    assert 15 <= without_lang <= 22
    assert {a["lang"] for a in week if "lang" in a} == LANGS
    assert len({urlsplit(a["url"]).netloc for a in week}) >= 10


def test_one_tracking_duplicate_and_one_wire_copy() -> None:
    by_id = {a["id"]: a for a in _week()}
    canonical = Counter(_strip_query(a["url"]) for a in by_id.values())
    assert [u for u, n in canonical.items() if n > 1] == [by_id["s-001"]["url"]]
    assert "utm_source" in by_id["s-039"]["url"]
    texts = Counter((a["title"], a["text"]) for a in by_id.values())
    assert sorted(n for n in texts.values() if n > 1) == [2, 2]
    assert (by_id["s-038"]["title"], by_id["s-038"]["text"]) == (
        by_id["s-009"]["title"],
        by_id["s-009"]["text"],
    )
    assert by_id["s-038"]["source"] != by_id["s-009"]["source"]


def test_expected_md_names_every_article_exactly_once_per_role() -> None:
    expected = (SAMPLES / "news" / "EXPECTED.md").read_text("utf-8")
    ids = {a["id"] for a in _week()}
    story_rows = [line for line in expected.splitlines() if re.match(r"\| S\d", line)]
    assert len(story_rows) == 10
    required = [i for row in story_rows for i in re.findall(r"s-\d{3}", row.split("|")[3])]
    silent_section = expected.split("## Items that must NOT alert")[1].split("##")[0]
    silent = re.findall(r"^\| (s-\d{3}) \|", silent_section, flags=re.M)
    assert len(required) == len(set(required)) == 37
    assert len(silent) == 15
    assert set(required) | set(silent) | {"s-038", "s-039"} == ids
    assert not set(required) & set(silent)


def test_feeds_parse_and_carry_every_article(tmp_path: Path) -> None:
    config = yaml.safe_load((SAMPLES / "feeds" / "feeds.yaml").read_text("utf-8"))
    feeds = config["feeds"]
    assert 4 <= len(feeds) <= 6
    links: list[str] = []
    kinds = set()
    for feed in feeds:
        assert set(feed) <= {"name", "url", "interval_s", "lang", "source"}
        assert feed["url"].startswith("http://127.0.0.1:{port}/")
        file = SAMPLES / "feeds" / feed["url"].rsplit("/", 1)[1]
        parsed = feedparser.parse(file.read_bytes())
        assert not parsed.bozo, file
        kinds.add(parsed.version[:3])
        for entry in parsed.entries:
            assert entry.get("published_parsed") is not None
            links.append(entry.link)
    assert kinds == {"rss", "ato"}
    assert sorted(links) == sorted(a["url"] for a in _week())


def test_committed_feeds_are_what_make_feeds_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = importlib.util.spec_from_file_location("make_feeds", SAMPLES / "make_feeds.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "make_feeds", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    module.main(tmp_path)
    for generated in tmp_path.iterdir():
        assert generated.read_text("utf-8") == (SAMPLES / "feeds" / generated.name).read_text("utf-8")


def test_push_batch_has_three_articles_not_in_the_week() -> None:
    push = json.loads((SAMPLES / "news" / "push.json").read_text("utf-8"))
    assert [p["id"] for p in push] == ["p-001", "p-002", "p-003"]
    week_urls = {_strip_query(a["url"]) for a in _week()}
    assert all(_strip_query(p["url"]) not in week_urls for p in push)
    assert all(300 <= len(p["text"]) <= 900 for p in push)
