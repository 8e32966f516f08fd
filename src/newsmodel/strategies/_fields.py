"""Values for any model field, drawn from its type and its check."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from newsmodel import _hypothesis_plugin as _plugin
from newsmodel import model
from newsmodel.model import (
    QuoteKind,
    Span,
    _checks,
    _types,
)
from newsmodel.strategies._text import names, spans, texts

T = TypeVar("T")


def optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


NUMBERS: st.SearchStrategy[int | float | Decimal] = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
)
DATETIMES = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),  # noqa: DTZ001 - timezones added below
    max_value=dt.datetime(2100, 1, 1),  # noqa: DTZ001
    timezones=st.sampled_from(
        (
            dt.UTC,
            dt.timezone(dt.timedelta(hours=-5)),
            dt.timezone(dt.timedelta(hours=5, minutes=30)),
        )
    ),
)
URLS = st.builds(
    "https://news.example/{}/{}".format,
    st.sampled_from(("world", "politics", "tech")),
    st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True),
)
SAME_AS = st.lists(URLS, max_size=1)
QUOTE_KINDS: st.SearchStrategy[QuoteKind] = st.sampled_from(("direct", "partial", "indirect"))
FIGURE_NUMBERS = st.one_of(
    NUMBERS.map(lambda v: (v, None, None)),
    st.tuples(NUMBERS, NUMBERS).map(lambda p: (None, min(p), max(p))),
    NUMBERS.map(lambda v: (v, v, None)),
)
QUALIFIERS = optional(st.sampled_from(("about", "an estimated", "more than", "up to")))
UNITS = optional(st.sampled_from(("people", "USD", "percent", "American service members")))
GRANULARITIES = optional(st.sampled_from(("day", "month", "year")))
DATES = st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1))
DATELINES = optional(st.sampled_from(("BEIRUT (Reuters)", "WASHINGTON", "TEHRAN (AP)")))
LANGUAGES = optional(st.sampled_from(("en", "en-GB", "fa", "ar", "pt-BR")))


#: Values for a field by its `Check`, where the check says more than the type.
BY_CHECK: dict[object, st.SearchStrategy[Any]] = {
    _checks.url: URLS,
    _checks.language: st.sampled_from(("en", "en-GB", "fa", "ar", "pt-BR")),
    _checks.iso_code: st.from_regex(r"[A-Z]{2}", fullmatch=True),
    _checks.pixels: st.integers(1, 4000),
    _checks.aware: DATETIMES,
    _checks.number: NUMBERS,
}


@functools.lru_cache(maxsize=256)
def of_type(t: Any, check: object, size: int, *, hostile: bool) -> st.SearchStrategy[Any]:
    """
    Valid values of the type *t* (and its *check*) for a field no strategy specialises;
    a span lies in a text of *size* characters.
    """
    may_be_none, t = _types.optional(t)
    item = _types.item(t)
    if item is not None:
        each = of_type(item, getattr(check, "item", None), size, hostile=hostile)
        found: st.SearchStrategy[Any] = st.lists(each, max_size=3).map(tuple)
    elif check in BY_CHECK:
        found = BY_CHECK[check]
    elif _types.choices(t):
        found = st.sampled_from(_types.choices(t))
    elif t is Span:
        found = spans(size)
    elif t is str:
        found = names(hostile=hostile) if check is _checks.name else texts(hostile=hostile)
    elif _types.is_model(t) and t not in REGISTERED:  # a class no strategy knows yet
        found = anything(t, size, hostile=hostile)
    else:  # bool, int, dates and the model's classes, which the plugin registers
        found = st.from_type(t)
    return optional(found) if may_be_none else found


#: The model's classes the Hypothesis plugin gives a strategy of this module.
REGISTERED = frozenset(getattr(model, name) for name in _plugin.STRATEGIES)


@st.composite
def anything(draw: st.DrawFn, cls: type[T], size: int, *, hostile: bool) -> T:
    """An object of a model class no strategy specialises: every field from its type."""
    required = {
        a.name: draw(of_type(a.type, a.validator, size, hostile=hostile))
        for a in attrs.fields(cls)  # type: ignore[arg-type]
        if a.default is attrs.NOTHING
    }
    return complete(draw, cls, required, size=size, hostile=hostile)


def complete(
    draw: st.DrawFn, cls: type[T], fields: dict[str, Any], *, size: int = 0, hostile: bool = False
) -> T:
    """
    ``cls(**fields)``, with every field *fields* does not give drawn from its type
    (spans inside a text of *size* characters).

    So a field added to a model class is drawn with no edit here; a strategy gives a
    field itself only where validity needs more than the type (spans inside the text,
    references to actors).
    """
    for a in attrs.fields(cls):  # type: ignore[arg-type]
        if a.name not in fields and a.default is not attrs.NOTHING:
            strategy = of_type(a.type, a.validator, size, hostile=hostile)
            fields[a.name] = draw(strategy)
    return cls(**fields)


@functools.lru_cache(maxsize=128)
def mentions(size: int) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(size), max_size=3).map(tuple)
