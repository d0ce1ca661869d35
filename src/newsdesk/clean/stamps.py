"""The publication date a plain-text article states in its own time-stamp lines.

A copied page keeps the lines its site printed around the headline: "Published 3 March 2025,
06:12 GMT", "Wednesday, 10 September 2025", "Updated: 4 March 2025, 18:30". The line cleaner
removes them as `timestamp` (or lifts an update notice); this module reads the day they state:

1. the date of a wire dateline ("TAL HARUN, 14/03/2025 (MNA) -"); else a stamp that is not an
   update (or a byline giving its day, "By Jane Doe, 9 March 2031"), at the head of the article
   (before its third report line) or labelled "published" / "posted" anywhere: the first one in
   the text;
2. else the earliest day an update stamp or update notice names: the article is at least that
   old, and updates mostly come within a day or two of publication.

Only a full date with its year counts ("Sept. 9" alone could be any year); the dates are read by
the times stage (`find_times`: "14/03/2025" is day first, "03/04/2025" month first as in US
English; a month in capitals, "12 MAR 2026", is read too), ISO dates ("2025-03-03T10:00Z") and
dashed ones ("03-04-2025", day first) directly.
An ambiguous "03/02/2026" takes the reading the report's weekdays fit better ("on Monday (2)"),
else day first beside a "09h12" clock (a day-first locale's), else in the order the page writes
its dates in words ("on 5 November": day first), else month first.
It does not guess a date from the report's own words (`extract/published.py` estimates that)
nor read HTML metadata (`clean/html.py`).
"""

from __future__ import annotations

import datetime as dt
import re

from newsdesk.clean.text import TextCleaning
from newsdesk.extract.times import find_times
from newsdesk.model import Lifted, Removed

_UPDATE = re.compile(r"\b(?:updated?|modified|edited|revised|amended)\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?:published|posted|first published|publication date)\b", re.I)
_ISO = re.compile(r"\b((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[T ]|\b)")
# "18-04-2026": with dashes the day comes first (a US month-first date takes slashes)
_DMY_DASHED = re.compile(r"\b([0-3]?\d)-([01]?\d)-((?:19|20)\d\d)\b")
_HEAD_BODY_LINES = 3
# a terminal's compact stamp: "14:22 08Mar2027"
_COMPACT = re.compile(
    r"\b([0-3]?\d)(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)((?:19|20)\d\d)\b", re.I
)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
# "03/02/2026": both readings are dates; the report's "Monday (2)" or a "09h12" clock decides
_SLASHED = re.compile(r"\b([01]?\d)/([01]?\d)/((?:19|20)\d\d)\b")
_H_CLOCK = re.compile(r"\b[0-2]?\d\s?h\s?[0-5]\d\b")  # a clock of day-first locales
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# a weekday with its day of the month: "on Monday (2)", "Friday 6", "Tuesday, 3"
_WEEKDAY_DAY = re.compile(
    rf"\b({'|'.join(_WEEKDAYS)}),?\s*\(?([0-3]?\d)\)?(?![\d:.]|\s*(?:[ap]\.?m\b|h\b|hours?\b))",
    re.IGNORECASE,
)
# a month printed in capitals ("12 MAR 2026"): read in the case it is written in
_MONTH_CAPS = re.compile(
    r"\b(?:JAN|FEB|MAR|APR|MAY|JUNE?|JULY?|AUG|SEPT?|OCT|NOV|DEC)(?:[A-Z]{2,6})?\b"
)
# the order the page writes its dates in words: "on 5 November" (day first), "Nov. 5" (month first)
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY_MONTH = re.compile(rf"\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}(?![\w-])")
_MONTH_DAY = re.compile(rf"\b{_MONTH_NAME}\s+[0-3]?\d(?:st|nd|rd|th)?(?![\d:.]|\s*[ap]\.?m\b)")
_NEAR_DAYS = 10  # a weekday the report names lies this close to the day it was published


