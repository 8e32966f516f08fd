"""
Speaker phrases: the noun phrase that names who speaks, read from the tokens of a sentence.

Every function reads a bounded number of tokens (`_NP_REACH`), so that a sentence of any
length costs the same per cue. Results are token index ranges ``(first, stop)``.
"""

from __future__ import annotations

import functools

from newsmodel.parser.lexicons.people import ROLE_NOUN_SET, TITLE_ABBREVIATIONS
from newsmodel.parser.lexicons.speech import (
    AUDIENCE_EVENTS,
    BELIEF_FORMS,
    GROUP_WORDS,
    IRREGULAR_VERBS,
    MODAL_VERBS,
    NOT_VERBS,
    OUTLET_WORDS,
    PASSIVE_MARKERS,
    PHRASE_BREAKS,
    PREPOSITIONS,
    SPEAKER_AUXILIARIES,
    SPEAKER_NOUNS,
    SPEAKER_PRONOUNS,
    SPEECH_FORMS,
)
from newsmodel.parser.quotes._tokens import DETERMINERS, Tok, base, is_capitalized, is_word

# How far a speaker's phrase may run, in tokens: "Brig. Gen. Amir Hatami" fits, a runaway
# clause does not.
_NP_REACH = 12
_FILLER_REACH = 6
_DEFINITE_WORDS = 4
# The articles before a noun that is also a cue: "the judge"; not "That suggests".
_ARTICLES = frozenset({"the", "a", "an"})
# Endings of plural nouns of people: "specialists", "employees", "voters".
_PLURAL_ENDINGS = ("ists", "ees", "ers", "ors", "ans", "ents", "ives")
_SHORTEST_PLURAL = 4
_INITIAL = 3  # "F", "C", "R-S": initials and state abbreviations before a full stop
_PARTY_STATE = 8  # "R-Ore.", "D-Calif.": a party and state after a lawmaker's name
_NOUN_PREPOSITIONS = frozenset({"for", "of", "at", "from", "with"})
_SHARE_HEDGES = frozenset({"about", "over", "under", "around"})
# Auxiliaries and modals: a speaker's phrase ends before one.
_VERB_WORDS = SPEAKER_AUXILIARIES | MODAL_VERBS
ROLE_HEADS = frozenset(noun.rsplit(" ", 1)[-1] for noun in ROLE_NOUN_SET)
# Speech and belief forms in one table (no form is both): one lookup per word, not two.
CUE_LEMMAS: dict[str, str] = {**BELIEF_FORMS, **SPEECH_FORMS}
# Bounded, so that a text of any vocabulary keeps the memory of the phrase rules flat.
_WORD_CACHE = 8192


def cue_lemma(word: str) -> str | None:
    """The lemma of a speech or belief verb form, or None."""
    return CUE_LEMMAS.get(word.lower())


def is_outlet(toks: list[Tok], span: tuple[int, int]) -> bool:
    """
    Whether the noun phrase names a news outlet ("the state-run Tasnim News Agency").

    A phrase headed by an event is not one: "a news conference" is an audience.
    """
    first, stop = span
    if stop > first and base(toks[stop - 1][2]) in AUDIENCE_EVENTS:
        return False
    return any(base(toks[k][2]) in OUTLET_WORDS for k in range(first, stop))


def is_abbreviation_dot(toks: list[Tok], k: int) -> bool:
    """A full stop after a title or an initial: "Gen.", "John F.", "R-S.C."."""
    if k == 0 or toks[k][2] != ".":
        return False
    word = toks[k - 1][2]
    if word in TITLE_ABBREVIATIONS or (len(word) <= _INITIAL and word.replace("-", "").isupper()):
        return True
    # a party and state after a lawmaker's name: "R-Ore.", "D-Calif."
    return "-" in word and word[:1].isupper() and len(word) <= _PARTY_STATE


