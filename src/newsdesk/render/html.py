"""The HTML report: one self-contained file (inline CSS, no script, no server), text escaped.

Per story (from `views.StoryView`): the summary, contradictions and corrections with both
sides quoted, figure comparisons, agreements, the claims table, figures, timeline, people and
organisations, and the articles, whose text marks every quoted passage with an anchor
(`<mark id>` around `text[start:end]`) and shows the lines taken out struck through, in place,
with the reason. What an HTML page showed besides the article (menus, footers, related links:
the removed entries without a line number) follows the text, collapsed in one `<details>` with
its count, struck through with the reason, in page order. It does not compute anything the
views do not hold.
"""

from __future__ import annotations

from collections import Counter

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from newsdesk.model import Article, Corpus, Removed
from newsdesk.render.views import (
    Row,
    Target,
    article_anchor,
    article_rows,
    figure,
    item_anchor,
    plural,
    published,
    story_views,
    when,
)

_ENV = Environment(
    loader=PackageLoader("newsdesk", "render/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def marked(paragraph: str, offset: int, targets: tuple[Target, ...]) -> Markup:
    """A body paragraph (at `offset` in the article text) with the targets inside it marked.

    Nested targets nest; one that crosses the end of an enclosing one is closed there and
    reopened after it, and only the piece where it starts carries its id, so every id appears
    once.
    """
    end = offset + len(paragraph)
    spans = sorted((t for t in targets if _inside(t, offset, end)), key=lambda t: (t.start, -t.end))
    cuts = sorted(
        {offset, end, *(max(t.start, offset) for t in spans), *(min(t.end, end) for t in spans)}
    )
    out: list[str] = []
    stack: list[Target] = []
    pending = iter(spans)
    following = next(pending, None)
    for here, after in zip(cuts, [*cuts[1:], end], strict=True):
        ended = next((i for i, t in enumerate(stack) if t.end <= here), None)
        if ended is not None:
            out.append("</mark>" * (len(stack) - ended))
            reopened = [t for t in stack[ended:] if t.end > here]
            stack = stack[:ended] + reopened
            out.extend(_open(t, first=False) for t in reopened)
        while following is not None and max(following.start, offset) == here:
            out.append(_open(following, first=following.start >= offset))
            if following.end > following.start:
                stack.append(following)
            else:
                out.append("</mark>")
            following = next(pending, None)
        out.append(str(escape(paragraph[here - offset : after - offset])))
    out.append("</mark>" * len(stack))
    return Markup("".join(out))


def _inside(target: Target, offset: int, end: int) -> bool:
    if target.end > target.start:
        return target.start < end and target.end > offset
    return offset <= target.start <= end


def _open(target: Target, *, first: bool) -> str:
    anchor = f' id="{escape(target.anchor)}"' if first else ""
    return f'<mark class="{target.style}"{anchor}>'


def _text_rows(article: Article) -> list[Row]:
    """The article's lines with the removed ones in place, without the page's blocks."""
    placed = [r for r in article.removed if r.line is not None]
    if len(placed) == len(article.removed):
        return article_rows(article)
    return article_rows(article.model_copy(update={"removed": placed}))


def _page_blocks(article: Article) -> list[Removed]:
    """The removed entries that are no line of the text (an HTML page's blocks), page order."""
    return [r for r in article.removed if r.line is None]


def _removed_count(article: Article) -> str:
    """ "2 lines", "2 lines, 31 page blocks" """
    blocks = len(_page_blocks(article))
    lines = plural(len(article.removed) - blocks, "line")
    return f"{lines}, {plural(blocks, 'page block')}" if blocks else lines


def _by_reason(removed: list[Removed]) -> str:
    """ "navigation 12 · promo 4 · legal 2": the reasons, most frequent first."""
    counts = Counter(r.reason for r in removed).most_common()
    return " · ".join(f"{reason} {n}" for reason, n in counts)


_ENV.filters.update(
    figure=figure,
    rows=_text_rows,
    page_blocks=_page_blocks,
    removed_count=_removed_count,
    by_reason=_by_reason,
    published=published,
    when=when,
)
_ENV.globals.update(
    marked=marked, article_anchor=article_anchor, item_anchor=item_anchor, plural=plural
)


def render_html(corpus: Corpus, *, title: str = "newsdesk report") -> str:
    """The whole report as one HTML document."""
    return _ENV.get_template("report.html.j2").render(
        title=title,
        corpus=corpus,
        views=story_views(corpus),
    )
