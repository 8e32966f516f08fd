"""
Where reported speech may be: the trigger words, and the cheap tests that decide which
sentences, and which of their tokens, the reported-speech rules read.

A trigger is a cue verb form ("said", "believes", "reports") or "according". A sentence
without one as a run of letters is never tokenized; in one with a trigger, the tokens
that are triggers are found by a string search for the triggers its runs hold, not by a
test of every token.

That search relies on a trigger token being a whole run of letters. It always is, but
after an initialism glued to a word ("U.Ssaid": "U.S" then "said", one run "Ssaid");
an article with such a shape, or with the Kelvin sign (the one character outside ASCII
that lower-cases to an ASCII letter), takes the plain token-by-token path instead.
"""

from __future__ import annotations

import bisect
import itertools
import re
import string
from collections.abc import Sequence

from newsmodel.model import Span
from newsmodel.parser.lexicons.speech import (
    BELIEF_FORMS,
    OUTLET_VERBS,
    SPEECH_FORMS,
    SPEECH_NOUNS,
)
from newsmodel.parser.quotes._speaker_phrases import CUE_LEMMAS
from newsmodel.parser.quotes._tokens import Tok

# The words without which a sentence holds no attribution: a cheap test before tokenizing.
TRIGGERS = (
    frozenset(SPEECH_FORMS)
    | frozenset(BELIEF_FORMS)
    | OUTLET_VERBS
    | SPEECH_NOUNS
    | {"according", "According", "Asked"}
)
# Headlines in title case capitalize their verbs: "Bellwether County Says Trump Should Win".
_TITLE_TRIGGERS = frozenset(word.capitalize() for word in TRIGGERS)
_ANY_TRIGGER = TRIGGERS | _TITLE_TRIGGERS  # one set test per sentence, not two
# The runs of letters a trigger could be: a run shorter than the shortest trigger is never
# one, and leaving it out leaves every longer run whole (a match starts at a run's start).
_SHORTEST_TRIGGER = min(map(len, _ANY_TRIGGER))
_WORD = re.compile(rf"[A-Za-z]{{{_SHORTEST_TRIGGER},}}")
# What a word of a title-case headline can be read as, in lower case, by the cue rules.
_TITLE_CUES = frozenset(CUE_LEMMAS) | {"according"}
# An initialism that ends in a capital glued to a letter ("U.Ssaid"), and the Kelvin sign.
_GLUED_INITIAL = re.compile(r"\.[A-Z][A-Za-z]")
_KELVIN = "\u212a"
_TITLE_SHARE = 0.7
_TITLE_WORDS = 25
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_CAPITALS = string.ascii_uppercase.encode("ascii")


def trigger_sentences(text: str, spans: Sequence[Span]) -> list[tuple[int, list[str]]]:
    """
    The sentences of *spans* with a trigger, by index, each with its runs of letters.

    One loop with its look-ups hoisted: most sentences hold no trigger, and a call per
    sentence would cost more than the test.
    """
    findall = _WORD.findall
    disjoint = _ANY_TRIGGER.isdisjoint
    found: list[tuple[int, list[str]]] = []
    for index, span in enumerate(spans):
        words = findall(text, span.start, span.end)
        if not disjoint(words):
            found.append((index, words))
    return found


def runs_are_tokens(text: str) -> bool:
    """Whether every token of *text* that is a run of letters is the whole run."""
    return _KELVIN not in text and _GLUED_INITIAL.search(text) is None


def cue_candidates(
    text: str,
    toks: list[Tok],
    starts: list[int],
    span: tuple[int, int],
    words: list[str] | None,
) -> tuple[list[int], bool]:
    """
    The tokens of ``toks[first:stop]`` (*span*) that may be a cue, and whether the
    sentence is a headline in title case.

    They are the trigger words, and in a title-case headline every word after the first
    (its verbs are capitalized). *words* are the sentence's runs of letters, or None to
    test every token. With *words*, title case is only worked out when a run could be
    read as a capitalized cue: otherwise it changes nothing the rules find.
    """
    first, stop = span
    if stop <= first:
        return [], False
    if words is not None and _TITLE_CUES.isdisjoint(
        map(str.lower, itertools.filterfalse(str.islower, words))
    ):
        return _found_triggers(text, toks, starts, span, words), False
    title = _title_case("".join(map(text.__getitem__, starts)))
    if title:
        return list(range(first if toks[first][2] in TRIGGERS else first + 1, stop)), True
    if words is not None:
        return _found_triggers(text, toks, starts, span, words), False
    return [j for j in range(first, stop) if toks[j][2] in TRIGGERS], False


def _found_triggers(
    text: str, toks: list[Tok], starts: list[int], span: tuple[int, int], words: list[str]
) -> list[int]:
    """The trigger tokens of *span*, found where the sentence's trigger runs stand."""
    first, stop = span
    low, high = starts[first], toks[stop - 1][1]
    found: list[int] = []
    for word in TRIGGERS.intersection(words):
        at = text.find(word, low, high)
        while at >= 0:
            j = bisect.bisect_left(starts, at)
            if j < len(starts) and starts[j] == at and toks[j][2] == word:
                found.append(j)
            at = text.find(word, at + 1, high)
    found.sort()
    return found


def _title_case(heads: str) -> bool:
    """
    Whether a short sentence is a headline in title case: most words capitalized.

    *heads* are the first characters of its tokens.
    """
    if heads.isascii():
        return _ascii_title_case(heads.encode("ascii"))
    letters = "".join(filter(str.isalpha, heads))  # words, not numbers
    if not letters or len(letters) > _TITLE_WORDS:
        return False
    return sum(map(str.isupper, letters)) >= _TITLE_SHARE * len(letters)


def _ascii_title_case(heads: bytes) -> bool:
    """`_title_case` of the usual ASCII heads, counted in C by deleting bytes."""
    letters = len(heads) - len(heads.translate(None, _ASCII_LETTERS))
    if not letters or letters > _TITLE_WORDS:
        return False
    capitals = len(heads) - len(heads.translate(None, _ASCII_CAPITALS))
    return capitals >= _TITLE_SHARE * letters
