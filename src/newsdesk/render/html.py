"""The HTML report: one self-contained file (inline CSS, no script, no server), text escaped.

Per story: its headline, dates and articles; per article its metadata, notices and clean text,
with the lines taken out shown struck through, in their place, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from newsdesk.model import Article, Corpus

_ENV = Environment(
    loader=PackageLoader("newsdesk", "render/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass(frozen=True)
class Row:
    """One line of an article as the report shows it."""

    kind: str  # "body", "removed" or one of the lifted fields ("title", "author", ...)
    text: str
    note: str = ""


def article_rows(article: Article) -> list[Row]:
    """The input's lines in their order: body paragraphs, and removed or lifted lines in place.

    Removed and lifted lines carry their line number; body paragraphs fill the other numbers
    in order. A lifted dateline is shown as the prefix of the first paragraph it came from.
    """
    placed: dict[int, Row] = {}
    unplaced: list[Row] = []
    prefix = ""
    for item in article.lifted:
        if item.field == "dateline":
            prefix = item.text
            continue
        row = Row(kind=item.field, text=item.text, note=f"lifted: {item.field}")
        if item.line is None:
            unplaced.append(row)
        else:
            placed[item.line] = row
    for removed in article.removed:
        row = Row(kind="removed", text=removed.text, note=removed.reason)
        if removed.line is None:
            unplaced.append(row)
        else:
            placed[removed.line] = row
    rows: list[Row] = []
    paragraphs = iter(article.text.split("\n"))
    line = 0
    while True:
        if line in placed:
            rows.append(placed.pop(line))
        else:
            paragraph = next(paragraphs, None)
            if paragraph is None:
                break
            if prefix:
                rows.append(Row(kind="dateline", text=prefix, note="lifted: dateline"))
                prefix = ""
            rows.append(Row(kind="body", text=paragraph))
        line += 1
    rows.extend(placed[k] for k in sorted(placed))
    return rows + unplaced


def render_html(corpus: Corpus, *, title: str = "newsdesk report") -> str:
    """The whole report as one HTML document."""
    articles = {a.id: a for a in corpus.articles}
    return _ENV.get_template("report.html.j2").render(
        title=title,
        corpus=corpus,
        articles=articles,
        rows={a.id: article_rows(a) for a in corpus.articles},
    )
