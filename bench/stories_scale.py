"""Clustering speed and memory at 1k, 10k and 100k articles (synthetic, built from ECB+).

Usage: `.venv/bin/python bench/stories_scale.py [--sizes 1000,10000,100000]`

Synthetic corpus: the 982 ECB+ texts, each copied many times with its names and numbers
swapped for fresh invented tokens per copy ("event k"), so every copy-set is a separate event
with its own entities and the clusterer cannot merge them all. The cheap feature path is used
(`Settings(entities="regex", w_embed=0.0)`: capitalised-word runs instead of the spaCy model, no
sentence vectors), because the spaCy pass and the MiniLM encoder alone cost more than the grouping
at this size; their rates are measured on the first 500 texts and reported separately. Prints
articles per second for features and for grouping, and the peak resident memory (`ru_maxrss`)
of the process after each size.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from newsdesk.model import Article
from newsdesk.stories import features as feats
from newsdesk.stories.cluster import Settings, group_indices
from stories_eval import SHARED, load_jsonl, to_article

_NAME = re.compile(r"\b[A-Za-z]{4,}\b")


def synthetic(n: int, seed: int = 7) -> list[Article]:
    rows = load_jsonl(SHARED / "eval/ecbplus/dev.jsonl", SHARED / "eval/ecbplus/test.jsonl")
    base = [to_article(r) for r in rows]
    rng = random.Random(seed)
    out = []
    for k in range(n):
        src = base[k % len(base)]
        copy = k // len(base)
        tag = f"Zq{copy}x"
        text = _NAME.sub(lambda m, t=tag: m.group() + t, src.text) if copy else src.text
        if copy:
            text += f" Reported {rng.randint(2, 999)} killed."
        out.append(Article(id=f"syn{k}", source="synthetic", text=text))
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    sample = synthetic(500)
    start = time.perf_counter()
    feats.event_features(sample, entities="spacy")
    rate = len(sample) / (time.perf_counter() - start)
    print(f"spaCy feature path: {rate:.0f} articles/s (500 articles)")
    start = time.perf_counter()
    feats.event_features(sample, entities="regex", embed=True)
    rate = len(sample) / (time.perf_counter() - start)
    print(f"regex entities + sentence vectors: {rate:.0f} articles/s (500 articles)")
    settings = Settings(entities="regex", w_embed=0.0)
    for n in (int(x) for x in args.sizes.split(",")):
        feats._CACHE.clear()
        arts = synthetic(n)
        t0 = time.perf_counter()
        feats.event_features(arts, entities="regex")
        t1 = time.perf_counter()
        groups = group_indices(arts, settings)
        t2 = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(
            f"n={n:>6}: features {n / (t1 - t0):8.0f} art/s ({t1 - t0:6.1f} s), "
            f"grouping {n / (t2 - t1):8.0f} art/s ({t2 - t1:6.1f} s), "
            f"{len(groups)} stories, peak RSS {peak:.0f} MiB",
            flush=True,
        )


if __name__ == "__main__":
    main()
