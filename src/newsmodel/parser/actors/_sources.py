"""
Unnamed sources: the speakers an article describes without naming them.

"A spokesman for the ministry", "analysts at Redburn", "critics", "the mayor": a described
person (`Person.described`) whose description is the phrase as written, whose role is its
head noun, and whose affiliation is the organization named after "for", "at", "from", ...
A document or data source ("data from Euronext", "a report by the British Retail
Consortium", "NHS England figures") is credited to the organization that issued it; with
none named, the claim has no speaker rather than a false one.
Pronouns and determiners ("I", "You", "a") are never a person's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from newsmodel.model import Actor, Organization, Person, Span, slugify
from newsmodel.parser.actors._names import common_noun
from newsmodel.parser.lexicons.given_names import GIVEN_NAMES
from newsmodel.parser.lexicons.names import NAME_PARTICLES, NON_ACTOR_WORDS
from newsmodel.parser.lexicons.organizations import HEAD_WORDS, ORGANIZATION_NOUNS
from newsmodel.parser.lexicons.people import ROLE_NOUN_SET, SENTENCE_STARTERS
from newsmodel.parser.lexicons.places import DEMONYMS, NON_PLACES, PLACE_HEAD_WORDS
from newsmodel.parser.lexicons.sources import (
    AFFILIATION_WORDS,
    DOCUMENT_NOUNS,
    GROUP_WORDS,
    INTERJECTIONS,
    ISSUER_WORDS,
    NOT_NAMES,
    PRONOUNS,
    QUANTIFIERS,
)
from newsmodel.parser.lexicons.speech import SPEAKER_NOUNS
from newsmodel.parser.quotes._tokens import Tok, base, is_capitalized, tokenize

_PERSON_NOUNS = frozenset(n.rsplit(" ", 1)[-1] for n in ROLE_NOUN_SET) | frozenset(
    n for n, kind in SPEAKER_NOUNS.items() if kind == "person"
)
#: How far after a document noun its issuer may be named, in characters: "a report
#: earlier this week from the British Retail Consortium".
_REACH = 80
#: Where the words after a document noun stop naming its issuer: the clause ends, or a
#: comma closes the phrase ("according to the poll, 46 percent of Republican voters").
_CLAUSE_ENDS = (".", ";", "\n", "?", "!", ",")
_PHRASE_ENDS = (",", ";", ":", "(", "—", "–", " - ", "“", "”", '"', "\n")

#: A dateline is at most this many tokens: "LONDON , England ( Reuters ) -".
_DATELINE_TOKENS = 10
_DASHES = frozenset({"-", "--", "—", "–"})
#: An adverb that opens a sentence is longer than this: "Frankly", not "Kelly".
_SHORTEST_ADVERB = 6
#: The actor whose mention overlaps a span, if any (the speakers stage's look-up).
Overlapping = Callable[[Span], Actor | None]


class Unnamed(NamedTuple):
    """What an unnamed source resolves to: the speaker (None for none) and new actors."""

    speaker: Actor | None
    new: tuple[Actor, ...]


def looks_like_a_name(name: str) -> bool:
    """
    Whether *name* can be a person's name: it reads as a name (`reads_as_a_name`), opens
    with no word that opens sentences ("So I", "Why", "Okay"), ends in no head word of a
    place or an organization ("Hakim Mosque") and, alone, is no month, demonym or common
    noun ("October", "Biologists").

    >>> looks_like_a_name("Emily Hart"), looks_like_a_name("I"), looks_like_a_name("the")
    (True, False, False)
    >>> looks_like_a_name("da Silva"), looks_like_a_name("of Canterbury")
    (True, False)
    >>> looks_like_a_name("So I"), looks_like_a_name("Hakim Mosque")
    (False, False)
    """
    words = name.split()
    if not reads_as_a_name(name) or _opens_a_sentence(words[0]):
        return False
    if len(words) > 1 and _names_no_person(words[-1]):
        return False
    return len(words) > 1 or not _no_name_alone(words[0])


def reads_as_a_name(name: str) -> bool:
    """
    Whether *name* reads as the name of a person or a body: it opens with no determiner
    or pronoun and has a capitalised word that is neither ("the Information
    Commissioner's Office" does, "of Canterbury" does not).
    """
    words = name.split()
    if not words or words[0].lower() in NOT_NAMES:
        return False
    if not words[0][:1].isupper() and words[0].partition("-")[0] not in NAME_PARTICLES:
        return False  # "of Canterbury", left when a title was taken off
    return any(w[:1].isupper() and w.lower() not in NOT_NAMES for w in words)


def _opens_a_sentence(word: str) -> bool:
    """
    Whether a word is one that opens a sentence rather than a name: a function word or
    an interjection ("Why", "So", "Okay"), an adverb ("Surprisingly"), a contraction
    ("Don't").
    """
    return (
        word in SENTENCE_STARTERS
        or word.lower() in INTERJECTIONS
        or (word.endswith("ly") and len(word) > _SHORTEST_ADVERB and word not in GIVEN_NAMES)
        or word.endswith(("n't", "n’t"))
    )


def _no_name_alone(word: str) -> bool:
    """
    Whether one word alone names no person: a month or a day, a demonym ("Russian"), or
    a common noun by its ending ("Biologists", "Appellants", "Constitution").
    """
    return word in NON_ACTOR_WORDS or word in DEMONYMS or word in NON_PLACES or common_noun(word)


def _names_no_person(word: str) -> bool:
    """Whether a name's last word makes it a place's or an organization's: "Hakim Mosque"."""
    return word in PLACE_HEAD_WORDS or word.rstrip(".") in HEAD_WORDS


def without_dateline(span: Span, toks: Sequence[Tok]) -> tuple[Span, Sequence[Tok]]:
    """
    A speaker phrase without the wire dateline that opens it: "DUBLIN (Reuters) -
    Kelvara" is Kelvara; the agency credited there files the story, it does not speak.
    """
    for k, tok in enumerate(toks[:_DATELINE_TOKENS]):
        if tok[2] in _DASHES and k and toks[k - 1][2] == ")" and k + 1 < len(toks):
            rest = toks[k + 1 :]
            return Span(start=rest[0][0], end=span.end), rest
    return span, toks


def named_with_the(words: list[Tok]) -> tuple[list[Tok], bool]:
    """
    A capitalised name without the "The" that opens it, and whether one did: a person's
    name never opens with "The", an organization's often does ("The American Legion").
    """
    if len(words) > 1 and words[0][2] == "The":
        return words[1:], True
    return words, False


def looks_like_a_role(toks: list[Tok]) -> bool:
    """
    Whether a speaker phrase with no name can describe a person or a group: its words
    are letters (an abbreviation's dots aside: "a U.S. official"), it opens with no pronoun ("I don't", "You can", "We know"), and its
    last word names no organization or document ("scholars", not "airline" or "numbers").
    """
    first = base(toks[0][2])
    head = base(toks[-1][2])
    singular = _singular(head)
    return (
        first not in PRONOUNS
        and all(base(t[2]).replace("-", "").replace(".", "").isalpha() for t in toks)
        and head not in NOT_NAMES
        and singular not in ORGANIZATION_NOUNS
        and singular not in DOCUMENT_NOUNS
    )


def _singular(word: str) -> str:
    low = base(word)
    if low in _PERSON_NOUNS or low in DOCUMENT_NOUNS or low in SPEAKER_NOUNS:
        return low
    if low.endswith("ies"):
        return low[:-3] + "y"
    return low if low.endswith("ss") else low.removesuffix("s")


def _head(toks: list[Tok]) -> tuple[int, int, str] | None:
    """
    The noun phrase that opens *toks*, as (index after it, index of its head, singular
    head), when its head is a noun for a person, a group or a document.
    """
    k = 0
    head: tuple[int, str] | None = None
    while k < len(toks):
        word = toks[k][2]
        low = base(word)
        if (k and is_capitalized(toks[k])) or low in AFFILIATION_WORDS:
            break
        singular = _singular(word)
        if singular in _PERSON_NOUNS or singular in DOCUMENT_NOUNS:
            head = (k, singular)
        elif is_capitalized(toks[k]) and low not in QUANTIFIERS:
            return None  # "Iran’s defense chief": a role of someone the article names
        elif low not in QUANTIFIERS and head is not None:
            break  # "court documents seen by ...": the phrase ended at its noun
        k += 1
    if head is None:
        return None
    return head[0] + 1, head[0], head[1]


def unnamed_source(
    text: str, toks: list[Tok], span: Span, overlapping: Overlapping, limit: int | None = None
) -> Unnamed | None:
    """
    The unnamed source the speaker phrase *toks* (at *span*) describes, or None when it
    names someone or is left to the other rules ("the mayor" may be someone named before).
    A document's issuer is looked for no further than *limit*, where its speech verb
    starts: the words after "A new poll suggests" are what it says, not who issued it.
    """
    written = toks
    if all(base(t[2]) in QUANTIFIERS for t in toks):  # "according to a [report ...]"
        toks = [
            t for t in tokenize(text, span.start, _clause_end(text, span.end)) if t[2][0].isalnum()
        ]
    found = _head(toks)
    if found is None:
        return _group(text, written)
    stop, at, head = found
    rest = toks[stop:]
    if rest and is_capitalized(rest[0]):
        return None  # "spokeswoman Emily Hart": a role before a name
    plural = base(toks[at][2]) != head
    first = base(toks[0][2])
    document = head in DOCUMENT_NOUNS and head not in _PERSON_NOUNS
    affiliated = bool(rest) and base(rest[0][2]) in AFFILIATION_WORDS
    if not document and not affiliated and not plural and first in {"the", "this", "that"}:
        return None  # "the mayor": the person of that role named before, if any
    organization, new = _issuer(text, toks, span, overlapping, reach=document, limit=limit)
    if document:
        return Unnamed(organization, new)
    start = toks[1][0] if first in {"a", "an"} and len(toks) > 1 and not plural else toks[0][0]
    end = toks[stop - 1][1]
    if affiliated:  # "... for the ministry", to a comma
        end = _phrase_end(text, end, toks[-1][1])
    person = _described(text, start, end, head, organization)
    return None if person is None else Unnamed(person, (*new, person))


def _group(text: str, toks: list[Tok]) -> Unnamed | None:
    """
    A group named by a quantifier or a share alone ("Some", "Many", "61 percent", "Six in
    10"), a described source with no role; else None.
    """
    first = base(toks[0][2])
    share = first[0].isdigit() and len(toks) > 1 and toks[1][2].islower()  # "61 percent"
    if first not in GROUP_WORDS and not share:
        return None
    end = _phrase_end(text, toks[0][1], toks[-1][1])
    person = _described(text, toks[0][0], end, None, None)
    return None if person is None else Unnamed(person, (person,))


def _described(
    text: str, start: int, end: int, role: str | None, organization: Actor | None
) -> Person | None:
    """The described source ``text[start:end]``, or None when a line break cuts it."""
    description = text[start:end]
    if "\n" in description or not description:
        return None
    return Person(
        id=slugify("person", description),
        name=description,
        mentions=(Span(start=start, end=end),),
        role=role,
        affiliation=None if organization is None else organization.id,
        described=True,
    )


def _phrase_end(text: str, start: int, stop: int) -> int:
    """Where a phrase going on at *start* ends: at a comma, dash or bracket before *stop*."""
    window = text[start:stop]
    return start + min((i for i in map(window.find, _PHRASE_ENDS) if i >= 0), default=len(window))


def _clause_end(text: str, start: int) -> int:
    """Where the clause going on at *start* ends, at most `_REACH` characters on."""
    window = text[start : start + _REACH]
    return start + min((i for i in map(window.find, _CLAUSE_ENDS) if i >= 0), default=len(window))


def _issuer(
    text: str,
    toks: list[Tok],
    span: Span,
    overlapping: Overlapping,
    *,
    reach: bool,
    limit: int | None = None,
) -> tuple[Actor | None, tuple[Actor, ...]]:
    """
    The organization a source speaks for or was issued by: one already found in the
    phrase (or, for a document, in the rest of its clause), else the capitalised words
    after "for", "at", "from", ... ("analysts at Redburn"), made a new organization.
    """
    end = _clause_end(text, span.end) if reach else span.end
    if limit is not None and limit >= span.end:
        end = min(end, limit)
    known = overlapping(Span(start=span.start, end=end))
    if isinstance(known, Organization):
        return known, ()
    joiner = next((i for i, t in enumerate(toks) if base(t[2]) in AFFILIATION_WORDS), None)
    if joiner is None and reach:
        return _named_after(text, span.end, end)
    if joiner is None:
        return None, ()
    names = [t for t in toks[joiner + 1 :] if is_capitalized(t)]
    if not names or not is_capitalized(toks[-1]):
        return None, ()
    name = text[names[0][0] : toks[-1][1]]
    if "\n" in name or not reads_as_a_name(name) or name.split()[0] in NON_ACTOR_WORDS:
        return None, ()
    mention = Span(start=names[0][0], end=toks[-1][1])
    made = Organization(id=slugify("organization", name), name=name, mentions=(mention,))
    return made, (made,)


def _named_after(text: str, start: int, end: int) -> tuple[Actor | None, tuple[Actor, ...]]:
    """
    The organization named by capitalised words after "from", "by", ... in
    ``text[start:end]``: "data [from Euronext]", "a report [earlier this week from the BRC]".
    """
    words = tokenize(text, start, end)
    joiner = next((i for i, t in enumerate(words) if t[2] in ISSUER_WORDS), None)
    if joiner is None:
        return None, ()
    k = joiner + 1
    if k < len(words) and words[k][2] == "the":
        k += 1
    last = k - 1
    while last + 1 < len(words) and (
        is_capitalized(words[last + 1]) or (words[last + 1][2] in {"of", "and"} and last >= k)
    ):
        last += 1
    while last >= k and not is_capitalized(words[last]):
        last -= 1
    if last < k:
        return None, ()
    name = text[words[k][0] : words[last][1]]
    if not reads_as_a_name(name) or name.split()[0] in NON_ACTOR_WORDS:
        return None, ()  # "in November 2003": a date, not an issuer
    mention = Span(start=words[k][0], end=words[last][1])
    made = Organization(id=slugify("organization", name), name=name, mentions=(mention,))
    return made, (made,)
