"""
Words: a sentence cut into the tokens that matter for names, with offsets.

A regular expression picks out capitalised words, initialisms and the brackets of
acronyms; lower-case words are skipped by the regular expression engine rather than by
Python, and the few that matter between two names ("Bank *of* England", "Pieter *van der*
Lind") are read back from the gap between them.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsmodel.model import Span
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons import people
from newsmodel.parser.lexicons.names import NAME_PARTICLES, POSSESSIVE_SUFFIXES

_ABBREVIATED = people.TITLE_ABBREVIATIONS | people.ABBREVIATIONS
MAX_JOINERS = 2  # "van der"
_POSSESSIVE_MIN = 2
#: Lower-case words that may stand between the words of one name.
GAP_JOINERS = orgs.NAME_JOINERS | NAME_PARTICLES
#: The longest gap between two names that joiners can fill: " van der ".
_LONGEST_GAP = MAX_JOINERS * (max(map(len, GAP_JOINERS)) + 1) + 1
_FIRST_WORD = re.compile(r"\w")

# The tokens the name finder looks at: initialisms, capitalised words (with an Arabic
# article: "al-Assad"), and the brackets and slash of acronyms. Other words are skipped
# by the regular expression engine rather than by Python; the few that matter between
# two names ("of", "van der") are read back from the gap between them.
# The lookahead lists every character a token can start with, so the engine skips the
# other positions at once instead of trying each alternative there (40% faster).
_NAME_TOKEN = re.compile(
    r"(?=[A-ZÀ-ÖØ-ÞĀ-Žaeb()/])(?:"
    r"[A-Z](?:\.[A-Z]){1,8}\.?"
    r"|\b(?:(?:al|el|ad|as|ash|bin)-)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w]*(?:['’\-]\w+){0,8}"
    r"|[()/])"
)
# The same tokens without the Arabic article, written to start with the set of their
# first characters, so that the engine skips the positions where no token starts
# without trying the pattern there (three times as fast as _NAME_TOKEN): a lookbehind
# tells which alternative the first character opens, and ``(?<!\w.)`` after it stands
# for ``\b`` before it. A sentence where a name follows an article is read again with
# _NAME_TOKEN.
_PLAIN_NAME_TOKEN = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-Ž()/](?:"
    r"(?<=[A-Z])(?:\.[A-Z]){1,8}\.?"
    r"|(?<=[A-ZÀ-ÖØ-ÞĀ-Ž])(?<!\w.)[\w]*(?:['’\-]\w+){0,8}"
    r"|(?<=[()/]))"
)
_ARTICLES = ("al", "el", "ad", "as", "ash", "bin")
_LONGEST_ARTICLE = 3
_new_word = tuple.__new__


class Word(NamedTuple):
    """A token as the name finder sees it: "Gen." joined, "Iran’s" cut to "Iran"."""

    start: int
    end: int
    text: str
    sentence: int
    first: bool
    cap: bool
    possessive: bool
    joined: bool  # only white space between it and the word before


def _is_cap(text: str) -> bool:
    """Whether a word is capitalised as a name is: "Al-Shammari", "al-Assad", not "Shiite-majority"."""
    parts = text.split("-")
    return any(p[:1].isupper() for p in parts) and all(
        p[:1].isupper() or p in NAME_PARTICLES for p in parts
    )


def is_initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _add_joiners(text: str, after: int, before: int, index: int, out: list[Word]) -> bool:
    """Add the joiners between two names ("Bank of England", "Jeroen van der Veer")."""
    gap = text[after:before]
    if gap[0] != " " or gap[-1] != " ":
        return False  # not " of ", " van der "
    parts = gap.split()
    if not parts or len(parts) > MAX_JOINERS or gap != f" {' '.join(parts)} ":
        return False
    if not all(p in GAP_JOINERS for p in parts):
        return False
    at = after + 1
    for part in parts:
        out.append(
            Word(
                at,
                at + len(part),
                part,
                index,
                first=False,
                cap=False,
                possessive=False,
                joined=True,
            )
        )
        at += len(part) + 1
    return True


def words_of(text: str, sentence: Span, index: int) -> list[Word]:
    """
    Cut one sentence into the words that matter for names, joining abbreviations to
    their full stop ("Gen.") and cutting possessives off ("Iran’s" -> "Iran").
    """
    words = _scan(text, sentence.start, sentence.end, index, _PLAIN_NAME_TOKEN)
    if words is None:  # a name after an Arabic article: "al-Assad"
        # _NAME_TOKEN reads every word, so this never falls back to []
        words = _scan(text, sentence.start, sentence.end, index, _NAME_TOKEN) or []
    return words


def _scan(
    text: str, begin: int, stop: int, index: int, pattern: re.Pattern[str]
) -> list[Word] | None:
    """
    The words of ``text[begin:stop]`` as *pattern* finds them; None when *pattern* is the
    one without Arabic articles and a word follows one, which needs the other.
    """
    out: list[Word] = []
    append = out.append
    plain = pattern is _PLAIN_NAME_TOKEN
    previous = -1
    seen_word = False  # whether a word (not a bracket) came before
    after_name = False  # whether the last token is a capitalised word, not possessive
    previous_end = -1  # where the last word ends
    for match in pattern.finditer(text, begin, stop):
        start = match.start()
        word = match[0]
        end = start + len(word)
        joined = previous >= 0 and (start == previous or text[previous:start].isspace())
        head = word[0]
        if not head.isalpha():
            append(_new_word(Word, (start, end, word, index, False, False, False, joined)))
            previous = end
            after_name = False
            continue
        if (
            plain
            and text[start - 1] == "-"
            and start > begin
            and text[max(start - 1 - _LONGEST_ARTICLE, 0) : start - 1].endswith(_ARTICLES)
        ):
            return None
        if end < stop and text[end] == "." and (word in _ABBREVIATED or is_initial(word)):
            word, end = word + ".", end + 1
        previous = end
        possessive = word.endswith(POSSESSIVE_SUFFIXES) and len(word) > _POSSESSIVE_MIN
        if possessive:
            word, end = word[:-2], end - 2
        cap = (head.isupper() and "-" not in word) or _is_cap(word)
        if cap and not joined and after_name and start - previous_end <= _LONGEST_GAP:
            joined = _add_joiners(text, previous_end, start, index, out)
        first = not seen_word and (start == begin or _FIRST_WORD.search(text, begin, start) is None)
        seen_word = True
        after_name = cap and not possessive
        previous_end = end
        append(_new_word(Word, (start, end, word, index, first, cap, possessive, joined)))
    return out
