"""The records that pass between stages, and the story JSON contract built from them.

Every stage is a pure function over these records: readers produce `RawDocument`, cleaning
turns one into an `Article`, the story stages fill `Story`, and every view (JSON, HTML,
database) is rendered from a `Corpus`. The JSON Schema in `schema/story.schema.json` is
generated from `Corpus` (`python -m newsdesk.model`) and a test keeps the two in sync.

Field names follow `shared/spec/story-json.md`: add fields freely, never rename or drop.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

RemovedReason = Literal[
    "paywall",
    "promo",
    "newsletter",
    "social",
    "comment-policy",
    "contact",
    "navigation",
    "legal",
    "timestamp",
    "other",
]
NoticeKind = Literal["correction", "update", "editor-note"]
LiftedField = Literal["title", "dateline", "author", "notice"]
EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "EVENT", "OTHER"]
StatementKind = Literal["direct", "indirect"]
Qualifier = Literal["exact", "at_least", "more_than", "about", "up_to", "fewer_than"]
Precision = Literal["day", "week", "month", "year"]
RelationKind = Literal["agrees", "contradicts", "corrects", "disputes"]
# how two figures about the same thing compare: the same, both true given their qualifiers
# ("more than 80" / "more than 85"), a later report updating an earlier one, or a real conflict
FigureDifference = Literal["same", "qualifier", "update", "conflict"]


class Record(BaseModel):
    """Base of all records: strict field names, no silent extras."""

    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class RawDocument(Record):
    """One input document as a reader found it, before any cleaning.

    Exactly one of `text` (plain text) and `html` (markup) is set. Metadata fields are what
    the input itself declared (JSONL fields, a sidecar, a feed entry); `published_default` is
    the run's `--published-default`, used when neither the input nor the page or text gives one.
    """

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: dt.date | None = None
    language: str | None = None
    published_default: dt.date | None = None


class Removed(Record):
    """A line (or line part) taken out of the body because it is not part of the report."""

    text: str
    reason: RemovedReason
    line: int | None = Field(default=None, description="index among the input's non-blank lines")


class Notice(Record):
    """An editorial notice lifted out of the body (correction, update, editor's note)."""

    kind: NoticeKind
    text: str


class Lifted(Record):
    """Text moved out of the body into metadata: the headline, dateline, byline or a notice."""

    field: LiftedField
    text: str
    line: int | None = Field(default=None, description="index among the input's non-blank lines")


class PublishedEstimate(Record):
    earliest: dt.date | None = None
    latest: dt.date | None = None
    evidence: list[str] = Field(default_factory=list)


class Article(Record):
    """A cleaned article: the body text every offset (`Ref`) points into, and its metadata."""

    id: str
    source: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    dateline: str | None = None
    published: dt.date | None = None
    published_estimate: PublishedEstimate | None = None
    language: str | None = None
    url: str | None = None
    text: str
    removed: list[Removed] = Field(default_factory=list)
    notices: list[Notice] = Field(default_factory=list)
    lifted: list[Lifted] = Field(default_factory=list)
    duplicate_of: str | None = None


class Ref(Record):
    """Provenance: `article.text[start:end]` is the exact text an item came from."""

    article_id: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Span(Record):
    start: dt.date | None = None
    end: dt.date | None = None


class SummarySentence(Record):
    text: str
    sources: list[Ref] = Field(default_factory=list)


class Entity(Record):
    id: str
    name: str
    type: EntityType
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions: list[Ref] = Field(default_factory=list)


class Statement(Record):
    id: str
    speaker: str | None = None
    speaker_name: str | None = None
    speaker_role: str | None = None
    kind: StatementKind
    text: str
    said_on: dt.date | None = None
    sources: list[Ref] = Field(default_factory=list)


class Fact(Record):
    id: str
    quantity: float
    qualifier: Qualifier
    unit: str
    what: str
    claimed_by: str | None = None
    text: str
    sources: list[Ref] = Field(default_factory=list)


class TimelineEntry(Record):
    date: dt.date | None = None
    precision: Precision
    relative: str | None = None
    text: str
    sources: list[Ref] = Field(default_factory=list)


class Relation(Record):
    """`a` and `b` are statement (`q..`) or fact (`f..`) ids of the story; `a` is the earlier
    where time is known. `difference` is set on relations between two facts only."""

    kind: RelationKind
    a: str
    b: str
    note: str
    difference: FigureDifference | None = None


class Story(Record):
    id: str
    headline: str
    article_ids: list[str]
    span: Span = Field(default_factory=Span)
    summary: list[SummarySentence] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    statements: list[Statement] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    timeline: list[TimelineEntry] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)


class Corpus(Record):
    """The whole output: what `analyze --json` writes and every view renders."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    articles: list[Article] = Field(default_factory=list)
    stories: list[Story] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of the story JSON, as shipped in `schema/story.schema.json`.

    The records forbid unknown fields (a typo fails at once), but the published schema allows
    them: the contract grows by adding fields, and readers of an older schema must not break.
    """
    schema = Corpus.model_json_schema(mode="serialization")
    for definition in [schema, *schema.get("$defs", {}).values()]:
        definition.pop("additionalProperties", None)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://newsdesk.invalid/schema/story.schema.json"
    schema["title"] = "newsdesk story JSON"
    schema["required"] = ["schema_version", "articles", "stories"]
    return schema


def schema_path() -> Path:
    return Path(__file__).parent / "schema" / "story.schema.json"


if __name__ == "__main__":
    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
