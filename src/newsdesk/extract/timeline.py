"""The dated timeline of a story: its events, one entry each, merged across articles.

`build_timeline(articles)` looks in every sentence for an event word of a general news
vocabulary (attack, strike, killed, injured, crash, seized, arrested, released, protest,
charged, resigned, signed, summoned, visited, met, said/announced, breach, flood,
evacuated, a letter dated...) and the time expression nearest to it (from `find_times`,
resolved against the article's publication date or a one-day `published_estimate`; with a
wider estimate, only what means one date across it: "three years ago" in an article of some
day of 2019). An undated report's estimate is first narrowed by its story
(`published.story_estimate`: the weekdays of a story's dated reports, within one week, fix the
week of an undated report naming one of them, so its "on Monday" can be read as a date), and
its month and day without a year ("the letter, dated October 21") take the year that puts
them nearest the publication days of the story's dated reports (the year closest before or
within them; a date after them only when that is nearer). A
clock time with no day of its own is on the day the article last named ("Friday afternoon"
and "this morning" have one); quoted words put no death, injury or statement after their
report ("I pray that tomorrow I will not," she said: a hope, not an event).
Each (kind of event, date) becomes one `TimelineEntry`; the same kind of event on the same date
in several articles is merged, with one `Ref` per sentence it came from (an entry dated only
relative to an article whose publication day is unknown stays that article's own). Entries
are ordered by date (relative-only entries last).
`said_on(text, start, end, published)` gives the date a statement was made, for `statements`.

It does not decide whether two different strikes on one day are one event (same kind, same
date: one entry), nor summarize: the entry text is the shortest sentence stating it, trimmed.
Hand-written because no installed library links events to dates: spaCy's parser would give
the verb a date attaches to, but the nearest event word in the sentence is as good on news
prose and needs no model load.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from newsdesk.extract.published import story_days, story_estimate
from newsdesk.extract.sentences import sentence_of, sentence_spans
from newsdesk.extract.times import TimeMention, find_times
from newsdesk.model import Article, Ref, TimelineEntry

EVENT_KINDS: list[tuple[str, str]] = [
    (
        "attack",
        r"air ?strikes?|strikes?|struck|attack(?:s|ed)?|bomb(?:ing|ed|s)?|raids?|"
        r"shell(?:ing|ed)|launched|fired|offensive|retaliat\w+|targeted",
    ),
    ("death", r"killed|killing|died|death|dead|deaths|(?:the\s+)?bod(?:y|ies)\s+of"),
    ("injury", r"injured|wounded|hurt"),
    (
        "disaster",
        r"gave way|breach(?:ed)?|collapsed?|flood(?:ed|ing)?|earthquake|fire broke|"
        r"crash(?:ed)?|explo(?:ded|sion)|blast|derailed|sank|capsized",
    ),
    (
        "seizure",
        r"seiz(?:e|ed|ure)|detain(?:ed)?|detention|arrest(?:ed|s)?|captur(?:e|ed)|boarded|"
        r"kidnapp(?:ed|ing)|abduct(?:ed|ion)|taken hostage",
    ),
    # "issued an orange warning on Thursday", "the alert was sent at 4 a.m."
    ("warning", r"(?:red|orange|yellow|amber|storm|flood|weather|tsunami)\s+(?:warning|alert)s?"),
    ("release", r"released|freed|let go"),
    ("protest", r"protest(?:s|ed)?|demonstrat(?:ion|ions|ed)|rall(?:y|ied)|marched"),
    ("legal", r"charged|convicted|sentenced|indicted|sued|ruled|verdict|acquitted"),
    ("office", r"resign(?:ed|ation)|dismissed|sacked|appointed|elected|sworn in"),
    ("agreement", r"signed|agreement|ceasefire|truce"),
    ("evacuation", r"evacuat\w+|fled|displaced"),
    ("summons", r"summon(?:ed|s)"),
    (
        "diplomacy",
        r"expel(?:led|s)?|expulsions?|recall(?:ed|s)?|ordered|sanction(?:ed|s)|"
        r"severed|suspended|banned|imposed",
    ),
    ("visit", r"visit(?:ed|s)?|travel(?:l?ed)|trip|arrived"),
    ("meeting", r"met with|meeting|talks|summit|press (?:briefing|conference|call)"),
    ("retraction", r"withdrew|withdrawn|withdraws"),
    (
        "statement",
        r"said|says|announced|told|stated|clarified|denounced|condemned|warned|"
        r"statement|declared|accused|criticized|criticised|acknowledged|admitted|conceded|"
        r"denied|rejected|walked back|retracted|corrected|confirmed",
    ),
    ("inspection", r"inspect(?:ed|ion)"),
    # "a letter dated 9 October", "logged by the registry on 10 October"
    ("document", r"dated|logged|delivered"),
]
_KIND_RE = [(kind, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for kind, p in EVENT_KINDS]
_MAX_TEXT = 200


@dataclass
class _Entry:
    date: dt.date | None
    precision: str
    relative: str | None
    kind: str
    text: str
    sources: list[Ref] = field(default_factory=list)


def article_date(article: Article) -> dt.date | None:
    """The publication date to resolve against: given, or a one-day estimate."""
    if article.published:
        return article.published
    estimate = article.published_estimate
    if estimate and estimate.earliest and estimate.earliest == estimate.latest:
        return estimate.earliest
    return None


_YEARLESS = re.compile(r"XXXX-(\d\d)-(\d\d)")


def _story_year(t: TimeMention, span: tuple[dt.date, dt.date]) -> TimeMention:
    """A month and day told without a year ("the letter, dated October 21") in a report whose
    own date is unknown, dated in the year that puts it nearest the story's dated reports."""
    m = _YEARLESS.fullmatch(t.value)
    if t.date is not None or not m:
        return t
    first, last = span

    def gap(day: dt.date) -> int:
        return max((first - day).days, (day - last).days, 0)

    candidates = []
    for year in range(first.year - 1, last.year + 2):
        try:
            candidates.append(dt.date(year, int(m[1]), int(m[2])))
        except ValueError:  # February 29 of a common year
            continue
    if not candidates:
        return t
    day = min(candidates, key=lambda d: (gap(d), d))
    return replace(t, date=day, value=day.isoformat(), relative=None)


