"""
Names: sort one run of capitalised words into people, organizations and places.

The place lexicon names places; a head word ("Agency", "Forces") or the organization
lexicon names organizations; countries, demonyms and party labels before a name are its
modifiers, honorifics and titles its honorific and role; what is left is a person's name
when it reads as one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Container, Sequence
from functools import lru_cache
from typing import Literal

from attrs import define

from newsmodel.parser.actors._names_heads import (
    AREA_WORDS,
    PREFIXES,
    SHORTEST_FULL_NAME,
    place_kind,
    public_body,
    team,
)
from newsmodel.parser.actors._words import Word, is_initial
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons import people, places
from newsmodel.parser.lexicons.given_names import GIVEN_NAMES, PLACE_GIVEN_NAMES
from newsmodel.parser.lexicons.names import (
    COMMON_NOUN_ENDINGS,
    NON_PERSON_STARTS,
    NOT_IN_NAMES,
    PARTY_WORDS,
    SURNAME_WORDS,
)

Kind = Literal["person", "organization", "place", "unknown"]

_LONGEST_PREFIX = 3
_LONGEST_NAME = 5  # "Najah Hassan Ali Al-Shammari"
#: A common noun known by its ending is longer than this: "Economics", not "Ness".
_SHORTEST_COMMON_NOUN = 6
# A word of a personal name: letters, with inner full stops, hyphens or apostrophes.
#: How many words the cache of `_is_name_word` keeps; news repeats far fewer.
_CACHED_WORDS = 8192
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[.'’\-][^\W\d_]*){0,4}")


@define(slots=True)
class Mention:
    """One way the text names an actor, with what the words around it say about it."""

    kind: Kind
    start: int
    end: int
    name: str
    sentence: int
    honorific: str | None = None
    role: str | None = None
    country: str | None = None  # canonical country name of a modifier ("U.S. President")
    org_kind: str | None = None
    place_kind: str | None = None
    iso: str = ""
    acronyms: tuple[str, ...] = ()
    weak: bool = False  # a name that needs coreference to confirm it
    first_word: int = 0  # index of the mention's first word in its sentence's words
    last_word: int = 0


def common_noun(word: str) -> bool:
    """Whether a capitalised word reads as a common noun by its ending: "Economics"."""
    return (
        len(word) > _SHORTEST_COMMON_NOUN
        and word.endswith(COMMON_NOUN_ENDINGS)
        and word not in GIVEN_NAMES  # "Clement"
    )


def initials(texts: Sequence[str]) -> str:
    """The initials of a name's words, joiners left out: "Friends to Save Otters" -> "FSO"."""
    return "".join(t[0].upper() for t in texts if t not in orgs.NAME_JOINERS and t != "the")


class _Lexicon:
    """A lexicon read from a word onwards, longest entry first ("Brig. Gen.", "New York")."""

    __slots__ = ("_entries", "firsts")

    def __init__(self, entries: Collection[str]) -> None:
        self._entries = entries
        # the words entries start with: a word no entry starts with is passed over at once
        self.firsts = frozenset(entry.split(" ", 1)[0] for entry in entries)

    def match(self, texts: list[str], at: int) -> int:
        """Length of the longest run of words from ``texts[at]`` that is an entry (0 if none)."""
        if at >= len(texts) or texts[at] not in self.firsts:
            return 0
        for size in range(min(_LONGEST_PREFIX, len(texts) - at), 0, -1):
            if " ".join(texts[at : at + size]) in self._entries:
                return size
        return 0


PLACE_LEXICON = _Lexicon(places.PLACE_NAMES)
_DEMONYM_LEXICON = _Lexicon(places.DEMONYMS)
_PREFIX_LEXICON = _Lexicon(PREFIXES)
#: The words a run's modifiers may start with: a place, a party or a demonym.
_MODIFIER_FIRSTS = PLACE_LEXICON.firsts | _DEMONYM_LEXICON.firsts | PARTY_WORDS


