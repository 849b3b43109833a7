"""Turn HTML into plain text with the standard library's parser: no script/style, entities decoded."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never article text.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "iframe", "svg", "math", "object", "head"})
# Elements that end a paragraph (a blank line) or a line.
_PARAGRAPH = frozenset(
    {"p", "div", "section", "article", "blockquote", "pre", "ul", "ol", "table", "figure", "header",
     "footer", "aside", "h1", "h2", "h3", "h4", "h5", "h6", "dl", "hr", "main", "nav", "form"}
)  # fmt: skip
_LINE = frozenset({"br", "li", "tr", "dt", "dd", "figcaption", "caption"})
# In HTML a line break inside text is only a space; <pre> keeps its lines.
_WHITESPACE = re.compile(r"\s+")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "wbr"})


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_stack: list[str] = []
        self._pre_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            if tag not in _VOID:
                self._skip_stack.append(tag)
            return
        if tag == "pre":
            self._pre_depth += 1
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SKIPPED:
            self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack:
            if tag in self._skip_stack:
                # Close the skipped element (and anything left open inside it).
                while self._skip_stack and self._skip_stack.pop() != tag:
                    pass
            return
        if tag == "pre" and self._pre_depth:
            self._pre_depth -= 1
        if tag in _PARAGRAPH:
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if not self._skip_stack:
            self.parts.append(data if self._pre_depth else _WHITESPACE.sub(" ", data))

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPH:
            self.parts.append("\n\n")
        elif tag in _LINE:
            self.parts.append("\n")


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``, paragraphs separated by newlines (whitespace not yet normalised).

    >>> html_to_text("<p>Tom &amp; Jerry</p><script>alert(1)</script><p>fin</p>").split()
    ['Tom', '&', 'Jerry', 'fin']
    """
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return "".join(collector.parts)
