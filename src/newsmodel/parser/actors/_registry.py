"""
The registry: the entities coreference has found so far, with the indexes it looks them
up in: places by canonical name, organizations by name, suffix and acronym, people by
surname and given name, and where the mentions of places and people stand.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from attrs import define, field

from newsmodel.parser.actors._build import ActorKind, Entity
from newsmodel.parser.actors._names import Mention
from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons.names import NAME_PARTICLES

#: Coreference compares a mention with at most this many earlier candidates of the same
#: key, so that adversarial input stays linear; news names far fewer.
RECENT = 16
#: How many names the caches of surnames and organization keys keep; news repeats far fewer.
_CACHED_NAMES = 4096


@lru_cache(maxsize=_CACHED_NAMES)
def surname(name: str) -> str:
    last = name.rsplit(maxsplit=1)[-1].casefold()
    head, _, rest = last.partition("-")
    return rest if rest and head in NAME_PARTICLES else last


@lru_cache(maxsize=_CACHED_NAMES)
def org_key(name: str) -> str:
    return name.casefold().removeprefix("the ")


@define(slots=True)
class Registry:
    """The entities found so far, with the indexes coreference looks them up in."""

    entities: list[Entity] = field(factory=list)
    places: dict[str, Entity] = field(factory=dict)
    orgs: dict[str, Entity] = field(factory=dict)
    acronyms: dict[str, Entity] = field(factory=dict)
    heads: dict[str, list[tuple[str, Entity]]] = field(factory=dict)  # by last word
    # the latest body named by a head word before a joiner: "court" for "Court of Appeal"
    bodies: dict[str, Entity] = field(factory=dict)
    surnames: dict[str, list[Entity]] = field(factory=dict)
    given: dict[str, Entity] = field(factory=dict)  # the latest person of a given name
    by_mention: dict[int, Entity] = field(factory=dict)
    # where the mentions of places the lexicons know start and end
    place_starts: set[int] = field(factory=set)
    place_ends: set[int] = field(factory=set)
    # and those of people's mentions
    person_starts: set[int] = field(factory=set)
    person_ends: set[int] = field(factory=set)

    def new(self, kind: ActorKind, name: str, sentence: int) -> Entity:
        entity = Entity(kind, name, sentence=sentence)
        self.entities.append(entity)
        return entity

    def place(self, m: Mention) -> Entity:
        entity = self.places.get(m.name)
        if entity is None:
            entity = self.places[m.name] = self.new("place", m.name, m.sentence)
            entity.place_kind, entity.iso = m.place_kind, m.iso
        return entity

    def org(self, m: Mention) -> Entity:
        key = org_key(m.name)
        entity = self.orgs.get(key) or self.acronyms.get(m.name)
        last = key.rsplit(" ", 1)[-1]
        same_head = self.heads.setdefault(last, [])
        if entity is None and " " in key:
            # "State Department" and "the U.S. State Department"; only the latest few
            # organizations with the same last word are compared, to stay linear
            entity = next(
                (
                    e
                    for k, e in reversed(same_head[-RECENT:])
                    if " " in k and (k.endswith(" " + key) or key.endswith(" " + k))
                ),
                None,
            )
        if entity is None:
            entity = self.new("organization", m.name, m.sentence)
            entity.org_kind = m.org_kind
        elif len(m.name) > len(entity.name) and not m.name.isupper():
            entity.name = m.name
        same_head.append((key, entity))
        self.orgs[key] = entity
        words = m.name.split()
        for word, joiner in pairwise(words):
            if word in orgs.HEAD_WORDS and joiner in orgs.NAME_JOINERS:
                self.bodies[word.casefold()] = entity
        for acronym in m.acronyms:
            if acronym not in entity.acronyms:
                entity.acronyms.append(acronym)
            self.acronyms[acronym] = entity
        return entity

    def person(self, m: Mention, *, create: bool) -> Entity | None:
        parts = m.name.split()
        first = parts[0] if len(parts) > 1 else None
        candidates = self.surnames.get(surname(m.name), [])
        for entity in reversed(candidates[-RECENT:]):
            other = entity.name.split()
            if first is None or len(other) == 1 or other[0] == first:
                if len(parts) > len(other):
                    entity.name = m.name
                return entity
        if not create:
            return None
        entity = self.new("person", m.name, m.sentence)
        self.surnames.setdefault(surname(m.name), []).append(entity)
        if len(parts) > 1:
            self.given[parts[0]] = entity
        return entity

    def add(self, m: Mention, entity: Entity, text: str) -> None:
        entity.mentions.append((m.start, m.end, text[m.start : m.end]))
        self.by_mention[id(m)] = entity
        if m.kind == "person":
            entity.honorific = entity.honorific or m.honorific
            entity.role = entity.role or m.role
            entity.country = entity.country or m.country
