"""
Nested places: the known place an organization's name holds.

"University of California", "Houston Astros" and "Bank of England" each name a place
inside an organization's name, where it says where the body is or whom it serves; the
place gets a mention of its own beside the organization's. A street or a building named
for a place ("Detroit Avenue", "George Washington Bridge") is no mention of that place.
"""

from __future__ import annotations

from newsmodel.parser.actors._names import PLACE_LEXICON, Mention
from newsmodel.parser.actors._words import Word
from newsmodel.parser.lexicons import places


def nested_places(words: list[Word], found: list[Mention]) -> list[Mention]:
    """
    The place mentions inside the names of the organizations of *found*, as the place
    lexicon knows them; none for a name that is a place's as a whole.
    """
    nested: list[Mention] = []
    for m in found:
        if m.kind != "organization" or m.first_word >= m.last_word:
            continue
        texts = [w.text for w in words[m.first_word : m.last_word + 1]]
        i = 0
        while i < len(texts):
            size = PLACE_LEXICON.match(texts, i)
            if not size or size == len(texts):
                i += 1
                continue
            first, last = words[m.first_word + i], words[m.first_word + i + size - 1]
            canonical, kind, iso = places.PLACE_NAMES[" ".join(texts[i : i + size])]
            place = Mention(
                "place",
                first.start,
                last.end,
                canonical,
                m.sentence,
                first_word=m.first_word + i,
                last_word=m.first_word + i + size - 1,
            )
            place.place_kind, place.iso = kind, iso
            nested.append(place)
            i += size
    return nested
