"""
Dates: the days, months and years a news text mentions, resolved where it can be.

Absolute dates ("August 28, 2018", "28 August 2018", "Aug. 28", "2018-08-28", the year in
"the 2015 agreement") carry their own value; a day without a year takes the publication's
year (the one that puts it nearest to publication). Relative dates ("on Thursday",
"yesterday", "last month", "two weeks ago") are resolved against *published* when it is
given, and are otherwise kept unresolved but marked ``relative``.
A weekday means the latest such day on or before publication; "last week" and other
weeks have no granularity in the model, so they stay unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

from newsmodel.model import DateMention, Granularity, Span
from newsmodel.model._items import date_of
from newsmodel.model._span import span_of
from newsmodel.parser.lexicons.numbers import (
    AMBIGUOUS_WEEKDAYS,
    MONTHS,
    ORDINAL_SUFFIXES,
    PERIOD_SHIFTS,
    PERIODS,
    RELATIVE_DAYS,
    SMALL_NUMBERS,
    TENS,
    WEEKDAYS,
)
from newsmodel.parser.numbers._date_forms import (
    Order,
    article_order,
    bare_month,
    is_bare_month,
    numeric,
    order_of,
    resolve,
)
from newsmodel.parser.numbers._numerals import (
    FAST_START,
    Candidates,
    Tok,
    glued,
    is_digits,
    is_word,
    is_year,
    month_at,
    plain_integer,
    read_digits,
    read_words,
    tokenize,
    trie,
    windows,
)

# Weekday names and the abbreviations that are no other word ("Tues.", "Thurs.").
_FULL_WEEKDAYS = frozenset(WEEKDAYS) - AMBIGUOUS_WEEKDAYS
_DAYS_IN_WEEK = 7
_MONTHS_IN_YEAR = 12
# Where a date may be: a month or weekday name, a relative day, "ago", "last/next/this"
# before a period, or four digits.
# Names are matched capitalized, as news writes them, so that "may" and "mar" open no
# window; relative words also at a sentence's start.
_NAMES = frozenset(MONTHS) | _FULL_WEEKDAYS
# Month abbreviations ("Sept"), which take a full stop: shorter than their month's name.
_ABBREVIATED = frozenset(
    name for name in MONTHS if len(name) < max(len(n) for n in MONTHS if MONTHS[n] == MONTHS[name])
)
_CANDIDATE_WORDS = (
    frozenset(name.capitalize() for name in _NAMES)
    | frozenset(RELATIVE_DAYS)
    | {word.capitalize() for word in RELATIVE_DAYS}
)
_CANDIDATE_INITIALS = re.escape(
    "".join(sorted({word[0] for word in _CANDIDATE_WORDS} | set("aLlNnTt")))
)
_CANDIDATE_FORMS = (
    r"\d{4}\b|"
    + trie(_CANDIDATE_WORDS)
    + r"\b|ago\b|(?:[Ll]ast|[Nn]ext|[Tt]his) (?:week|month|year)\b"
)
# The lookahead lists every character a candidate can start with (digits, the words'
# initials, "ago", "last", "next", "this"), so the engine skips other positions at once.
# Every candidate starts at a word boundary: the fast form (see `Candidates`) consumes
# the character before it.
_CANDIDATE = Candidates(
    exact=re.compile(r"(?=[\d" + _CANDIDATE_INITIALS + r"])\b(?:" + _CANDIDATE_FORMS + ")"),
    fast=re.compile(
        FAST_START + r"(?=[\d" + _CANDIDATE_INITIALS + r"])(?<=\W)(?:" + _CANDIDATE_FORMS + ")"
    ),
)
_WINDOW = (25, 20)
_POSSESSIVE = ("’s", "'s")
_ARTICLES = frozenset({"a", "an"})
# Digits shorter than this read without overflow, so "5 days ago" can be ruled out unread;
# longer ones are read as before, to fail as they did.
_LONG_DIGITS = 1000
# Words a date can start with: names, relative words, and the counts of "two weeks ago".
_STARTS = (
    frozenset(MONTHS)
    | _FULL_WEEKDAYS
    | frozenset(RELATIVE_DAYS)
    | frozenset(PERIOD_SHIFTS)
    | frozenset(SMALL_NUMBERS)
    | frozenset(TENS)
    | {"a", "an"}
)


class _Found(NamedTuple):
    """
    A date read at tokens ``first..last``.

    ``order`` is the order of day and month the date shows ("August 28" month first);
    ``pending`` a numeric date whose order the article as a whole decides ("3/4/2018").
    """

    first: int
    last: int
    value: dt.date | None = None
    granularity: Granularity | None = None
    relative: bool = False
    order: Order | None = None
    pending: tuple[int, int, int] | None = None


def find_dates(
    text: str, sentences: Sequence[Span], published: dt.datetime | None
) -> list[DateMention]:
    """Find the dates mentioned in *sentences* of *text*, in text order."""
    today = published.date() if published is not None else None
    dates: list[DateMention] = []
    orders: list[Order] = []  # the order of day and month each written date shows
    pending: list[tuple[int, tuple[int, int, int]]] = []  # index in dates, numbers
    for _sentence, start, end in windows(text, sentences, _CANDIDATE, _WINDOW):
        toks = tokenize(text, start, end)
        low = _lowered(toks)
        starters = _starters(low)
        i = 0
        while (at := bisect_left(starters, i)) < len(starters):
            i = starters[at]
            try:
                found = _date_at(toks, low, i, today)
            except (ValueError, OverflowError):
                found = None  # beyond the calendar: "6,000 years ago", "tomorrow" in 9999
            if found is None:
                i += 1
                continue
            first, last = toks[found.first][0], toks[found.last][1]
            if found.order is not None:
                orders.append(found.order)
            if found.pending is not None:
                pending.append((len(dates), found.pending))
            # `DateMention(...)` without keywords: the same object, one call cheaper
            dates.append(
                date_of(
                    text[first:last],
                    span_of(first, last),
                    found.value if found.granularity else None,
                    found.granularity if found.value else None,
                    found.relative,
                )
            )
            i = found.last + 1
    if pending:
        _resolve_numeric(dates, pending, article_order(orders))
    return dates


def _resolve_numeric(
    dates: list[DateMention], pending: list[tuple[int, tuple[int, int, int]]], order: Order | None
) -> None:
    """Give the numeric dates that could be read either way the article's order."""
    for index, (a, b, year) in pending:
        value = resolve(a, b, year, order)
        if value is not None:
            mention = dates[index]
            dates[index] = date_of(mention.text, mention.span, value, "day", False)  # noqa: FBT003


