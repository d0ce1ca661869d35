"""Benchmark junk-line removal of `newsdesk.clean.text.clean_text` on copy-pastes of real pages.

Usage::

    .venv/bin/python bench/junk_lines.py aeb dev --show-errors 30
    .venv/bin/python bench/junk_lines.py aeb test

Each scrapinghub-aeb page (read at run time from /work/shared/eval or $NEWSDESK_EVAL; nothing is
copied into the repository) becomes a plain-text copy-paste (`_pagetext.page_lines`: visible
text, one block-level element per line). Lines are labelled body / junk / ambiguous against the
page's gold `body_text`, and the copied window runs from `--margin` lines before the first body
line to `--margin` lines after the last. `clean_text` runs on the window, and each line's fate is
scored:

* out: removed, or lifted as title, author or notice (a dateline lift keeps the line).
* lost: a body line removed or lifted as author/notice (a lifted title is not a loss). Of the
  losses, "furniture" are lines the gold keeps but the cleaner's contract takes out (copyright,
  credits, bylines, notes; see FURNITURE) and "sentences" the other lost lines that read as
  a sentence (`is_prose`): the report sentences the issue says must never go.
* precision = junk out / (junk out + body lost); "P (furniture ok)" does not count the lost
  furniture lines as errors; recall = junk out / junk lines.

Ambiguous lines (partial overlap with the gold) are left out of the scores and counted. It
prints a table, the per-reason counts and, with `--show-errors N`, the body lines lost (marked
"F" when furniture, "S" when a sentence) and the most frequent junk lines kept. `--half 0|1`
scores only the pages of even / odd row index, to check that a change helps both halves.
Exits 0.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from trafilatura.utils import decode_file

from _evaldata import SETS, load_rows
from _pagetext import Label, copy_window, label_lines, label_segments, page_lines
from newsdesk.clean.text import clean_text, is_prose


@dataclass
class Tally:
    pages: int = 0
    skipped: int = 0
    lines: int = 0
    body: int = 0
    junk: int = 0
    ambiguous: int = 0
    unlabelled: int = 0
    junk_out: int = 0
    body_lost: int = 0
    furniture_lost: int = 0
    sentences_lost: int = 0
    body_words: int = 0
    body_words_lost: int = 0
    pages_with_loss: int = 0
    reasons: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    lost: list[tuple[str, str, str]] = field(default_factory=list)
    kept_junk: Counter[str] = field(default_factory=Counter)


# Lines the gold sometimes keeps but the cleaner's contract takes out of the report (copyright,
# credits, bylines, editor's notes and corrections, disclaimers, publication stamps, "originally
# published", affiliate and follow-us lines, all kinds the issue lists as junk): a loss of one
# is counted, and also shown apart.
_EMAIL = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
FURNITURE = re.compile(
    r"[©ⓒ]|\bcopyright\b|all rights reserved|저작권|^\(?\s*(?:additional )?"
    r"(?:reporting|editing|writing) by\b|^contributing:|^by\s|^editor[’']s note"
    r"|^(?:note to editors|achtung redaktion)\b|^correction\b[^:]{0,40}:"
    r"|^(?:disclaimer|disclosure)\s*:|^provided by\s"
    r"|\b(?:image|photo) (?:credit|source)\b|[(\[]\s*(?:photos?|fotos?|bild|image|사진)\s*[:=]"
    r"|^(?:reuters|afp|ap|dpa|associated press)$"
    r"|^\(?(?:published|updated|posted)(?::|\s+on\s+(?-i:[A-Z\d])|\s+(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|\s+\d)"
    r"[^()]{0,50}\d\)?$"
    rf"|^(?:[^\s@]+\s+){{1,4}}{_EMAIL}$|(?:\s(?-i:[A-Z])[\w.'’-]*){{2,4}}\s+{_EMAIL}$"
    r"|^staff reports?$|\bclick here\b|originally (?:published|appeared)|\baffiliate links?\b"
    r"|^follow .{1,40} on (?:facebook|twitter|instagram)|^story continues below",
    re.IGNORECASE,
)


def fates(text: str) -> dict[int, str]:
    """Line index -> "removed:<reason>" or "lifted:<field>"; lines kept are absent."""
    result = clean_text(text)
    out = {r.line: f"removed:{r.reason}" for r in result.removed if r.line is not None}
    for lift in result.lifted:
        if lift.line is not None and lift.field != "dateline":
            out[lift.line] = f"lifted:{lift.field}"
    return out


def page_labels(name: str, row: dict[str, Any]) -> tuple[list[str], list[Label | None]]:
    """The page's copy-paste lines and their labels (None: not labelled, not scored)."""
    raw = (SETS[name] / row["html_file"]).read_bytes()
    if name == "aeb":
        lines = page_lines(gzip.decompress(raw))
        return lines, list(label_lines(lines, row["body_text"] or ""))
    lines = page_lines(decode_file(gzip.decompress(raw)))
    return lines, label_segments(lines, row.get("with") or [], row.get("without") or [])


