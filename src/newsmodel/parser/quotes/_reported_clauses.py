"""
The reported clause after a cue verb: where what was said starts ("said (that)", "told
the BBC (that)") and where it ends (a dash, the next attribution, a clause of the
reporter's own).

The clause is read for a bounded number of tokens, so the quotes stage stays linear in
the size of its input however many cue verbs a sentence holds.
"""

from __future__ import annotations

from newsmodel.parser.lexicons.numbers import MONTHS
from newsmodel.parser.lexicons.speech import (
    CLAUSE_OBJECTS,
    CLAUSE_OPENERS,
    CUE_FILLERS,
    HEDGES,
    INTRODUCING_VERBS,
    LISTENER_VERBS,
    MODAL_VERBS,
    PARTICIPLE_LEADS,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    SPEAKER_AUXILIARIES,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    TELL_VERBS,
    TIME_WORDS,
    TOPIC_VERBS,
)
from newsmodel.parser.quotes._cue_subjects import (
    CIRCUMSTANCE,
    FILLER_REACH,
    OBJECT_REACH,
    QUOTE_CUES,
    TIME_LEADS,
    subject_before,
)
from newsmodel.parser.quotes._speaker_phrases import (
    cue_lemma,
    looks_finite,
)
from newsmodel.parser.quotes._tokens import (
    CLAUSE_PUNCT,
    CLOSE_MARKS,
    DOUBLE_MARKS,
    END_PUNCT,
    STRAIGHT_MARKS,
    Tok,
    is_word,
)

_CLAUSE_REACH = 150
_CLAUSE_BREAKS = frozenset({"—", ";", "–"})
_CLAUSE_JOINS = frozenset({",", "and", "but", "though", "although", "while", "whereas"})
# How far after a join the cue of a new attribution may stand: ", though Mrs. Fiorina said".
_NEXT_CUE_REACH = 8
# Every token the end of a clause is decided at.
_CLAUSE_MARKS = DOUBLE_MARKS | _CLAUSE_BREAKS | _CLAUSE_JOINS | {"-"}
# How far a "that" may stand after a circumstance: "noted in a guest column in Saturday's
# New York Times that ...".
_CIRCUMSTANCE_REACH = 12
_AUXILIARIES = MODAL_VERBS | SPEAKER_AUXILIARIES | PASSIVE_MARKERS
# The most words between a comma and a participle cue: ", while also saying".
_LEAD_REACH = 3
# The most tokens of a date after its month: "1", ",", "1990".
_DATE_TAIL = 4


def clause_after(toks: list[Tok], verb: int, stop: int) -> tuple[int, int] | None:
    """The reported clause after a cue verb: "urged (for) boosting ties", "said (that) ..."."""
    k = _clause_start(toks, verb, stop)
    stop = _clause_end(toks, k, stop)
    while stop > k and (toks[stop - 1][2] in END_PUNCT or toks[stop - 1][2] in CLAUSE_PUNCT):
        stop -= 1
    if not has_words(toks, k, stop, 2):
        return None
    return k, stop


def _clause_end(toks: list[Tok], first: int, stop: int) -> int:
    """
    Where a reported clause ends: at a dash or semicolon outside quotation marks, or
    before the next attribution (", stating ...", "and said ...").

    The clause is read for at most `_CLAUSE_REACH` tokens, so that a sentence of a
    thousand cue verbs is still read in linear time.
    """
    quoted = False
    for k in range(first, min(stop, first + _CLAUSE_REACH)):
        word = toks[k][2]
        if word not in _CLAUSE_MARKS:
            continue  # most words: none of the tests below can hold
        if word in DOUBLE_MARKS:
            was = quoted
            quoted = word not in CLOSE_MARKS and not (quoted and word in STRAIGHT_MARKS)
            following = toks[k + 1][2] if k + 1 < stop else ""
            if was and not quoted and _starts_attribution(toks, k + 1, stop, following):
                return k + 1  # 'represents "New York values," stating ...'
            continue
        if quoted:
            continue
        if word in _CLAUSE_BREAKS or (word == "-" and k + 1 < stop and toks[k + 1][2] == "-"):
            return k
        if word in _CLAUSE_JOINS and _join_ends_clause(toks, k, stop, first=first):
            return k
    return min(stop, first + _CLAUSE_REACH)


