"""
Figures written with two numbers: a range ("4,000-5,000", "between 4,000 and 5,000",
"three or four", "from $75 in October to $45"), a share ("one in five", "3 out of 10")
and a score ("won 3-1"), which is no figure.

Each reader looks at a few tokens after the first number, so the stage stays linear.
"""

from __future__ import annotations

from decimal import Decimal

from newsmodel.parser.lexicons.numbers import CHANGE_WORDS, SCORE_WORDS, SPAN_BREAKS, SPAN_GAP
from newsmodel.parser.numbers._figure_exclusions import not_a_figure
from newsmodel.parser.numbers._figure_units import (
    CURRENCY_MARKS,
    DASHES,
    SKIP,
    currency_before,
    resolve_suffix,
    unit_after,
)
from newsmodel.parser.numbers._numerals import (
    Core,
    Tok,
    glued,
    is_digits,
    is_word,
    is_year,
    next_is,
    plain_integer,
    read_digits,
    read_words,
)

_SCORE_LIMIT = 30  # goals, sets and runs stay below this; "4-5 days" is a range anyway
_TALLY_LIMIT = 200  # a falling pair up to this ("89-89", "52-48") is a score or a tally
_SHARE_LIMIT = 1000  # "one in five", "3 out of 10": shares of a whole no larger than this


def read_share(toks: list[Tok], low: list[str], core: Core) -> Core | None:  # noqa: PLR0911
    """
    A share written as two numbers: "one in five", "3 out of 10", "1/16 of": the
    figure is the fraction (0.2, 0.3, 0.0625).
    """
    j = core.last + 1
    n = len(toks)
    if core.value is None or core.magnitude != 1 or j + 1 >= n:
        return None
    if low[j] == "in" or (low[j] == "out" and low[j + 1] == "of"):
        k = j + 1 if low[j] == "in" else j + 2
    elif toks[j][2] in {"/", "⁄"} and glued(toks, j) and glued(toks, j + 1):
        k = j + 1
        if not next_is(low, k, "of"):
            return None
    else:
        return None
    if k >= n:
        return None
    if is_digits(toks[k]):
        whole = read_digits(toks, low, k)
        if whole is None or is_year(toks, k) or not plain_integer(toks[k][2]):
            return None
    else:
        whole = read_words(toks, low, k) if is_word(toks[k]) and low[k] not in {"a", "an"} else None
    if whole is None or whole.value is None or whole.magnitude != 1:
        return None
    if not 0 < core.value < whole.value <= _SHARE_LIMIT:
        return None
    value = Decimal(str(round(core.value / whole.value, 4)))
    return Core(first=core.first, last=whole.last, value=value, mantissa=value, in_words=True)


def _score_context(toks: list[Tok], low: list[str], first: int, after: int) -> bool:
    """Whether a word of sport stands just before token *first* or at token *after*."""
    before = low[first - 1] if first > 0 else ""
    nxt = low[after] if after < len(toks) else ""
    return before in SCORE_WORDS or nxt in SCORE_WORDS


def _small_pair(toks: list[Tok], core: Core, j: int, limit: int = 30) -> bool:
    """Whether *core* and the digits at *j* are two small plain integers, as in a score."""
    if core.in_words or core.magnitude != 1 or not plain_integer(toks[core.first][2]):
        return False
    if not plain_integer(toks[j][2]) or (
        j + 1 < len(toks) and glued(toks, j + 1) and toks[j + 1][2] not in ".,;:!?)"
    ):
        return False
    return int(toks[core.first][2]) <= limit and int(toks[j][2]) <= limit


