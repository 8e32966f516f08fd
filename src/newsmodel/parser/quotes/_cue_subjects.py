"""
A cue verb and the subject that speaks it: "Al-Shammari, Iraq’s defense minister, said".

Every function reads a bounded number of tokens around a position, so the quotes stage
stays linear in the size of its input however many quotation marks a sentence holds.
Results are token index ranges ``(first, stop)``; the stage turns them into spans.
"""

from __future__ import annotations

from typing import NamedTuple

from newsmodel.parser.lexicons.speech import (
    CUE_FILLERS,
    HEDGES,
    IRREGULAR_VERBS,
    PASSIVE_MARKERS,
    PHRASE_BREAKS,
    QUOTE_ONLY_FORMS,
    SPEAKER_AUXILIARIES,
    SPEAKER_NOUNS,
    SPEAKER_PRONOUNS,
    SPEECH_FORMS,
    TIME_WORDS,
    WEAK_CUES,
)
from newsmodel.parser.quotes._speaker_phrases import (
    CUE_LEMMAS,
    ROLE_HEADS,
    cue_lemma,
    is_outlet,
    looks_finite,
    names_someone,
    phrase_back,
    speaker_after,
    speaker_like,
    subject_position,
)
from newsmodel.parser.quotes._tokens import (
    DETERMINERS,
    Tok,
    base,
    is_capitalized,
    is_word,
)

# How far the rules look from a cue verb, in tokens: auxiliaries and hedges before it, a
# listener after it, an apposition between a name and its verb.
FILLER_REACH = 6
OBJECT_REACH = 8
APPOSITION_REACH = 30
_APPOSITION_HOPS = 3
# An age in apposition has at most three digits: "Ada Hale, 101, said".
_AGE_DIGITS = 3
# Dashes that set off an aside between a speaker and the cue.
_DASHES = frozenset({"—", "–"})
# The most words of a sentence's opening subject that a participle hangs from.
_PLAIN_WORDS = 4
CIRCUMSTANCE = frozenset(
    {"in", "on", "at", "during", "to", "after", "before", "via", "for", "since", "over"}
)
TIME_LEADS = frozenset({"on", "late", "early", "last", "this", "in", "the"})
# The forms that attribute a quotation, in one set: speech, belief, and "continued".
QUOTE_CUES = frozenset(CUE_LEMMAS) | frozenset(QUOTE_ONLY_FORMS)
# What may stand between a passive marker or "to" and the cue: "was not widely believed".
_PASSIVE_FILLERS = HEDGES | {"not", "also", "widely", "long"}
_PASSIVE_LEADS = PASSIVE_MARKERS | {"to"}


class Cue(NamedTuple):
    """
    A cue verb with its speaker: token indices into the sentence.

    An empty speaker range (``first == stop``) names no speaker: "it was reported that".
    """

    verb: int  # index of the cue verb ("said"), or of "according", or of a noun ("claim")
    speaker: tuple[int, int]  # (first, stop) of the speaker's noun phrase
    hedged: bool


def told_outlet(toks: list[Tok], verb: int) -> tuple[int, int] | None:
    """The news outlet a speaker told, after the cue: "told the Associated Press"."""
    if cue_lemma(toks[verb][2]) != "tell" or verb + 1 >= len(toks):
        return None
    span = speaker_after(toks, verb, len(toks), source=True)
    return span if span is not None and is_outlet(toks, span) else None


def quote_cue(word: str) -> bool:
    """Whether a verb form attributes a quotation: a speech or belief verb, or "continued"."""
    return word.lower() in QUOTE_CUES


