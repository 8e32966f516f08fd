"""
The forms of a cue verb in reported speech, each with its subject: the finite verb
("X said"), the participle (", saying", "by saying", "a statement saying"), the
progressive ("is predicting"), the infinitive ("went on to say") and an opening "Asked".
"""

from __future__ import annotations

from newsmodel.parser.lexicons.sources import DOCUMENT_NOUNS
from newsmodel.parser.lexicons.speech import (
    BELIEF_FORMS,
    CUE_FILLERS,
    HEDGES,
    IRREGULAR_VERBS,
    PARTICIPLE_LEADS,
    PREPOSITIONS,
    PROGRESSIVE_AUXILIARIES,
    SPEECH_FORMS,
    TOPIC_VERBS,
)
from newsmodel.parser.quotes._cue_subjects import (
    Cue,
    is_passive_or_infinitive,
    participle_subject,
    subject_before,
)
from newsmodel.parser.quotes._reported_according import trim
from newsmodel.parser.quotes._reported_cues import (
    long_subject,
)
from newsmodel.parser.quotes._speaker_phrases import (
    cue_lemma,
    speaker_after,
)
from newsmodel.parser.quotes._tokens import (
    DETERMINERS,
    DOUBLE_MARKS,
    QUOTE_MARKS,
    Tok,
    is_word,
)

_CLAUSE_STARTERS = frozenset(
    {"that", "for", "on", "if", "whether", "as", "about", "why", "how", "what"}
)
_STARTER_REACH = 4
# How far back from a participle's comma an inverted attribution's verb may stand.
_INVERTED_REACH = 12
# Particles between a verb and the "to" of an infinitive cue: "went on to say".
_PARTICLES = frozenset({"on", "out", "up"})
# "Asked about ..., X said": the words "Asked" may follow, and how long the question runs.
_ASKED_LEADS = frozenset({"when", "after", "once", "if"})
_QUESTION_REACH = 40
# The most words between a participle cue and its comma or auxiliary: ", while also saying".
_LEAD_REACH = 3
# The forms of "be" a negative contraction of a progressive is written with: "isn't saying".
_NEGATED = frozenset({"is", "was", "are", "were"})
# Subordinators a participle cue may follow with no comma: "as divisive while praising".
_BARE_LEADS = frozenset({"while", "by", "before", "after", "in"})
# Adverbs between an auxiliary and a participle cue: "is also predicting", "was openly saying".
_ADVERBS = CUE_FILLERS | HEDGES | {"now", "still", "increasingly"}


def opens_sentence(toks: list[Tok], k: int) -> bool:
    """Whether the word at *k* opens its sentence, or follows an opening "When": "Asked"."""
    j = k - 1
    if j >= 0 and toks[j][2].lower() in _ASKED_LEADS:
        j -= 1
    return all(not is_word(t) for t in toks[: j + 1])


def asked(toks: list[Tok], k: int, stop: int) -> tuple[Cue, tuple[int, int]] | None:
    """
    "Asked about the vote, the mayor said ...": the question, up to the comma, with no
    speaker (the one who asked is not named); the answer is read on from the comma.
    """
    for comma in range(k + 1, min(stop, k + _QUESTION_REACH)):
        if toks[comma][2] == ",":
            clause = trim(toks, k + 1, comma)
            return None if clause is None else (Cue(k, (k, k), hedged=False), clause)
        if toks[comma][2] in DOUBLE_MARKS:
            return None
    return None


def _noun_use(toks: list[Tok], k: int, lower: str) -> bool:
    """
    Whether the cue word at *k* is a noun: after a determiner ("the report"), or a bare
    form after "a" and an adjective with nothing after it ("an absolute blast, and").
    """
    if k > 0 and toks[k - 1][2].lower() in DETERMINERS:
        return True
    return (
        k > 1
        and toks[k - 2][2].lower() in {"a", "an"}
        and SPEECH_FORMS.get(lower) == lower
        and (k + 1 >= len(toks) or not is_word(toks[k + 1]))
    )


def cue_with_subject(toks: list[Tok], k: int, lower: str) -> Cue | None:
    """
    The cue verb at *k* (*lower* in lower case) with its subject: a name before it, or
    the clause a participle hangs from.
    """
    if _noun_use(toks, k, lower):
        return None  # "the report", "his claims", "an absolute blast, and": a noun
    if SPEECH_FORMS.get(lower) == "add" and k + 1 < len(toks) and toks[k + 1][2].lower() == "to":
        return None  # "added to the uncertainty": a sum, not speech
    if lower in BELIEF_FORMS and k + 1 < len(toks) and toks[k + 1][2].lower() in PREPOSITIONS:
        return None  # "fear for the network", "hope of a deal": a noun
    if lower.endswith("ing"):
        return _participle_cue(toks, k)
    if is_passive_or_infinitive(toks, k, 0):
        return _infinitive_cue(toks, k)
    cue = subject_before(toks, k, 0)
    if cue is None:
        speaker = long_subject(toks, k)
        cue = None if speaker is None else Cue(k, speaker, hedged=False)
    return cue


