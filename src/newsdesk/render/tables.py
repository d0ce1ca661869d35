"""The CSV tables: one file per kind of item, one row per item, for spreadsheets and scripts.

`articles.csv`, `removed.csv` (the lines cleaning took out), `statements.csv`, `facts.csv`,
`relations.csv`, `timeline.csv`, `entities.csv` and `summary.csv`, each with a header row and
the story id on every row.
Sources are written as `article_id:start-end`, several joined by `; `, so every row points at
the words it came from. Text is written as it is, except that a text cell starting with
`=`, `+`, `-`, `@` or a tab gets a leading `'`, so that no spreadsheet runs an article's words as
a formula. Beyond the JSON fields, a row adds only what a spreadsheet cannot look up easily: the
outlets behind the sources, and on a relation the text of its two sides. No quoting of the
article text: the offsets are the link back to it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from newsdesk.model import Article, Corpus, Ref, Story
from newsdesk.render.views import outlet_of

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Cell = str | int | float | None


def _refs(refs: Iterable[Ref]) -> str:
    return "; ".join(f"{r.article_id}:{r.start}-{r.end}" for r in refs)


def _join(items: Iterable[str]) -> str:
    return "; ".join(items)


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _csv(header: list[str], rows: Iterable[Iterable[object]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([_cell(v) for v in row] for row in rows)
    return out.getvalue()


def _articles(corpus: Corpus, story_of: dict[str, str]) -> Iterator[list[object]]:
    for a in corpus.articles:
        yield [
            story_of.get(a.id),
            a.id,
            outlet_of(a),
            a.title,
            a.author,
            a.published,
            a.dateline,
            a.language,
            a.url,
            a.source,
            a.duplicate_of,
            len(a.removed),
            "\n".join(f"{n.kind}: {n.text}" for n in a.notices),
        ]


def _removed(corpus: Corpus, story_of: dict[str, str]) -> Iterator[list[object]]:
    for a in corpus.articles:
        for r in a.removed:
            yield [story_of.get(a.id), a.id, r.line, r.reason, r.text]


def _outlets(known: dict[str, Article], refs: Iterable[Ref]) -> str:
    return _join(
        dict.fromkeys(
            outlet_of(known[r.article_id]) if r.article_id in known else r.article_id for r in refs
        )
    )


def _statements(known: dict[str, Article], story: Story) -> Iterator[list[object]]:
    for q in story.statements:
        yield [
            story.id,
            q.id,
            q.speaker,
            q.speaker_name,
            q.speaker_role,
            q.kind,
            q.said_on,
            q.text,
            _outlets(known, q.sources),
            _refs(q.sources),
        ]


def _facts(known: dict[str, Article], story: Story) -> Iterator[list[object]]:
    for f in story.facts:
        quantity = int(f.quantity) if f.quantity.is_integer() else f.quantity
        yield [
            story.id,
            f.id,
            quantity,
            f.qualifier,
            f.unit,
            f.what,
            f.claimed_by,
            f.text,
            _outlets(known, f.sources),
            _refs(f.sources),
        ]


def _relations(story: Story) -> Iterator[list[object]]:
    texts = {item.id: item.text for item in (*story.statements, *story.facts)}
    for r in story.relations:
        yield [story.id, r.kind, r.a, r.b, r.difference, r.note, texts.get(r.a), texts.get(r.b)]


def _timeline(story: Story) -> Iterator[list[object]]:
    for t in story.timeline:
        yield [story.id, t.date, t.precision, t.relative, t.text, _refs(t.sources)]


def _entities(story: Story) -> Iterator[list[object]]:
    for e in story.entities:
        yield [
            story.id,
            e.id,
            e.name,
            e.type,
            _join(e.aliases),
            _join(e.roles),
            len(e.mentions),
            _refs(e.mentions),
        ]


def _summary(story: Story) -> Iterator[list[object]]:
    for n, sentence in enumerate(story.summary, 1):
        yield [story.id, n, sentence.text, _refs(sentence.sources)]


def render_csv(corpus: Corpus) -> dict[str, str]:
    """The tables of a corpus: file name -> CSV text (UTF-8, `\\n` line ends)."""
    stories = corpus.stories
    known = {a.id: a for a in corpus.articles}
    story_of = {aid: s.id for s in reversed(stories) for aid in s.article_ids}
    return {
        "articles.csv": _csv(
            [
                "story_id",
                "article_id",
                "outlet",
                "title",
                "author",
                "published",
                "dateline",
                "language",
                "url",
                "source",
                "duplicate_of",
                "removed_lines",
                "notices",
            ],
            _articles(corpus, story_of),
        ),
        "removed.csv": _csv(
            ["story_id", "article_id", "line", "reason", "text"], _removed(corpus, story_of)
        ),
        "statements.csv": _csv(
            [
                "story_id",
                "statement_id",
                "speaker_id",
                "speaker_name",
                "speaker_role",
                "kind",
                "said_on",
                "text",
                "outlets",
                "sources",
            ],
            (row for s in stories for row in _statements(known, s)),
        ),
        "facts.csv": _csv(
            [
                "story_id",
                "fact_id",
                "quantity",
                "qualifier",
                "unit",
                "what",
                "claimed_by",
                "text",
                "outlets",
                "sources",
            ],
            (row for s in stories for row in _facts(known, s)),
        ),
        "relations.csv": _csv(
            ["story_id", "kind", "a", "b", "difference", "note", "a_text", "b_text"],
            (row for s in stories for row in _relations(s)),
        ),
        "timeline.csv": _csv(
            ["story_id", "date", "precision", "relative", "text", "sources"],
            (row for s in stories for row in _timeline(s)),
        ),
        "entities.csv": _csv(
            ["story_id", "entity_id", "name", "type", "aliases", "roles", "mentions", "sources"],
            (row for s in stories for row in _entities(s)),
        ),
        "summary.csv": _csv(
            ["story_id", "sentence", "text", "sources"],
            (row for s in stories for row in _summary(s)),
        ),
    }