def _lowered(toks: list[Tok]) -> list[str]:
    """
    The tokens in lower case without a possessive ending: "Monday’s" -> "monday".

    One comprehension with no call per token: windows hold many tokens and few dates.
    """
    return [word[:-2] if (word := tok[2].lower()).endswith(_POSSESSIVE) else word for tok in toks]


def _starters(low: list[str]) -> list[int]:
    """
    The tokens a date can start at, in one comprehension; the scan jumps to them.

    "a" and "an" start a date only in "a year ago": elsewhere they are left out.
    """
    n = len(low)
    return [
        k
        for k, word in enumerate(low)
        if (word in _STARTS and (word not in _ARTICLES or (k + 2 < n and low[k + 2] == "ago")))
        or word[0].isdecimal()
        or ("-" in word and word.partition("-")[0] in _STARTS)
    ]


def _date_at(  # noqa: PLR0911 - one return per kind of date
    toks: list[Tok], low: list[str], i: int, today: dt.date | None
) -> _Found | None:
    """Read a date that starts at token *i*, if one does."""
    word = low[i]
    if is_digits(toks[i]):
        return (
            _numeric(toks, i)
            or _iso(toks, i)
            or _day_first(toks, low, i, today)
            or _ago(toks, low, i, today)
            or _year(toks, low, i)
        )
    if not is_word(toks[i]):
        return None
    if month_at(toks, i) is not None:
        return _month_first(toks, low, i, today)
    if word in _FULL_WEEKDAYS and toks[i][2][0].isupper():
        return _weekday(i, i, WEEKDAYS[word], 0, today)
    if word in RELATIVE_DAYS:
        value = today + dt.timedelta(days=RELATIVE_DAYS[word]) if today else None
        return _Found(first=i, last=i, value=value, granularity="day", relative=True)
    if word in PERIOD_SHIFTS and i + 1 < len(toks):
        return _shifted(toks, low, i, today)
    return _ago(toks, low, i, today)


