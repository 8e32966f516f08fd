"""
The machinery the figures and dates stages share: where their windows fall, and where a
figure can start. Each shortcut is checked against the plain definition it replaces.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel.model import Span
from newsmodel.parser.numbers import _dates, _figures
from newsmodel.parser.numbers._dates import find_dates
from newsmodel.parser.numbers._figures import find_figures
from newsmodel.parser.numbers._numerals import _SNAP, Candidates, windows

PUBLISHED = dt.datetime(2019, 7, 11, 9, 30, tzinfo=dt.UTC)

# Pieces that make candidates, near-candidates and the characters around them.
_PIECES = [
    *("one", "One", "ONE", "oNe", "someone", "twenty-one", "hundred", "Thousands", "tens"),
    *("2018", "5", "1,000", ".5", "3.", "x2", "G7", "10,00.5,"),
    *("May", "may", "Mar", "Monday", "Tues", "August", "Last week", "last", "week", "Next"),
    *("this year", "ago", "today", "Today", "yesterday", "a", "several"),
    *(" ", " ", "  ", "\n", ",", ".", "-", "'", "é", "Ω", "’", "_", "x", "٣", "²"),
    *("internationally", "x" * 45),
]
# A window's end moved to a space far off decides whether the next match joins it.
_FAR_SPACE = "Then 5 " + "a" * 30 + " 7 rose."
_FAR_SENTENCE = [Span(start=5, end=len(_FAR_SPACE))]


def _plain_windows(
    text: str, sentences: list[Span], pattern: Candidates, around: tuple[int, int]
) -> list[tuple[Span, int, int]]:
    """The windows by their definition: the exact pattern in each sentence, then merged."""
    before, after = around
    out: list[tuple[Span, int, int]] = []
    for sentence in sentences:
        lo, hi = sentence.start, sentence.end
        found: list[tuple[int, int]] = []
        for match in pattern.exact.finditer(text, lo, hi):
            start = max(lo, match.start() - before)
            if found and start <= found[-1][1]:
                start = found.pop()[0]
            elif start > lo:
                space = text.rfind(" ", max(lo, start - _SNAP), start)
                start = space + 1 if space >= 0 else start
            end = min(hi, match.end() + after)
            if end < hi:
                space = text.find(" ", end, min(hi, end + _SNAP))
                end = space if space >= 0 else end
            found.append((start, end))
        out.extend((sentence, start, end) for start, end in found)
    return out


@st.composite
def _texts_and_sentences(draw: st.DrawFn) -> tuple[str, list[Span]]:
    """A text of candidate pieces, cut into sentences at arbitrary points, gaps allowed."""
    text = "".join(draw(st.lists(st.sampled_from(_PIECES), max_size=60)))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)) | {0, len(text)})
    spans = [Span(start=a, end=b) for a, b in itertools.pairwise(cuts) if a < b]
    keep = draw(st.lists(st.booleans(), min_size=len(spans), max_size=len(spans)))
    return text, [span for span, kept in zip(spans, keep, strict=True) if kept]


@pytest.mark.parametrize("stage", [_figures, _dates], ids=["figures", "dates"])
@given(_texts_and_sentences(), st.integers(0, 30), st.integers(0, 30))
@example(case=(_FAR_SPACE, _FAR_SENTENCE), before=2, after=3)
@example(case=(_FAR_SPACE, _FAR_SENTENCE), before=1, after=2)
def test_windows_match_their_definition(
    stage: object, case: tuple[str, list[Span]], before: int, after: int
) -> None:
    """
    The fast candidate patterns and the window merging give the windows of the exact
    pattern, whatever the sentences' edges touch (a word, a digit, a space, a gap).
    """
    text, sentences = case
    pattern = stage._CANDIDATE  # type: ignore[attr-defined]
    expected = _plain_windows(text, sentences, pattern, (before, after))
    assert windows(text, sentences, pattern, (before, after)) == expected


def _plain_starters(low: list[str]) -> list[int]:
    """The tokens a figure can start at, rule by rule."""
    out = []
    for k, word in enumerate(low):
        nxt = low[k + 1] if k + 1 < len(low) else ""
        if (
            word in _figures._WORD_STARTERS
            or word[0].isdecimal()
            or (word in {"a", "an"} and nxt in _figures._ARTICLE_BEFORE)
            or (word in {"several", "few"} and (nxt in _figures.MAGNITUDES or nxt == "dozen"))
            or ("-" in word and word.partition("-")[0] in _figures._STARTERS)
            or (word.startswith(".") and len(word) > 1)
        ):
            out.append(k)
    return out


@given(
    st.lists(
        st.sampled_from(
            [
                *("a", "an", "the", "few", "several", "hundred", "dozen", "quarter", "half"),
                *("twenty-one", "two-thirds", "well-known", "-", ".", ".5", "5", "2,000"),
                *("one", "people", "tens", "of", "million", "fifths", "٣", "²"),
            ]
        ),
        min_size=1,
        max_size=12,
    )
)
def test_figure_starters_follow_their_rules(low: list[str]) -> None:
    """The scan stops at every token a figure can start at, and only there."""
    assert _figures._starters(low) == _plain_starters(low)


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Seventeen people were hurt.", "Seventeen people"),
        ("TWENTY people were hurt.", "TWENTY people"),
        ("Police said several hundred protesters gathered.", "several hundred protesters"),
        ("Police said a few thousand protesters gathered.", "a few thousand protesters"),
        ("A quarter of voters stayed at home.", "A quarter of voters"),
        ("The vote was carried by twenty-one members.", "twenty-one members"),
        ("Voters rejected it three-to-one.", "three-to-one"),
        ("The bill passed by a 3-to-1 margin.", "3-to-1"),
    ],
)
def test_a_sentence_whose_only_number_is_in_words(sentence: str, written: str) -> None:
    """A figure written in words, or as a ratio, is found with no digit near it."""
    figures = find_figures(sentence, [Span(start=0, end=len(sentence))])
    assert [figure.text for figure in figures] == [written]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Last week prices fell.", "Last week"),
        ("This year prices fell.", "This year"),
        ("Prices fell a year ago.", "a year ago"),
        ("Yesterday prices fell.", "Yesterday"),
        ("Prices fell on the 3rd of March.", "3rd of March"),
        ("Prices fell on Tues. and rose later.", "Tues"),
    ],
)
def test_a_sentence_whose_only_date_is_in_words(sentence: str, written: str) -> None:
    """Dates that open a sentence, or start with an ordinal, are found."""
    text = "Markets were calm.\n" + sentence
    sentences = [Span(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text)]
    assert [date.text for date in find_dates(text, sentences, PUBLISHED)] == [written]


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Some 4,000–5,000 people marched.", 4000, 5000),
        ("Some 4,000—5,000 people marched.", 4000, 5000),
        ("The trip takes three or four days.", 3, 4),
    ],
)
def test_ranges_after_every_connector(sentence: str, low: float, high: float) -> None:
    """A range is read after each dash, "or", "to" and "and": the scan asks for it there."""
    (figure,) = find_figures(sentence, [Span(start=0, end=len(sentence))])
    assert (figure.value, figure.low, figure.high) == (None, low, high)


@pytest.mark.parametrize(
    ("sentence", "value"),
    [("One in five adults smokes.", 0.2), ("A cup is 1⁄16 of a US gallon.", 0.0625)],
)
def test_shares_after_every_mark(sentence: str, value: float) -> None:
    """A share is read after "in", "out of" and either slash."""
    (figure,) = find_figures(sentence, [Span(start=0, end=len(sentence))])
    assert figure.value == pytest.approx(value, abs=1e-4)
