"""
Coreference of descriptions: "the company", "the ministry", "the 54-year-old" tied to the
actor they stand for, the nearest fitting one named before them.

An organization noun fits an organization of its kind ("the company": a company) or
whose name holds the noun ("the ministry": the Ministry of Defence); an age fits a
person. A description adds a mention to the actor, never an alias, as a role phrase does.
"""

from __future__ import annotations

import bisect
import re

from newsmodel.parser.actors._build import Entity
from newsmodel.parser.lexicons.organizations import ORGANIZATION_NOUNS

_DESCRIPTION = re.compile(
    r"\b[Tt]he (?:(?P<noun>"
    + "|".join(sorted(map(re.escape, ORGANIZATION_NOUNS), key=len, reverse=True))
    + r")|(?P<age>\d{1,3}-year-old))\b(?![-’'])"
)
#: How many actors named before a description are compared with it, so that a text of a
#: thousand "the company" stays linear; news names far fewer between two mentions.
_RECENT = 16


def _fits(entity: Entity, noun: str | None) -> bool:
    if noun is None:
        return entity.kind == "person"
    return entity.kind == "organization" and (
        entity.org_kind == ORGANIZATION_NOUNS[noun] or noun.title() in entity.name.split()
    )


def tie_descriptions(text: str, start: int, end: int, entities: list[Entity]) -> None:
    """Add each description in ``text[start:end]`` as a mention of the actor it stands for."""
    if "he " not in text:
        return
    named = sorted(
        (s, i)
        for i, e in enumerate(entities)
        if e.mentions
        for s, _, surface in e.mentions
        if surface
    )
    starts = [s for s, _ in named]
    for match in _DESCRIPTION.finditer(text, start, end):
        noun = match.group("noun")
        k = bisect.bisect_left(starts, match.start())
        for j in range(k - 1, max(-1, k - 1 - _RECENT), -1):
            entity = entities[named[j][1]]
            if _fits(entity, noun):
                entity.mentions.append((match.start(), match.end(), ""))
                break
