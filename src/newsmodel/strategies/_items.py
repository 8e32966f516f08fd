"""Quotes, figures and date mentions whose spans lie in a text."""

from __future__ import annotations

from typing import Literal, TypeVar

from hypothesis import strategies as st

from newsmodel.model import (
    DateMention,
    Figure,
    Quote,
    Span,
)
from newsmodel.strategies._fields import (
    DATES,
    FIGURE_NUMBERS,
    GRANULARITIES,
    QUALIFIERS,
    QUOTE_KINDS,
    UNITS,
    complete,
    optional,
)
from newsmodel.strategies._text import nonempty_spans, ordered_span

T = TypeVar("T")


@st.composite
def quotes(draw: st.DrawFn, *, text: str, actor_ids: tuple[str, ...] = ()) -> Quote:
    """A quote whose span lies in *text* (which has a non-blank character)."""
    visible = nonempty_spans(text)
    span = draw(visible)
    cue_span = draw(optional(visible))
    who = st.sampled_from(actor_ids) if actor_ids else st.none()
    fields = {
        "text": span.slice(text),
        "span": span,
        "kind": draw(QUOTE_KINDS),
        "speaker": draw(optional(who)),
        "cue": cue_span.slice(text) if cue_span else None,
        "cue_span": cue_span,
        "via": draw(optional(who)),
        "quoted": tuple(draw(st.lists(_spans_inside(span), max_size=2))),
    }
    return complete(draw, Quote, fields, size=len(text))


def _spans_inside(span: Span) -> st.SearchStrategy[Span]:
    """A span inside *span* (maybe empty)."""
    bound = st.integers(span.start, span.end)
    return st.builds(ordered_span, bound, bound)


@st.composite
def figures(draw: st.DrawFn, *, text: str, actor_ids: tuple[str, ...] = ()) -> Figure:
    """A figure whose span lies in *text*: a value, a range or a bound."""
    span = draw(nonempty_spans(text))
    value, low, high = draw(FIGURE_NUMBERS)
    qualifier = draw(QUALIFIERS)
    fields = {
        "text": span.slice(text),
        "span": span,
        "value": value,
        "low": low,
        "high": high,
        "approximate": qualifier is not None,
        "qualifier": qualifier,
        "unit": draw(UNITS),
        "about": draw(optional(st.sampled_from(actor_ids))) if actor_ids else None,
    }
    return complete(draw, Figure, fields, size=len(text))


@st.composite
def date_mentions(draw: st.DrawFn, *, text: str) -> DateMention:
    """A date mention whose span lies in *text*, resolved or not."""
    span = draw(nonempty_spans(text))
    granularity: Literal["day", "month", "year"] | None = draw(GRANULARITIES)
    value = draw(DATES) if granularity else None
    fields = {"text": span.slice(text), "span": span, "value": value, "granularity": granularity}
    return complete(draw, DateMention, fields, size=len(text))
