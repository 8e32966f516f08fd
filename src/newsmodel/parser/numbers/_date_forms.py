"""
Dates read beside the main rules of `newsmodel.parser.numbers._date_absolute`: a bare month
after a word of time ("in March", "by April") and numeric dates ("8/28/2018", "28/8/2018");
and `Found`, what every date reader returns.

A numeric date whose day and month could be swapped ("3/4/2018") takes the order the
article itself uses: its numeric dates that cannot be swapped ("8/28/2018" is month
first) and its written dates ("August 28" is month first, "28 August" day first).
When the article says nothing, or says both equally, the date stays unresolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal, NamedTuple, TypeAlias

from newsmodel.model import Granularity
from newsmodel.parser.lexicons.numbers import MONTH_LEADS, MONTHS, PAST_MONTH_LEADS
from newsmodel.parser.numbers._numerals import Tok, glued, plain_integer

Order: TypeAlias = Literal["dmy", "mdy"]

_SEPARATORS = frozenset("/-")
_MONTHS_IN_YEAR = 12
_LAST_DAY = 31
_YEAR_DIGITS = 4
_MID_MONTH = 15  # a month's distance from publication is measured from its middle
_SHORTEST_MONTH_NAME = 4  # "June", not "Jun" or "May" the word


class Found(NamedTuple):
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


def bare_month(low: list[str], i: int, today: dt.date | None) -> dt.date | None:
    """
    The month of a bare month name after a word of time ("in March", "by April"), in the
    year that puts it nearest *today*, or after "since" the last such month on or before
    it; None when *today* is unknown.

    The caller checked that token *i* names a month with no day or year after it.
    """
    month = MONTHS[low[i].rstrip(".")]
    if today is None:
        return None
    if low[i - 1] in PAST_MONTH_LEADS:  # "since December": the last one before publication
        year = today.year if month <= today.month else today.year - 1
        return dt.date(year, month, 1)
    best: dt.date | None = None
    for year in (today.year - 1, today.year, today.year + 1):
        middle = dt.date(year, month, _MID_MONTH)
        if best is None or abs(middle - today) < abs(best - today):
            best = middle
    assert best is not None  # noqa: S101 - three years were tried
    return best.replace(day=1)


def is_bare_month(toks: list[Tok], low: list[str], i: int) -> bool:
    """
    Whether token *i* is a month name, written out and capitalized, after a word of time
    and before no capitalized word ("a song by April Jones" names no month).
    """
    word = toks[i][2]
    named = i + 1 < len(toks) and toks[i + 1][2][0].isupper()  # "by April Jones": a name
    return (
        i > 0
        and not named
        and low[i - 1] in MONTH_LEADS
        and word[0].isupper()
        and (len(word) >= _SHORTEST_MONTH_NAME or low[i] == "may")
        and low[i] in MONTHS
    )


def numeric(toks: list[Tok], i: int) -> tuple[int, int, int] | None:
    """
    A numeric date at token *i*: "8/28/2018", "28-8-2018": its two leading numbers and
    its year, when both numbers can be a day and one of them a month.
    """
    if i + 4 >= len(toks) or not all(glued(toks, k) for k in range(i + 1, i + 5)):
        return None
    first, sep, second, sep2, year = (t[2] for t in toks[i : i + 5])
    if sep not in _SEPARATORS or sep2 != sep:
        return None
    if not (
        plain_integer(first)
        and plain_integer(second)
        and plain_integer(year)
        and len(year) == _YEAR_DIGITS
        and len(first) <= 2  # noqa: PLR2004
        and len(second) <= 2  # noqa: PLR2004
    ) or (i + 5 < len(toks) and glued(toks, i + 5) and toks[i + 5][2][0].isalnum()):
        return None
    a, b = int(first), int(second)
    if not (1 <= a <= _LAST_DAY and 1 <= b <= _LAST_DAY) or min(a, b) > _MONTHS_IN_YEAR:
        return None
    return a, b, int(year)


def order_of(a: int, b: int) -> Order | None:
    """The order a numeric date shows by itself: "28/8" is day first, "8/28" month first."""
    if a > _MONTHS_IN_YEAR:
        return "dmy"
    if b > _MONTHS_IN_YEAR:
        return "mdy"
    return None


def article_order(seen: Sequence[Order]) -> Order | None:
    """The order most of the article's dates show, or None when none does or it is a tie."""
    days = sum(1 for order in seen if order == "dmy")
    months = len(seen) - days
    if days == months:
        return None
    return "dmy" if days > months else "mdy"


def resolve(a: int, b: int, year: int, order: Order | None) -> dt.date | None:
    """The date of "a/b/year" read in *order*, or None when the order is unknown."""
    if a == b:
        order = "mdy"  # "5/5/2018" reads the same both ways
    shown = order_of(a, b) or order
    if shown is None:
        return None
    day, month = (a, b) if shown == "dmy" else (b, a)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
