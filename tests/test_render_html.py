"""The HTML report: self-contained, escaped, removed lines struck through in their place."""

from __future__ import annotations

import re
from pathlib import Path

from newsdesk.clean import clean
from newsdesk.model import Article, Corpus, RawDocument, Removed, Story
from newsdesk.render.html import article_rows, render_html

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def corpus_of(*articles: Article) -> Corpus:
    story = Story(id="s1", headline=articles[0].title or "story",
                  article_ids=[a.id for a in articles])
    return Corpus(articles=list(articles), stories=[story])


def test_rows_put_removed_and_lifted_lines_back_in_place() -> None:
    raw = (FIXTURES / "junk_wire.txt").read_text()
    article = clean(RawDocument(id="flood", source="junk_wire.txt", text=raw))
    rows = article_rows(article)
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    shown = [row.text for row in rows if row.kind != "dateline"]
    shown[1] = next(r.text for r in rows if r.kind == "dateline") + shown[1]
    assert shown == lines
    kinds = {row.text: row.kind for row in rows}
    assert kinds["Advertisement"] == "removed"
    assert kinds[lines[0]] == "title"


def test_report_is_self_contained_and_escaped() -> None:
    hostile = Article(
        id="x", source="x.txt", title="<script>alert(1)</script>",
        text="A body line with <b>markup</b> & an ampersand.",
        removed=[Removed(text="<img src=x onerror=alert(2)>", reason="other", line=1)],
    )
    html = render_html(corpus_of(hostile))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;markup&lt;/b&gt; &amp; an ampersand." in html
    assert not re.search(r"<(?:script|link)\b|src=\"http|href=\"http", html)
    assert '<s>&lt;img src=x onerror=alert(2)&gt;</s>' in html


def test_report_shows_reasons_and_notices() -> None:
    raw = (FIXTURES / "junk_wire.txt").read_text()
    article = clean(RawDocument(id="flood", source="junk_wire.txt", text=raw))
    html = render_html(corpus_of(article))
    assert html.count('<p class="removed">') == len(article.removed)
    assert '<span class="tag removed">paywall</span><s>$4.99/month</s>' in html
    assert "Correction.</strong> Correction: An earlier version" in html
    assert "MARROWBY, Eastern Vale" in html
