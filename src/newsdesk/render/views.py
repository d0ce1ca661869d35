"""What the HTML and Markdown reports show, worked out once from a `Corpus`.

Both reports render a `StoryView` per story and differ only in markup: the outlets that carry
a statement and those that do not, the words a ref points at (`text[start:end]`), who made a
claim, the relations sorted into conflicts, agreements and figure comparisons, the anchors
that links point at. Nothing here escapes text or formats it for one medium, and nothing is
inferred beyond the JSON.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar
from urllib.parse import quote

from newsdesk.model import (
    Article,
    Corpus,
    Entity,
    Fact,
    Ref,
    Relation,
    Span,
    Statement,
    Story,
    SummarySentence,
    TimelineEntry,
)

T = TypeVar("T")

CONFLICT_KINDS = ("contradicts", "corrects", "disputes")
KIND_LABELS = {
    "contradicts": "Contradiction",
    "corrects": "Correction",
    "disputes": "Dispute",
    "agrees": "Agreement",
}
# what the two sides of a relation are called, by kind (`a` is the earlier where time is known)
SIDE_LABELS = {
    "contradicts": ("One side", "The other"),
    "corrects": ("First said", "Then said"),
    "disputes": ("Claim", "Disputed by"),
    "agrees": ("One source", "Another"),
}
DIFFERENCE_LABELS = {
    "same": "same figure",
    "qualifier": "compatible (qualifiers)",
    "update": "later update",
    "conflict": "conflict",
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
ENTITY_GROUPS = (
    ("People", ("PERSON",)),
    ("Organisations", ("ORG",)),
    ("Places, groups and events", ("GPE", "NORP", "EVENT", "OTHER")),
)


@dataclass(frozen=True)
class Row:
    """One line of an article as the reports show it; `start` is a body paragraph's offset."""

    kind: str  # "body", "removed" or one of the lifted fields ("title", "author", ...)
    text: str
    note: str = ""
    start: int = 0


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
    line = offset = 0
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
            rows.append(Row(kind="body", text=paragraph, start=offset))
            offset += len(paragraph) + 1
        line += 1
    rows.extend(placed[k] for k in sorted(placed))
    return rows + unplaced


def outlet_of(article: Article) -> str:
    """The name readers know an article by: its outlet, else its id."""
    return article.outlet or article.id


def number(value: float) -> str:
    """A quantity as an editor writes it: `2,400`, `9`, `2.5`."""
    return f"{value:,.0f}" if value == int(value) else f"{value:,g}"


def figure(fact: Fact) -> str:
    """A figure in words: `at least 9 people killed`, `more than 20 homes destroyed`."""
    qualifier = "" if fact.qualifier == "exact" else fact.qualifier.replace("_", " ") + " "
    what = fact.what if fact.what.startswith(fact.unit) else f"{fact.unit} {fact.what}"
    return f"{qualifier}{number(fact.quantity)} {what}"


def plural(n: int, one: str, many: str | None = None) -> str:
    """`1 article`, `2 articles`, `3 stories` (with `many` given)."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def published(span: Span) -> str:
    """A story's publication span in words."""
    if not span.start:
        return "publication dates unknown"
    later = f" to {span.end}" if span.end and span.end != span.start else ""
    return f"published {span.start}{later}"


def when(entry: TimelineEntry) -> str:
    """A timeline date to its precision: `2026-03-10`, `week of 2026-03-09`, `March 2026`,
    `2024`; the relative words where there is no date."""
    date = entry.date
    if date is None:
        return entry.relative or "undated"
    return {
        "day": date.isoformat(),
        "week": f"week of {date.isoformat()}",
        "month": f"{_MONTHS[date.month - 1]} {date.year}",
        "year": str(date.year),
    }[entry.precision]


def who(name: str | None, role: str | None) -> str:
    """A speaker as the reports name one: `Halvard Mensah (NECO Director)`, `unnamed (police)`."""
    return f"{name or 'unnamed'} ({role})" if role else name or "unnamed"


def _slug(text: str) -> str:
    return quote(text, safe="-_.~")


def article_anchor(story_id: str, article_id: str) -> str:
    """The id of an article's text in the reports (unique per story)."""
    return f"{_slug(story_id)}:a:{_slug(article_id)}"


def item_anchor(story_id: str, item_id: str) -> str:
    """The id of a statement's row in the claims table, or a fact's in the figures table."""
    return f"{_slug(story_id)}:i:{_slug(item_id)}"


def ref_anchor(story_id: str, ref: Ref) -> str:
    """The id of the words a ref points at, inside the article text of the HTML report."""
    return f"{_slug(story_id)}:r:{_slug(ref.article_id)}:{ref.start}-{ref.end}"


@dataclass(frozen=True)
class Source:
    """One place an item was found: the article, its outlet and the exact words."""

    article_id: str
    outlet: str
    published: dt.date | None
    start: int
    end: int
    quote: str
    anchor: str  # the words, in the HTML article text
    article_anchor: str  # the article, in either report


