"""People, organizations and places, with mentions inside a text."""

from __future__ import annotations

import functools
from typing import Any, TypeVar

from hypothesis import strategies as st

from newsmodel.model import (
    Organization,
    Person,
    Place,
    slugify,
)
from newsmodel.strategies._fields import SAME_AS, complete, mentions, optional
from newsmodel.strategies._text import names, texts

T = TypeVar("T")

# Strategies that do not depend on the text are built once: a strategy built per draw is
# validated per draw, which made articles() several times slower.
_HONORIFICS = optional(st.sampled_from(("President", "Brig. Gen.", "Sen.", "Dr.", "Ms.")))
_ROLES = st.sampled_from(("defense minister", "spokesman", "inspector general"))
_ACRONYMS = optional(st.from_regex(r"[A-Z]{2,5}", fullmatch=True))
_ORGANIZATION_KINDS = optional(
    st.sampled_from(("news_agency", "government", "armed_group", "company"))
)
_PLACE_KINDS = optional(st.sampled_from(("country", "city", "region")))
_ISO_CODES = st.from_regex(r"[A-Z]{2}", fullmatch=True)


@functools.lru_cache(maxsize=2)
def _aliases(hostile: bool) -> st.SearchStrategy[list[str]]:  # noqa: FBT001
    return st.lists(names(hostile=hostile), max_size=2)


@functools.lru_cache(maxsize=2)
def _person_roles(hostile: bool) -> st.SearchStrategy[str | None]:  # noqa: FBT001
    return optional(_ROLES | texts(hostile=hostile, max_size=20))


def _actor(draw: st.DrawFn, cls: type[T], text: str, hostile: bool, **fields: Any) -> T:  # noqa: FBT001
    """An actor of *cls* with a name and its id, aliases and mentions inside *text*; then *fields*."""
    name = draw(names(hostile=hostile))
    common = {
        "id": slugify(cls.__name__.lower(), name),  # type: ignore[arg-type]
        "name": name,
        "aliases": draw(_aliases(hostile)),
        "mentions": draw(mentions(len(text))),
        "same_as": draw(SAME_AS),
    }
    return complete(draw, cls, common | fields, size=len(text), hostile=hostile)


@st.composite
def persons(
    draw: st.DrawFn, *, text: str = "", hostile: bool = False, affiliations: tuple[str, ...] = ()
) -> Person:
    """A person, with mentions inside *text* and an affiliation among *affiliations*."""
    affiliation = draw(optional(st.sampled_from(affiliations))) if affiliations else None
    role = draw(_person_roles(hostile))
    return _actor(
        draw, Person, text, hostile, honorific=draw(_HONORIFICS), role=role, affiliation=affiliation
    )


@st.composite
def organizations(draw: st.DrawFn, *, text: str = "", hostile: bool = False) -> Organization:
    """An organization, with mentions inside *text*."""
    kind = draw(_ORGANIZATION_KINDS)
    return _actor(draw, Organization, text, hostile, acronym=draw(_ACRONYMS), kind=kind)


@st.composite
def places(draw: st.DrawFn, *, text: str = "", hostile: bool = False) -> Place:
    """A place; a country carries an ISO 3166-1 alpha-2 code."""
    kind = draw(_PLACE_KINDS)
    iso = draw(_ISO_CODES) if kind == "country" else None
    return _actor(draw, Place, text, hostile, kind=kind, iso_code=iso)
