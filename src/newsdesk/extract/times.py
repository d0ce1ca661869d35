"""Time expressions: find them in an article and resolve them to calendar dates (TIMEX3-style).

`find_times(text, published)` returns every date, time, duration and set expression with its
character span, a TimeML `type` and `value` ("2024-02-02", "2024-01", "2024-W05", "P3D",
"PRESENT_REF"), and, for dates, the calendar `date` it starts on with a `precision`
(day/week/month/year). Dates are resolved against the publication date: "Friday" in a Monday
article is the Friday before, unless the sentence speaks of the future ("will meet on
Friday"); "March 3" is the most recent March 3 before publication. Without a publication date
nothing is invented: values keep `X` for the unknown parts and `relative` says what is known
("Friday before publication").

It does not decide which times belong to which events (the timeline in `timeline.py` does) and
it does not guess the publication date (`published.py` does).

Why hand-written rather than dateparser: dateparser parses a string you already know to be a
date into one datetime; its `search_dates` finds few of the expressions news uses ("late last
month", "the third quarter", "two years"), returns no type, no precision and no durations, and
picks "past" or "future" for a whole document, not per sentence. The benchmark
(`bench/times_tempeval.py`) runs it side by side as the baseline.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, replace
from typing import Literal

from newsdesk.extract.numbers import NUMBER_RE, parse_number

TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class TimeMention:
    """One time expression: where it is, what kind, its TIMEX3 value and the date it means."""

    start: int
    end: int
    text: str
    type: TimeType
    value: str
    date: dt.date | None = None
    precision: str | None = None
    relative: str | None = None
    mod: str | None = None


MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
DAY_NAMES = [d.capitalize() for d in calendar.day_name]
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
UNIT_CODES = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "month": "M",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "quarter": "Q",
    "weekend": "WE",
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "final": 4,
    "last": 4,
}

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a day of the month in words, as "the ninth of October" writes it
DAY_WORDS = {
    w: i + 1
    for i, w in enumerate(
        (
            "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
            "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
        ).split()
    )
} | {
    "twenty-first": 21,
    "twenty-second": 22,
    "twenty-third": 23,
    "twenty-fourth": 24,
    "twenty-fifth": 25,
    "twenty-sixth": 26,
    "twenty-seventh": 27,
    "twenty-eighth": 28,
    "twenty-ninth": 29,
    "thirtieth": 30,
    "thirty-first": 31,
}
_DAY_WORD = "|".join(sorted(DAY_WORDS, key=len, reverse=True))
_PART = r"(?:morning|afternoon|evening|night)"
_EDGE = r"(?:early|late|mid|the end of|the beginning of|the middle of|the start of|end-)"
_CLOCK = (
    r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b)(?:\s+(?:EST|EDT|CST|CDT|PST|PDT|GMT|"
    r"UTC|local time))?|noon|midnight"
    r"|\d{1,2}(?::\d\d)?\s+(?:o['’]clock\s+)?in\s+the\s+(?:morning|afternoon|evening))"
)
_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|century|quarter)"
_NUM = rf"(?:{NUMBER_RE}|a few|a couple of|several|many|few|some|an?)"
# "six straight days", "two consecutive quarters", "eight trading days", "an additional year"
_DURATION_ADJ = r"(?:straight|consecutive|successive|trading|business|working|additional|extra)"
_QUANT_MOD = (
    r"(?:about|around|nearly|almost|more than|less than|over|some|up to|at least|no more than"
    r"|roughly|approximately)"
)
_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|(?<!was )(?<!were )going to|plans? to|planned|planning|"
    r"scheduled|is to|are to|"
    r"expected to|expects to|set to|upcoming|intends? to|is due|are due|would|likely to|"
    r"(?:postponed|delayed|deferred|adjourned) until|"
    # "rain could fall by Thursday night", "expected "a full return on Friday"": ahead
    r"(?:could|may|might)(?!\s+(?:not\s+|well\s+)?(?:have|be\s+\w+ed)\b)(?=\s+\w)|"
    # "forecasters expect more storms on Sunday": a present expectation looks ahead
    r"(?:expect|expects|forecast|forecasts|predict|predicts)(?=\s+\w)|"
    r"expected(?=\s+(?:a|an|[\"“])))\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|ago|earlier)\b",
    re.IGNORECASE,
)

_PLAN_PAST = re.compile(r"\b(?:had(?: been)?|previously)\s+$", re.IGNORECASE)

_MAY_BEFORE = re.compile(
    r"\b(?:in|since|until|by|of|during|from|through|before|after|early|late|mid)[-\s]+$",
    re.IGNORECASE,
)
_NOT_PAST = {
    "said",
    "expected",
    "scheduled",
    "planned",
    "proposed",
    "required",
    "needed",
    "based",
    "related",
    "limited",
    "listed",
    "estimated",
    "owned",
    "called",
    "named",
    "united",
    "detailed",
    "advanced",
    "red",
    "need",
    "indeed",
    "speed",
    "proceed",
    "feed",
    "seed",
}
_EDGE_MOD = {
    "early": "START",
    "late": "END",
    "mid": "MID",
    "the end of": "END",
    "end-": "END",
    "the beginning of": "START",
    "the middle of": "MID",
    "the start of": "START",
}


def _m(text: str) -> int:
    return MONTHS[text.lower().rstrip(".")]


def _edge_mod(text: str | None) -> str | None:
    if not text:
        return None
    return _EDGE_MOD.get(text.lower().strip("- ").replace("-", "")) or _EDGE_MOD.get(
        text.lower().strip()
    )


def _week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _sentence_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before and after a span (for tense)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 160)
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    right = min([*right_candidates, end + 80])
    return text[max(left, 0) : start], text[end:right]


def _tense(text: str, start: int, end: int) -> str | None:
    """ "future" or "past" when the clause before a span says so ("will meet on"), else None."""
    before, after = _sentence_window(text, start, end)
    before_tail = before[-40:]
    marks = [
        # "had been scheduled to expire Friday", "as previously planned": a plan already past
        (m.start(), "past" if _PLAN_PAST.search(before_tail[: m.start()]) else "future")
        for m in _FUTURE.finditer(before_tail)
    ]
    marks += [
        (m.start(), "past")
        for m in _PAST.finditer(before_tail)
        if m.group(0).lower() not in _NOT_PAST
    ]
    if not marks and re.search(r"\b(?:by|until)\s+$", before_tail):
        # "expected to restore supply to every household by Wednesday": the deadline's tense
        # is the clause's, which may begin further back
        marks = [(m.start(), "future") for m in _FUTURE.finditer(before)] + [
            (m.start(), "past")
            for m in _PAST.finditer(before)
            if m.group(0).lower() not in _NOT_PAST
        ]
    if marks:
        return max(marks)[1]
    # 'expected "a full return to work on Friday"': the quoted expectation is ahead
    if re.search(r"\b(?:expects?|expected|predicts?|predicted)\s+[\"“][^\"”]*$", before):
        return "future"
    if re.match(r"^\W{0,3}(?:will|is to|are to|is scheduled|are scheduled)\b", after):
        return "future"
    # "has until Friday to respond": a deadline still ahead
    if re.search(
        r"\b(?:has|have|is given|are given|gives?|giving)\s+(?:\w+\s+)?until\s+$", before_tail
    ):
        return "future"
    return None


@dataclass
class _Ctx:
    text: str
    dct: dt.date | None
    tense: str | None

    @property
    def future(self) -> bool:
        return self.tense == "future"


def _weekday_date(dct: dt.date, weekday: int, future: bool, which: str | None) -> dt.date:
    delta = weekday - dct.weekday()
    if which == "next":
        return dct + dt.timedelta(days=(delta % 7) or 7)
    if which in ("last", "the previous", "previous", "past"):
        return dct - dt.timedelta(days=((-delta) % 7) or 7)
    if delta == 0:
        return dct
    if future:
        return dct + dt.timedelta(days=delta % 7)
    return dct - dt.timedelta(days=(-delta) % 7)


def _month_year(dct: dt.date, month: int, tense: str | None, which: str | None = None) -> int:
    if which == "last":
        return dct.year if month < dct.month else dct.year - 1
    if which == "next":
        return dct.year if month > dct.month else dct.year + 1
    if which == "this":
        return dct.year
    past = dct.year if month <= dct.month else dct.year - 1
    future = dct.year if month >= dct.month else dct.year + 1
    if tense == "future":
        return future
    if tense == "past":
        return past
    # no tense: the past one unless the next one is much nearer ("payable Dec. 15" in late
    # October is this December; "March" in a November article is last March)
    past_gap = (dct.year - past) * 12 + dct.month - month
    future_gap = (future - dct.year) * 12 + month - dct.month
    return future if future_gap * 2 < past_gap else past


def _day_year(dct: dt.date, month: int, day: int, tense: str | None) -> int:
    candidates = []
    for year in (dct.year - 1, dct.year, dct.year + 1):
        d = _safe_date(year, month, day)
        if d is not None:
            candidates.append(d)
    past = [d for d in candidates if d <= dct]
    future = [d for d in candidates if d >= dct]
    if tense == "future" and future:
        return min(future).year
    if (tense == "past" or not future) and past:
        return max(past).year
    if not past:
        return min(future).year
    before, after = max(past), min(future)
    return after.year if (after - dct) * 2 < (dct - before) else before.year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# Each rule: a regex (group names used by its resolver) and the resolver. Resolvers return
# (type, value, date, precision, relative, mod) or None to drop the match.
Resolved = tuple[str, str, dt.date | None, str | None, str | None, str | None]


def _r_full_date(m: re.Match[str], c: _Ctx) -> Resolved | None:
    month = _m(m["month"])
    words = m.groupdict().get("dayword")
    day = DAY_WORDS[words.lower()] if words else int(re.sub(r"\D", "", m["day"]))
    if m["year"]:
        year = int(m["year"])
        d = _safe_date(year, month, day)
        return ("DATE", f"{year}-{month:02d}-{day:02d}", d, "day", None, None) if d else None
    if c.dct is None:
        rel = f"{calendar.month_name[month]} {day}, year unknown"
        return ("DATE", f"XXXX-{month:02d}-{day:02d}", None, "day", rel, None)
    year = _day_year(c.dct, month, day, c.tense)
    d = _safe_date(year, month, day)
    return ("DATE", f"{year}-{month:02d}-{day:02d}", d, "day", None, None) if d else None


def _r_week_of(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "the week of March 6": the week containing that day."""
    out = _r_full_date(m, c)
    if out is None or out[2] is None:
        return out
    day = out[2]
    return ("DATE", _week_value(day), _week_start(day), "week", None, None)


