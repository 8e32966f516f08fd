"""Where an item came from in the article's text."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from newsmodel.errors import ModelError
from newsmodel.model import _checks


@frozen(kw_only=True, order=True, init=False, weakref_slot=False)
class Span:
    """
    A half-open range ``[start, end)`` of character offsets into `Article.text`.

    Offsets are Python string indices, so ``article.text[span.start:span.end]`` is the
    text the span covers.

    >>> Span(start=4, end=9).slice("The Iraqi minister")
    'Iraqi'
    """

    start: int = field(validator=_checks.non_negative)
    end: int = field(validator=_checks.non_negative)

    def __init__(self, *, start: int, end: int) -> None:
        # The parser builds dozens of spans per article: one test covers the usual case.
        if type(start) is int and type(end) is int and 0 <= start <= end:
            if end < _SHARED_OFFSETS:
                start, end = _share(start, start), _share(end, end)
            _set_start(self, start)
            _set_end(self, end)
            return
        _set_start(self, start)
        _set_end(self, end)
        self._check()

    def _check(self) -> None:
        """Raise the error of the first broken invariant, as the validators word it."""
        _checks.validate(self)
        if self.end < self.start:
            msg = f"end: expected end >= start ({self.start}), got {self.end}"
            raise ModelError([msg])

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether *other* lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


# The slots' own setters: a frozen class refuses plain assignment, even in __init__.
_set_start = Span.start.__set__  # type: ignore[attr-defined]
_set_end = Span.end.__set__  # type: ignore[attr-defined]
_new = object.__new__

# Every article has offsets 0, 1, 2, ...: spans share one int object per offset below
# this bound, as Python shares the ints up to 256, instead of each holding its own
# (28 bytes each, about 80 per parsed article). The table holds at most this many.
_SHARED_OFFSETS = 1 << 15
_OFFSETS: dict[int, int] = {}
_share = _OFFSETS.setdefault


def span_of(start: int, end: int) -> Span:
    """
    Return ``Span(start=start, end=end)``, built without a keyword call when it is valid.

    The JSON reader makes dozens of spans per article; this saves a third of each.
    """
    if type(start) is int and type(end) is int and 0 <= start <= end < _SHARED_OFFSETS:
        made: Span = _new(Span)
        _set_start(made, _share(start, start))
        _set_end(made, _share(end, end))
        return made
    return Span(start=start, end=end)


def spans_of(pairs: list[Any]) -> tuple[Span, ...]:
    """
    Return the spans of ``[start, end]`` pairs, as `span_of` would build each one.

    The JSON reader's arrays of mentions hold most of an article's spans: one loop
    here saves a call per span. A pair that is not two valid offsets goes to `Span`,
    which accepts it or raises its usual error.
    """
    made: list[Span] = []
    append = made.append
    for start, end in pairs:
        if type(start) is int and type(end) is int and 0 <= start <= end < _SHARED_OFFSETS:
            span: Span = _new(Span)
            _set_start(span, _share(start, start))
            _set_end(span, _share(end, end))
            append(span)
        else:
            append(Span(start=start, end=end))
    return tuple(made)
