"""Sentence spans of an article's text, by rule: fast, offsets exact, no model load.

Facts and timeline entries point at "the sentence that states it", so every extract stage needs
the same sentence boundaries. spaCy's parser would also give them, but loading it costs a
second and the stages here are otherwise regex-only; news sentences end in `.`, `!` or `?`
(possibly followed by a closing quote) before a capital, a quote or a digit, or at a line end,
and the only common trap is an abbreviation ("Mr.", "U.S.", "Jan."), handled by a short list.
It does not split inside quotations or repair broken lines.
"""

from __future__ import annotations

import re

_ABBREVIATIONS = {
    "adm",
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "maj",
    "gov",
    "sen",
    "rep",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "no",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "inc",
    "corp",
    "co",
    "ltd",
    "jr",
    "sr",
    "vs",
    "prof",
    "rev",
    "a.m",
    "p.m",
    "mt",
    "ft",
    "fig",
    "approx",
    "est",
}
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0)[0] == ".":
            word = re.search(r"([\w.]+)\.*$", text[start : m.start()])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and re.fullmatch(r"[A-Z]", word.group(1)):  # an initial: "John F. Kennedy"
                continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span holding `offset` (or the nearest one before it)."""
    best = spans[0] if spans else (0, 0)
    for span in spans:
        if span[0] <= offset:
            best = span
        else:
            break
    return best