def _r_numeric_date(m: re.Match[str], c: _Ctx) -> Resolved | None:
    if m["iso"]:
        y, mo, d = (int(x) for x in re.split(r"[-/]", m["iso"]))
    elif m["eu"]:  # "02.08.2022": day first
        d, mo, y = (int(x) for x in m["eu"].split("."))
    else:  # "3/14/2025" month first, as in US English; "14/03/2025" can only be day first
        mo, d, y = (int(x) for x in m["us"].split("/"))
        if mo > 12 >= d:
            mo, d = d, mo
        if y < 100:
            y += 1900 if y > 30 else 2000
    date = _safe_date(y, mo, d)
    return ("DATE", f"{y}-{mo:02d}-{d:02d}", date, "day", None, None) if date else None


def _r_month_year(m: re.Match[str], c: _Ctx) -> Resolved | None:
    month = _m(m["month"])
    year = int(m["year"])
    mod = _edge_mod(m["edge"])
    return ("DATE", f"{year}-{month:02d}", dt.date(year, month, 1), "month", None, mod)


def _r_month(m: re.Match[str], c: _Ctx) -> Resolved | None:
    word = m["month"]
    which = (m["which"] or "").lower() or None
    if word == "May" and not (m["edge"] or which or _MAY_BEFORE.search(c.text[: m.start()])):
        return None
    month = _m(word)
    mod = _edge_mod(m["edge"])
    if c.dct is None:
        rel = f"{calendar.month_name[month]}, year unknown"
        return ("DATE", f"XXXX-{month:02d}", None, "month", rel, mod)
    year = _month_year(c.dct, month, c.tense, which)
    return ("DATE", f"{year}-{month:02d}", dt.date(year, month, 1), "month", None, mod)


def _r_year(m: re.Match[str], c: _Ctx) -> Resolved | None:
    year = int(m["year"])
    mod = _edge_mod(m["edge"])
    if m["decade"]:
        return ("DATE", str(year)[:3], dt.date(year, 1, 1), "year", None, mod)
    return ("DATE", str(year), dt.date(year, 1, 1), "year", None, mod)