def is_score_pair(toks: list[Tok], low: list[str], core: Core, last: int) -> bool:
    """Whether the figure is the first half of a score ("2-1", "won 3-1", "tied at 89-89")."""
    j = last + 1
    if last != core.last or j + 1 >= len(toks) or toks[j][2] not in DASHES:
        return False
    if not is_digits(toks[j + 1]) or not _small_pair(toks, core, j + 1, _TALLY_LIMIT):
        return False
    first, second = int(toks[core.first][2]), int(toks[j + 1][2])
    if first >= second:
        return True  # a falling pair is no range, so it is a score or a tally
    return second <= _SCORE_LIMIT and _score_context(toks, low, core.first, j + 2)


def range_after(  # noqa: C901, PLR0911, PLR0912
    toks: list[Tok], low: list[str], core: Core, last: int, *, currency: str | None, first: int
) -> tuple[Decimal, Decimal, int, str | None] | None:
    """
    A range that continues after token *last*: "4,000-5,000", "4,000 to 5,000", "between
    4,000 and 5,000", "three or four": (low, high, last token, unit after the high end).

    "X to Y" after a word of change ("rose 5% to $10") is a change and a level: two
    figures. "From X to Y" is the span a quantity moved over, falling or rising: one
    range ("from 4.8 to 4.7 percent" is 4.7-4.8).
    """
    n = len(toks)
    j = last + 1
    if core.value is None or j + 1 >= n:
        return None
    connector = low[j]
    before = low[first - 1] if first > 0 else ""
    if connector in DASHES or connector == "or":
        pass
    elif connector == "to":
        if before in CHANGE_WORDS and (last != core.last or currency is not None):
            return None  # "rose 5% to $10": a change and a level, not "by 1 to 1.5 degrees"
    elif connector != "and" or before != "between":
        return None
    k = j + 1
    other, cur2 = currency_before(toks, low, k + 1) if toks[k][2] in CURRENCY_MARKS else (k, None)
    if cur2 is not None:
        k += 1 if other == k else 2
    if cur2 is not None and currency is not None and cur2 != currency:
        return None
    if k >= n:
        return None
    second = read_digits(toks, low, k) if is_digits(toks[k]) else None
    if second is None and is_word(toks[k]) and core.in_words:
        second = read_words(toks, low, k)
    if (
        second is None
        or second.value is None
        or (is_digits(toks[k]) and not_a_figure(toks, low, second))
    ):
        return None
    if (
        connector in DASHES
        and _small_pair(toks, core, k)
        and _score_context(toks, low, first, second.last + 1)
    ):
        return None
    if second.ambiguous is not None:
        second = resolve_suffix(toks, low, second, currency=(currency or cur2) is not None)
    lo, hi = core.value, second.value
    if lo is None or hi is None:
        return None
    top = second.mantissa if second.mantissa is not None else hi
    if core.magnitude == 1 and second.magnitude > 1 and lo <= top:
        lo *= second.magnitude  # "$89 to $93 billion", but not "$200 to $4 million"
    if lo > hi and before == "from" and connector == "to":
        lo, hi = hi, lo  # "fell from 4.8 to 4.7 percent": the span it moved over
    if hi is None or lo >= hi:
        return None
    unit, end = unit_after(toks, low, second.last, second, currency or cur2)
    if unit is SKIP:
        unit, end = None, second.last
    return lo, hi, end, unit


def span_to(low: list[str], first: int, last: int) -> int | None:
    """
    Where "to" stands when the figure at tokens *first..last* opens a span that a few
    words part from its end: "from $75 a barrel in October to $45", "from 20 miles per
    gallon in 2008 to 29 mpg". None when "from" is not before it, or no such "to" follows.

    Only a few words may part the two ends (`SPAN_GAP`), none of them a mark or a word
    that opens another clause, so the words between can only say where or when.
    """
    if first == 0 or low[first - 1] != "from":
        return None
    for k in range(last + 1, min(last + 2 + SPAN_GAP, len(low) - 1)):
        word = low[k]
        if word == "to":
            return k if k > last + 1 else None  # "from 4.8 to 4.7": a range already
        if word in SPAN_BREAKS or not (word[0].isalnum()):
            return None
    return None
