"""
The shared view of the text: paragraphs and sentences, with offsets computed once.

Every later stage reads this view instead of re-scanning the text, so the parser makes one
pass per concern and stays linear in the size of its input.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence

from attrs import frozen

from newsmodel.model import Span
from newsmodel.model._span import span_of
from newsmodel.parser.lexicons.people import (
    ABBREVIATIONS,
    SENTENCE_STARTERS,
    TITLE_ABBREVIATIONS,
)

# A run of sentence-ending marks with the closing quotation marks after it (group 1),
# then the white space that follows: three disjoint classes, so a scan never retries.
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]»]*)\s*")
# The same where the only mark is the full stop: a pattern that starts with one character
# scans much faster than one that starts with a class.
_FULL_STOP_BOUNDARY = re.compile(r"(\.[.!?…]*[\"'”’)\]»]*)\s*")
# A line break followed by one or more blank lines (nothing but white space on them).
_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
# A line without the white space around it: from its first to its last visible character.
_TRIMMED_LINE = re.compile(r"\S(?:[^\n]*\S)?")
# Letters and digits (``[^\W_]`` is what ``str.isalnum`` accepts) and ``'’-``.
_NEXT_WORD = re.compile(r"(?:[^\W_]|['’\-])+")
_ASCII_WORD_CHARS = string.ascii_letters + "."
_OPENERS = frozenset("\"'“‘([«")
_OPEN_CURLY, _CLOSE_CURLY = "“", "”"
_LONGEST_ABBREVIATION = 12


@frozen(kw_only=True)
class TextView:
    """
    The text cut into paragraphs and sentences.

    ``sentences`` lists the sentences of every paragraph in order, and
    ``paragraph_sentences[i]`` is the ``(first, stop)`` range of paragraph ``i`` in it.
    """

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    paragraph_sentences: tuple[tuple[int, int], ...]

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
    sentences, ranges = _split_paragraphs_into_sentences(text, paragraphs)
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
    if _BLANK_LINES.search(text) is None:
        return [span_of(line.start(), line.end()) for line in _TRIMMED_LINE.finditer(text)]
    spans: list[Span] = []
    start = 0
    for separator in _BLANK_LINES.finditer(text):
        if (span := _trim(text, start, separator.start())) is not None:
            spans.append(span)
        start = separator.end()
    if (span := _trim(text, start, len(text))) is not None:
        spans.append(span)
    return spans


def _trim(text: str, start: int, end: int) -> Span | None:
    """The span of ``text[start:end]`` without its surrounding white space, if any is left."""
    start, end = _trimmed(text, start, end)
    return span_of(start, end) if end > start else None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` moved past white space at both ends (``str.strip`` reads the same)."""
    if start < end and (text[start].isspace() or text[end - 1].isspace()):
        part = text[start:end]
        kept = part.lstrip()
        return start + len(part) - len(kept), start + len(part.rstrip())
    return start, end


def _quoted_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """
    The ``[open, close]`` offsets of the quotations that close inside the paragraph.

    Curly marks pair an opening with the next closing mark, straight ones pair in turn;
    the two kinds never affect each other, so each is found with `str.find`, which is much
    faster than a pattern over a class of marks.
    """
    straight = _positions(text, '"', start, end)
    regions = list(zip(straight[::2], straight[1::2], strict=False))
    opening = _positions(text, _OPEN_CURLY, start, end)
    if opening:
        curly: int | None = None
        for i in sorted(opening + _positions(text, _CLOSE_CURLY, start, end)):
            if text[i] == _OPEN_CURLY:
                curly = i
            elif curly is not None:
                regions.append((curly, i))
                curly = None
    regions.sort()
    return regions


def _positions(text: str, mark: str, start: int, end: int) -> list[int]:
    """Where the one-character *mark* stands in ``text[start:end]``, in order."""
    found: list[int] = []
    i = text.find(mark, start, end)
    while i >= 0:
        found.append(i)
        i = text.find(mark, i + 1, end)
    return found


def _word_before(text: str, dot: int, floor: int) -> str:
    """The letters and dots (at most 12) just before *dot*, not reaching back past *floor*."""
    window = text[max(floor, dot - _LONGEST_ABBREVIATION) : dot]
    head = window.rstrip(_ASCII_WORD_CHARS)
    while head and (head[-1].isalpha() or head[-1] == "."):  # a letter outside ASCII
        head = head[:-1].rstrip(_ASCII_WORD_CHARS)
    return window[len(head) :]


