"""Storage: the articles and stories of every run, in SQLite by default, through SQLAlchemy.

`Store(url)` opens (and creates) the database; `upsert_articles` inserts or replaces articles by
id, `replace_stories` writes the current grouping, `load_articles` reads articles back. Each
write is one transaction: a failure leaves what was stored before intact. Re-running the same
input changes nothing (same ids, same content); a second folder adds to what is there.

Records are stored as their contract JSON plus the columns worth querying, so the database is
rendered from the same model as every other view and PostgreSQL can follow by changing the URL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import (
    JSON,
    Date,
    ForeignKey,
    String,
    Text,
    create_engine,
    delete,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from newsdesk.errors import StoreError
from newsdesk.model import Article, Story


class _Base(DeclarativeBase):
    pass


class ArticleRow(_Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(200))
    published: Mapped[object | None] = mapped_column(Date, index=True)
    record: Mapped[dict] = mapped_column(JSON)


class StoryRow(_Base):
    __tablename__ = "stories"

    id: Mapped[str] = mapped_column(String(50), primary_key=True)
    headline: Mapped[str] = mapped_column(Text)
    record: Mapped[dict] = mapped_column(JSON)


class StoryArticleRow(_Base):
    __tablename__ = "story_articles"

    story_id: Mapped[str] = mapped_column(ForeignKey("stories.id"), primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id"), primary_key=True)


def sqlite_url(path: str | Path) -> str:
    """The SQLAlchemy URL of a SQLite file, creating its folder."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


class Store:
    """A database of articles and stories."""

    def __init__(self, url: str) -> None:
        try:
            self._engine = create_engine(url)
            _Base.metadata.create_all(self._engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {url}: {exc}") from exc

    def upsert_articles(self, articles: Iterable[Article]) -> None:
        with self._transaction() as session:
            for article in articles:
                session.merge(
                    ArticleRow(
                        id=article.id,
                        source=article.source,
                        title=article.title,
                        outlet=article.outlet,
                        published=article.published,
                        record=article.model_dump(mode="json"),
                    )
                )

    def load_articles(self, ids: Sequence[str] | None = None) -> list[Article]:
        """Stored articles (all, or those with the given ids), ordered by id."""
        query = select(ArticleRow.record).order_by(ArticleRow.id)
        if ids is not None:
            query = query.where(ArticleRow.id.in_(list(ids)))
        with Session(self._engine) as session:
            return [Article.model_validate(r) for r in session.scalars(query)]

    def replace_stories(self, stories: Iterable[Story]) -> None:
        """Write the current grouping of all stored articles, replacing the previous one."""
        with self._transaction() as session:
            session.execute(delete(StoryArticleRow))
            session.execute(delete(StoryRow))
            for story in stories:
                session.add(
                    StoryRow(
                        id=story.id, headline=story.headline, record=story.model_dump(mode="json")
                    )
                )
                session.add_all(
                    StoryArticleRow(story_id=story.id, article_id=a) for a in story.article_ids
                )

    def load_stories(self) -> list[Story]:
        with Session(self._engine) as session:
            rows = session.scalars(select(StoryRow.record).order_by(StoryRow.id))
            return [Story.model_validate(r) for r in rows]

    @contextmanager
    def _transaction(self) -> Iterator[Session]:
        """One transaction: committed whole, or rolled back whole and raised as StoreError."""
        try:
            with Session(self._engine) as session, session.begin():
                yield session
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to the database: {exc}") from exc

    def close(self) -> None:
        self._engine.dispose()
