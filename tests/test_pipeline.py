"""The analyze pipeline over records: bad documents fail alone, re-runs change nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import jsonschema

from newsdesk.errors import Code, InputError
from newsdesk.model import RawDocument, json_schema
from newsdesk.pipeline import analyze
from newsdesk.render import render_json
from newsdesk.store import Store, sqlite_url

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def docs() -> list[RawDocument | InputError]:
    return [
        RawDocument(
            id="flood",
            source="junk_wire.txt",
            text=(FIXTURES / "junk_wire.txt").read_text(),
            published=dt.date(2031, 4, 3),
        ),
        InputError("broken.txt", Code.E001),
        RawDocument(
            id="only-junk", source="only-junk.txt", text="Share this article\nAdvertisement\n"
        ),
        RawDocument(id="huge", source="huge.txt", text="The dam burst. " * 21_000),
        RawDocument(
            id="strike",
            source="paren_dateline.txt",
            text=(FIXTURES / "paren_dateline.txt").read_text(),
        ),
    ]


def test_bad_documents_fail_alone_and_output_validates() -> None:
    result = analyze(docs())
    assert [e.code for e in result.errors] == [Code.E001, Code.E010, Code.E015]
    assert str(result.errors[-1]).startswith("huge.txt: E015 article text is too long (315,000")
    assert [a.id for a in result.corpus.articles] == ["flood", "strike"]
    data = json.loads(render_json(result.corpus))
    jsonschema.validate(data, json_schema())
    assert sorted(a for s in data["stories"] for a in s["article_ids"]) == ["flood", "strike"]
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for story in data["stories"]:
        for fact in story["facts"]:  # every item points at the words it came from
            (ref,) = fact["sources"]
            assert texts[ref["article_id"]][ref["start"] : ref["end"]] == fact["text"]
        for entry in story["timeline"]:
            assert all(
                0 <= r["start"] < r["end"] <= len(texts[r["article_id"]]) for r in entry["sources"]
            )
    flood = next(s for s in data["stories"] if "flood" in s["article_ids"])
    assert {(f["quantity"], f["qualifier"], f["what"]) for f in flood["facts"]} >= {
        (14, "at_least", "rescued")
    }


def test_rerun_changes_nothing_and_a_second_batch_adds(tmp_path: Path) -> None:
    store = Store(sqlite_url(tmp_path / "nd.db"))
    first = render_json(analyze(docs()[:2], store=store).corpus)
    again = render_json(analyze(docs()[:2], store=store).corpus)
    assert first == again
    assert [a.id for a in store.load_articles()] == ["flood"]
    second = analyze(docs()[2:], store=store)
    assert [a.id for a in store.load_articles()] == ["flood", "strike"]
    assert {a.id for a in second.corpus.articles} >= {"strike"}
    assert {a for s in store.load_stories() for a in s.article_ids} == {"flood", "strike"}
    store.close()


def test_story_headline_is_drawn_from_the_articles() -> None:
    result = analyze(docs())
    titles = {a.title for a in result.corpus.articles} | {
        a.text.split("\n")[0] for a in result.corpus.articles
    }
    for story in result.corpus.stories:
        assert any(t and t.startswith(story.headline.rstrip(" …")) for t in titles)
