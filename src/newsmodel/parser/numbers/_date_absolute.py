"""
Dates that carry their own value: "August 28, 2018", "28 August 2018", "Aug. 28",
"8/28/2018", "2018-08-28" and a year on its own ("the 2015 agreement").

A day without a year takes the publication's year (the one that puts it nearest to
publication); a numeric date whose day and month could be swapped waits for the
article's order (`newsmodel.parser.numbers._date_forms`).
"""

from __future__ import annotations

import datetime as dt

from newsmodel.parser.lexicons.numbers import MONTHS, ORDINAL_SUFFIXES
from newsmodel.parser.numbers._date_forms import (
    Found,
    bare_month,
    is_bare_month,
    numeric,
    order_of,
    resolve,
)
from newsmodel.parser.numbers._numerals import (
    Tok,
    glued,
    is_digits,
    is_word,
    is_year,
    month_at,
    plain_integer,
)

# Month abbreviations ("Sept"), which take a full stop: shorter than their month's name.
_ABBREVIATED = frozenset(
    name for name in MONTHS if len(name) < max(len(n) for n in MONTHS if MONTHS[n] == MONTHS[name])
)


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


def month_first(toks: list[Tok], low: list[str], i: int, today: dt.date | None) -> Found | None:
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
            found = Found(first=i, last=year[1], value=value, granularity="day", order="mdy")
            return found if value else None
        value = _nearest_year(month, day[0], today)
        return Found(first=i, last=day[1], value=value, granularity="day", order="mdy")
    year = _year_after(toks, low, j) if j < len(toks) and low[j] != "," else None
    if year is not None:
        return Found(first=i, last=year[1], value=dt.date(year[0], month, 1), granularity="month")
    if is_bare_month(toks, low, i):  # "in March", "by April"
        return Found(first=i, last=i, value=bare_month(low, i, today), granularity="month")
    return None


def day_first(toks: list[Tok], low: list[str], i: int, today: dt.date | None) -> Found | None:
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
        found = Found(first=i, last=year[1], value=value, granularity="day", order="dmy")
        return found if value else None
    value = _nearest_year(month, day[0], today)
    return Found(first=i, last=j, value=value, granularity="day", order="dmy")


def numeric_date(toks: list[Tok], i: int) -> Found | None:
    """A numeric date, "8/28/2018": resolved now when only one order fits, else pending."""
    numbers = numeric(toks, i)
    if numbers is None:
        return None
    a, b, year = numbers
    order = order_of(a, b)
    if order is None and a != b:
        return Found(first=i, last=i + 4, pending=numbers)
    value = resolve(a, b, year, order)
    if value is None:
        return None
    return Found(first=i, last=i + 4, value=value, granularity="day", order=order)


def iso_date(toks: list[Tok], i: int) -> Found | None:
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
    return Found(first=i, last=i + 4, value=value, granularity="day")


def year_alone(toks: list[Tok], low: list[str], i: int) -> Found | None:
    """A year on its own: "in 2015", "the 2015 agreement" (not "2,015", "1990s", "$2000")."""
    if not is_year(toks, i):
        return None
    if i + 1 < len(toks) and glued(toks, i + 1) and is_word(toks[i + 1]):
        return None  # "1990s", "2000m"
    if i + 1 < len(toks) and low[i + 1] in {"%", "percent"}:
        return None
    if i > 0 and toks[i - 1][2] in {"$", "£", "€", "¥"}:
        return None
    return Found(first=i, last=i, value=dt.date(int(toks[i][2]), 1, 1), granularity="year")
