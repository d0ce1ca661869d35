"""Scorers for the two HTML-extraction benchmarks under /work/shared/eval.

Re-implemented from the benchmark READMEs (no upstream code copied):

* `aeb_score`: scrapinghub article-extraction-benchmark. `\\w+` tokens, multisets of 4-token
  shingles (one shingle for shorter texts), per-document TP/FP/FN normalised to sum to 1,
  macro-averaged precision and recall, F1 of the two averages, exact-token accuracy and a
  bootstrap standard deviation of F1.
* `segment_score`: trafilatura-eval "with"/"without" segments. Whitespace collapsed, substring
  match, micro counts.
* `meta_match`: exact match after casefold and whitespace collapse (our own metadata measure).

It does not run any extractor; `bench/extract_html.py` does.
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

_TOKEN_RE = re.compile(r"\w+", re.UNICODE)
_WS_RE = re.compile(r"\s+")


def _tokens(text: str | None) -> list[str]:
    return _TOKEN_RE.findall(text or "")


def _shingles(tokens: list[str], n: int) -> Counter[tuple[str, ...]]:
    grams = [tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def doc_tp_fp_fn(gold: str, pred: str | None, n: int = 4) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of one document; all zero when both texts are empty."""
    g = _shingles(_tokens(gold), n)
    p = _shingles(_tokens(pred), n)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


@dataclass(frozen=True)
class AebScore:
    f1: float
    precision: float
    recall: float
    accuracy: float
    f1_std: float
    bag_f1: float
    n: int


def _prf(rows: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions = [tp / (tp + fp) if tp + fp > 0 else 0.0 for tp, fp, _ in rows]
    recalls = [tp / (tp + fn) if tp + fn > 0 else 0.0 for tp, _, fn in rows]
    p = statistics.mean(precisions) if precisions else 0.0
    r = statistics.mean(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r > 0 else 0.0
    return f1, p, r


def aeb_score(
    golds: Sequence[str], preds: Sequence[str | None], resamples: int = 1000, seed: int = 0
) -> AebScore:
    """Score parallel lists of gold and predicted bodies the way the AEB README describes."""
    rows = [doc_tp_fp_fn(g, p) for g, p in zip(golds, preds, strict=True)]
    f1, p, r = _prf(rows)
    bag_f1 = _prf([doc_tp_fp_fn(g, q, n=1) for g, q in zip(golds, preds, strict=True)])[0]
    accuracy = statistics.mean(_tokens(g) == _tokens(q) for g, q in zip(golds, preds, strict=True))
    rng = random.Random(seed)
    boot = [_prf(rng.choices(rows, k=len(rows)))[0] for _ in range(resamples)]
    return AebScore(f1, p, r, float(accuracy), statistics.pstdev(boot), bag_f1, len(rows))


def collapse(text: str | None) -> str:
    return _WS_RE.sub(" ", text or "").strip()


@dataclass
class SegmentCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, pred: str | None, with_: Sequence[str], without: Sequence[str]) -> None:
        text = collapse(pred)
        for seg in with_:
            if pred and collapse(seg) in text:
                self.tp += 1
            else:
                self.fn += 1
        for seg in without:
            if pred and collapse(seg) in text:
                self.fp += 1
            else:
                self.tn += 1

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 0.0

    @property
    def f1(self) -> float:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else 0.0


def meta_norm(value: object) -> str:
    return collapse(str(value) if value is not None else "").casefold()


def meta_match(gold: object, pred: object) -> bool:
    """Exact match after casefold and whitespace collapse."""
    return bool(meta_norm(gold)) and meta_norm(gold) == meta_norm(pred)