def _dated_times(
    article: Article, span: tuple[dt.date, dt.date] | None = None
) -> list[TimeMention]:
    """The article's time expressions, resolved against its publication day; with only an
    estimate, an expression that means the same date wherever in the estimate publication
    falls is resolved too ("three years ago" in an article of some day of 2019: 2016). A
    month and day without a year in a report of unknown date take the year of the story's
    dated reports, the `span` of their days (`_story_year`)."""
    published = article_date(article)
    found = find_times(article.text, published)
    if published is None and span is not None:
        found = [_story_year(t, span) for t in found]
    est = article.published_estimate
    if published is not None or est is None or not (est.earliest and est.latest):
        return found
    early = {(t.start, t.end): t for t in find_times(article.text, est.earliest)}
    late = {(t.start, t.end): t for t in find_times(article.text, est.latest)}
    out = []
    for t in found:
        a, b = early.get((t.start, t.end)), late.get((t.start, t.end))
        if t.date is None and a and b and a.date and (a.date, a.precision) == (b.date, b.precision):
            t = replace(t, date=a.date, precision=a.precision, relative=None)
        out.append(t)
    return out


_SINCE = re.compile(r"\b(?:since|until|till|as of|by)\s+(?:(?:early|late|mid)[-\s]+)?$", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|\b(?:which|that|who|when|where)\b", re.I)
_CLOSE = 40  # characters between an event word and the year or month it governs


def _event_kind(
    sentence: str, anchor: int, anchor_end: int | None = None, close: bool = False
) -> str | None:
    """The kind of the event word nearest to a time expression (at `anchor`) in a sentence.

    With `close`, only an event word that governs the time closely counts: within `_CLOSE`
    characters and in the same clause ("was struck in March", not "the dam, completed in
    1971, gave way")."""
    end = anchor if anchor_end is None else anchor_end
    best: tuple[int, int, str] | None = None
    for rank, (kind, pattern) in enumerate(_KIND_RE):
        for m in pattern.finditer(sentence):
            if close:
                between = (
                    sentence[m.end() : anchor] if m.end() <= anchor else sentence[end : m.start()]
                )
                if len(between) > _CLOSE or _CLAUSE_BREAK.search(between):
                    continue
            distance = min(abs(m.start() - anchor), abs(m.end() - anchor))
            key = (distance + rank * 3, rank, kind)
            if best is None or key < best:
                best = key
    return best[2] if best else None


def _dayless(t: TimeMention, published: dt.date | None) -> bool:
    """A clock time or "overnight" that times.py placed on the publication day for want of a
    day in its sentence."""
    if t.relative != "the day of publication" and (t.date is None or t.date != published):
        return False
    if _DAY_WORD.search(t.text):
        return False  # "Friday afternoon", "this morning": a part of a named day
    return "T" in t.value or t.text.lower() in ("overnight", "through the night")


_DAY_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|"
    r"tonight|this)\b",
    re.IGNORECASE,
)
# events told as past: said of a day after the report, in quoted words, they are a hope or fear
_PAST_KINDS = ("death", "injury", "statement")


def _quoted(text: str, at: int) -> bool:
    """`at` lies inside quoted words of its paragraph."""
    return len(_QUOTE.findall(text, text.rfind("\n", 0, at) + 1, at)) % 2 == 1


_QUOTE = re.compile(r"[\"“”«»]")


def _usable(t: TimeMention) -> bool:
    """A date or time that places an event: resolved, or relative to publication (a bare
    "summer" with no year places nothing)."""
    if t.type not in ("DATE", "TIME") or t.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return False
    if t.date is None:
        return t.relative is not None and t.precision in ("day", "week", "month")
    return True