def _join_ends_clause(toks: list[Tok], k: int, stop: int, *, first: int) -> bool:
    """Whether the comma or conjunction at *k* ends the reported clause that starts at *first*."""
    word = toks[k][2]
    following = toks[k + 1][2] if k + 1 < stop else ""
    if _starts_attribution(toks, k + 1, stop, following) or (
        word != "," and SPEECH_FORMS.get(following.lower()) is not None
    ):
        return True  # "..., adding", "and said", "and calls her ..."
    if k == first:
        return False
    if word == "," and _new_clause(toks, k + 1, stop):
        return True  # "..., and he railed against ..."
    return _next_attribution(toks, k + 1, stop)  # ", though Mrs. Fiorina said", ", he said,"


def _next_attribution(toks: list[Tok], k: int, stop: int) -> bool:
    """
    Whether an attribution with its own subject starts at *k*: "Mrs. Fiorina said", "he
    said": the clause before it ends there.
    """
    for j in range(k + 1, min(stop, k + _NEXT_CUE_REACH)):
        word = toks[j][2]
        if not word[0].isalnum():
            return False
        if word[0].islower() and word.lower() in QUOTE_CUES and not word.endswith("ing"):
            cue = subject_before(toks, j, k)
            return cue is not None and cue.speaker[0] == k
    return False


def _new_clause(toks: list[Tok], k: int, stop: int) -> bool:
    """Whether a clause of the reporter's own starts at *k*, after a comma: ", but ...",
    ", and he ...": what follows is no longer what was said."""
    if k >= stop:
        return False
    word = toks[k][2].lower()
    return (
        word == "and"
        and k + 2 < stop
        and toks[k + 1][2].lower() in SUBJECT_PRONOUNS - {"it", "there"}
        and looks_finite(toks[k + 2])
    )


def _starts_attribution(toks: list[Tok], k: int, stop: int, word: str) -> bool:
    """Whether a new cue starts at *k*: "stating ...", "and said ...", ", and added ..."."""
    lower = word.lower()
    if lower == "and" and k + 1 < stop:
        lower = toks[k + 1][2].lower()
    elif lower.endswith("ing") and cue_lemma(lower) is not None:
        return True
    elif lower in PARTICIPLE_LEADS:
        # ", while also saying ...": a participle cue after its leading words
        for j in range(k + 1, min(stop, k + _LEAD_REACH)):
            lower = toks[j][2].lower()
            if lower not in PARTICIPLE_LEADS:
                return lower.endswith("ing") and cue_lemma(lower) is not None
        return False
    return SPEECH_FORMS.get(lower) in INTRODUCING_VERBS and not lower.endswith("ing")


def _clause_start(toks: list[Tok], verb: int, stop: int) -> int:
    """Where the reported clause starts: after "that", the listener, a time, "for"."""
    k = verb + 1
    lemma = cue_lemma(toks[verb][2]) or ""
    if k < stop and toks[k][2] == ",":
        k += 1
    if k < stop and toks[k][2].lower() in CLAUSE_OBJECTS and not _verb_follows(toks, k + 1, stop):
        k += 1  # "told reporters that", not "said voters must unite": there it is the subject
    k = _skip_time(toks, k, stop)  # "said late Wednesday that ..."
    k = _skip_circumstance(toks, k, stop)  # "said in a telephone interview that ..."
    if k + 1 < stop and toks[k + 1][2].lower() == "that" and _adverb(toks[k][2]):
        k += 1  # "has said repeatedly that ..."
    if k < stop and toks[k][2].lower() == "that":
        k += 1
    elif lemma in TELL_VERBS:
        k = _after_told(toks, k, stop, lemma)
    if k < stop and toks[k][2].lower() in {"for", "on"} and lemma in {"urge", "call"}:
        k += 1
    elif k < stop and toks[k][2].lower() == "about" and lemma in TOPIC_VERBS:
        k += 1  # "talked about the wall": the topic is what was said
    return k