def speaker_like(toks: list[Tok], span: tuple[int, int]) -> bool:
    """
    Whether a noun phrase can name a speaker.

    A pronoun, a phrase with a capitalized word that is not just its first determiner
    ("The Pentagon’s inspector general"), or one headed by a speaker noun ("the minister",
    "officials").
    """
    first, stop = span
    words = [tok for tok in toks[first:stop] if tok[2][0].isalnum()]  # is_word, inlined
    if not words:
        return False
    if len(words) == 1 and words[0][2].lower() in SPEAKER_PRONOUNS:
        return True
    for k, tok in enumerate(words):
        if tok[2][0].isupper() and not (k == 0 and tok[2].lower() in DETERMINERS):
            return True
    head = base(words[-1][2])
    if head in SPEAKER_NOUNS or head.removesuffix("s") in SPEAKER_NOUNS or head in ROLE_HEADS:
        return True
    if head in GROUP_WORDS or head.isdigit() or base(words[0][2]) in GROUP_WORDS:
        return True  # "others", "26 percent", "most of them", "six in 10"
    # "the trader", "the central bank": a short definite phrase in subject position;
    # "security specialists", "former employees": people in the plural
    return len(words) <= _DEFINITE_WORDS and (
        words[0][2].lower() in DETERMINERS - {"a", "an"} or _plural_noun(words[-1][2])
    )


def _plural_noun(word: str) -> bool:
    """Whether a lower-case word reads as a plural noun: "specialists", "employees"."""
    return word.islower() and word.endswith(_PLURAL_ENDINGS) and len(word) > _SHORTEST_PLURAL


@functools.lru_cache(maxsize=_WORD_CACHE)
def _stops_phrase(word: str) -> bool:
    """
    Whether a word ends a speaker's phrase: a break, a marker or a finite verb.

    It depends on the word alone and the phrase rules ask it of the same few words
    again and again, so the answers are kept.
    """
    if not word[0].isalnum():
        return word not in "’'-"
    if len(word) > 1 and word.isupper():
        return False  # an acronym, though it spells a word: "the WHO said"
    lower = word.lower()
    if lower in PHRASE_BREAKS or lower in PASSIVE_MARKERS:
        return True
    if not word[0].islower():
        return False  # a name, even one spelt as a modal: "Will", "May"
    if lower in _VERB_WORDS:
        return True  # an auxiliary or a modal: "said Trump could file"
    # a finite verb ends the phrase: "Trump pulled the U.S. out", "factions linked to"
    return (
        lower in CUE_LEMMAS
        or lower in IRREGULAR_VERBS
        or (lower.endswith("ed") and "-" not in lower)
    )


def looks_finite(tok: Tok) -> bool:
    """Whether a lower-case word may be the finite verb after a subject: "Trump pulled"."""
    lower = tok[2].lower()
    if not tok[2][0].islower():
        return False
    # any word but a particle, preposition or determiner: "Okoye left", not "the U.S. out"
    return lower not in NOT_VERBS and lower not in PHRASE_BREAKS and lower not in DETERMINERS


def names_someone(toks: list[Tok], span: tuple[int, int]) -> bool:
    """A speaker phrase with a name or pronoun in it, not just "the book"."""
    return speaker_like(toks, span) and any(
        is_capitalized(toks[j]) or toks[j][2].lower() in SPEAKER_PRONOUNS for j in range(*span)
    )


def subject_position(toks: list[Tok], span: tuple[int, int], floor: int) -> bool:
    """
    Whether a phrase can be a subject: not a possessive ("the minister’s remarks") and
    not the object of a preposition ("linked to the group have threatened").
    """
    if toks[span[1] - 1][2].lower().endswith(("’s", "'s", "s’", "s'")):
        return False
    before = span[0] - 1
    if before < floor or toks[before][2].lower() not in PREPOSITIONS:
        return True
    # "About half of voters say", "over 60 percent said": a hedge on a share, not a
    # preposition governing it
    first = base(toks[span[0]][2])
    return toks[before][2].lower() in _SHARE_HEDGES and (first in GROUP_WORDS or first.isdigit())


