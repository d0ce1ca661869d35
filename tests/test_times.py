"""Time expressions (extract/times.py), publication-date inference (extract/published.py) and
the timeline (extract/timeline.py), on invented sentences and on the seed corpus (read at run
time from shared/corpus/seeds; skipped when absent)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdesk.extract.published import estimate_published
from newsdesk.extract.timeline import build_timeline, said_on
from newsdesk.extract.times import TimeMention, find_times, times_record
from newsdesk.model import Article, PublishedEstimate

MONDAY = dt.date(2024, 2, 5)
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def one(text: str, published: dt.date | None = MONDAY, which: str | None = None) -> TimeMention:
    found = find_times(text, published)
    if which is not None:
        found = [t for t in found if t.text == which]
    assert len(found) == 1, found
    return found[0]


def test_weekday_before_a_monday_publication() -> None:
    t = one("The convoy was hit on Friday near the border.")
    assert (t.text, t.value, t.date, t.precision) == (
        "Friday",
        "2024-02-02",
        dt.date(2024, 2, 2),
        "day",
    )


def test_weekday_of_publication_is_that_day() -> None:
    assert one("The spokesman said on Monday that talks had failed.").date == MONDAY


def test_weekday_night_is_that_day_with_a_part_of_day() -> None:
    t = one("Two depots burned in Sunday night's raids.")
    assert t.text == "Sunday night" and t.date == dt.date(2024, 2, 4) and t.value.endswith("TNI")


def test_future_tense_moves_the_weekday_forward() -> None:
    assert one("The ministers will meet on Friday in Geneva.").date == dt.date(2024, 2, 9)
    assert one("The ministers met on Friday in Geneva.").date == dt.date(2024, 2, 2)


def test_a_present_expectation_or_forecast_looks_ahead() -> None:
    assert one("Forecasters expect more snow on Friday, the agency said.").date == dt.date(
        2024, 2, 9
    )
    assert one("The harbour board predicts calmer seas on Friday.").date == dt.date(2024, 2, 9)
    assert one("Forecasters had predicted snow on Friday.").date == dt.date(2024, 2, 2)


def test_possessive_weekday_stays_past_in_future_talk() -> None:
    t = one("We were going to respond to Friday's raid, he said.", which="Friday")
    assert t.date == dt.date(2024, 2, 2)


def test_late_last_month_and_last_week() -> None:
    t = one("The depot was shelled late last month.")
    assert (t.text, t.value, t.mod, t.precision) == ("late last month", "2024-01", "END", "month")
    w = one("A courier died last week.")
    assert (w.value, w.date, w.precision) == ("2024-W05", dt.date(2024, 1, 29), "week")


def test_since_mid_month_is_the_most_recent_past_one() -> None:
    t = one("Since mid-October, rockets have hit the base.")
    assert (t.value, t.mod, t.date) == ("2023-10", "MID", dt.date(2023, 10, 1))


def test_month_day_without_year_is_the_most_recent_before_publication() -> None:
    assert one("The attack on Jan. 28 killed two guards.").date == dt.date(2024, 1, 28)
    assert one("A ceasefire began on December 3 and collapsed.").date == dt.date(2023, 12, 3)


def test_month_and_year() -> None:
    t = one("She was appointed in June 2023 by the council.")
    assert (t.value, t.precision) == ("2023-06", "month")


def test_explicit_dates_and_years() -> None:
    assert one("Fighting resumed on March 3, 2021.").value == "2021-03-03"
    assert one("The alliance founded in 2014 still stands.").value == "2014"


def test_durations_and_sets() -> None:
    assert one("The siege lasted three weeks.").value == "P3W"
    assert one("Talks went on for more than two years.").value == "P2Y"
    assert one("Patrols run daily along the river.").type == "SET"


def test_relative_days_and_present() -> None:
    assert one("Rescuers found him yesterday.").date == dt.date(2024, 2, 4)
    assert one("The road is now closed.").value == "PRESENT_REF"


def test_no_publication_date_never_invents_a_year() -> None:
    t = one("The convoy was hit on Friday near the border.", None)
    assert t.date is None and t.value == "XXXX-WXX-5"
    assert t.relative == "Friday before publication"
    m = one("The depot was shelled late last month.", None)
    assert m.date is None and m.relative == "the month before publication"
    d = one("The attack on Jan. 28 killed two guards.", None)
    assert d.date is None and d.value == "XXXX-01-28"


def test_ages_and_counts_are_not_times() -> None:
    assert find_times("A 52-year-old man and 2000 residents fled.", MONDAY) == []


def test_times_record_shape() -> None:
    rec = times_record("d1", "The convoy was hit on Friday.", MONDAY)
    assert rec["id"] == "d1" and rec["published"] == "2024-02-05"
    (t,) = rec["times"]
    assert {"start", "end", "text", "type", "value"} <= set(t)
    assert "The convoy was hit on Friday."[t["start"] : t["end"]] == "Friday"


def test_estimate_from_weekday_tied_to_a_date() -> None:
    est = estimate_published(
        "Strikes began in 2023. The base was hit on Friday, Feb. 2, officials said."
    )
    assert est is not None and est.earliest == dt.date(2024, 2, 2)
    assert any("Feb. 2" in e for e in est.evidence)


def test_estimate_from_last_year() -> None:
    est = estimate_published("Last year, in 2023, the dam was inspected twice.")
    assert est is not None
    assert (est.earliest, est.latest) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        "It was the worst clash since the two sides agreed a truce in 2031, three years ago.",
        "Three years ago, in 2031, the two sides agreed a truce.",
        "The truce was signed in 2031, 3 years ago, after a short war.",
    ],
)
def test_estimate_from_a_year_and_how_long_ago_it_was(text: str) -> None:
    est = estimate_published(text)
    assert est is not None
    assert (est.earliest, est.latest) == (dt.date(2034, 1, 1), dt.date(2034, 12, 31))


def test_shelf_life_and_deadlines_are_no_lower_bound() -> None:
    est = estimate_published(
        "The recall, announced in 2031, covers jars with best-before dates in March 2033 and "
        "vouchers valid until June 2032."
    )
    assert est is not None and est.earliest == dt.date(2031, 1, 1)


def test_no_estimate_from_relative_words_only() -> None:
    assert estimate_published("Fighting resumed on Monday. Officials met late last month.") is None


def test_said_on_uses_the_time_outside_the_quote() -> None:
    text = 'The minister told reporters on Friday: "We will rebuild."'
    start = text.index("We will")
    assert said_on(text, start, start + 14, MONDAY) == dt.date(2024, 2, 2)
    assert said_on("He said the water rose.", 3, 7, MONDAY) == MONDAY


def test_timeline_merges_one_event_across_articles() -> None:
    a = Article(
        id="a",
        source="a",
        published=MONDAY,
        text="Warplanes struck depots on Friday. Officials said on Monday they were safe.",
    )
    b = Article(
        id="b",
        source="b",
        published=dt.date(2024, 2, 6),
        text="The strikes on Friday hit three depots.",
    )
    entries = build_timeline([a, b])
    friday = [e for e in entries if e.date == dt.date(2024, 2, 2)]
    assert len(friday) == 1 and {r.article_id for r in friday[0].sources} == {"a", "b"}
    assert [e.date for e in entries] == sorted(e.date for e in entries if e.date)
    for e in entries:
        for r in e.sources:
            text = {"a": a.text, "b": b.text}[r.article_id]
            assert text[r.start : r.end].strip()


def test_number_word_years_and_fiscal_periods() -> None:
    assert one("The mill closed in nineteen eighty-six.").value == "1986"
    assert one("Prices peaked in March nineteen ninety-one.").value == "1991-03"
    assert one("Plans for the year two thousand and three were shelved.").value == "2003"
    assert find_times("Two thousand workers marched.", MONDAY) == []
    t = one("Sales in the year ended June 30 fell.", which="the year")
    assert (t.type, t.value) == ("DURATION", "P1Y")
    assert one("Output for the third quarter of 2021 was flat.").value == "2021-Q3"
    assert one("Bonuses depend on current market prices.").value == "PRESENT_REF"


def test_half_units_weeks_of_and_next_morning() -> None:
    assert one("The vote took a minute and a half.").value == "PT1M30S"
    assert one("Hearings open the week of February 12.").value == "2024-W07"
    found = find_times("The ferry sank on Friday. Divers arrived the next morning.", MONDAY)
    assert [t.value for t in found] == ["2024-02-02", "2024-02-03"]
    assert one("Aides said the envoy would arrive Thursday.").date == dt.date(2024, 2, 8)


def test_year_ago_follows_the_reported_quarter() -> None:
    found = find_times(
        "The mill posted a fourth-quarter loss. Revenue slipped to $4 million from $5 million "
        "a year earlier.",
        MONDAY,
    )
    assert [(t.text, t.value) for t in found][-1] == ("a year earlier", "2022-Q4")
    assert one("Rents are 8% higher than a year ago.").value == "2023"


def test_clock_times_take_the_day_named_next_to_them() -> None:
    found = find_times("The offer expires at 5 p.m. EST, Feb. 9, the bank said.", MONDAY)
    assert [(t.text, t.value) for t in found] == [
        ("5 p.m. EST", "2024-02-09T17:00"),
        ("Feb. 9", "2024-02-09"),
    ]
    found = find_times("The ferry left Saturday from the port and sank at 18:00 UTC.", MONDAY)
    assert found[-1].value == "2024-02-03T18:00Z"
    # a clock restated in another zone in parentheses is not a second time
    found = find_times("The blast came at 9:15 a.m. (0615 GMT) Friday, police said.", MONDAY)
    assert [t.text for t in found] == ["9:15 a.m.", "Friday"]
    assert found[0].value == "2024-02-02T09:15"
    assert one("The boat will sail at 4 in the morning.").value == "2024-02-05T04:00"
    assert one("The plant shut at noon, workers said.").value == "2024-02-05T12:00"


def test_following_year_and_that_month_point_back_to_a_date() -> None:
    found = find_times(
        "The bridge opened on May 4, 2011, and the following year it closed.", MONDAY
    )
    assert [t.value for t in found] == ["2011-05-04", "2012"]
    found = find_times("In March 2019 the mayor resigned. Prices fell that month.", MONDAY)
    assert found[-1].value == "2019-03"
    assert one("The following week, the depot reopened.").value == "2024-W07"
    found = find_times("Sales rose 4% in 2022. For the year, margins were flat.", MONDAY)
    assert [t.value for t in found] == ["2022", "2022"]


def test_durations_with_an_adjective_and_fractions_that_are_not_times() -> None:
    assert one("Shares fell for six straight days.").value == "P6D"
    assert one("The economy shrank for two consecutive quarters.").value == "P2Q"
    assert one("The loan may run for an additional year.").value == "P1Y"
    assert one("The repairs took two and a half years.").value == "P30M"
    assert find_times("A second convoy and a second round of talks followed.", MONDAY) == []
    assert find_times("Funds hold a quarter of the market.", MONDAY) == []


def test_centuries_final_quarters_year_end_and_year_spans() -> None:
    assert one("Such ferries were built in the 20th century.").value == "19"
    assert one("Profit rose in the final quarter of 2022.").value == "2022-Q4"
    t = one("The sale should close by year-end.")
    assert (t.value, t.mod) == ("2024", "END")
    assert one("The index is up 6% since year-end.").value == "2023-12-31"
    found = find_times("He ran the port from 2015 to 2019.", MONDAY)
    assert [t.value for t in found] == ["2015", "2019"]
    assert find_times("Between 1,500 to 2,000 people marched.", MONDAY) == []
    assert one("Tolls have not risen since '98.").value == "1998"
    assert one("The mill reopened a week or so ago.").value == "2024-W05"


def test_month_possessive_and_the_future_as_a_time_only() -> None:
    assert one("Officials revised December's jobless rate.").value == "2023-12"
    assert one("Fares will rise in the future.").value == "FUTURE_REF"
    assert find_times("The future of the port is unclear.", MONDAY) == []


def test_background_year_or_month_is_not_a_timeline_event() -> None:
    a = Article(
        id="a",
        source="a",
        published=MONDAY,
        text=(
            "The levee, finished in 1987, gave way on Sunday. Residents have fled the valley "
            "since 2022. Engineers inspected it in May 2023, officials said on Monday. "
            "The town was flooded in March 2019."
        ),
    )
    dates = {e.date for e in build_timeline([a])}
    assert dt.date(2024, 2, 4) in dates and dt.date(2019, 3, 1) in dates
    assert dt.date(1987, 1, 1) not in dates and dt.date(2022, 1, 1) not in dates


def _seed_articles() -> list[Article]:
    if not SEEDS.exists():
        pytest.skip("shared seed corpus not present")
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        published = dt.date(2019, 12, 30) if path.name.startswith("000") else MONDAY
        out.append(
            Article(
                id=path.stem,
                source=str(path),
                text=path.read_text(encoding="utf-8"),
                published=published,
            )
        )
    return out


def test_seed_timeline_has_the_key_dates() -> None:
    articles = _seed_articles()
    dates_2024 = {e.date for e in build_timeline(articles[1:])}
    # the Jordan attack, the US strikes, Iraq's summons, Monday's briefings
    assert {dt.date(2024, 1, 28), dt.date(2024, 2, 2), dt.date(2024, 2, 3), MONDAY} <= dates_2024
    dates_2019 = {e.date for e in build_timeline(articles[:1])}
    # the contractor's death, the strikes, the State Department's Monday briefing
    assert {dt.date(2019, 12, 27), dt.date(2019, 12, 29), dt.date(2019, 12, 30)} <= dates_2019
    assert all(d is None or d <= dt.date(2019, 12, 30) for d in dates_2019)


def test_seed_time_values() -> None:
    articles = _seed_articles()
    values = {t.value for a in articles[1:] for t in find_times(a.text, MONDAY)}
    assert {
        "2024-01-28",
        "2024-02-02",
        "2024-02-03",
        "2024-02-05",
        "2023-06",
        "2024-01",
        "2023-10",
    } <= values


def test_recent_plural_units_are_unspecified_durations() -> None:
    t = one("Pirate raids on the coast have grown in recent years.")
    assert (t.text, t.type, t.value) == ("recent years", "DURATION", "PXY")
    assert one("Rents rose sharply in recent weeks.").value == "PXW"
    assert one("The recent quarters were weak.").value == "PAST_REF"


def test_soon_is_a_future_reference_but_not_as_a_conjunction() -> None:
    assert one("The ferry line will resume service soon.").value == "FUTURE_REF"
    assert find_times("Crews left as soon as the storm passed.", MONDAY) == []
    assert find_times("The mayor was soon replaced by a deputy.", MONDAY) == []


def test_stretches_of_unspecified_length() -> None:
    assert one("The harbour has changed a lot over the years.").value == "PXY"
    t = one("Growers expect higher prices in the weeks ahead.")
    assert (t.text, t.value) == ("the weeks ahead", "PXW")
    # anchored to an event rather than open-ended
    assert find_times("Police watched the house in the weeks before the raid.", MONDAY) == []


def test_sentence_opening_previously_is_a_past_reference() -> None:
    assert one("Previously, the club charged a flat fee.").value == "PAST_REF"
    assert find_times("The club raised its previously announced fee.", MONDAY) == []


def test_past_plans_and_open_deadlines() -> None:
    wednesday = dt.date(2024, 2, 7)
    # a plan reported in the past perfect is not a future cue
    t = one("The vote had been scheduled to close at noon Friday.", wednesday)
    assert t.value == "2024-02-02T12:00"
    # "has until Monday" is a deadline still ahead
    assert one("The council has until Monday to reply.", wednesday).value == "2024-02-12"


def test_previous_and_following_weekday_count_from_the_last_date() -> None:
    found = find_times("The ship docked on Jan. 10 and sailed the following Monday.", MONDAY)
    assert [t.value for t in found] == ["2024-01-10", "2024-01-15"]
    found = find_times("Prices fell on Friday, Feb. 2, after a rise the previous Friday.", MONDAY)
    assert found[-1].value == "2024-01-26"


def test_by_that_time_points_back_to_the_date() -> None:
    found = find_times(
        "Talks end on Jan. 31. If no deal is reached by that time, fares rise.", MONDAY
    )
    assert [t.value for t in found] == ["2024-01-31", "2024-01-31"]
    assert find_times("The fort had 40 guards at the time of its capture.", MONDAY) == []


def test_timeline_knows_events_beyond_strikes_and_floods() -> None:
    """Seizures, releases, crashes and resignations are events too, each its own entry."""
    art = Article(
        id="c",
        source="c",
        published=MONDAY,
        text=(
            "Coast guards boarded and seized the ferry Aster on Thursday. "
            "The nine passengers were released on Saturday. "
            "The harbour master resigned on Sunday. "
            "The envoy was expelled on Tuesday. "
            "The ministry acknowledged on Wednesday that the list was wrong."
        ),
    )
    days = {e.date: e.text for e in build_timeline([art])}
    assert dt.date(2024, 2, 1) in days and "seized" in days[dt.date(2024, 2, 1)]
    assert dt.date(2024, 2, 3) in days and "released" in days[dt.date(2024, 2, 3)]
    assert dt.date(2024, 2, 4) in days and "resigned" in days[dt.date(2024, 2, 4)]
    assert "expelled" in days.get(dt.date(2024, 1, 30), "")
    assert "acknowledged" in days.get(dt.date(2024, 1, 31), "")


def test_undated_articles_keep_their_own_relative_days() -> None:
    """Two articles of unknown dates both say "on Friday": maybe two Fridays, two entries."""
    arts = [
        Article(id=x, source=x, text="Warplanes struck the depots on Friday, officials said.")
        for x in ("u1", "u2")
    ]
    fridays = [e for e in build_timeline(arts) if e.relative and "Friday" in e.relative]
    assert len(fridays) == 2
    dated = [a.model_copy(update={"published": MONDAY}) for a in arts]
    assert len([e for e in build_timeline(dated) if e.date]) == 1


def test_numeric_dates_day_first_when_the_first_number_cannot_be_a_month() -> None:
    values = [t.value for t in find_times("On 14/03/2025, 02.08.2022, 2025/03/14, 3/4/2025", None)]
    assert values == ["2025-03-14", "2022-08-02", "2025-03-14", "2025-03-04"]


def test_a_weekday_naming_today_or_yesterday_is_one_expression() -> None:
    found = find_times("The ministry said yesterday Sunday that the gate held.", MONDAY)
    assert [(t.text, t.value) for t in found] == [("yesterday Sunday", "2024-02-04")]


def test_modal_forecast_and_expectation_move_the_weekday_forward() -> None:
    # a forecast ("could", "may") or an expectation with its object is about the days ahead
    assert one("Forecasters said snow could reach the pass by Friday evening.").date == dt.date(
        2024, 2, 9
    )
    assert one('The airline expected "normal service from the first flight on Friday".').date == (
        dt.date(2024, 2, 9)
    )
    # "could have" looks back
    assert one("Inspectors said the fire could have started on Friday.").date == dt.date(2024, 2, 2)


def test_timeline_clock_time_is_on_the_day_last_named() -> None:
    text = (
        "A warehouse roof gave way late on Thursday in the port of Orsk. "
        "The collapse happened shortly after 10 p.m., when the night crew was loading."
    )
    undated = build_timeline([Article(id="w1", source="w1", text=text)])
    assert undated and all(e.relative == "Thursday before publication" for e in undated)
    dated = Article(id="w2", source="w2", text=text, published=dt.date(2031, 3, 8))
    assert {e.date for e in build_timeline([dated])} == {dt.date(2031, 3, 6)}


# --- timeline kinds and the day a statement was made (invented wording) --------------------


def test_warning_withdrawal_and_body_found_are_events() -> None:
    from newsdesk.extract.timeline import article_events
    from newsdesk.model import Article

    text = (
        "The Met Service had issued a yellow warning for the valley on Thursday. Officials said "
        "on Sunday that nine people had died. The Health Ministry on Sunday withdrew its earlier "
        "statement that all hikers were safe. The divers have found on Monday the body of one "
        "of the two climbers, officials said."
    )
    art = Article(id="x1", title="t", source="s", text=text, published=dt.date(2025, 3, 10))
    got = {(e.kind, e.date) for e in article_events(art)}
    assert ("warning", dt.date(2025, 3, 6)) in got
    assert ("retraction", dt.date(2025, 3, 9)) in got
    assert ("death", dt.date(2025, 3, 10)) in got


def test_said_on_skips_a_forecast_day() -> None:
    from newsdesk.extract.timeline import said_on

    text = 'Dr. Ilse Varga called it "the strongest in years" and said it would fade by Thursday.'
    start = text.index('"the')
    end = text.index('years"') + 6  # the quote's end
    assert said_on(text, start, end, dt.date(2025, 3, 10)) == dt.date(2025, 3, 10)
    text = "The mayor said on Saturday that the dam would hold."
    assert said_on(text, 20, 50, dt.date(2025, 3, 10)) == dt.date(2025, 3, 8)


def test_timeline_resolves_what_a_year_wide_estimate_fixes() -> None:
    text = "The rebels signed a truce in 2031, three years ago. They attacked on Friday."
    est = PublishedEstimate(earliest=dt.date(2034, 1, 1), latest=dt.date(2034, 12, 31))
    timeline = build_timeline([Article(id="a", source="a", text=text, published_estimate=est)])
    # "three years ago" is 2031 on any day of 2034: one entry with "in 2031"; "Friday" is not
    years = [e for e in timeline if e.precision == "year"]
    assert [(e.date, e.relative) for e in years] == [(dt.date(2031, 1, 1), None)]
    assert [e.relative for e in timeline if e.date is None] == ["Friday before publication"]


def test_ordinal_word_day_and_deadline_tense() -> None:
    published = dt.date(2024, 5, 14)  # a Tuesday
    (t,) = find_times("They met on the twelfth of April to sign it.", published)
    assert t.date == dt.date(2024, 4, 12)
    (t,) = find_times("The firm said it expected to repair every pipe by Thursday.", published)
    assert t.date == dt.date(2024, 5, 16)