def _next_word(text: str, i: int, end: int) -> str:
    """The word (letters, digits, ``'’-``) that starts at *i*, maybe empty."""
    found = _NEXT_WORD.match(text, i, end)
    return "" if found is None else found.group()


def _full_stop_ends_sentence(text: str, dot: int, next_start: int, floor: int, end: int) -> bool:
    """Whether the full stop at *dot* ends a sentence, given the next word's start."""
    bare = _word_before(text, dot, floor).rstrip(".")
    if bare in TITLE_ABBREVIATIONS:
        return False  # "Mr. Smith", "Brig. Gen. Hatami": a title never ends a sentence
    if (
        bare in ABBREVIATIONS  # "Jan. 5", "No. 2"
        or (len(bare) == 1 and bare.isupper())  # "John F. Kennedy"
        or ("." in bare and bare.replace(".", "").isupper())  # "the U.S. Army"
    ):
        return _next_word(text, next_start, end) in SENTENCE_STARTERS  # "in the U.S. The"
    return True  # a word ends the sentence


def _quotation_goes_on(
    regions: list[tuple[int, int]], index: int, mark: int, stop: int
) -> tuple[int, bool]:
    """
    Whether the mark at *mark* (ending at *stop*) stands inside a quotation that goes on
    after it, and the index in *regions* to start from for the next, later mark.
    """
    while index < len(regions) and regions[index][1] < mark:
        index += 1
    inside = index < len(regions) and regions[index][0] < mark and stop <= regions[index][1]
    return index, inside


def _boundaries(text: str, start: int, end: int) -> re.Pattern[str]:
    """The pattern that finds the paragraph's sentence marks fastest."""
    find = text.find
    if find("!", start, end) < 0 and find("?", start, end) < 0 and find("…", start, end) < 0:
        return _FULL_STOP_BOUNDARY
    return _BOUNDARY


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """
    Cut one paragraph of *text* into sentences.

    A sentence ends at ".", "!", "?" or "…" (with any closing quotation marks) before
    white space and a capital letter, a digit or an opening quotation mark.
    Abbreviations ("Brig. Gen.", "Mr.", "Jan.", "No. 2") and initialisms ("U.S.") do not
    end a sentence unless a word that usually starts one follows; a quotation that runs
    over several sentences ('"We won. We are happy," she said.') stays in one sentence.
    """
    start, end = _trimmed(text, paragraph.start, paragraph.end)
    if start >= end:
        return []
    return _split_paragraphs_into_sentences(text, [span_of(start, end)])[0]


def _split_paragraphs_into_sentences(
    text: str, paragraphs: Sequence[Span]
) -> tuple[list[Span], list[tuple[int, int]]]:
    """
    The sentences of the trimmed *paragraphs* (apart and in text order, as
    `split_paragraphs` gives them; see `split_sentences`), and each paragraph's
    ``(first, stop)`` range in them.

    One scan finds the marks of all paragraphs: a run of marks and closing quotation
    marks holds no white space, so it never reaches from one paragraph into the next.
    """
    sentences: list[Span] = []
    ranges: list[tuple[int, int]] = []
    if not paragraphs:
        return sentences, ranges
    low, high = paragraphs[0].start, paragraphs[-1].end
    marks = _boundaries(text, low, high).finditer(text, low, high)
    found = next(marks, None)
    for paragraph in paragraphs:
        first = len(sentences)
        start = sentence_start = paragraph.start
        end = paragraph.end
        regions: list[tuple[int, int]] | None = None
        region_index = 0
        while found is not None and (mark := found.start()) < end:
            stop, gap = found.end(1), found.end()
            found = next(marks, None)
            if gap == stop or gap >= end:
                continue  # no white space after the mark, or nothing after that
            nxt = text[gap]
            opener = nxt in _OPENERS
            if not (opener or nxt.isupper() or nxt.isdigit()):
                continue
            if regions is None:
                regions = _quoted_regions(text, start, end)
            if regions:
                region_index, inside = _quotation_goes_on(regions, region_index, mark, stop)
                if inside:
                    continue  # a full stop inside a quotation that goes on
            if text[mark] != "." or _full_stop_ends_sentence(
                text, mark, gap + opener, sentence_start, end
            ):
                # both ends stand on a mark or a word, so the sentence needs no trimming
                sentences.append(span_of(sentence_start, stop))
                sentence_start = gap
        sentences.append(span_of(sentence_start, end))
        ranges.append((first, len(sentences)))
    return sentences, ranges
