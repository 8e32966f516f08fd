"""
Dates said relative to the day of publication: "on Thursday", "last month", "next year",
"last August", "two weeks ago".

They are resolved against *today*, the publication's date, when it is known, and are
otherwise kept unresolved but marked ``relative``.
A weekday means the latest such day on or before publication; "last week" and other
weeks have no granularity in the model, so they stay unresolved.
"""

from __future__ import annotations

import datetime as dt

from newsmodel.parser.lexicons.numbers import (
    AMBIGUOUS_WEEKDAYS,
    MONTHS,
    PERIOD_SHIFTS,
    PERIODS,
    WEEKDAYS,
)
from newsmodel.parser.numbers._date_forms import Found
from newsmodel.parser.numbers._numerals import (
    Tok,
    is_digits,
    month_at,
    read_digits,
    read_words,
)

#: Weekday names and the abbreviations that are no other word ("Tues.", "Thurs.").
FULL_WEEKDAYS = frozenset(WEEKDAYS) - AMBIGUOUS_WEEKDAYS
_DAYS_IN_WEEK = 7
_MONTHS_IN_YEAR = 12
# Digits shorter than this read without overflow, so "5 days ago" can be ruled out unread;
# longer ones are read as before, to fail as they did.
_LONG_DIGITS = 1000


def weekday_date(first: int, last: int, weekday: int, shift: int, today: dt.date | None) -> Found:
    """A weekday: the latest such day on or before *today*; "last" goes back a week more
    when that is today, "next" forward to the first such day after it."""
    if today is None:
        return Found(first=first, last=last, relative=True)
    back = (today.weekday() - weekday) % _DAYS_IN_WEEK
    if shift < 0 and back == 0:
        back = _DAYS_IN_WEEK
    value = today - dt.timedelta(days=back)
    if shift > 0:
        value = today + dt.timedelta(
            days=(weekday - today.weekday()) % _DAYS_IN_WEEK or _DAYS_IN_WEEK
        )
    return Found(first=first, last=last, value=value, granularity="day", relative=True)


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month *months* after the month of *day*."""
    index = day.year * _MONTHS_IN_YEAR + day.month - 1 + months
    return dt.date(index // _MONTHS_IN_YEAR, index % _MONTHS_IN_YEAR + 1, 1)


def shifted(  # noqa: PLR0911 - one return per kind of period
    toks: list[Tok], low: list[str], i: int, today: dt.date | None
) -> Found | None:
    """ "last month", "next year", "this week", "last Thursday", "last August"."""
    shift = PERIOD_SHIFTS[low[i]]
    nxt = low[i + 1]
    if low[i] == "past":
        return None  # "the past year" is a span of time, not a date
    if nxt in FULL_WEEKDAYS:
        return weekday_date(i, i + 1, WEEKDAYS[nxt], shift, today)
    month = month_at(toks, i + 1)
    if month is not None and nxt in MONTHS and len(nxt) > 3:  # noqa: PLR2004
        if today is None:
            return Found(first=i, last=i + 1, relative=True)
        year = today.year + (shift if shift and (month - today.month) * shift <= 0 else 0)
        return Found(
            first=i, last=i + 1, value=dt.date(year, month, 1), granularity="month", relative=True
        )
    period = PERIODS.get(nxt)
    if period is None or nxt.endswith("s"):
        return None
    if today is None or period in {"week", "day"}:
        return Found(first=i, last=i + 1, relative=True)
    if period == "month":
        return Found(
            first=i, last=i + 1, value=_add_months(today, shift), granularity="month", relative=True
        )
    return Found(
        first=i,
        last=i + 1,
        value=dt.date(today.year + shift, 1, 1),
        granularity="year",
        relative=True,
    )


def ago(  # noqa: PLR0911 - one return per kind of period
    toks: list[Tok], low: list[str], i: int, today: dt.date | None
) -> Found | None:
    """ "two weeks ago", "a year ago", "5 days ago"."""
    if "ago" not in low[i + 1 :] and len(low[i]) < _LONG_DIGITS:
        return None  # no "ago" after: nothing to read (what could overflow is still read)
    if low[i] in {"a", "an"}:
        count, j = 1, i + 1
    else:
        core = read_digits(toks, low, i) if is_digits(toks[i]) else read_words(toks, low, i)
        if (
            core is None
            or core.value is None
            or core.magnitude != 1
            or core.value != int(core.value)
        ):
            return None
        count, j = int(core.value), core.last + 1
    if j + 1 >= len(toks) or low[j + 1] != "ago" or low[j] not in PERIODS:
        return None
    period = PERIODS[low[j]]
    if today is None:
        return Found(first=i, last=j + 1, relative=True)
    if period in {"day", "week"}:
        days = count * (_DAYS_IN_WEEK if period == "week" else 1)
        return Found(
            first=i,
            last=j + 1,
            value=today - dt.timedelta(days=days),
            granularity="day",
            relative=True,
        )
    if period == "month":
        return Found(
            first=i,
            last=j + 1,
            value=_add_months(today, -count),
            granularity="month",
            relative=True,
        )
    return Found(
        first=i,
        last=j + 1,
        value=dt.date(today.year - count, 1, 1),
        granularity="year",
        relative=True,
    )
