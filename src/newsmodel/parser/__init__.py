"""Turn the plain text of a news article into the typed model, with rules kept as data."""

from newsmodel.parser._pipeline import parse

__all__ = ["parse"]
