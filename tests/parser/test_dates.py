"""The dates stage: absolute dates, years, and dates relative to publication."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.model import DateMention, Span
from newsmodel.parser.numbers._dates import find_dates

SAMPLE = Path(__file__).parents[2] / "seeds" / "iran-iraq-military-ties.txt"
# A Thursday.
PUBLISHED = dt.datetime(2019, 7, 11, 9, 30, tzinfo=dt.UTC)


def _sentences(text: str) -> list[Span]:
    return [Span(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text)]


def _dates(text: str, published: dt.datetime | None = PUBLISHED) -> list[DateMention]:
    return find_dates(text, _sentences(text), published)


def _only(text: str, published: dt.datetime | None = PUBLISHED) -> DateMention:
    dates = _dates(text, published)
    assert len(dates) == 1, dates
    return dates[0]


@pytest.mark.parametrize(
    ("sentence", "written", "value", "granularity"),
    [
        ("The vote was held on August 28, 2018.", "August 28, 2018", dt.date(2018, 8, 28), "day"),
        ("The vote was held on 28 August 2018.", "28 August 2018", dt.date(2018, 8, 28), "day"),
        (
            "The vote was held on the 28th of August 2018.",
            "28th of August 2018",
            dt.date(2018, 8, 28),
            "day",
        ),
        ("The vote was held on Sept. 3, 2017.", "Sept. 3, 2017", dt.date(2017, 9, 3), "day"),
        ("The file is dated 2018-08-28.", "2018-08-28", dt.date(2018, 8, 28), "day"),
        ("The plant opened in March 2016.", "March 2016", dt.date(2016, 3, 1), "month"),
        ("The 2015 agreement collapsed.", "2015", dt.date(2015, 1, 1), "year"),
        ("The town was founded in 1607.", "1607", dt.date(1607, 1, 1), "year"),
    ],
)
def test_absolute_dates(sentence: str, written: str, value: dt.date, granularity: str) -> None:
    """Absolute dates and years carry their value and granularity and are not relative."""
    date = _only(sentence, published=None)
    assert (date.text, date.value, date.granularity, date.relative) == (
        written,
        value,
        granularity,
        False,
    )


def test_a_day_without_a_year_takes_the_nearest_year() -> None:
    """ "Aug. 28" is resolved in the year that puts it nearest publication, and only with one."""
    assert _only("The talks end on Aug. 28.").value == dt.date(2019, 8, 28)
    early = dt.datetime(2019, 1, 5, tzinfo=dt.UTC)
    assert _only("The talks ended on Dec. 30.", published=early).value == dt.date(2018, 12, 30)
    assert _only("The talks end on Aug. 28.", published=None).value is None


@pytest.mark.parametrize(
    ("sentence", "written", "value", "granularity"),
    [
        ("He spoke on Thursday.", "Thursday", dt.date(2019, 7, 11), "day"),
        ("He spoke on Monday.", "Monday", dt.date(2019, 7, 8), "day"),
        ("He spoke on Monday’s show.", "Monday’s", dt.date(2019, 7, 8), "day"),
        ("He spoke last Thursday.", "last Thursday", dt.date(2019, 7, 4), "day"),
        ("He speaks next Monday.", "next Monday", dt.date(2019, 7, 15), "day"),
        ("He spoke yesterday.", "yesterday", dt.date(2019, 7, 10), "day"),
        ("He speaks today.", "today", dt.date(2019, 7, 11), "day"),
        ("He speaks tomorrow.", "tomorrow", dt.date(2019, 7, 12), "day"),
        ("A drone fell last month.", "last month", dt.date(2019, 6, 1), "month"),
        ("Talks resume next year.", "next year", dt.date(2020, 1, 1), "year"),
        ("Sales rose this year.", "this year", dt.date(2019, 1, 1), "year"),
        ("He left two weeks ago.", "two weeks ago", dt.date(2019, 6, 27), "day"),
        ("He left 3 days ago.", "3 days ago", dt.date(2019, 7, 8), "day"),
        ("He left three months ago.", "three months ago", dt.date(2019, 4, 1), "month"),
        ("He left a year ago.", "a year ago", dt.date(2018, 1, 1), "year"),
        ("It opened last August.", "last August", dt.date(2018, 8, 1), "month"),
    ],
)
def test_relative_dates_resolve_against_publication(
    sentence: str, written: str, value: dt.date, granularity: str
) -> None:
    """Relative dates are marked relative and resolved against the publication date; a weekday is the latest on or before it."""
    date = _only(sentence)
    assert (date.text, date.value, date.granularity, date.relative) == (
        written,
        value,
        granularity,
        True,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "He spoke on Thursday.",
        "A drone fell last month.",
        "He left two weeks ago.",
        "Talks resume next week.",
    ],
)
def test_relative_dates_without_publication_stay_unresolved(sentence: str) -> None:
    """Without a publication date a relative date has no value but is still marked relative."""
    date = _only(sentence, published=None)
    assert (date.value, date.granularity, date.relative) == (None, None, True)


def test_weeks_stay_unresolved() -> None:
    """A week has no granularity in the model, so "last week" is relative and unresolved."""
    date = _only("Prices fell last week.")
    assert (date.text, date.value, date.relative) == ("last week", None, True)


@pytest.mark.parametrize(
    "sentence",
    [
        "The past year was hard.",
        "Sales grew in the 1990s.",
        "It costs $2000 now.",
        "You may go.",
        "He won 2,015 votes.",
    ],
)
def test_not_dates(sentence: str) -> None:
    """Spans of time, decades, money, the modal "may", counts and impossible days are no dates."""
    assert _dates(sentence) == []


def test_impossible_days_are_no_dates() -> None:
    """ "February 30, 2019" is no day; its year is still a year."""
    assert [d.text for d in _dates("There is no February 30, 2019 in any calendar.")] == ["2019"]


def test_sample_article() -> None:
    """The sample's dates: August 28, 2018; 2015 as a year; Thursday and last month resolved."""
    text = SAMPLE.read_text("utf-8")
    dates = {d.text: d for d in _dates(text)}
    assert dates["August 28, 2018"].value == dt.date(2018, 8, 28)
    assert (dates["2015"].value, dates["2015"].granularity) == (dt.date(2015, 1, 1), "year")
    assert (dates["Thursday"].value, dates["Thursday"].relative) == (dt.date(2019, 7, 11), True)
    assert (dates["last month"].value, dates["last month"].granularity) == (
        dt.date(2019, 6, 1),
        "month",
    )
    unresolved = {d.text: d for d in _dates(text, published=None)}
    assert unresolved["Thursday"].value is None
    assert unresolved["Thursday"].relative
    assert unresolved["last month"].relative


