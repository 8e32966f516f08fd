"""
Units of the figures stage: what a number measures or counts, and the currency before it.

The unit is, in this order: "percent"; the ISO 4217 code of a currency; a unit of
measure as written ("km/h"); or the counted noun phrase ("American service members").
"""

from __future__ import annotations

from newsmodel.parser.lexicons.numbers import (
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_NEEDS_AMOUNT,
    CURRENCY_SYMBOLS,
    FRACTIONS,
    FUNCTION_WORDS,
    GLUED_ONLY_UNITS,
    HEDGES,
    LONGEST_COUNTED_NOUN,
    MAGNITUDE_SUFFIXES,
    MAGNITUDES,
    MEASURE_UNITS,
    PERCENT_WORDS,
    SMALL_NUMBERS,
    TENS,
    UNIT_PREFIXES,
    VAGUE_QUANTITIES,
    WEEKDAYS,
)
from newsmodel.parser.numbers._numerals import (
    Core,
    Tok,
    glued,
    is_digits,
    is_word,
    month_at,
)

DASHES = frozenset("-–—")
CURRENCY_MARKS = frozenset(key for key in CURRENCY_SYMBOLS if not key[0].isalpha())
NUMBER_WORDS = frozenset(SMALL_NUMBERS) | frozenset(TENS) | frozenset(MAGNITUDES)
HEDGE_WORDS = frozenset(word for key in HEDGES for word in key)
# The first words of percent and currency names: most words after a number are neither.
_PERCENT_FIRST = frozenset(key[0] for key in PERCENT_WORDS)
_CURRENCY_FIRST = frozenset(key[0] for key in CURRENCY_NAMES)
# A marker: the unit reader found that the number is a code ("5G"), not a figure.
SKIP = "\x00skip"
_SUFFIX_LIMIT = 5  # letters glued to a number that can still be a unit ("mAh", "km/h")
_ONE_OF_SKIP = frozenset(
    {"the", "his", "her", "its", "their", "our", "my", "your", "most", "these"}
)
# The determiners between a share and what it is of: "a quarter of a mile".
_SHARE_OF_SKIP = _ONE_OF_SKIP - {"most"} | {"a", "an", "all", "this", "that"}


def same_kind(unit: str | None, other: str | None) -> bool:
    """
    Whether two figures' units can be the two ends of one span: the same unit, a unit and
    none, or two units of measure ("miles per gallon" and "mpg"), not two counted nouns.
    """
    if unit is None or other is None or unit.lower() == other.lower():
        return True
    return _measured(unit) and _measured(other)


def _measured(unit: str) -> bool:
    """Whether *unit* is a unit of measure as `measure` reads one ("km", "square miles")."""
    word = unit.split(" ", 1)[0]
    return word in MEASURE_UNITS or word.lower() in MEASURE_UNITS or word.lower() in UNIT_PREFIXES


def join_tokens(toks: list[Tok], first: int, last: int) -> str:
    """The text of tokens ``first..last``, with single spaces where the text has space."""
    parts = [toks[first][2]]
    parts.extend(
        toks[k][2] if glued(toks, k) else " " + toks[k][2] for k in range(first + 1, last + 1)
    )
    return "".join(parts)


def unit_after(  # noqa: C901, PLR0911, PLR0912
    toks: list[Tok], low: list[str], last: int, core: Core, currency: str | None
) -> tuple[str | None, int]:
    """
    The unit after token *last*: (the unit or None, the unit's last token).

    A percentage is "percent", money its ISO 4217 code, a measure as written ("km/h"),
    else the counted noun phrase as written ("American service members"). Returns
    `SKIP` when letters glued to the number make it a code ("5G", "4K").
    """
    n = len(toks)
    j = last + 1
    if core.compound is not None:
        return core.compound, last  # "400 million-year-old", "1.8 billion-mile"
    if currency is not None:
        if j < n and low[j] in {"us", "u.s."} and toks[j][2].isupper():
            return currency, j  # "$76 US"
        return currency, last
    if j >= n:
        return None, last
    if toks[j][2] in CURRENCY_MARKS:
        return CURRENCY_SYMBOLS[toks[j][2]], j  # "1,200€"
    if glued(toks, j) and is_word(toks[j]):
        if (low[j],) in PERCENT_WORDS:
            return PERCENT_WORDS[low[j],], j  # "1.38pc"
        unit, end = measure(toks, low, j)
        if unit is not None:
            return unit, end
        return (SKIP, last) if len(toks[j][2]) <= _SUFFIX_LIMIT else (None, last)
    if low[j] in _PERCENT_FIRST:
        for size in (2, 1):
            key = tuple(low[j : j + size])
            if len(key) == size and key in PERCENT_WORDS:
                return PERCENT_WORDS[key], j + size - 1
    if low[j] in _CURRENCY_FIRST:
        for size in (3, 2, 1):
            key = tuple(low[j : j + size])
            if len(key) == size and key in CURRENCY_NAMES:
                return CURRENCY_NAMES[key], j + size - 1
    if toks[j][2] in CURRENCY_CODES:
        return toks[j][2], j
    if toks[j][2] in DASHES and glued(toks, j) and j + 1 < n and glued(toks, j + 1):
        if is_word(toks[j + 1]) and low[j + 1] != "odd":
            return toks[j + 1][2], j + 1  # "6.1-inch", "50-year-old"
        return None, last
    unit, end = measure(toks, low, j)
    if unit is not None:
        return unit, end
    return counted(toks, low, j, core)


