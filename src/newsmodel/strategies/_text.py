"""Text, names and spans: plain, and hostile to HTML, JSON and scripts."""

from __future__ import annotations

import functools
import re

from hypothesis import strategies as st

from newsmodel.model import (
    Span,
)

#: Names from several scripts: the model must carry them all unchanged.
NAME_PARTS = (
    "Amir",
    "Hatami",
    "Najah",
    "Al-Shammari",
    "José",
    "Müller",
    "Zoë",
    "O'Brien",
    "Łukasz",
    "François",
    "محمد",
    "عراقچی",
    "حسن",
    "Nguyễn",
    "李",
    "Ana 🌍",
    "דוד",
    "Ngũgĩ",
)

# Strings that break naive HTML, JSON and script embedding (public as strategies.HOSTILE_SAMPLES).
HOSTILE_SAMPLES: tuple[str, ...] = (
    "</script>",
    "</SCRIPT >",
    "<!--<script>",
    "<script>alert(1)</script>",
    "]]>",
    "&amp;",
    "&lt;/script&gt;",
    "\u2028",
    "\u2029",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u200d",  # zero-width joiner
    "\ufeff",
    "e\u0301",  # combining acute accent
    "👩‍👩‍👧",
    "\x00",
    "\x1b[31m",
    '"},{"@type":"Person"',
    "\\u003c/script\\u003e",
    "&#60;/script&#62;",  # character references a naive unescape would turn into markup
    "&amp;lt;",
    "＜/script＞",  # fullwidth look-alikes
    "<![CDATA[",
    "\u2066\u2067\u2068\u2069",  # bidi isolates
    "\u200b\u200c\u2060",  # zero-width space, non-joiner, word joiner
    "\U0001f1ee\U0001f1f7",  # a flag: two regional indicators
    "\ud7ff\ue000\ufffd\U0010ffff",  # around the surrogates, and the last code point
    "\x7f\x85\x0c\x0b\r",  # DEL, NEL, form feed, vertical tab, carriage return
    "عبد الله",
    "דוד כהן",
    "a\u0300\u0301\u0302\u0303\u0304",  # a stack of combining marks
)

SAFE_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs"),
)


def repeat(sample: str, size: int) -> str:
    """*sample* repeated up to *size* characters."""
    return (sample * (size // len(sample) + 1))[:size]


def texts(
    *, hostile: bool = False, min_size: int = 1, max_size: int = 80
) -> st.SearchStrategy[str]:
    """
    Non-empty text with at least one visible character.

    With *hostile*, the text mixes in `HOSTILE_SAMPLES`, long runs of them, and any
    character UTF-8 can carry (controls, bidi marks, NUL), which is what breaks real
    systems.
    Nothing is filtered, so failures shrink to a short sample.
    """
    return _texts(hostile, min_size, max_size)


@functools.lru_cache(maxsize=64)
def _texts(hostile: bool, min_size: int, max_size: int) -> st.SearchStrategy[str]:  # noqa: FBT001
    # Cached: a strategy built once is validated once, which keeps articles() fast.
    alphabet = st.characters(codec="utf-8") if hostile else SAFE_ALPHABET
    plain = st.text(alphabet, min_size=min_size, max_size=max_size)
    # A long run is a sample repeated, drawn as two integers: it shrinks to a short one.
    # It is one piece in five, so that articles stay quick to draw.
    long = st.builds(repeat, st.sampled_from(("a", *HOSTILE_SAMPLES)), st.integers(200, 3000))
    samples = st.sampled_from(HOSTILE_SAMPLES)
    pieces = st.one_of(plain, samples, plain, samples, long) if hostile else plain
    joined = st.lists(pieces, min_size=1, max_size=4).map("".join)
    # A visible anchor keeps names non-blank without filtering.
    return st.tuples(st.sampled_from(NAME_PARTS), joined).map(lambda p: f"{p[0]} {p[1]}")


def names(*, hostile: bool = False) -> st.SearchStrategy[str]:
    """Personal and organization names in several scripts."""
    return _names(hostile)


@functools.lru_cache(maxsize=2)
def _names(hostile: bool) -> st.SearchStrategy[str]:  # noqa: FBT001
    plain = st.lists(st.sampled_from(NAME_PARTS), min_size=1, max_size=3).map(" ".join)
    if not hostile:
        return plain
    return st.one_of(plain, texts(hostile=True, max_size=20))


def spans(text_size: int) -> st.SearchStrategy[Span]:
    """A span inside a text of *text_size* characters."""
    # Two plain integers rather than a flatmap: cheaper to draw, and it shrinks to 0-0.
    bound = st.integers(0, text_size)
    return st.builds(ordered_span, bound, bound)


def ordered_span(a: int, b: int) -> Span:
    return Span(start=min(a, b), end=max(a, b))


def nonempty_spans(text: str) -> st.SearchStrategy[Span]:
    """A span covering at least one non-blank character of *text* (which has one)."""
    bound = st.integers(0, len(text))

    def visible(a: int, b: int) -> Span:
        # Stretch a blank span to the nearest visible character: no filtering, and no
        # scan of the whole text, which hostile long runs make large.
        start, end = min(a, b), max(a, b)
        if VISIBLE.search(text, start, end):
            return Span(start=start, end=end)
        after = VISIBLE.search(text, end)
        if after:
            return Span(start=start, end=after.end())
        return Span(start=len(text.rstrip()) - 1, end=end)

    return st.builds(visible, bound, bound)


VISIBLE = re.compile(r"\S")
