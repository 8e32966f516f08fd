"""Stages 3 and 4: quotations and reported speech with their cues, then each one's speaker tied to an actor."""

from newsmodel.parser.quotes._candidates import QuoteCandidate
from newsmodel.parser.quotes._direct import find_quotes
from newsmodel.parser.quotes._speakers import resolve_speakers

__all__ = ["QuoteCandidate", "find_quotes", "resolve_speakers"]
