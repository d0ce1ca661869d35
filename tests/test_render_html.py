"""The HTML report: self-contained, escaped, removed lines struck through in their place, the
contradiction cards quoting both sides, every link landing on an id, the quoted words marked.

`newsroom_corpus` is the hand-made story the three report tests share: relations and summary
are written here, so the tests do not depend on the comparison stage.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from newsdesk.clean import clean
from newsdesk.model import (
    Article,
    Corpus,
    Entity,
    Fact,
    RawDocument,
    Ref,
    Relation,
    Removed,
    Span,
    Statement,
    Story,
    SummarySentence,
    TimelineEntry,
)
from newsdesk.render.html import marked, render_html
from newsdesk.render.views import Target, article_rows

FIXTURES = Path(__file__).parent / "fixtures" / "clean"

WIRE = (
    "A harbour crane collapsed in Portvale on Monday, killing at least 4 workers, officials "
    "said.\n"
    'Port director Mara Quell said: "The crane was inspected last month and passed."'
)
GAZETTE = (
    "Six workers died when the crane fell, the union said.\n"
    'Union leader Oskar Brandt said the crane "had not been inspected since 2029" & <b>never</b> '
    "fixed."
)
TIMES = "The crane fell on Monday morning, officials said."


def ref(article: Article, words: str) -> Ref:
    start = article.text.index(words)
    return Ref(article_id=article.id, start=start, end=start + len(words))


def newsroom_corpus(*, compared: bool = True) -> Corpus:
    """Three outlets on one crane collapse: a contradiction, a figure conflict, an agreement.

    Without `compared`, the story is as the comparison stage leaves it empty: no relations and
    no summary.
    """
    wire = Article(
        id="wire-1",
        source="wire.txt",
        outlet="Harbour Wire",
        title="Crane collapses",
        published="2031-04-02",
        text=WIRE,
        removed=[Removed(text="Subscribe for $1", reason="paywall", line=1)],
    )
    gazette = Article(
        id="gazette 2",
        source="gazette.txt",
        outlet="Portvale Gazette",
        published="2031-04-03",
        text=GAZETTE,
    )
    times = Article(id="times-3", source="times.txt", outlet="Coastal Times", text=TIMES)
    statements = [
        Statement(
            id="q1",
            speaker="e1",
            speaker_name="Mara Quell",
            speaker_role="Port director",
            kind="direct",
            text="The crane was inspected last month and passed.",
            sources=[ref(wire, "The crane was inspected last month and passed.")],
        ),
        Statement(
            id="q2",
            speaker_name="Oskar Brandt",
            speaker_role="Union leader",
            kind="indirect",
            text="the crane had not been inspected since 2029",
            sources=[ref(gazette, '"had not been inspected since 2029" & <b>never</b>')],
        ),
        Statement(
            id="q3",
            speaker_role="officials",
            kind="indirect",
            text="A harbour crane collapsed in Portvale on Monday",
            sources=[ref(wire, "A harbour crane collapsed in Portvale on Monday")],
        ),
        Statement(
            id="q4",
            speaker_role="officials",
            kind="indirect",
            text="The crane fell on Monday morning",
            sources=[ref(times, "The crane fell on Monday morning")],
        ),
    ]
    facts = [
        Fact(
            id="f1",
            quantity=4,
            qualifier="at_least",
            unit="people",
            what="killed",
            text=WIRE.split("\n")[0],
            sources=[ref(wire, WIRE.split("\n")[0])],
        ),
        Fact(
            id="f2",
            quantity=6,
            qualifier="exact",
            unit="people",
            what="killed",
            text="Six workers died when the crane fell, the union said.",
            sources=[ref(gazette, "Six workers died when the crane fell, the union said.")],
        ),
    ]
    story = Story(
        id="s1",
        headline="Crane collapses in Portvale harbour",
        article_ids=[wire.id, gazette.id, times.id],
        span=Span(start="2031-04-02", end="2031-04-03"),
        summary=[
            SummarySentence(
                text="A crane fell in Portvale; the toll is disputed.",
                sources=[facts[0].sources[0], facts[1].sources[0]],
            )
        ]
        if compared
        else [],
        entities=[
            Entity(
                id="e1",
                name="Mara Quell",
                type="PERSON",
                aliases=["M. Quell"],
                roles=["Port director"],
                mentions=[ref(wire, "Mara Quell")],
            )
        ],
        statements=statements,
        facts=facts,
        timeline=[
            TimelineEntry(
                date="2031-03-31", precision="day", text=TIMES, sources=[ref(times, TIMES)]
            ),
            TimelineEntry(
                date="2031-03-01",
                precision="month",
                text=GAZETTE[:53],
                sources=[ref(gazette, GAZETTE[:53])],
            ),
            TimelineEntry(
                precision="day",
                relative="the day before publication",
                text=TIMES,
                sources=[ref(times, TIMES)],
            ),
        ],
        relations=[
            Relation(
                kind="contradicts", a="q1", b="q2", note="Inspected last month, or not since 2029."
            ),
            Relation(
                kind="contradicts",
                a="f1",
                b="f2",
                difference="conflict",
                note="At least 4 dead, or 6.",
            ),
            Relation(kind="agrees", a="q3", b="q4", note="Both report the collapse on Monday."),
        ]
        if compared
        else [],
    )
    return Corpus(articles=[wire, gazette, times], stories=[story])


class Page(HTMLParser):
    """The ids of a page, the local links, and the text inside each element with an id."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.text: dict[str, str] = {}
        self._open: list[tuple[str, str | None]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        attributes = dict(attrs)
        if attributes.get("href", "").startswith("#"):
            self.links.append(attributes["href"][1:])
        if "id" in attributes:
            self.ids.append(attributes["id"])
            self.text[attributes["id"]] = ""
        if tag not in {"br", "meta", "img", "input", "hr"}:
            self._open.append((tag, attributes.get("id")))

    def handle_endtag(self, tag: str) -> None:
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data: str) -> None:
        for _, element in self._open:
            if element:
                self.text[element] += data


