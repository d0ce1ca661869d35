"""The publication date read from a plain-text article's own time-stamp lines."""

from __future__ import annotations

import datetime as dt

from newsdesk.clean import clean
from newsdesk.model import RawDocument

REPORT = (
    "Firefighters worked through the night to contain a blaze at a paper mill outside the town, "
    "the regional fire service said on Monday.\n"
    "No one was hurt, a spokeswoman for the mill owner said, and production would resume.\n"
    "The cause of the fire was not yet known, officials said in a statement.\n"
    "Residents were told to keep their windows shut until the smoke had cleared.\n"
)


def _published(text: str) -> dt.date | None:
    return clean(RawDocument(id="x", source="x.txt", text=text)).published


def test_labelled_stamp_gives_the_day():
    assert _published("Mill fire contained\nPublished 3 March 2025, 06:12 GMT\n" + REPORT) == (
        dt.date(2025, 3, 3)
    )


def test_bare_date_line_at_the_head():
    assert _published("Wednesday, 10 September 2025\n" + REPORT) == dt.date(2025, 9, 10)


def test_iso_stamp():
    assert _published("Posted 2025-03-03T10:00Z\n" + REPORT) == dt.date(2025, 3, 3)


def test_update_stamp_is_the_fallback_and_the_publication_stamp_wins():
    assert _published("Updated: 4 March 2025, 18:30\n" + REPORT) == dt.date(2025, 3, 4)
    text = "Updated: 4 March 2025, 18:30\nFirst published 2 March 2025\n" + REPORT
    assert _published(text) == dt.date(2025, 3, 2)


def test_dates_of_a_related_list_at_the_end_are_not_the_article_s():
    assert _published(REPORT + "More from the region\nMarch 1, 2025\n") is None


def test_a_stamp_without_a_year_or_a_day_gives_nothing():
    assert _published("Updated at 10:44 pm\n" + REPORT) is None
    assert _published("Sept. 9\n" + REPORT) is None


def test_the_declared_date_wins():
    doc = RawDocument(
        id="x",
        source="x.txt",
        text="Published 3 March 2025\n" + REPORT,
        published=dt.date(2025, 3, 2),
    )
    assert clean(doc).published == dt.date(2025, 3, 2)


def test_the_stamp_wins_over_the_run_default():
    doc = RawDocument(
        id="x",
        source="x.txt",
        text="Published 3 March 2025\n" + REPORT,
        published_default=dt.date(2025, 1, 1),
    )
    assert clean(doc).published == dt.date(2025, 3, 3)
    assert clean(doc.model_copy(update={"text": REPORT})).published == dt.date(2025, 1, 1)


def test_the_date_of_a_wire_dateline_and_day_first_numeric_dates():
    assert _published("BRESK, 14/03/2025 (NWA) - " + REPORT) == dt.date(2025, 3, 14)
    assert _published("Published on: 15/03/2025 - 11:20\n" + REPORT) == dt.date(2025, 3, 15)
    assert _published("Posted 02.08.2022\n" + REPORT) == dt.date(2022, 8, 2)


def test_a_blog_post_line_naming_the_poster_gives_the_day():
    text = "Mill fire contained\nPosted on 3 March 2025 by Ines Varga\n" + REPORT
    assert _published(text) == dt.date(2025, 3, 3)


def test_a_dashed_numeric_stamp_is_day_first():
    assert _published("Mill fire contained\nPublished 07-11-2031 - 08:05\n" + REPORT) == (
        dt.date(2031, 11, 7)
    )
    assert _published(REPORT + "Posted 3-2-2030\n") == dt.date(2030, 2, 3)
    # not a day: a month thirteen
    assert _published("Mill fire contained\nPublished 07-13-2031\n" + REPORT) is None


def test_weekdays_of_the_report_tell_the_order_of_a_numeric_date():
    """ "04/05/2031" is month first unless the report's weekdays fit the other reading: in May
    2031 the 2nd is a Friday, in April 2031 the 4th is a Friday (and the 5th a Saturday)."""
    stamp = "Published 04/05/2031\n"
    day_first = "The council met on Friday (2) and will meet again on Tuesday (6).\n"
    month_first = "The council met on Friday (4) and the harbour reopened on Saturday 5.\n"
    assert _published(stamp + day_first + REPORT) == dt.date(2031, 5, 4)
    assert _published(stamp + month_first + REPORT) == dt.date(2031, 4, 5)
    assert _published(stamp + REPORT) == dt.date(2031, 4, 5)  # no weekday: month first


