"""
"According to X": before its clause ("According to X, ..."), after it ("..., according
to X"), or inside it ("Other gaps, according to the poll, include ...").
"""

from __future__ import annotations

from newsmodel.parser.lexicons.speech import (
    PASSIVE_MARKERS,
)
from newsmodel.parser.quotes._cue_subjects import (
    Cue,
)
from newsmodel.parser.quotes._reported_clauses import has_words
from newsmodel.parser.quotes._speaker_phrases import (
    ROLE_HEADS,
    cue_lemma,
    speaker_after,
)
from newsmodel.parser.quotes._tokens import (
    DETERMINERS,
    QUOTE_MARKS,
    Tok,
    base,
    is_capitalized,
    is_word,
)

# The most tokens of a role in apposition: "the chief economist of the farmers union".
_ROLE_REACH = 16
_BRACKETS = frozenset("()")
# An opening of so few words before "according to X," is no claim: "For Trump, according to".
_SHORT_OPENING = 4
_OPENING_JOINS = frozenset(
    {"because", "that", "and", "but", "since", "so", "while", "as", "if", "when", "though"}
)


def according(toks: list[Tok], k: int, stop: int) -> tuple[Cue, tuple[int, int]] | None:
    """ "according to X, clause" or "clause, according to X"."""
    if k + 1 >= stop or toks[k + 1][2].lower() != "to":
        return None
    speaker = speaker_after(toks, k + 1, stop, source=True)
    if speaker is None:
        return None
    cue = Cue(k, speaker, hedged=False)
    before = sum(1 for t in toks[:k] if is_word(t))
    if before <= 1:
        after = _after_apposition(toks, speaker[1], stop)
        while after < stop and not is_word(toks[after]):
            after += 1
        clause = trim(toks, after, stop)
    else:
        clause = _aside_clause(toks, k, speaker[1], stop, before)
        if clause is None:
            clause = trim(toks, _first_word_index(toks), k)
    if clause is None:
        return None
    return cue, clause


def _aside_clause(
    toks: list[Tok], k: int, source_end: int, stop: int, before: int
) -> tuple[int, int] | None:
    """
    The clause after "according to X" set off by commas inside a sentence, when the
    words before it are too few to be what was said ("Other cleavages, according to the
    poll, include ...") or end in a conjunction ("because, according to Trump, the media
    would ...").
    """
    if k < 2 or toks[k - 1][2] != ",":  # noqa: PLR2004
        return None
    if before > _SHORT_OPENING and toks[k - 2][2].lower() not in _OPENING_JOINS:
        return None
    after = _after_apposition(toks, source_end, stop)
    if after >= stop or toks[after][2] != ",":
        return None
    return trim(toks, after + 1, stop) if has_words(toks, after + 1, stop, 3) else None


def _after_apposition(toks: list[Tok], k: int, stop: int) -> int:
    """
    Past a role in apposition to the source at *k*: "According to X, the head of Y, ...",
    and past an acronym in parentheses after it.

    The role is a noun phrase between two commas that opens with a determiner or a
    possessive ("the", "Clinton's") and has a job in lower case and no verb in it.
    """
    if k < stop and toks[k][2] == "(":
        # the source's acronym: "according to the World Health Organization (WHO), ..."
        close = next((j for j in range(k + 1, min(stop, k + _ROLE_REACH)) if toks[j][2] == ")"), k)
        k = close + 1 if close > k else k
    if k + 1 >= stop or toks[k][2] != ",":
        return k
    opener = toks[k + 1][2]
    if opener.lower() not in DETERMINERS and base(opener) == opener.lower():
        return k
    role = False
    for j in range(k + 1, min(stop, k + 1 + _ROLE_REACH)):
        tok = toks[j]
        if tok[2] == ",":
            return j + 1 if role else k
        if tok[2] in _BRACKETS:
            continue  # an acronym in the role: "the director of the Union (URW)"
        if not is_word(tok) or tok[2] in PASSIVE_MARKERS or cue_lemma(tok[2]) is not None:
            return k
        role = role or (not is_capitalized(tok) and base(tok[2]) in ROLE_HEADS)
    return k


def _first_word_index(toks: list[Tok]) -> int:
    for k, tok in enumerate(toks):
        if is_word(tok):
            return k
    return 0


def trim(toks: list[Tok], first: int, stop: int) -> tuple[int, int] | None:
    while stop > first and not is_word(toks[stop - 1]) and toks[stop - 1][2] not in QUOTE_MARKS:
        stop -= 1
    return (first, stop) if has_words(toks, first, stop, 2) else None
