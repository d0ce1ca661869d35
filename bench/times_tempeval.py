"""TempEval-3 Task A scores (strict, relaxed, value, type P/R/F1) for newsdesk's time tagger.

Runs `newsdesk.extract.times.find_times` and, side by side, dateparser's `search_dates` (the
baseline a user would reach for) on `shared/eval/tempeval3` (platinum = the official test set,
`dev`, `test`) and `shared/eval/meantime-en`, each document resolved against its `dct`.

Scoring follows the official TE-3 definitions (tempeval3/README.md): matching is on tokens;
strict = same token extent, relaxed = at least one shared token; value F1 = (value-correct
relaxed matches / relaxed matches) x relaxed F1, type F1 likewise. MEANTIME's CREATION_TIME
dateline timex is skipped on both sides (it is the DCT, which both taggers receive), and since
MEANTIME annotates only the headline, dateline and first five body sentences, system output
after them is not scored (`--meantime-full` scores it, as false positives).

    .venv/bin/python bench/times_tempeval.py                  # all sets, both systems
    .venv/bin/python bench/times_tempeval.py --sets dev --systems newsdesk --errors 40
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from newsdesk.extract.sentences import sentence_spans
from newsdesk.extract.times import find_times

SHARED = Path(__file__).resolve().parents[2] / "shared" / "eval"
TOKEN = re.compile(r"\w+|[^\w\s]")

Timex = tuple[int, int, str, str]  # start, end, type, value


def load(name: str) -> list[dict]:
    """A set's documents: `corpus:split`, where tempeval3's platinum documents live in `test`
    and are kept apart from the TimeBank/AQUAINT part of `test`."""
    corpus, _, split = name.partition(":")
    file = "test" if split == "platinum" else split
    path = SHARED / corpus / f"{file}.jsonl"
    docs = [json.loads(line) for line in path.open(encoding="utf-8")]
    if corpus == "tempeval3" and split == "test":
        docs = [d for d in docs if d["corpus"] != "te3-platinum"]
    if corpus == "tempeval3" and split == "platinum":
        docs = [d for d in docs if d["corpus"] == "te3-platinum"]
    return docs


SETS = {
    "platinum": "tempeval3:platinum",
    "test": "tempeval3:test",
    "dev": "tempeval3:dev",
    "meantime-dev": "meantime-en:dev",
    "meantime-test": "meantime-en:test",
}


def dct_of(doc: dict) -> dt.date | None:
    return dt.date.fromisoformat(doc["dct"][:10]) if doc.get("dct") else None


def gold_timexes(doc: dict) -> list[Timex]:
    out = []
    for t in doc["timexes"]:
        if (t.get("attrs") or {}).get("functionInDocument") == "CREATION_TIME":
            continue
        out.append((t["span"][0], t["span"][1], t["type"], t["value"]))
    return out


def run_newsdesk(doc: dict) -> list[Timex]:
    return [(t.start, t.end, t.type, t.value) for t in find_times(doc["text"], dct_of(doc))]


def run_dateparser(doc: dict) -> list[Timex]:
    from dateparser.search import search_dates

    dct = dct_of(doc)
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if dct:
        settings["RELATIVE_BASE"] = dt.datetime(dct.year, dct.month, dct.day, 12)
    text = doc["text"]
    found = search_dates(text, languages=["en"], settings=settings) or []
    out: list[Timex] = []
    cursor = 0
    for substring, when in found:
        start = text.find(substring, cursor)
        if start < 0:
            start = text.find(substring)
            if start < 0:
                continue
        cursor = start + len(substring)
        out.append((start, start + len(substring), "DATE", when.date().isoformat()))
    return out


def token_ids(text: str, start: int, end: int, tokens: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for i, (s, e) in enumerate(tokens) if s < end and start < e)


def normalize_value(value: str) -> str:
    return value.strip().upper()


def annotated_end(doc: dict) -> int:
    """Where gold annotation stops: MEANTIME marks up the headline, the dateline and the first
    five body sentences only, so system output beyond them cannot be scored."""
    if "doc_name" not in doc or FULL_MEANTIME:
        return len(doc["text"])
    spans = sentence_spans(doc["text"])
    return spans[min(len(spans) - 1, 6)][1] if spans else len(doc["text"])


FULL_MEANTIME = False


def score(docs: Iterable[dict], system: Callable[[dict], list[Timex]], errors: int = 0) -> dict:
    n_gold = n_sys = 0
    strict_sys = strict_gold = relaxed_sys = relaxed_gold = 0
    value_ok = type_ok = matched = 0
    shown = 0
    for doc in docs:
        text = doc["text"]
        tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
        gold = [(token_ids(text, s, e, tokens), ty, v, s, e) for s, e, ty, v in gold_timexes(doc)]
        pred = [(token_ids(text, s, e, tokens), ty, v, s, e) for s, e, ty, v in system(doc)]
        limit = annotated_end(doc)
        dct_spans = [
            (t["span"][0], t["span"][1])
            for t in doc["timexes"]
            if (t.get("attrs") or {}).get("functionInDocument") == "CREATION_TIME"
        ]
        pred = [
            p
            for p in pred
            if p[0] and p[3] < limit and not any(s < p[4] and p[3] < e for s, e in dct_spans)
        ]
        n_gold += len(gold)
        n_sys += len(pred)
        strict_sys += sum(any(p[0] == g[0] for g in gold) for p in pred)
        strict_gold += sum(any(p[0] == g[0] for p in pred) for g in gold)
        relaxed_sys += sum(any(p[0] & g[0] for g in gold) for p in pred)
        relaxed_gold += sum(any(p[0] & g[0] for p in pred) for g in gold)
        for g in gold:
            hits = [p for p in pred if p[0] & g[0]]
            if not hits:
                if shown < errors:
                    print(f"  MISS {doc['doc_id']} {g[1]} {g[2]!r}: {text[g[3] : g[4]]!r}")
                    shown += 1
                continue
            best = max(hits, key=lambda p: len(p[0] & g[0]))
            matched += 1
            value_ok += normalize_value(best[2]) == normalize_value(g[2])
            type_ok += best[1] == g[1]
            if normalize_value(best[2]) != normalize_value(g[2]) and shown < errors:
                print(
                    f"  VALUE {doc['doc_id']} dct={doc.get('dct')} {text[g[3] : g[4]]!r}"
                    f" gold={g[2]} {g[1]} got={best[2]} {best[1]} ({text[best[3] : best[4]]!r})"
                )
                shown += 1
        for p in pred:
            if not any(p[0] & g[0] for g in gold) and shown < errors:
                print(f"  FALSE {doc['doc_id']} {text[p[3] : p[4]]!r} {p[2]}")
                shown += 1

    def f1(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    sp, sr = strict_sys / max(n_sys, 1), strict_gold / max(n_gold, 1)
    rp, rr = relaxed_sys / max(n_sys, 1), relaxed_gold / max(n_gold, 1)
    rf = f1(rp, rr)
    return {
        "gold": n_gold,
        "system": n_sys,
        "strict": (sp, sr, f1(sp, sr)),
        "relaxed": (rp, rr, rf),
        "value_f1": value_ok / max(matched, 1) * rf,
        "type_f1": type_ok / max(matched, 1) * rf,
    }


SYSTEMS: dict[str, Callable[[dict], list[Timex]]] = {
    "newsdesk": run_newsdesk,
    "dateparser": run_dateparser,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=list(SETS), choices=list(SETS))
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=list(SYSTEMS))
    parser.add_argument("--errors", type=int, default=0, help="print this many errors per run")
    parser.add_argument(
        "--meantime-full",
        action="store_true",
        help="score MEANTIME system output on the whole text, not only the annotated part",
    )
    args = parser.parse_args(argv)
    global FULL_MEANTIME
    FULL_MEANTIME = args.meantime_full
    if not SHARED.exists():
        print(f"no evaluation data at {SHARED}", file=sys.stderr)
        return 1
    print("| set | system | gold | strict P/R/F1 | relaxed P/R/F1 | value F1 | type F1 |")
    print("|---|---|---|---|---|---|---|")
    for name in args.sets:
        docs = load(SETS[name])
        for system in args.systems:
            s = score(docs, SYSTEMS[system], args.errors)

            def fmt(t: tuple[float, float, float]) -> str:
                return " / ".join(f"{x * 100:.2f}" for x in t)

            print(
                f"| {name} | {system} | {s['gold']} | {fmt(s['strict'])} | "
                f"{fmt(s['relaxed'])} | {s['value_f1'] * 100:.2f} | {s['type_f1'] * 100:.2f} |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