def score_page(name: str, row: dict[str, Any], margin: int, tally: Tally) -> None:
    lines, labels = page_labels(name, row)
    window = copy_window([lab or "ambiguous" for lab in labels], margin, lines)
    if window is None:
        tally.skipped += 1
        return
    start, end = window
    lines, labels = lines[start:end], labels[start:end]
    fate = fates("\n".join(lines))
    tally.pages += 1
    page_lost = 0
    for i, (line, label) in enumerate(zip(lines, labels, strict=True)):
        tally.lines += 1
        what = fate.get(i)
        if label is None:
            tally.unlabelled += 1
            continue
        if label == "ambiguous":
            tally.ambiguous += 1
            if what:
                tally.reasons[what]["ambiguous"] += 1
            continue
        words = len(line.split())
        if label == "body":
            tally.body += 1
            tally.body_words += words
            if what and what != "lifted:title":
                tally.body_lost += 1
                furniture = bool(FURNITURE.search(line))
                tally.furniture_lost += furniture
                tally.sentences_lost += is_prose(line) and not furniture
                tally.body_words_lost += words
                page_lost += 1
                tally.lost.append((row["id"][:8], what, line))
            if what:
                tally.reasons[what]["body"] += 1
        else:
            tally.junk += 1
            if what:
                tally.junk_out += 1
                tally.reasons[what]["junk"] += 1
            else:
                tally.kept_junk[line[:110]] += 1
    tally.pages_with_loss += page_lost > 0


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "n/a"


def report(name: str, split: str, tally: Tally, show: int) -> None:
    lost_calls = tally.body_lost
    precision = _ratio(tally.junk_out, tally.junk_out + lost_calls)
    contract_p = _ratio(tally.junk_out, tally.junk_out + lost_calls - tally.furniture_lost)
    recall = _ratio(tally.junk_out, tally.junk)
    print(f"## junk lines: {name} {split}\n")
    print(
        "| pages | lines | body | junk | ambiguous (unscored) | junk P | P (furniture ok) "
        "| junk R | body lines lost | of which furniture | of which sentences | body words lost "
        "| pages with a loss |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {tally.pages} | {tally.lines} | {tally.body} | {tally.junk} | {tally.ambiguous} "
        f"| {precision} | {contract_p} | {recall} "
        f"| {tally.body_lost} ({_ratio(tally.body_lost, tally.body)}) "
        f"| {tally.furniture_lost} | {tally.sentences_lost} "
        f"| {tally.body_words_lost} ({_ratio(tally.body_words_lost, tally.body_words)}) "
        f"| {tally.pages_with_loss} |"
    )
    if tally.unlabelled:
        print(f"\n{tally.unlabelled} line(s) in the windows touch no gold segment: not scored.")
    if tally.skipped:
        print(f"\n{tally.skipped} page(s) skipped: no body line found in the page text.")
    print("\n| fate | junk | body | ambiguous |\n|---|---|---|---|")
    for what in sorted(tally.reasons, key=lambda k: -sum(tally.reasons[k].values())):
        c = tally.reasons[what]
        print(f"| {what} | {c['junk']} | {c['body']} | {c['ambiguous']} |")
    if show:
        print(f"\n### body lines lost ({len(tally.lost)}; first {show})\n")
        for page, what, line in tally.lost[:show]:
            kind = "F " if FURNITURE.search(line) else "S " if is_prose(line) else ""
            print(f"- [{page}] {kind}{what}: {line[:160]}")
        distinct = len(tally.kept_junk)
        print(f"\n### junk lines kept, most frequent ({distinct} distinct; top {show})\n")
        for line, n in tally.kept_junk.most_common(show):
            print(f"- {n} x {line}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("name", choices=sorted(SETS))
    ap.add_argument("split", choices=["dev", "test", "all"])
    ap.add_argument("--margin", type=int, default=10, help="lines copied around the body")
    ap.add_argument("--show-errors", type=int, default=0, metavar="N")
    ap.add_argument(
        "--half",
        type=int,
        choices=[0, 1],
        help="score only the pages whose row index has this parity (a change should help both)",
    )
    args = ap.parse_args()
    tally = Tally()
    for i, row in enumerate(load_rows(args.name, args.split)):
        if args.half is None or i % 2 == args.half:
            score_page(args.name, row, args.margin, tally)
    split = args.split if args.half is None else f"{args.split} (half {args.half})"
    report(args.name, split, tally, args.show_errors)


if __name__ == "__main__":
    main()
