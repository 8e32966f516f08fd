"""
What is no figure: years, days of a month, times, ordinals, phone numbers, names, labels,
groups and ranks ("under-21", "last-32").

`not_a_figure` is asked at every number the figures stage reads, before anything else.
"""

from __future__ import annotations

from newsmodel.parser.lexicons.numbers import (
    CHANGE_WORDS,
    CURRENCY_CODES,
    CURRENCY_NEEDS_AMOUNT,
    CURRENCY_SYMBOLS,
    FUNCTION_WORDS,
    GROUP_PREFIXES,
    LABEL_NOUNS,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    ORDINAL_SUFFIXES,
    STREET_WORDS,
    TIME_SUFFIXES,
    WEEKDAYS,
)
from newsmodel.parser.numbers._figure_units import (
    CURRENCY_MARKS,
    DASHES,
    HEDGE_WORDS,
    NUMBER_WORDS,
    measured,
)
from newsmodel.parser.numbers._numerals import (
    Core,
    Tok,
    glued,
    is_digits,
    is_word,
    is_year,
    month_at,
    plain_integer,
)

_NOT_NAMES = FUNCTION_WORDS | NUMBER_WORDS | frozenset(WEEKDAYS) | CHANGE_WORDS
_PHONE_GROUPS = 2  # "555-0199-22": three groups of digits joined by hyphens
_NAME_NUMBER = 100  # "787 Dreamliner": a plain number this large before a name is part of it


def not_a_figure(  # noqa: C901, PLR0911, PLR0912
    toks: list[Tok], low: list[str], core: Core
) -> int:
    """
    Where to continue when the number at *core* is no figure, else 0: a year, a day of
    a month, a time, an ordinal, a phone number, a version, a name or a label.
    """
    i, n = core.first, len(toks)
    after = core.last + 1
    word = toks[i][2]
    if core.in_words:
        return _not_a_word_figure(toks, low, core)
    nxt = low[i + 1] if i + 1 < n else ""
    if i + 1 < n and toks[i + 1][0] == toks[i][1]:  # glued
        if nxt in ORDINAL_SUFFIXES or nxt in TIME_SUFFIXES or nxt == "s":
            return i + 2  # "21st", "10.45pm", "1990s"
        if (
            nxt in {":", "/", "⁄", "."}
            and i + 2 < n
            and glued(toks, i + 2)
            and is_digits(toks[i + 2])
        ):
            if nxt in {"/", "⁄"} and i + 3 < n and low[i + 3] == "of":
                return 0  # "1/16 of a pint": a share, read by _share
            return i + 3  # "10:30", "9/11", "1.2.3"
        if nxt in DASHES and i + 2 < n and glued(toks, i + 2) and is_year(toks, i):
            return i + 3  # "2018-19", "2018-08-28"
    if nxt in TIME_SUFFIXES and core.last == i:
        return i + 2  # "6 a.m.", "9 GMT"
    if word.startswith("0") and len(word) > 1 and word[1].isdecimal():
        while after < n and plain_integer(toks[after][2]):
            after += 1
        return after  # "020 7946 0000", "007"
    if ((i + 2 < n and toks[i + 1][2] in DASHES) or (i > 0 and toks[i - 1][2] == "+")) and (
        _phone_run(toks, i)  # a run needs a dash or a plus next to the digits
    ):
        return i + 5
    glued_before = i > 0 and toks[i][0] == toks[i - 1][1]
    if glued_before and toks[i - 1][2][-1].isalpha() and not _currency_prefix(toks, i):
        return after  # "G7", "XC40", "V10"
    if i > 1 and glued_before and toks[i - 1][2] in DASHES and glued(toks, i - 1):
        before = toks[i - 2][2]
        if before[0].isalpha() and any(ch.isupper() for ch in before):
            return after  # "COVID-19", "F-35"
        if low[i - 2] in GROUP_PREFIXES:
            return after  # "under-21 squad", "last-32 tie"
    if core.magnitude == 1 and word.isdecimal() and not _after_currency(toks, i):  # plain
        if is_year(toks, i) and not measured(toks, low, core.last):
            return after
        if _day_of_month(toks, i):
            return after
        if _label_or_name(toks, low, i) and not measured(toks, low, core.last):
            return after
        if _named_after(toks, low, i):
            return after
    return 0


def _after_currency(toks: list[Tok], i: int) -> bool:
    """Whether a currency mark or code stands just before digits *i*."""
    if i == 0:
        return False
    prev = toks[i - 1][2]
    return prev in CURRENCY_MARKS or prev in CURRENCY_CODES or prev.lower() in CURRENCY_SYMBOLS