def _date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day ("February 30")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day_number(toks: list[Tok], low: list[str], i: int) -> tuple[int, int] | None:
    """A day of the month at token *i* ("28", "28th"): (day, last token)."""
    if i >= len(toks) or not plain_integer(toks[i][2]) or not 1 <= int(toks[i][2]) <= 31:  # noqa: PLR2004
        return None
    if i + 1 < len(toks) and glued(toks, i + 1):
        if low[i + 1] in ORDINAL_SUFFIXES:
            return int(toks[i][2]), i + 1
        if is_word(toks[i + 1]) or is_digits(toks[i + 1]):
            return None
    return int(toks[i][2]), i


def _year_after(toks: list[Tok], low: list[str], j: int) -> tuple[int, int] | None:
    """A year at token *j*, after an optional comma: (year, last token)."""
    if j < len(toks) and low[j] == ",":
        j += 1
    if j >= len(toks) or not is_digits(toks[j]) or len(toks[j][2]) != 4:  # noqa: PLR2004
        return None
    if plain_integer(toks[j][2]) and not (
        j + 1 < len(toks) and glued(toks, j + 1) and is_word(toks[j + 1])
    ):
        return int(toks[j][2]), j
    return None


def _nearest_year(month: int, day: int, today: dt.date | None) -> dt.date | None:
    """The date of a yearless day in the year that puts it nearest *today*."""
    if today is None:
        return None
    best = None
    for year in (today.year - 1, today.year, today.year + 1):
        candidate = _date(year, month, day)
        if candidate and (best is None or abs(candidate - today) < abs(best - today)):
            best = candidate
    return best


def _month_first(toks: list[Tok], low: list[str], i: int, today: dt.date | None) -> _Found | None:
    """ "August 28, 2018", "Aug. 28", "August 2018"."""
    month = month_at(toks, i)
    assert month is not None  # noqa: S101 - the caller checked
    j = i + 1
    if j < len(toks) and toks[j][2] == "." and glued(toks, j):
        j += 1
    day = _day_number(toks, low, j)
    if day is not None:
        year = _year_after(toks, low, day[1] + 1)
        if year is not None:
            value = _date(year[0], month, day[0])
            found = _Found(first=i, last=year[1], value=value, granularity="day", order="mdy")
            return found if value else None
        value = _nearest_year(month, day[0], today)
        return _Found(first=i, last=day[1], value=value, granularity="day", order="mdy")
    year = _year_after(toks, low, j) if j < len(toks) and low[j] != "," else None
    if year is not None:
        return _Found(first=i, last=year[1], value=dt.date(year[0], month, 1), granularity="month")
    if is_bare_month(toks, low, i):  # "in March", "by April"
        return _Found(first=i, last=i, value=bare_month(low, i, today), granularity="month")
    return None


def _day_first(toks: list[Tok], low: list[str], i: int, today: dt.date | None) -> _Found | None:
    """ "28 August 2018", "28th of August"."""
    day = _day_number(toks, low, i)
    if day is None:
        return None
    j = day[1] + 1
    if j < len(toks) and low[j] == "of":
        j += 1
    month = month_at(toks, j)
    if month is None:
        return None
    if (
        j + 1 < len(toks)
        and toks[j + 1][2] == "."
        and glued(toks, j + 1)
        and low[j] in _ABBREVIATED
    ):
        j += 1  # "3 Sept. 2019", not the full stop of "on 14 June."
    year = _year_after(toks, low, j + 1)
    if year is not None:
        value = _date(year[0], month, day[0])
        found = _Found(first=i, last=year[1], value=value, granularity="day", order="dmy")
        return found if value else None
    value = _nearest_year(month, day[0], today)
    return _Found(first=i, last=j, value=value, granularity="day", order="dmy")


def _numeric(toks: list[Tok], i: int) -> _Found | None:
    """A numeric date, "8/28/2018": resolved now when only one order fits, else pending."""
    numbers = numeric(toks, i)
    if numbers is None:
        return None
    a, b, year = numbers
    order = order_of(a, b)
    if order is None and a != b:
        return _Found(first=i, last=i + 4, pending=numbers)
    value = resolve(a, b, year, order)
    if value is None:
        return None
    return _Found(first=i, last=i + 4, value=value, granularity="day", order=order)


