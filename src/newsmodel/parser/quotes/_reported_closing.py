"""
Closing attributions: "The talks failed, the minister said.", "..., said Dan Gerstein,
director of Gotham Media.", "..., according to the agency."

The attribution follows one of the last commas of its sentence, and only circumstance
or words about its speaker may follow it; each test reads a bounded number of tokens.
"""

from __future__ import annotations

from newsmodel.parser.lexicons.speech import (
    LISTENER_VERBS,
    MODAL_VERBS,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    SPEAKER_AUXILIARIES,
    SPEAKER_NOUNS,
)
from newsmodel.parser.quotes._cue_subjects import (
    Cue,
)
from newsmodel.parser.quotes._quote_cues import tail_cue
from newsmodel.parser.quotes._speaker_phrases import (
    CUE_LEMMAS,
    ROLE_HEADS,
    cue_lemma,
    speaker_after,
)
from newsmodel.parser.quotes._tokens import (
    DETERMINERS,
    DOUBLE_MARKS,
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
# Words after a comma that open circumstance, not what was said: "..., officials said,
# before the driver was shot".
_CIRCUMSTANCE_OPENERS = frozenset(
    {"before", "after", "when", "while", "as", "during", "without", "despite", "in", "on",
     "at", "because", "since", "although", "though", "even", "citing", "speaking"}
)  # fmt: skip
# Words that open a relative clause about a closing attribution's speaker.
_RELATIVES = frozenset({"who", "whose", "which"})
# An apposition after a closing attribution's speaker: ", director of Gotham Media".
_APPOSITION_TOKENS = 24
# How far a role word may stand into such an apposition: "senior political analyst".
_ROLE_WORDS = 4
# The most tokens of a job set off by commas before a name: "the director of the Red Cross".
_ROLE_PHRASE_TOKENS = 8
_CONJUNCTIONS = frozenset({"and", "but", "or", "so", "yet", "while", "as", "because"})
# The most words of a quoted fragment in a reported clause: "called it "a farce,"".
_FRAGMENT_WORDS = 10
# The most words of a listener after a closing "told": "a Senate panel".
_LISTENER_WORDS = 4
_VERBS = PASSIVE_MARKERS | SPEAKER_AUXILIARIES | MODAL_VERBS


def final_attribution(toks: list[Tok], used: set[int]) -> tuple[int, Cue] | None:
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
        if found is not None:
            return _with_role_before(toks, found, used)
        if tries == _TAIL_COMMAS:
            return None
    return None


def _with_role_before(toks: list[Tok], found: tuple[int, Cue], used: set[int]) -> tuple[int, Cue]:
    """
    The attribution from an earlier comma when the speaker's job stands there in
    apposition before the name: "..., the council leader, Margaret Okafor, said." (the job
    is no part of the words reported).
    """
    comma, cue = found
    if cue.speaker[0] != comma + 1:
        return found
    for earlier in range(comma - 1, max(0, comma - _ROLE_PHRASE_TOKENS) - 1, -1):
        if toks[earlier][2] == ",":
            wider = _attribution_after(toks, earlier, used)
            return wider if wider is not None and wider[1].verb == cue.verb else found
    return found


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
    if (
        not _quotation_before(toks, comma)  # '"...," he told the BBC.': a direct quotation's
        and cue.speaker[1] <= cue.verb
        and cue_lemma(toks[cue.verb][2]) in LISTENER_VERBS
    ):
        last = _after_listener(toks, last)  # "..., Carter told a Senate panel Wednesday."
    return (comma, cue) if _circumstance_only(toks, last) else None


def _quotation_before(toks: list[Tok], comma: int) -> bool:
    """
    Whether a whole quotation, longer than a quoted fragment, ends at *comma*: '"Comments
    like these only help to ...," he told': its attribution is read with the quotation.
    """
    if toks[comma - 1][2] not in DOUBLE_MARKS and toks[comma + 1][2] not in DOUBLE_MARKS:
        return False
    words = 0
    for j in range(comma - 1, max(-1, comma - _TAIL_REACH), -1):
        if toks[j][2] in DOUBLE_MARKS and j != comma - 1:
            return words > _FRAGMENT_WORDS
        words += is_word(toks[j])
    return True


def _after_listener(toks: list[Tok], k: int) -> int:
    """
    Past the listener of a closing "told": "told a Senate panel", "told POLITICO"; a
    listener is a short noun phrase with no verb, that ends the sentence or a circumstance
    follows.
    """
    n = len(toks)
    for j in range(k, min(n, k + _LISTENER_WORDS + 1)):
        word = toks[j][2]
        lower = word.lower()
        if j > k and (not is_word(toks[j]) or lower in _AFTER_ATTRIBUTION):
            return j
        if not is_word(toks[j]) or lower in CUE_LEMMAS or lower in _VERBS or lower == "that":
            return k
    return n if n - k <= _LISTENER_WORDS else k


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


def middle_attribution(toks: list[Tok], cue: Cue, clause_first: int) -> int | None:
    """
    The comma before an attribution set between commas that circumstance follows:
    "The truck hit the crowd, officials said, before the driver was shot." reports the
    words before the attribution; returns that comma, else None.
    """
    first = cue.speaker[0]
    if not first < cue.verb < clause_first or first < 1 or toks[first - 1][2] != ",":
        return None
    if toks[clause_first - 1][2] != "," or cue.verb + 2 != clause_first:
        return None  # "officials said, before": the comma right after the verb
    if toks[clause_first][2].lower() not in _CIRCUMSTANCE_OPENERS:
        return None
    return first - 1
