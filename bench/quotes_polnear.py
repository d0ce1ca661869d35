"""Benchmark: attributed statements on polnear (PolNeAR), newsdesk beside textacy.

    .venv/bin/python bench/quotes_polnear.py --split dev            # tune here
    .venv/bin/python bench/quotes_polnear.py --split dev --limit 150 --errors 40  # study
    .venv/bin/python bench/quotes_polnear.py --split test \\
        --textacy-python /tmp/venv-textacy/bin/python               # report here

Reads `../shared/eval/polnear/{split}.jsonl` (never copied into the repo), runs
`newsdesk.extract.quotes.find_statements` on each article (one spaCy pass each, `nlp.pipe`),
and, given `--textacy-python`, textacy's `direct_quotations` in that interpreter through
`bench/quotes_textacy_runner.py`. Prints P/R/F1 by gold `kind` (direct, mixed, indirect,
direct+mixed, all) for content spans, exact and overlap, and for speaker spans, plus the
stage's throughput (articles/s, parse included).

Measures, re-implemented from the polnear README and citron's definitions (no code copied):
* content exact: a predicted span equals a gold `quote_span` once both are trimmed of
  whitespace, quotation marks and edge punctuation; one-to-one matches.
* content overlap: predictions and gold are paired one-to-one by most shared word tokens;
  precision is the mean over predictions of the share of their tokens inside the paired gold
  span (0 when unpaired), recall the mean over gold of the share covered by its pair.
* speaker: over gold attributions that have a source, a prediction paired with it (overlap)
  whose speaker span overlaps the gold source span counts as right (`speaker overlap`), or
  equals it after trimming (`speaker exact`). Precision is over predictions with a speaker.
By kind: recall uses the gold kind; a prediction counts for the kind of the gold it is paired
with, else for its own (quoted throughout: direct, quote marks inside: mixed, else indirect).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "eval" / "polnear"
KINDS = ("direct", "mixed", "indirect")
GROUPS = {
    "direct": {"direct"},
    "mixed": {"mixed"},
    "indirect": {"indirect"},
    "direct+mixed": {"direct", "mixed"},
    "all": set(KINDS),
}
_TOKEN = re.compile(r"\w+")
_EDGE = " \t\n,;:.!?-–—\"'“”‘’«»`()"
_QUOTES = re.compile(r"''|``|[\"“”«»„]")


@dataclass
class Pred:
    start: int
    end: int
    speaker_start: int | None
    speaker_end: int | None


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in _EDGE:
        s += 1
    while e > s and text[e - 1] in _EDGE:
        e -= 1
    return s, e


def _tokens(text: str, s: int, e: int) -> set[int]:
    return {m.start() + s for m in _TOKEN.finditer(text[s:e])}


def own_kind(text: str, s: int, e: int) -> str:
    core = text[s:e].strip(" \t\n,;:.")
    if not _QUOTES.search(core):
        return "indirect"
    if core[:1] in "\"“«„`'" and core[-1:] in "\"”»'":
        return "direct"
    return "mixed"


def pair(
    text: str, gold: list[dict], preds: list[Pred]
) -> tuple[list[set[int]], list[set[int]], dict[int, int], dict[int, int]]:
    """Word tokens of each gold and predicted span, and the one-to-one pairing by most shared
    tokens: `p_of[gold index] = prediction index`, `g_of` the reverse."""
    gtoks = [_tokens(text, *g["quote_span"]) for g in gold]
    ptoks = [_tokens(text, p.start, p.end) for p in preds]
    pairs = sorted(
        (
            (len(gt & pt), gi, pi)
            for gi, gt in enumerate(gtoks)
            for pi, pt in enumerate(ptoks)
            if gt & pt
        ),
        reverse=True,
    )
    g_of: dict[int, int] = {}
    p_of: dict[int, int] = {}
    for shared, gi, pi in pairs:
        if gi in p_of or pi in g_of or shared == 0:
            continue
        p_of[gi], g_of[pi] = pi, gi
    return gtoks, ptoks, p_of, g_of


def errors(docs: list[dict], preds: list[list[Pred]], n: int) -> str:
    """Up to `n` missed gold attributions and `n` unpaired predictions, in context, for
    studying errors on the tuning split (printed only, never stored)."""
    missed: list[str] = []
    extra: list[str] = []

    def show(text: str, s: int, e: int) -> str:
        a, b = max(0, s - 120), min(len(text), e + 60)
        return (text[a:s] + "[[" + text[s:e] + "]]" + text[e:b]).replace("\n", " | ")

    for d, ps in zip(docs, preds, strict=True):
        text, gold = d["text"], d["quotes"]
        _, _, p_of, g_of = pair(text, gold, ps)
        for gi, g in enumerate(gold):
            if gi not in p_of and len(missed) < n:
                missed.append(
                    f"MISSED {g['kind']} source={g['speaker']!r} cue={g['cue']!r}\n"
                    f"  {show(text, *g['quote_span'])}"
                )
        for pi, p in enumerate(ps):
            if pi not in g_of and len(extra) < n:
                sp = None if p.speaker_start is None else text[p.speaker_start : p.speaker_end]
                extra.append(f"UNPAIRED speaker={sp!r}\n  {show(text, p.start, p.end)}")
    return "\n".join(missed + extra) + "\n"


class Tally:
    """Sums for one system: exact and overlap content, speaker, by kind group."""

    def __init__(self) -> None:
        self.n_gold: dict[str, int] = defaultdict(int)
        self.n_pred: dict[str, int] = defaultdict(int)
        self.exact: dict[str, int] = defaultdict(int)
        self.ov_p: dict[str, float] = defaultdict(float)
        self.ov_r: dict[str, float] = defaultdict(float)
        self.sp_gold: dict[str, int] = defaultdict(int)
        self.sp_pred: dict[str, int] = defaultdict(int)
        self.sp_ov: dict[str, int] = defaultdict(int)
        self.sp_ex: dict[str, int] = defaultdict(int)

    def add(self, text: str, gold: list[dict], preds: list[Pred]) -> None:
        gtoks, ptoks, p_of, g_of = pair(text, gold, preds)
        gtrim = [_trim(text, *g["quote_span"]) for g in gold]
        ptrim = [_trim(text, p.start, p.end) for p in preds]
        exact_pairs = set()
        used: set[int] = set()
        for gi, gt in enumerate(gtrim):
            for pi, pt in enumerate(ptrim):
                if pi not in used and gt == pt:
                    exact_pairs.add((gi, pi))
                    used.add(pi)
                    break
        for gi, g in enumerate(gold):
            kind = g["kind"]
            self.n_gold[kind] += 1
            if any(e[0] == gi for e in exact_pairs):
                self.exact[kind] += 1
            if gi in p_of and gtoks[gi]:
                self.ov_r[kind] += len(gtoks[gi] & ptoks[p_of[gi]]) / len(gtoks[gi])
            if g["speaker_span"] is not None:
                self.sp_gold[kind] += 1
                pi = p_of.get(gi)
                if pi is not None and preds[pi].speaker_start is not None:
                    gs, ge = g["speaker_span"]
                    ps, pe = preds[pi].speaker_start, preds[pi].speaker_end
                    if ps < ge and gs < pe:
                        self.sp_ov[kind] += 1
                    if _trim(text, gs, ge) == _trim(text, ps, pe):
                        self.sp_ex[kind] += 1
        for pi, p in enumerate(preds):
            kind = gold[g_of[pi]]["kind"] if pi in g_of else own_kind(text, p.start, p.end)
            self.n_pred[kind] += 1
            if p.speaker_start is not None:
                self.sp_pred[kind] += 1
            if pi in g_of and ptoks[pi]:
                self.ov_p[kind] += len(ptoks[pi] & gtoks[g_of[pi]]) / len(ptoks[pi])

    def rows(self) -> dict[str, dict[str, float]]:
        out = {}
        for group, kinds in GROUPS.items():

            def s(d: dict, ks: set[str] = kinds) -> float:
                return sum(d[k] for k in ks)

            ng, npred = s(self.n_gold), s(self.n_pred)
            spg, spp = s(self.sp_gold), s(self.sp_pred)
            row = {
                "gold": ng,
                "pred": npred,
                **_prf(
                    "exact", s(self.exact) / npred if npred else 0, s(self.exact) / ng if ng else 0
                ),
                **_prf(
                    "overlap", s(self.ov_p) / npred if npred else 0, s(self.ov_r) / ng if ng else 0
                ),
                **_prf(
                    "speaker", s(self.sp_ov) / spp if spp else 0, s(self.sp_ov) / spg if spg else 0
                ),
                **_prf(
                    "speaker_exact",
                    s(self.sp_ex) / spp if spp else 0,
                    s(self.sp_ex) / spg if spg else 0,
                ),
            }
            out[group] = row
        return out


def _prf(name: str, p: float, r: float) -> dict[str, float]:
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{name}_p": p, f"{name}_r": r, f"{name}_f1": f}


def run_newsdesk(docs: list[dict]) -> tuple[list[list[Pred]], float]:
    from newsdesk.extract.quotes import find_statements
    from newsdesk.nlp import spacy_pipeline

    nlp = spacy_pipeline()
    t0 = time.perf_counter()
    out = []
    for d, doc in zip(docs, nlp.pipe(d["text"] for d in docs), strict=True):
        sts = find_statements(d["text"], doc)
        out.append([Pred(s.start, s.end, s.speaker_start, s.speaker_end) for s in sts])
    return out, len(docs) / (time.perf_counter() - t0)


def run_textacy(docs: list[dict], python: str) -> tuple[list[list[Pred]], float]:
    lines = "".join(json.dumps({"doc_id": d["doc_id"], "text": d["text"]}) + "\n" for d in docs)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [python, str(ROOT / "bench" / "quotes_textacy_runner.py")],
        input=lines,
        capture_output=True,
        text=True,
        check=True,
    )
    rate = len(docs) / (time.perf_counter() - t0)
    rows = {r["doc_id"]: r for r in map(json.loads, proc.stdout.splitlines())}
    return [
        [
            Pred(s["start"], s["end"], s["speaker_start"], s["speaker_end"])
            for s in rows[d["doc_id"]]["statements"]
        ]
        for d in docs
    ], rate


def table(name: str, tally: Tally, rate: float) -> str:
    head = (
        "| system | kind | gold | pred | exact P/R/F1 | overlap P/R/F1 | speaker P/R/F1 "
        "| speaker exact F1 |\n|---|---|---|---|---|---|---|---|"
    )
    lines = [head]
    for group, r in tally.rows().items():
        lines.append(
            f"| {name} | {group} | {r['gold']:.0f} | {r['pred']:.0f} "
            f"| {r['exact_p']:.3f} / {r['exact_r']:.3f} / {r['exact_f1']:.3f} "
            f"| {r['overlap_p']:.3f} / {r['overlap_r']:.3f} / {r['overlap_f1']:.3f} "
            f"| {r['speaker_p']:.3f} / {r['speaker_r']:.3f} / {r['speaker_f1']:.3f} "
            f"| {r['speaker_exact_f1']:.3f} |"
        )
    lines.append(f"\n{name}: {rate:.1f} articles/s (parse included)\n")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "test"])
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--textacy-python", default="", help="python of a venv with textacy")
    ap.add_argument("--data", default=str(DATA))
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        help="also print N missed gold spans and N unpaired predictions (newsdesk)",
    )
    args = ap.parse_args()
    path = Path(args.data) / f"{args.split}.jsonl"
    if not path.exists():
        sys.exit(f"no data at {path}")
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    if args.limit:
        docs = docs[: args.limit]
    print(
        f"polnear {args.split}: {len(docs)} articles, "
        f"{sum(len(d['quotes']) for d in docs)} attributions\n"
    )
    systems = [("newsdesk", run_newsdesk(docs))]
    if args.textacy_python:
        systems.append(("textacy", run_textacy(docs, args.textacy_python)))
    for name, (preds, rate) in systems:
        tally = Tally()
        for d, p in zip(docs, preds, strict=True):
            tally.add(d["text"], d["quotes"], p)
        print(table(name, tally, rate))
        if args.errors and name == "newsdesk":
            print(errors(docs, preds, args.errors))


if __name__ == "__main__":
    main()
