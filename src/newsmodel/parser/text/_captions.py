"""
Captions inside the text: the paragraphs that describe a picture rather than tell the story.

A caption is found by its words (a figure's label, a picture credit or licence, a
picture's description, where a person stands in it) or by its layout: a short line that
names what the picture shows, with no clause in it, under a heading or between two
paragraphs of prose.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from newsmodel.model import Span
from newsmodel.parser.lexicons.captions import (
    CAPTION_LABELS,
    CLAUSE_WORDS,
    CREDIT_WORDS,
    FIGURE_LABELS,
    FUNCTION_WORDS,
    HEADING_OPENERS,
    INLINE_CREDIT_WORDS,
    PICTURE_OPENERS,
    PICTURE_POSITIONS,
    SOURCE_LABELS,
)
from newsmodel.parser.lexicons.numbers import WEEKDAYS

_ANY_INLINE_CREDIT = re.compile("|".join(map(re.escape, INLINE_CREDIT_WORDS)))
#: Labels that name the picture before its description ("Photo: Ana Ruiz at ... (Reuters)").
_PICTURE_LABELS = frozenset({"Photo:", "Picture:", "Photograph:"})
_ANY_POSITION = re.compile("|".join(map(re.escape, PICTURE_POSITIONS)))
# "Figure 2. ", "Fig. 3: ", "Figure 1.6 The", "Map 1" opening a paragraph: a figure's label
# and number; "Figure 24.7, for example, shows" is prose.
_FIGURE_LABEL = re.compile(
    "(?:"
    + "|".join(map(re.escape, FIGURE_LABELS))
    + r") {1,2}\d{1,3}(?:\.\d{1,3})?[a-z]?(?:[.:] | [A-Z(\[]|$)"
)
#: A caption inside the text is short: at most this many words (gum-dev's longest has 41).
_INLINE_CAPTION_WORDS = 60
#: A caption under a figure's label may run longer: textbooks explain the figure in it
#: (gum-dev's longest has 95 words).
_LABELLED_CAPTION_WORDS = 150
#: A caption line has two to this many words (gum-dev's longest unlabelled one has 22).
LINE_MAX_WORDS = 30
_LINE_MIN_WORDS = 2
#: The paragraph after a caption line is prose of at least this many words.
_PROSE_AFTER = 10
#: A caption line under a heading: the line before it has at most this many words.
_HEADING_WORDS = 4
#: A caption line between two paragraphs: both have at least this many words.
_PROSE_AROUND = 30
# Space and punctuation around a picture credit's words.
_CREDIT_STRIP = frozenset(" \t()[].,;:-–—/")
_CREDIT_TAIL = " \t\n()[].,;"
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# A full stop inside a line, after a word that is not a short abbreviation ("St.", "Mt.",
# "c."): two lower-case letters or four capitals before it. Look-behinds of fixed width,
# so a search tries each position once.
_INNER_STOP = re.compile(r"(?<=[a-z]{2})\. |(?<=[A-Z]{4})\. ")
_CLOSERS = "\"”’')]"
_LINE_ENDS = (".", "?", "!", ":", ";", ",", "-", "–", "—", "…")
_NOT_IN_LINE = frozenset(":#@!?;=")
_OPENERS = frozenset("\"“‘'")


def inline_caption(text: str) -> tuple[bool, str | None]:
    """
    Whether a paragraph inside the text reads as a picture's caption by its words, and its
    credit: it opens with a figure's label ("Figure 2. Map of ...") or a picture's
    description ("A bust of ...", "View of ..."), holds a picture credit or licence
    ("Image: Danny Newman", "... is licensed under CC BY 2.0") or says where a person
    stands in the picture ("Hill (right) with ..."), and is short.
    An agency's credit ("Reuters/", "AFP") in a paragraph with a clause counts only when
    it closes the paragraph: prose cites "a Reuters/Ipsos poll".
    """
    words = text.count(" ")
    if words >= _LABELLED_CAPTION_WORDS:
        return False, None
    if _FIGURE_LABEL.match(text) is not None:
        labelled = True
    elif words >= _INLINE_CAPTION_WORDS:
        return False, None
    else:
        labelled = text.startswith(PICTURE_OPENERS) or (
            _ANY_POSITION.search(text) is not None and not _has_clause(text)
        )
    credit = None
    if _ANY_INLINE_CREDIT.search(text) is not None:
        credit = next(filter(text.__contains__, INLINE_CREDIT_WORDS), None)
    opens = credit is not None and text.startswith(credit)  # a label: "Photo: ..."
    if credit in CREDIT_WORDS and not opens and _has_clause(text) and not _closes(text, credit):
        credit = None  # "a Reuters/Ipsos poll found ...": prose that names an agency
    return credit is not None or labelled, credit


def _closes(text: str, credit: str) -> bool:
    """Whether the credit *credit* found ends its paragraph, as a caption's credit line does."""
    return not text[credit_bounds(text, credit)[1] :].strip(_CREDIT_TAIL)