def subject_before(toks: list[Tok], verb: int, floor: int) -> Cue | None:
    """
    The speaker's noun phrase that ends just before the cue verb at *verb*.

    Auxiliaries, hedges and times between them are skipped ("Iran’s defense chief on
    Thursday reportedly urged"); an apposition keeps its name ("Al-Shammari, Iraq’s
    defense minister, said" -> "Al-Shammari").
    """
    k, hedged = _skip_fillers(toks, verb - 1, floor)
    if k < floor:
        return None
    word = toks[k][2].lower()
    span: tuple[int, int] | None
    if word in _DASHES or _double_hyphen(toks, k, floor):
        # "Joyce — who is listed as an attorney — told", "The justice -- who ... --
        # said": the name before the aside
        opening = _opening_dash(toks, k - 1 if word == "-" else k, floor)
        span = None if opening is None else phrase_back(toks, opening - 1, floor)
        span = span if span is not None and names_someone(toks, span) else None
    elif word == ",":
        # "Najah Al-Shammari, Iraq’s defense chief, said", "Clinton, who called Sanders,
        # told": keep the name before the apposition or relative clause
        span = _before_apposition(toks, k, floor)
    elif word == "who" and not toks[k][2].isupper():  # "WHO" is an organization
        # "Republicans who say ...", "Guessford, who said ...": the phrase before "who"
        last = k - 1 if k - 1 >= floor and toks[k - 1][2] != "," else k - 2
        span = phrase_back(toks, last, floor) if last >= floor else None
        span = span if span is not None and speaker_like(toks, span) else None
    elif word in {"and", "but"}:
        # "Lazar said he welcomed it and added", "Rubio thanked Miami and said", "The
        # spokesman refused to answer but said": the subject of the first verb
        earlier = _earlier_subject(toks, k, floor)
        if earlier is not None:
            span, hedged = earlier.speaker, hedged or earlier.hedged
        else:
            span = participle_subject(toks, k)
            span = span if span is not None and span[0] >= floor else None
    else:
        span = phrase_back(toks, k, floor)
        if span is not None and not (
            speaker_like(toks, span) and subject_position(toks, span, floor)
        ):
            span = None
    return None if span is None else Cue(verb, span, hedged)


def _opening_dash(toks: list[Tok], closing: int, floor: int) -> int | None:
    """The dash that opens the aside a dash at *closing* ends: "Joyce — who ... — told"."""
    for j in range(closing - 1, max(floor, closing - APPOSITION_REACH) - 1, -1):
        if toks[j][2] in _DASHES:
            return j if j - 1 >= floor else None
        if _double_hyphen(toks, j, floor):
            return j - 1 if j - 2 >= floor else None
    return None


def _double_hyphen(toks: list[Tok], k: int, floor: int) -> bool:
    """Whether *k* ends a dash typed as two hyphens: "--"."""
    return toks[k][2] == "-" and k - 1 >= floor and toks[k - 1][2] == "-"


def _skip_fillers(toks: list[Tok], k: int, floor: int) -> tuple[int, bool]:
    """Step back over auxiliaries, hedges and times before a cue; say if a hedge was seen."""
    hedged = False
    skipped = 0
    while k >= floor and skipped < FILLER_REACH:
        lower = toks[k][2].lower()
        if lower in HEDGES:
            hedged = True
        elif lower in TIME_WORDS:
            if k - 1 >= floor and toks[k - 1][2].lower() in TIME_LEADS:
                k -= 1
        elif lower not in CUE_FILLERS:
            break
        k -= 1
        skipped += 1
    return k, hedged


def _before_apposition(toks: list[Tok], comma: int, floor: int) -> tuple[int, int] | None:
    """The name before an apposition that ends at *comma*: "Trump, the GOP frontrunner, said"."""
    best: tuple[int, int] | None = None
    hops = 0
    k = comma - 1
    while k >= max(floor, comma - APPOSITION_REACH) and hops < _APPOSITION_HOPS:
        if toks[k][2] != ",":
            k -= 1
            continue
        # "Sen. Lindsey Graham, R-S.C., a candidate, said": keep going back to the first name
        outer = phrase_back(toks, k - 1, floor)
        if outer is None or not names_someone(toks, outer):
            if _is_age(toks, k - 1) and k - 2 >= floor and toks[k - 2][2] == ",":
                k -= 2  # "Cory James, 22, of Flint, Mich., said": the age is no name
                continue
            break
        if hops == 0 and role_then_name(toks, outer, k + 1, comma):
            # "Kenya's health minister, Ama Ode, said": the apposition is the name
            return (k + 1, comma)
        if best is not None and not subject_position(toks, outer, floor):
            break  # "Speaking in Harlem, Clinton, without naming him, said": not Harlem
        best = outer
        hops += 1
        k = outer[0] - 1
    if best is None:
        # "The author of the book, Mitchell Zuckoff, said": the apposition is the name
        inner = phrase_back(toks, comma - 1, floor)
        if inner is not None and names_someone(toks, inner):
            return inner
    return best


