"""
Speakers: tie each quotation to an actor of the article.

A speaker as written resolves, in this order:

1. to the actor whose mention it overlaps (a person before an organization before a
   place, so "Iran’s state-run Mehr News Agency" is the agency, not Iran);
2. a pronoun ("he", "she", "it", "they", "who") to the nearest compatible actor named
   before it: a person or an organization as the pronoun allows, not of the other gender
   where the text gives one (an honorific, a role such as "spokeswoman", or an earlier
   "he" or "she" that stood for them), and never a group ("federal officials") for "he"
   or "she";
3. a role phrase ("the minister", "the Iraqi defense chief", "the agency") to the last
   actor of that role, else the last actor of that kind not known by another role;
4. a name to the actor with the same surname, else to a new actor, returned with the
   others: an organization when its words say so ("News Agency", "Ministry"), else a person;
5. a group or an indefinite role ("federal officials", "an aide", "26 percent") with no
   one actor to stand for, to a new actor named as written.

A quotation with no attribution of its own keeps the previous quotation's speaker, and has
none after a quotation credited to a document with no issuer ("the statement said").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsmodel.model import Actor, Organization, Person, Place, Quote, Span, slugify
from newsmodel.parser.actors._sources import (
    looks_like_a_name,
    looks_like_a_role,
    named_with_the,
    unnamed_source,
    without_dateline,
)
from newsmodel.parser.lexicons.organizations import ORGANIZATION_NOUNS
from newsmodel.parser.lexicons.people import (
    HONORIFIC_SET,
    ROLE_NOUN_SET,
    SENTENCE_STARTERS,
    TITLE_SET,
)
from newsmodel.parser.lexicons.sources import DOCUMENT_NOUNS, GROUP_WORDS
from newsmodel.parser.lexicons.speech import (
    GENDER_WORDS,
    ORGANIZATION_WORDS,
    OUTLET_WORDS,
    PRONOUN_GENDERS,
    SPEAKER_AUXILIARIES,
    SPEAKER_NOUNS,
    SPEAKER_PRONOUNS,
    SPEAKING_QUANTIFIERS,
)
from newsmodel.parser.quotes._candidates import QuoteCandidate
from newsmodel.parser.quotes._tokens import DETERMINERS, Tok, base, is_capitalized, tokenize

# How far back a mention may start and still overlap a speaker phrase, in characters.
_OVERLAP_REACH = 200
_RANK = {Person: 0, Organization: 1, Place: 2}
# How many mentions back a pronoun or role looks for its actor: bounded, so that a text
# of a thousand "the minister said" stays linear.
_ANTECEDENT_REACH = 200
_DEFINITE = frozenset({"the", "this", "that", "his", "her", "its", "their"})
_ARTICLES = frozenset({"the", "a", "an"})
# What `_resolve` returns for a document with no issuer: a source that is no actor.
_NO_ONE = ""
_ROLE_HEADS = frozenset(noun.rsplit(" ", 1)[-1] for noun in ROLE_NOUN_SET)
# A word in lower case, to learn which words an article writes so.
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# What may stand between a sentence's end and its first word: spaces, opening marks.
_OPENING_MARKS = frozenset(" \t\"“‘'(—–")
_SENTENCE_ENDS = frozenset(".!?\n")
# How far before a mention an honorific may stand: "Mrs. " before "Fiorina".
_HONORIFIC_REACH = 6


class _Cast:
    """The actors, their mentions in text order, and the actors first named as speakers."""

    def __init__(self, actors: tuple[Actor, ...], text: str = "") -> None:
        self.text = text
        self.genders: dict[int, str | None] = {}  # worked out on first look-up
        self.actors = list(actors)
        self.index = {actor.id: i for i, actor in enumerate(actors)}
        mentions = [(m.start, m.end, i) for i, actor in enumerate(actors) for m in actor.mentions]
        mentions.sort()
        self.mentions = mentions
        self.starts = [m[0] for m in mentions]
        self.extra: dict[int, set[Span]] = {}  # mentions `add` found, merged by `final`
        # The first person or organization by last word: built on the first look-up, as
        # most speakers resolve by overlap or role and never need it.
        self.surnames: dict[str, int] | None = None
        self._lowered: frozenset[str] | None = None

    @property
    def lowered(self) -> frozenset[str]:
        """Every word the article writes in lower case: built on the first look-up."""
        if self._lowered is None:
            self._lowered = frozenset(_LOWER_WORD.findall(self.text))
        return self._lowered

    def _index_surname(self, i: int, actor: Actor) -> None:
        if self.surnames is not None and isinstance(actor, Person | Organization):
            for name in (actor.name, *actor.aliases):
                words = name.split()
                if words:
                    self.surnames.setdefault(words[-1].casefold(), i)

    def overlapping(self, span: Span) -> Actor | None:
        """The best actor with a mention overlapping *span*."""
        best: tuple[int, int, int] | None = None
        k = bisect.bisect_left(self.starts, span.end) - 1
        while k >= 0 and self.mentions[k][0] > span.start - _OVERLAP_REACH:
            start, end, i = self.mentions[k]
            if end > span.start and start < span.end:
                # a person first; else the mention nearest the phrase's head, its last word
                rank = (_RANK[type(self.actors[i])], -end, i)
                if best is None or rank < best:
                    best = rank
            k -= 1
        return None if best is None else self.actors[best[2]]

    def last_before(self, offset: int, kinds: tuple[type, ...], head: str | None) -> Actor | None:
        """The last actor of one of *kinds* mentioned before *offset*, of role *head* if any."""
        k = bisect.bisect_left(self.starts, offset) - 1
        floor = max(-1, k - _ANTECEDENT_REACH)
        fallback: Actor | None = None
        while k > floor:
            actor = self.actors[self.mentions[k][2]]
            if isinstance(actor, kinds):
                if head is None or _has_role(actor, head):
                    return actor
                if fallback is None and not _has_other_role(actor):
                    fallback = actor
            k -= 1
        return fallback

    def antecedent(self, offset: int, pronoun: str) -> Actor | None:
        """
        The nearest actor before *offset* that *pronoun* can stand for: of its kind (a
        person or an organization), of its gender where the text says it ("Mrs. Lane",
        "the spokeswoman", or an earlier "she" that stood for her), and of its number
        ("he" and "she" never stand for a group such as "federal officials").
        """
        kinds = _pronoun_kinds(pronoun)
        want = PRONOUN_GENDERS.get(pronoun)
        k = bisect.bisect_left(self.starts, offset) - 1
        floor = max(-1, k - _ANTECEDENT_REACH)
        while k > floor:
            i = self.mentions[k][2]
            actor = self.actors[i]
            k -= 1
            if not isinstance(actor, kinds):
                continue
            if want is not None and (self.gender(i) not in {None, want} or _group(actor)):
                continue  # "she" after "Mr. Gidley", "he" after "federal officials"
            return actor
        return None

    def carried(self, previous: str | None, after: int, before: int) -> str | None:
        """
        The speaker of a quotation with no attribution of its own: the previous speaker
        (which ended at *after*), unless the quotation (at *before*) opens a later
        paragraph whose words before it name a person, the nearest of whom then speaks.
        """
        paragraph = self.text.rfind("\n", after, before) + 1
        if paragraph == 0:
            return previous  # the same paragraph as the previous quotation: the same voice
        k = bisect.bisect_left(self.starts, before) - 1
        while k >= 0 and self.mentions[k][0] >= paragraph:
            _, end, i = self.mentions[k]
            actor = self.actors[i]
            k -= 1
            if end > before or not isinstance(actor, Person) or _group(actor):
                continue
            return actor.id
        return previous

    def gender(self, i: int) -> str | None:
        """The gender the text gives actor *i*, if any: by honorific, role or an earlier pronoun."""
        if i in self.genders:
            return self.genders[i]
        actor = self.actors[i]
        found = None
        if isinstance(actor, Person):
            words = [actor.honorific or "", actor.role or "", *actor.aliases]
            words.extend(
                self.text[max(0, m.start - _HONORIFIC_REACH) : m.start] for m in actor.mentions
            )
            found = _gender_of(" ".join(words))
        self.genders[i] = found
        return found

    def learn(self, actor_id: str, pronoun: str) -> None:
        """Record the gender a resolved "he" or "she" shows for its actor."""
        want = PRONOUN_GENDERS.get(pronoun)
        i = self.index.get(actor_id)
        if want is not None and i is not None and self.gender(i) is None:
            self.genders[i] = want

    def by_surname(self, surname: str) -> Actor | None:
        """The first person or organization whose name or alias ends with *surname*."""
        if self.surnames is None:
            self.surnames = {}
            for index, actor in enumerate(self.actors):
                self._index_surname(index, actor)
        i = self.surnames.get(surname)
        return None if i is None else self.actors[i]

    def add(self, actor: Actor) -> Actor:
        """Add a new actor, or add its mention to the one that already has its id."""
        i = self.index.get(actor.id)
        if i is None:
            i = self.index[actor.id] = len(self.actors)
            self._index_surname(i, actor)
            self.actors.append(actor)
        else:
            # Gathered here and sorted once in `final`: sorting at every quotation was
            # quadratic in the quotations of one speaker (most of a 1 MB text's time).
            self.extra.setdefault(i, set()).update(actor.mentions)
        # A speaker named in an attribution is an antecedent for a later pronoun or role
        # ("… Amara Okafor said." then "… she said."); quotations come in text order, so
        # the insertion lands near the end of the list and stays cheap.
        for mention in actor.mentions:
            k = bisect.bisect_left(self.starts, mention.start)
            self.starts.insert(k, mention.start)
            self.mentions.insert(k, (mention.start, mention.end, i))
        return self.actors[i]

    def mention(self, known: Actor, span: Span) -> Actor:
        """Add a mention to an actor of the cast: `add` of it with just that mention."""
        i = self.index[known.id]
        self.extra.setdefault(i, set()).add(span)
        k = bisect.bisect_left(self.starts, span.start)
        self.starts.insert(k, span.start)
        self.mentions.insert(k, (span.start, span.end, i))
        return self.actors[i]

    def final(self) -> tuple[Actor, ...]:
        """The actors, each with the mentions `add` gathered for it, in text order."""
        for i, extra in self.extra.items():
            known = self.actors[i]
            mentions = tuple(sorted({*known.mentions, *extra}))
            self.actors[i] = attrs.evolve(known, mentions=mentions)
        self.extra.clear()
        return tuple(self.actors)


def _has_other_role(actor: Actor) -> bool:
    """Whether the actor is known by a role, so that another role cannot be them."""
    return isinstance(actor, Person) and actor.role is not None


def _has_role(actor: Actor, head: str) -> bool:
    if isinstance(actor, Person):
        # a described source answers to the words of its description: "the two" after
        # "two senators" is them, not the person named before
        words = [actor.role or "", *actor.aliases, actor.name if actor.described else ""]
        return any(head in w.casefold().split() for w in words)
    if isinstance(actor, Organization):
        return head in actor.name.casefold() or (
            actor.kind == "news_agency" and head in OUTLET_WORDS
        )
    return False


def resolve_speakers(
    text: str, candidates: Sequence[QuoteCandidate], actors: tuple[Actor, ...]
) -> tuple[tuple[Quote, ...], tuple[Actor, ...]]:
    """
    Tie each candidate's speaker and outlet to an actor.

    Returns the quotes, and the actors: those given, then the speakers first named in an
    attribution.
    """
    cast = _Cast(actors, text)
    quotes: list[Quote] = []
    previous: str | None = None
    previous_end = 0
    for candidate in candidates:
        speaker: str | None = None
        if candidate.speaker_span is not None:
            cue = candidate.cue_span
            limit = None if cue is None or cue.start < candidate.speaker_span.end else cue.start
            speaker = _resolve(
                text, candidate.speaker_span, cast, candidate.speaker_tokens, limit=limit
            )
        elif candidate.continues:
            speaker = cast.carried(previous, previous_end, candidate.span.start)
        previous_end = candidate.span.end
        via = (
            None
            if candidate.via_span is None
            else _resolve(text, candidate.via_span, cast, candidate.via_tokens)
        )
        if via in {speaker, _NO_ONE}:
            via = None
        # A quotation credited to a document with no issuer ("the statement said") has
        # no speaker, and neither has the one that carries on after it.
        previous = None if speaker == _NO_ONE else speaker or previous
        speaker = speaker or None
        quotes.append(
            Quote(
                text=candidate.text,
                span=candidate.span,
                kind=candidate.kind,
                speaker=speaker,
                cue=candidate.cue,
                cue_span=candidate.cue_span,
                via=via,
                hedged=candidate.hedged,
                quoted=candidate.quoted,
            )
        )
    return tuple(quotes), cast.final()


def _resolve(  # noqa: PLR0911 - one return per kind of phrase
    text: str, span: Span, cast: _Cast, tokens: Sequence[Tok] = (), *, limit: int | None = None
) -> str | None:
    """
    The actor the speaker phrase at *span* (cut into *tokens*, when given) stands for,
    `_NO_ONE` for a document written in lower case with no issuer; *limit* is where the speech verb after the
    phrase starts, if one does.
    """
    span, tokens = without_dateline(span, tokens or tokenize(text, span.start, span.end))
    span, tokens = _without_auxiliary(span, tokens)
    actor = cast.overlapping(span)
    toks = [t for t in tokens if t[2][0].isalnum()]
    if not toks:
        return None
    unnamed = unnamed_source(text, toks, span, cast.overlapping, limit)
    if unnamed is not None:  # "analysts at Redburn", "data from Euronext": see _actors_sources
        for new in unnamed.new:
            cast.add(new)
        if unnamed.speaker is not None:
            return unnamed.speaker.id
        return _NO_ONE if any(map(_document_noun, toks)) else None
    if actor is not None and not _only_modifier(toks, actor, span):
        return actor.id
    first = toks[0][2].lower()
    if len(toks) == 1 and first in SPEAKER_PRONOUNS and not toks[0][2].isupper():
        found = cast.antecedent(span.start, first)
        if found is None:
            return None
        cast.learn(found.id, first)
        return found.id
    if len(toks) == 1 and _no_name(text, toks[0], cast):
        return None  # "History says ...", "Take ...": a common word that opens a sentence
    names = [t for t in toks if is_capitalized(t) and t[2].lower() not in DETERMINERS]
    if not names or not is_capitalized(toks[-1]):
        # "the minister", "Republican primary voters", "FEC records": a role or a group
        return _by_role(text, toks, span, cast, actor)
    return _by_name(text, toks, cast) or _by_role(text, toks, span, cast, actor)


def _no_name(text: str, tok: Tok, cast: _Cast) -> bool:
    """
    Whether a lone capitalised word is capitalised only because it opens its sentence:
    a sentence starter ("There", "So") or a singular word the article writes in lower case
    too ("History", "Take"); a speaker noun ("Police") or a plural ("Critics") still speaks.
    """
    word = tok[2]
    if not is_capitalized(tok) or word.isupper() or not _opens_sentence(text, tok[0]):
        return False
    lower = word.lower()
    if lower in SPEAKER_NOUNS or lower.removesuffix("s") in SPEAKER_NOUNS:
        return False
    if lower in GROUP_WORDS or lower in SPEAKING_QUANTIFIERS:
        return False  # "Many said", "One added": a group or a share speaks
    if cast.by_surname(base(word)) is not None:
        return False  # "Small said ...": the surname of Marty Small, named before
    # a plural is a group that may speak ("Critics", "Supporters"), whatever its case
    return word in SENTENCE_STARTERS or (lower in cast.lowered and not lower.endswith("s"))


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at *start* opens a sentence, a line or a quotation."""
    k = start - 1
    while k >= 0 and text[k] in _OPENING_MARKS:
        k -= 1
    return k < 0 or text[k] in _SENTENCE_ENDS


