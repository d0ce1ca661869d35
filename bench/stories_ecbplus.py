"""ECB+ document clustering by event: B-cubed F1 on the standard test topics 36-45.

Usage: `.venv/bin/python bench/stories_ecbplus.py [--split std-test|tune|ours-test]`

`std-test` (default) clusters the 210 documents of topics 36-45 (`std_split == "test"`, from
both files) together, without being told the number of stories, and prints B-cubed P/R/F1, the
F1 inside each topic (the two similar events of one pair) and the F1 of the ecb/ecbplus
sub-topic split (the layout leak the README warns about; here only text is used, the `title`
field is not). `tune` runs on every record outside topics 36-45 (the only records settings were
tuned on); `ours-test` on our hash split `test.jsonl` (its topics were in `tune` except 38 41
45). Last line: the same records grouped incrementally (`assign`, first half by id stored,
second half added) against gold and against the from-scratch grouping.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from newsdesk.stories.cluster import assign, cluster
from stories_eval import SHARED, bcubed, labels, load_jsonl, to_article, with_copies

DATA = SHARED / "eval" / "ecbplus"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="std-test", choices=["std-test", "tune", "ours-test"])
    args = parser.parse_args()
    if args.split == "ours-test":
        rows = load_jsonl(DATA / "test.jsonl")
    else:
        rows = load_jsonl(DATA / "dev.jsonl", DATA / "test.jsonl")
        want = args.split == "std-test"
        rows = [r for r in rows if (r["std_split"] == "test") == want]
    rows.sort(key=lambda r: r["id"])
    articles = with_copies([to_article(r) for r in rows])
    start = time.perf_counter()
    stories = cluster(articles)
    took = time.perf_counter() - start
    pred = labels([s.article_ids for s in stories])
    gold = {r["id"]: r["cluster"] for r in rows}
    p, r, f = bcubed(gold, pred)
    topics = sorted({r["topic"] for r in rows}, key=int)
    print(
        f"ECB+ {args.split}: {len(rows)} docs, {len(set(gold.values()))} events, "
        f"{len(stories)} stories found, {took:.1f} s"
    )
    print(f"B3 P {p:.4f}  R {r:.4f}  F1 {f:.4f}")
    per = []
    for t in topics:
        ids = [x["id"] for x in rows if x["topic"] == t]
        _, _, ft = bcubed({i: gold[i] for i in ids}, {i: pred[i] for i in ids})
        per.append(ft)
        print(f"  topic {t:>2}: {len(ids):3d} docs, F1 inside pair {ft:.4f}")
    print(f"mean F1 inside a pair: {statistics.mean(per):.4f}")
    half = len(articles) // 2  # incremental: first half stored, second half added
    grown = assign(articles[half:], cluster(articles[:half]), articles[:half])
    inc = labels([s.article_ids for s in grown])
    _, _, fi = bcubed(gold, inc)
    _, _, agree = bcubed(pred, inc)
    print(
        f"incremental (half stored, half added): {len(grown)} stories, B3 F1 {fi:.4f}; "
        f"B3 F1 of incremental against from-scratch {agree:.4f}"
    )


if __name__ == "__main__":
    main()