def corpus_of(*articles: Article) -> Corpus:
    story = Story(
        id="s1", headline=articles[0].title or "story", article_ids=[a.id for a in articles]
    )
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
    for row in rows:
        if row.kind == "body":
            assert article.text[row.start : row.start + len(row.text)] == row.text


def test_report_is_self_contained_and_escaped() -> None:
    hostile = Article(
        id="x",
        source="x.txt",
        title="<script>alert(1)</script>",
        text="A body line with <b>markup</b> & an ampersand.",
        removed=[Removed(text="<img src=x onerror=alert(2)>", reason="other", line=1)],
    )
    html = render_html(corpus_of(hostile))
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;b&gt;markup&lt;/b&gt; &amp; an ampersand." in html
    assert not re.search(r"<(?:script|link)\b|src=\"http|href=\"http", html)
    assert "<s>&lt;img src=x onerror=alert(2)&gt;</s>" in html


def test_report_shows_reasons_and_notices() -> None:
    raw = (FIXTURES / "junk_wire.txt").read_text()
    article = clean(RawDocument(id="flood", source="junk_wire.txt", text=raw))
    html = render_html(corpus_of(article))
    assert html.count('<p class="removed">') == len(article.removed)
    assert '<span class="tag removed">paywall</span><s>$4.99/month</s>' in html
    assert "Correction.</strong> Correction: An earlier version" in html
    assert "MARROWBY, Eastern Vale" in html


def test_every_link_lands_on_an_id_and_ids_are_unique() -> None:
    page = Page(render_html(newsroom_corpus()))
    assert len(page.ids) == len(set(page.ids))
    assert page.links and set(page.links) <= set(page.ids)


def test_contradiction_card_quotes_both_sides_linked_into_the_article_text() -> None:
    corpus = newsroom_corpus()
    html = render_html(corpus)
    page = Page(html)
    card = html[html.index('<article class="card contradicts"') :]
    card = card[: card.index("</article>")]
    assert "Inspected last month, or not since 2029." in card
    assert "Mara Quell (Port director)" in card and "Oskar Brandt (Union leader)" in card
    assert "<blockquote>The crane was inspected last month and passed.</blockquote>" in card
    assert (
        "<blockquote>&#34;had not been inspected since 2029&#34; &amp; &lt;b&gt;never"
        "&lt;/b&gt;</blockquote>"
    ) in card
    texts = {a.id: a.text for a in corpus.articles}
    targets = re.findall(r'<div class="context"><a href="#([^"]+)"', card)
    assert len(targets) == 2
    for anchor, statement in zip(targets, corpus.stories[0].statements[:2], strict=True):
        (source,) = statement.sources
        assert page.text[anchor] == texts[source.article_id][source.start : source.end]
        assert f'<mark class="disputed" id="{anchor}">' in html
    figures = html[html.index('<article class="card contradicts"', html.index(card) + 1) :]
    assert "at least 4 people killed" in figures and "6 people killed" in figures
    assert '<span class="diff conflict">conflict</span>' in figures


def test_claims_table_names_who_and_the_outlets_with_and_without_the_claim() -> None:
    html = render_html(newsroom_corpus())
    rows = dict(re.findall(r'<tr id="s1:i:(q\d)">(.*?)</tr>', html, flags=re.S))
    assert set(rows) == {"q1", "q2", "q3", "q4"}
    assert "Mara Quell (Port director)" in rows["q1"]
    assert "unnamed (officials)" in rows["q3"]
    carried, missing = rows["q1"].split('<span class="missing">')
    assert "Harbour Wire" in carried and "Portvale Gazette" not in carried
    assert "Portvale Gazette, Coastal Times" in missing
    assert 'class="badge contradicts" href="#s1:x:1">contradiction</a>' in rows["q1"]
    assert 'href="#s1:x:3">agreed by 1 other</a>' in rows["q3"]