def test_sample_article_through_parse() -> None:
    """`newsmodel.parse` runs the dates stage with its *published* argument."""
    from newsmodel.parser import parse  # noqa: PLC0415 - the pipeline is optional here

    article = parse(SAMPLE.read_text("utf-8"), published=PUBLISHED)
    dates = {d.text: d for d in article.dates}
    assert dates["August 28, 2018"].value == dt.date(2018, 8, 28)
    assert dates["Thursday"].value == dt.date(2019, 7, 11)
    assert dates["last month"].value == dt.date(2019, 6, 1)


@settings(max_examples=25)
@given(
    st.lists(
        st.sampled_from(
            ["May ", "Aug", ".", "28", "2018", "-", ",", " ", "ago", "last", "week", "\n"]
        ),
        max_size=30,
    ).map("".join)
)
def test_any_text_gives_dates_at_their_spans(text: str) -> None:
    """On any text the stage returns dates whose text stands at their span, and never raises."""
    for date in _dates(text):
        assert text[date.span.start : date.span.end] == date.text


def test_linear_in_input_size() -> None:
    """A long run of date-like words is read quickly."""
    text = "May 5, 2018 last week 2 days ago " * 3_000
    assert len(_dates(text)) == 9_000


def test_a_full_stop_after_a_month_name_ends_the_sentence() -> None:
    """The full stop of an abbreviation is part of the date; a sentence's full stop is not."""
    assert [d.text for d in _dates("They play on 14 June. Fans are ready.")] == ["14 June"]
    assert [d.text for d in _dates("They play on 3 Sept. 2019 at home.")] == ["3 Sept. 2019"]


