"""
Single quotation marks (‘ ’ and ' '), the house style of many British papers.

A single mark is also an apostrophe ("don’t", "the parents’ union", "’90s"), so a mark
counts only where a quotation mark can stand:

- it opens at the start of a word, after white space, a bracket, a dash or a double mark,
  and is not an elision ("’90s", "’em", "’til");
- it closes at the end of a word, before white space, punctuation or the paragraph's end.

A closing mark after an "s" and before a word ("the teachers’ union") may be a plural
possessive: it closes only when no other closing mark follows in the paragraph.
A single quotation never left open closes nothing: an opening mark with no closing mark in
its paragraph is an apostrophe, unless the next paragraph opens with a single mark (the
convention for a quotation that runs on over several paragraphs).
Marks inside a double quotation are nested there and are part of its words; a double
quotation inside a single one is nested in it the same way.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsmodel.model import Span
from newsmodel.parser.lexicons.speech import ELISIONS
from newsmodel.parser.quotes._candidates import Marked, close_marked

_SINGLE = ("‘", "’", "'")
_OPENING = frozenset("‘'")
_CLOSING = frozenset("’'")
# What may stand right before an opening mark: white space is tested apart.
_BEFORE_OPENING = frozenset('([{—–-"“„«/')
# The longest elision word looked up after an apostrophe ("twas").
_ELISION_REACH = 5


def pair_singles(text: str, paragraphs: Sequence[Span], doubles: Sequence[Marked]) -> list[Marked]:
    """
    The single quotations of *paragraphs*, outside the double ones (*doubles*, in text
    order), in text order.

    One pass over the single marks of each paragraph, found by string search.
    """
    out: list[Marked] = []
    regions = [(q.opening, q.closing) for q in doubles]
    state = _State(regions)
    for index, paragraph in enumerate(paragraphs):
        marks = _positions(text, paragraph)
        if not marks and state.opening is None:
            continue
        state.paragraph(out, text, paragraph, marks)
        if state.opening is not None:
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            if following is not None and text[following.start] in _OPENING:
                state.pieces.append(Span(start=state.first, end=paragraph.end))
            else:
                state.opening, state.pieces = None, []  # an apostrophe, or never closed
    return out


class _State:
    """The single quotation open while the marks are read, and the double ones to skip."""

    def __init__(self, regions: list[tuple[int, int]]) -> None:
        self.regions = regions
        self.starts = [r[0] for r in regions]
        self.opening: int | None = None
        self.first = 0  # where the words of the current paragraph's piece start
        self.pieces: list[Span] = []

    def paragraph(self, out: list[Marked], text: str, paragraph: Span, marks: list[int]) -> None:
        """Read the marks of one paragraph, closing the quotations they close."""
        fallback: int | None = None
        # a run-on paragraph's words start after its opening mark
        self.first = paragraph.start + (text[paragraph.start] in _OPENING)
        for pos in marks:
            if _inside(self.regions, self.starts, pos):
                continue
            char = text[pos]
            if self.opening is None:
                if char in _OPENING and _opens(text, pos, paragraph):
                    self.opening, fallback, self.first = pos, None, pos + 1
            elif pos == paragraph.start or char not in _CLOSING:
                continue  # the mark of a run-on paragraph, or a nested opening
            elif not _closes(text, pos, paragraph):
                continue
            elif _possessive(text, pos, paragraph):
                fallback = pos if fallback is None else fallback
            else:
                self.close(out, text, pos)
        if self.opening is not None and self.opening >= paragraph.start and fallback is not None:
            self.close(out, text, fallback)

    def close(self, out: list[Marked], text: str, closing: int) -> None:
        if self.opening is not None:
            pieces = [*self.pieces, Span(start=self.first, end=closing)]
            close_marked(out, text, self.opening, closing, pieces, single=True)
        self.opening, self.pieces = None, []


def _positions(text: str, paragraph: Span) -> list[int]:
    found: list[int] = []
    for mark in _SINGLE:
        at = text.find(mark, paragraph.start, paragraph.end)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, paragraph.end)
    found.sort()
    return found


def _inside(regions: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and regions[k][0] < pos < regions[k][1]


def _opens(text: str, pos: int, paragraph: Span) -> bool:
    """Whether the mark at *pos* can open a quotation: at a word's start, not an elision."""
    if pos + 1 >= paragraph.end or not (text[pos + 1].isalnum() or text[pos + 1] in '“"$£€'):
        return False
    if pos > paragraph.start:
        before = text[pos - 1]
        if not (before.isspace() or before in _BEFORE_OPENING):
            return False
    word = text[pos + 1 : pos + 1 + _ELISION_REACH]
    if word[:2].isdigit() and not word[2:3].isdigit():
        return False  # "’90s", "'08"
    end = 0
    while end < len(word) and word[end].isalpha():
        end += 1
    return end == _ELISION_REACH or word[:end].lower() not in ELISIONS


def _closes(text: str, pos: int, paragraph: Span) -> bool:
    """Whether the mark at *pos* can close a quotation: at a word's end."""
    if pos == paragraph.start or text[pos - 1].isspace():
        return False
    return pos + 1 >= paragraph.end or not text[pos + 1].isalnum()


def _possessive(text: str, pos: int, paragraph: Span) -> bool:
    """A mark after an "s" and before a word: "the teachers’ union" reads as a possessive."""
    if text[pos - 1] not in "sS" or pos + 2 >= paragraph.end:
        return False
    return text[pos + 1] == " " and text[pos + 2].isalnum()