def _modifiers(texts: list[str]) -> tuple[str | None, int, list[tuple[int, int]]]:
    """
    Read the countries and demonyms that open a run ("U.S. President", "Iraqi ...").

    Returns the country they name, the index of the first word after them, and the
    ``[a, b)`` ranges of the country names among them.
    """
    if texts[0] not in _MODIFIER_FIRSTS:
        return None, 0, []  # no place, party or demonym opens the run
    country: str | None = None
    mod = 0
    names: list[tuple[int, int]] = []
    while mod < len(texts) - 1:
        size = PLACE_LEXICON.match(texts, mod)
        entry = (
            places.PLACE_NAMES.get(" ".join(texts[mod : mod + size]))
            if size and mod + size < len(texts)
            else None
        )
        if (
            entry is not None
            and size == 1
            and (texts[mod] in GIVEN_NAMES or texts[mod] in PLACE_GIVEN_NAMES)
            and not _PREFIX_LEXICON.match(texts, mod + 1)
        ):
            break  # a given name that is also a country: "Jordan Okafor", not "Jordan Gov."
        if entry is not None and entry[1] == "country":
            country = entry[0]
            names.append((mod, mod + size))
            mod += size
        elif entry is not None and _PREFIX_LEXICON.match(texts, mod + size):
            names.append((mod, mod + size))  # "Florida Sen. Marco Rubio", "London Mayor"
            mod += size
        elif texts[mod] in PARTY_WORDS and mod + SHORTEST_FULL_NAME < len(texts):
            mod += 1  # "Conservative Michael Fallon", "Republican Sen. Ted Cruz"
        elif (size := _DEMONYM_LEXICON.match(texts, mod)) and mod + size < len(texts):
            country = places.DEMONYMS[" ".join(texts[mod : mod + size])]
            mod += size
        else:
            break
    return country, mod, names


def _titles(texts: list[str], mod: int) -> tuple[str | None, str | None, int]:
    """
    Read the honorifics and titles before a name: ("Brig. Gen.", None, index after).

    Besides the titles of the lexicon, words ending in a title's head word make a title
    ("Education Secretary", "Commission President").
    """
    honorific: str | None = None
    role: str | None = None
    heads = (
        []
        if people.TITLE_HEAD_SET.isdisjoint(texts[mod:-1])
        else [i for i in range(mod, len(texts) - 1) if texts[i] in people.TITLE_HEAD_SET]
    )
    if heads and heads[-1] - mod < _LONGEST_PREFIX:
        role = " ".join(texts[mod : heads[-1] + 1])
        mod = heads[-1] + 1
    while (size := _PREFIX_LEXICON.match(texts, mod)) and mod + size < len(texts):
        prefix = " ".join(texts[mod : mod + size])
        if prefix in people.HONORIFIC_SET:
            honorific = prefix if honorific is None else f"{honorific} {prefix}"
        else:
            role = prefix
        mod += size
    return honorific, role, mod


def org_kind(texts: list[str], mod: int) -> str | None:
    """
    The kind of organization a run names, if its words say it is one: a head word at the
    end ("Tasnim News Agency") or before a joiner ("Bank of England"), a known name, or a
    known organization's name first ("BBC One").
    """
    core = " ".join(texts[mod:])
    head = texts[-1].rstrip(".")
    kind = orgs.KNOWN.get(core) or orgs.HEAD_WORDS.get(head)
    if kind is None and not orgs.HEAD_WORDS.keys().isdisjoint(texts[mod:-1]):
        kind = next(
            (
                orgs.HEAD_WORDS[w]
                for w, nxt in zip(texts[mod:], texts[mod + 1 :], strict=False)
                if w in orgs.HEAD_WORDS and nxt in orgs.NAME_JOINERS
            ),
            None,
        )
    if (
        kind is None
        and texts[mod] in orgs.KNOWN
        and mod + 1 < len(texts)
        and people.TITLE_HEAD_SET.isdisjoint(texts[mod + 1 :])  # "ECB President Ana Lou"
    ):
        kind = orgs.KNOWN[texts[mod]]
    if kind in {"media", "government"} and "News" in texts[mod:] and head in orgs.NEWS_AGENCY_WORDS:
        return "news_agency"
    return kind


