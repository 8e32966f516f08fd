"""
The attribution around a quotation: the cue that leads into it ('X said: "..."') or the
one that follows it ('"...," said X').

Every function reads a bounded number of tokens around a quotation mark, so the quotes
stage stays linear in the size of its input however many quotation marks a sentence holds.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from newsmodel.parser.lexicons.speech import (
    CLAUSE_OBJECTS,
    HEDGES,
    INTRODUCING_VERBS,
    OUTLET_VERBS,
    PREPOSITIONS,
    SPEECH_FORMS,
    TELL_VERBS,
)
from newsmodel.parser.quotes._cue_subjects import (
    APPOSITION_REACH,
    CIRCUMSTANCE,
    OBJECT_REACH,
    QUOTE_CUES,
    Cue,
    participle_subject,
    quote_cue,
    role_then_name,
    subject_before,
)
from newsmodel.parser.quotes._speaker_phrases import (
    is_abbreviation_dot,
    speaker_after,
)
from newsmodel.parser.quotes._tokens import (
    CLAUSE_PUNCT,
    DOUBLE_MARKS,
    END_PUNCT,
    Tok,
    is_word,
)

# Marks an attribution after a quotation may start with; built once, not per token.
_LEADING_MARKS = CLAUSE_PUNCT | DOUBLE_MARKS


def tail_cue(
    toks: list[Tok], first: int, stop: int, spent: AbstractSet[int] = frozenset()
) -> Cue | None:
    """
    An attribution that fills ``toks[first:stop]`` after a quotation or a comma.

    Either the speaker then the verb ("Shammari reportedly added", "the agency reports")
    or the verb then the speaker ("said Hatami"), followed by nothing but circumstance
    ("in a statement", "on Thursday", "told reporters").
    A verb whose offset is *spent* (it attributes another quotation) gives no attribution,
    and its speaker is not looked for.
    """
    k = first
    while k < stop and toks[k][2] in _LEADING_MARKS:
        k += 1
    hedged = k < stop and toks[k][2].lower() in HEDGES
    k += hedged
    if k >= stop:
        return None
    word = toks[k][2]
    if word[0].islower() and word.lower() in QUOTE_CUES and not word.endswith("ing"):
        span = None if toks[k][0] in spent else speaker_after(toks, k, stop)
        return None if span is None else Cue(k, span, hedged)
    verb = _next_cue(toks, k + 1, min(stop, k + APPOSITION_REACH))
    cue = None if verb is None or toks[verb][0] in spent else subject_before(toks, verb, k)
    if cue is None:
        return None
    name = cue.speaker[0]
    if toks[name][2].lower() in PREPOSITIONS:
        return None  # '"Landmark movies" of 2004 hailed': no subject after the marks
    # the tail starts with the speaker, or with a role before the name: in apposition
    # ("the council leader, Margaret Okafor, said") or as a bare title in lower case,
    # as in "spokeswoman Emily Hart said"
    if name != k and not _role_before(toks, k, name, cue.speaker):
        return None
    return cue._replace(hedged=cue.hedged or hedged)


def _role_before(toks: list[Tok], first: int, name: int, speaker: tuple[int, int]) -> bool:
    """Whether ``toks[first:name]`` is a role that the speaker's name follows."""
    if toks[name - 1][2] == ",":
        return role_then_name(toks, (first, name - 1), *speaker)
    return all(t[2].isalpha() for t in toks[first:name]) and role_then_name(
        toks, (first, name), *speaker
    )


def _next_cue(toks: list[Tok], first: int, stop: int) -> int | None:
    """The first cue or outlet verb in ``toks[first:stop]`` before the sentence ends."""
    for verb in range(first, stop):
        word = toks[verb][2]
        if word[0].islower() and (word.lower() in QUOTE_CUES or word in OUTLET_VERBS):
            return verb
        if (word in END_PUNCT and not is_abbreviation_dot(toks, verb)) or word in DOUBLE_MARKS:
            return None
    return None


def head_cue(toks: list[Tok], floor: int, stop: int) -> Cue | None:
    """
    An attribution that leads into a quotation at token *stop*.

    'X said: "..."', 'X told reporters: "..."', 'X said "..."', 'according to X, "..."'.
    """
    k = stop - 1
    while k >= floor and toks[k][2] in CLAUSE_PUNCT:
        k -= 1
    if k < floor:
        return None
    for verb in range(k, max(floor - 1, k - OBJECT_REACH), -1):
        word = toks[verb][2]
        lower = word.lower()
        if lower == "according" and verb + 1 <= k and toks[verb + 1][2].lower() == "to":
            span = speaker_after(toks, verb + 1, k + 1, source=True)
            return Cue(verb, span, hedged=False) if span is not None else None
        if word[0].islower() and quote_cue(lower):
            if (
                verb != k
                and SPEECH_FORMS.get(lower) not in INTRODUCING_VERBS
                and not _colon_after_circumstance(toks, verb, k, stop)
            ):
                return None
            return _head_speaker(toks, verb, floor, k + 1)
    return None


def _colon_after_circumstance(toks: list[Tok], verb: int, last: int, stop: int) -> bool:
    """
    Whether a circumstance and a colon follow the cue: 'X stressed in a statement: "..."'.

    Any cue verb then introduces the whole quotation, as "said" would.
    """
    return (
        toks[stop - 1][2] == ":"
        and toks[verb + 1][2].lower() in CIRCUMSTANCE
        and all(is_word(toks[j]) for j in range(verb + 1, last + 1))
    )


def _head_speaker(toks: list[Tok], verb: int, floor: int, stop: int) -> Cue | None:
    """The speaker of a cue that leads into a quotation, before the verb or after it."""
    lower = toks[verb][2].lower()
    if lower.endswith("ing") and verb > floor and toks[verb - 1][2] == ",":
        # the participle of 'Clinton claimed victory in a tweet, saying: ...'
        subject = participle_subject(toks, verb - 1)
        return None if subject is None else Cue(verb, subject, hedged=False)
    cue = subject_before(toks, verb, floor)
    if cue is None and verb + 1 < stop and SPEECH_FORMS.get(lower) not in TELL_VERBS:
        span = speaker_after(toks, verb, stop)
        return None if span is None else Cue(verb, span, hedged=False)
    return cue


def introduces_quote(toks: list[Tok], floor: int, stop: int) -> bool:
    """Whether the words before a quotation introduce it as a whole utterance."""
    k = stop - 1
    if k < floor:
        return True
    if toks[k][2] == ":":
        return True
    while k >= floor and toks[k][2] == ",":
        k -= 1
    if k < floor:
        return True
    lemma = SPEECH_FORMS.get(toks[k][2].lower())
    if lemma in INTRODUCING_VERBS:
        return True
    # 'X told reporters "..."', 'X said in a statement: "..."' are caught by ":" above
    return (
        toks[k][2].lower() in CLAUSE_OBJECTS
        and k - 1 >= floor
        and (SPEECH_FORMS.get(toks[k - 1][2].lower()) in INTRODUCING_VERBS)
    )
