"""
Word tokens of one sentence, for the attribution rules of the quotes stage.

A token is a plain ``(start, end, text)`` tuple: the quotes stage makes thousands of them
per article and reads them in tight loops, where a tuple is cheaper than a class.
"""

from __future__ import annotations

import re
from typing import TypeAlias

Tok: TypeAlias = tuple[int, int, str]

# Initialisms ("U.S."), words with inner apostrophes or hyphens ("Iran’s", "Al-Shammari"),
# or any other single character. Each repetition starts with a character its predecessor
# cannot end with, and repetitions are bounded, so matching never backtracks far.
# Two apostrophes or backticks stand for a double quotation mark in some newsroom text.
_TOKEN = re.compile(r"''|``|[A-Z](?:\.[A-Z]){1,8}\.?|\w+(?:['’\-]\w+){0,8}|\S")

DOUBLE_MARKS = frozenset({'"', "“", "”", "„", "«", "»", "''", "``"})
OPEN_DOUBLE = frozenset({"“", "„", "«", "``"})
CLOSE_MARKS = frozenset({"”", "»"})
#: Every quotation mark as a token, single ones included: what a clause's edges keep.
QUOTE_MARKS = DOUBLE_MARKS | {"‘", "’", "'"}
STRAIGHT_MARKS = frozenset({'"', "''"})
CLOSE_DOUBLE = frozenset("”»")
CLAUSE_PUNCT = frozenset(",;:")
END_PUNCT = frozenset(".!?…")
#: Determiners that start a noun phrase but do not make it a name ("The ministry").
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "her"})


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Cut ``text[start:end]`` into tokens with their offsets."""
    return [(m.start(), m.end(), m[0]) for m in _TOKEN.finditer(text, start, end)]


def is_word(tok: Tok) -> bool:
    """Whether the token is a word rather than a punctuation mark."""
    return tok[2][0].isalnum()


def is_capitalized(tok: Tok) -> bool:
    """Whether the token is a word that starts with a capital letter."""
    return tok[2][0].isupper()


def base(word: str) -> str:
    """The lower-case word without a possessive ending: "Iran’s" -> "iran"."""
    lower = word.lower()
    if lower.endswith(("’s", "'s")):
        return lower[:-2]
    return lower
