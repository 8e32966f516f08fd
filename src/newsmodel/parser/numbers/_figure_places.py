"""
The place a figure is about: "2,500 troops in Iraq", or "Iraq, home to 2,500 ...".

The places are the mentions of place actors that stage 2 found, with their ids.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from newsmodel.model import Span
from newsmodel.parser.numbers._numerals import Tok

#: The words between a figure and the place it is about: "2,500 troops in Iraq".
ABOUT_PLACE = frozenset({"in", "across", "throughout", "inside"})
#: What follows a place named before the figure it is about: "Iraq, home to 2,500 ...".
_HOME_TO = (", home to", " home to")


def homes(text: str, places: Sequence[tuple[Span, str]]) -> list[tuple[Span, str]]:
    """
    The place mentions followed by "home to", sorted by end.

    Only such a place can be found before a figure: `place_about` bisects these instead of
    scanning every mention (quadratic on 1 MB).
    """
    found = [(span, actor) for span, actor in places if text.startswith(_HOME_TO, span.end)]
    return sorted(found, key=_span_end)


def place_about(
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
    if k < len(toks) and low[k] in ABOUT_PLACE:
        k += 1
        if k < len(toks) and toks[k][0] in starts:
            return starts[toks[k][0]]
        if k + 1 < len(toks) and low[k] == "the" and toks[k + 1][0] in starts:
            return starts[toks[k + 1][0]]
    # *places* are the "home to" mentions sorted by end (see `homes`): the last one
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


def _span_end(place: tuple[Span, str]) -> int:
    return place[0].end
