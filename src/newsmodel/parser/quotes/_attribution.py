"""
Attribution rules over the tokens of one sentence: who speaks, by which verb, saying what.

Every function reads a bounded number of tokens around a position, so the quotes stage
stays linear in the size of its input however many quotation marks a sentence holds.
Results are token index ranges ``(first, stop)``; the stage turns them into spans.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from typing import NamedTuple

from newsmodel.parser.lexicons.numbers import MONTHS
from newsmodel.parser.lexicons.speech import (
    CLAUSE_OBJECTS,
    CLAUSE_OPENERS,
    CUE_FILLERS,
    HEDGES,
    INTRODUCING_VERBS,
    LISTENER_VERBS,
    OUTLET_VERBS,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    QUOTE_ONLY_FORMS,
    SPEAKER_NOUNS,
    SPEAKER_PRONOUNS,
    SPEECH_FORMS,
    SUBJECT_PRONOUNS,
    TELL_VERBS,
    TIME_WORDS,
    WEAK_CUES,
)
from newsmodel.parser.quotes._speaker_phrases import (
    CUE_LEMMAS,
    ROLE_HEADS,
    cue_lemma,
    is_abbreviation_dot,
    is_outlet,
    looks_finite,
    names_someone,
    phrase_back,
    speaker_after,
    speaker_like,
    subject_position,
)
from newsmodel.parser.quotes._tokens import (
    CLAUSE_PUNCT,
    CLOSE_MARKS,
    DETERMINERS,
    DOUBLE_MARKS,
    END_PUNCT,
    STRAIGHT_MARKS,
    Tok,
    base,
    is_capitalized,
    is_word,
)

# How far the rules look from a cue verb, in tokens: auxiliaries and hedges before it, a
# listener after it, an apposition between a name and its verb, a reported clause.
_FILLER_REACH = 6
_OBJECT_REACH = 8
_APPOSITION_REACH = 30
# Marks an attribution after a quotation may start with; built once, not per token.
_LEADING_MARKS = CLAUSE_PUNCT | DOUBLE_MARKS
_CLAUSE_REACH = 150
_CLAUSE_BREAKS = frozenset({"—", ";", "–"})
_CLAUSE_JOINS = frozenset({",", "and", "but", "though", "although", "while", "whereas"})
# How far after a join the cue of a new attribution may stand: ", though Mrs. Fiorina said".
_NEXT_CUE_REACH = 8
# Every token the end of a clause is decided at.
_CLAUSE_MARKS = DOUBLE_MARKS | _CLAUSE_BREAKS | _CLAUSE_JOINS | {"-"}
_APPOSITION_HOPS = 3
# The most tokens of a date after its month: "1", ",", "1990".
_DATE_TAIL = 4
_CIRCUMSTANCE = frozenset({"in", "on", "at", "during", "to", "after", "before", "via"})
_TIME_LEADS = frozenset({"on", "late", "early", "last", "this", "in", "the"})
# The forms that attribute a quotation, in one set: speech, belief, and "continued".
_QUOTE_CUES = frozenset(CUE_LEMMAS) | frozenset(QUOTE_ONLY_FORMS)
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
    return word.lower() in _QUOTE_CUES


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
    if word == ",":
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


def _skip_fillers(toks: list[Tok], k: int, floor: int) -> tuple[int, bool]:
    """Step back over auxiliaries, hedges and times before a cue; say if a hedge was seen."""
    hedged = False
    skipped = 0
    while k >= floor and skipped < _FILLER_REACH:
        lower = toks[k][2].lower()
        if lower in HEDGES:
            hedged = True
        elif lower in TIME_WORDS:
            if k - 1 >= floor and toks[k - 1][2].lower() in _TIME_LEADS:
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
    while k >= max(floor, comma - _APPOSITION_REACH) and hops < _APPOSITION_HOPS:
        if toks[k][2] != ",":
            k -= 1
            continue
        # "Sen. Lindsey Graham, R-S.C., a candidate, said": keep going back to the first name
        outer = phrase_back(toks, k - 1, floor)
        if outer is None or not names_someone(toks, outer):
            break
        if hops == 0 and _role_then_name(toks, outer, k + 1, comma):
            # "Kenya's health minister, Ama Ode, said": the apposition is the name
            return (k + 1, comma)
        best = outer
        hops += 1
        k = outer[0] - 1
    if best is None:
        # "The author of the book, Mitchell Zuckoff, said": the apposition is the name
        inner = phrase_back(toks, comma - 1, floor)
        if inner is not None and names_someone(toks, inner):
            return inner
    return best


def _role_then_name(toks: list[Tok], role: tuple[int, int], first: int, stop: int) -> bool:
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
    for k in range(conjunction - 1, max(floor, conjunction - _APPOSITION_REACH) - 1, -1):
        word = toks[k][2]
        if word[0].islower() and cue_lemma(word) is not None:
            return subject_before(toks, k, floor)
    return None


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
    if word[0].islower() and word.lower() in _QUOTE_CUES and not word.endswith("ing"):
        span = None if toks[k][0] in spent else speaker_after(toks, k, stop)
        return None if span is None else Cue(k, span, hedged)
    verb = _next_cue(toks, k + 1, min(stop, k + _APPOSITION_REACH))
    cue = None if verb is None or toks[verb][0] in spent else subject_before(toks, verb, k)
    if cue is None:
        return None
    name = cue.speaker[0]
    if toks[name][2].lower() in PREPOSITIONS:
        return None  # '"Landmark movies" of 2004 hailed': no subject after the marks
    # the tail starts with the speaker, or with a role the name stands in apposition to
    if name != k and not (
        toks[name - 1][2] == "," and _role_then_name(toks, (k, name - 1), *cue.speaker)
    ):
        return None
    return cue._replace(hedged=cue.hedged or hedged)


def _next_cue(toks: list[Tok], first: int, stop: int) -> int | None:
    """The first cue or outlet verb in ``toks[first:stop]`` before the sentence ends."""
    for verb in range(first, stop):
        word = toks[verb][2]
        if word[0].islower() and (word.lower() in _QUOTE_CUES or word in OUTLET_VERBS):
            return verb
        if (word in END_PUNCT and not is_abbreviation_dot(toks, verb)) or word in DOUBLE_MARKS:
            return None
    return None


def participle_subject(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """
    The subject of the clause a participle hangs from: "Trump pulled out, arguing ...".

    The last name, pronoun or speaker noun ("the spokesman") before the comma that a
    verb follows.
    """
    for k in range(comma - 1, max(-1, comma - _APPOSITION_REACH), -1):
        tok = toks[k]
        if not is_word(tok) or k + 1 >= comma:
            continue
        following = toks[k + 1]
        if not is_word(following) or not looks_finite(following):
            continue
        if tok[2].lower() in SPEAKER_PRONOUNS:
            return k, k + 1
        head = base(tok[2])
        if (is_capitalized(tok) and head not in DETERMINERS) or head in SPEAKER_NOUNS:
            span = phrase_back(toks, k, 0)
            if span is not None and speaker_like(toks, span) and subject_position(toks, span, 0):
                return span
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
    for verb in range(k, max(floor - 1, k - _OBJECT_REACH), -1):
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
        and toks[verb + 1][2].lower() in _CIRCUMSTANCE
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
        if word[0].islower() and word.lower() in _QUOTE_CUES and not word.endswith("ing"):
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
    return SPEECH_FORMS.get(lower) in INTRODUCING_VERBS and not lower.endswith("ing")


def _clause_start(toks: list[Tok], verb: int, stop: int) -> int:
    """Where the reported clause starts: after "that", the listener, a time, "for"."""
    k = verb + 1
    lemma = cue_lemma(toks[verb][2]) or ""
    if k < stop and toks[k][2] == ",":
        k += 1
    if k < stop and toks[k][2].lower() in CLAUSE_OBJECTS:
        k += 1
    k = _skip_time(toks, k, stop)  # "said late Wednesday that ..."
    k = _skip_circumstance(toks, k, stop)  # "said in a telephone interview that ..."
    if k < stop and toks[k][2].lower() == "that":
        k += 1
    elif lemma in TELL_VERBS:
        k = _after_told(toks, k, stop, lemma)
    if k < stop and toks[k][2].lower() in {"for", "on"} and lemma in {"urge", "call"}:
        k += 1
    return k


def _after_told(toks: list[Tok], k: int, stop: int, lemma: str) -> int:
    """Past the listener of a cue such as "tell": "told the Associated Press that ..."."""
    for j in range(k, min(stop, k + _OBJECT_REACH)):
        if toks[j][2].lower() == "that":
            return j + 1
        if not is_word(toks[j]):
            return _after_listener(toks, k, j) if lemma in LISTENER_VERBS else k
    if lemma in LISTENER_VERBS:
        return _after_listener(toks, k, min(stop, k + _OBJECT_REACH))
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
    if k >= stop or toks[k][2].lower() not in _CIRCUMSTANCE:
        return k
    for j in range(k + 1, min(stop, k + _OBJECT_REACH)):
        if toks[j][2].lower() == "that":
            return j
        if not is_word(toks[j]):
            return k
    return k


def _skip_time(toks: list[Tok], k: int, stop: int) -> int:
    """The first token after a time phrase at *k*: "on Tuesday", "late Wednesday", "Friday"."""
    j = k
    while j < stop and j - k < _FILLER_REACH and toks[j][2].lower() in _TIME_LEADS:
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


def is_passive_or_infinitive(toks: list[Tok], verb: int, floor: int) -> bool:
    """Whether the cue is "was said", "is believed", "to say": no speaker is named there."""
    k = verb - 1
    while k >= floor and toks[k][2].lower() in _PASSIVE_FILLERS:
        k -= 1
    return k >= floor and toks[k][2].lower() in _PASSIVE_LEADS


def is_weak(word: str) -> bool:
    """Whether the verb cues speech only with a clause after it ("called for", "noted that")."""
    return SPEECH_FORMS.get(word.lower()) in WEAK_CUES