def test_summary_agreements_figures_timeline_people() -> None:
    html = render_html(newsroom_corpus())
    (summary,) = re.findall(r'<ol class="summary">\s*<li>(.*?)</li>', html, flags=re.S)
    assert summary.startswith("A crane fell in Portvale; the toll is disputed.")
    assert re.findall(r'<a class="src" href="#([^"]+)"', summary) == [
        "s1:r:wire-1:0-92",
        "s1:r:gazette%202:0-53",
    ]
    agreements = html[html.index('id="s1:agreements"') : html.index('id="s1:claims"')]
    assert "Both report the collapse on Monday." in agreements
    compared = html[html.index('id="s1:compared"') : html.index('id="s1:agreements"')]
    assert "At least 4 dead, or 6." in compared
    timeline = html[html.index('id="s1:timeline"') :]
    dates = re.findall(r'<td class="num">([^<]+)</td>', timeline.split("</table>")[0])
    assert dates == ["2031-03-31", "March 2031", "the day before publication"]
    people = html[html.index('id="s1:entities"') :]
    assert "<td>Mara Quell</td>" in people and "<td>M. Quell</td>" in people
    assert "<td>Port director</td>" in people


def test_contents_count_the_conflicts_of_each_story() -> None:
    html = render_html(newsroom_corpus())
    toc = html[html.index('<nav class="toc"') : html.index("</nav>")]
    assert '<a href="#s1">Crane collapses in Portvale harbour</a>' in toc
    assert '<a class="badge contradicts" href="#s1:conflicts">2 contradictions</a>' in toc
    assert "3 articles from 3 outlets · published 2031-04-02 to 2031-04-03" in toc


def test_a_story_without_relations_or_summary_says_so() -> None:
    html = render_html(newsroom_corpus(compared=False))
    assert '<p class="empty">None found between the sources.</p>' in html
    for section in ("summary", "agreements", "compared"):
        assert f'id="s1:{section}"' not in html
    assert "Claims <span" in html and 'class="badge' not in html


def test_marks_nest_and_cross_with_each_id_once() -> None:
    text = "abcdefghij"
    targets = (
        Target(2, 8, "outer", "cited"),
        Target(3, 5, "inner", "disputed"),
        Target(6, 10, "cross", "mention"),
        Target(7, 7, "empty", "cited"),
    )
    html = str(marked(text[1:], 1, targets))
    assert re.sub(r"<[^>]+>", "", html) == text[1:]
    assert [html.count(f'id="{i}"') for i in ("outer", "inner", "cross", "empty")] == [1] * 4
    assert html.count("<mark") == html.count("</mark>")
    page = Page(html)
    assert page.text["inner"] == "de" and page.text["outer"] == text[2:8]
    # a target crossing the end of an enclosing one is split there; its id is on the first piece
    assert page.text["cross"] == "gh" and page.text["empty"] == ""
    assert html.endswith('<mark class="mention">ij</mark>')


def test_page_blocks_are_collapsed_after_the_text_escaped_with_their_count() -> None:
    blocks = [Removed(text=f"Menu item {i}", reason="navigation") for i in range(118)]
    blocks += [
        Removed(text="<b>Related</b> & more", reason="promo"),
        Removed(text="<script>alert(3)</script>", reason="other"),
    ]
    article = Article(
        id="page",
        source="page.html",
        title="Crane collapses",
        text="A harbour crane collapsed.\nOfficials said so.",
        removed=[
            blocks[0],
            Removed(text="Subscribe for $1", reason="paywall", line=1),
            *blocks[1:],
        ],
    )
    html = render_html(corpus_of(article))
    text, _, chrome = html.partition('<details class="chrome">')
    # the line-rule removal stays struck through in its place between the two paragraphs
    assert re.search(
        r"A harbour crane collapsed\.</p>\s*<p class=\"removed\"><span class=\"tag removed\">"
        r"paywall</span><s>Subscribe for \$1</s></p>\s*<p>Officials said so\.</p>",
        text,
    )
    assert "Menu item" not in text
    assert html.count('<details class="chrome">') == 1
    assert "Also on the page, not in the text: 120 blocks" in chrome
    assert "(navigation 118 · promo 1 · other 1)" in chrome
    assert chrome.count('<p class="removed">') == 120
    assert chrome.index("Menu item 0<") < chrome.index("Menu item 117<")  # page order
    assert "<s>&lt;b&gt;Related&lt;/b&gt; &amp; more</s>" in chrome
    assert "<script>alert" not in html and "&lt;script&gt;alert(3)&lt;/script&gt;" in chrome
    assert "1 line, 120 page blocks" in html


def test_an_article_without_page_blocks_has_no_collapsed_list() -> None:
    html = render_html(newsroom_corpus())
    assert '<details class="chrome">' not in html
    assert "page block" not in html
