"""Copies: find articles that are (near) copies of another, with MinHash and LSH (datasketch).

A wire story re-published by several outlets, or one page fetched twice, is a copy. Each
article's clean text becomes the set of its word 5-grams (lower-cased `\\w+` tokens). MinHash
signatures (`NUM_PERM` permutations) go into an LSH index tuned for Jaccard `LSH_THRESHOLD`, so
only articles in a shared bucket are compared: linear in the number of articles. A candidate is
confirmed on the exact shingle sets: it is a copy when the shorter text's shingles are at least
`CONTAINMENT` contained in the other (a re-publication that cut the last paragraphs, or added a
line, stays a copy) and their Jaccard is at least `MIN_JACCARD` (a short item is not the copy of
a long article that quotes it).

Every copy points at the *first* article of its group: stored (`known`) articles come first,
then new ones by publication date (undated last) and input order. A stored article already
marked as a copy passes its original on. Copies still count as sources (they stay in their
story); the comparison stage must not count them as independent agreement.

What it does not do: find translations or rewrites of the same report (different words), or
decide which outlet wrote the original; "first" is by date and order, not by authorship.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from newsdesk.model import Article

NUM_PERM = 128
SHINGLE = 5
LSH_THRESHOLD = 0.5
CONTAINMENT = 0.8
MIN_JACCARD = 0.5
MIN_SHINGLES = 10  # shorter texts are too small to call copies

_TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = SHINGLE) -> set[str]:
    """The set of word n-grams of a text (lower-cased word tokens)."""
    tokens = _TOKEN.findall(text.lower())
    if len(tokens) < n:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def _order_key(pair: tuple[int, Article]) -> tuple[bool, dt.date, int]:
    index, article = pair
    return (article.published is None, article.published or dt.date.min, index)


def find_duplicates(articles: Sequence[Article], known: Sequence[Article] = ()) -> dict[str, str]:
    """Map each article of `articles` that copies an earlier one to that first article's id.

    `known` are stored articles: they come first, and are never themselves reported as copies
    here (their `duplicate_of` is already stored). Articles that copy nothing are left out.
    """
    known_ids = {a.id for a in known}
    new = [a for a in articles if a.id not in known_ids]
    ordered = [*known, *(a for _, a in sorted(enumerate(new), key=_order_key))]
    sets = [shingles(a.text) for a in ordered]
    usable = [i for i, s in enumerate(sets) if len(s) >= MIN_SHINGLES]
    if not usable:
        return {}
    hashes = MinHash.bulk([[s.encode("utf-8") for s in sets[i]] for i in usable], num_perm=NUM_PERM)
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    root: dict[int, int] = {}
    position = {a.id: i for i, a in enumerate(ordered)}
    for i, sig in zip(usable, hashes, strict=True):
        article = ordered[i]
        if i < len(known):
            if article.duplicate_of and article.duplicate_of in position:
                root[i] = root.get(position[article.duplicate_of], position[article.duplicate_of])
        else:
            best = _first_copy(sets, i, lsh.query(sig))
            if best is not None:
                root[i] = root.get(best, best)
        lsh.insert(str(i), sig)
    return {ordered[i].id: ordered[r].id for i, r in root.items() if i >= len(known)}


def _first_copy(sets: Sequence[set[str]], i: int, found: list[str]) -> int | None:
    """The earliest candidate that `i` is confirmed to copy, if any."""
    mine = sets[i]
    for j in sorted(int(x) for x in found):
        other = sets[j]
        shared = len(mine & other)
        smaller = min(len(mine), len(other))
        union = len(mine) + len(other) - shared
        if shared >= CONTAINMENT * smaller and shared >= MIN_JACCARD * union:
            return j
    return None