def _r_short_year(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "since '82", "the '90s": a two-digit year after an apostrophe, in the century that puts
    it at most ten years after publication."""
    yy = int(m["yy"])
    base = (c.dct or dt.date.today()).year
    year = (base // 100) * 100 + yy
    if year > base + 10:
        year -= 100
    mod = _edge_mod(m["edge"])
    if m["decade"]:
        return ("DATE", str(year)[:3], dt.date(year, 1, 1), "year", None, mod)
    return ("DATE", str(year), dt.date(year, 1, 1), "year", None, mod)


def _r_weekday(m: re.Match[str], c: _Ctx) -> Resolved | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    which = (m["which"] or "").lower().strip() or None
    part = (m["part"] or "").lower()
    clock = m["clock"] or m["clock2"]
    typ = "TIME" if clock else "DATE"  # TimeBank and MEANTIME type "Friday night" a DATE
    mod = _edge_mod(m["edge"])
    name = DAY_NAMES[weekday]
    if c.dct is None:
        rel = f"{name} {'after' if c.future or which == 'next' else 'before'} publication"
        suffix = f"T{PARTS[part]}" if part else ""
        return (typ, f"XXXX-WXX-{weekday + 1}{suffix}", None, "day", rel, mod)
    if which in ("the previous", "the following") and not (part or clock):
        # "the previous Friday": the Friday before the date just mentioned (`_resolve_anaphora`)
        shift = -1 if which == "the previous" else 1
        return ("DATE", f"{_ANAPHOR}wd{weekday}:{shift}", None, "day", None, mod)
    # "Friday's attack" reports a past event even inside future talk
    possessive = re.match(r"['’]s\b", c.text[m.end() : m.end() + 3]) is not None
    d = _weekday_date(c.dct, weekday, c.future and not possessive, which)
    value = d.isoformat()
    if part:
        value += f"T{PARTS[part]}"
    elif clock:
        value += _clock_value(clock) or ""
    return (typ, value, d, "day", None, mod)


def _clock_value(clock: str) -> str | None:
    s = clock.lower()
    if s.startswith("noon"):
        return "T12:00"
    if s.startswith("midnight"):
        return "T24:00"
    m = re.match(r"(\d{1,2})(?::(\d\d))?\s*(?:o['’]clock\s+)?(?:in\s+the\s+(m|a|e)|([ap]))", s)
    if not m:
        return None
    pm = m.group(4) == "p" or m.group(3) in ("a", "e")
    hour = int(m.group(1)) % 12 + (12 if pm else 0)
    return f"T{hour:02d}:{m.group(2) or '00'}"


def _r_clock(m: re.Match[str], c: _Ctx) -> Resolved | None:
    tail = _clock_value(m["clock"]) or ""
    if c.dct is None:
        return ("TIME", f"XXXX-XX-XX{tail}", None, "day", "the day of publication", None)
    return ("TIME", c.dct.isoformat() + tail, c.dct, "day", None, None)


_REL_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "overnight": 0}


def _r_relday(m: re.Match[str], c: _Ctx) -> Resolved | None:
    word = m["rel"].lower()
    part = (m["part"] or "").lower()
    mod = _edge_mod(m["edge"])
    offset = _REL_DAY.get(word.split()[0] if word.split()[0] in _REL_DAY else word, 0)
    if word == "last night":
        offset, part = -1, "night"
    if word == "tonight":
        part = "night"
    if word.startswith("this"):
        part = word.split()[1]
    typ = "TIME" if part else "DATE"
    if c.dct is None:
        rels = {
            0: "the day of publication",
            -1: "the day before publication",
            1: "the day after publication",
        }
        suffix = f"T{PARTS[part]}" if part else ""
        return (typ, f"XXXX-XX-XX{suffix}", None, "day", rels[offset], mod)
    d = c.dct + dt.timedelta(days=offset)
    value = d.isoformat() + (f"T{PARTS[part]}" if part else "")
    return (typ, value, d, "day", None, mod)


def _period_value(dct: dt.date, unit: str, shift: int) -> tuple[str, dt.date, str] | None:
    if unit == "week":
        d = _week_start(dct) + dt.timedelta(weeks=shift)
        return _week_value(d), d, "week"
    if unit == "weekend":
        d = _week_start(dct) + dt.timedelta(weeks=shift, days=5)
        return _week_value(d) + "-WE", d, "week"
    if unit == "month":
        y, mo = _add_months(dct.year, dct.month, shift)
        return f"{y}-{mo:02d}", dt.date(y, mo, 1), "month"
    if unit == "year":
        y = dct.year + shift
        return str(y), dt.date(y, 1, 1), "year"
    if unit == "quarter":
        q = (dct.month - 1) // 3 + shift
        y = dct.year + q // 4
        q = q % 4
        return f"{y}-Q{q + 1}", dt.date(y, q * 3 + 1, 1), "year"
    if unit == "decade":
        y = (dct.year // 10 + shift) * 10
        return str(y)[:3], dt.date(y, 1, 1), "year"
    if unit == "century":
        y = (dct.year // 100 + shift) * 100
        return str(y)[:2], dt.date(max(y, 1), 1, 1), "year"
    if unit in SEASONS:
        return None
    return None


_WHICH_SHIFT = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "the past": -1,
    "the last": -1,
    "the previous": -1,
    "this": 0,
    "the current": 0,
    "current": 0,
    "the same": 0,
    "this past": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "the full": 0,
    "coming": 1,
    "the following": 1,
    "earlier this": 0,
    "later this": 0,
    "this coming": 1,
}


def _r_relperiod(m: re.Match[str], c: _Ctx) -> Resolved | None:
    which = re.sub(r"\s+", " ", m["which"].lower())
    unit = m["unit"].lower()
    mod = _edge_mod(m["edge"])
    shift = _WHICH_SHIFT[which]
    if unit in SEASONS:
        code = SEASONS[unit]
        if c.dct is None:
            return ("DATE", f"XXXX-{code}", None, "year", f"{which} {unit}", mod)
        year = c.dct.year + (shift if shift > 0 else 0)
        if shift < 0:
            year = c.dct.year - (1 if code in ("FA", "WI") or c.dct.month <= 6 else 0)
        return ("DATE", f"{year}-{code}", dt.date(year, 1, 1), "year", None, mod)
    if c.dct is None:
        word = {-1: "before", 0: "of", 1: "after"}[shift]
        value = {
            "week": "XXXX-WXX",
            "month": "XXXX-XX",
            "year": "XXXX",
            "weekend": "XXXX-WXX-WE",
            "quarter": "XXXX-QX",
            "decade": "XXX",
            "century": "XX",
        }[unit]
        precision = {"week": "week", "weekend": "week", "month": "month"}.get(unit, "year")
        return ("DATE", value, None, precision, f"the {unit} {word} publication", mod)
    out = _period_value(c.dct, unit, shift)
    if out is None:
        return None
    value, d, precision = out
    return ("DATE", value, d, precision, None, mod)


_QUARTER_WORD = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth)[-\s]quarter|(?P<the>the (?:latest )?quarter))\b",
    re.IGNORECASE,
)


_LONGER_PERIOD = re.compile(
    r"\b(?:(?:nine|six|12|twelve) months|first half|(?:full|fiscal|the) year)\b", re.IGNORECASE
)


def _quarter_in_sentence(c: _Ctx, at: int) -> tuple[int, int] | None:
    """The quarter a sentence reports on ("third-quarter profit ... a year ago"), if any."""
    assert c.dct is not None
    # the quarter is often named a sentence or a paragraph before ("Third-quarter profit rose
    # ... That compares with $1.2 million a year ago"): the nearest one counts
    before, after = _sentence_window(c.text, at, at)
    if _LONGER_PERIOD.search(before + after):  # "in the nine months, against 40% a year earlier"
        return None
    near = list(_QUARTER_WORD.finditer(c.text[max(0, at - 1000) : at]))
    m = near[-1] if near else _QUARTER_WORD.search(after)
    if m is None:
        return None
    dq = (c.dct.month - 1) // 3 + 1
    if m["ord"]:
        q = ORDINALS[m["ord"].lower()]
        return (c.dct.year if q < dq or (q == dq and c.tense != "past") else c.dct.year - 1), q
    q = dq - 1 or 4
    return (c.dct.year if dq > 1 else c.dct.year - 1), q


def _r_ago(m: re.Match[str], c: _Ctx) -> Resolved | None:
    unit = m["unit"].lower()
    n = parse_number(m["num"]) if m["num"] else None
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
    if n is None or n != int(n):
        return ("DATE", "PAST_REF" if direction < 0 else "FUTURE_REF", None, None, None, None)
    n = int(n) * direction
    if c.dct is not None and unit == "year" and n == -1:
        quarter = _quarter_in_sentence(c, m.start())
        if quarter is not None:  # "profit fell from a year ago": the same quarter, last year
            year, q = quarter
            return ("DATE", f"{year - 1}-Q{q}", dt.date(year - 1, q * 3 - 2, 1), "year", None, None)
    if c.dct is None:
        return (
            "DATE",
            "XXXX-XX-XX",
            None,
            "day",
            f"{abs(n)} {unit}(s) {'before' if n < 0 else 'after'} publication",
            None,
        )
    if unit == "day":
        d = c.dct + dt.timedelta(days=n)
        return ("DATE", d.isoformat(), d, "day", None, None)
    if unit == "week":
        d = c.dct + dt.timedelta(weeks=n)
        return ("DATE", _week_value(d), _week_start(d), "week", None, None)
    if unit in ("month", "year", "decade"):
        months = n * {"month": 1, "year": 12, "decade": 120}[unit]
        y, mo = _add_months(c.dct.year, c.dct.month, months)
        if unit in ("decade", "year"):
            # "ten years ago" and "a year ago" name a year (TimeBank's granularity)
            return ("DATE", str(y), dt.date(y, 1, 1), "year", None, None)
        return ("DATE", f"{y}-{mo:02d}", dt.date(y, mo, 1), "month", None, None)
    return None


def _duration_value(n: float | None, unit: str) -> str:
    code = UNIT_CODES[unit]
    t = "T" if unit in ("hour", "minute", "second") else ""
    if n is None:
        return f"P{t}X{code}"
    if unit == "decade":
        return f"P{int(n * 10)}Y" if n == int(n) else "PXY"
    if unit == "century":
        return f"P{int(n * 100)}Y" if n == int(n) else "PXY"
    if n != int(n):
        if unit == "year" and n * 12 == int(n * 12):
            return f"P{int(n * 12)}M"
        if unit == "hour" and n * 60 == int(n * 60):
            return f"PT{int(n * 60)}M"
        if unit == "minute" and n * 60 == int(n * 60):
            return f"PT{int(n)}M{int((n - int(n)) * 60)}S"
        return f"P{t}{n:g}{code}"
    return f"P{t}{int(n)}{code}"


def _r_duration(m: re.Match[str], c: _Ctx) -> Resolved | None:
    unit = m["unit"].lower()
    num = (m["num"] or "").lower()
    n = (
        None
        if num in ("a few", "a couple of", "several", "many", "few", "some", "")
        else (parse_number(num))
    )
    if num == "a couple of":
        n = 2
    if not num:
        n = 1
    if (m["half"] or m["half2"]) and n is not None:  # "an hour and a half", "two and a half"
        n += 0.5
    return ("DURATION", _duration_value(n, unit), None, None, None, None)


def _r_bare_plural(m: re.Match[str], c: _Ctx) -> Resolved | None:
    unit = m["unit"].lower().rstrip("s")
    if unit == "decade":
        return ("DURATION", "PXDE", None, None, None, None)
    return ("DURATION", _duration_value(None, unit), None, None, None, None)


def _r_quarter(m: re.Match[str], c: _Ctx) -> Resolved | None:
    q = ORDINALS[m["ord"].lower()]
    if m["year"] or m["year2"]:
        year = int(m["year"] or m["year2"])
    elif c.dct is None:
        return ("DATE", f"XXXX-Q{q}", None, "year", f"quarter {q}, year unknown", None)
    else:
        dq = (c.dct.month - 1) // 3 + 1
        which = (m["which"] or "").lower()
        year = c.dct.year
        if which == "next":
            year += 1
        elif which == "last" or (q > dq and (c.tense == "past" or q - dq > 2)):
            year -= 1
    return ("DATE", f"{year}-Q{q}", dt.date(year, (q - 1) * 3 + 1, 1), "year", None, None)


def _r_the_quarter(m: re.Match[str], c: _Ctx) -> Resolved | None:
    if c.dct is None:
        return ("DATE", "XXXX-QX", None, "year", "the latest quarter before publication", None)
    out = _period_value(c.dct, "quarter", -1)
    assert out is not None
    return ("DATE", out[0], out[1], "year", None, None)


_REF_WORDS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF",
    "the past": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "very soon": "FUTURE_REF",
    "future": "FUTURE_REF",
    "the near term": "FUTURE_REF",
    "recent": "PAST_REF",
    "once": "PAST_REF",
    "the time": "PAST_REF",
    "the moment": "PRESENT_REF",
    "this point": "PRESENT_REF",
    "the time being": "PRESENT_REF",
}


def _r_ref(m: re.Match[str], c: _Ctx) -> Resolved | None:
    word = re.sub(r"\s+", " ", m["ref"].lower())
    value = _REF_WORDS.get(word)
    if value is None:
        unit = word.split()[-1].rstrip("s")
        if word.startswith("recent") and unit in ("day", "week", "month", "year"):
            # "in recent years": TimeBank marks an unspecified stretch of years (PXY) more
            # often than a past reference
            return ("DURATION", _duration_value(None, unit), None, None, None, None)
        if word.startswith("recent"):
            value = "PAST_REF"
        elif word.startswith(("coming", "the coming", "future")):
            value = "FUTURE_REF"
        else:
            return None
    if c.dct is not None and value == "PRESENT_REF":
        return ("DATE", value, c.dct, "day", None, None)
    return ("DATE", value, None, None, None, None)


_SET_WORDS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "quarterly": "P1Q",
    "annual": "P1Y",
}


def _r_set(m: re.Match[str], c: _Ctx) -> Resolved | None:
    if m["setword"]:
        word = m["setword"].lower()
        typ = "DURATION" if word == "annual" else "SET"  # "annual report": a year long
        return (typ, _SET_WORDS[word], None, None, None, None)
    unit = m["setunit"].lower()
    return (
        "SET",
        "P1" + ("T" if unit in ("hour", "minute") else "") + UNIT_CODES[unit],
        None,
        None,
        None,
        None,
    )


def _r_utc_clock(m: re.Match[str], c: _Ctx) -> Resolved | None:
    hour, minute = int(m["h"]), int(m["mi"])
    if hour > 23 or minute > 59:
        return None
    zone = "Z" if m["zone"].upper() in ("UTC", "GMT") else ""
    tail = f"T{hour:02d}:{minute:02d}{zone}"
    if c.dct is None:
        return ("TIME", f"XXXX-XX-XX{tail}", None, "day", "the day of publication", None)
    return ("TIME", c.dct.isoformat() + tail, c.dct, "day", None, None)


def _r_weekend(m: re.Match[str], c: _Ctx) -> Resolved | None:
    if c.dct is None:
        return ("DATE", "XXXX-WXX-WE", None, "week", "the weekend nearest publication", None)
    start = _week_start(c.dct)
    if c.dct.weekday() < 4 and c.tense != "future":
        start -= dt.timedelta(weeks=1)
    d = start + dt.timedelta(days=5)
    return ("DATE", _week_value(d) + "-WE", d, "week", None, None)


def _r_season(m: re.Match[str], c: _Ctx) -> Resolved | None:
    code = SEASONS[m["season"].lower()]
    if c.dct is None:
        return ("DATE", f"XXXX-{code}", None, "year", f"{m['season'].lower()}, year unknown", None)
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    year = _month_year(c.dct, start_month, c.tense)
    return ("DATE", f"{year}-{code}", dt.date(year, start_month, 1), "year", None, None)


def _r_season_year(m: re.Match[str], c: _Ctx) -> Resolved | None:
    code = SEASONS[m["season"].lower()]
    year = int(m["year"])
    return ("DATE", f"{year}-{code}", dt.date(year, 1, 1), "year", None, None)


def _r_year_ago(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "year-ago", "the year-earlier quarter": the year before publication (or its quarter)."""
    if c.dct is None:
        return ("DATE", "XXXX", None, "year", "the year before publication", None)
    if m["period"]:
        out = _period_value(c.dct, "quarter", -5)
        assert out is not None
        return ("DATE", out[0], out[1], "year", None, None)
    quarter = _quarter_in_sentence(c, m.start())
    if quarter is not None:  # "third-quarter loss ... year-earlier profit": that quarter
        year, q = quarter
        return ("DATE", f"{year - 1}-Q{q}", dt.date(year - 1, q * 3 - 2, 1), "year", None, None)
    year = c.dct.year - 1
    return ("DATE", str(year), dt.date(year, 1, 1), "year", None, None)


def _r_year_ended(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "in the year ended March 31": a twelve-month reporting period, annotated as a duration."""
    return ("DURATION", "P1Y", None, None, None, None)


_WORD_UNITS = {
    w: i
    for i, w in enumerate(
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split(),
        1,
    )
}
_WORD_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
}
_WORD_UNIT_RE = "|".join(sorted(_WORD_UNITS, key=len, reverse=True))
_WORD_TENS_RE = "|".join(_WORD_TENS)
_WORD_YEAR = (
    rf"(?:(?:nineteen|eighteen|twenty)[-\s]+(?:(?:{_WORD_TENS_RE})(?:[-\s]+(?:{_WORD_UNIT_RE}))?"
    rf"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
    rf"|two[-\s]+thousand(?:(?:\s+and)?[-\s]+(?:{_WORD_UNIT_RE}))?)"
)


def _word_year(words: str) -> int | None:
    parts = re.split(r"[-\s]+", words.lower())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + (_WORD_UNITS.get(rest[0], 0) if rest else 0)
    century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}.get(parts[0])
    if century is None:
        return None
    tail = 0
    for p in parts[1:]:
        tail += _WORD_TENS.get(p, 0) or _WORD_UNITS.get(p, 0)
    return century + tail


def _r_word_year(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "nineteen ninety-six", "January nineteen ninety-seven", "the year two thousand"."""
    year = _word_year(m["words"])
    if year is None:
        return None
    if m["words"].lower().startswith("two") and not (m["month"] or m["season"] or m["theyear"]):
        return None  # "two thousand troops" is a count
    if m["month"]:
        mo = MONTHS[m["month"].lower().rstrip(".")]
        return ("DATE", f"{year}-{mo:02d}", dt.date(year, mo, 1), "month", None, None)
    if m["season"]:
        code = SEASONS[m["season"].lower()]
        return ("DATE", f"{year}-{code}", dt.date(year, 1, 1), "year", None, None)
    return ("DATE", str(year), dt.date(year, 1, 1), "year", None, None)


_CENTURY_WORDS = {
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}


def _r_century(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "the 20th century", "the twenty-first century": TIMEX3 writes the first two digits."""
    word = m["ord"].lower()
    n = _CENTURY_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 10 <= n <= 22:
        return None
    mod = _edge_mod(m["edge"])
    return ("DATE", f"{n - 1:02d}", dt.date((n - 1) * 100, 1, 1), "year", None, mod)


def _r_year_end(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "by year-end": the end of the year of publication; "since year-end" the last one."""
    if c.dct is None:
        return ("DATE", "XXXX", None, "year", "the end of the year of publication", "END")
    if c.text[: m.start()].rstrip().lower().endswith("since"):
        d = dt.date(c.dct.year - 1, 12, 31)
        return ("DATE", d.isoformat(), d, "day", None, None)
    return ("DATE", str(c.dct.year), dt.date(c.dct.year, 1, 1), "year", None, "END")


def _r_end_of_the(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "the end of the year", "the start of the month": the period of publication, with a mod."""
    unit = m["unit"].lower()
    mod = _edge_mod(m["edge"])
    if c.dct is None:
        value = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
        precision = {"week": "week", "month": "month"}.get(unit, "year")
        return ("DATE", value, None, precision, f"the {unit} of publication", mod)
    out = _period_value(c.dct, unit, 0)
    assert out is not None
    return ("DATE", out[0], out[1], out[2], None, mod)


def _r_half(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "the first half of 2013", "the second half of the year": YYYY-H1 / YYYY-H2."""
    half = 1 if m["half"].lower() == "first" else 2
    if m["year"]:
        year = int(m["year"])
    elif c.dct is None:
        return ("DATE", f"XXXX-H{half}", None, "year", f"half {half}, year unknown", None)
    else:
        year = c.dct.year
        if m["which"] and m["which"].lower() == "last":
            year -= 1
        elif m["which"] and m["which"].lower() == "next":
            year += 1
    return ("DATE", f"{year}-H{half}", dt.date(year, 1 if half == 1 else 7, 1), "year", None, None)


_HOLIDAYS = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
}


def _r_holiday(m: re.Match[str], c: _Ctx) -> Resolved | None:
    name = m["holiday"].lower().replace("’", "'")
    month, day = _HOLIDAYS[name]
    if m["year"]:
        year = int(m["year"])
    elif c.dct is None:
        return (
            "DATE",
            f"XXXX-{month:02d}-{day:02d}",
            None,
            "day",
            f"{m['holiday']}, year unknown",
            None,
        )
    else:
        year = _day_year(c.dct, month, day, c.tense)
    return ("DATE", f"{year}-{month:02d}-{day:02d}", dt.date(year, month, day), "day", None, None)


def _r_edge_rel(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "earlier this year", "later this month": the period, with no shift."""
    unit = m["unit"].lower()
    if c.dct is None:
        return (
            "DATE",
            {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit],
            None,
            {"week": "week", "month": "month"}.get(unit, "year"),
            f"the {unit} of publication",
            None,
        )
    out = _period_value(c.dct, unit, 0)
    assert out is not None
    return ("DATE", out[0], out[1], out[2], None, None)


_ANAPHOR = "ANAPHOR:"


def _r_day_anaphor(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "that day", "the next day": resolved after all mentions are known (`_resolve_anaphora`)."""
    word = m.group(0).lower()
    shift = (
        1
        if re.search(r"next|following|after", word)
        else -1
        if re.search(r"before|previous|prior", word)
        else 0
    )
    return ("DATE", f"{_ANAPHOR}{shift}", None, "day", None, None)


def _r_period_anaphor(m: re.Match[str], c: _Ctx) -> Resolved | None:
    """ "the following year", "that month": resolved against the last date mentioned before them
    (`_resolve_anaphora`), else against publication."""
    which = m["which"].lower()
    shift = 1 if "following" in which else -1 if re.search(r"previous|prior", which) else 0
    unit = m["unit"].lower()
    precision = {"week": "week", "month": "month"}.get(unit, "year")
    return ("DATE", f"{_ANAPHOR}{unit}:{shift}", None, precision, None, None)


_NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent|people|persons|troops|soldiers|residents|workers|men|women|children|"
    r"members|fighters|units|cases|dollars|euros|yuan|kilometers|km|miles|meters|tons|feet|"
    r"metres|votes|jobs|homes|houses|to \d|-\d|\s*\d)",
    re.IGNORECASE,
)

RULES: list[tuple[re.Pattern[str], object]] = [
    (
        re.compile(
            r"\b(?P<which>[Tt]he (?:following|previous|prior|same)|[Tt]hat)\s+"
            r"(?P<unit>year|month|week)\b(?![-\s]+(?:ago|earlier|before|after|later|end))"
        ),
        _r_period_anaphor,
    ),
    (
        # "For the year, volume was flat": the year being reported on
        re.compile(
            r"(?:(?<=\b[Ff]or )|(?<=\b[Ii]n )|(?<=\b[Dd]uring )|(?<=\b[Oo]ver ))"
            r"(?P<which>the) (?P<unit>year)(?=\s*[,;.]|\s+as a whole\b)"
        ),
        _r_period_anaphor,
    ),
    (
        re.compile(
            rf"(?:(?:{_WEEKDAY}),?\s+)?(?P<month>{_MONTH})\s+(?P<day>{_DAYNUM})\b"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
        _r_full_date,
    ),
    (
        re.compile(
            rf"(?:(?:{_WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<day>{_DAYNUM})(?:\s+of)?|"
            rf"(?<=\b[Tt]he\s)(?P<dayword>{_DAY_WORD})\s+of)\s+(?P<month>{_MONTH})"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
        _r_full_date,
    ),
    (
        re.compile(
            r"\b(?:(?P<iso>(?:19|20)\d\d[-/][01]?\d[-/][0-3]?\d)"
            r"|(?P<us>[0-3]?\d/[0-3]?\d/\d{2,4})|(?P<eu>[0-3]?\d\.[01]?\d\.(?:19|20)\d\d))\b"
        ),
        _r_numeric_date,
    ),
    (
        re.compile(
            rf"(?:(?P<edge>{_EDGE})[-\s]+)?(?P<month>{_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b"
        ),
        _r_month_year,
    ),
    (
        re.compile(
            rf"(?:(?P<edge>\b(?:[Ee]arly|[Ll]ate|[Mm]id|the end of|the beginning of|the middle of|"
            rf"the start of))[-\s]+)?(?:(?P<which>\b(?:[Ll]ast|[Nn]ext|[Tt]his))\s+)?"
            rf"\b(?P<month>{_MONTH})(?!\w)(?!['’](?!s\b))"
        ),
        _r_month,
    ),
    (
        re.compile(
            rf"(?:(?P<edge>\b(?:[Ee]arly|[Ll]ate|[Mm]id|the end of|the beginning of|the middle of|"
            rf"the start of))[-\s]+)?(?:the\s+(?=\d{4}'?s))?(?:fiscal\s+)?\b(?P<year>{_YEAR})"
            r"(?P<decade>'?s)?\b(?![-.,]\d)"
        ),
        _r_year,
    ),
    (
        re.compile(
            r"(?:(?P<edge>\b(?:[Ee]arly|[Ll]ate|[Mm]id))[-\s]+)?(?:(?<=\bthe )|(?<=\bin )|"
            r"(?<=\bsince )|(?<=\bof )|(?<=\buntil )|(?<=\bthe early )|(?<=\bthe late )|"
            r"(?<=\bthe mid-)|(?<=\bearly )|(?<=\blate ))['’](?P<yy>\d\d)(?P<decade>s)?\b(?!['’\w])"
        ),
        _r_short_year,
    ),
    (
        re.compile(
            rf"(?:(?P<clock>{_CLOCK})\s+(?:on\s+)?)?"
            rf"(?:(?P<which>\b(?:[Ll]ast|[Nn]ext|[Tt]his|the previous|the following))\s+)?"
            rf"(?:(?P<edge>\b[Ee]arly|\b[Ll]ate)\s+)?"
            rf"\b(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?(?:,?\s+(?:at\s+)?(?P<clock2>{_CLOCK}))?"
        ),
        _r_weekday,
    ),
    (re.compile(rf"\b(?P<clock>{_CLOCK})(?!\s+(?:on\s+)?{_WEEKDAY})", re.IGNORECASE), _r_clock),
    (
        re.compile(
            r"(?:(?P<edge>\b(?:early|late|earlier|later))\s+)?\b(?P<rel>today|yesterday|tomorrow|tonight|"
            r"last night|overnight|this (?:morning|afternoon|evening))\b"
            rf"(?:,?\s+(?:{_WEEKDAY})\b)?"  # "today Tuesday": the weekday names that same day
            rf"(?:\s+(?P<part>{_PART}))?",
            re.IGNORECASE,
        ),
        _r_relday,
    ),
    (
        re.compile(
            r"(?:(?P<edge>\b(?:early|late|mid|the end of|the beginning of|the start of|"
            r"the middle of))[-\s]+)?\b(?P<which>this past|this coming|the past|"
            r"the last|the previous|the current|the same|the coming|the next|the following|"
            r"the full|last|"
            r"past|previous|this|next|coming|current)\s+(?:fiscal\s+)?"
            r"(?P<unit>week|weekend|month|year|quarter|decade|century|spring|summer|fall|autumn|"
            r"winter)\b",
            re.IGNORECASE,
        ),
        _r_relperiod,
    ),
    (
        re.compile(
            r"\b(?:earlier|later) (?:this|in the) (?P<unit>week|month|year)\b", re.IGNORECASE
        ),
        _r_edge_rel,
    ),
    (
        re.compile(
            rf"(?:(?:{_QUANT_MOD})\s+)?\b(?P<num>{_NUM})[-\s]+(?P<unit>{_UNIT})s?\s+"
            r"(?:or so\s+)?(?P<dir>ago|earlier|from now)\b",
            re.IGNORECASE,
        ),
        _r_ago,
    ),
    (
        re.compile(
            rf"(?:\b(?:{_QUANT_MOD})\s+(?!the\b))?(?:\bthe\s+(?:(?:past|last|next|first|previous|"
            rf"coming|following|final|latest)\s+)?(?=\w+[-\s]+{_UNIT}s\b))?"
            rf"\b(?P<num>{_NUM})(?P<half2>[-\s]+and[-\s]+a[-\s]+half)?"
            rf"(?:[-\s]+(?P<adj>{_DURATION_ADJ}))?[-\s]+(?P<unit>{_UNIT})s?"
            r"(?:-long|-old)?\b(?!-)(?P<half>\s+and\s+a\s+half\b)?",
            re.IGNORECASE,
        ),
        _r_duration,
    ),
    (
        re.compile(
            r"\b(?:the\s+)?(?:past|last|next|several|many)\s+(?:few\s+)?"
            r"(?P<unit>years|months|weeks|days|decades|hours)\b",
            re.IGNORECASE,
        ),
        _r_bare_plural,
    ),
    (
        re.compile(
            rf"(?:(?P<which>\b(?:last|next|this))\s+year'?s\s+)?(?:\bthe\s+(?=\S+\s+quarter|\d))?"
            rf"(?:(?P<year>{_YEAR})\s+)?"
            r"\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|"
            rf"last(?=[-\s]quarter\s+of\s+{_YEAR}))[-\s]quarter\b"
            rf"(?:\s+of\s+(?P<year2>{_YEAR})\b)?",
            re.IGNORECASE,
        ),
        _r_quarter,
    ),
    (
        re.compile(
            r"(?:\b[Tt]he\s+(?=\S+\s+(?:quarter|period)))?\b[Yy]ear-(?:ago|earlier)"
            r"(?:\s+(?P<period>quarter|period))?\b"
        ),
        _r_year_ago,
    ),
    (
        re.compile(
            r"\bthe (?:(?:latest |most recent |recent )?quarter|latest period)\b", re.IGNORECASE
        ),
        _r_the_quarter,
    ),
    (
        re.compile(
            r"\b(?P<ref>right now|now|currently|current|these days|nowadays|at present|recently|"
            r"(?:very )?soon|"
            r"the past|the near future|the future|the near term|future (?:years|quarters)|"
            r"recent (?:years|months|weeks|days|quarters)|"
            r"coming (?:years|months|weeks|days|quarters)|"
            r"(?<=\bat )the time|(?<=\bat )the moment|(?<=\bat )this point|"
            r"(?<=\bfor )the time being)\b(?!-)",
            re.IGNORECASE,
        ),
        _r_ref,
    ),
    # a sentence opened by "Previously," speaks of an earlier time; mid-sentence ("previously
    # announced") it is part of the verb phrase
    (re.compile(r"\b(?P<ref>Previously)\b(?=,?\s)"), _r_ref),
    (
        re.compile(
            r"\b(?:(?P<setword>daily|weekly|monthly|yearly|hourly|annual)|(?:every|each|per)"
            r"\s+(?P<setunit>day|week|month|year|quarter|hour))\b",
            re.IGNORECASE,
        ),
        _r_set,
    ),
    (
        re.compile(
            r"\b(?P<h>[01]?\d|2[0-3]):?(?P<mi>[0-5]\d)\s*(?P<zone>UTC|GMT|Z)\b",
        ),
        _r_utc_clock,
    ),
    (re.compile(r"\b[Tt]he weekend\b"), _r_weekend),
    (
        re.compile(
            rf"\b[Tt]he week of\s+(?P<month>{_MONTH})\s+(?P<day>{_DAYNUM})\b"
            rf"(?:,?\s+(?P<year>{_YEAR})\b)?"
        ),
        _r_week_of,
    ),
    (re.compile(r"\b[Tt]he (?:fiscal )?year(?= end(?:ed|ing)\b)"), _r_year_ended),
    (
        re.compile(
            rf"(?:\b(?P<month>{_MONTH})\s+|\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)"
            rf"\s+of\s+|(?P<theyear>\bthe\s+year\s+))?\b(?P<words>{_WORD_YEAR})\b(?![-\s]+(?:{_UNIT}|percent|people))",
            re.IGNORECASE,
        ),
        _r_word_year,
    ),
    (
        re.compile(
            r"\b(?:(?:that|the) same day|that day|the (?:next|following|previous|prior) day|"
            r"the (?:next|following) (?:morning|afternoon|evening)|"
            r"the day (?:before|after)(?=\s*[,.;:]|$)|the day\b(?!\s+(?:before|after|when|of)\b)|"
            r"(?<=\b[Bb]y )that time\b|(?<=\b[Uu]ntil )that time\b)"
        ),
        _r_day_anaphor,
    ),
    (
        re.compile(
            r"(?:(?P<edge>\b(?:early|late|mid|the end of|the beginning of|the start of|"
            r"the middle of))[-\s]+)?\b(?:the\s+)?(?P<ord>1\d(?:th)|2[01](?:st|th)|nineteenth|"
            r"twentieth|twenty[-\s]first)[-\s]century\b(?!-)",
            re.IGNORECASE,
        ),
        _r_century,
    ),
    (
        re.compile(
            r"(?:(?<=\bby )|(?<=\bat )|(?<=\bsince )|(?<=\buntil )|(?<=\bbefore )|"
            r"(?<=\bafter )|(?<=\bthrough ))year[-\s]end\b"
        ),
        _r_year_end,
    ),
    (
        re.compile(
            r"\b(?P<edge>the end of|the beginning of|the start of|the middle of)\s+the\s+"
            r"(?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
        _r_end_of_the,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<half>first|second)\s+half(?:\s+of\s+(?:(?P<year>{_YEAR})|"
            r"(?:the|this|(?P<which>last|next))\s+year))?\b",
            re.IGNORECASE,
        ),
        _r_half,
    ),
    (
        re.compile(
            r"\b(?P<holiday>Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|"
            rf"New Year['’]s Day|Halloween|Valentine['’]s Day)(?:,?\s+(?P<year>{_YEAR}))?\b"
        ),
        _r_holiday,
    ),
    (
        re.compile(
            r"(?:(?<=\bfor )|(?<=\bin )|(?<=\bwithin )|(?<=\bover ))"
            r"(?P<unit>years|months|weeks|days|decades|hours)\b(?!\s+(?:ago|of|old))"
        ),
        _r_bare_plural,
    ),
    (
        # "over the years", "in the weeks ahead": an unspecified stretch (not "in the weeks
        # before the vote", which TimeBank anchors to the event)
        re.compile(
            r"(?:(?<=\b[Oo]ver )|(?<=\b[Ii]n )|(?<=\b[Dd]uring ))the (?P<unit>years|months|weeks|"
            r"decades)(?:\s+ahead)?\b(?!\s+(?:before|after|since|of|leading|to|prior)\b)"
        ),
        _r_bare_plural,
    ),
    (
        re.compile(
            r"(?<![Tt]his )(?<![Ll]ast )(?<![Nn]ext )\b(?P<season>[Ss]pring|[Ss]ummer|"
            r"[Aa]utumn|[Ww]inter)\b(?!\s+(?:of\s+)?\d)"
        ),
        _r_season,
    ),
    (
        re.compile(
            rf"\b(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)\s+(?:of\s+)?"
            rf"(?P<year>{_YEAR})\b",
            re.IGNORECASE,
        ),
        _r_season_year,
    ),
]


def _accept(rule: object, m: re.Match[str], text: str) -> bool:
    """Context checks that regexes cannot say cheaply."""
    if rule is _r_year:
        if m["edge"] or m["decade"]:
            return True
        before = text[max(0, m.start() - 20) : m.start()]
        after = text[m.end() : m.end() + 16]
        span = re.match(r"\s+(?:to|through)\s+(\d{4})\b", after)
        # "from 2007 to 2012" names two years; "1,500 to 2,000" is a range of counts
        year_span = span is not None and 0 < int(span.group(1)) - int(m["year"]) <= 100
        if _NOT_YEAR_AFTER.match(after) and not year_span:
            return False
        return not re.search(
            r"[$€£#]\s*$|\d[,.]?\s*$|\b(?:No|no|number|Room|Flight)\.?\s*$", before
        )
    if rule is _r_duration:
        num = (m["num"] or "").lower()
        if num in ("some", "many", "few"):
            return False
        after = text[m.end() : m.end() + 10]
        # "two-year-old" and "52 years old" are ages; "three-quarters" a fraction
        if m.group(0).endswith("-old") or re.match(r"[-\s]old\b", after):
            return False
        if re.search(r"\w-quarters$", m.group(0)):
            return False
        # "a quarter of the market": a fraction
        if (
            m.group(0).lower().endswith("quarter")
            and num in ("a", "an", "one")
            and re.match(r"\s+of\b", after)
        ):
            return False
        # "a second round", "a second consecutive day": an ordinal, not one second
        if (
            m["unit"].lower() == "second"
            and num in ("a", "an", "one")
            and re.match(r"\s+(?!ago\b|later\b|earlier\b|or\b|and\b)\w", after)
        ):
            return False
    if rule is _r_month:
        word = m["month"]
        after = text[m.end() : m.end() + 6]
        # "Jan Kavan", "Mar" in names: short forms without a period need a day or year next
        if (
            word[-1] != "."
            and word.lower() in MONTHS
            and len(word) <= 4
            and word != "May"
            and word.lower() not in ("june", "july")
            and not re.match(r"\s+\d", after)
        ):
            return False
    if rule is _r_ref:
        word = m["ref"].lower()
        after = text[m.end() : m.end() + 15]
        if word == "current" and not re.match(r"\s+[a-z]", after):
            return False
        if word == "the time" and re.match(r"\s+of\b", after):
            return False
        if word == "now" and re.match(r"\s*-", after):
            return False
        # "as soon as", "soon after": a conjunction; "was soon released": past narrative
        if word.endswith("soon") and (
            re.search(r"\b(?:as|so|how|too)\s+$", text[max(0, m.start() - 5) : m.start()], re.I)
            or re.match(r"\s+(?:after|afterwards?|thereafter|became|\w+ed)\b", after)
            or _tense(text, m.start(), m.end()) == "past"
        ):
            return False
        # "in the future" is a time; "the future of the alliance", "a rational approach to the
        # future" are not
        if word in ("the past", "the future", "the near future") and not re.search(
            r"\b(?:in|into|for)\s+$", text[max(0, m.start() - 8) : m.start()], re.IGNORECASE
        ):
            return False
    return True


def find_times(text: str, published: dt.date | None) -> list[TimeMention]:
    """Every time expression in `text`, resolved against `published` (or left relative)."""
    candidates: list[tuple[int, int, int, object, re.Match[str]]] = []
    for priority, (pattern, rule) in enumerate(RULES):
        for m in pattern.finditer(text):
            if m.end() > m.start() and _accept(rule, m, text):
                candidates.append((m.start(), m.end(), priority, rule, m))
    # longest match first, then rule order; drop anything overlapping a kept match
    candidates.sort(key=lambda x: (-(x[1] - x[0]), x[2], x[0]))
    taken: list[tuple[int, int]] = []
    out: list[TimeMention] = []
    clocks: list[TimeMention] = []
    for start, end, _, rule, m in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        resolved = rule(m, _Ctx(text, published, _tense(text, start, end)))  # type: ignore[operator]
        if resolved is None:
            continue
        typ, value, date, precision, relative, mod = resolved
        span_text = text[start:end]
        stripped = span_text.rstrip(" ,")
        end = start + len(stripped)
        taken.append((start, end))
        mention = TimeMention(
            start,
            end,
            text[start:end],
            typ,
            value,
            date,  # type: ignore[arg-type]
            precision,
            relative,
            mod,
        )
        out.append(mention)
        if rule in (_r_clock, _r_utc_clock):
            clocks.append(mention)
    out.sort(key=lambda t: t.start)
    if clocks:
        out = _anchor_clocks(text, out, clocks)
    return _resolve_anaphora(out, published)


_CLOCK_GAP = re.compile(r"[\s,;()]*(?:on\s+)?")


def _anchor_clocks(
    text: str, out: list[TimeMention], clocks: list[TimeMention]
) -> list[TimeMention]:
    """A bare clock time ("at 3 p.m.") is on the day a date right after it names ("3 p.m. EST,
    March 6"), else on the last day-precise date earlier in its sentence ("flew Tuesday ... at
    18:00 UTC"), else on the publication day. A clock restated in parentheses right after
    another ("10:35 a.m. (0735 GMT)") is the same time in another zone and is dropped."""
    clock_ids = {id(t) for t in clocks}
    result: list[TimeMention] = []
    for i, t in enumerate(out):
        if id(t) not in clock_ids:
            result.append(t)
            continue
        if result and id(result[-1]) in clock_ids:
            gap = text[result[-1].end : t.start]
            if re.fullmatch(r"\s*\(", gap) and text[t.end : t.end + 1] == ")":
                continue
        anchor: dt.date | None = None
        for nxt in out[i + 1 :]:
            gap = text[t.end : nxt.start]
            if id(nxt) in clock_ids:
                continue
            if (
                nxt.start - t.end <= 30
                and nxt.date is not None
                and nxt.precision == "day"
                and _CLOCK_GAP.fullmatch(re.sub(r"\([^()]*\)", " ", gap))
            ):
                anchor = nxt.date
            break
        if anchor is None:
            sentence_start = max(text.rfind(". ", 0, t.start), text.rfind("\n", 0, t.start))
            for prev in reversed(result):
                if prev.start <= sentence_start:
                    break
                if (
                    id(prev) not in clock_ids
                    and prev.date is not None
                    and prev.precision == "day"
                    and prev.type in ("DATE", "TIME")
                    and not prev.value.startswith(("PRESENT_REF", _ANAPHOR))
                ):
                    anchor = prev.date
                    break
        if anchor is not None and t.date is not None and anchor != t.date:
            tail = t.value[t.value.index("T") :]
            t = replace(t, value=anchor.isoformat() + tail, date=anchor)
            clock_ids.add(id(t))
        result.append(t)
    return result


def _resolve_anaphora(out: list[TimeMention], published: dt.date | None) -> list[TimeMention]:
    """Day anaphora take the last day-precise date mentioned before them (else publication);
    "the following year", "that month" the last date of a month or finer for months and weeks,
    of any precision for years."""
    resolved: list[TimeMention] = []
    last_day: dt.date | None = published
    last: dict[str, dt.date | None] = {"week": published, "month": published, "year": published}
    for t in out:
        if t.value.startswith(_ANAPHOR + "wd"):
            weekday_text, shift_text = t.value[len(_ANAPHOR) + 2 :].split(":")
            weekday, forward = int(weekday_text), shift_text == "1"
            if last_day is None:
                name = DAY_NAMES[weekday]
                word = "after" if forward else "before"
                t = replace(t, value="XXXX-XX-XX", relative=f"the {name} {word} an earlier date")
            else:
                delta = weekday - last_day.weekday()
                days = (delta % 7 or 7) if forward else -((-delta) % 7 or 7)
                day = last_day + dt.timedelta(days=days)
                t = replace(t, value=day.isoformat(), date=day)
        elif t.value.startswith(_ANAPHOR) and t.value.count(":") == 2:
            unit, shift_text = t.value[len(_ANAPHOR) :].split(":")
            ref = last[unit]
            if ref is None:
                word = {-1: "before", 0: "of", 1: "after"}[int(shift_text)]
                value = {"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[unit]
                t = replace(t, value=value, relative=f"the {unit} {word} an earlier date")
            else:
                out_value = _period_value(ref, unit, int(shift_text))
                assert out_value is not None
                t = replace(t, value=out_value[0], date=out_value[1])
        elif t.value.startswith(_ANAPHOR):
            shift = int(t.value[len(_ANAPHOR) :])
            if last_day is None:
                rel = {
                    0: "the day of an earlier date",
                    1: "the day after an earlier date",
                    -1: "the day before an earlier date",
                }[shift]
                t = replace(t, value="XXXX-XX-XX", relative=rel)
            else:
                day = last_day + dt.timedelta(days=shift)
                t = replace(t, value=day.isoformat(), date=day)
        elif t.date is not None and t.type in ("DATE", "TIME"):
            if t.precision == "day":
                last_day = t.date
            if t.precision in ("day", "week"):
                last["week"] = t.date
            if t.precision in ("day", "week", "month"):
                last["month"] = t.date
            last["year"] = t.date
        resolved.append(t)
    return resolved


def time_to_dict(mention: TimeMention) -> dict:
    """A mention as JSON-ready data (dates as ISO strings)."""
    data = asdict(mention)
    data["date"] = mention.date.isoformat() if mention.date else None
    return data


def times_record(doc_id: str, text: str, published: dt.date | None) -> dict:
    """The `newsdesk times` output line for one document (shared/spec/stage-cli.md)."""
    return {
        "id": doc_id,
        "published": published.isoformat() if published else None,
        "times": [time_to_dict(t) for t in find_times(text, published)],
    }
