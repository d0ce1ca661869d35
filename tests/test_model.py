"""The story JSON contract: the shipped schema matches the records, and outputs validate."""

from __future__ import annotations

import json

import jsonschema
import pytest

from newsdesk.model import Article, Corpus, Removed, Story, json_schema, schema_path


def test_shipped_schema_is_current() -> None:
    shipped = json.loads(schema_path().read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run `make schema` after changing model.py"


def test_contract_fields_are_present() -> None:
    props = json_schema()["$defs"]
    assert {
        "id",
        "source",
        "title",
        "outlet",
        "author",
        "dateline",
        "published",
        "published_estimate",
        "language",
        "text",
        "removed",
        "notices",
        "duplicate_of",
    } <= set(props["Article"]["properties"])
    assert {
        "id",
        "headline",
        "article_ids",
        "span",
        "summary",
        "entities",
        "statements",
        "facts",
        "timeline",
        "relations",
    } <= set(props["Story"]["properties"])


def test_a_corpus_validates_and_round_trips() -> None:
    article = Article(
        id="a1",
        source="a1.txt",
        text="Body.",
        removed=[Removed(text="Share", reason="social", line=1)],
    )
    corpus = Corpus(articles=[article], stories=[Story(id="s1", headline="H", article_ids=["a1"])])
    data = json.loads(corpus.model_dump_json())
    jsonschema.validate(data, json_schema())
    assert Corpus.model_validate(data) == corpus


def test_schema_rejects_a_wrong_reason() -> None:
    article = Article(id="a", source="s", text="t", removed=[Removed(text="x", reason="social")])
    data = json.loads(Corpus(articles=[article]).model_dump_json())
    jsonschema.validate(data, json_schema())
    data["articles"][0]["removed"][0]["reason"] = "spam"
    with pytest.raises(jsonschema.ValidationError, match="spam"):
        jsonschema.validate(data, json_schema())