def _trim(sentence: str) -> str:
    if len(sentence) <= _MAX_TEXT:
        return sentence
    cut = sentence[:_MAX_TEXT].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def article_events(article: Article, span: tuple[dt.date, dt.date] | None = None) -> list[_Entry]:
    """The dated events of one article, one per (kind, date) with every sentence stating it;
    `span`: the first and last publication days of the story's dated reports, if any."""
    text = article.text
    spans = sentence_spans(text)
    found: dict[tuple[str, dt.date | None, str | None], _Entry] = {}
    last_day: TimeMention | None = None
    published = article_date(article)
    for t in _dated_times(article, span):
        if not _usable(t):
            continue
        if _dayless(t, published):
            # "The collapse happened just before 11 p.m.", "boats searched overnight": a clock
            # time with no day of its own is on the day the article last named
            if last_day is not None:
                t = replace(t, date=last_day.date, relative=last_day.relative)
        elif t.precision == "day":
            last_day = t
        s_start, s_end = sentence_of(spans, t.start)
        sentence = text[s_start:s_end]
        coarse = t.precision in ("year", "month")
        if coarse and _SINCE.search(sentence[: t.start - s_start]):
            continue  # "since 2022", "by March": the edge of a state of affairs, not an event
        # a year or month is often background ("the dam, completed in 1971"): it dates the
        # story's event only when an event word governs it closely
        kind = _event_kind(sentence, t.start - s_start, t.end - s_start, close=coarse)
        if kind is None:
            continue
        if (
            kind in _PAST_KINDS
            and published
            and t.date
            and t.date > published
            and _quoted(text, t.start)
        ):
            continue  # "I pray that tomorrow I will not," she said: a hope, not an event
        precision = t.precision or "day"
        key = (kind, t.date, None if t.date else t.relative)
        ref = Ref(article_id=article.id, start=s_start, end=s_end)
        entry = found.get(key)
        if entry is None:
            found[key] = _Entry(
                t.date, precision, None if t.date else t.relative, kind, _trim(sentence), [ref]
            )
        elif ref not in entry.sources:
            entry.sources.append(ref)
            if len(sentence) < len(entry.text):
                entry.text = _trim(sentence)
    return list(found.values())


def build_timeline(articles: Iterable[Article]) -> list[TimelineEntry]:
    """The story's events ordered by date, each merged across articles with all its sources."""
    merged: dict[tuple[str, dt.date | None, str | None, str, str | None], _Entry] = {}
    articles = [a for a in articles if not a.duplicate_of]
    days = [
        day
        for a in articles
        if (published := article_date(a))
        for day in story_days(a.text, published)
    ]
    dated = [published for a in articles if (published := article_date(a))]
    span = (min(dated), max(dated)) if dated else None
    for article in articles:
        if article_date(article) is None:
            estimate = story_estimate(article.text, article.published_estimate, days)
            article = article.model_copy(update={"published_estimate": estimate})
        for e in article_events(article, span):
            # "Friday before publication" in two articles of unknown dates may be two Fridays
            alone = article.id if e.date is None and article_date(article) is None else None
            key = (e.kind, e.date, e.relative, e.precision, alone)
            have = merged.get(key)
            if have is None:
                merged[key] = e
            else:
                have.sources.extend(r for r in e.sources if r not in have.sources)
                if len(e.text) < len(have.text):
                    have.text = e.text
    precision_rank = {"day": 0, "week": 1, "month": 2, "year": 3}
    ordered = sorted(
        merged.values(),
        key=lambda e: (
            e.date is None,
            e.date or dt.date.max,
            precision_rank.get(e.precision, 4),
            e.kind,
        ),
    )
    return [
        TimelineEntry(
            date=e.date,
            precision=e.precision,
            relative=e.relative,  # type: ignore[arg-type]
            text=e.text,
            sources=e.sources,
        )
        for e in ordered
    ]


_SAID_NOT_ON = re.compile(r"\b(?:by|until|till|before|from)\s+(?:(?:next|this|the)\s+)?$", re.I)


def said_on(text: str, start: int, end: int, published: dt.date | None) -> dt.date | None:
    """The day a statement at text[start:end] was made: a day-precise time in its sentence
    outside the quoted words ("told reporters on Monday"), else the publication date."""
    spans = sentence_spans(text)
    s_start, s_end = sentence_of(spans, start)
    s_end = max(s_end, end)
    candidates = [
        t
        for t in find_times(text[s_start:s_end], published)
        if t.date is not None
        and t.precision == "day"
        and t.type in ("DATE", "TIME")
        and not (start - s_start <= t.start < end - s_start)
        # "winds would ease by Sunday": a forecast's day, not when it was said; nor is a day
        # after the report's own
        and not _SAID_NOT_ON.search(text[max(s_start, s_start + t.start - 20) : s_start + t.start])
        and not (published is not None and t.date > published)
    ]
    if candidates:
        anchor = end - s_start
        return min(candidates, key=lambda t: abs(t.start - anchor)).date
    return published
