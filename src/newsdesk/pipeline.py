"""The `analyze` pipeline: documents in, a `Corpus` (articles and their stories) out.

`analyze` runs the stages in order (clean, publication-date estimates, store, stories, and per
story its entities, statements, timeline and facts, then how its sources compare) over
records; with a database, new articles are marked when they copy one (`stories.dedup`) and
join the stored stories incrementally (`stories.cluster.assign`): only the stories they touch
are drawn again; it reads no file and writes none but the database it is given, so it can run
behind an API or in a batch task.
Readers (`ingest`) feed it and renderers (`render`) take its result.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsdesk.clean import clean
from newsdesk.compare import compare
from newsdesk.errors import InputError
from newsdesk.extract.facts import story_facts
from newsdesk.extract.published import estimate_published
from newsdesk.extract.timeline import build_timeline
from newsdesk.model import Article, Corpus, RawDocument, Span, Story
from newsdesk.store import Store
from newsdesk.stories.cluster import assign, cluster
from newsdesk.stories.dedup import find_duplicates
from newsdesk.stories.resolve import entity_for_name, resolve_entities, story_statements


@dataclass
class Analysis:
    """What one run produced: the stories touching its articles, and the inputs that failed."""

    corpus: Corpus
    errors: list[InputError] = field(default_factory=list)


Callback = Callable[[RawDocument | InputError], None]


def clean_all(
    documents: Iterable[RawDocument | InputError], on_document: Callback | None = None
) -> tuple[list[Article], list[InputError]]:
    """Clean every document; bad ones become errors and the rest go on.

    `on_document` is called once per input, after it is cleaned, with the document or with the
    error that stopped it (from the reader or from cleaning).
    """
    articles: list[Article] = []
    errors: list[InputError] = []
    for doc in documents:
        outcome: RawDocument | InputError = doc
        if isinstance(doc, InputError):
            errors.append(doc)
        else:
            try:
                articles.append(clean(doc))
            except InputError as error:
                errors.append(error)
                outcome = error
        if on_document is not None:
            on_document(outcome)
    return articles, errors


_SPAN_LEAD_IN_DAYS = 31


def fill_story(story: Story, articles: list[Article]) -> Story:
    """The story's contents drawn from its articles: who is in it and what they said, its
    timeline and figures, the dates it spans, and how its sources compare.

    The span runs from the earliest day-precise happening at most a month before the first
    report (the attack a retaliation answers) to the last report or happening; older dates the
    articles recall (a dam built in 1971) stay in the timeline but do not stretch the span.
    """
    timeline = build_timeline(articles)
    dates = sorted(a.published for a in articles if a.published)
    if dates:  # the event runs from the first dated happening close before the reports
        lead_in = dates[0] - dt.timedelta(days=_SPAN_LEAD_IN_DAYS)
        dates += [e.date for e in timeline if e.precision == "day" and e.date and e.date >= lead_in]
        dates.sort()
    span = Span(start=dates[0], end=dates[-1]) if dates else Span()
    entities = resolve_entities(articles)

    def claimant(words: str) -> str | None:
        entity = entity_for_name(re.sub(r"^(?:the|a|an)\s+", "", words, flags=re.I), entities)
        return entity.id if entity else None

    filled = story.model_copy(
        update={
            "entities": entities,
            "statements": story_statements(articles, entities),
            "timeline": timeline,
            "facts": story_facts(articles, claimant),
            "span": span,
        }
    )
    return compare(filled, articles)


def analyze(
    documents: Iterable[RawDocument | InputError],
    *,
    store: Store | None = None,
    on_document: Callback | None = None,
    on_stage: Callable[[str], None] | None = None,
) -> Analysis:
    """Analyze documents, adding them to `store` (if any) and grouping them with what it holds.

    The result holds the stories that contain any article of this run, whole (earlier stored
    articles included): this run's articles in input order first, then the others by id.
    `on_document` is told of each input as it is cleaned, `on_stage` of each later stage.
    """
    stage = on_stage or (lambda _name: None)
    new, errors = clean_all(documents, on_document)
    for article in new:
        if article.published is None and article.published_estimate is None:
            article.published_estimate = estimate_published(article.text)
    stage("finding copies and stories")
    known = store.load_articles() if store is not None else []
    new = _mark_copies(new, known)
    if store is not None:
        store.upsert_articles(new)
        everything = store.load_articles()
        previous = {s.id: s for s in store.load_stories()}
        known_ids = {a.id for a in known}
        grouped = assign([a for a in new if a.id not in known_ids], list(previous.values()), known)
    else:
        everything = sorted(new, key=lambda a: a.id)
        previous = {}
        grouped = cluster(everything)

    # stories this run touches are drawn again from their articles; the others stay as stored
    stage("reading who said what, figures and dates")
    new_ids = {a.id for a in new}
    by_id = {a.id: a for a in everything}
    stories = [
        fill_story(s, [by_id[a] for a in s.article_ids])
        if new_ids.intersection(s.article_ids) or s.id not in previous
        else previous[s.id]
        for s in grouped
    ]
    if store is not None:
        store.replace_stories(stories)

    stories = [s for s in stories if new_ids.intersection(s.article_ids)]
    wanted = {a for s in stories for a in s.article_ids}
    earlier = [a for a in everything if a.id in wanted and a.id not in new_ids]
    return Analysis(corpus=Corpus(articles=new + earlier, stories=stories), errors=errors)


def _mark_copies(new: list[Article], known: list[Article]) -> list[Article]:
    """Set `duplicate_of` on new copies; a re-read stored article keeps what was stored."""
    stored = {a.id: a.duplicate_of for a in known}
    copies = find_duplicates(new, known=known)
    return [
        a.model_copy(update={"duplicate_of": stored[a.id] if a.id in stored else copies.get(a.id)})
        for a in new
    ]