@dataclass(frozen=True)
class Side:
    """A statement or a fact as one side of a relation."""

    id: str
    who: str
    text: str  # a statement's words, a fact's figure in words
    sources: tuple[Source, ...]
    anchor: str  # its row in the claims or figures table

    @property
    def quote(self) -> str:
        """The words as the first source printed them, else the item's own text."""
        return self.sources[0].quote if self.sources and self.sources[0].quote else self.text


@dataclass(frozen=True)
class Comparison:
    """A relation between two items, with both sides resolved."""

    kind: str
    label: str
    note: str
    difference: str | None
    a: Side
    b: Side
    side_labels: tuple[str, str]
    anchor: str

    @property
    def difference_label(self) -> str:
        return DIFFERENCE_LABELS.get(self.difference or "", self.difference or "")

    @property
    def is_conflict(self) -> bool:
        """A contradiction, correction or dispute between statements, or figures in conflict
        (a later update of a figure is shown with the figures, not as a conflict)."""
        return self.kind in CONFLICT_KINDS and self.difference in (None, "conflict")


@dataclass(frozen=True)
class Claim:
    """A statement with who made it, the outlets that carry it and those that do not."""

    statement: Statement
    who: str
    sources: tuple[Source, ...]  # the first ref in each article that carries it
    missing: tuple[str, ...]  # the story's outlets that do not
    conflicts: tuple[Comparison, ...]  # the contradictions, corrections, disputes it is in
    agreements: tuple[Comparison, ...]
    anchor: str

    @property
    def carried_by(self) -> tuple[str, ...]:
        """The outlets that carry it, in story order of their first source."""
        return _unique(s.outlet for s in self.sources)


@dataclass(frozen=True)
class Target:
    """Words in an article text that a link points at, and how the text shows them."""

    start: int
    end: int
    anchor: str
    style: str  # "disputed" (a side of a conflict), "cited" or "mention" (an entity's name)


@dataclass(frozen=True)
class Cited(Generic[T]):
    """A summary sentence, fact, timeline entry or entity with its resolved sources."""

    item: T
    sources: tuple[Source, ...]
    who: str = ""  # a fact's claimant


@dataclass(frozen=True)
class StoryView:
    story: Story
    anchor: str
    articles: tuple[Article, ...]
    outlets: tuple[str, ...]
    summary: tuple[Cited[SummarySentence], ...]
    conflicts: tuple[Comparison, ...]  # contradicts, corrects, disputes
    agreements: tuple[Comparison, ...]  # agrees, between statements
    figures: tuple[Comparison, ...]  # any kind, between two facts
    claims: tuple[Claim, ...]
    facts: tuple[Cited[Fact], ...]  # grouped by what they count, the most reported first
    timeline: tuple[Cited[TimelineEntry], ...]
    entity_groups: tuple[tuple[str, tuple[Cited[Entity], ...]], ...]
    targets: dict[str, tuple[Target, ...]]  # article id -> the words links point at

    @property
    def conflict_counts(self) -> list[tuple[str, str]]:
        """`(kind, "2 contradictions")` for each kind of conflict the story has."""
        counts = Counter(c.kind for c in self.conflicts)
        return [(k, plural(counts[k], KIND_LABELS[k].lower())) for k in CONFLICT_KINDS if counts[k]]

    @property
    def fact_groups(self) -> list[tuple[str, list[Cited[Fact]]]]:
        """The facts by what they count (`killed`, `injured`), in the order of `facts`."""
        groups: dict[str, list[Cited[Fact]]] = {}
        for fact in self.facts:
            groups.setdefault(fact.item.what, []).append(fact)
        return list(groups.items())


def story_views(corpus: Corpus) -> list[StoryView]:
    """One view per story, in the corpus order."""
    known = {a.id: a for a in corpus.articles}
    return [_Builder(story, known).view() for story in corpus.stories]


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