def _agreeing(day: dt.date, mentions: list[tuple[int, int]]) -> int:
    """How many of the report's (weekday, day of month) mentions fall near `day`."""
    hits = 0
    for weekday, n in mentions:
        for shift in (-1, 0, 1):
            year, month = divmod(day.year * 12 + day.month - 1 + shift, 12)
            try:
                near = dt.date(year, month + 1, n)
            except ValueError:
                continue
            if abs((near - day).days) <= _NEAR_DAYS and near.weekday() == weekday:
                hits += 1
                break
    return hits


def _slashed(line: str, text: str) -> dt.date | None:
    """The day of an ambiguous "03/02/2026" when the copy tells the order: the reading whose
    weekday mentions agree better, else day first beside a "09h12" clock, else the order of the
    dates the page writes in words ("amended on 5 November"); None: undecided."""
    m = _SLASHED.search(line)
    if not m or m.group(1) == m.group(2):
        return None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        month_first, day_first = dt.date(year, a, b), dt.date(year, b, a)
    except ValueError:
        return None
    mentions = [
        (_WEEKDAYS.index(w.lower()), int(n)) for w, n in _WEEKDAY_DAY.findall(text) if int(n)
    ]
    first, second = _agreeing(month_first, mentions), _agreeing(day_first, mentions)
    if first != second:
        return month_first if first > second else day_first
    if _H_CLOCK.search(line):
        return day_first
    day_month, month_day = bool(_DAY_MONTH.search(text)), bool(_MONTH_DAY.search(text))
    if day_month != month_day:
        return day_first if day_month else month_first
    return None


def _day(line: str, text: str = "") -> dt.date | None:
    """The first full date a stamp line states (`text`: the report, for the order of an
    ambiguous numeric date)."""
    if day := _slashed(line, text):
        return day
    if m := _ISO.search(line):
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            return None
    if m := _COMPACT.search(line):
        try:
            return dt.date(int(m.group(3)), _MONTHS.index(m.group(2).lower()) + 1, int(m.group(1)))
        except ValueError:
            return None
    if m := _DMY_DASHED.search(line):
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    for t in find_times(_MONTH_CAPS.sub(lambda m: m.group(0).capitalize(), line), None):
        if t.type == "DATE" and t.date is not None and t.precision == "day":
            return t.date
    return None


def _head_end(cleaning: TextCleaning) -> int:
    """Index of the line after the article's first `_HEAD_BODY_LINES` report lines."""
    taken = {r.line for r in cleaning.removed}
    taken |= {x.line for x in cleaning.lifted if x.field != "dateline"}
    report = [i for i in range(len(taken) + _HEAD_BODY_LINES) if i not in taken]
    return report[_HEAD_BODY_LINES - 1] + 1


def stamped_date(cleaning: TextCleaning) -> dt.date | None:
    """The publication date the article's stamp lines give, or None (see the module doc)."""
    page = "\n".join([cleaning.text, *(n.text for n in cleaning.notices)])
    for lifted in cleaning.lifted:
        if lifted.field == "dateline" and (day := _day(lifted.text)):
            return day
    head_end = _head_end(cleaning)
    stamps: list[Removed | Lifted] = [
        r for r in cleaning.removed if r.reason == "timestamp" and r.line is not None
    ]
    # a byline with its day: "By Jane Doe, 9 March 2031"
    stamps += [x for x in cleaning.lifted if x.field == "author" and x.line is not None]
    stamps.sort(key=lambda r: r.line or 0)
    # a stamp labelled "Published" at the head beats a bare date line of the page's chrome
    # above it ("Tuesday, 14 Jul 2026": the day the page was viewed)
    for r in stamps:
        # "Published November 4, 2026 Updated about 9 hours ago": the part before the update
        text = r.text[: m.start()] if (m := _UPDATE.search(r.text)) else r.text
        if (r.line or 0) >= head_end or not _PUBLISHED.search(text):
            continue
        if day := _day(text, page):
            return day
    for r in stamps:
        if _UPDATE.search(r.text):
            continue
        if (r.line or 0) >= head_end and not _PUBLISHED.search(r.text):
            continue
        if day := _day(r.text, page):
            return day
    updates = [r.text for r in stamps if _UPDATE.search(r.text)]
    updates += [n.text for n in cleaning.notices if n.kind == "update"]
    days = [d for text in updates if (d := _day(text, page))]
    return min(days, default=None)
