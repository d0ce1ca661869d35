"""Benchmark the clean stage on HTML (`newsdesk clean`) against plain trafilatura on two sets.

Usage::

    .venv/bin/python bench/extract_html.py aeb test        # scrapinghub-aeb, body F1
    .venv/bin/python bench/extract_html.py trafeval dev    # trafilatura-eval, segments + metadata
    .venv/bin/python bench/extract_html.py all test        # both

Splits: dev, test, all. Data is read at run time from /work/shared/eval (or $NEWSDESK_EVAL);
nothing from it is copied into the repository. Plain trafilatura is run in the same process
pool exactly as each benchmark README runs it, so the two rows are comparable; pages/s is the
single-process extraction rate (sum of per-page times).

It prints a table and exits 0; `--dump FILE` writes per-page outputs for error analysis;
`--misses title,author,date` (trafilatura-eval, use it on dev only) lists the pages where
newsdesk's field differs from the gold, and `--segments` the missed / leaked body segments;
`--halves` adds newsdesk's figures on the two halves of the split by row parity and by a hash
of the page id (a rule tuned on dev is kept only when it helps or is neutral on each half).
Scoring lives in `bench/scoring.py`.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
import time
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import trafilatura

from _evaldata import SETS, load_rows
from newsdesk.clean import clean
from newsdesk.errors import InputError
from newsdesk.ingest.common import decode_html
from newsdesk.model import RawDocument
from scoring import SegmentCounts, aeb_score, collapse, meta_match


def _page_bytes(name: str, row: dict[str, Any]) -> bytes:
    return gzip.decompress((SETS[name] / row["html_file"]).read_bytes())


def _timed(fn: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    try:
        result = fn()
    except Exception as exc:  # a crash scores as an empty extraction, and is reported
        result = {"error": repr(exc)}
    return result, time.perf_counter() - start


def _run_page(job: tuple[str, dict[str, Any], bool]) -> dict[str, Any]:
    name, row, baseline = job
    raw = _page_bytes(name, row)
    url = row["url"] if str(row.get("url", "")).startswith("http") else None

    def ours() -> dict[str, Any]:
        # what `newsdesk clean FILE` runs: the reader's decoding, then the whole clean stage
        doc = RawDocument(id=row["id"], source=row["html_file"], html=decode_html(raw), url=url)
        try:
            article = clean(doc)
        except InputError:
            return {"text": "", "title": None, "author": None, "date": None}
        return {
            "text": article.text,
            "title": article.title,
            "author": article.author,
            "date": article.published.isoformat() if article.published else None,
        }

    if name == "aeb":
        # upstream runner: extract(html_str, include_comments=False)
        def base() -> dict[str, Any]:
            html_str = raw.decode("utf-8")
            return {"text": trafilatura.extract(html_str, include_comments=False)}
    else:
        # README "standard" runner for segments, bare_extraction for metadata
        def base() -> dict[str, Any]:
            text = trafilatura.extract(
                raw,
                include_comments=False,
                include_tables=True,
                include_formatting=False,
                fast=False,
            )
            found = trafilatura.bare_extraction(raw, with_metadata=True)
            doc = found.as_dict() if found is not None else {}
            return {
                "text": text,
                "title": doc.get("title"),
                "author": doc.get("author"),
                "date": doc.get("date"),
            }

    ours_out, ours_s = _timed(ours)
    base_out, base_s = _timed(base) if baseline else ({}, 0.0)
    return {
        "id": row["id"],
        "newsdesk": ours_out,
        "trafilatura": base_out,
        "newsdesk_s": ours_s,
        "trafilatura_s": base_s,
    }


def run(
    name: str, split: str, workers: int, baseline: bool = True
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    rows = load_rows(name, split)
    with Pool(workers) as pool:
        results = pool.map(_run_page, [(name, r, baseline) for r in rows], chunksize=4)
    return rows, results


def _rate(results: list[dict[str, Any]], system: str) -> float:
    total = sum(r[f"{system}_s"] for r in results)
    return len(results) / total if total else 0.0


def _halves(rows: list[dict[str, Any]]) -> list[tuple[str, list[int]]]:
    """Index lists of the four half-splits: row parity, and a hash of the page id."""
    hashed = [hashlib.md5(str(r["id"]).encode()).digest()[0] % 2 for r in rows]
    return [
        ("even rows", [i for i in range(len(rows)) if i % 2 == 0]),
        ("odd rows", [i for i in range(len(rows)) if i % 2 == 1]),
        ("hash 0", [i for i, h in enumerate(hashed) if h == 0]),
        ("hash 1", [i for i, h in enumerate(hashed) if h == 1]),
    ]


def report_halves(name: str, rows: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
    print(f"\nnewsdesk on halves of the split ({name})")
    for label, idx in _halves(rows):
        if name == "aeb":
            s = aeb_score(
                [rows[i]["body_text"] for i in idx],
                [results[i]["newsdesk"].get("text") for i in idx],
                resamples=1,
            )
            print(f"  {label} ({len(idx)}): F1 {s.f1:.4f} P {s.precision:.4f} R {s.recall:.4f}")
        else:
            c = SegmentCounts()
            for i in idx:
                c.add(results[i]["newsdesk"].get("text"), rows[i]["with"], rows[i]["without"])
            print(
                f"  {label} ({len(idx)}): F1 {c.f1:.4f} P {c.precision:.4f} R {c.recall:.4f} "
                f"tp/fp/fn/tn {c.tp}/{c.fp}/{c.fn}/{c.tn}"
            )


def report_aeb(split: str, rows: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
    print(f"\nscrapinghub-aeb, split {split} ({len(rows)} pages): 4-token shingle F1, macro P/R")
    print("| system | F1 | P | R | accuracy | bag-of-tokens F1 | pages/s |")
    print("|---|---|---|---|---|---|---|")
    golds = [r["body_text"] for r in rows]
    for system in ("trafilatura", "newsdesk"):
        preds = [res[system].get("text") for res in results]
        s = aeb_score(golds, preds)
        print(
            f"| {system} | {s.f1:.3f} ± {s.f1_std:.3f} | {s.precision:.3f} | {s.recall:.3f} | "
            f"{s.accuracy:.3f} | {s.bag_f1:.3f} | {_rate(results, system):.0f} |"
        )


def report_trafeval(split: str, rows: list[dict[str, Any]], results: list[dict[str, Any]]) -> None:
    print(f"\ntrafilatura-eval, split {split} ({len(rows)} pages): segments (micro) and metadata")
    print("| system | P | R | Acc | F1 | tp/fp/fn/tn | title | author | date | pages/s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for system in ("trafilatura", "newsdesk"):
        counts = SegmentCounts()
        meta = {"title": [0, 0], "author": [0, 0], "date": [0, 0]}
        for row, res in zip(rows, results, strict=True):
            out = res[system]
            counts.add(out.get("text"), row["with"], row["without"])
            for field, cell in meta.items():
                if row.get(field):
                    cell[1] += 1
                    cell[0] += meta_match(row[field], out.get(field))
        cells = [f"{m[0]}/{m[1]} = {m[0] / m[1]:.3f}" if m[1] else "-" for m in meta.values()]
        print(
            f"| {system} | {counts.precision:.3f} | {counts.recall:.3f} | {counts.accuracy:.3f} | "
            f"{counts.f1:.3f} | {counts.tp}/{counts.fp}/{counts.fn}/{counts.tn} | "
            f"{' | '.join(cells)} | {_rate(results, system):.0f} |"
        )


def print_misses(
    rows: list[dict[str, Any]], results: list[dict[str, Any]], fields: list[str], segments: bool
) -> None:
    """Per-page errors of newsdesk on trafilatura-eval (for studying the dev split)."""
    for field in fields:
        print(f"\n{field} misses (gold | newsdesk | url)")
        for row, res in zip(rows, results, strict=True):
            pred = res["newsdesk"].get(field)
            if row.get(field) and not meta_match(row[field], pred):
                print(f"  {row['id']} | {row[field]!r} | {pred!r} | {row['url']}")
    if segments:
        print("\nsegment errors (FN = gold 'with' missing, FP = 'without' found)")
        for row, res in zip(rows, results, strict=True):
            text = collapse(res["newsdesk"].get("text") or "")
            for seg in row["with"]:
                if collapse(seg) not in text:
                    print(f"  FN {row['id']} | {collapse(seg)[:100]!r}")
            for seg in row["without"]:
                if text and collapse(seg) in text:
                    print(f"  FP {row['id']} | {collapse(seg)[:100]!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("benchmark", choices=["aeb", "trafeval", "all"])
    parser.add_argument("split", choices=["dev", "test", "all"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--no-baseline", action="store_true", help="skip plain trafilatura (quick iterations)"
    )
    parser.add_argument(
        "--halves", action="store_true", help="newsdesk's figures on halves of the split"
    )
    parser.add_argument("--dump", type=Path, help="write per-page outputs (JSON) here")
    parser.add_argument(
        "--misses",
        default="",
        help="trafeval: comma-separated fields (title,author,date) whose per-page misses to list",
    )
    parser.add_argument(
        "--segments", action="store_true", help="trafeval: list missed and leaked body segments"
    )
    args = parser.parse_args(argv)
    names = ["aeb", "trafeval"] if args.benchmark == "all" else [args.benchmark]
    dump: dict[str, Any] = {}
    for name in names:
        if not SETS[name].is_dir():
            print(f"{SETS[name]} not found; skipping {name}")
            continue
        start = time.perf_counter()
        rows, results = run(name, args.split, args.workers, not args.no_baseline)
        (report_aeb if name == "aeb" else report_trafeval)(args.split, rows, results)
        if args.halves:
            report_halves(name, rows, results)
        if name == "trafeval" and (args.misses or args.segments):
            fields = [f for f in args.misses.split(",") if f]
            print_misses(rows, results, fields, args.segments)
        print(f"({time.perf_counter() - start:.0f} s wall, {args.workers} workers)")
        dump[name] = results
    if args.dump:
        args.dump.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
