"""
Acronyms in brackets: "(PMF)" after a run of names, "inspector general (IG)" after
lower-case words whose initials spell it.
"""

from __future__ import annotations

import re

from newsmodel.parser.actors._names import Mention, initials
from newsmodel.parser.actors._words import Word
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons import people

_MAX_ACRONYM = 8
_MIN_ACRONYM = 2
_MAX_ACRONYMS = 3  # "(ISIS/ISIL)"
_PLAIN_WORD = re.compile(r"[^\W\d_]+")
#: The lower-case nouns that end a body's name: "agency", "committee", "company".
_BODY_NOUNS = frozenset(orgs.ORGANIZATION_NOUNS) | frozenset(w.lower() for w in orgs.HEAD_WORDS)


def acronym_at(
    words: list[Word], i: int, *, after_run: bool = True
) -> tuple[tuple[str, ...], int] | None:
    """Read "(PMF)" or "(ISIS/ISIL)" starting at words[i]; return the acronyms and the stop."""
    if i >= len(words) or words[i].text != "(" or (after_run and not words[i].joined):
        return None
    found: list[str] = []
    j = i + 1
    while j < len(words) and len(found) < _MAX_ACRONYMS and words[j].joined:
        text = words[j].text
        if not (text.isupper() and text.isalpha() and _MIN_ACRONYM <= len(text) <= _MAX_ACRONYM):
            return None
        found.append(text)
        j += 1
        if j < len(words) and words[j].text == "/":
            j += 1
            continue
        break
    if j < len(words) and words[j].text == ")" and found:
        return tuple(found), j + 1
    return None


def _lower_phrase_acronym(
    text: str, floor: int, paren: int, acronym: str
) -> tuple[int, int, str] | None:
    """The words before "(IG)" whose initials spell it: "inspector general (IG)"."""
    size = len(acronym)
    before = list(_PLAIN_WORD.finditer(text, max(floor, paren - 20 * size), paren))
    if before and not text[before[-1].end() : paren].isspace():
        return None
    for width in range(size, min(size + 2, len(before)) + 1):
        chunk = before[-width:]
        texts = [m.group() for m in chunk]
        if initials(texts) == acronym and texts[0] not in orgs.NAME_JOINERS:
            start, end = chunk[0].start(), chunk[-1].end()
            return start, end, text[start:end]
    return None


def _names_a_body(phrase: str) -> bool:
    """
    Whether lower-case words with an acronym name a body or an office, as their last
    word or the whole phrase says ("inspector general", "the regional development
    agency"); scholarly prose spells its terms so too ("sea surface temperature (SST)").
    """
    last = phrase.rsplit(None, 1)[-1].lower()
    return last in _BODY_NOUNS or phrase.lower() in people.ROLE_NOUN_SET


def lower_acronyms(text: str, floor: int, words: list[Word], consumed: set[int]) -> list[Mention]:
    """Organizations introduced by lower-case words and an acronym: "inspector general (IG)"."""
    found: list[Mention] = []
    for i, word in enumerate(words):
        if word.text != "(" or not i or i in consumed or (word.joined and words[i - 1].cap):
            continue
        acronym = acronym_at(words, i, after_run=False)
        phrase = (
            None
            if acronym is None
            else _lower_phrase_acronym(text, floor, word.start, acronym[0][0])
        )
        if acronym is None or phrase is None or not _names_a_body(phrase[2]):
            continue
        start, end, name = phrase
        mention = Mention(
            "organization", start, end, name, word.sentence, first_word=i - 1, last_word=i - 1
        )
        mention.org_kind, mention.acronyms = "other", acronym[0]
        found.append(mention)
        consumed.update(range(i, acronym[1]))
    return found
