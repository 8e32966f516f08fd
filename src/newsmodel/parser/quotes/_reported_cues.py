"""
Reported speech cued by more than one verb: nouns of speech ("the mayor's claim that
...", "his warning that ..."), impersonal passives ("it was reported that ...") and
"X was quoted as saying ...", and the dateline that opens a wire story ("SPRINGFIELD,
Ill. — ..."), which is no part of what anyone said.

Each rule reads a few tokens around a trigger, so the stage stays linear.
A cue whose speaker is not named has an empty speaker range (see `Cue`).
"""

from __future__ import annotations

from newsmodel.parser.lexicons.speech import (
    CUE_FILLERS,
    GROUP_WORDS,
    HEDGES,
    IMPERSONAL_SUBJECTS,
    IRREGULAR_PAST,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    SPEECH_FORMS,
    SPEECH_NOUNS,
)
from newsmodel.parser.quotes._cue_subjects import Cue, subject_before
from newsmodel.parser.quotes._reported_clauses import clause_after
from newsmodel.parser.quotes._speaker_phrases import cue_lemma, phrase_back, speaker_like
from newsmodel.parser.quotes._tokens import Tok, base, is_capitalized

_POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "so", "while", "although", "though"})
_OWNERS = frozenset({"his", "her", "their", "its", "our"})
_DASHES = frozenset({"—", "–", "-", "--"})
# A dateline is a place in capitals, maybe a state or country and a news agency: a few
# tokens before its dash ("SPRINGFIELD, Ill. (AP) —").
_DATELINE_REACH = 12
_DAY_DIGITS = 2  # the day of a dated dateline: "PARIS, Aug 31 (Reuters) -"
_PASSIVE_REACH = 3  # "it has been widely reported": the markers and adverbs before a cue
_PASSIVE_WORDS = PASSIVE_MARKERS | {"has", "have", "had"}
# A long subject runs to at most this many tokens before its verb.
_LONG_SUBJECT = 20
_NAME_MARKS = frozenset({".", "’", "'", "-"})  # inside names and initials: "U.S.", "O’Neil"
_SENTENCE_ADVERBS = frozenset({"yet", "but", "and", "so", "still", "meanwhile", "also", "now"})
_RELATIVES = frozenset({"who", "which", "that", "whose", "whom", "where", "when"})
_SUBORDINATORS = frozenset(
    {
        "when", "after", "before", "as", "while", "if", "because", "since", "although",
        "though", "once", "until", "unless", "whether", "contrary", "inside", "outside",
        "according", "despite", "amid", "like", "unlike",
    }
)  # fmt: skip


def noun_cue(toks: list[Tok], k: int, stop: int) -> tuple[Cue, tuple[int, int]] | None:
    """
    A noun of speech at *k* that reports a clause: "the mayor's claim that ...", "his
    warning that ...", "the announcement that ...".

    The speaker is the possessive before the noun ("the mayor's"); a pronoun ("his") or
    "the" names no one here, and the speaker is left to the sentence or unnamed.
    """
    if toks[k][2].lower() not in SPEECH_NOUNS or k + 1 >= stop or toks[k + 1][2].lower() != "that":
        return None
    if k < 2:  # noqa: PLR2004
        return None
    before = toks[k - 1][2]
    lower = before.lower()
    owner = k - 1
    if lower.endswith(_POSSESSIVE_ENDS) and before[0].isalnum():
        span = phrase_back(toks, k - 1, 0)
        speaker = span if span is not None and speaker_like(toks, span) else (k, k)
        owner = k - 1 if span is None else span[0]
    elif lower in _OWNERS or lower == "the":
        speaker = (k, k)
    else:
        return None
    lead = toks[owner - 1][2] if owner > 0 else ""
    if not (lead.isalpha() and lead.islower()) or lead in _CONJUNCTIONS:
        # the subject of its clause: "The announcement that X closed shocked Y" has a
        # clause whose end no rule here can find; a verb or preposition must come first
        return None
    clause = clause_after(toks, k, stop)
    return None if clause is None else (Cue(k, speaker, hedged=False), clause)


def passive_cue(toks: list[Tok], k: int, stop: int) -> tuple[Cue, tuple[int, int]] | None:
    """
    A passive report: "it was reported that ..." (no speaker named) or "X was quoted as
    saying ..." (the speaker is X).
    """
    word = toks[k][2].lower()
    if word == "saying":
        return _quoted_as_saying(toks, k, stop)
    if word not in SPEECH_FORMS or k + 1 >= stop or toks[k + 1][2].lower() != "that":
        return None  # "it was announced" with no clause: nothing reported
    j = k - 1
    hedged = False
    while j >= 0 and k - j <= _PASSIVE_REACH + 1 and toks[j][2].lower() not in PASSIVE_MARKERS:
        lower = toks[j][2].lower()
        if lower not in CUE_FILLERS and lower not in HEDGES and lower != "widely":
            return None
        hedged = hedged or lower in HEDGES
        j -= 1
    while j >= 0 and toks[j][2].lower() in _PASSIVE_WORDS:
        j -= 1
    if j < 0 or j + 1 >= k or toks[j][2].lower() not in IMPERSONAL_SUBJECTS:
        return None
    clause = clause_after(toks, k, stop)
    return None if clause is None else (Cue(k, (k, k), hedged), clause)


