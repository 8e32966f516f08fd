"""
Runs of one word, the commonest case of the name finder, decided with one lookup.

A capitalised word alone is a place or an organization the lexicons know, a word that
names nothing on its own (a day, a demonym, a title), a sentence's first word that is
capitalised only for that, or a name left to coreference.
"""

from __future__ import annotations

from collections.abc import Container

from newsmodel.parser.actors._names import Mention
from newsmodel.parser.actors._words import Word
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons import people, places
from newsmodel.parser.lexicons.names import NON_ACTOR_WORDS

_ADVERB_ENDINGS = ("ly", "ing")
_SHORTEST_ADVERB = 5


def _alone_kinds() -> dict[str, str]:
    """
    What a word alone is, by the first rule of `_mentions._strip_start` and `classify`
    that decides it: a place, a known organization, a word dropped from the run
    ("dropped") or a word kept that names nothing ("nothing"). Other words are left to
    coreference.
    """
    kinds: dict[str, str] = {}
    for word in people.HONORIFIC_SET | people.TITLE_SET | set(places.DEMONYMS):
        kinds[word] = "nothing"
    for word in NON_ACTOR_WORDS | places.NON_PLACES | people.SENTENCE_STARTERS:
        kinds[word] = "dropped"
    for word in orgs.KNOWN:
        kinds[word] = "organization"
    for word in places.PLACE_NAMES:
        kinds[word] = "place"
    return kinds


_ALONE = _alone_kinds()


def alone(word: Word, at: int, lowered: Container[str]) -> Mention | None:
    """
    The mention a run of one word makes when no acronym follows it: what
    `_mentions._strip_start` and `classify` make of it, decided with one lexicon lookup.
    """
    text = word.text
    kind = _ALONE.get(text)
    if kind is None:
        if word.first and first_only(text, lowered):
            return None
        return Mention(
            "unknown", word.start, word.end, text, word.sentence, first_word=at, last_word=at
        )
    if kind == "place":
        canonical, place_kind, iso = places.PLACE_NAMES[text]
        mention = Mention(
            "place",
            word.start,
            word.end,
            canonical or text,
            word.sentence,
            first_word=at,
            last_word=at,
        )
        mention.place_kind, mention.iso = place_kind, iso
        return mention
    if kind == "organization":
        mention = Mention(
            "organization", word.start, word.end, text, word.sentence, first_word=at, last_word=at
        )
        mention.org_kind = orgs.KNOWN[text]
        return mention
    return None  # a word that is no name on its own


def first_only(text: str, lowered: Container[str]) -> bool:
    """
    Whether a sentence's first word is capitalised only for that: the article writes it
    in lower case too, or it reads as an adverb ("Speaking", "Separately").
    """
    return text.lower() in lowered or (
        text.endswith(_ADVERB_ENDINGS) and len(text) > _SHORTEST_ADVERB
    )
