"""Stories: group articles that tell the same event (first version: lexical similarity).

Two articles join one story when the TF-IDF cosine of their clean texts reaches `threshold`
and, when both publication dates are known, they were published at most `max_days` apart;
stories are the connected components of that relation. The headline is the title of the
story's earliest titled article, else the first sentence of its first article: drawn from the
articles, never written.

What it does not do yet: tell apart two similar events whose wording is close (the dates,
places and figures the articles describe are not used), detect copies, or avoid comparing
every pair (quadratic: fine for hundreds of articles, not for a hundred thousand).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations

from newsdesk.model import Article, Span, Story

_TOKEN = re.compile(r"[^\W\d_]{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’]?\s+(?=[A-Z“\"])")
_HEADLINE_MAX_WORDS = 16


def _vectors(texts: Sequence[str]) -> list[dict[str, float]]:
    counts = [Counter(t.lower() for t in _TOKEN.findall(text)) for text in texts]
    df = Counter(term for c in counts for term in c)
    n = len(texts)
    vectors = []
    for c in counts:
        v = {t: (1 + math.log(k)) * math.log((1 + n) / (1 + df[t])) for t, k in c.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vectors.append({t: x / norm for t, x in v.items()})
    return vectors


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def headline(articles: Sequence[Article]) -> str:
    """A short title drawn from the articles: a given title, else a first sentence."""
    dated = sorted(articles, key=lambda a: (a.published is None, a.published, a.id))
    for article in dated:
        if article.title:
            return article.title
    first = _SENTENCE_END.split(dated[0].text.split("\n", 1)[0], maxsplit=1)[0]
    words = first.split()
    short = " ".join(words[:_HEADLINE_MAX_WORDS])
    return short + " …" if len(words) > _HEADLINE_MAX_WORDS else short


def cluster(
    articles: Sequence[Article], *, threshold: float = 0.09, max_days: int = 21
) -> list[Story]:
    """Group articles into stories, ordered by their first article in `articles`."""
    parent = list(range(len(articles)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    vectors = _vectors([a.text for a in articles])
    for i, j in combinations(range(len(articles)), 2):
        a, b = articles[i], articles[j]
        if a.published and b.published and abs((a.published - b.published).days) > max_days:
            continue
        if _cosine(vectors[i], vectors[j]) >= threshold:
            parent[find(j)] = find(i)

    groups: dict[int, list[Article]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(find(i), []).append(article)
    stories = []
    for number, members in enumerate(groups.values(), start=1):
        dates = sorted(a.published for a in members if a.published)
        stories.append(
            Story(
                id=f"s{number}",
                headline=headline(members),
                article_ids=[a.id for a in members],
                span=Span(start=dates[0], end=dates[-1]) if dates else Span(),
            )
        )
    return stories
