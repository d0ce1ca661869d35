"""The publication date a plain-text article states in its own time-stamp lines.

A copied page keeps the lines its site printed around the headline: "Published 3 March 2025,
06:12 GMT", "Wednesday, 10 September 2025", "Updated: 4 March 2025, 18:30". The line cleaner
removes them as `timestamp` (or lifts an update notice); this module reads the day they state:

1. the date of a wire dateline ("TAL HARUN, 14/03/2025 (MNA) -"); else a stamp that is not an
   update, at the head of the article (before its third report line) or labelled "published"
   / "posted" anywhere: the first one in the text;
2. else the earliest day an update stamp or update notice names: the article is at least that
   old, and updates mostly come within a day or two of publication.

Only a full date with its year counts ("Sept. 9" alone could be any year); the dates are read by
the times stage (`find_times`: "14/03/2025" is day first, "03/04/2025" month first as in US
English), ISO dates ("2025-03-03T10:00Z") and dashed ones ("03-04-2025", day first) directly.
It does not guess a date from the report's own words (`extract/published.py` estimates that)
nor read HTML metadata (`clean/html.py`).
"""

from __future__ import annotations

import datetime as dt
import re

from newsdesk.clean.text import TextCleaning
from newsdesk.extract.times import find_times

_UPDATE = re.compile(r"\b(?:updated?|modified|edited|revised|amended)\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?:published|posted|first published|publication date)\b", re.I)
_ISO = re.compile(r"\b((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[T ]|\b)")
# "18-04-2026": with dashes the day comes first (a US month-first date takes slashes)
_DMY_DASHED = re.compile(r"\b([0-3]?\d)-([01]?\d)-((?:19|20)\d\d)\b")
_HEAD_BODY_LINES = 3


def _day(line: str) -> dt.date | None:
    """The first full date a stamp line states."""
    if m := _ISO.search(line):
        try:
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            return None
    if m := _DMY_DASHED.search(line):
        try:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    for t in find_times(line, None):
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
    for lifted in cleaning.lifted:
        if lifted.field == "dateline" and (day := _day(lifted.text)):
            return day
    head_end = _head_end(cleaning)
    stamps = [r for r in cleaning.removed if r.reason == "timestamp" and r.line is not None]
    for r in sorted(stamps, key=lambda r: r.line or 0):
        if _UPDATE.search(r.text):
            continue
        if ((r.line or 0) < head_end or _PUBLISHED.search(r.text)) and (day := _day(r.text)):
            return day
    updates = [r.text for r in stamps if _UPDATE.search(r.text)]
    updates += [n.text for n in cleaning.notices if n.kind == "update"]
    days = [d for text in updates if (d := _day(text))]
    return min(days, default=None)
