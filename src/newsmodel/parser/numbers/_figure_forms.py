"""
Number forms read beside the main ladder of `newsmodel.parser.numbers._figures`: vague counts
("several hundred", "a few thousand"), ratios ("3:1", "a 3-to-1 vote", "three-to-one")
and scientific notation ("1.99×10−30").

Each reader looks at a few tokens after the number it starts at, so the stage stays linear.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from newsmodel.parser.lexicons.numbers import (
    DOZEN,
    MAGNITUDES,
    SMALL_NUMBERS,
    VAGUE_COUNTS,
)
from newsmodel.parser.numbers._numerals import (
    Core,
    Tok,
    decimal,
    glued,
    is_digits,
    plain_integer,
)

#: The unit of a ratio: its value is the first term over the second ("3:1" is 3).
RATIO_UNIT = "ratio"
_TIME_MINUTES = 2  # "10:30": two digits after the colon make a time, not a ratio
#: The signs between the digits and the "10" of scientific notation ("1.99×10−30").
SCIENTIFIC_TIMES = frozenset("×x")
_MINUS = frozenset("−-–")
#: The marks after the first term of a ratio in digits: "3:1", "3-to-1".
RATIO_MARKS = frozenset(":-")
_MAX_EXPONENT = 300
_MAX_MAGNITUDES = 3
_DIGITS = 4


def vague_count_at(low: list[str], k: int) -> bool:
    """Whether token *k* opens a vague count: "several" or "few" before a magnitude word."""
    return (
        low[k] in VAGUE_COUNTS
        and k + 1 < len(low)
        and (low[k + 1] in MAGNITUDES or low[k + 1] == "dozen")
    )


def read_vague_count(low: list[str], i: int) -> Core | None:
    """
    "several hundred" (300-900), "a few thousand" (2,000-9,000), "several hundred
    thousand": a range, as the plural magnitudes ("hundreds") are.
    """
    if not vague_count_at(low, i):
        return None
    least, most = VAGUE_COUNTS[low[i]]
    factor = 1
    j = i + 1
    while j < len(low) and j - i <= _MAX_MAGNITUDES and (low[j] in MAGNITUDES or low[j] == "dozen"):
        factor *= MAGNITUDES.get(low[j], DOZEN)
        j += 1
    first = i - 1 if low[i] == "few" and i > 0 and low[i - 1] == "a" else i
    return Core(
        first=first,
        last=j - 1,
        low=Decimal(least * factor),
        high=Decimal(most * factor),
        in_words=True,
    )


def read_ratio(toks: list[Tok], low: list[str], i: int) -> Core | None:
    """
    A ratio that starts at token *i*: "3:1", "16:9", "3-to-1", "three-to-one".

    Its value is the first term over the second. "10:30" is a time (two digits after the
    colon), and is left to the rules of what is no figure.
    """
    word = low[i]
    if "-to-" in word:  # "three-to-one", one token
        head, _, tail = word.partition("-to-")
        # "one-to-one" is a manner ("one-to-one talks"), not a proportion
        ok = head in SMALL_NUMBERS and tail in SMALL_NUMBERS and head != tail
        return (
            _ratio(i, i, Decimal(SMALL_NUMBERS[head]), Decimal(SMALL_NUMBERS[tail])) if ok else None
        )
    if not plain_integer(toks[i][2]) or (i > 0 and glued(toks, i)):
        return None
    n = len(toks)
    if i + 2 < n and toks[i + 1][2] == ":" and glued(toks, i + 1) and glued(toks, i + 2):
        second = toks[i + 2][2]
        if not plain_integer(second) or len(second) == _TIME_MINUTES or glued(toks, i + 3):
            return None
        return _ratio(i, i + 2, Decimal(toks[i][2]), Decimal(second))
    if (
        i + 4 < n
        and toks[i + 1][2] == "-"
        and low[i + 2] == "to"
        and toks[i + 3][2] == "-"
        and all(glued(toks, k) for k in range(i + 1, i + 5))
        and plain_integer(toks[i + 4][2])
    ):
        return _ratio(i, i + 4, Decimal(toks[i][2]), Decimal(toks[i + 4][2]))
    return None


def _ratio(first: int, last: int, a: Decimal, b: Decimal) -> Core | None:
    if b == 0 or a == 0:
        return None
    value = (a / b).quantize(Decimal("0.0001")).normalize()
    return Core(first=first, last=last, value=value)


def read_scientific(toks: list[Tok], core: Core) -> Core | None:
    """Scientific notation after the digits of *core*: "1.99×10−30", "6.02x10^23"."""
    j = core.last + 1
    n = len(toks)
    if (
        core.value is None
        or j + 1 >= n
        or toks[j][2] not in SCIENTIFIC_TIMES
        or toks[j + 1][2] != "10"
    ):
        return None
    if not (glued(toks, j) and glued(toks, j + 1)):
        return None
    k = j + 2
    if k < n and toks[k][2] == "^" and glued(toks, k):
        k += 1
    sign = 1
    if k < n and toks[k][2] in _MINUS and glued(toks, k):
        sign, k = -1, k + 1
    if k >= n or not glued(toks, k) or not is_digits(toks[k]) or len(toks[k][2]) > _DIGITS:
        return None
    power = decimal(toks[k][2])
    if power is None or power > _MAX_EXPONENT:
        return None
    try:
        value = core.value * Decimal(10) ** (sign * int(power))
    except (InvalidOperation, ValueError):
        return None
    return Core(first=core.first, last=k, value=value, mantissa=value)
