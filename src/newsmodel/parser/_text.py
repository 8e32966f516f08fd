"""
The shared view of the text: paragraphs, sentences and tokens, with offsets computed once.

Every later stage reads this view instead of re-scanning the text, so the parser makes one
pass per concern and stays linear in the size of its input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

from attrs import frozen

from newsmodel.model import Span
from newsmodel.parser.lexicons.people import (
    ABBREVIATIONS,
    SENTENCE_STARTERS,
    TITLE_ABBREVIATIONS,
)

# Initialisms ("U.S.", "U.N."), words with inner apostrophes or hyphens ("Iran’s",
# "Al-Shammari"), or any other single character.
# Each repetition starts with a character its predecessor cannot end with, so no
# backtracking can pile up.
TOKEN = re.compile(r"[A-Z](?:\.[A-Z]){1,8}\.?|\w+(?:['’\-](?![A-Z]\.)\w+){0,8}|\S")

_TERMINATORS = frozenset(".!?…")
_TERMINATOR = re.compile(r"[.!?…]")
_QUOTE_MARK = re.compile(r"[“”\"]")
_CLOSERS = frozenset("\"'”’)]»")
_OPENERS = frozenset("\"'“‘([«")
_OPEN_CURLY, _CLOSE_CURLY = "“", "”"
_LONGEST_ABBREVIATION = 12


class Token(NamedTuple):
    """A word or punctuation mark, with where it stands and in which sentence."""

    start: int
    end: int
    text: str
    sentence: int  # index into TextView.sentences
    first: bool  # the first word of its sentence


@frozen(kw_only=True)
class TextView:
    """
    The text cut into paragraphs, sentences and tokens.

    ``sentences`` lists the sentences of every paragraph in order, and
    ``paragraph_sentences[i]`` is the ``(first, stop)`` range of paragraph ``i`` in it.
    ``tokens`` are computed on first use, once, since not every stage needs them.
    """

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    paragraph_sentences: tuple[tuple[int, int], ...]

    @functools.cached_property
    def tokens(self) -> tuple[Token, ...]:
        """Every token of every sentence, in order."""
        found: list[Token] = []
        append = found.append
        for index, sentence in enumerate(self.sentences):
            first_word = True
            for match in TOKEN.finditer(self.text, sentence.start, sentence.end):
                word = match.group()
                start, end = match.span()
                if first_word and word[0].isalnum():
                    append(Token(start, end, word, index, first=True))
                    first_word = False
                else:
                    append(Token(start, end, word, index, first=False))
        return tuple(found)

    def sentences_of(self, paragraphs: Sequence[int]) -> list[Span]:
        """The sentences of the paragraphs with these indices, in order."""
        out: list[Span] = []
        for i in paragraphs:
            first, stop = self.paragraph_sentences[i]
            out.extend(self.sentences[first:stop])
        return out


def view(text: str) -> TextView:
    """Cut *text* into paragraphs and sentences."""
    paragraphs = split_paragraphs(text)
    sentences: list[Span] = []
    ranges: list[tuple[int, int]] = []
    for paragraph in paragraphs:
        first = len(sentences)
        sentences.extend(split_sentences(text, paragraph))
        ranges.append((first, len(sentences)))
    return TextView(
        text=text,
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        paragraph_sentences=tuple(ranges),
    )


def split_paragraphs(text: str) -> list[Span]:
    """
    Cut *text* at blank lines, or at every line break when it has no blank line.

    Each span is trimmed of surrounding white space; blank paragraphs are dropped.
    """
    lines: list[tuple[int, int]] = []
    start = 0
    size = len(text)
    while start <= size:
        end = text.find("\n", start)
        if end < 0:
            end = size
        lines.append((start, end))
        start = end + 1
    has_blank = any(not text[a:b].strip() for a, b in lines[1:-1])
    blocks: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for a, b in lines:
        if not text[a:b].strip():
            if current is not None:
                blocks.append(current)
            current = None
        elif current is None or not has_blank:
            if current is not None:
                blocks.append(current)
            current = (a, b)
        else:
            current = (current[0], b)
    if current is not None:
        blocks.append(current)
    return [span for a, b in blocks if (span := _trim(text, a, b)) is not None]


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start=start, end=end) if end > start else None


def _quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The ``[open, close]`` offsets of the quotations that close inside the paragraph."""
    regions: list[tuple[int, int]] = []
    curly: int | None = None
    straight: int | None = None
    for match in _QUOTE_MARK.finditer(text, start, end):
        i = match.start()
        c = text[i]
        if c == _OPEN_CURLY:
            curly = i
        elif c == _CLOSE_CURLY:
            if curly is not None:
                regions.append((curly, i))
            curly = None
        elif straight is None:
            straight = i
        else:
            regions.append((straight, i))
            straight = None
    regions.sort()
    return regions


