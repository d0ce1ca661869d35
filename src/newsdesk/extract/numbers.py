"""Numbers written in words or digits, read into values ("a dozen" is 12, "2,400" is 2400).

Shared by the time tagger (durations: "three years") and the fact finder ("more than a hundred
people"). It does not find numbers in text on its own: callers match spans with `NUMBER_RE` and
read them with `parse_number`. Hand-written because neither spaCy (`like_num` says yes/no, not
how much) nor dateparser reads number words into values, and the vocabulary is small and closed.
"""

from __future__ import annotations

import re

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
ARTICLES = {"a": 1, "an": 1}

_UNIT = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN = "|".join(TENS)
_WORD = rf"(?:(?:{_TEN})(?:[-\s](?:{_UNIT}))?|{_UNIT})"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "2,400", "3.5 million", "a hundred", "twenty-five", "a dozen", "one hundred and twenty"
NUMBER_RE = (
    rf"(?:(?:{_DIGITS})(?:\s+(?:million|billion|thousand))?"
    rf"|(?:an?\s+)?dozen"
    rf"|(?:(?:an?|{_WORD})\s+)?(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?{_WORD})?"
    rf"|{_WORD})"
)


def parse_number(text: str) -> float | None:
    """The value of a number as written ("three" 3, "2,400" 2400, "a dozen" 12), else None."""
    s = text.strip().lower().replace("\u2011", "-")
    if not s:
        return None
    if s in ARTICLES:
        return 1
    if re.fullmatch(_DIGITS, s):
        return float(s.replace(",", ""))
    m = re.fullmatch(rf"({_DIGITS})\s+(million|billion|thousand)", s)
    if m:
        return float(m.group(1).replace(",", "")) * SCALES[m.group(2)]
    if re.fullmatch(r"(?:an?\s+)?dozen", s):
        return 12
    total = 0.0
    current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", s):
        if word == "and":
            continue
        if word in ARTICLES and not seen:
            current = 1
            seen = True
        elif word in UNITS:
            current += UNITS[word]
            seen = True
        elif word in TENS:
            current += TENS[word]
            seen = True
        elif word == "hundred":
            current = (current or 1) * 100
            seen = True
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None
