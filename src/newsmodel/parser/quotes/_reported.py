"""
Reported speech: "X said (that) ...", "according to X, ...", "..., X said." without marks.

A sentence gives at most a few reported clauses: the one before a closing attribution
("The talks failed, the minister said."), else the one after the first cue verb that has
a speaker before it. When the clause holds a quoted fragment the quotation is *partial*.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsmodel.model import QuoteKind, Span
from newsmodel.parser.lexicons.sources import DOCUMENT_NOUNS
from newsmodel.parser.lexicons.speech import (
    BELIEF_FORMS,
    CUE_FILLERS,
    HEDGES,
    IRREGULAR_VERBS,
    MODAL_VERBS,
    OUTLET_VERBS,
    PARTICIPLE_LEADS,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    PROGRESSIVE_AUXILIARIES,
    SPEAKER_AUXILIARIES,
    SPEAKER_NOUNS,
    SPEECH_FORMS,
    SPEECH_NOUNS,
    TOPIC_VERBS,
)
from newsmodel.parser.quotes._candidates import Marked, QuoteCandidate, SentenceView, with_cue
from newsmodel.parser.quotes._cue_subjects import (
    Cue,
    is_passive_or_infinitive,
    is_weak,
    participle_subject,
    subject_before,
)
from newsmodel.parser.quotes._quote_cues import tail_cue
from newsmodel.parser.quotes._reported_clauses import clause_after, has_words
from newsmodel.parser.quotes._reported_cues import (
    after_dateline,
    long_subject,
    noun_cue,
    opens_with_noun_cue,
    passive_cue,
)
from newsmodel.parser.quotes._reported_triggers import (
    cue_candidates,
    runs_are_tokens,
    trigger_sentences,
)
from newsmodel.parser.quotes._speaker_phrases import (
    CUE_LEMMAS,
    ROLE_HEADS,
    cue_lemma,
    is_outlet,
    speaker_after,
)
from newsmodel.parser.quotes._tokens import (
    DETERMINERS,
    DOUBLE_MARKS,
    QUOTE_MARKS,
    Tok,
    base,
    is_capitalized,
    is_word,
)

# An attribution that closes a sentence is short: the speaker, the verb and a little
# circumstance ("in a statement on Thursday").
_TAIL_REACH = 40
_TAIL_EXTRA_WORDS = 6
# How many commas from the end of a sentence a closing attribution may follow.
_TAIL_COMMAS = 4
# What may follow a closing attribution: circumstance ("in a statement", "on Thursday").
_AFTER_ATTRIBUTION = frozenset(
    {"in", "on", "at", "during", "to", "after", "before", "via", "last", "this", "late",
     "earlier", "later", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday",
     "thursday", "friday", "saturday", "sunday", "told", "adding", "according", "when", "while",
     "as", "by", "from", "with", "without", "through", "of"}
)  # fmt: skip
_SUBJECT_REACH = 40
# Words that open a relative clause about a closing attribution's speaker.
_RELATIVES = frozenset({"who", "whose", "which"})
# An apposition after a closing attribution's speaker: ", director of Gotham Media".
_APPOSITION_TOKENS = 24
# How far a role word may stand into such an apposition: "senior political analyst".
_ROLE_WORDS = 4
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "yet", "while", "as", "because"})
_VERBS = PASSIVE_MARKERS | SPEAKER_AUXILIARIES | MODAL_VERBS
_CLAUSE_STARTERS = frozenset(
    {"that", "for", "on", "if", "whether", "as", "about", "why", "how", "what"}
)
_STARTER_REACH = 4
# The most tokens of a role in apposition: "the chief economist of the farmers union".
_ROLE_REACH = 16
_BRACKETS = frozenset("()")
# How far back from a participle's comma an inverted attribution's verb may stand.
_INVERTED_REACH = 12
# Particles between a verb and the "to" of an infinitive cue: "went on to say".
_PARTICLES = frozenset({"on", "out", "up"})
# "Asked about ..., X said": the words "Asked" may follow, and how long the question runs.
_ASKED_LEADS = frozenset({"when", "after", "once", "if"})
_QUESTION_REACH = 40
# An opening of so few words before "according to X," is no claim: "For Trump, according to".
_SHORT_OPENING = 4
_OPENING_JOINS = frozenset(
    {"because", "that", "and", "but", "since", "so", "while", "as", "if", "when", "though"}
)
# The most words between a participle cue and its comma or auxiliary: ", while also saying".
_LEAD_REACH = 3
# Subordinators a participle cue may follow with no comma: "as divisive while praising".
_BARE_LEADS = frozenset({"while", "by", "before", "after"})
# Adverbs between an auxiliary and a participle cue: "is also predicting", "was openly saying".
_ADVERBS = CUE_FILLERS | HEDGES | {"now", "still", "increasingly"}
# The cue forms a passive report uses: "it was reported that", "was quoted as saying".
PASSIVE_TRIGGERS = frozenset(form for form, lemma in SPEECH_FORMS.items() if form.endswith("ed"))
PASSIVE_TRIGGERS |= {"said", "told", "saying"}


class _Quoted:
    """Which tokens of a sentence stand inside quotation marks, with running counts."""

    def __init__(self, flags: list[bool] | None) -> None:
        self.flags = flags  # None when no token is quoted: most sentences
        self._prefix: list[int] | None = None

    def __getitem__(self, k: int) -> bool:
        return self.flags is not None and self.flags[k]

    def count(self, first: int, stop: int) -> int:
        """How many tokens of ``[first, stop)`` are quoted, in constant time once counted."""
        if self.flags is None:
            return 0
        if self._prefix is None:
            self._prefix = list(itertools.accumulate(self.flags, initial=0))
        return self._prefix[stop] - self._prefix[first]


# Shared by every sentence with no quoted token: it holds no state then.
_NOTHING_QUOTED = _Quoted(None)


class Reported(NamedTuple):
    """A reported clause and the quoted fragments it holds."""

    candidate: QuoteCandidate
    fragments: tuple[Marked, ...]


def find_reported(
    view: SentenceView,
    inside: Sequence[tuple[int, int]],
    fragments: Sequence[Marked],
    used: set[int],
) -> list[Reported]:
    """
    Find the reported clauses of every sentence.

    *inside* are the spans within quotation marks (sorted), whose cue verbs belong to
    the quotation; *fragments* the quoted fragments that may be partial speech; *used*
    the offsets of cue verbs already spent on a direct quotation.
    """
    out: list[Reported] = []
    region = 0
    fragment = 0
    text = view.text
    runs = runs_are_tokens(text)
    spans = view.spans
    # no cue verb: most sentences, and no tokens needed
    for index, words in trigger_sentences(text, spans):
        sentence = spans[index]
        start, end = sentence.start, sentence.end
        toks, starts = view.tokens(index)
        if not toks:
            continue
        while region < len(inside) and inside[region][1] <= start:
            region += 1
        quoted = _NOTHING_QUOTED
        if region < len(inside) and inside[region][0] < end:
            quoted = _Quoted(_quoted(starts, inside, region, end))
        while fragment < len(fragments) and fragments[fragment].inner.end <= start:
            fragment += 1
        local = (
            [f for f in fragments[fragment : fragment + 64] if f.inner.start < end]
            if fragment < len(fragments)
            else []
        )
        words_ = words if runs else None
        if text.find("\n", start, end) < 0:
            out.extend(_sentence(text, (toks, starts), quoted, local, used, words=words_))
            continue
        # a sentence the splitter ran over a line break (a live blog, a headline above
        # its story): no reported clause crosses the break, so each line is read alone
        for first, stop in _lines(text, toks):
            flags = None if quoted.flags is None else quoted.flags[first:stop]
            line = (toks[first:stop], starts[first:stop])
            out.extend(_sentence(text, line, _Quoted(flags), local, used, words=words_))
    return out


def _lines(text: str, toks: list[Tok]) -> list[tuple[int, int]]:
    """The ``(first, stop)`` token ranges of the lines of a sentence."""
    out: list[tuple[int, int]] = []
    first = 0
    for k in range(1, len(toks)):
        if text.find("\n", toks[k - 1][1], toks[k][0]) >= 0:
            out.append((first, k))
            first = k
    out.append((first, len(toks)))
    return out


def _quoted(
    starts: list[int], inside: Sequence[tuple[int, int]], region: int, end: int
) -> list[bool]:
    """
    Which tokens stand inside quotation marks (the regions, sorted and apart, from
    *region* on, until the sentence's *end*): whole runs of flags at once.
    """
    quoted = [False] * len(starts)
    while region < len(inside) and inside[region][0] < end:
        first, stop = inside[region]
        low = bisect.bisect_left(starts, first)
        high = bisect.bisect_left(starts, stop, low)
        quoted[low:high] = [True] * (high - low)
        region += 1
    return quoted


def _sentence(
    text: str,
    tokens: tuple[list[Tok], list[int]],
    quoted: _Quoted,
    fragments: list[Marked],
    used: set[int],
    *,
    words: list[str] | None,
) -> list[Reported]:
    toks, starts = tokens
    final = _final_attribution(toks, used)
    stop = final[0] if final is not None else len(toks)
    first = _first_word(toks, quoted)
    if first is None:
        return []
    first = after_dateline(toks, first)  # "SPRINGFIELD, Ill. — ...": no one said the place
    if final is not None:
        comma, cue = final
        # an outlet ("the agency reports") or a source ("according to X") that carries
        # the words of a speaker the sentence names first is the via, not the speaker
        carrier = toks[cue.verb][2] == "according" or (
            is_outlet(toks, cue.speaker) and toks[cue.verb][2] in OUTLET_VERBS
        )
        if not carrier:
            made = _emit(text, toks, quoted, (first, comma), cue, fragments=fragments, used=used)
            return [made] if made is not None else []
    out: list[Reported] = []
    resume = first
    candidates, title = cue_candidates(text, toks, starts, (first, stop), words)
    for k in candidates:
        if k < resume:
            continue
        found = _cue_at(toks, quoted, k, stop, used, title=title)
        if found is None:
            continue
        cue, clause = found
        via = final[1] if final is not None else None
        made = _emit(text, toks, quoted, clause, cue, fragments=fragments, used=used, via=via)
        if made is not None:
            out.append(made)
            resume = clause[1]
    if not out and final is not None:
        made = _emit(
            text, toks, quoted, (first, final[0]), final[1], fragments=fragments, used=used
        )
        if made is not None:
            out.append(made)
    return out


def _first_word(toks: list[Tok], quoted: _Quoted) -> int | None:
    """The first word that is not quoted."""
    flags = quoted.flags
    for k, tok in enumerate(toks):
        if tok[2][0].isalnum() and not (flags is not None and flags[k]):  # is_word, inlined
            return k
    return None


def _final_attribution(toks: list[Tok], used: set[int]) -> tuple[int, Cue] | None:
    """A comma followed by an attribution that ends the sentence: "..., the minister said."."""
    n = len(toks)
    # the last comma, or one of the two before it when an apposition or a relative
    # clause follows the speaker: "..., said Ron Dale, the mayor."
    tries = 0
    for comma in range(n - 2, max(0, n - _TAIL_REACH) - 1, -1):
        if toks[comma][2] != ",":
            continue
        found = _attribution_after(toks, comma, used)
        tries += 1
        if found is not None or tries == _TAIL_COMMAS:
            return found
    return None


def _attribution_after(toks: list[Tok], comma: int, used: set[int]) -> tuple[int, Cue] | None:
    """The attribution that fills the sentence after *comma*, with only circumstance after it."""
    n = len(toks)
    if toks[n - 1][2] == ":":
        return None  # "In the text with the video, Wallnau wrote:": the words come after
    cue = _final_according(toks, comma, n) or tail_cue(toks, comma + 1, n, spent=used)
    if cue is None:
        return None
    if toks[cue.verb][0] in used:
        return None
    last = max(cue.verb + 1, cue.speaker[1])
    return (comma, cue) if _circumstance_only(toks, last) else None


def _circumstance_only(toks: list[Tok], last: int) -> bool:
    """
    Whether only circumstance, or words about the speaker, follow a closing attribution
    that ends at *last*: not "..., said Obama is wrong", not "Other cleavages, according
    to the poll, include ...".
    """
    n = len(toks)
    end = _relative_clause(toks, last, n)  # "..., said DeSantis, who was elected in 2012."
    extra = sum(1 for t in toks[last:end] if is_word(t))
    if extra > _TAIL_EXTRA_WORDS or any(t[2] in DOUBLE_MARKS for t in toks[last:end]):
        return False
    if last < n and is_word(toks[last]) and toks[last][2].lower() not in _AFTER_ATTRIBUTION:
        return False  # a clause follows the speaker, not circumstance
    return not (
        end == n
        and last + 1 < n
        and toks[last][2] == ","
        and is_word(toks[last + 1])
        and toks[last + 1][2].lower() not in _AFTER_ATTRIBUTION
    )  # a comma, then the clause goes on


def _relative_clause(toks: list[Tok], k: int, n: int) -> int:
    """
    Where words about the speaker start at *k*, else *n*: a relative clause (", who
    ...") or an apposition to the end of the sentence (", director of Gotham Media").

    An apposition holds no verb of speech and no quotation mark, and does not open
    with a conjunction (", and the talks went on" is a clause of its own).
    """
    if k + 1 >= n or toks[k][2] != ",":
        return n
    opener = toks[k + 1][2].lower()
    if opener in _RELATIVES:
        # "..., said X, who was elected in 2012.", not "And Trump, said X, who knows
        # him, does not forgive": there the sentence goes on after the relative clause
        return n if any(t[2] == "," for t in toks[k + 1 : n]) else k
    if opener in _CONJUNCTIONS or n - k > _APPOSITION_TOKENS or not _noun_phrase(toks, k + 1, n):
        return n  # "His wife, he says, plans to leave": a verb, so no apposition
    for tok in toks[k + 1 : n]:
        if tok[2] in DOUBLE_MARKS or tok[2].lower() in CUE_LEMMAS or tok[2].lower() in _VERBS:
            return n
    return k


def _noun_phrase(toks: list[Tok], k: int, n: int) -> bool:
    """
    Whether an apposition about a person starts at *k*: a determiner, a name or a number
    ("the clerk", "Gotham's editor"), or a role before any preposition ("executive
    director of ..."), not a verb ("plans to leave", "include ideology").
    """
    opener = toks[k][2]
    if opener.lower() in DETERMINERS or is_capitalized(toks[k]) or opener[0].isdigit():
        return True
    for j in range(k, min(n, k + _ROLE_WORDS)):
        word = toks[j][2].lower()
        if word in PREPOSITIONS or not is_word(toks[j]):
            return False
        if base(word) in ROLE_HEADS or base(word) in SPEAKER_NOUNS:
            return True
    return False


def _final_according(toks: list[Tok], comma: int, stop: int) -> Cue | None:
    """ "..., according to the agency." at the end of a sentence."""
    if comma + 2 >= stop or toks[comma + 1][2].lower() != "according":
        return None
    if toks[comma + 2][2].lower() != "to":
        return None
    speaker = speaker_after(toks, comma + 2, stop, source=True)
    return None if speaker is None else Cue(comma + 1, speaker, hedged=False)


def _cue_at(
    toks: list[Tok], quoted: _Quoted, k: int, stop: int, used: set[int], *, title: bool = False
) -> tuple[Cue, tuple[int, int]] | None:
    """The cue verb at token *k* with its speaker and clause, if it is one."""
    tok = toks[k]
    word = tok[2]
    if quoted[k] or tok[0] in used or not word[0].isalnum():  # is_word, inlined
        return None
    lower = word.lower()
    found = (
        (lower == "according" and _according(toks, k, stop))  # "according to X, ..."
        or (lower == "asked" and _opens_sentence(toks, k) and _asked(toks, k, stop))
        or (lower in SPEECH_NOUNS and noun_cue(toks, k, stop))  # "the mayor's claim that"
        or (lower in PASSIVE_TRIGGERS and passive_cue(toks, k, stop))  # "it was reported"
        or None
    )
    if found is not None:
        return found
    verb_like = word[0].islower() or (title and word[0].isupper())
    if not verb_like or lower not in CUE_LEMMAS:
        return None
    cue = _cue_with_subject(toks, k, lower)
    clause = None if cue is None else clause_after(toks, k, stop)
    if cue is None or clause is None or opens_with_noun_cue(toks, clause, stop):
        return None  # "repeated the mayor's claim that ...": the claim is the speech
    return cue, clause


def _opens_sentence(toks: list[Tok], k: int) -> bool:
    """Whether the word at *k* opens its sentence, or follows an opening "When": "Asked"."""
    j = k - 1
    if j >= 0 and toks[j][2].lower() in _ASKED_LEADS:
        j -= 1
    return all(not is_word(t) for t in toks[: j + 1])


def _asked(toks: list[Tok], k: int, stop: int) -> tuple[Cue, tuple[int, int]] | None:
    """
    "Asked about the vote, the mayor said ...": the question, up to the comma, with no
    speaker (the one who asked is not named); the answer is read on from the comma.
    """
    for comma in range(k + 1, min(stop, k + _QUESTION_REACH)):
        if toks[comma][2] == ",":
            clause = _trim(toks, k + 1, comma)
            return None if clause is None else (Cue(k, (k, k), hedged=False), clause)
        if toks[comma][2] in DOUBLE_MARKS:
            return None
    return None


def _cue_with_subject(toks: list[Tok], k: int, lower: str) -> Cue | None:
    """
    The cue verb at *k* (*lower* in lower case) with its subject: a name before it, or
    the clause a participle hangs from.
    """
    if k > 0 and toks[k - 1][2].lower() in DETERMINERS:
        return None  # "the report", "his claims": a noun, not a verb
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
    speaker = _inverted_speaker(toks, comma) or participle_subject(toks, comma)
    return None if speaker is None else Cue(k, speaker, hedged=False)


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
    return j if j > 0 and toks[j][2].lower() in PROGRESSIVE_AUXILIARIES else None


def _participle_comma(toks: list[Tok], k: int) -> int | None:
    """
    Where the clause a participle cue at *k* hangs from ends: its comma (", saying",
    ", while also saying"), a subordinator without one ("as divisive while praising",
    "by saying"), or a document noun ("released a statement saying").
    """
    j = k - 1
    if j > 0 and toks[j][2].lower() in DOCUMENT_NOUNS:
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


def _strong_start(toks: list[Tok], verb: int) -> bool:
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


def _according(toks: list[Tok], k: int, stop: int) -> tuple[Cue, tuple[int, int]] | None:
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
        clause = _trim(toks, after, stop)
    else:
        clause = _aside_clause(toks, k, speaker[1], stop, before)
        if clause is None:
            clause = _trim(toks, _first_word_index(toks), k)
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
    return _trim(toks, after + 1, stop) if has_words(toks, after + 1, stop, 3) else None


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


def _trim(toks: list[Tok], first: int, stop: int) -> tuple[int, int] | None:
    while stop > first and not is_word(toks[stop - 1]) and toks[stop - 1][2] not in QUOTE_MARKS:
        stop -= 1
    return (first, stop) if has_words(toks, first, stop, 2) else None


def _emit(
    text: str,
    toks: list[Tok],
    quoted: _Quoted,
    clause: tuple[int, int],
    cue: Cue,
    *,
    fragments: list[Marked],
    used: set[int],
    via: Cue | None = None,
) -> Reported | None:
    first, stop = clause
    while first < stop and toks[first][2] in QUOTE_MARKS:
        first += 1
    while stop > first and not is_word(toks[stop - 1]) and toks[stop - 1][2] not in QUOTE_MARKS:
        stop -= 1
    if stop <= first:
        return None
    start, end = toks[first][0], toks[stop - 1][1]
    held = (
        tuple(f for f in fragments if f.inner.start < end and f.inner.end > start)
        if fragments
        else ()
    )
    if (
        not held
        and cue.verb < first  # a closing attribution ("..., she noted.") has its clause
        and is_weak(toks[cue.verb][2])
        and not _strong_start(toks, cue.verb)
        and toks[first - 1][2].lower() != "that"  # "noted in a column in the Times that"
    ):
        return None  # "called the meeting", "noted the date": not speech without a clause
    if not held and quoted.count(first, stop) > 0:
        return None  # the clause runs into a direct quotation, which has its own cue
    if held and not any(f.inner.start >= start for f in held):
        return None
    span = Span(start=start, end=end)
    if len(held) == 1 and _same_words(text, held[0].inner, span):
        span = held[0].inner
    text_at = text[span.start : span.end]
    kind: QuoteKind = "partial" if held else "indirect"
    candidate = with_cue(span, text_at, kind, cue, toks, used=used)
    if held:
        # the quoted words the clause holds: a fragment it cuts is kept in part
        words = tuple(
            Span(start=max(piece.start, span.start), end=min(piece.end, span.end))
            for f in held
            for piece in (f.pieces or (f.inner,))
            if piece.start < span.end and piece.end > span.start
        )
        candidate = attrs.evolve(candidate, quoted=words)
    if via is not None:
        used.add(toks[via.verb][0])
        via_first, via_stop = via.speaker
        candidate = attrs.evolve(
            candidate,
            via_span=Span(start=toks[via_first][0], end=toks[via_stop - 1][1]),
            via_tokens=tuple(toks[via_first:via_stop]),
            hedged=candidate.hedged or via.hedged,
        )
    return Reported(candidate, held)


def _same_words(text: str, inner: Span, span: Span) -> bool:
    """Whether a clause is just the quotation it holds, give or take marks and punctuation."""
    strip = " \t\n\"“”„«»‘’',.;:"
    return text[span.start : span.end].strip(strip) == text[inner.start : inner.end].strip(strip)
