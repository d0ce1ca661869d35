"""The timeline across a story's reports (extract/timeline.py) and the story's estimate of an
undated report's publication (extract/published.py `story_estimate`), on invented reports."""

from __future__ import annotations

import datetime as dt

from newsdesk.extract.published import story_days, story_estimate
from newsdesk.extract.timeline import build_timeline
from newsdesk.model import Article, PublishedEstimate

SATURDAY = dt.date(2026, 3, 14)


def article(id_: str, text: str, published: dt.date | None = None) -> Article:
    return Article(id=id_, source=f"{id_}.txt", text=text, published=published)


def dates(entries) -> set[tuple[dt.date | None, str]]:
    return {(e.date, e.sources[0].article_id) for e in entries}


def test_an_undated_report_reads_its_weekdays_in_the_week_of_the_dated_ones() -> None:
    dated = article("a", "The bridge collapsed on Wednesday, the mayor said on Saturday.", SATURDAY)
    undated = article(
        "b", "The bridge collapsed on Wednesday. Two divers were injured on Thursday."
    )
    entries = build_timeline([dated, undated])
    assert (dt.date(2026, 3, 12), "b") in dates(entries)  # Thursday
    assert all(e.date is not None for e in entries)


def test_the_story_estimate_is_the_days_its_weekdays_fit_the_story_s() -> None:
    days = story_days("The bridge collapsed on Wednesday, the mayor said.", SATURDAY)
    assert days == [SATURDAY, dt.date(2026, 3, 11)]
    text = "The bridge collapsed on Wednesday. Divers searched on Monday."
    got = story_estimate(text, None, days)
    assert (got.earliest, got.latest) == (dt.date(2026, 3, 16), dt.date(2026, 3, 17))


def test_no_estimate_from_a_story_longer_than_a_week_or_against_the_report_s_own() -> None:
    text = "The bridge collapsed on Wednesday."
    week_apart = [SATURDAY, dt.date(2026, 3, 11), dt.date(2026, 3, 4)]
    assert story_estimate(text, None, week_apart) is None
    own = PublishedEstimate(earliest=dt.date(2026, 4, 1))
    assert story_estimate(text, own, [SATURDAY, dt.date(2026, 3, 11)]) is own
    # no day of the story named: nothing fixes the report's week
    assert story_estimate("Divers searched on Friday.", None, [SATURDAY]) is None


def test_a_part_of_a_named_day_is_that_day_and_a_hope_is_no_event() -> None:
    text = (
        "The ferry sank on Thursday. Two rescuers were hurt on Saturday afternoon. "
        '"I hope tomorrow nobody else has died," the mayor said.'
    )
    got = dates(build_timeline([article("a", text, SATURDAY)]))
    assert (SATURDAY, "a") in got
    assert all(d is None or d <= SATURDAY for d, _ in got)


def test_a_letter_s_date_is_on_the_timeline() -> None:
    text = "The union sent a warning letter, dated 2 March, to the harbour board."
    got = dates(build_timeline([article("a", text, SATURDAY)]))
    assert (dt.date(2026, 3, 2), "a") in got


def test_yearless_date_in_undated_report_takes_the_story_year() -> None:
    dated = article("a", "The mayor resigned on Friday after the audit.", dt.date(2024, 3, 15))
    undated = article("b", "The auditors signed the report on February 27, the mayor said.", None)
    got = {e.date for e in build_timeline([dated, undated])}
    assert dt.date(2024, 2, 27) in got
