"""Where an item came from in the article's text."""

from __future__ import annotations

from attrs import field, frozen

from newsmodel.model import _checks, _invariants
from newsmodel.model._derive import model, positional


@model(_invariants.span)
@frozen(kw_only=True, order=True, weakref_slot=False)
class Span:
    """
    A half-open range ``[start, end)`` of character offsets into `Article.text`.

    Offsets are Python string indices, so ``article.text[span.start:span.end]`` is the
    text the span covers.

    >>> Span(start=4, end=9).slice("The Iraqi minister")
    'Iraqi'
    """

    start: int = field(validator=_checks.offset, metadata=_checks.SHARED)
    end: int = field(validator=_checks.offset, metadata=_checks.SHARED)

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of *text* this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """Whether *other* lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end


#: ``Span(start=start, end=end)`` without a keyword call: the parser makes dozens per article.
span_of = positional(Span)
