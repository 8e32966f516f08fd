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
`newsmodel.parser.numbers._figure_units`, signs and hedges in `_figure_hedges`, ranges,
shares and scores in `_figure_pairs`, the place a figure is about in `_figure_places`,
the word lists in `newsmodel.parser.lexicons.numbers`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from newsmodel.model import Figure, Span
from newsmodel.model._items import Number, figure_of
from newsmodel.model._span import span_of
from newsmodel.parser.lexicons.numbers import (
    FRACTIONS,
    HEDGE_ALSO_HIGH,
    HEDGES,
    MAGNITUDES,
    SMALL_NUMBERS,
    TENS,
    VAGUE_COUNTS,
    VAGUE_QUANTITIES,
)
from newsmodel.parser.numbers._figure_exclusions import not_a_figure
from newsmodel.parser.numbers._figure_forms import (
    RATIO_MARKS,
    RATIO_UNIT,
    SCIENTIFIC_TIMES,
    read_ratio,
    read_scientific,
    read_vague_count,
)
from newsmodel.parser.numbers._figure_hedges import hedge_before, signed, trailing_hedge
from newsmodel.parser.numbers._figure_pairs import is_score_pair, range_after, read_share, span_to
from newsmodel.parser.numbers._figure_places import ABOUT_PLACE, homes, place_about
from newsmodel.parser.numbers._figure_units import (
    DASHES,
    NUMBER_WORDS,
    SKIP,
    currency_before,
    one_of,
    resolve_suffix,
    same_kind,
    share_of,
    unit_after,
)
from newsmodel.parser.numbers._numerals import (
    FAST_START,
    Candidates,
    Core,
    Tok,
    next_is,
    read_digits,
    read_fraction,
    read_vague,
    read_words,
    tokenize,
    trie,
    windows,
)

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
# The word after a number that a share or a range needs: `read_share` and `range_after`
# read nothing unless it is there, so the scan asks them only then.
_SHARE_MARKS = frozenset({"in", "out", "/", "⁄"})
_RANGE_CONNECTORS = DASHES | {"or", "to", "and"}
_WORD_STARTERS = _STARTERS - _ARTICLES
# What "a" or "an" must stand before to read as a number ("a quarter of", "a million").
_ARTICLE_BEFORE = frozenset(FRACTIONS) | frozenset(MAGNITUDES) | {"dozen"}
# The words that start a figure only before certain words: "a" or "an" before a fraction,
# a magnitude or "dozen", and a vague count before a magnitude ("several hundred").
_STARTER_BEFORE = dict.fromkeys(_ARTICLES, _ARTICLE_BEFORE) | {
    word: frozenset(MAGNITUDES) | {"dozen"} for word in VAGUE_COUNTS
}
_INT_LIMIT = 2**63
_FLOAT_LIMIT = Decimal("1e300")


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
    places = homes(text, places)
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
    opened: tuple[_Reading, int] | None = None  # a "from X" figure and the "to" after it
    while (at := bisect_left(starters, i)) < len(starters):
        reading, i = _read_at(toks, low, starters[at])
        numbers = None if reading is None else _numbers(reading)
        if reading is not None and numbers is not None:
            if opened is not None and reading.first == opened[1] + 1:
                spanned = _spanned(opened[0], reading)
                if spanned is not None and (merged := _numbers(spanned)) is not None:
                    figures.pop()  # "from $75 in October to $45": one span, not two figures
                    reading, numbers = spanned, merged
            opened = None
            if reading.value is not None:
                to = span_to(low, reading.first, reading.last)
                opened = None if to is None else (reading, to)
            start, end = toks[reading.first][0], toks[reading.last][1]
            last = reading.last
            about = None
            # Only a place after "in" and co., or before "home to", is what a figure is about.
            if places or (starts and last + 1 < len(low) and low[last + 1] in ABOUT_PLACE):
                about = place_about(
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
    The tests run from the cheapest and most telling to the rarest, with no call per
    token: most tokens are plain words that fail all five.
    """
    n = len(low)
    return [
        k
        for k, word in enumerate(low)
        if word in _WORD_STARTERS
        or (first := word[0]).isdecimal()
        # "a quarter of", "a million", "several hundred"
        or (word in _STARTER_BEFORE and k + 1 < n and low[k + 1] in _STARTER_BEFORE[word])
        or ("-" in word and word.partition("-")[0] in _STARTERS)  # "twenty-one"
        or (first == "." and len(word) > 1)  # ".5"
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
        # Scientific notation needs a times sign right after the digits: test that here,
        # not in a call at every number.
        if core is None or core.last + 1 >= len(toks):
            return core
        if toks[core.last + 1][2] in SCIENTIFIC_TIMES:
            return read_scientific(toks, core) or core
        return core
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
    # A ratio is one token with "-to-" ("three-to-one") or digits with ":" or "-" after
    # them ("3:1", "3-to-1"): `read_ratio` reads nothing else, so most numbers skip it.
    if "-to-" in low[i] or (i + 1 < len(toks) and toks[i + 1][2] in RATIO_MARKS):
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
    if signed(toks, first):
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
    n = len(toks)
    share = (
        read_share(toks, low, core)
        if core.last + 1 < n and low[core.last + 1] in _SHARE_MARKS
        else None
    )
    if share is not None:
        core = share
    hedge_first, hedge = hedge_before(low, first)
    last = core.last
    if low[core.first] == "one" and core.last == core.first and next_is(low, last, "of"):
        unit, last = one_of(toks, low, core)  # "one of the best screens"
    elif (
        core.in_words and core.value is not None and 0 < core.value < 1 and next_is(low, last, "of")
    ):
        unit, last = share_of(toks, low, core)  # "half of the voters", "1/16 of a pint"
    else:
        unit, last = unit_after(toks, low, last, core, currency)
    if unit is SKIP:
        return None, core.last + 1
    value, lo, hi = core.value, core.low, core.high
    ranged = (
        range_after(toks, low, core, last, currency=currency, first=first)
        if last + 1 < n and low[last + 1] in _RANGE_CONNECTORS
        else None
    )
    if ranged is not None:
        lo, hi, last, unit2 = ranged
        value = None
        unit = unit or unit2
        if hedge is None and first > 0 and low[first - 1] in {"between", "from"}:
            first -= 1  # the range's text starts at "between"
            hedge_first = first
    elif is_score_pair(toks, low, core, last):
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
    trailing = trailing_hedge(toks, low, last)
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


def _spanned(start: _Reading, end: _Reading) -> _Reading | None:
    """
    The span "from X ... to Y" of two figures, as one range from the lower to the higher,
    or None when they measure different things ("from 3 accounts ... to 2 banks").
    """
    if start.value is None or end.value is None or start.value == end.value:
        return None
    if not same_kind(start.unit, end.unit):
        return None
    lo, hi = sorted((start.value, end.value))
    return _Reading(
        first=start.first - 1,  # the range's text starts at "from"
        last=end.last,
        value=None,
        low=lo,
        high=hi,
        unit=start.unit or end.unit,
        approximate=start.approximate or end.approximate,
        qualifier=start.qualifier or end.qualifier,
    )


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
