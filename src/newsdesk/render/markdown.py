"""The Markdown report: the same sections as the HTML report, as CommonMark with GFM tables.

Rendered from `views.StoryView`, like the HTML. Every text from the articles is escaped, so
no article can add markup, links or table cells. Sources link to an anchor before each
article's text (`<a id>`) and name the article id and character offsets; the Markdown has no
anchors inside the text, so a quote is always printed with its words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsdesk.model import Article, Corpus
from newsdesk.render.views import (
    Claim,
    Comparison,
    Side,
    Source,
    StoryView,
    article_anchor,
    article_rows,
    figure,
    plural,
    published,
    story_views,
    when,
)

_SPECIAL = re.compile(r"([\\`*\[\]<>|~#&])")
_LINE_START = re.compile(r"^([-+=])|^(\d+)([.)])")
_UNDERSCORES = re.compile(r"_+")


def md(text: str) -> str:
    """Text as Markdown that shows it literally, on one line.

    Underscores inside a word (`a01_vpa`) cannot start emphasis and stay as they are.
    """
    escaped = _SPECIAL.sub(r"\\\1", " ".join(text.split()))
    escaped = _UNDERSCORES.sub(
        lambda m: m[0] if _inside_word(escaped, m.start(), m.end()) else "\\_" * len(m[0]),
        escaped,
    )
    return _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped)


def _inside_word(text: str, start: int, end: int) -> bool:
    return start > 0 and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()


def _anchor(anchor: str) -> str:
    """An invisible link target, at the start of a heading or list item."""
    return f'<a id="{anchor}"></a>'


def _link(label: str, anchor: str) -> str:
    return f"[{md(label)}](#{anchor})"


def _cites(sources: Iterable[Source]) -> str:
    return ", ".join(_link(s.outlet, s.article_anchor) for s in sources) or "—"


def _where(source: Source) -> str:
    """A source named in full: outlet (linked), date, article id and character offsets."""
    date = f", {source.published}" if source.published else ""
    return (
        f"{_link(source.outlet, source.article_anchor)}{date} "
        f"({md(source.article_id)}, characters {source.start}–{source.end})"
    )


def _table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines.extend("| " + " | ".join(cell or "—" for cell in row) + " |" for row in rows)
    return [*lines, ""]


def _counts(view: StoryView) -> str:
    return f"{plural(len(view.articles), 'article')} from {plural(len(view.outlets), 'outlet')}"


def _side(side: Side, label: str) -> list[str]:
    what = f"**{md(side.text)}**, " if side.id.startswith("f") else ""
    head = f"**{md(label)}** ({md(side.id)}): {what}{md(side.who or 'unattributed')}"
    if not side.sources:
        return [f"{head}, no source in this story", ""]
    first, *others = side.sources
    also = f"; also in {_cites(others)}" if others else ""
    return [f"{head}, in {_where(first)}{also}:", "", f"> {md(side.quote)}", ""]


def _conflict(comparison: Comparison) -> list[str]:
    difference = f" ({md(comparison.difference_label)})" if comparison.difference else ""
    first, second = comparison.side_labels
    return [
        f"#### {_anchor(comparison.anchor)}{comparison.label}{difference}: {md(comparison.note)}",
        "",
        *_side(comparison.a, first),
        *_side(comparison.b, second),
    ]


def _figure_side(side: Side) -> str:
    return f"{md(side.text)} ({md(side.id)}; {_cites(side.sources)})"


def _claim_relations(claim: Claim) -> str:
    """Links to the relations a claim is part of: each conflict in bold, agreements as one."""
    links = "".join(f" **{_link(c.label.lower(), c.anchor)}**" for c in claim.conflicts)
    if claim.agreements:
        label = f"agreed by {plural(len(claim.agreements), 'other')}"
        links += f" *{_link(label, claim.agreements[0].anchor)}*"
    return links


def _article(view: StoryView, article: Article) -> Iterator[str]:
    anchor = _anchor(article_anchor(view.story.id, article.id))
    outlet = md(article.outlet or "unknown outlet")
    date = f" · {article.published}" if article.published else ""
    copy = f" · copy of {md(article.duplicate_of)}" if article.duplicate_of else ""
    yield f"#### {anchor}{md(article.title or article.id)} · {outlet}{date}{copy}"
    yield ""
    fields = [
        ("id", article.id),
        ("source", article.source),
        ("url", article.url),
        ("author", article.author),
        ("dateline", article.dateline),
        ("language", article.language),
    ]
    yield " · ".join(f"{name}: {md(value)}" for name, value in fields if value)
    yield ""
    for notice in article.notices:
        yield f"> **{md(notice.kind.replace('-', ' ').capitalize())}.** {md(notice.text)}"
        yield ""
    for row in article_rows(article):
        if row.kind == "body":
            yield md(row.text) if row.text.strip() else ""
        elif row.kind == "removed":
            yield f"~~{md(row.text)}~~ *(removed: {md(row.note)})*"
        else:
            yield f"*({md(row.note)})* {md(row.text)}"
        yield ""


def _story(view: StoryView) -> Iterator[str]:
    story = view.story
    yield f"## {_anchor(view.anchor)}{md(story.headline)}"
    yield ""
    outlets = md(", ".join(view.outlets))
    yield f"{md(story.id)} · {published(story.span)} · {_counts(view)}: {outlets}"
    yield ""
    if view.summary:
        yield "### Summary"
        yield ""
        for n, sentence in enumerate(view.summary, 1):
            yield f"{n}. {md(sentence.item.text)} ({'; '.join(map(_where, sentence.sources))})"
        yield ""
    yield f"### Contradictions and corrections ({len(view.conflicts)})"
    yield ""
    if not view.conflicts:
        yield "None found between the sources."
        yield ""
    for comparison in view.conflicts:
        yield from _conflict(comparison)
    if view.figures:
        yield f"### Figures compared ({len(view.figures)})"
        yield ""
        yield from _table(
            ("Figure", "Compared with", "Difference", "Note"),
            (
                (
                    _figure_side(c.a),
                    _figure_side(c.b),
                    md(c.difference_label)
                    + ("" if c.kind == "agrees" else f" ({c.label.lower()})"),
                    md(c.note),
                )
                for c in view.figures
            ),
        )
    if view.agreements:
        yield f"### Agreements ({len(view.agreements)})"
        yield ""
        for c in view.agreements:
            outlets = dict.fromkeys(s.outlet for s in (*c.a.sources, *c.b.sources))
            yield (
                f"- {_anchor(c.anchor)}{md(c.a.id)} and {md(c.b.id)}: {md(c.note)} "
                f"({md(c.a.who)}; {md(', '.join(outlets))})"
            )
        yield ""
    if view.claims:
        yield f"### Claims ({len(view.claims)})"
        yield ""
        yield from _table(
            ("Claim", "Who", "Carried by", "Not carried by"),
            (
                (
                    f"{md(c.statement.id)}: {'*reported:* ' * (c.statement.kind == 'indirect')}"
                    f"{md(c.statement.text)}{_claim_relations(c)}",
                    md(c.who) + (f", {c.statement.said_on}" if c.statement.said_on else ""),
                    f"{len(c.carried_by)} of {len(view.outlets)}: {_cites(c.sources)}",
                    md(", ".join(c.missing)) if c.missing else "all carry it",
                )
                for c in view.claims
            ),
        )
    if view.facts:
        yield f"### Figures ({len(view.facts)})"
        yield ""
        yield from _table(
            ("Figure", "Claimed by", "Stated as", "Sources"),
            (
                (
                    f"{md(figure(f.item))} ({md(f.item.id)})",
                    md(f.who),
                    md(f.item.text),
                    _cites(f.sources),
                )
                for f in view.facts
            ),
        )
    if view.timeline:
        yield f"### Timeline ({len(view.timeline)})"
        yield ""
        yield from _table(
            ("Date", "What happened", "Sources"),
            ((md(when(t.item)), md(t.item.text), _cites(t.sources)) for t in view.timeline),
        )
    if view.entity_groups:
        yield "### People and organisations"
        yield ""
        for label, group in view.entity_groups:
            yield f"#### {label} ({len(group)})"
            yield ""
            yield from _table(
                ("Name", "Roles", "Also written", "Mentioned by"),
                (
                    (
                        md(e.item.name),
                        md("; ".join(e.item.roles)),
                        md(", ".join(a for a in e.item.aliases if a != e.item.name)),
                        _cites(e.sources),
                    )
                    for e in group
                ),
            )
    yield f"### Articles ({len(view.articles)})"
    yield ""
    yield from _table(
        ("Article", "Outlet", "Published", "Author", "Dateline", "Removed"),
        (
            (
                _link(a.title or a.id, article_anchor(story.id, a.id)),
                md(a.outlet or ""),
                str(a.published or ""),
                md(a.author or ""),
                md(a.dateline or ""),
                plural(len(a.removed), "line"),
            )
            for a in view.articles
        ),
    )
    for article in view.articles:
        yield from _article(view, article)


def render_markdown(corpus: Corpus, *, title: str = "newsdesk report") -> str:
    """The whole report as one Markdown document."""
    views = story_views(corpus)
    lines = [
        f"# {md(title)}",
        "",
        f"{plural(len(corpus.stories), 'story', 'stories')} from "
        f"{plural(len(corpus.articles), 'article')}.",
        "",
    ]
    if not views:
        lines += ["No stories: no article could be analyzed.", ""]
    else:
        lines += ["## Stories", ""]
    for n, view in enumerate(views, 1):
        flags = "".join(f"; {count}" for _, count in view.conflict_counts)
        lines.append(
            f"{n}. {_link(view.story.headline, view.anchor)}: {_counts(view)}, "
            f"{published(view.story.span)}{flags}"
        )
    lines.append("")
    for view in views:
        lines += ["---", "", *_story(view)]
    return "\n".join(lines).rstrip("\n") + "\n"