def measure(toks: list[Tok], low: list[str], j: int) -> tuple[str | None, int]:
    """A unit of measure from token *j* ("km", "square miles", "km/h", "miles per hour")."""
    n = len(toks)
    word = toks[j][2]
    end = j
    if low[j] in UNIT_PREFIXES and (prefixed := _after_prefixes(low, j)):
        end = prefixed  # "square miles", "US fluid ounces"
    elif word in MEASURE_UNITS or (len(word) > 2 and low[j] in MEASURE_UNITS):  # noqa: PLR2004
        if word in GLUED_ONLY_UNITS and not glued(toks, j):
            return None, j
    elif word == "°" and j + 1 < n and toks[j + 1][2] in {"C", "F"}:
        end = j + 1
    else:
        return None, j
    if end + 1 < n and glued(toks, end + 1) and toks[end + 1][2] in {"2", "3"}:
        end += 1  # "m2", "cm3"
    # "km/h", "A/cm2"
    if end + 2 < n and toks[end + 1][2] == "/" and glued(toks, end + 1) and glued(toks, end + 2):
        end += 2
        if end + 1 < n and glued(toks, end + 1) and is_digits(toks[end + 1]):
            end += 1
    elif end + 1 < n and low[end + 1] in {"celsius", "fahrenheit"}:
        end += 1
    elif end + 2 < n and low[end + 1] == "per" and low[end + 2] in MEASURE_UNITS:
        end += 2  # "miles per hour"
    return join_tokens(toks, j, end), end


def _after_prefixes(low: list[str], j: int) -> int:
    """The unit after one or two prefixes from token *j* ("square miles"), else 0."""
    k = j + 1
    if k < len(low) and low[k] in UNIT_PREFIXES:
        k += 1
    return k if k < len(low) and low[k] in MEASURE_UNITS else 0


def counted(  # noqa: C901
    toks: list[Tok], low: list[str], j: int, core: Core
) -> tuple[str | None, int]:
    """
    The counted noun phrase from token *j*: up to `LONGEST_COUNTED_NOUN` words, ending
    at a function word, a mark, a number, a verb-like "-ed" or "-ing" word after the
    first, an adverb in "-ly" or a capitalized word after a lower-case one.
    """
    n = len(toks)
    before = j - 1
    if j < n and low[j] == "of" and (core.low is not None or core.magnitude > 1 or core.in_words):
        j += 1  # "tens of thousands of members", "millions of Americans"
    words: list[int] = []
    k = j
    while k < n and len(words) < LONGEST_COUNTED_NOUN:
        word, lower = toks[k][2], low[k]
        if not is_word(toks[k]) or lower in FUNCTION_WORDS or lower in NUMBER_WORDS:
            break
        if lower in VAGUE_QUANTITIES or lower in WEEKDAYS or month_at(toks, k) is not None:
            break
        if lower in HEDGE_WORDS or lower in FRACTIONS:
            break
        if lower.endswith(("’s", "'s")) or (len(lower) > 3 and lower.endswith("ly")):  # noqa: PLR2004
            break
        if words and word[0].isupper() and not toks[k - 1][2][0].isupper():
            break
        if words and len(lower) > 4 and lower.endswith(("ed", "ing")):  # noqa: PLR2004
            break
        words.append(k)
        k += 1
    if words and len(words) == 1 and low[words[0]].endswith(("ed", "ing")):
        words.pop()  # "around 73 raising the prospect": a verb, not a noun
    if not words:
        return None, before
    return join_tokens(toks, words[0], words[-1]), words[-1]


