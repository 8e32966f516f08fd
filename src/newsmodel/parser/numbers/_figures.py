"""
Figures: the numbers a news text states, with what they count and how sure it is.

One left-to-right scan per sentence over number tokens (`newsmodel.parser.numbers._numerals`).
At each number the stage reads, in this order: the number itself, with its magnitude
("2.5 million", "£40m", "a dozen", "tens of thousands"); what makes it no figure (a year,
a day of a month, a time, an ordinal, a phone number, a score, a name such as "G7" or
"Apollo 11"); the hedge and currency before it; a range ("4,000-5,000", "between 4,000
and 5,000"); and the unit after it: a percentage, a currency, a unit of measure, or
the counted noun phrase ("American service members").
What is no figure lives in `newsmodel.parser.numbers._figure_exclusions`, units in
`newsmodel.parser.numbers._figure_units`, the word lists in `newsmodel.parser.lexicons.numbers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from newsmodel.model import Figure, Span
from newsmodel.model._items import Number, figure_of
from newsmodel.model._span import span_of
from newsmodel.parser.lexicons.numbers import (
    CHANGE_WORDS,
    FRACTIONS,
    HEDGE_ALSO_HIGH,
    HEDGES,
    LONGEST_HEDGE,
    MAGNITUDES,
    SCORE_WORDS,
    SMALL_NUMBERS,
    TENS,
    TRAILING_HEDGES,
    VAGUE_COUNTS,
    VAGUE_QUANTITIES,
)
from newsmodel.parser.numbers._figure_exclusions import not_a_figure
from newsmodel.parser.numbers._figure_forms import (
    RATIO_UNIT,
    read_ratio,
    read_scientific,
    read_vague_count,
    vague_count_at,
)
from newsmodel.parser.numbers._figure_units import (
    CURRENCY_MARKS,
    DASHES,
    NUMBER_WORDS,
    SKIP,
    counted,
    currency_before,
    resolve_suffix,
    unit_after,
)
from newsmodel.parser.numbers._numerals import (
    FAST_START,
    Candidates,
    Core,
    Tok,
    glued,
    is_digits,
    is_word,
    is_year,
    plain_integer,
    read_digits,
    read_fraction,
    read_vague,
    read_words,
    tokenize,
    trie,
    windows,
)

_SIGNS = frozenset("+-−")
_SCORE_LIMIT = 30  # goals, sets and runs stay below this; "4-5 days" is a range anyway
_TALLY_LIMIT = 200  # a falling pair up to this ("89-89", "52-48") is a score or a tally
# Characters before a number that hedges, currencies and names use, and after it that
# units, ranges and counted noun phrases use.
_WINDOW = (40, 90)
_STARTERS = (
    frozenset(SMALL_NUMBERS)
    | frozenset(TENS)
    | frozenset(VAGUE_QUANTITIES)
    | frozenset(FRACTIONS)
    | frozenset({"a", "an", "half"})
)


# Where a figure may start: digits, or a number, vague or fraction word (hyphenated
# "twenty-one" and "two-thirds" start with one). A case-sensitive trie of the three ways
# news writes a word keeps the scan cheap.
_CANDIDATE_WORDS = _STARTERS - {"a", "an"} | frozenset(MAGNITUDES) | {"dozen"}
_CANDIDATE_FORMS = (
    _CANDIDATE_WORDS
    | {word.capitalize() for word in _CANDIDATE_WORDS}
    | {word.upper() for word in _CANDIDATE_WORDS}
)
_CANDIDATE_INITIALS = re.escape("".join(sorted({word[0] for word in _CANDIDATE_FORMS})))
# The fast form (see `Candidates`) reads a digit it consumed as the start of the digits,
# which end at the last digit so that a word after a trailing "," or "." still finds its
# boundary; the group ends where the exact form's digits end. Before a word, the
# lookahead lets only the candidates' initials into the trie.
_CANDIDATE = Candidates(
    exact=re.compile(
        r"(?=[\d" + _CANDIDATE_INITIALS + r"])(?:\d[\d,.]*|\b" + trie(_CANDIDATE_FORMS) + r"\b)"
    ),
    fast=re.compile(
        FAST_START
        + r"(?:(?=["
        + _CANDIDATE_INITIALS
        + r"])(?<=\W)"
        + trie(_CANDIDATE_FORMS)
        + r"\b|(?<=\d)(?:[\d,.]*\d)?(?=(?P<end>[,.]*)))"
    ),
)
_ARTICLES = frozenset({"a", "an"})
_WORD_STARTERS = _STARTERS - _ARTICLES
_STARTER_INITIALS = frozenset(word[0] for word in _STARTERS) | {"."}
# What "a" or "an" must stand before to read as a number ("a quarter of", "a million").
_ARTICLE_BEFORE = frozenset(FRACTIONS) | frozenset(MAGNITUDES) | {"dozen"}
# The last word of each hedge before a figure, and the first of each hedge after one.
_HEDGE_ENDS = frozenset(key[-1] for key in HEDGES)
_TRAILING_STARTS = frozenset(key[0] for key in TRAILING_HEDGES)
_INT_LIMIT = 2**63
_FLOAT_LIMIT = Decimal("1e300")
_SHARE_LIMIT = 1000  # "one in five", "3 out of 10": shares of a whole no larger than this
_ONE_OF_SKIP = frozenset(
    {"the", "his", "her", "its", "their", "our", "my", "your", "most", "these"}
)


class _Reading(NamedTuple):
    """What the scan read at one number: token indices and the parts of a Figure."""

    first: int
    last: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str | None
    approximate: bool
    qualifier: str | None


def find_figures(
    text: str, sentences: Sequence[Span], places: Sequence[tuple[Span, str]] = ()
) -> list[Figure]:
    """
    Find the figures stated in *sentences* of *text*, in text order.

    ``places`` are the mentions of place actors with their ids; a figure followed by
    "in <place>", or in a clause "<place>, home to ...", is tied to that place by
    ``Figure.about``.
    """
    starts = {span.start: actor for span, actor in places}
    # Only a place followed by "home to" can be found before a figure: keep those, sorted by
    # end, so that `_about` bisects instead of scanning every mention (quadratic on 1 MB).
    homes = [(span, actor) for span, actor in places if text.startswith(_HOME_TO, span.end)]
    places = sorted(homes, key=_span_end)
    figures: list[Figure] = []
    for sentence, window_start, window_end in windows(text, sentences, _CANDIDATE, _WINDOW):
        toks = tokenize(text, window_start, window_end)
        figures.extend(_scan(text, toks, sentence, starts, places))
    return figures


def _scan(
    text: str,
    toks: list[Tok],
    sentence: Span,
    starts: dict[int, str],
    places: Sequence[tuple[Span, str]],
) -> list[Figure]:
    """Read the figures among *toks*, left to right."""
    low = [tok[2].lower() for tok in toks]
    starters = _starters(low)
    figures: list[Figure] = []
    i = 0
    while (at := bisect_left(starters, i)) < len(starters):
        reading, i = _read_at(toks, low, starters[at])
        numbers = None if reading is None else _numbers(reading)
        if reading is not None and numbers is not None:
            start, end = toks[reading.first][0], toks[reading.last][1]
            last = reading.last
            about = None
            # Only a place after "in" and co., or before "home to", is what a figure is about.
            if places or (starts and last + 1 < len(low) and low[last + 1] in _ABOUT_PLACE):
                about = _about(
                    text,
                    toks,
                    low,
                    last,
                    before=(sentence.start, start),
                    starts=starts,
                    places=places,
                )
            # `Figure(...)` without keywords: the same object, one call cheaper
            figures.append(
                figure_of(
                    text[start:end],
                    span_of(start, end),
                    numbers[0],
                    numbers[1],
                    numbers[2],
                    reading.approximate,
                    reading.qualifier,
                    reading.unit,
                    about,
                )
            )
    return figures


def _starters(low: list[str]) -> list[int]:
    """
    The tokens a figure can start at, found in one comprehension rather than one loop
    turn per token; the scan then jumps from one to the next at or after its position.

    A lone full stop, and "a" or "an" before no fraction, magnitude or "dozen", read no
    number: they are left out, so the scan does not stop at every sentence's end.
    """
    n = len(low)
    return [
        k
        for k, word in enumerate(low)
        if (
            (first := word[0]) in _STARTER_INITIALS  # most words are out at this first test
            and (
                word in _WORD_STARTERS
                or (first == "." and len(word) > 1)  # ".5"
                or ("-" in word and word.partition("-")[0] in _STARTERS)  # "twenty-one"
                or (word in _ARTICLES and k + 1 < n and low[k + 1] in _ARTICLE_BEFORE)
                or vague_count_at(low, k)  # "several hundred"
            )
        )
        or first.isdecimal()
    ]


def _number(value: Decimal | None) -> Number | None:
    """
    An int when the value is whole and fits 64 bits, else a float: what JSON carries
    best (JSON readers lose integers past 64 bits).
    """
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < _INT_LIMIT:
        return int(value)
    return float(value)


def _numbers(reading: _Reading) -> tuple[Number | None, Number | None, Number | None] | None:
    """
    The value, low and high of *reading* as `_number` makes them, or None when one of
    them does not fit a finite float ("9" x 400 does not).
    """
    value, low, high = reading.value, reading.low, reading.high
    for part in (value, low, high):  # a loop: no generator per figure
        if part is not None and not abs(part) < _FLOAT_LIMIT:
            return None
    return (
        None if value is None else _number(value),
        None if low is None else _number(low),
        None if high is None else _number(high),
    )


def _core_at(toks: list[Tok], low: list[str], i: int) -> Core | None:  # noqa: PLR0911
    """Read the number that starts at token *i*, if one does."""
    written = toks[i][2]
    first = written[0]
    if first.isdecimal() or (first == "." and len(written) > 1):  # `is_digits`, inlined
        core = read_digits(toks, low, i)
        return (core and read_scientific(toks, core)) or core
    if not first.isalpha():  # `is_word`
        return None
    word = low[i]
    if word in VAGUE_QUANTITIES:
        return read_vague(toks, low, i)
    if word in VAGUE_COUNTS:
        return read_vague_count(low, i)
    if "-" in word or word in FRACTIONS or word in {"a", "an", "one"}:
        core = read_fraction(toks, low, i)
        if core is not None:
            return core
    if word in NUMBER_WORDS or word in {"a", "an"} or word.partition("-")[0] in TENS:
        return read_words(toks, low, i)
    return None


# The readers below are ladders of rules, read top to bottom; splitting them would
# scatter one decision over several functions.
def _read_at(  # noqa: C901, PLR0911, PLR0912, PLR0915
    toks: list[Tok], low: list[str], i: int
) -> tuple[_Reading | None, int]:
    """Read a figure at token *i*: (the reading or None, where to continue)."""
    ratio = read_ratio(toks, low, i)
    if ratio is not None:
        return _ratio_reading(ratio), ratio.last + 1
    core = _core_at(toks, low, i)
    if core is None:
        return None, i + 1
    skip = not_a_figure(toks, low, core)
    if skip:
        return None, skip
    first = core.first
    negative = False
    # sign and currency before the number: "-5", "$-50.8bn", "US $58", "$US55"
    first, currency = currency_before(toks, low, first)
    if _signed(toks, first):
        first -= 1
        negative = toks[first][2] != "+"
        first, currency = (first, currency) if currency else currency_before(toks, low, first)
    elif first > 0 and low[first - 1] == "minus":
        first -= 1
        negative = True
    elif first > 1 and toks[first - 1][2] == "-" and low[first - 2] == "minus":
        first -= 2  # "minus-5 yards"
        negative = True
    if core.ambiguous is not None:
        core = resolve_suffix(toks, low, core, currency=currency is not None)
    share = _share(toks, low, core)
    if share is not None:
        core = share
    hedge_first, hedge = _hedge_before(low, first)
    last = core.last
    if low[core.first] == "one" and core.last == core.first and _next_is(low, last, "of"):
        unit, last = _one_of(toks, low, core)  # "one of the best screens"
    else:
        unit, last = unit_after(toks, low, last, core, currency)
    if unit is SKIP:
        return None, core.last + 1
    value, lo, hi = core.value, core.low, core.high
    ranged = _range_after(toks, low, core, last, currency=currency, first=first)
    if ranged is not None:
        lo, hi, last, unit2 = ranged
        value = None
        unit = unit or unit2
        if hedge is None and first > 0 and low[first - 1] in {"between", "from"}:
            first -= 1  # the range's text starts at "between"
            hedge_first = first
    elif _is_score_pair(toks, low, core, last):
        return None, last + 3
    if negative and value is not None:
        value = -value
    approximate, qualifier = False, None
    if hedge is not None:
        qualifier = " ".join(hedge)
        bound = HEDGES[hedge]
        approximate = bound == "approximate"
        if value is not None and hedge in HEDGE_ALSO_HIGH:
            hi = value  # "nearly 5,000": about 5,000, and below it
        elif value is not None and bound in {"high", "low"}:
            # a bound is not the value: "more than 300" says only that it is above 300
            lo, hi = (value, None) if bound == "low" else (None, value)
            value = None
        first = hedge_first
    trailing = _trailing_hedge(toks, low, last)
    if trailing:
        approximate, qualifier, last = True, qualifier or trailing[0], trailing[1]
    if unit is None and core.in_words and core.value is not None and low[core.first] == "one":
        return None, core.last + 1  # a lone "one" with nothing counted is a pronoun
    reading = _Reading(
        first=first,
        last=last,
        value=value,
        low=lo,
        high=hi,
        unit=unit,
        approximate=approximate,
        qualifier=qualifier,
    )
    return reading, last + 1


def _ratio_reading(ratio: Core) -> _Reading:
    """A ratio ("3:1") as a figure: its value, in the unit "ratio", never hedged."""
    return _Reading(
        first=ratio.first,
        last=ratio.last,
        value=ratio.value,
        low=None,
        high=None,
        unit=RATIO_UNIT,
        approximate=False,
        qualifier=None,
    )


def _next_is(low: list[str], last: int, word: str) -> bool:
    """Whether token ``last + 1`` is *word*."""
    return last + 1 < len(low) and low[last + 1] == word


def _one_of(toks: list[Tok], low: list[str], core: Core) -> tuple[str | None, int]:
    """The unit of "one of the most spectacular catches": "spectacular catches"."""
    k = core.last + 2
    while k < len(toks) and low[k] in _ONE_OF_SKIP:
        k += 1
    unit, end = counted(toks, low, k, core) if k < len(toks) else (None, core.last)
    return (unit, end) if unit is not None else (None, core.last)


def _share(toks: list[Tok], low: list[str], core: Core) -> Core | None:  # noqa: PLR0911
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
        if not _next_is(low, k, "of"):
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


def _signed(toks: list[Tok], first: int) -> bool:
    """Whether a sign stands glued before token *first* ("-5", "+0.8%"), not a hyphen."""
    if first == 0 or toks[first - 1][2] not in _SIGNS or not glued(toks, first):
        return False
    mark = first - 1
    return mark == 0 or not glued(toks, mark) or toks[mark - 1][2] in CURRENCY_MARKS


def _hedge_before(low: list[str], first: int) -> tuple[int, tuple[str, ...] | None]:
    """The longest hedge that ends just before token *first* ("more than", "about")."""
    if first == 0 or low[first - 1] not in _HEDGE_ENDS:
        return first, None  # most figures have none: no tuple built per length
    for size in range(min(LONGEST_HEDGE, first), 0, -1):
        key = tuple(low[first - size : first])
        if key in HEDGES:
            return first - size, key
    return first, None


def _trailing_hedge(toks: list[Tok], low: list[str], last: int) -> tuple[str, int] | None:
    """A hedge after the figure ("20 or so", "40-odd"): (its words, its last token)."""
    if last + 1 >= len(toks) or low[last + 1] not in _TRAILING_STARTS:
        return None
    for key in TRAILING_HEDGES:
        end = last + len(key)
        if end < len(toks) and tuple(low[last + 1 : end + 1]) == key:
            return " ".join(w for w in key if w != "-"), end
    return None


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


def _is_score_pair(toks: list[Tok], low: list[str], core: Core, last: int) -> bool:
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


def _range_after(  # noqa: C901, PLR0911, PLR0912
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


def _about(
    text: str,
    toks: list[Tok],
    low: list[str],
    last: int,
    *,
    before: tuple[int, int],
    starts: dict[int, str],
    places: Sequence[tuple[Span, str]],
) -> str | None:
    """The place a figure is tied to: "... in Iraq" after it, or "Iraq, home to ..." before."""
    k = last + 1
    if k < len(toks) and low[k] in _ABOUT_PLACE:
        k += 1
        if k < len(toks) and toks[k][0] in starts:
            return starts[toks[k][0]]
        if k + 1 < len(toks) and low[k] == "the" and toks[k + 1][0] in starts:
            return starts[toks[k + 1][0]]
    # *places* are the "home to" mentions sorted by end (see `find_figures`): the last one
    # that ends in *before* (start, end) and starts in it too is the nearest; only mentions
    # straddling its start are stepped over, so this costs a bisection, not a scan.
    first, stop = before
    i = bisect_right(places, stop, key=_span_end)
    while i > 0:
        i -= 1
        span, actor = places[i]
        if span.end < first:
            break
        if first <= span.start and span.end <= stop and text.startswith(_HOME_TO, span.end):
            return actor
    return None


#: The words between a figure and the place it is about: "2,500 troops in Iraq".
_ABOUT_PLACE = frozenset({"in", "across", "throughout", "inside"})
#: What follows a place named before the figure it is about: "Iraq, home to 2,500 ...".
_HOME_TO = (", home to", " home to")


def _span_end(place: tuple[Span, str]) -> int:
    return place[0].end
