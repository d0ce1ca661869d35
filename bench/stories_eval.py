"""Shared helpers for the story benchmarks: B-cubed scoring and loading evaluation JSONL.

B-cubed (Bagga & Baldwin 1998) over documents: for each document, precision is the share of
its predicted story that shares its gold cluster, recall the share of its gold cluster that
shares its predicted story; both averaged over documents, F1 of the two averages.
It clusters nothing itself (`with_copies` marks copies, as `analyze` does);
`stories_ecbplus.py`, `stories_newswcl50.py` call the clusterer.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path

from newsdesk.model import Article
from newsdesk.stories.dedup import find_duplicates

SHARED = Path(__file__).resolve().parents[2] / "shared"


def bcubed(gold: Mapping[str, str], pred: Mapping[str, str]) -> tuple[float, float, float]:
    """(precision, recall, F1) of predicted labels against gold labels, per document."""
    ids = list(gold)
    if not ids:
        return 1.0, 1.0, 1.0
    pair = Counter((gold[i], pred[i]) for i in ids)
    g = Counter(gold[i] for i in ids)
    p = Counter(pred[i] for i in ids)
    prec = sum(pair[(gold[i], pred[i])] / p[pred[i]] for i in ids) / len(ids)
    rec = sum(pair[(gold[i], pred[i])] / g[gold[i]] for i in ids) / len(ids)
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def load_jsonl(*paths: Path) -> list[dict]:
    rows = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            rows.extend(json.loads(line) for line in fh if line.strip())
    return rows


def to_article(row: dict) -> Article:
    """An evaluation record as an Article: its text, and its date when it has one."""
    date = row.get("date")
    return Article(
        id=row["id"],
        source=row.get("url") or row["id"],
        text=row["text"],
        published=dt.date.fromisoformat(date) if date else None,
        language=row.get("lang"),
    )


def with_copies(articles: Sequence[Article]) -> list[Article]:
    """The articles with `duplicate_of` set on copies, as `analyze` marks them before grouping."""
    copies = find_duplicates(articles)
    return [a.model_copy(update={"duplicate_of": copies.get(a.id)}) for a in articles]


def labels(groups: Sequence[Sequence[str]]) -> dict[str, str]:
    return {aid: f"p{k}" for k, ids in enumerate(groups) for aid in ids}