def _quoted_as_saying(toks: list[Tok], k: int, stop: int) -> tuple[Cue, tuple[int, int]] | None:
    """ "X was quoted as saying ...": the speaker is X, the cue "saying"."""
    if k < 2 or toks[k - 1][2].lower() != "as" or toks[k - 2][2].lower() != "quoted":  # noqa: PLR2004
        return None
    cue = subject_before(toks, k - 2, 0)
    clause = clause_after(toks, k, stop)
    if cue is None or clause is None:
        return None
    return Cue(k, cue.speaker, cue.hedged), clause


def long_subject(toks: list[Tok], verb: int) -> tuple[int, int] | None:
    """
    The head of a long subject that opens its clause and runs up to the cue verb at
    *verb*: "Some delegates at the convention in Philadelphia said", "A news report
    published Wednesday said", "In Texas, half of GOP primary voters said".

    The clause opens at the sentence's first word or after the last comma before the
    verb; nothing between it and the verb may be a mark or another cue. The head is the
    noun phrase up to the first preposition, relative word or participle, and must be
    one a speaker can be ("some delegates", "a news report", "half of ... voters").
    """
    start = verb - 1
    while start >= 0 and verb - start <= _LONG_SUBJECT and toks[start][2] != ",":
        word = toks[start][2]
        if not word[0].isalnum() and word not in _NAME_MARKS:
            return None  # a quotation mark, a dash, a bracket: no plain subject
        if word[0].islower() and cue_lemma(word) is not None and _past(word):
            return None  # another attribution: "X said Y said"; a noun ("a report") is fine
        start -= 1
    if verb - start > _LONG_SUBJECT:
        return None
    start += 1
    while start < verb and toks[start][2].lower() in _SENTENCE_ADVERBS:
        start += 1
    if start >= verb or _opens_adjunct(toks[start][2]):
        return None  # "When Mr. Sanders ...", "Inside the mosque ...", "Based on ..."
    head = start
    while head < verb and not _ends_head(toks, head, start):
        head += 1
    if head in {start, verb}:
        return None  # no head, or a short subject the usual rules have already judged
    return (start, head) if speaker_like(toks, (start, head)) else None


def _past(word: str) -> bool:
    """Whether a cue form is a past tense ("said", "warned"), not a noun ("report", "claims")."""
    lower = word.lower()
    return lower.endswith("ed") or lower in IRREGULAR_PAST.values()


def _ends_head(toks: list[Tok], k: int, start: int) -> bool:
    """Whether token *k* ends the head noun phrase of a long subject that opens at *start*."""
    lower = toks[k][2].lower()
    if lower == "of" and k > start and base(toks[k - 1][2]) in GROUP_WORDS:
        return False  # "half of GOP primary voters"
    if lower in PREPOSITIONS or lower in _RELATIVES or lower in CUE_FILLERS:
        return True
    if lower in PASSIVE_MARKERS:
        return True
    # "published", "working", "similarly": a participle or adverb after the head
    return k > start and toks[k][2][0].islower() and lower.endswith(("ed", "ing", "ly"))


def _opens_adjunct(word: str) -> bool:
    """Whether a clause that opens with *word* opens with an adjunct, not its subject."""
    lower = word.lower()
    return lower in PREPOSITIONS or lower in _SUBORDINATORS or lower.endswith(("ed", "ing"))


def opens_with_noun_cue(toks: list[Tok], clause: tuple[int, int], stop: int) -> bool:
    """Whether a clause opens with a noun cue of its own: "repeated the mayor's claim that"."""
    first, end = clause
    return any(noun_cue(toks, j, stop) is not None for j in range(first, min(end, first + 6)))


def after_dateline(toks: list[Tok], first: int) -> int:
    """
    The first token after a dateline that opens the sentence at *first*, else *first*:
    "SPRINGFIELD, Ill. — A man ..." and "PARIS, Aug 31 (Reuters) - A man ..." start their
    words at "A".
    """
    word = toks[first][2]
    if not (len(word) > 1 and word.isupper() and word.isalpha()):
        return first
    for j in range(first + 1, min(len(toks), first + _DATELINE_REACH)):
        text = toks[j][2]
        if text in _DASHES:
            double = text == "-" and j + 1 < len(toks) and toks[j + 1][2] == "-"  # "--"
            after = j + 2 if double else j + 1
            return after if after < len(toks) else first
        day = text.isdigit() and len(text) <= _DAY_DIGITS  # "PARIS, Aug 31 (Reuters) -"
        if not (is_capitalized(toks[j]) or day or text in {",", ".", "(", ")"}):
            return first
    return first
