"""
What stands around a figure's number and changes its reading: a sign glued before it
("-5", "+0.8%"), a hedge before it ("more than", "about", "nearly") and one after it
("20 or so", "40-odd").
The hedges are `newsmodel.parser.lexicons.numbers.HEDGES` and `TRAILING_HEDGES`.
"""

from __future__ import annotations

from newsmodel.parser.lexicons.numbers import HEDGES, LONGEST_HEDGE, TRAILING_HEDGES
from newsmodel.parser.numbers._figure_units import CURRENCY_MARKS
from newsmodel.parser.numbers._numerals import Tok, glued

_SIGNS = frozenset("+-−")
# The last word of each hedge before a figure, and the first of each hedge after one.
_HEDGE_ENDS = frozenset(key[-1] for key in HEDGES)
_TRAILING_STARTS = frozenset(key[0] for key in TRAILING_HEDGES)


def signed(toks: list[Tok], first: int) -> bool:
    """Whether a sign stands glued before token *first* ("-5", "+0.8%"), not a hyphen."""
    if first == 0 or toks[first - 1][2] not in _SIGNS or not glued(toks, first):
        return False
    mark = first - 1
    return mark == 0 or not glued(toks, mark) or toks[mark - 1][2] in CURRENCY_MARKS


def hedge_before(low: list[str], first: int) -> tuple[int, tuple[str, ...] | None]:
    """The longest hedge that ends just before token *first* ("more than", "about")."""
    if first == 0 or low[first - 1] not in _HEDGE_ENDS:
        return first, None  # most figures have none: no tuple built per length
    for size in range(min(LONGEST_HEDGE, first), 0, -1):
        key = tuple(low[first - size : first])
        if key in HEDGES:
            return first - size, key
    return first, None


def trailing_hedge(toks: list[Tok], low: list[str], last: int) -> tuple[str, int] | None:
    """A hedge after the figure ("20 or so", "40-odd"): (its words, its last token)."""
    if last + 1 >= len(toks) or low[last + 1] not in _TRAILING_STARTS:
        return None
    for key in TRAILING_HEDGES:
        end = last + len(key)
        if end < len(toks) and tuple(low[last + 1 : end + 1]) == key:
            return " ".join(w for w in key if w != "-"), end
    return None
