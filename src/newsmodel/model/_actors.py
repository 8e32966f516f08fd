"""The people, organizations and places an article speaks of."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, TypeAlias

from attrs import field, frozen

from newsmodel.model import _checks
from newsmodel.model._derive import model, positional
from newsmodel.model._span import Span

OrganizationKind: TypeAlias = Literal[
    "news_agency",
    "media",
    "government",
    "military",
    "armed_group",
    "political_party",
    "company",
    "international",
    "educational",
    "sports_team",
    "other",
]
PlaceKind: TypeAlias = Literal["country", "city", "region", "other"]

_SLUG_SEPARATORS = re.compile(r"[\W_]+")


def slugify(kind: Literal["person", "organization", "place"], name: str) -> str:
    """
    Make the readable id an actor gets from its name.

    >>> slugify("person", "Najah Hassan Ali Al-Shammari")
    'person/najah-hassan-ali-al-shammari'
    >>> slugify("place", "Côte d’Ivoire")
    'place/côte-d-ivoire'
    """
    folded = unicodedata.normalize("NFKC", name).casefold()
    rest = _SLUG_SEPARATORS.sub("-", folded).strip("-")
    return f"{kind}/{rest or 'unnamed'}"


@model()
@frozen(kw_only=True, weakref_slot=False)
class Person:
    """
    A person the article names, or a source it describes without naming.

    ``name`` is the fullest form the text gives, without honorifics or titles; every
    other way the text refers to the person is in ``aliases``.
    ``described`` is set for an unnamed source ("a spokesman for the ministry",
    "analysts at Redburn", "critics"): ``name`` then holds the description as written,
    ``role`` its head noun and ``affiliation`` the organization it speaks for, and
    nothing publishes the description as a name.
    """

    id: str = field(validator=_checks.actor_id("person"))
    name: str = field(validator=_checks.name)
    aliases: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    mentions: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple)
    same_as: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    honorific: str | None = field(  # "Brig. Gen."
        default=None, validator=_checks.name, metadata=_checks.SHARED
    )
    role: str | None = field(  # "defense minister"
        default=None, validator=_checks.name, metadata=_checks.SHARED
    )
    affiliation: str | None = field(default=None, validator=_checks.text)  # an actor id
    described: bool = False


@model()
@frozen(kw_only=True, weakref_slot=False)
class Organization:
    """An organization: an agency, ministry, party, armed group, company or outlet."""

    id: str = field(validator=_checks.actor_id("organization"))
    name: str = field(validator=_checks.name)
    aliases: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    mentions: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple)
    same_as: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    acronym: str | None = field(default=None, validator=_checks.name)
    kind: OrganizationKind | None = None


@model()
@frozen(kw_only=True, weakref_slot=False)
class Place:
    """A country, city or region; countries carry their ISO 3166-1 alpha-2 code."""

    # Place names and ids recur in article after article: one copy of each is kept.
    id: str = field(validator=_checks.actor_id("place"), metadata=_checks.SHARED)
    name: str = field(validator=_checks.name, metadata=_checks.SHARED)
    aliases: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    mentions: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple)
    same_as: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    kind: PlaceKind | None = None
    iso_code: str | None = field(default=None, validator=_checks.iso_code, metadata=_checks.SHARED)


Actor: TypeAlias = Person | Organization | Place

#: The constructors taking every field in order, without a keyword call (the parser's way).
person_of = positional(Person)
organization_of = positional(Organization)
place_of = positional(Place)
