"""
Double quotation marks paired into quotations, in one pass over the paragraphs.

A stray closing mark opens nothing; an opening mark while a quotation is open closes it
before opening the next; a quotation still open at its paragraph's end closes there,
unless the next paragraph opens with a quotation mark (the convention for a quotation
that runs on). Single marks are paired after them, by `_quote_singles`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsmodel.model import Span
from newsmodel.parser.quotes._candidates import (
    Marked,
    close_marked,
)
from newsmodel.parser.quotes._quote_singles import pair_singles
from newsmodel.parser.quotes._tokens import (
    CLOSE_DOUBLE,
    OPEN_DOUBLE,
)

_MARK = re.compile(r"''|``|[\"“”„«»]")
_MARK_STRINGS = ("''", "``", *'"“”„«»')  # what _MARK matches
# Openings closed by a mark that opens elsewhere: „German“ and »German« styles.
_CLOSED_BY = {"„": "“", "»": "«"}


def pair_marks(text: str, paragraphs: Sequence[Span]) -> list[Marked]:
    """
    Pair the quotation marks of the paragraphs (in text order) into quotations.

    Curly double marks pair by shape, straight ones by alternation.
    A quotation still open at a paragraph's end runs on when the next paragraph opens
    with a quotation mark, and closes at the paragraph's end otherwise.
    Single marks pair outside the double quotations (see `_quote_singles`); a quotation
    nested inside another is part of its words, not a quotation of its own.
    """
    out: list[Marked] = []
    if not paragraphs:
        return out
    marks = _mark_positions(text, paragraphs[0].start, paragraphs[-1].end)
    if marks:
        _pair_doubles(out, text, paragraphs, marks)
    singles = pair_singles(text, paragraphs, out)
    if singles:
        out = _outermost(sorted([*out, *singles], key=_opening))
    return out


def _opening(quote: Marked) -> int:
    return quote.opening


def _outermost(marked: list[Marked]) -> list[Marked]:
    """The quotations not nested inside another (*marked* sorted by opening)."""
    out: list[Marked] = []
    for quote in marked:
        if out and quote.closing <= out[-1].closing:
            continue
        out.append(quote)
    return out


class _Open:
    """The double quotation still open while the marks are read: where, and its pieces."""

    __slots__ = ("first", "opening", "pieces", "width")

    def __init__(self) -> None:
        self.opening: int | None = None
        self.width = 1
        self.first = 0  # where the words of the current paragraph's piece start
        self.pieces: list[Span] = []

    def open(self, pos: int, width: int) -> None:
        self.opening, self.width, self.first, self.pieces = pos, width, pos + width, []

    def close(self, out: list[Marked], text: str, closing: int) -> None:
        if self.opening is not None:
            pieces = [*self.pieces, Span(start=self.first, end=closing)]
            close_marked(out, text, self.opening, closing, pieces)
        self.opening, self.pieces = None, []


def _pair_doubles(
    out: list[Marked], text: str, paragraphs: Sequence[Span], marks: list[int]
) -> None:
    ends = [paragraph.end for paragraph in paragraphs]
    state = _Open()
    index = 0
    while index < len(paragraphs):
        if state.opening is None:
            index = _next_marked(paragraphs, ends, marks, index)
            if index >= len(paragraphs):
                break
        paragraph = paragraphs[index]
        _pair_in(out, text, paragraph, marks, state)
        if state.opening is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            run_on = None if following is None else _MARK.match(text, following.start)
            if run_on is None:
                state.close(out, text, paragraph.end)
            else:
                state.pieces.append(Span(start=state.first, end=paragraph.end))
                state.first = run_on.end()
        index += 1


def _pair_in(out: list[Marked], text: str, paragraph: Span, marks: list[int], state: _Open) -> None:
    """
    Pair the marks of one paragraph, read left to right as `_MARK` would find them.

    *state* is the mark still open, if any, and its width; it is updated.
    """
    end = paragraph.end
    k = bisect.bisect_left(marks, paragraph.start)
    free = paragraph.start  # the first offset the marks read so far leave free
    while k < len(marks) and marks[k] < end:
        pos = marks[k]
        k += 1
        mark = _mark_at(text, pos, end) if pos >= free else None
        if mark is None:
            continue  # inside the mark before (three apostrophes), or a lone one at the end
        free = pos + len(mark)
        opening = state.opening
        if opening is None:
            if mark in CLOSE_DOUBLE and not _opens_word(text, pos + len(mark), paragraph):
                continue  # a stray closing mark
            state.open(pos, len(mark))
        elif opening < paragraph.start and pos == paragraph.start:
            continue  # the mark that opens a run-on paragraph
        elif mark in OPEN_DOUBLE and mark not in _CLOSED_BY.get(text[opening], ""):
            state.close(out, text, pos)  # an opening mark never closed
            state.open(pos, len(mark))
        else:
            state.close(out, text, pos)


def _mark_at(text: str, pos: int, end: int) -> str | None:
    """The mark `_MARK` matches at *pos*, where a mark's first character stands, if any."""
    char = text[pos]
    if char in "'`":
        return char * 2 if pos + 2 <= end and text[pos + 1] == char else None
    return char


def _mark_positions(text: str, start: int, end: int) -> list[int]:
    """
    Where each quotation mark stands in ``text[start:end]``, sorted, overlaps and all.

    A string search per kind of mark is much faster than a pattern over every
    character, and most paragraphs then need no pattern at all.
    """
    found: list[int] = []
    for mark in _MARK_STRINGS:
        at = text.find(mark, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, end)
    found.sort()
    return found


def _next_marked(paragraphs: Sequence[Span], ends: list[int], marks: list[int], index: int) -> int:
    """The first paragraph from *index* on with a mark in it, or ``len(paragraphs)``."""
    k = bisect.bisect_left(marks, paragraphs[index].start)
    while k < len(marks):
        index = bisect.bisect_right(ends, marks[k], index)
        if index >= len(paragraphs) or paragraphs[index].start <= marks[k]:
            return index
        k = bisect.bisect_left(marks, paragraphs[index].start, k)
    return len(paragraphs)


def _opens_word(text: str, after: int, paragraph: Span) -> bool:
    before_ok = after - 1 == paragraph.start or text[after - 2].isspace()
    return before_ok and after < paragraph.end and text[after].isalnum()
