"""
Lone words and headings: what coreference makes of a capitalised word that no lexicon
and no earlier name explains, and which names a heading may hold.

A lone word is an author when scholarly prose cites it ("Klingberg (2010)", "(Rueda,
Checa, & Cómbita, 2012)"), a place when a preposition of place, its region or a list of
places says so ("in Ziguinchor", "Vinita, Oklahoma", "Warsaw, Dorvica and Velmont"),
unless what follows says otherwise ("in Figure 2", "in Ratych and Bloomer"); a heading's
capitalised words name a person only with a title or a known given name.
"""

from __future__ import annotations

import re
from collections.abc import Container

from newsmodel.parser.actors._listed import listed_beside
from newsmodel.parser.actors._names import Mention
from newsmodel.parser.lexicons import gazetteer, places
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons.given_names import GIVEN_NAMES
from newsmodel.parser.lexicons.names import PARTY_WORDS
from newsmodel.parser.lexicons.numbers import MONTHS

#: How far before a name its preposition of place is read: " throughout ".
_LOCATIVE_REACH = 12
#: The prepositions before which a name no lexicon knows is a place: not "from", after
#: which news names companies and clubs as often ("parts from Bosch", "from Arsenal").
_NEW_PLACE_LOCATIVES = gazetteer.LOCATIVES - {"from"}
#: How far before a preposition the word it follows is read.
_TITLE_REACH = 24
#: A heading has two to eight words, each capitalised but those of three letters or fewer,
#: and ends in no sentence's final mark.
_SHORTEST_HEADING, _LONGEST_HEADING, _SHORT_WORD = 2, 8, 3
_SENTENCE_ENDS = frozenset('.!?;:,"”')
#: How far after a name its region is read: ", North Carolina" and a stop.
_REGION_REACH = 24
#: How far after a name a number, a possessive or a court case's "v." is read.
_CASE_REACH = 8
#: How far after a name a citation's year is read: " (2010a)", ", 2009)".
_CITATION_REACH = 10
_ET_AL = (" et al", " et. al")
# A year of publication right after an author's name: "Klingberg (2010)", "Simons, 2009)".
_CITATION_YEAR = re.compile(r"(?: \(|, )(?:1[6-9]|20)\d\d[a-z]?[),;]")
# After co-authors, the year may follow a space alone: "Heidenreich & Turano 2011;".
_AUTHORS_YEAR = re.compile(r"(?: \(|, | )(?:1[6-9]|20)\d\d[a-z]?[),;]")
#: The next author of a citation: ", Polat", ", & Bavelier", " and Croft".
_CO_AUTHOR = re.compile(r"(?:,? & |,? and |, )[^\W\d_a-z][^\W\d_]*(?:[\-'’][^\W\d_]+)?")
#: A citation names at most this many authors before its year or "et al.".
_MOST_AUTHORS = 8


def heading(sentence: str) -> bool:
    """
    Whether a paragraph of one sentence is a heading: a few words, each capitalised but
    the short ones, and no full stop ("The Food Waste Pitch", "Method Two of Two").
    """
    words = sentence.split()
    return (
        _SHORTEST_HEADING <= len(words) <= _LONGEST_HEADING
        and sentence.rstrip()[-1:] not in _SENTENCE_ENDS
        and all(w[:1].isupper() or len(w) <= _SHORT_WORD or not w[:1].isalpha() for w in words)
    )


def named_in_heading(m: Mention, lowered: Container[str]) -> bool:
    """
    Whether a mention in a heading, whose every word is capitalised, may name a person:
    one with a title, or with a known given name and no word the article writes in lower
    case too ("Basil Harvesting"); a name no lexicon vouches for is a heading's words.
    """
    if m.kind != "person" or m.role is not None or m.honorific is not None:
        return True
    return not m.weak and not any(w.lower() in lowered for w in m.name.split())


def cited(text: str, m: Mention) -> bool:
    """
    Whether a lone capitalised word is an author cited as scholarly prose cites one:
    "Bavelier et al.", "Klingberg (2010)", "(Simons, 2009)", with co-authors before the
    year: "(Rueda, Checa, & Cómbita, 2012)", "Cruse and Croft (2004)".
    """
    if m.name.isupper():
        return False  # "(NASA, 2010)": an organization's acronym
    before = text[max(0, m.start - _TITLE_REACH) : m.start]
    if before.endswith(" ") and before.split()[-1:] and _ends_a_title(before.split()[-1]):
        return False  # "The Philosophy of Grammar (1924)", "the English Language (1905)"
    at = m.end
    last_author = text[max(0, m.start - 2) : m.start] == "& "  # "Kessa & Dorn 2015"
    for _ in range(_MOST_AUTHORS):
        after = text[at : at + _CITATION_REACH]
        year = _AUTHORS_YEAR if at > m.end or last_author else _CITATION_YEAR
        if after.startswith(_ET_AL) or year.match(after) is not None:
            return True
        author = _CO_AUTHOR.match(text, at, at + _CITATION_REACH * 4)
        if author is None:
            return False
        at = author.end()
    return False


