"""Storage: upserts are idempotent, new input adds, a failed write keeps what was stored."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsdesk.errors import StoreError
from newsdesk.model import Article, Story
from newsdesk.store import Store, sqlite_url


def article(aid: str, text: str = "Body text of the article.") -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text)


def counts(path: Path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as con:
        return tuple(  # type: ignore[return-value]
            con.execute(f"select count(*) from {t}").fetchone()[0]
            for t in ("articles", "stories", "story_articles")
        )


def test_upsert_is_idempotent_and_adds(tmp_path: Path) -> None:
    db = tmp_path / "nd.db"
    store = Store(sqlite_url(db))
    store.upsert_articles([article("a"), article("b")])
    store.upsert_articles([article("a"), article("b")])
    assert [a.id for a in store.load_articles()] == ["a", "b"]
    store.upsert_articles([article("c"), article("a", "Changed body.")])
    loaded = store.load_articles()
    assert [a.id for a in loaded] == ["a", "b", "c"]
    assert loaded[0].text == "Changed body."
    store.replace_stories([Story(id="s1", headline="H", article_ids=["a", "b", "c"])])
    store.replace_stories([Story(id="s1", headline="H", article_ids=["a", "b", "c"])])
    store.close()
    assert counts(db) == (3, 1, 3)


def test_failed_write_keeps_what_was_stored(tmp_path: Path) -> None:
    db = tmp_path / "nd.db"
    store = Store(sqlite_url(db))
    store.upsert_articles([article("a")])
    store.replace_stories([Story(id="s1", headline="H", article_ids=["a"])])
    duplicate = Story(id="s2", headline="H", article_ids=["a", "a"])  # violates the primary key
    with pytest.raises(StoreError):
        store.replace_stories([Story(id="s1", headline="H2", article_ids=["a"]), duplicate])
    assert [s.headline for s in store.load_stories()] == ["H"]
    store.close()


def test_unopenable_database_is_a_store_error(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.db"
    folder.mkdir()
    with pytest.raises(StoreError):
        Store(sqlite_url(folder))
