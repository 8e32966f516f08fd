"""
Dates: the days, months and years a news text mentions, resolved where it can be.

Absolute dates ("August 28, 2018", "28 August 2018", "Aug. 28", "2018-08-28", the year in
"the 2015 agreement") carry their own value; a day without a year takes the publication's
year (the one that puts it nearest to publication): `newsmodel.parser.numbers._date_absolute`.
Relative dates ("on Thursday", "yesterday", "last month", "two weeks ago") are resolved
against *published* when it is given, and are otherwise kept unresolved but marked
``relative``: `newsmodel.parser.numbers._date_relative`.
This module finds where a date starts, reads it with one of those, and gives the numeric
dates that could be read either way the order the article itself uses.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence

from newsmodel.model import DateMention, Span
from newsmodel.model._items import date_of
from newsmodel.model._span import span_of
from newsmodel.parser.lexicons.numbers import (
    MONTHS,
    PERIOD_SHIFTS,
    RELATIVE_DAYS,
    SMALL_NUMBERS,
    TENS,
    WEEKDAYS,
)
from newsmodel.parser.numbers._date_absolute import (
    day_first,
    iso_date,
    month_first,
    numeric_date,
    year_alone,
)
from newsmodel.parser.numbers._date_forms import Found, Order, article_order, resolve
from newsmodel.parser.numbers._date_relative import FULL_WEEKDAYS, ago, shifted, weekday_date
from newsmodel.parser.numbers._numerals import (
    Candidates,
    Tok,
    is_digits,
    is_word,
    month_at,
    tokenize,
    trie,
    windows,
)

# Where a date may be: a month or weekday name, a relative day, "ago", "last/next/this"
# before a period, or four digits.
# Names are matched capitalized, as news writes them, so that "may" and "mar" open no
# window; relative words also at a sentence's start.
_NAMES = frozenset(MONTHS) | FULL_WEEKDAYS
_SHIFTED = tuple(
    f"{shift} {period}"
    for shift in ("last", "next", "this")
    for period in ("week", "month", "year")
)
_CANDIDATE_WORDS = (
    frozenset(name.capitalize() for name in _NAMES)
    | frozenset(RELATIVE_DAYS)
    | {word.capitalize() for word in RELATIVE_DAYS}
    | {"ago"}
    | frozenset(_SHIFTED)
    | {phrase.capitalize() for phrase in _SHIFTED}
)
_CANDIDATE_INITIALS = re.escape("".join(sorted({word[0] for word in _CANDIDATE_WORDS})))
# The words and phrases in one trie: at each position the engine follows one path of
# letters instead of trying the trie, "ago" and the three shifts in turn.
_CANDIDATE_FORMS = r"(?:\d{4}|" + trie(_CANDIDATE_WORDS) + r")\b"
# The lookahead lists every character a candidate can start with (digits and the
# initials), so the engine skips other positions at once.
# Every candidate starts at a word boundary: the fast form (see `Candidates`) consumes
# the character before it, which is never a digit (a digit before a candidate leaves no
# boundary), so digits are left out of what it may consume.
_CANDIDATE = Candidates(
    exact=re.compile(r"(?=[\d" + _CANDIDATE_INITIALS + r"])\b" + _CANDIDATE_FORMS),
    fast=re.compile(r"[^A-Za-z0-9_](?=[\d" + _CANDIDATE_INITIALS + r"])(?<=\W)" + _CANDIDATE_FORMS),
)
_WINDOW = (25, 20)
_POSSESSIVE = ("’s", "'s")
_ARTICLES = frozenset({"a", "an"})
# Words a date can start with: names, relative words, and the counts of "two weeks ago".
_STARTS = (
    frozenset(MONTHS)
    | FULL_WEEKDAYS
    | frozenset(RELATIVE_DAYS)
    | frozenset(PERIOD_SHIFTS)
    | frozenset(SMALL_NUMBERS)
    | frozenset(TENS)
    | {"a", "an"}
)


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
) -> Found | None:
    """Read a date that starts at token *i*, if one does."""
    word = low[i]
    if is_digits(toks[i]):
        # Numeric and ISO dates are five glued tokens ("8/28/2018", "2018-08-28"): most
        # numbers have a space after them, and skip both readers.
        glued_date = i + 4 < len(toks) and toks[i + 1][0] == toks[i][1]
        return (
            (glued_date and (numeric_date(toks, i) or iso_date(toks, i)))
            or day_first(toks, low, i, today)
            or ago(toks, low, i, today)
            or year_alone(toks, low, i)
        )
    if not is_word(toks[i]):
        return None
    if month_at(toks, i) is not None:
        return month_first(toks, low, i, today)
    if word in FULL_WEEKDAYS and toks[i][2][0].isupper():
        return weekday_date(i, i, WEEKDAYS[word], 0, today)
    if word in RELATIVE_DAYS:
        value = today + dt.timedelta(days=RELATIVE_DAYS[word]) if today else None
        return Found(first=i, last=i, value=value, granularity="day", relative=True)
    if word in PERIOD_SHIFTS and i + 1 < len(toks):
        return shifted(toks, low, i, today)
    return ago(toks, low, i, today)