def _document_noun(tok: Tok) -> bool:
    """Whether *tok* is a document noun as written, in lower case: "statement", "figures"."""
    word = tok[2]
    return word.islower() and (word in DOCUMENT_NOUNS or word.removesuffix("s") in DOCUMENT_NOUNS)


def _without_auxiliary(span: Span, toks: Sequence[Tok]) -> tuple[Span, Sequence[Tok]]:
    """
    A speaker phrase without the auxiliary and adverbs that close it: "The council has
    twice" (complained) is the council, whatever the adverb.
    """
    for k in range(len(toks) - 1, 0, -1):
        word = toks[k][2]
        if word in SPEAKER_AUXILIARIES:
            return Span(start=span.start, end=toks[k - 1][1]), toks[:k]
        if not word.isalpha() or not word.islower():
            break
    return span, toks


def _only_modifier(toks: list[Tok], actor: Actor, span: Span) -> bool:
    """Whether the actor is only a possessive or adjective in the phrase: "Iran’s defense chief"."""
    if isinstance(actor, Person):
        return False
    head = toks[-1]
    return not is_capitalized(head) and head[0] >= span.start and base(head[2]) in _ROLE_HEADS


def _gender_of(words: str) -> str | None:
    """The gender honorifics and role words say ("Mrs.", "spokeswoman"), if they agree."""
    found = {
        GENDER_WORDS[w] for w in words.casefold().replace(".", " ").split() if w in GENDER_WORDS
    }
    return found.pop() if len(found) == 1 else None