class Maker:
    """Makes the mentions of the words of one run."""

    def __init__(self, run: list[Word], offset: int) -> None:
        self.run, self.offset = run, offset
        self.texts = [w.text for w in run]

    def make(self, kind: Kind, a: int, b: int, name: str | None = None) -> Mention:
        """A mention of the words ``run[a:b]``."""
        return Mention(
            kind,
            self.run[a].start,
            self.run[b - 1].end,
            name or " ".join(self.texts[a:b]),
            self.run[0].sentence,
            first_word=self.offset + a,
            last_word=self.offset + b - 1,
        )

    def org(self, a: int, kind: str) -> Mention:
        mention = self.make("organization", a, len(self.run))
        mention.org_kind = kind
        return mention


@lru_cache(maxsize=_CACHED_WORDS)
def _is_name_word(word: str) -> bool:
    """Whether *word* is written as a word of a personal name is; remembered."""
    return _NAME_WORD.fullmatch(word) is not None


def _name_words(words: list[str], *, titled: bool = False) -> tuple[str, ...] | None:
    """
    Whether capitalised words can be a person's name, as far as the words tell: their
    lower-cased forms, of which the article must write one only capitalised, or None.

    Not when a word is a function word ("Time Is Running Out"), when all are written in
    capitals ("FULL TEXT"), or when the article writes every one of them in lower case
    too ("Safety Check", "Fixed Penalty"): names are seldom common words.
    A surname such as "Park" may end a name after a title or a known given name.
    """
    last = len(words) - 1
    first = words[0]
    if (
        last >= _LONGEST_NAME
        or words[-1] in places.NON_PLACES
        or first in places.DEMONYMS
        or first in NON_PERSON_STARTS
        or first in AREA_WORDS
        or first == "The"
    ):
        return None
    surname_ok = last > 0 and (titled or first in GIVEN_NAMES)
    lows = tuple([w.lower() for w in words])
    for i, w in enumerate(words):
        if not _is_name_word(w):
            return None
        low = lows[i]
        if low in NOT_IN_NAMES and not (surname_ok and i == last and low in SURNAME_WORDS):
            return None
    for w in words:
        if not w.isupper() or len(w) == 1:
            break
    else:
        return None  # all in capitals
    return lows


def _by_head_or_country(texts: tuple[str, ...], *, after_the: bool) -> _Planned | None:
    """A place named by its head word ("Main Street"), or a body named for a country."""
    words = list(texts)
    if (kind := place_kind(words, after_the=after_the)) is not None:
        name = " ".join(texts)
        return ("place", 0, len(texts), name, None, None, None, None, kind, "", False, None)
    if public_body(words):
        return _planned_org(texts, 0, "other")
    return None


def _person_of_something(texts: list[str]) -> bool:
    """Whether a run reads as a name, "of", and an organization or place ("X Y of Z")."""
    if "of" not in texts and "for" not in texts:
        return False
    cut = next((i for i, t in enumerate(texts) if t in {"of", "for"}), 0)
    return cut >= SHORTEST_FULL_NAME and not any(
        t in orgs.HEAD_WORDS or t in people.TITLE_HEAD_SET or t in PREFIXES for t in texts[:cut]
    )


#: What classify makes of a run, read from its words alone: per mention its kind, its
#: words ``[a, b)``, name, honorific, role, country, organization kind, place kind, iso
#: code, weakness, and for a person the lower-cased words of which the article must
#: write one only capitalised (None when nothing is asked of the article).
_Planned = tuple[
    Kind,
    int,
    int,
    str,
    str | None,
    str | None,
    str | None,
    str | None,
    str | None,
    str,
    bool,
    tuple[str, ...] | None,
]


