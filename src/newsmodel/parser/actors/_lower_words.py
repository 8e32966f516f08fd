"""
The words an article writes in lower case, looked up one at a time.

The name finder asks only a dozen times per article whether a capitalised word also
appears in lower case ("Relations" and "relations"), so each question is answered by
searching the text, which is much cheaper than collecting every lower-case word first.
An article that asks many questions, or whose searches keep hitting parts of longer
words, gets the full collection instead, so the cost stays linear in the text's size.
"""

from __future__ import annotations

import re

_LOWER_WORD = re.compile(r"\b[a-z]+\b")
#: Distinct words looked up by searching before the whole collection is built.
_MAX_LOOKUPS = 32
#: Occurrences inside longer words a search may skip before the collection is built.
_MAX_MISSES = 64


def _is_lower_word(word: str) -> bool:
    """Whether *word* is made of ASCII lower-case letters only, as ``[a-z]+`` is."""
    return word.isascii() and word.isalpha() and word.islower()


class LowerWords:
    """
    Whether a word is among the matches of ``\\b[a-z]+\\b`` in a text.

    Behaves as ``frozenset(re.findall(r"\\b[a-z]+\\b", text))`` does for ``in``.
    """

    __slots__ = ("_all", "_known", "_misses", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}
        self._all: frozenset[str] | None = None
        self._misses = 0

    def __contains__(self, word: object) -> bool:
        if self._all is not None:
            return word in self._all
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = self._search(word)
        return known

    def _search(self, word: str) -> bool:
        if not word or not _is_lower_word(word):
            return False
        if len(self._known) >= _MAX_LOOKUPS:
            return word in self._collect()
        text = self._text
        size, stop_all = len(word), len(self._text)
        at = text.find(word)
        while at >= 0:
            # inline word-character tests: most searches end at the first occurrence
            stop = at + size
            before = text[at - 1] if at else " "
            after = text[stop] if stop < stop_all else " "
            if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
                return True
            self._misses += 1
            if self._misses > _MAX_MISSES:
                return word in self._collect()
            at = text.find(word, at + 1)
        return False

    def _collect(self) -> frozenset[str]:
        self._all = frozenset(_LOWER_WORD.findall(self._text))
        return self._all