def measured(toks: list[Tok], low: list[str], last: int) -> bool:
    """Whether a percent sign, a currency or a unit of measure follows token *last*."""
    j = last + 1
    if j >= len(toks):
        return False
    if (low[j],) in PERCENT_WORDS or (low[j],) in CURRENCY_NAMES:
        return True
    return measure(toks, low, j)[0] is not None


def currency_before(  # noqa: PLR0911
    toks: list[Tok], low: list[str], first: int
) -> tuple[int, str | None]:
    """The currency written before token *first* ("$", "US$", "US $", "$US", "HK$", "USD")."""
    if first == 0:
        return first, None
    prev = toks[first - 1][2]
    if prev in CURRENCY_MARKS:
        code = CURRENCY_SYMBOLS[prev]
        start = first - 1
        if start > 0 and is_word(toks[start - 1]):
            combined = low[start - 1] + prev
            if combined in CURRENCY_SYMBOLS and toks[start - 1][2].isupper():
                return start - 1, CURRENCY_SYMBOLS[combined]  # "US$", "HK$", "US $"
        return start, code
    if is_word(toks[first - 1]):
        lower = low[first - 1]
        if first > 1 and glued(toks, first - 1) and toks[first - 2][2] in CURRENCY_MARKS:
            combined = toks[first - 2][2] + lower
            if combined in CURRENCY_SYMBOLS:
                return first - 2, CURRENCY_SYMBOLS[combined]  # "$US55", "$A82"
        if prev in CURRENCY_CODES:
            return first - 1, prev  # "USD 5 million"
        if lower in CURRENCY_SYMBOLS and prev[0].isupper() and _prefix_amount(toks, first):
            return first - 1, CURRENCY_SYMBOLS[lower]  # "RM23.50", "Rs 500", "PS2.7m"
    return first, None


def _prefix_amount(toks: list[Tok], first: int) -> bool:
    """Whether the prefix before digits *first* can be a currency: "PS21,700", not "PS5"."""
    if toks[first - 1][2].lower() not in CURRENCY_NEEDS_AMOUNT:
        return True
    return len(toks[first][2]) > 1 and glued(toks, first)


def resolve_suffix(toks: list[Tok], low: list[str], core: Core, *, currency: bool) -> Core:
    """Read a glued "m" or "b" as a magnitude next to a currency or before a plural noun."""
    j = core.ambiguous
    assert j is not None  # noqa: S101 - only called with one
    nxt = j + 1
    counted = (
        nxt < len(toks)
        and is_word(toks[nxt])
        and toks[nxt][2].islower()
        and low[nxt] not in FUNCTION_WORDS
        and (low[nxt].endswith("s") or low[nxt] == "people")  # "1m barrels", not "100m final"
    )
    if not currency and not counted and toks[j][2] not in {"M", "B"}:  # "4.3M sales"
        return Core(first=core.first, last=core.last, value=core.value, mantissa=core.value)
    factor = MAGNITUDE_SUFFIXES[low[j]]
    assert core.value is not None  # noqa: S101 - digits always have a value
    return Core(
        first=core.first,
        last=j,
        value=core.value * factor,
        mantissa=core.value,
        magnitude=factor,
    )


def one_of(toks: list[Tok], low: list[str], core: Core) -> tuple[str | None, int]:
    """The unit of "one of the most spectacular catches": "spectacular catches"."""
    k = core.last + 2
    while k < len(toks) and low[k] in _ONE_OF_SKIP:
        k += 1
    unit, end = counted(toks, low, k, core) if k < len(toks) else (None, core.last)
    return (unit, end) if unit is not None else (None, core.last)


def share_of(toks: list[Tok], low: list[str], core: Core) -> tuple[str | None, int]:
    """
    The unit of a share: what it is a share of, a unit of measure or a counted noun
    ("half of the voters": "voters"; "1/16 of a US pint": "US pint").
    The caller checked that "of" follows the share.
    """
    k = core.last + 2
    while k < len(toks) and low[k] in _SHARE_OF_SKIP:
        k += 1
    if k >= len(toks) or not is_word(toks[k]):
        return None, core.last  # "half of 300 staff": the count is a figure of its own
    unit, end = measure(toks, low, k)
    if unit is None:
        unit, end = counted(toks, low, k, core)
    return (unit, end) if unit is not None else (None, core.last)
