"""The HTML report: one self-contained file (inline CSS, no script, no server), text escaped.

Per story (from `views.StoryView`): the summary, contradictions and corrections with both
sides quoted, figure comparisons, agreements, the claims table, figures, timeline, people and
organisations, and the articles, whose text marks every quoted passage with an anchor
(`<mark id>` around `text[start:end]`) and shows the lines taken out struck through, in place,
with the reason. It does not compute anything the views do not hold.
"""

from __future__ import annotations

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from newsdesk.model import Corpus
from newsdesk.render.views import (
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


_ENV.filters.update(figure=figure, rows=article_rows, published=published, when=when)
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