def _group(actor: Actor) -> bool:
    """Whether a person actor names a group ("federal officials", "Republican voters")."""
    if not isinstance(actor, Person):
        return False
    last = actor.name.rsplit(" ", 1)[-1]
    return last.islower() and last.endswith("s")


def _pronoun_kinds(pronoun: str) -> tuple[type, ...]:
    if pronoun in {"he", "she"}:
        return (Person,)
    if pronoun == "it":
        return (Organization,)
    return (Person, Organization)


def _by_role(
    text: str, toks: list[Tok], span: Span, cast: _Cast, modifier: Actor | None
) -> str | None:
    """
    A role or group as written: "the minister" is the last such actor named before it;
    "an aide", "federal officials" and a role with no one before it become a new actor.
    """
    head = base(toks[-1][2])
    singular = head if head in SPEAKER_NOUNS or head in _ROLE_HEADS else head.removesuffix("s")
    kind = "person" if singular in _ROLE_HEADS else SPEAKER_NOUNS.get(singular, "person")
    kinds: tuple[type, ...] = (Person,) if kind == "person" else (Organization,)
    if singular == head and toks[0][2].lower() in _DEFINITE:
        found = cast.last_before(span.start, kinds, head)
        if found is None:
            found = modifier
        if found is not None:
            return found.id
    first = 0
    while first < len(toks) - 1 and toks[first][2].lower() in _ARTICLES:
        first += 1
    mention = Span(start=toks[first][0], end=toks[-1][1])
    name = text[mention.start : mention.end]
    if "\n" in name:
        return None
    actor: Actor
    if kind == "person" and singular in ORGANIZATION_NOUNS and _named_before(toks):
        kind = "organization"  # "Time magazine", "Fox News channel": named as written
    if kind == "person":
        if not looks_like_a_role(toks):
            return None  # "I don't", "You can": no one a role or group names
        # never named: a described source ("the mayor"), not a person named "mayor"
        actor = Person(
            id=slugify("person", name),
            name=name,
            mentions=(mention,),
            role=singular,
            described=True,
        )
    else:
        actor = Organization(id=slugify("organization", name), name=name, mentions=(mention,))
    return cast.add(actor).id