def _verb_follows(toks: list[Tok], k: int, stop: int) -> bool:
    """Whether an auxiliary or a modal stands at *k*: "voters must", "them were"."""
    return k < stop and toks[k][2].lower() in _AUXILIARIES


def _adverb(word: str) -> bool:
    """Whether a word is an adverb between a cue and its "that": "repeatedly", "again"."""
    lower = word.lower()
    return lower in CUE_FILLERS or lower in HEDGES or (lower.endswith("ly") and word.islower())


def _after_told(toks: list[Tok], k: int, stop: int, lemma: str) -> int:
    """Past the listener of a cue such as "tell": "told the Associated Press that ..."."""
    for j in range(k, min(stop, k + OBJECT_REACH)):
        if toks[j][2].lower() == "that":
            return j + 1
        if not is_word(toks[j]):
            return _after_listener(toks, k, j) if lemma in LISTENER_VERBS else k
    if lemma in LISTENER_VERBS:
        return _after_listener(toks, k, min(stop, k + OBJECT_REACH))
    return k


def _after_listener(toks: list[Tok], k: int, stop: int) -> int:
    """
    Past the listener of "tell", "inform", "assure", "remind" when no "that" follows it:
    "told staff the decision was ...", "told the BBC the vote was fair".

    The listener runs to the first word that opens a clause (a determiner or a subject
    pronoun after it); when none comes within reach, nothing is skipped.
    """
    if k >= stop or toks[k][2].lower() in SUBJECT_PRONOUNS:
        return k  # "told him he would": the listener was skipped, the clause starts here
    for j in range(k + 1, stop):
        if toks[j][2].lower() in CLAUSE_OPENERS and toks[j - 1][2].lower() not in PREPOSITIONS:
            return j  # not "told the court in the town": a preposition's object is the listener's
        if not is_word(toks[j]):
            return k
    return k


def _skip_circumstance(toks: list[Tok], k: int, stop: int) -> int:
    """The "that" after a prepositional phrase: "said in an interview that" -> "that"."""
    if k >= stop or toks[k][2].lower() not in CIRCUMSTANCE:
        return k
    for j in range(k + 1, min(stop, k + _CIRCUMSTANCE_REACH)):
        if toks[j][2].lower() == "that":
            return j
        if not is_word(toks[j]):
            return k
    return k


def _skip_time(toks: list[Tok], k: int, stop: int) -> int:
    """The first token after a time phrase at *k*: "on Tuesday", "late Wednesday", "Friday"."""
    j = k
    while j < stop and j - k < FILLER_REACH and toks[j][2].lower() in TIME_LEADS:
        j += 1
    if j < stop and toks[j][2].lower() in TIME_WORDS:
        return j + 1
    if j < stop and _is_month(toks, j, stop, led=j > k and toks[j - 1][2].lower() in {"on", "in"}):
        # "said on January 1, 1990 that ...": the date is no part of what was said
        j += 1
        end = min(stop, j + _DATE_TAIL)
        while j < end and (toks[j][2].isdigit() or toks[j][2] == ","):
            j += 1
        return j
    return k


def _is_month(toks: list[Tok], j: int, stop: int, *, led: bool) -> bool:
    """A capitalized month after "on" or "in", or before a day: not "May" the surname."""
    word = toks[j][2]
    if not word[0].isupper() or word.lower() not in MONTHS:
        return False
    return led or (j + 1 < stop and toks[j + 1][2].isdigit())


def has_words(toks: list[Tok], first: int, stop: int, count: int) -> bool:
    """Whether ``toks[first:stop]`` holds *count* words; reads no further than it must."""
    for j in range(first, stop):
        if toks[j][2][0].isalnum():  # is_word, inlined: this runs over whole clauses
            count -= 1
            if count <= 0:
                return True
    return False
