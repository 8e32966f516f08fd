"""
Actors built: the entities coreference assembled, turned into the model's actors.

Each entity gets a readable id from its name (made unique within the article), its
mentions' spans in order, and the other ways the text writes it as aliases.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, cast

from attrs import define, field

from newsmodel.model import Actor, Span, slugify
from newsmodel.model._actors import (
    OrganizationKind,
    PlaceKind,
    organization_of,
    person_of,
    place_of,
)
from newsmodel.model._span import span_of
from newsmodel.parser.lexicons import organizations as orgs

ActorKind = Literal["person", "organization", "place"]
#: How many names the cache of ids keeps; news repeats far fewer.
_CACHED_NAMES = 4096


@define(slots=True)
class Entity:
    """An actor being assembled from its mentions."""

    kind: ActorKind
    name: str
    mentions: list[tuple[int, int, str]] = field(factory=list)
    honorific: str | None = None
    role: str | None = None
    country: str | None = None
    org_kind: str | None = None
    place_kind: str | None = None
    iso: str = ""
    acronyms: list[str] = field(factory=list)
    sentence: int = 0  # where it is first named


@lru_cache(maxsize=_CACHED_NAMES)
def _slug(kind: ActorKind, name: str) -> str:
    """`slugify`, remembered: the same names come back in article after article."""
    return slugify(kind, name)


def _unique(kind: ActorKind, name: str, used: set[str]) -> str:
    base = _slug(kind, name)
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _first_start(entity: Entity) -> int:
    return min(entity.mentions)[0]


def _spans_and_aliases(entity: Entity) -> tuple[tuple[Span, ...], list[str]]:
    """
    The spans of an entity's mentions, in order and each once, and the other ways than
    its name the text writes it (a description has no surface, so makes no alias).
    """
    if len(entity.mentions) == 1:  # named once: nothing to order or merge
        a, b, surface = entity.mentions[0]
        alias = [surface] if surface and surface != entity.name else []
        return (span_of(a, b),), alias
    surfaces: dict[tuple[int, int], str] = {}
    for a, b, surface in entity.mentions:
        if not surfaces.get((a, b)):
            surfaces[a, b] = surface
    ordered = sorted(surfaces.items())
    spans = tuple([span_of(a, b) for (a, b), _ in ordered])
    aliases: list[str] = []
    name = entity.name
    for _, surface in ordered:
        if surface and surface != name and surface not in aliases:
            aliases.append(surface)
    return spans, aliases


def build(found: list[Entity]) -> tuple[Actor, ...]:
    """Turn the entities into actors, in the order of their first mention."""
    entities = [e for e in found if e.mentions]
    entities.sort(key=_first_start)
    used: set[str] = set()
    ids = {id(e): _unique(e.kind, e.name, used) for e in entities}
    place_ids = {e.name: ids[id(e)] for e in entities if e.kind == "place"}
    actors: list[Actor] = []
    for e in entities:
        spans, aliases = _spans_and_aliases(e)
        # positional builders: no keyword call per actor
        if e.kind == "person":
            actors.append(
                person_of(
                    ids[id(e)],
                    e.name,
                    tuple(aliases),
                    spans,
                    (),
                    e.honorific,
                    e.role,
                    place_ids.get(e.country or ""),
                )
            )
        elif e.kind == "organization":
            for acronym in e.acronyms:
                if acronym not in aliases:
                    aliases.append(acronym)
            kind = e.org_kind if e.org_kind in orgs.ORG_KINDS else "other"
            actors.append(
                organization_of(
                    ids[id(e)],
                    e.name,
                    tuple(aliases),
                    spans,
                    (),
                    e.acronyms[0] if e.acronyms else None,
                    cast("OrganizationKind", kind),
                )
            )
        else:
            actors.append(
                place_of(
                    ids[id(e)],
                    e.name,
                    tuple(aliases),
                    spans,
                    (),
                    cast("PlaceKind", e.place_kind or "other"),
                    e.iso or None,
                )
            )
    return tuple(actors)