def _word_before(text: str, dot: int, floor: int) -> str:
    i = dot
    while (
        i > floor
        and dot - i < _LONGEST_ABBREVIATION
        and (text[i - 1].isalpha() or text[i - 1] == ".")
    ):
        i -= 1
    return text[i:dot]


def _next_word(text: str, i: int, end: int) -> str:
    j = i
    while j < end and (text[j].isalnum() or text[j] in "'’-"):
        j += 1
    return text[i:j]


def _ends_sentence(text: str, dot: int, next_start: int, floor: int, end: int) -> bool:
    """Whether the full stop at *dot* ends a sentence, given the next word's start."""
    if text[dot] != ".":
        return True
    word = _word_before(text, dot, floor)
    bare = word.rstrip(".")
    if bare in TITLE_ABBREVIATIONS:
        return False  # "Mr. Smith", "Brig. Gen. Hatami": a title never ends a sentence
    following = _next_word(text, next_start, end)
    if following in SENTENCE_STARTERS:
        return True
    if bare in ABBREVIATIONS or (len(bare) == 1 and bare.isupper()):
        return False  # "Jan. 5", "No. 2", "John F. Kennedy"
    # an initialism ("the U.S. Army") goes on, a word ends the sentence
    return not ("." in bare and bare.replace(".", "").isupper())


def _next_sentence(text: str, dot: int, stop: int, floor: int, end: int) -> int | None:
    """Where the next sentence starts if the mark at *dot* (ending at *stop*) ends one."""
    gap = stop
    while gap < end and text[gap].isspace():
        gap += 1
    if gap == stop or gap >= end:
        return None
    nxt = text[gap]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return None
    return gap if _ends_sentence(text, dot, gap + (nxt in _OPENERS), floor, end) else None


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """
    Cut one paragraph of *text* into sentences.

    A sentence ends at ".", "!", "?" or "…" (with any closing quotation marks) before
    white space and a capital letter, a digit or an opening quotation mark.
    Abbreviations ("Brig. Gen.", "Mr.", "Jan.", "No. 2") and initialisms ("U.S.") do not
    end a sentence unless a word that usually starts one follows; a quotation that runs
    over several sentences ('"We won. We are happy," she said.') stays in one sentence.
    """
    start, end = paragraph.start, paragraph.end
    regions = _quoted_regions(text, start, end)
    spans: list[Span] = []
    region_index = 0
    sentence_start = start
    i = start
    while (found := _TERMINATOR.search(text, i, end)) is not None:
        i = found.start()
        while region_index < len(regions) and regions[region_index][1] < i:
            region_index += 1
        stop = i + 1
        while stop < end and text[stop] in _TERMINATORS:
            stop += 1
        while stop < end and text[stop] in _CLOSERS:
            stop += 1
        inside = region_index < len(regions) and regions[region_index][0] < i
        if inside and stop <= regions[region_index][1]:
            i = stop  # a full stop inside a quotation that goes on
            continue
        gap = _next_sentence(text, i, stop, sentence_start, end)
        if gap is not None:
            if (span := _trim(text, sentence_start, stop)) is not None:
                spans.append(span)
            sentence_start = gap
        i = stop
    if (span := _trim(text, sentence_start, end)) is not None:
        spans.append(span)
    return spans