def _is_age(toks: list[Tok], k: int) -> bool:
    """Whether the token at *k* is a person's age in apposition: "Woodrow Benford, 58, says"."""
    word = toks[k][2]
    return len(word) <= _AGE_DIGITS and word.isdigit()


def role_then_name(toks: list[Tok], role: tuple[int, int], first: int, stop: int) -> bool:
    """
    Whether *role* is a job in lower case ("Kenya's health minister", "the director of
    the Red Cross") and ``toks[first:stop]`` a name in capitals that follows it.
    """
    name = toks[first:stop]
    if not name or not all(is_capitalized(t) for t in name) or name[0][2].lower() in DETERMINERS:
        return False
    return any(
        not is_capitalized(toks[j]) and toks[j][2].lower() in ROLE_HEADS for j in range(*role)
    )


def _earlier_subject(toks: list[Tok], conjunction: int, floor: int) -> Cue | None:
    """The subject of the cue verb that an "and" coordinates with: "X said ... and added"."""
    for k in range(conjunction - 1, max(floor, conjunction - APPOSITION_REACH) - 1, -1):
        word = toks[k][2]
        if word[0].islower() and cue_lemma(word) is not None:
            return subject_before(toks, k, floor)
    return None


def participle_subject(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """
    The subject of the clause a participle hangs from: "Trump pulled out, arguing ...".

    The subject that opens the sentence, when it is in reach ("Fiorina was upfront about
    her distaste for Donald Trump, the GOP front-runner, saying ..." is Fiorina), else
    the last name, pronoun or speaker noun ("the spokesman") before the comma that a
    verb follows.
    """
    latest: tuple[int, int] | None = None
    plain: tuple[int, int] | None = None  # the last subject a plain verb follows
    for k in range(comma - 1, max(-1, comma - APPOSITION_REACH), -1):
        span = _subject_at(toks, k, comma)
        if span is None:
            continue
        verb = _plainly_verb(toks[span[1]][2])
        if span[0] == 0 and _plain_phrase(toks, span) and verb:
            return span
        latest = latest or span
        plain = plain or (span if verb else None)
    # "Trump mocked the Democratic front-runner, saying": "mocked" is plainly a verb,
    # "front-runner" only looks like one
    return plain or latest


def _plain_phrase(toks: list[Tok], span: tuple[int, int]) -> bool:
    """A short phrase with no preposition or conjunction: "Fiorina", "The senator"."""
    first, stop = span
    return stop - first <= _PLAIN_WORDS and not any(
        toks[j][2].lower() in PHRASE_BREAKS for j in range(first, stop)
    )


def _plainly_verb(word: str) -> bool:
    """Whether a word after a subject is surely a verb: "was", "pulled", "argues", "made"."""
    lower = word.lower()
    return (
        lower in PASSIVE_MARKERS
        or lower in SPEAKER_AUXILIARIES
        or lower in IRREGULAR_VERBS
        or lower.endswith(("ed", "s"))
    )


def _subject_at(toks: list[Tok], k: int, comma: int) -> tuple[int, int] | None:
    """The subject whose last word is at *k*, a verb after it, before *comma*."""
    tok = toks[k]
    if not is_word(tok) or k + 1 >= comma:
        return None
    following = toks[k + 1]
    if not is_word(following) or not looks_finite(following):
        return None
    if tok[2].lower() in SPEAKER_PRONOUNS:
        return k, k + 1
    if tok[2].lower() in TIME_WORDS:
        return None  # "released a statement Wednesday evening, saying": a time, not a subject
    head = base(tok[2])
    if (is_capitalized(tok) and head not in DETERMINERS) or head in SPEAKER_NOUNS:
        span = phrase_back(toks, k, 0)
        if span is not None and speaker_like(toks, span) and subject_position(toks, span, 0):
            return span
    return None


def is_passive_or_infinitive(toks: list[Tok], verb: int, floor: int) -> bool:
    """Whether the cue is "was said", "is believed", "to say": no speaker is named there."""
    k = verb - 1
    while k >= floor and toks[k][2].lower() in _PASSIVE_FILLERS:
        k -= 1
    return k >= floor and toks[k][2].lower() in _PASSIVE_LEADS


def is_weak(word: str) -> bool:
    """Whether the verb cues speech only with a clause after it ("called for", "noted that")."""
    return SPEECH_FORMS.get(word.lower()) in WEAK_CUES