def test_an_h_clock_reads_a_numeric_date_day_first():
    """A "09h12" clock is written where dates go day first; a "9:12" clock keeps month first."""
    assert _published("Published 04/05/2031 at 09h12\n" + REPORT) == dt.date(2031, 5, 4)
    assert _published("Published 04/05/2031 at 9:12 am\n" + REPORT) == dt.date(2031, 4, 5)


def test_a_month_in_capitals_after_the_clock_is_read():
    """A local paper's "10:44, 12 MAR 2026" stamp: the clock first, the month in capitals."""
    text = "Ferry fares rise again\n09:05, 7 OCT 2031\nUpdated 10:15, 7 OCT 2031\n" + REPORT
    assert _published(text) == dt.date(2031, 10, 7)
    assert _published("Wednesday 5 NOVEMBER 2031\n" + REPORT) == dt.date(2031, 11, 5)


def test_a_word_in_capitals_is_no_month():
    """Capitals that only begin like a month ("MARKET", "MAYOR") give no date."""
    assert _published("MARKET 12 MAYOR 2031\n" + REPORT) is None


def test_a_bare_dashed_stamp_reads_day_first():
    from newsdesk.clean.stamps import stamped_date
    from newsdesk.clean.text import clean_text

    raw = (
        "Ferry operators agree to restore winter timetable after strike talks\nBy Ana Brede\n"
        "17-05-2031\nKETTLEBY, Dalmoor - Ferry operators agreed on Tuesday to restore the full"
        " winter timetable after two weeks of talks with the crews' union.\n"
        "The agreement covers six routes and about 400 crew members, the union said."
    )
    cleaned = clean_text(raw)
    assert "17-05-2031" in {r.text for r in cleaned.removed if r.reason == "timestamp"}
    assert stamped_date(cleaned) == dt.date(2031, 5, 17)


def test_labelled_stamp_beats_the_chrome_date_line_above_it():
    """The site's date line over the section label is the day the page was viewed: the
    article's "Published:" stamp under the byline wins; a bare date alone still counts."""
    text = (
        "Sign In | Subscribe\nFriday, 12 Sep 2025\nNation\nMill fire contained\n"
        "By Ana Brede\nPublished: 11 Sep 2025, 9:46 PM\n" + REPORT
    )
    assert _published(text) == dt.date(2025, 9, 11)
    assert _published("Friday, 12 Sep 2025\nMill fire contained\n" + REPORT) == (
        dt.date(2025, 9, 12)
    )


def test_the_web_stamp_beats_the_print_edition_line():
    """ "Published 4 March 2025 Updated about 9 hours ago" is the day; the print line below
    ("Published in The Harbour Crescent, March 5th, 2025") is not."""
    text = "Mill fire contained\nPublished March 4, 2025 Updated about 9 hours ago\n" + REPORT
    text += "Published in The Harbour Crescent, March 5th, 2025\n"
    assert _published(text) == dt.date(2025, 3, 4)


def test_compact_terminal_stamp():
    """A terminal's "09:05 21Jun2031" stamp (clock, then day, month and year run together)."""
    assert _published("09:05 21Jun2031\nDocks reopen after strike\n" + REPORT) == (
        dt.date(2031, 6, 21)
    )


def test_a_bare_slashed_stamp_reads_in_the_order_the_page_writes_its_dates():
    from newsdesk.clean.stamps import stamped_date
    from newsdesk.clean.text import clean_text

    raw = (
        "Harbour board approves new slipway after long consultation\nBy Ana Brede\n"
        "06/09/2031 11:05\nThe harbour board approved a new slipway for the lifeboat station"
        " after a consultation that ran for most of the summer.\n"
        "Work is due to begin on 20 September, the board said in a statement.\n"
    )
    assert stamped_date(clean_text(raw)) == dt.date(2031, 9, 6)
    us = raw.replace("on 20 September", "on September 20")
    assert stamped_date(clean_text(us)) == dt.date(2031, 6, 9)