def phrase_back(toks: list[Tok], last: int, floor: int) -> tuple[int, int] | None:
    """The noun phrase ending at token *last*, read backwards."""
    k = last
    while k >= floor and last - k < _NP_REACH:
        tok = toks[k]
        if tok[2] == ")":
            # a parenthesis inside the phrase: "the inspector general (IG)"
            opening = _opening_parenthesis(toks, k, floor)
            if opening is None:
                break
            k = opening - 1
            continue
        if tok[2] == "." and is_abbreviation_dot(toks, k):
            k -= 1
            continue
        if (
            _stops_phrase(tok[2])
            and not _of_phrase(toks, k, floor)
            and not _noun_after(toks, k, floor)
        ):
            break
        k -= 1
    first = _trim_lead(toks, k + 1, last)
    if first > last:
        return None
    return first, last + 1


def _noun_after(toks: list[Tok], k: int, floor: int) -> bool:
    """
    Whether a cue word at *k* is a noun after its determiner: "the judge", "the host"
    (a verb never follows "the"); only the last word of a phrase reads so.
    """
    return (
        k - 1 >= floor
        and toks[k][2].islower()
        and toks[k][2] in CUE_LEMMAS
        and toks[k - 1][2].lower() in _ARTICLES
    )


def _of_phrase(toks: list[Tok], k: int, floor: int) -> bool:
    """Whether *k* is the preposition of "a spokesman for the police", "the head of the agency"."""
    word = toks[k][2].lower()
    if k - 1 < floor:
        return False
    noun = base(toks[k - 1][2])
    if word in {"of", "in", "and"} and (noun in GROUP_WORDS or noun.isdigit()):
        return True  # "most of them", "six in 10", "Edwards and others"
    if word == "and" and is_capitalized(toks[k - 1]) and k + 1 < len(toks):
        return is_capitalized(toks[k + 1]) or base(toks[k + 1][2]) in GROUP_WORDS
    if word not in _NOUN_PREPOSITIONS:
        return False
    return noun in SPEAKER_NOUNS or noun.removesuffix("s") in SPEAKER_NOUNS or noun in ROLE_HEADS


def _opening_parenthesis(toks: list[Tok], closing: int, floor: int) -> int | None:
    opening = closing - 1
    while opening >= floor and closing - opening < _FILLER_REACH and toks[opening][2] != "(":
        opening -= 1
    return opening if opening >= floor and toks[opening][2] == "(" else None


def _trim_lead(toks: list[Tok], first: int, last: int) -> int:
    """Skip punctuation, and an adverb before a name: "then Premier Okoye"."""
    while first <= last and not is_word(toks[first]):
        first += 1
    lead = first
    while (
        lead < last
        and toks[lead][2][0].islower()
        and toks[lead][2] not in DETERMINERS
        and base(toks[lead][2]) not in GROUP_WORDS  # "half of GOP voters" keeps its share
    ):
        lead += 1
    return lead if lead < last and is_capitalized(toks[lead]) else first


def speaker_after(
    toks: list[Tok], verb: int, ceiling: int, *, source: bool = False
) -> tuple[int, int] | None:
    """
    The speaker's noun phrase right after an inverted cue: '"...," said the minister'.

    With *source*, any phrase will do: after "according to" even "recent polls" or
    "state law" is the source.
    """
    k = verb + 1
    while k < ceiling and k - verb <= _NP_REACH:
        tok = toks[k]
        if tok[2] == "." and is_abbreviation_dot(toks, k):
            k += 1
            continue
        if _stops_phrase(tok[2]) or (tok[2][0].isalnum() and tok[2].lower() in CUE_LEMMAS):
            break
        k += 1
    span = (verb + 1, k)
    if k == verb + 1 or not (source or speaker_like(toks, span)):
        return None
    return span
