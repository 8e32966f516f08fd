"""
Tokens and number reading shared by the figures and dates stages.

A token is a plain ``(start, end, text)`` tuple, as in `newsmodel.parser.quotes._tokens`, but cut
for numbers: digits with their separators and decimals are one token ("1,463.78"), and a
unit glued to them is another ("278" "kg"), so the stages can tell "5,000" from "G7".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import NamedTuple, TypeAlias

from newsmodel.model import Span
from newsmodel.parser.lexicons.numbers import (
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_SUFFIXES,
    DOZEN,
    FRACTIONS,
    MAGNITUDE_SUFFIXES,
    MAGNITUDES,
    MONTHS,
    SMALL_NUMBERS,
    TENS,
    VAGUE_NEED_OF,
    VAGUE_QUANTITIES,
    YEAR_CERTAIN,
    YEAR_CUES,
    YEAR_RANGE,
)

Tok: TypeAlias = tuple[int, int, str]

# The most words one number takes ("one hundred and twenty-five thousand three hundred"),
# so that "hundred hundred hundred ..." cannot grow an integer without end.
_LONGEST_NUMBER = 12
_SNAP = 40  # how far a window's edge moves to reach a space, so it cuts no word

# Digits with thousands separators or without, then decimals; a leading-point decimal
# (".001") only where no word or digit is glued before it; initialisms with points
# ("a.m.", "U.S."); words with inner apostrophes or hyphens; any other character.
# Branches that start alike share their first character, and the letter branches come
# first since most tokens are words: the engine tries one branch per token, not five;
# a plain word (no point, apostrophe or hyphen after its letters) ends at its first
# branch. Nothing follows the word branches, so their repetitions never give back
# (possessive): that saves the engine its bookkeeping.
# Every repetition starts with a character its predecessor cannot end with, and the
# repetitions that could meet are bounded, so matching stays linear.
# Every token starts with a non-space: the lookahead lets the engine pass spaces at once.
_CUT_FORM = (
    r"(?=\S)(?:"
    r"{L}(?:{L}*+(?![.'’\-])|(?:\.{L}){{1,6}}\.?|{L}*+(?:['’\-]{L}++){{0,6}}+)"
    r"|{D}(?:{D}{{0,2}}(?:,{D}{{3}}){{1,8}}(?:\.{D}+)?(?!{D})|{D}*(?:\.{D}+)?)"
    r"|(?<![{W}.])\.{D}+"
    r"|\S)"
)
_TOKEN = re.compile(_CUT_FORM.format(L=r"[^\W\d_]", D=r"\d", W=r"\w"))
# The same tokens for ASCII text, where letters and digits are plain ranges that the
# engine checks faster than Unicode categories.
_ASCII_TOKEN = re.compile(_CUT_FORM.format(L="[A-Za-z]", D="[0-9]", W="A-Za-z0-9_"))


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """Cut ``text[start:end]`` into number, word and mark tokens with their offsets."""
    # The character before *start* counts too: the leading-point branch looks back at it.
    ascii_only = text[start - 1 if start else 0 : end].isascii()
    pattern = _ASCII_TOKEN if ascii_only else _TOKEN
    return [(m.start(), m.end(), m[0]) for m in pattern.finditer(text, start, end)]


def is_digits(tok: Tok) -> bool:
    """Whether the token is a number written in digits."""
    first = tok[2][0]
    return first.isdecimal() or (first == "." and len(tok[2]) > 1)


def is_word(tok: Tok) -> bool:
    """Whether the token is a word (letters), not digits or a mark."""
    return tok[2][0].isalpha()


def glued(toks: list[Tok], i: int) -> bool:
    """Whether token *i* follows token ``i - 1`` with no space between them."""
    return 0 < i < len(toks) and toks[i][0] == toks[i - 1][1]


def next_is(low: list[str], last: int, word: str) -> bool:
    """Whether token ``last + 1`` is *word*."""
    return last + 1 < len(low) and low[last + 1] == word


def decimal(digits: str) -> Decimal | None:
    """The value of a digits token ("1,463.78", ".5"), or None when it is not one."""
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation:
        return None


def plain_integer(text: str) -> bool:
    """Whether a digits token has neither separators nor decimals ("2018", not "2,018" or "²")."""
    return text.isdecimal()


def month_at(toks: list[Tok], i: int) -> int | None:
    """
    The month that token *i* names ("August", "Aug" before ".", "Sept."), or None.

    Abbreviations that are also words ("May", "Mar") count only when capitalized.
    """
    if not 0 <= i < len(toks):
        return None
    word = toks[i][2]
    lower = word.lower().rstrip(".")
    month = MONTHS.get(lower)
    if month is None:
        return None
    if lower in AMBIGUOUS_MONTHS and not word[0].isupper():
        return None
    return month


def is_year(toks: list[Tok], i: int) -> bool:
    """
    Whether digits token *i* is a year: a plain four-digit number in `YEAR_CERTAIN`, or
    in `YEAR_RANGE` after a cue such as "in" or "since".
    """
    text = toks[i][2]
    if len(text) != 4 or not plain_integer(text):  # noqa: PLR2004 - four digits
        return False
    value = int(text)
    if YEAR_CERTAIN[0] <= value <= YEAR_CERTAIN[1]:
        return True
    if not YEAR_RANGE[0] <= value <= YEAR_RANGE[1]:
        return False
    return i > 0 and toks[i - 1][2].lower() in YEAR_CUES


class Core(NamedTuple):
    """
    A number as written, before hedges, units and ranges: tokens ``first..last``.

    ``value`` is its value; a vague quantity ("tens of thousands") has ``low`` and
    ``high`` instead. ``mantissa`` is the value before any magnitude ("93" in "$93
    billion"), so that a range can lend its magnitude to its lower end.
    ``ambiguous`` is the index of a glued "m" or "b" that is a magnitude only next to
    a currency or before a counted noun.
    A named tuple, not an attrs class: the stages make one at every number they read.
    """

    first: int
    last: int
    value: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    mantissa: Decimal | None = None
    magnitude: int = 1
    in_words: bool = False
    ambiguous: int | None = None
    compound: str | None = None


def _magnitudes(toks: list[Tok], low: list[str], j: int) -> tuple[int, int]:
    """Multiply by the magnitude words from token *j* on ("hundred million"): (factor, next j)."""
    factor = 1
    stop = min(len(toks), j + _LONGEST_NUMBER)
    while j < stop and (low[j] in MAGNITUDES or low[j] == "dozen"):
        factor *= MAGNITUDES.get(low[j], DOZEN)
        j += 1
    return factor, j


def read_digits(toks: list[Tok], low: list[str], i: int) -> Core | None:
    """Read the digits token *i* with a glued or written magnitude ("2.5bn", "4 million")."""
    value = decimal(toks[i][2])
    if value is None:
        return None
    n = len(toks)
    j = i + 1
    factor = 1
    ambiguous = None
    if j < n and toks[j][0] == toks[i][1] and low[j] in MAGNITUDE_SUFFIXES:  # glued
        if low[j] in AMBIGUOUS_SUFFIXES:
            ambiguous = j
        else:
            factor = MAGNITUDE_SUFFIXES[low[j]]
            j += 1
    compound = None
    if ambiguous is None and j < n:
        if low[j] in MAGNITUDES or low[j] == "dozen":
            more, j = _magnitudes(toks, low, j)
            factor *= more
        if j < n and "-" in low[j] and not glued(toks, j):
            head, _, rest = low[j].partition("-")
            if head in MAGNITUDES and rest:
                factor *= MAGNITUDES[head]  # "400 million-year-old"
                compound = toks[j][2][len(head) + 1 :]
                j += 1
    # Positional fields (first, last, value, low, high, mantissa, magnitude, in_words,
    # ambiguous, compound): a named tuple is built faster without keywords.
    # The product stays even by 1: it rounds a value longer than the decimal context.
    return Core(
        i,
        j - 1,
        value * factor,
        None,
        None,
        value,
        factor,
        False,  # noqa: FBT003
        ambiguous,
        compound,
    )


def _word_value(word: str) -> int | None:
    """The value of one number word, hyphenated tens included ("twenty-one")."""
    if word in SMALL_NUMBERS:
        return SMALL_NUMBERS[word]
    if word in TENS:
        return TENS[word]
    tens, _, unit = word.partition("-")
    if tens in TENS and unit in SMALL_NUMBERS and 0 < SMALL_NUMBERS[unit] < 10:  # noqa: PLR2004
        return TENS[tens] + SMALL_NUMBERS[unit]
    return None


def read_words(toks: list[Tok], low: list[str], i: int) -> Core | None:
    """
    Read a number written in words from token *i*: "five", "twenty-one", "a dozen",
    "one hundred and twenty", "a million".
    """
    n = len(toks)
    total = 0
    current = 0
    j = i
    seen = False
    if low[j] in {"a", "an"}:
        if j + 1 < n and (low[j + 1] in MAGNITUDES or low[j + 1] == "dozen"):
            current = 1
            j += 1
        else:
            return None
    if j == i and low[j] in MAGNITUDES:
        return None  # "several hundred": a vague word this stage does not read
    after_magnitude = False
    stop = min(n, i + _LONGEST_NUMBER)
    while j < stop:
        word = low[j]
        value = _word_value(word)
        if value is not None and (not seen or after_magnitude):
            current += value  # "five", or "twenty" after "hundred and"
            after_magnitude = False
        elif word in MAGNITUDES or word == "dozen":
            factor = MAGNITUDES.get(word, DOZEN)
            if factor < 1000:  # noqa: PLR2004 - hundred and dozen multiply what precedes
                current = max(current, 1) * factor
            else:
                total += max(current, 1) * factor
                current = 0
            after_magnitude = True
        elif word == "and" and after_magnitude and j + 1 < n and _word_value(low[j + 1]):
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None
    number = Decimal(total + current)
    return Core(first=i, last=j - 1, value=number, mantissa=number, in_words=True)


def read_vague(toks: list[Tok], low: list[str], i: int) -> Core | None:
    """Read a vague quantity from token *i*: "dozens", "hundreds", "tens of thousands"."""
    word = low[i]
    if word not in VAGUE_QUANTITIES:
        return None
    n = len(toks)
    if word in VAGUE_NEED_OF and not (i + 1 < n and low[i + 1] == "of"):
        return None
    lo, hi = VAGUE_QUANTITIES[word]
    j = i + 1
    while j + 1 < n and low[j] == "of" and low[j + 1] in VAGUE_QUANTITIES:
        factor = VAGUE_QUANTITIES[low[j + 1]][0]
        if factor < 1000 or factor <= lo:  # noqa: PLR2004 - "of" + a larger magnitude only
            break
        lo, hi = lo * factor, hi * factor
        j += 2
    return Core(first=i, last=j - 1, low=Decimal(lo), high=Decimal(hi), in_words=True)


def read_fraction(toks: list[Tok], low: list[str], i: int) -> Core | None:
    """Read a fraction: "two-thirds", "a quarter of", "half of"."""
    word = low[i]
    n = len(toks)
    numerator, _, denominator = word.partition("-")
    if denominator in FRACTIONS and numerator in SMALL_NUMBERS:
        value = SMALL_NUMBERS[numerator] * FRACTIONS[denominator]
        return Core(first=i, last=i, value=Decimal(str(round(value, 4))), in_words=True)
    followed = i + 1 < n and low[i + 1] in {"of", "the"}
    if word == "half" and followed:
        return Core(first=i, last=i, value=Decimal("0.5"), in_words=True)
    if word in {"a", "one"} and i + 2 < n and low[i + 1] in FRACTIONS and low[i + 2] == "of":
        value = FRACTIONS[low[i + 1]]
        return Core(first=i, last=i + 1, value=Decimal(str(round(value, 4))), in_words=True)
    return None


def trie(words: frozenset[str]) -> str:
    """A regular expression for *words* as a trie, so each position tries few branches."""
    heads: dict[str, set[str]] = {}
    for word in words:
        heads.setdefault(word[0], set()).add(word[1:])
    branches = []
    for head in sorted(heads):
        tails = heads[head]
        rest = frozenset(tail for tail in tails if tail)
        inner = trie(rest) if rest else ""
        if inner and "" in tails:
            inner = f"(?:{inner})?"
        branches.append(re.escape(head) + inner)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


class Candidates(NamedTuple):
    """
    Where a stage's windows centre, as two patterns that find the same candidates.

    ``exact`` is the plain definition. ``fast`` finds the same matches faster: it starts
    with a set of characters, which the engine skips to without trying the pattern at
    every position. It consumes the character before a word candidate (the word
    boundary's other side), so such a match starts one character early; a candidate
    that starts at the character it consumes (digits) captures the group ``end``, which
    ends where the exact match would. See `windows`.
    """

    exact: re.Pattern[str]
    fast: re.Pattern[str]


# What a fast pattern may consume first: a digit, or the non-word character before a word
# (characters outside ASCII are let through to the pattern, which tests them).
FAST_START = "[^A-Za-z_]"


def windows(
    text: str, sentences: Sequence[Span], pattern: Candidates, around: tuple[int, int]
) -> list[tuple[Span, int, int]]:
    """
    The stretches of *sentences* around each match of ``pattern.exact``, ``around``
    characters before and after it, each widened to whole words and merged with its
    neighbours in its sentence: the only text worth tokenizing, as (sentence, start, end).

    The matches are found with ``pattern.fast``, which needs the character before a word,
    so it starts one character early; a word cannot start at the sentence's start after a
    word character (what ``\\w`` matches), so then it starts there. At the text's start
    there is no character before: the exact pattern reads that sentence.
    One call for all sentences: most hold no match.
    """
    stretches: list[tuple[Span, int, int]] = []
    exact, fast = pattern.exact.finditer, pattern.fast.finditer
    before, after = around
    for sentence in sentences:
        lo, hi = sentence.start, sentence.end
        if lo == 0:
            matches = exact(text, lo, hi)
        else:
            char = text[lo - 1]
            matches = fast(text, lo if char.isalnum() or char == "_" else lo - 1, hi)
        # The window being grown: a match whose stretch starts at or before its end joins
        # it. Its end is moved to a space only when that decides a join, or when the
        # window closes: a space after the end never brings a start before the end.
        open_start = open_end = -1
        for match in matches:
            if lo == 0:
                match_start, match_end = match.span()
            elif match.lastindex is None:  # a word, after the character before it
                match_start, match_end = match.start() + 1, match.end()
            else:  # digits, which end with the group
                match_start, match_end = match.start(), match.end(1)
            start = match_start - before
            start = max(start, lo)
            end = match_end + after
            end = min(end, hi)
            if open_start >= 0:
                if start <= open_end or start <= (open_end := _to_space(text, open_end, hi)):
                    open_end = end
                    continue
                stretches.append((sentence, open_start, open_end))
            if start > lo:
                # Look back a bounded stretch, so text without spaces stays linear.
                space = text.rfind(" ", max(lo, start - _SNAP), start)
                start = space + 1 if space >= 0 else start
            open_start, open_end = start, end
        if open_start >= 0:
            stretches.append((sentence, open_start, _to_space(text, open_end, hi)))
    return stretches


def _to_space(text: str, end: int, hi: int) -> int:
    """*end* moved forward to the next space before *hi*, within a bounded stretch."""
    if end < hi:
        space = text.find(" ", end, min(hi, end + _SNAP))
        return space if space >= 0 else end
    return end
