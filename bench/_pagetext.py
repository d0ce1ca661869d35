"""Plain-text "copy-paste" of an HTML page and line labels against a gold article body.

`page_lines` turns a page into its visible text in document order, one block-level element per
line (script, style, noscript, template, svg and hidden elements skipped; `<br>` breaks a line),
which is roughly what a reader gets by selecting the page and pasting it into a text editor.

`label_lines` marks each line `body`, `junk` or `ambiguous` against the gold body text using
`\\w+` token 4-grams: a line whose 4-grams are (almost) all in the gold is body, one with (almost)
none is junk, the rest are ambiguous. Lines of fewer than four tokens are body when they equal
a gold paragraph, junk when their tokens do not occur contiguously in the gold, else ambiguous.
Lines without a letter (dividers, "___", a lone figure) are ambiguous: neither report nor junk.

`label_segments` does the same from trafilatura-eval's "with" (body) and "without" (junk)
segments; lines no segment touches are left unlabelled.

`copy_window` keeps what a reader copying the article takes: a fixed number of lines before the
first body line and after the last, with everything in between.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Literal

import lxml.html
from lxml import etree

Label = Literal["body", "junk", "ambiguous"]

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "head",
    "iframe",
    "object",
    "embed",
    "select",
    "option",
    "button",
    "input",
    "textarea",
    "canvas",
    "map",
    "video",
    "audio",
}
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "center",
    "dd",
    "details",
    "dialog",
    "dir",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
    "caption",
    "legend",
    "picture",
}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_WS = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    return bool(_HIDDEN_STYLE.search(el.get("style") or ""))


def page_lines(html: bytes | str) -> list[str]:
    """Visible text of a page, one block-level element per line, blank lines dropped."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")  # the benchmark's pages are all UTF-8
    html = _XML_DECL.sub("", html, count=1)  # lxml refuses a str with an encoding declaration
    root = lxml.html.fromstring(html)
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = _WS.sub(" ", "".join(buf)).strip()
        if text:
            lines.append(text)
        buf.clear()

    def walk(el: etree._Element) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if tag is not None and tag not in _SKIP and not _hidden(el):
            block = tag in _BLOCK
            if tag == "br":
                flush()
            if block:
                flush()
            if el.text:
                buf.append(el.text)
            for child in el:
                walk(child)
            if block:
                flush()
        if el.tail:
            buf.append(el.tail)

    body = root.find("body")
    walk(body if body is not None else root)
    flush()
    return lines


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _grams(toks: list[str], n: int = 4) -> list[tuple[str, ...]]:
    return [tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)]


class GoldIndex:
    """The gold body as a set of token 4-grams, its token stream and its normalised paragraphs."""

    def __init__(self, body_text: str) -> None:
        paras = [p for p in (_WS.sub(" ", x).strip() for x in body_text.split("\n")) if p]
        self.paragraphs = {" ".join(tokens(p)) for p in paras}
        self.stream = " " + " ".join(tokens(body_text)) + " "
        self.grams = set(_grams(tokens(body_text)))

    def label(self, line: str, *, body_min: float = 0.9, junk_max: float = 0.2) -> Label:
        toks = tokens(line)
        if not any(c.isalpha() for c in line):
            return "ambiguous"  # dividers, stray symbols, figures alone: neither report nor junk
        if len(toks) < 4:
            joined = " ".join(toks)
            if joined in self.paragraphs:
                return "body"
            return "ambiguous" if f" {joined} " in self.stream else "junk"
        grams = _grams(toks)
        cover = sum(g in self.grams for g in grams) / len(grams)
        if cover >= body_min:
            return "body"
        return "junk" if cover <= junk_max else "ambiguous"


def label_lines(lines: Iterable[str], body_text: str) -> list[Label]:
    gold = GoldIndex(body_text)
    return [gold.label(line) for line in lines]


def copy_window(
    labels: list[Label], margin: int, lines: list[str] | None = None
) -> tuple[int, int] | None:
    """(start, end) of the copied slice: `margin` lines around the first and last body line."""
    body = [i for i, lab in enumerate(labels) if lab == "body"]
    if lines is not None:  # anchor on body lines long enough not to be menu entries
        body = [i for i in body if len(tokens(lines[i])) >= 4] or body
    if not body:
        return None
    return max(0, body[0] - margin), min(len(labels), body[-1] + margin + 1)


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip()


def label_segments(lines: list[str], with_: list[str], without: list[str]) -> list[Label | None]:
    """trafilatura-eval labels: a line holding a "with" segment (or held by one) is body, one
    holding a "without" segment junk, both ambiguous; None for the lines no segment touches."""

    def touches(line: str, segments: list[str]) -> bool:
        return any(seg in line or (len(line) >= 20 and line in seg) for seg in segments)

    w = [x for x in (_norm(s) for s in with_) if x]
    wo = [x for x in (_norm(s) for s in without) if x]
    labels: list[Label | None] = []
    for line in lines:
        body, junk = touches(line, w), touches(line, wo)
        label: Label | None = "body" if body else "junk" if junk else None
        labels.append("ambiguous" if body and junk else label)
    return labels
