"""NewsWCL50: 10 US-politics events, each told by 5 outlets; B-cubed F1 of the stories.

Usage: `.venv/bin/python bench/stories_newswcl50.py`

Clusters all 50 articles (dev and test files together) without being told the number of
events and prints B-cubed P/R/F1 and, per story found, the gold events it holds.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from newsdesk.stories.cluster import cluster
from stories_eval import SHARED, bcubed, labels, load_jsonl, to_article, with_copies

DATA = SHARED / "eval" / "newswcl50"


def main() -> None:
    rows = load_jsonl(DATA / "dev.jsonl", DATA / "test.jsonl")
    rows.sort(key=lambda r: r["id"])
    stories = cluster(with_copies([to_article(r) for r in rows]))
    gold = {r["id"]: str(r["cluster"]) for r in rows}
    p, r, f = bcubed(gold, labels([s.article_ids for s in stories]))
    print(
        f"NewsWCL50: {len(rows)} docs, {len(set(gold.values()))} events, "
        f"{len(stories)} stories found"
    )
    print(f"B3 P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    for s in stories:
        print(f"  {s.id}: events {dict(Counter(gold[a] for a in s.article_ids))}")


if __name__ == "__main__":
    main()