def _participle_cue(toks: list[Tok], k: int) -> Cue | None:
    """
    The "-ing" cue at *k* with its subject: after an auxiliary ("the senator is
    predicting that"), or after a comma, hanging from the clause before it.
    """
    aux = _progressive_auxiliary(toks, k)
    if aux is not None:
        # "The senator is predicting that ...": the subject of "is" speaks
        cue = subject_before(toks, aux, 0)
        return None if cue is None else cue._replace(verb=k)
    comma = _participle_comma(toks, k)
    if comma is None:
        return None  # "without saying", "a saying"
    speaker = (
        _inverted_speaker(toks, comma)
        or _attribution_subject(toks, comma)
        or participle_subject(toks, comma)
    )
    return None if speaker is None else Cue(k, speaker, hedged=False)


def _attribution_subject(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """
    The subject of a cue verb right before a participle's comma: '"...," Clinton said,
    while arguing ...' is Clinton, not a name inside the quotation.
    """
    j = comma - 1
    if j < 1 or not toks[j][2].islower() or SPEECH_FORMS.get(toks[j][2]) is None:
        return None
    if _noun_use(toks, j, toks[j][2]):
        return None  # "left the talks, arguing": a noun, not the verb of an attribution
    cue = subject_before(toks, j, 0)
    return None if cue is None else cue.speaker


def _inverted_speaker(toks: list[Tok], comma: int) -> tuple[int, int] | None:
    """
    The speaker of an inverted attribution before a participle's comma: '"...," said
    Rep. Bobby Scott at the time, adding that ...' is Bobby Scott.
    """
    for j in range(comma - 1, max(-1, comma - _INVERTED_REACH), -1):
        word = toks[j][2]
        if word[0].islower() and SPEECH_FORMS.get(word) is not None:
            if j == 0 or toks[j - 1][2] not in QUOTE_MARKS:
                return None  # only after a quotation: '"...," said X'
            span = speaker_after(toks, j, comma)
            return span if span is not None and span[0] == j + 1 else None
    return None


def _progressive_auxiliary(toks: list[Tok], k: int) -> int | None:
    """The "is" of "is predicting", "are also saying" before the "-ing" form at *k*."""
    j = k - 1
    while j >= 0 and k - j <= _LEAD_REACH and toks[j][2].lower() in _ADVERBS:
        j -= 1
    if j <= 0:
        return None
    word = toks[j][2].lower().replace("’", "'")
    return j if word in PROGRESSIVE_AUXILIARIES or word.removesuffix("n't") in _NEGATED else None


def _participle_comma(toks: list[Tok], k: int) -> int | None:
    """
    Where the clause a participle cue at *k* hangs from ends: its comma (", saying",
    ", while also saying"), a subordinator without one ("as divisive while praising",
    "by saying"), or a document noun ("released a statement saying").
    """
    j = k - 1
    if j > 0 and toks[j][2].lower().removesuffix("s") in DOCUMENT_NOUNS:
        return j  # "His office put out a statement saying ...": the office speaks
    while j >= 0 and k - j <= _LEAD_REACH and toks[j][2].lower() in PARTICIPLE_LEADS:
        j -= 1
    if j > 1 and toks[j][2] in QUOTE_MARKS and toks[j - 1][2] == ",":
        return j - 1  # 'on MSNBC's "Morning Joe," calling it': the comma inside the marks
    if j > 0 and toks[j][2] == ",":
        return j
    lead = j + 1
    return lead if 0 < lead < k and toks[lead][2].lower() in _BARE_LEADS else None


def _infinitive_cue(toks: list[Tok], k: int) -> Cue | None:
    """
    The cue "to say" after a finite verb, with that verb's subject: "Trump went on to say
    that ...", "The mayor declined to say whether ..."; a passive ("is said") has none.
    """
    j = k - 1
    if j < 1 or toks[j][2].lower() != "to":
        return None
    j -= 1
    if toks[j][2].lower() in _PARTICLES and j > 0:
        j -= 1  # "went on to say"
    if not toks[j][2].islower() or not _plainly_finite(toks[j][2]):
        return None
    cue = subject_before(toks, j, 0)
    return None if cue is None else cue._replace(verb=k)


def _plainly_finite(word: str) -> bool:
    """A verb in the past or the third person: "declined", "went", "refuses"."""
    return word in IRREGULAR_VERBS or word.endswith(("ed", "es")) or word in {"continues", "wants"}


def strong_start(toks: list[Tok], verb: int) -> bool:
    """
    Whether a weak cue is followed by "that", "for", a quotation mark, or "to".

    "to" does not count after "call": "called the meeting to order" is no speech.
    """
    lemma = cue_lemma(toks[verb][2])
    if lemma in TOPIC_VERBS:
        # "talked about the wall" is speech; "talked with the governor", "peace talks" not
        return verb + 1 < len(toks) and toks[verb + 1][2].lower() == "about"
    following = toks[verb + 1 : verb + 1 + _STARTER_REACH]
    # "to" counts after neither "call" nor "speak": "called the meeting to order" and
    # "speak to different voters" report nothing
    starters = _CLAUSE_STARTERS if lemma in {"call", "speak"} else _CLAUSE_STARTERS | {"to"}
    return any(t[2].lower() in starters or t[2] in DOUBLE_MARKS for t in following)
