"""An append-only text builder that returns the span of every piece it writes."""

from __future__ import annotations

from newsmodel.model import Span


class Writer:
    """
    Build a text piece by piece, so that every item's span is known by construction.

    Rendering writes each name, quotation and number as its own piece and keeps the
    span `write` returns, rather than searching the finished text, which would find the
    wrong "Chen" when two people share a word.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self.size = 0

    def write(self, piece: str) -> Span:
        """Append *piece* and return where it stands in the text."""
        start = self.size
        self._parts.append(piece)
        self.size += len(piece)
        return Span(start=start, end=self.size)

    def text(self) -> str:
        """The text written so far."""
        return "".join(self._parts)