@settings(max_examples=25)
@given(st.text(max_size=60))
def test_any_unicode_text_is_read(text: str) -> None:
    """Any Unicode text is read without an error."""
    _dates("August " + text + " 2018 two weeks ago")


@pytest.mark.parametrize("text", ["August ², 2018", "² weeks ago", "in ²⁰¹⁵", "August 28²"])
def test_superscript_digits_are_no_numbers(text: str) -> None:
    """Superscript digits, which `int` cannot read, are not taken for days, counts or years."""
    assert all(d.value is None or d.granularity for d in _dates(text))


def test_dates_beyond_the_calendar_are_dropped() -> None:
    """A relative date that falls outside `datetime.date`'s range is no date, not an error."""
    assert _dates("Humans arrived 6,000 years ago.") == []
    assert _dates("It ends tomorrow.", published=dt.datetime(9999, 12, 31, tzinfo=dt.UTC)) == []


@pytest.mark.parametrize(
    ("sentence", "written", "value"),
    [
        ("The vote was held in March.", "March", dt.date(2019, 3, 1)),
        ("Repairs should be done by September.", "September", dt.date(2019, 9, 1)),
        ("Talks have stalled since December.", "December", dt.date(2018, 12, 1)),
        ("Prices rose in early May.", "May", dt.date(2019, 5, 1)),
    ],
)
def test_bare_month_after_a_word_of_time(sentence: str, written: str, value: dt.date) -> None:
    """A month name after "in", "by", "since" ... is that month in the year nearest publication."""
    date = _only(sentence)
    assert (date.text, date.value, date.granularity) == (written, value, "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "We may win. March on, they said.",
        "The song was written by April Jones.",
        "The vote was held in March.",
    ],
)
def test_bare_month_needs_a_word_of_time_and_no_name(sentence: str) -> None:
    """ "May" the verb, "March" the verb and "April" the given name are no dates."""
    found = [d.text for d in _dates(sentence)]
    assert found == (["March"] if "held in" in sentence else [])


def test_bare_month_without_publication_is_unresolved() -> None:
    """Without a publication date a bare month has no year to take: it is kept unresolved."""
    date = _only("The vote was held in March.", published=None)
    assert (date.text, date.value, date.granularity) == ("March", None, None)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The letter is dated 8/28/2018.", dt.date(2018, 8, 28)),
        ("The letter is dated 28/8/2018.", dt.date(2018, 8, 28)),
        ("The letter is dated 5/5/2018.", dt.date(2018, 5, 5)),
        ("The letter is dated 3/4/2018.", None),
    ],
)
def test_numeric_dates(sentence: str, value: dt.date | None) -> None:
    """A numeric date reads in the one order that fits; one that fits both stays unresolved."""
    assert _only(sentence).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The letter is dated 3/4/2018.\nIt arrived on August 28, 2018.", dt.date(2018, 3, 4)),
        ("The letter is dated 3/4/2018.\nIt arrived on 28 August 2018.", dt.date(2018, 4, 3)),
        ("The letter is dated 3/4/2018.\nThe reply is dated 28/8/2018.", dt.date(2018, 4, 3)),
        ("The letter is dated 3/4/2018.\nThe reply is dated 8/28/2018.", dt.date(2018, 3, 4)),
    ],
)
def test_numeric_date_takes_the_order_the_article_uses(text: str, value: dt.date) -> None:
    """A day and month that could swap take the order of the article's other dates."""
    assert _dates(text)[0].value == value