def _iso(toks: list[Tok], i: int) -> _Found | None:
    """An ISO 8601 date: "2018-08-28"."""
    if i + 4 >= len(toks) or len(toks[i][2]) != 4:  # noqa: PLR2004
        return None
    parts = toks[i : i + 5]
    if not all(glued(toks, k) for k in range(i + 1, i + 5)):
        return None
    if parts[1][2] != "-" or parts[3][2] != "-":
        return None
    if not all(plain_integer(p[2]) and len(p[2]) == 2 for p in (parts[2], parts[4])):  # noqa: PLR2004
        return None
    value = _date(int(parts[0][2]), int(parts[2][2]), int(parts[4][2]))
    if value is None:
        return None
    return _Found(first=i, last=i + 4, value=value, granularity="day")


def _year(toks: list[Tok], low: list[str], i: int) -> _Found | None:
    """A year on its own: "in 2015", "the 2015 agreement" (not "2,015", "1990s", "$2000")."""
    if not is_year(toks, i):
        return None
    if i + 1 < len(toks) and glued(toks, i + 1) and is_word(toks[i + 1]):
        return None  # "1990s", "2000m"
    if i + 1 < len(toks) and low[i + 1] in {"%", "percent"}:
        return None
    if i > 0 and toks[i - 1][2] in {"$", "£", "€", "¥"}:
        return None
    return _Found(first=i, last=i, value=dt.date(int(toks[i][2]), 1, 1), granularity="year")


def _weekday(first: int, last: int, weekday: int, shift: int, today: dt.date | None) -> _Found:
    """A weekday: the latest such day on or before *today*; "last" goes back a week more
    when that is today, "next" forward to the first such day after it."""
    if today is None:
        return _Found(first=first, last=last, relative=True)
    back = (today.weekday() - weekday) % _DAYS_IN_WEEK
    if shift < 0 and back == 0:
        back = _DAYS_IN_WEEK
    value = today - dt.timedelta(days=back)
    if shift > 0:
        value = today + dt.timedelta(
            days=(weekday - today.weekday()) % _DAYS_IN_WEEK or _DAYS_IN_WEEK
        )
    return _Found(first=first, last=last, value=value, granularity="day", relative=True)


def _add_months(day: dt.date, months: int) -> dt.date:
    """The first of the month *months* after the month of *day*."""
    index = day.year * _MONTHS_IN_YEAR + day.month - 1 + months
    return dt.date(index // _MONTHS_IN_YEAR, index % _MONTHS_IN_YEAR + 1, 1)


def _shifted(  # noqa: PLR0911 - one return per kind of period
    toks: list[Tok], low: list[str], i: int, today: dt.date | None
) -> _Found | None:
    """ "last month", "next year", "this week", "last Thursday", "last August"."""
    shift = PERIOD_SHIFTS[low[i]]
    nxt = low[i + 1]
    if low[i] == "past":
        return None  # "the past year" is a span of time, not a date
    if nxt in _FULL_WEEKDAYS:
        return _weekday(i, i + 1, WEEKDAYS[nxt], shift, today)
    month = month_at(toks, i + 1)
    if month is not None and nxt in MONTHS and len(nxt) > 3:  # noqa: PLR2004
        if today is None:
            return _Found(first=i, last=i + 1, relative=True)
        year = today.year + (shift if shift and (month - today.month) * shift <= 0 else 0)
        return _Found(
            first=i, last=i + 1, value=dt.date(year, month, 1), granularity="month", relative=True
        )
    period = PERIODS.get(nxt)
    if period is None or nxt.endswith("s"):
        return None
    if today is None or period in {"week", "day"}:
        return _Found(first=i, last=i + 1, relative=True)
    if period == "month":
        return _Found(
            first=i, last=i + 1, value=_add_months(today, shift), granularity="month", relative=True
        )
    return _Found(
        first=i,
        last=i + 1,
        value=dt.date(today.year + shift, 1, 1),
        granularity="year",
        relative=True,
    )


def _ago(  # noqa: PLR0911 - one return per kind of period
    toks: list[Tok], low: list[str], i: int, today: dt.date | None
) -> _Found | None:
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
        return _Found(first=i, last=j + 1, relative=True)
    if period in {"day", "week"}:
        days = count * (_DAYS_IN_WEEK if period == "week" else 1)
        return _Found(
            first=i,
            last=j + 1,
            value=today - dt.timedelta(days=days),
            granularity="day",
            relative=True,
        )
    if period == "month":
        return _Found(
            first=i,
            last=j + 1,
            value=_add_months(today, -count),
            granularity="month",
            relative=True,
        )
    return _Found(
        first=i,
        last=j + 1,
        value=dt.date(today.year - count, 1, 1),
        granularity="year",
        relative=True,
    )