def _named_before(toks: list[Tok]) -> bool:
    """Whether capitalised words, no determiner first, name the head noun: "Time magazine"."""
    names = toks[:-1]
    return (
        bool(names)
        and names[0][2].lower() not in DETERMINERS
        and all(is_capitalized(t) for t in names)
    )


def _is_title(word: str) -> bool:
    return any(w in HONORIFIC_SET or w in TITLE_SET for w in (word, word + "."))


def _by_name(text: str, toks: list[Tok], cast: _Cast) -> str | None:
    # keep the trailing run of capitalized words: "the state-run Tasnim News Agency"
    first = len(toks)
    while first > 0 and (
        is_capitalized(toks[first - 1]) or toks[first - 1][2] in {"of", "for", "and"}
    ):
        first -= 1
    while first < len(toks) and not is_capitalized(toks[first]):
        first += 1
    words = toks[first:]
    words, is_org = named_with_the(words)  # "The American Legion" is no person
    is_org = is_org or any(base(t[2]) in ORGANIZATION_WORDS for t in words)
    if not is_org:
        while len(words) > 1 and _is_title(words[0][2]):
            words = words[1:]
    if not words:
        return None
    span = Span(start=words[0][0], end=words[-1][1])
    name = text[span.start : span.end]
    if "\n" in name:
        return None
    if not is_org and not looks_like_a_name(name):
        return None  # "I", "You": no one's name
    if not is_org:
        known = cast.by_surname(base(words[-1][2]))
        if known is not None:
            return cast.mention(known, span).id
        actor: Actor = Person(id=slugify("person", name), name=name, mentions=(span,))
    else:
        agency = any(base(t[2]) in OUTLET_WORDS for t in words)
        actor = Organization(
            id=slugify("organization", name),
            name=name,
            mentions=(span,),
            kind="news_agency" if agency else None,
        )
    return cast.add(actor).id