def _plain(kind: Kind, a: int, b: int, name: str) -> _Planned:
    return (kind, a, b, name, None, None, None, None, None, "", False, None)


def _planned_place(texts: tuple[str, ...], a: int, b: int) -> _Planned:
    canonical, place_kind, iso = places.PLACE_NAMES[" ".join(texts[a:b])]
    name = canonical or " ".join(texts[a:b])
    return ("place", a, b, name, None, None, None, None, place_kind, iso, False, None)


def _planned_org(texts: tuple[str, ...], a: int, kind: str) -> _Planned:
    name = " ".join(texts[a:])
    return ("organization", a, len(texts), name, None, None, None, kind, None, "", False, None)


def _plan_word(word: str) -> tuple[_Planned, ...]:
    """The common case, a run of one word: known, or left to coreference."""
    if word in orgs.KNOWN:
        return (_planned_org((word,), 0, orgs.KNOWN[word]),)
    if word in places.DEMONYMS or word in places.NON_PLACES or word in PREFIXES:
        return ()
    return (_plain("unknown", 0, 1, word),)


@lru_cache(maxsize=_CACHED_WORDS)
def _plan(texts: tuple[str, ...], *, after_the: bool = False) -> tuple[_Planned, ...]:
    """
    The mentions of a run of capitalised words, as far as its words decide them; the
    same runs come back sentence after sentence, so the reading is remembered.
    *after_the* says that "the" stands before the run, as it does before places and
    not before people's names ("the Ross Sea", "Michael Bay").
    """
    size = len(texts)
    if " ".join(texts) in places.PLACE_NAMES:
        return (_planned_place(texts, 0, size),)
    if size == 1:
        return _plan_word(texts[0])
    words = list(texts)
    if _person_of_something(words):
        return ()  # "Ivo Lang of Kora Press": cut at the joiner by _classify_parts
    country, mod, countries = _modifiers(words)
    kind = org_kind(words, mod) or team(words)
    if kind is not None:
        return (_planned_org(texts, 0, kind),)
    if (by_head := _by_head_or_country(texts, after_the=after_the)) is not None:
        return (by_head,)
    title_start = mod
    honorific, role, mod = _titles(words, mod)
    titled = honorific is not None or role is not None
    out = [_planned_place(texts, a, b) for a, b in countries] if titled else []
    core = words[mod:]
    # with nothing before the core, the whole run was looked up already
    if not titled and mod and " ".join(core) in places.PLACE_NAMES:
        out.append(_planned_place(texts, mod, size))
    elif len(core) == 1 and not titled:
        if core[0] not in places.DEMONYMS and core[0] not in places.NON_PLACES:
            out.append(_plain("unknown", mod, size, core[0]))
    elif (lows := _name_words(core, titled=titled)) is not None:
        # without a title or a known given name, coreference must confirm the name
        weak = not titled and core[0] not in GIVEN_NAMES and not is_initial(core[0].rstrip("."))
        start = title_start if titled else mod
        name = " ".join(core)
        out.append(
            ("person", start, size, name, honorific, role, country, None, None, "", weak, lows)
        )
    return tuple(out)


def classify(
    run: list[Word], offset: int, lowered: Container[str], *, after_the: bool = False
) -> list[Mention]:
    """
    Sort one run of capitalised words into mentions; *offset* is its first word's index,
    *after_the* whether "the" stands before it.
    """
    out: list[Mention] = []
    sentence = run[0].sentence
    for kind, a, b, name, hon, role, country, okind, pkind, iso, weak, lows in _plan(
        tuple([w.text for w in run]), after_the=after_the
    ):
        if lows is not None and all(map(lowered.__contains__, lows)):
            continue  # the article writes every word of it in lower case too
        out.append(
            Mention(
                kind,
                run[a].start,
                run[b - 1].end,
                name,
                sentence,
                hon,
                role,
                country,
                okind,
                pkind,
                iso,
                (),
                weak,
                offset + a,
                offset + b - 1,
            )
        )
    return out