def caption_line(text: str) -> bool:
    """
    Whether a paragraph is a line that names what a picture shows (see `_line_form`), with
    no clause in it (no auxiliary or modal verb, no subject pronoun, no full stop inside,
    no article or preposition last), no date line or question word first ("How ..."), and
    a comma ("Dixam, in the centre of the island") or a name amid lower-case words ("A
    Russian stamp for Paralympic Games in Sochi").

    Where it stands decides the rest (see `caption_at`): a heading has the same form.
    """
    line = _without_citations(text).rstrip(_CLOSERS)
    if not _line_form(line):
        return False
    words = _WORD.findall(line)
    if not words or words[0].lower() in WEEKDAYS or line.startswith(HEADING_OPENERS):
        return False
    if _INNER_STOP.search(line) is not None:
        return False
    if line.split()[-1] in FUNCTION_WORDS or _has_clause(line):
        return False
    if "," in line:
        return True
    rest = words[1:]
    named = any(word[0].isupper() for word in rest)
    return named and any(w[0].islower() and w not in FUNCTION_WORDS for w in rest)


def _without_citations(text: str) -> str:
    """*text* without the citation markers that end it, as Wikipedia writes them: " [24] [25]"."""
    line = text.rstrip()
    while line.endswith("]"):
        at = line.rfind("[")
        if at < 0 or not line[at + 1 : -1].isdigit():
            break
        line = line[:at].rstrip()
    return line


def _line_form(line: str) -> bool:
    """
    Whether a text is one line of two to 30 words that opens with a capital or a quotation
    mark, ends in none of ". ? ! : ; , - …", holds no ": # @ ! ? ; =" and is not in
    capitals.
    """
    return (
        "\n" not in line
        and bool(line)
        and (line[0].isupper() or line[0] in _OPENERS)
        and not line.endswith(_LINE_ENDS)
        and not line.isupper()
        and _NOT_IN_LINE.isdisjoint(line)
        and _LINE_MIN_WORDS <= len(line.split()) <= LINE_MAX_WORDS
    )


def _has_clause(text: str) -> bool:
    """Whether a text holds an auxiliary or modal verb or a subject pronoun."""
    return any(word.lower() in CLAUSE_WORDS for word in _WORD.findall(text))


def _words(text: str, span: Span, limit: int) -> int:
    """The words of a paragraph, counted up to *limit* (a long one is not sliced)."""
    if span.end - span.start > limit * 20:
        return limit
    return min(limit, len(text[span.start : span.end].split()))


def caption_at(text: str, paragraphs: tuple[Span, ...], index: int) -> bool:
    """
    Whether paragraph *index* is a caption line (see `caption_line`) where pictures stand:
    under a heading or a date line of at most four words that open with a letter, or
    after a paragraph of prose of 30 words or more; a new paragraph of ten words or more
    follows it either way (not one that opens in lower case, the rest of a sentence).
    """
    if not 0 < index < len(paragraphs) - 1:
        return False
    span = paragraphs[index]
    if span.end - span.start > LINE_MAX_WORDS * 20 or not caption_line(span.slice(text)):
        return False
    following = paragraphs[index + 1]
    if text[following.start].islower() or _words(text, following, _PROSE_AROUND) < _PROSE_AFTER:
        return False  # the rest of a sentence, or no prose, follows
    preceding = paragraphs[index - 1]
    before = _words(text, preceding, _PROSE_AROUND)
    if before <= _HEADING_WORDS:  # a heading, not a time or a score ("1600 GMT")
        return not text[preceding.start].isdigit()
    return before >= _PROSE_AROUND


