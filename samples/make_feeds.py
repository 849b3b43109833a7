"""Build the demo RSS 2.0 and Atom feeds of samples/feeds/ from samples/news/week.jsonl (output kept)."""

from __future__ import annotations

import html
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ATOM = "http://www.w3.org/2005/Atom"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DC = "http://purl.org/dc/elements/1.1/"


@dataclass(frozen=True)
class FeedSpec:
    """One outlet feed: which articles it carries and how it is written."""

    name: str
    file: str
    fmt: str  # "rss" or "atom"
    title: str
    site: str
    outlets: tuple[str, ...]
    lang: str | None = None
    source: str | None = None
    interval_s: int = 30


FEEDS = (
    FeedSpec(
        "example-wire",
        "example-wire.rss.xml",
        "rss",
        "Example Wire - World",
        "https://www.example-wire.com/",
        ("Example Wire",),
        lang="en",
        source="Example Wire",
    ),
    FeedSpec(
        "atlantic-ledger",
        "atlantic-ledger.atom.xml",
        "atom",
        "Atlantic Ledger",
        "https://www.atlanticledger.example/",
        ("Atlantic Ledger",),
        lang="en",
        source="Atlantic Ledger",
    ),
    FeedSpec(
        "presse-francophone",
        "presse-francophone.atom.xml",
        "atom",
        "Presse francophone",
        "https://www.leveilleur.example/",
        ("Le Veilleur", "Courrier du Sahel"),
    ),
    FeedSpec(
        "prensa-iberica",
        "prensa-iberica.rss.xml",
        "rss",
        "Prensa ibérica",
        "https://www.diarioestrecho.example/",
        ("Diario del Estrecho", "Boletín Global"),
        lang="es",
    ),
    FeedSpec(
        "deutsche-presse",
        "deutsche-presse.rss.xml",
        "rss",
        "Deutschsprachige Presse",
        "https://www.tagesfunk.example/",
        ("Rundschau Online", "Tagesfunk"),
    ),
    FeedSpec(
        "orient-desk",
        "orient-desk.atom.xml",
        "atom",
        "Orient desk (ar, tr, ru)",
        "https://almirsad.example/",
        ("Al-Mirsad", "Al-Ufuq Press", "Ufuk Haber", "Gündem Hattı", "Vestnik Segodnya", "Sever Media"),
    ),
)


def _html_body(item: dict[str, str], index: int) -> str:
    """Every other item gets HTML markup, as many real feeds do."""
    text = item["text"]
    if index % 2:
        return text
    first, _, rest = text.partition(" ")
    lead = f"<p><strong>{html.escape(first)}</strong> {html.escape(rest)}</p>"
    return f"{lead}\n<p><em>{html.escape(item['source'])}</em></p>"


def _rss(spec: FeedSpec, items: list[dict[str, str]]) -> ET.Element:
    ET.register_namespace("content", CONTENT)
    ET.register_namespace("dc", DC)
    rss = ET.Element("rss", {"version": "2.0"})
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = spec.title
    ET.SubElement(channel, "link").text = spec.site
    ET.SubElement(channel, "description").text = f"Latest news from {spec.title}"
    if spec.lang:
        ET.SubElement(channel, "language").text = spec.lang
    for i, item in enumerate(items):
        node = ET.SubElement(channel, "item")
        ET.SubElement(node, "title").text = item["title"]
        ET.SubElement(node, "link").text = item["url"]
        ET.SubElement(node, "guid", {"isPermaLink": "false"}).text = item["id"]
        published = datetime.fromisoformat(item["published"])
        ET.SubElement(node, "pubDate").text = format_datetime(published)
        ET.SubElement(node, f"{{{DC}}}creator").text = item["source"]
        body = _html_body(item, i)
        if i % 3 == 2:
            ET.SubElement(node, "description").text = item["text"][:160].rsplit(" ", 1)[0] + " …"
            ET.SubElement(node, f"{{{CONTENT}}}encoded").text = body
        else:
            ET.SubElement(node, "description").text = body
    return rss


def _atom(spec: FeedSpec, items: list[dict[str, str]]) -> ET.Element:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    if spec.lang:
        feed.set("{http://www.w3.org/XML/1998/namespace}lang", spec.lang)
    ET.SubElement(feed, f"{{{ATOM}}}title").text = spec.title
    ET.SubElement(feed, f"{{{ATOM}}}id").text = f"urn:vigie:sample-feed:{spec.name}"
    ET.SubElement(feed, f"{{{ATOM}}}link", {"href": spec.site})
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = max(i["published"] for i in items)
    for i, item in enumerate(items):
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = item["title"]
        ET.SubElement(entry, f"{{{ATOM}}}id").text = f"urn:vigie:sample:{item['id']}"
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": item["url"]})
        ET.SubElement(entry, f"{{{ATOM}}}published").text = item["published"]
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = item["published"]
        author = ET.SubElement(entry, f"{{{ATOM}}}author")
        ET.SubElement(author, f"{{{ATOM}}}name").text = item["source"]
        if i % 2:
            ET.SubElement(entry, f"{{{ATOM}}}summary", {"type": "text"}).text = item["text"]
        else:
            ET.SubElement(entry, f"{{{ATOM}}}content", {"type": "html"}).text = _html_body(item, i)
    return feed


def _feeds_yaml(port_placeholder: str = "{port}") -> str:
    lines = [
        "# Demo feeds served from samples/feeds/ by a local HTTP server; the demo replaces the literal",
        "# {port} with the port it serves them on. Generated by samples/make_feeds.py.",
        "feeds:",
    ]
    for spec in FEEDS:
        lines.append(f"  - name: {spec.name}")
        lines.append(f'    url: "http://127.0.0.1:{port_placeholder}/{spec.file}"')
        lines.append(f"    interval_s: {spec.interval_s}")
        if spec.lang:
            lines.append(f"    lang: {spec.lang}")
        if spec.source:
            lines.append(f'    source: "{spec.source}"')
    return "\n".join(lines) + "\n"


def main(out: Path = HERE / "feeds") -> None:
    articles = [json.loads(line) for line in (HERE / "news" / "week.jsonl").read_text("utf-8").splitlines()]
    out.mkdir(exist_ok=True)
    seen: set[str] = set()
    for spec in FEEDS:
        items = [a for a in articles if a["source"] in spec.outlets]
        seen.update(a["id"] for a in items)
        root = _rss(spec, items) if spec.fmt == "rss" else _atom(spec, items)
        ET.indent(root)
        data = ET.tostring(root, encoding="unicode", xml_declaration=False)
        (out / spec.file).write_text('<?xml version="1.0" encoding="utf-8"?>\n' + data + "\n", "utf-8")
        print(f"{spec.file}: {len(items)} items")
    missing = {a["id"] for a in articles} - seen
    if missing:
        raise SystemExit(f"articles in no feed: {sorted(missing)}")
    (out / "feeds.yaml").write_text(_feeds_yaml(), "utf-8")


if __name__ == "__main__":
    main()