class _Builder:
    """Resolves one story's ids and refs against its statements, facts and articles."""

    def __init__(self, story: Story, known: dict[str, Article]) -> None:
        self.story = story
        self.known = known
        self.articles = tuple(known[i] for i in story.article_ids if i in known)
        self.outlets = _unique(outlet_of(a) for a in self.articles)
        self.names = {e.id: e.name for e in story.entities}

    def view(self) -> StoryView:
        story = self.story
        comparisons = [self.comparison(r, n) for n, r in enumerate(story.relations, 1)]
        conflicts = tuple(c for c in comparisons if c.is_conflict)
        figures = tuple(c for c in comparisons if c.a.id[:1] == c.b.id[:1] == "f")
        groups = (
            (label, tuple(self.cited(e, e.mentions) for e in story.entities if e.type in types))
            for label, types in ENTITY_GROUPS
        )
        return StoryView(
            story=story,
            anchor=_slug(story.id),
            articles=self.articles,
            outlets=self.outlets,
            summary=tuple(self.cited(s, s.sources, every_ref=True) for s in story.summary),
            conflicts=conflicts,
            agreements=tuple(c for c in comparisons if c.kind == "agrees" and c not in figures),
            figures=figures,
            claims=tuple(self.claim(s, comparisons) for s in story.statements),
            facts=self.facts(),
            timeline=tuple(self.cited(t, t.sources) for t in story.timeline),
            entity_groups=tuple((label, group) for label, group in groups if group),
            targets=self.targets(conflicts),
        )

    def facts(self) -> tuple[Cited[Fact], ...]:
        """The facts with their sources and claimant, those counting the same thing together."""
        sizes = Counter(f.what for f in self.story.facts)
        first = {f.what: -n for n, f in reversed(list(enumerate(self.story.facts)))}
        ordered = sorted(
            self.story.facts, key=lambda f: (sizes[f.what], first[f.what]), reverse=True
        )
        return tuple(
            Cited(f, self.sources(f.sources), self.names.get(f.claimed_by or "", ""))
            for f in ordered
        )

    def cited(self, item: T, refs: list[Ref], *, every_ref: bool = False) -> Cited[T]:
        return Cited(item, self.sources(refs, every_ref=every_ref))

    def sources(self, refs: Iterable[Ref], *, every_ref: bool = False) -> tuple[Source, ...]:
        """The refs as sources: the first in each article, or every distinct ref."""
        found: dict[object, Source] = {}
        for ref in refs:
            key = (ref.article_id, ref.start, ref.end) if every_ref else ref.article_id
            if key not in found:
                found[key] = self.source(ref)
        return tuple(found.values())

    def source(self, ref: Ref) -> Source:
        article = self.known.get(ref.article_id)
        return Source(
            article_id=ref.article_id,
            outlet=outlet_of(article) if article else ref.article_id,
            published=article.published if article else None,
            start=ref.start,
            end=ref.end,
            quote=article.text[ref.start : ref.end] if article else "",
            anchor=ref_anchor(self.story.id, ref),
            article_anchor=article_anchor(self.story.id, ref.article_id),
        )

    def side(self, item_id: str) -> Side:
        statement = next((s for s in self.story.statements if s.id == item_id), None)
        if statement:
            speaker = who(statement.speaker_name, statement.speaker_role)
            sources = self.sources(statement.sources)
            return Side(item_id, speaker, statement.text, sources, self.anchor(item_id))
        fact = next((f for f in self.story.facts if f.id == item_id), None)
        if fact:
            claimant = self.names.get(fact.claimed_by or "", "")
            sources = self.sources(fact.sources)
            return Side(item_id, claimant, figure(fact), sources, self.anchor(item_id))
        return Side(item_id, "", f"{item_id} is not in this story", (), "")

    def anchor(self, item_id: str) -> str:
        return item_anchor(self.story.id, item_id)

    def comparison(self, relation: Relation, n: int) -> Comparison:
        return Comparison(
            kind=relation.kind,
            label=KIND_LABELS[relation.kind],
            note=relation.note,
            difference=relation.difference,
            a=self.side(relation.a),
            b=self.side(relation.b),
            side_labels=SIDE_LABELS[relation.kind],
            anchor=f"{_slug(self.story.id)}:x:{n}",
        )

    def claim(self, statement: Statement, comparisons: list[Comparison]) -> Claim:
        sources = self.sources(statement.sources)
        carried = {s.outlet for s in sources}
        mine = [c for c in comparisons if statement.id in (c.a.id, c.b.id)]
        return Claim(
            statement=statement,
            who=who(statement.speaker_name, statement.speaker_role),
            sources=sources,
            missing=tuple(o for o in self.outlets if o not in carried),
            conflicts=tuple(c for c in mine if c.is_conflict),
            agreements=tuple(c for c in mine if c.kind == "agrees"),
            anchor=self.anchor(statement.id),
        )

    def targets(self, conflicts: tuple[Comparison, ...]) -> dict[str, tuple[Target, ...]]:
        """Every ref the reports link to, by article: the words to mark in its text."""
        disputed = {
            (s.article_id, s.start, s.end) for c in conflicts for s in (*c.a.sources, *c.b.sources)
        }
        story = self.story
        cited = [
            ref
            for items in (story.summary, story.statements, story.facts, story.timeline)
            for item in items
            for ref in item.sources
        ]
        mentions = [ref for entity in story.entities for ref in entity.mentions]
        found: dict[str, dict[tuple[int, int], Target]] = {}
        # later styles win: a name inside a quote is cited, a quote in a conflict is disputed
        for style, refs in (("mention", mentions), ("cited", cited)):
            for ref in refs:
                key = (ref.article_id, ref.start, ref.end)
                found.setdefault(ref.article_id, {})[(ref.start, ref.end)] = Target(
                    ref.start,
                    ref.end,
                    ref_anchor(story.id, ref),
                    "disputed" if key in disputed else style,
                )
        return {aid: tuple(spans[k] for k in sorted(spans)) for aid, spans in found.items()}
