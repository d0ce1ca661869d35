"""Publication date inference for an article that states none: a range and its evidence.

`estimate_published(text)` reads what the text itself pins down and returns a
`PublishedEstimate(earliest, latest, evidence)`, or None when nothing does:

- a full date told as past ("on January 28, 2024 ... killed"): published on or after it (not
  a plan, deadline or shelf life: "will reopen in May", "best-before dates in March 2027");
- a year told as past ("in 2023", "since 2014"): published on or after January 1 of it; the
  latest of these is the lower bound;
- a weekday tied to a date ("Friday, Feb. 2" or "Feb. 2, a Friday") fixes the year of a
  date written without one, provided a lower bound above says which decade;
- a month named beside "last month" ("last month, in January") puts publication in the next
  month; "last year, in 2023" puts it in 2024, and "in 2016, three years ago" in 2019.

The evidence list quotes the words used. It never invents a year: with only relative words
("late last month", "on Monday") there is no estimate, and `find_times` leaves such dates
relative ("Monday before publication"). It does not look at metadata (the cleaner does).

`story_estimate(text, own, days)` narrows an undated report's estimate with its story: `days`
are the days the story's dated reports name by weekday in the week before them, and their own
(`story_days`), when they lie within one week. The undated report's past weekdays ("on
Tuesday", "this Wednesday": `find_times` leaves them "Tuesday before publication") are read as
those days where they share a weekday, and any other weekday it names as no earlier than the
eve of the story's first day; the publication days for which all of that holds are the range
(a report of Tuesday naming "Friday's ambush" and "on Tuesday" in a story whose dated reports
name Friday 9 and Sunday 11 May: 13 to 15 May). It is not used when the report names none of
the story's days, when the dated reports span a week or more, or when the range would fall
outside the report's own estimate; then the weekdays stay unknown.

Hand-written because dateparser resolves a date given a reference date; here the reference date
itself is the unknown, and only the consistency of several mentions narrows it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from newsdesk.extract.numbers import NUMBER_RE, parse_number
from newsdesk.extract.times import MONTHS, WEEKDAYS, find_times
from newsdesk.model import PublishedEstimate

_MONTH_WORD = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:\()?"
    rf"{_MONTH_WORD}\s+(?P<day>[12]\d|3[01]|0?[1-9])\b(?!,?\s+\d{{4}})"
)
_DATE_WEEKDAY = re.compile(
    rf"{_MONTH_WORD}\s+(?P<day>[12]\d|3[01]|0?[1-9])\b,?\s+(?:a|which was a)\s+"
    rf"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_LAST_MONTH = re.compile(
    rf"\blast month\b[^.]{{0,30}}?\bin\s+{_MONTH_WORD}\b"
    rf"|\bin\s+{_MONTH_WORD.replace('month', 'month2')}\b[^.]{{0,10}}?\blast month\b",
    re.IGNORECASE,
)
_LAST_YEAR = re.compile(
    r"\blast year\b[^.]{0,30}?\bin\s+(?P<y1>(?:19|20)\d\d)\b|\bin\s+(?P<y2>(?:19|20)\d\d)\b"
    r"[^.]{0,10}?\blast year\b",
    re.IGNORECASE,
)

# "a truce agreed in 2016, three years ago", "three years ago, in 2016": published in 2019
_YEARS_AGO = re.compile(
    rf"\bin\s+(?P<y1>(?:19|20)\d\d),?\s+(?:some\s+|about\s+|nearly\s+|almost\s+)?"
    rf"(?P<n1>{NUMBER_RE})\s+years?\s+ago\b"
    rf"|\b(?P<n2>{NUMBER_RE})\s+years?\s+ago,?\s+in\s+(?P<y2>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_WEEK = 7
_WEEKDAY_NAME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)


def story_days(text: str, published: dt.date) -> list[dt.date]:
    """The days a dated report names by weekday within the week before it, and its own day."""
    days = [published]
    for t in find_times(text, published):
        if (
            t.date
            and t.precision == "day"
            and _WEEKDAY_NAME.search(t.text)
            and dt.timedelta(0) <= published - t.date < dt.timedelta(days=_WEEK)
        ):
            days.append(t.date)
    return days


def _named_weekdays(text: str) -> list[tuple[int, str]]:
    """The weekdays a report names as past ("on Tuesday", "this Wednesday")."""
    named = []
    for t in find_times(text, None):
        wd = re.fullmatch(r"(\w+day) before publication", t.relative or "")
        if wd and wd[1].lower() in WEEKDAYS:
            named.append((WEEKDAYS[wd[1].lower()], t.text))
    return named


def story_estimate(
    article_text: str, own: PublishedEstimate | None, days: list[dt.date]
) -> PublishedEstimate | None:
    """The publication range of an undated report of a story whose dated reports name `days`
    (`story_days`; see the module doc), or `own` (the report's own estimate) where the story
    does not fix it."""
    if not days or max(days) - min(days) >= dt.timedelta(days=_WEEK):
        return own
    named = _named_weekdays(article_text)
    by_weekday = {d.weekday(): d for d in days}
    if not any(w in by_weekday for w, _ in named):
        return own  # no day of the story named: nothing ties the report to its week
    floor = min(days) - dt.timedelta(days=1)  # the eve of the story's first day

    def fits(day: dt.date) -> bool:
        for w, _ in named:
            meant = day - dt.timedelta(days=(day.weekday() - w) % _WEEK)
            if meant != by_weekday.get(w, meant) or meant < floor:
                return False
        return True

    span = [min(days) + dt.timedelta(days=i) for i in range((max(days) - min(days)).days + _WEEK)]
    fitting = [day for day in span if fits(day)]
    if not fitting or (fitting[-1] - fitting[0]).days + 1 != len(fitting):
        return own
    earliest, latest = fitting[0], fitting[-1]
    if own is not None and (
        (own.earliest and own.earliest > latest) or (own.latest and own.latest < earliest)
    ):
        return own
    evidence = [
        f"the story's dated reports name {', '.join(sorted({d.isoformat() for d in days}))}",
        *_unique([words for _, words in named]),
    ]
    return PublishedEstimate(earliest=earliest, latest=latest, evidence=evidence)


def estimate_published(text: str) -> PublishedEstimate | None:
    """The publication date range the text supports, with the words as evidence; else None."""
    earliest: dt.date | None = None
    latest: dt.date | None = None
    evidence: list[str] = []

    bounds: list[tuple[dt.date, str]] = []

    def raise_earliest(day: dt.date, words: str) -> None:
        nonlocal earliest
        if earliest is None or day > earliest:
            earliest = day
        bounds.append((day, words))

    for t in find_times(text, None):
        if t.date is None or t.type not in ("DATE", "TIME"):
            continue
        if _is_future_context(text, t.start):
            continue
        if t.precision in ("day", "month", "year"):
            raise_earliest(t.date, t.text)

    told = [(int(m["y1"] or m["y2"]), 1, m.group(0)) for m in _LAST_YEAR.finditer(text)]
    for m in _YEARS_AGO.finditer(text):
        ago = parse_number(m["n1"] or m["n2"])
        if ago is not None and 1 <= ago <= 50 and ago == int(ago):
            told.append((int(m["y1"] or m["y2"]), int(ago), m.group(0)))
    for year, ago, words in told:
        first, last = dt.date(year + ago, 1, 1), dt.date(year + ago, 12, 31)
        raise_earliest(first, words)
        latest = last if latest is None else min(latest, last)
        evidence.append(words)

    year_floor = earliest.year if earliest else None
    for m in _LAST_MONTH.finditer(text):
        word = m["month"] or m["month2"]
        month = MONTHS[word.lower().rstrip(".")] if word else None
        if month is None or year_floor is None:
            continue
        year = year_floor + (1 if month == 12 else 0)
        nxt = month % 12 + 1
        first = dt.date(year, nxt, 1)
        last = dt.date(year, nxt, calendar.monthrange(year, nxt)[1])
        raise_earliest(first, m.group(0))
        latest = last if latest is None else min(latest, last)
        evidence.append(m.group(0))

    if year_floor is not None:
        for pattern in (_WEEKDAY_DATE, _DATE_WEEKDAY):
            for m in pattern.finditer(text):
                month = MONTHS[m["month"].lower().rstrip(".")]
                day = int(m["day"])
                weekday = WEEKDAYS[m["wd"].lower()]
                for year in range(year_floor, year_floor + 8):
                    try:
                        candidate = dt.date(year, month, day)
                    except ValueError:
                        continue
                    if candidate.weekday() == weekday and (
                        earliest is None or candidate >= earliest - dt.timedelta(days=366)
                    ):
                        raise_earliest(candidate, m.group(0))
                        break

    if earliest is None and latest is None:
        return None
    evidence = [words for day, words in bounds if day == earliest] + evidence
    if earliest and latest and latest < earliest:
        latest = None
    return PublishedEstimate(earliest=earliest, latest=latest, evidence=_unique(evidence))


# words before a date that make it a plan, a deadline or a shelf life, not something past:
# "will reopen in May 2026", "best-before dates in March 2027", "valid until June 2026"
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|'ll|plans? to|scheduled|expected to|by|best[- ]before|use[- ]by|"
    r"sell[- ]by|expir\w*|valid (?:until|through|to)|due (?:in|on|by))\b[^.]*$",
    re.IGNORECASE,
)


def _is_future_context(text: str, start: int) -> bool:
    return bool(_FUTURE_BEFORE.search(text, max(0, start - 60), start))


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