def _ends_a_title(word: str) -> bool:
    """Whether a word before a lone name makes the name the end of a title: "of", "English"."""
    return word in {"of", "the", "The"} or (word[:1].isupper() and word[-1:].isalpha())


def place_of(
    m: Mention,
    text: str,
    lowered: Container[str] | None,
    place_starts: Container[int],
    place_ends: Container[int],
) -> tuple[str, str, str] | None:
    """
    The place a name no rule placed names, as `places.PLACE_NAMES` gives one (canonical
    name, kind, ISO code), or None: when a preposition of place stands before it and the
    gazetteer knows it ("in Aberdeenshire"), or, given the article's lower-case words
    *lowered*, when it reads as a place's name (`_new_place`) and a preposition of place
    stands before it, its region or country after it ("Vinita, Oklahoma"), or it is
    listed beside a place the lexicons know, whose mentions start at *place_starts* and
    end at *place_ends*.
    """
    if (
        lowered is not None
        and _new_place(m, lowered)
        and (_in_region(text, m.end) or listed_beside(text, m, place_starts, place_ends))
    ):
        return (m.name, "city", "")
    before = text[max(0, m.start - _LOCATIVE_REACH) : m.start]
    if not before.endswith(" ") or before.rsplit(None, 1)[-1:] == []:
        return None
    preposition = before.rsplit(None, 1)[-1]
    if preposition not in gazetteer.LOCATIVES:
        return None
    entry = gazetteer.place_names().get(m.name)
    if entry is None and not (
        lowered is None
        or preposition not in _NEW_PLACE_LOCATIVES
        or not _new_place(m, lowered)
        or _not_after_place(text, m.end)
        or _in_a_title(text, m.start - len(preposition) - 1)
    ):
        return (m.name, "other", "")
    return entry


def _new_place(m: Mention, lowered: Container[str]) -> bool:
    """
    Whether a lone capitalised word after a preposition of place names a place no
    lexicon knows ("in Ziguinchor"): not an acronym, a given name, a head word or a
    plural ("in Figures", "from Films"), a month, nor a word the article also writes in
    lower case.
    """
    name = m.name
    return (
        m.kind == "unknown"
        and " " not in name
        and not name.isupper()
        and not name.endswith(("s", "ish"))
        and "-" not in name
        and name not in PARTY_WORDS
        and name not in GIVEN_NAMES
        and name not in orgs.HEAD_WORDS
        and name not in places.PLACE_HEAD_WORDS
        and name.lower().rstrip(".") not in MONTHS  # "PARIS, Aug 31 (Reuters)"
        and name.lower() not in lowered
    )


def _in_region(text: str, end: int) -> bool:
    """Whether a name ending at *end* is followed by its region or country: ", Oklahoma"."""
    after = text[end : end + _REGION_REACH]
    if not after.startswith(", "):
        return False
    words = after[2:].split()
    for size in (2, 1):
        name = " ".join(words[:size]).rstrip(".,;:)")
        entry = places.PLACE_NAMES.get(name)
        if len(words) >= size and entry is not None and entry[1] in {"region", "country"}:
            return True
    return False


def _in_a_title(text: str, at: int) -> bool:
    """
    Whether the preposition at *at* joins the capitalised words of a title, as in
    "Lost in Translation" or "Alice in Wonderland": the word before it is capitalised,
    and not for opening a sentence.
    """
    window = text[max(0, at - _TITLE_REACH) : at]
    words = window.split()
    if not words or not words[-1][:1].isupper() or not words[-1][-1:].isalpha():
        return False
    # a sentence's first word is capitalised for that: "Born in Rochester"
    opener = window[: window.rfind(words[-1])].rstrip(" ")
    return bool(opener) and opener[-1] not in '.!?\n"“'


def _not_after_place(text: str, end: int) -> bool:
    """
    Whether what follows a name after a preposition shows it names no place: a number
    ("in Figure 2"), a possessive ("in Shaw's play"), a court case ("in Lynch v. Ohio"),
    another name ("into Super Tuesday", "in Marsh & McLennan"), or a second party that is
    no known place ("in Ratych and Bloomer", "in Brown against the United States").
    """
    after = text[end : end + _CASE_REACH]
    if after.startswith(" and ") and text[end + 5 : end + 6].isupper():
        other = text[end + 5 : end + 5 + _CASE_REACH * 8].split(maxsplit=1)[0]
        return other.rstrip(".,;:'’s") not in places.PLACE_NAMES
    return (
        after[:2] in {"'s", "’s"}
        or after.startswith((" v.", " v ", " &", " against"))
        or (after[:1] == " " and (after[1:2].isdigit() or after[1:2].isupper()))
    )