def _named_after(toks: list[Tok], low: list[str], i: int) -> bool:
    """
    Whether capitalized words after digits *i* make them part of a name or an address:
    "787 Dreamliner", "90049 ZIP Code", "49 Zorro Ranch Road", "9 E 71st St".

    A count before a capitalized plural ("300 Americans", "4 Democrats") stays a figure.
    """
    n = len(toks)
    if i + 1 >= n or glued(toks, i + 1) or not is_word(toks[i + 1]):
        return False
    name = toks[i + 1][2]
    if not name[0].isupper() or measured(toks, low, i) or name in CURRENCY_CODES:
        return False
    if len(name) == 1 and name in "NESW" and i + 2 < n and is_digits(toks[i + 2]):
        return True  # "9 E 71st St"
    for k in range(i + 1, min(i + 5, n)):
        if not (is_word(toks[k]) and toks[k][2][0].isupper()):
            break
        if low[k] in STREET_WORDS:
            return True
    return int(toks[i][2]) >= _NAME_NUMBER and not name.endswith("s")


def _not_a_word_figure(toks: list[Tok], low: list[str], core: Core) -> int:
    """The rules of `not_a_figure` for numbers written in words ("one", "five-year")."""
    i = core.first
    if low[i] == "one" and core.last == i:
        before = low[i - 1] if i > 0 else ""
        after = low[i + 1] if i + 1 < len(toks) else ""
        if before in ONE_PRONOUN_BEFORE or after in ONE_PRONOUN_AFTER:
            return i + 1
    if i > 0 and low[i - 1] in LABEL_NOUNS and core.last == i:
        return i + 1  # "Chapter Eleven", "Air Force One"
    if i > 0 and toks[i - 1][2][0].isupper() and toks[i][2][0].isupper() and i == core.last:
        return i + 1  # "Ocean's Eleven", "Channel Four"
    return 0


def _currency_prefix(toks: list[Tok], i: int) -> bool:
    """Whether the letters glued before digits *i* are a currency ("USD10m", "$US55", "RM2")."""
    prefix = toks[i - 1][2]
    if prefix.lower() in CURRENCY_NEEDS_AMOUNT:
        return len(toks[i][2]) > 1  # "PS21,700", not "PS5" the console
    if prefix in CURRENCY_CODES or prefix.lower() in CURRENCY_SYMBOLS:
        return True
    return i > 1 and glued(toks, i - 1) and toks[i - 2][2] + prefix.lower() in CURRENCY_SYMBOLS


def _phone_run(toks: list[Tok], i: int) -> bool:
    """Whether digits *i* open a run such as "555-0199-22" or "+44 20 7946 0000"."""
    run = 0
    j = i
    while (
        run < _PHONE_GROUPS
        and j + 2 < len(toks)
        and toks[j + 1][2] in DASHES
        and glued(toks, j + 1)
    ):
        if not (glued(toks, j + 2) and plain_integer(toks[j + 2][2])):
            break
        run += 1
        j += 2
    plus = i > 0 and toks[i - 1][2] == "+" and glued(toks, i) and len(toks[i][2]) <= 3  # noqa: PLR2004
    return run >= _PHONE_GROUPS or (plus and i + 1 < len(toks) and is_digits(toks[i + 1]))


def _day_of_month(toks: list[Tok], i: int) -> bool:
    """Whether digits *i* are a day next to a month: "August 28", "Aug. 28", "28 August"."""
    if int(toks[i][2]) > 31:  # noqa: PLR2004 - days of a month
        return False
    if month_at(toks, i - 1) is not None:
        return True
    if i > 1 and toks[i - 1][2] == "." and month_at(toks, i - 2) is not None:
        return True
    if i + 1 < len(toks) and month_at(toks, i + 1) is not None:
        return True
    return (
        i + 2 < len(toks) and toks[i + 1][2].lower() == "of" and month_at(toks, i + 2) is not None
    )


def _label_or_name(toks: list[Tok], low: list[str], i: int) -> bool:
    """Whether digits *i* name or label something: "No. 2", "category 4", "Apollo 11"."""
    if i == 0:
        return False
    before = low[i - 1]
    if before in LABEL_NOUNS:
        return True
    if before == "." and i > 1 and low[i - 2] in LABEL_NOUNS:
        return True
    prev = toks[i - 1][2]
    if not prev[0].isalpha() or not any(ch.isupper() for ch in prev):
        return False
    if before in _NOT_NAMES or before in HEDGE_WORDS or month_at(toks, i - 1) is not None:
        return False
    return prev not in CURRENCY_CODES and before not in CURRENCY_SYMBOLS