def credit_bounds(paragraph: str, marker: str) -> tuple[int, int]:
    """
    Where the credit a *marker* found stands in its caption paragraph, as (start, end).

    After a label ("Photo: AFP", "Credit: Jo Lee/Reuters", "Image; Zach Weiner") the
    credit is the rest of the line, or what closing parentheses hold when the line ends
    with them; in parentheses ("(AP Photo)") it is the words inside
    them; else the marker.
    """
    at = paragraph.index(marker)
    start, end = at, at + len(marker)
    if marker.endswith((":", ";")):
        start = end
        stop = paragraph.find("\n", start)
        end = len(paragraph) if stop < 0 else stop
        line = paragraph[start:end].rstrip()
        if marker in _PICTURE_LABELS and line.endswith(")") and (open_at := line.rfind("(")) >= 0:
            # "Photo: Ana Ruiz in her studio (Jo Lee/Reuters)": a label before the
            # description, the credit in the closing parentheses
            start, end = start + open_at + 1, start + len(line) - 1
    elif (
        (open_at := paragraph.rfind("(", 0, start + 1)) >= 0
        and ")" not in paragraph[open_at:start]
        and (close := paragraph.find(")", end - 1)) >= 0
    ):
        start, end = open_at + 1, close
    while start < end and paragraph[start] in _CREDIT_STRIP:
        start += 1
    while end > start and paragraph[end - 1] in _CREDIT_STRIP:
        end -= 1
    return (start, end) if end > start else (at, at + len(marker))


def caption_in_text(
    text: str, paragraphs: tuple[Span, ...], index: int
) -> tuple[int, str | None, Span | None] | None:
    """The caption paragraph *index* is, with its credit and the credit's span, or None."""
    span = paragraphs[index]
    if span.end - span.start > _LABELLED_CAPTION_WORDS * 12:  # too long to be one: no slice
        return None
    paragraph = span.slice(text)
    is_caption, credit = inline_caption(paragraph)
    if not is_caption:
        return (index, None, None) if caption_at(text, paragraphs, index) else None
    if credit is None:
        return index, None, None
    first_at, stop_at = credit_bounds(paragraph, credit)
    return (
        index,
        paragraph[first_at:stop_at],
        Span(start=span.start + first_at, end=span.start + stop_at),
    )


class LabelledPictures(NamedTuple):
    """The pictures a page labels on lines of their own (see `labelled_pictures`)."""

    #: by caption paragraph: (paragraph, credit, the credit's span), as `caption_in_text`
    #: gives them
    captions: Mapping[int, tuple[int, str | None, Span | None]] = {}
    #: each caption paragraph's words after its label: "The bridge in 2019"
    texts: tuple[tuple[int, Span], ...] = ()
    #: the credit lines: "Image source, Getty Images"
    credit_lines: frozenset[int] = frozenset()


def labelled_pictures(text: str, paragraphs: tuple[Span, ...]) -> LabelledPictures:
    """
    The pictures a copied news page labels line by line: "Image source, Getty Images" (a
    credit line, `SOURCE_LABELS`) then "Image caption, The bridge in 2019" (a caption
    line, `CAPTION_LABELS`); a credit line gives its credit to the caption line after it.
    """
    captions: dict[int, tuple[int, str | None, Span | None]] = {}
    texts: list[tuple[int, Span]] = []
    credit_lines: set[int] = set()
    credit: tuple[str, Span] | None = None
    for index, span in enumerate(paragraphs):
        if (label := _label_at(text, span, SOURCE_LABELS)) is not None:
            credit_lines.add(index)
            words = Span(start=span.start + len(label), end=span.end)
            credit = (words.slice(text), words)
            continue
        if (label := _label_at(text, span, CAPTION_LABELS)) is not None:
            words = Span(start=span.start + len(label), end=span.end)
            if words.end > words.start:
                given, given_span = credit if credit is not None else (None, None)
                captions[index] = (index, given, given_span)
                texts.append((index, words))
        credit = None
    return LabelledPictures(captions, tuple(texts), frozenset(credit_lines))


def _label_at(text: str, span: Span, labels: tuple[str, ...]) -> str | None:
    """The label of *labels* that opens the paragraph at *span*, if one does."""
    if not text.startswith(labels, span.start, span.end):
        return None
    return next(label for label in labels if text.startswith(label, span.start))
