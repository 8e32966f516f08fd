"""The people, organizations and places an article speaks of."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any, Literal, TypeAlias

import attrs
from attrs import field, frozen

from newsmodel.errors import ModelError
from newsmodel.model import _checks
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

_ID_REST = re.compile(r"[^\s/]+(?:/[^\s/]+)*")
_ISO_3166 = re.compile(r"[A-Z]{2}")
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


def _is_actor_id(value: object, prefix: str) -> bool:
    """Whether `_actor_id` would accept *value*; *prefix* ends with its slash."""
    return (
        type(value) is str
        and value.startswith(prefix)
        and _ID_REST.fullmatch(value, len(prefix)) is not None
        and _checks.is_text(value)
    )


def _is_iso_code(value: object) -> bool:
    return value is None or (type(value) is str and _ISO_3166.fullmatch(value) is not None)


def _are_spans(values: tuple[object, ...]) -> bool:
    for value in values:  # noqa: SIM110 - all() over a generator costs more than the loop
        if type(value) is not Span:
            return False
    return True


def _common_tuples(
    aliases: Iterable[Any], mentions: Iterable[Any], same_as: Iterable[Any]
) -> tuple[tuple[Any, ...], tuple[Any, ...], tuple[Any, ...]]:
    """The fields every actor has that hold several values, as tuples."""
    return (
        aliases if type(aliases) is tuple else _checks.to_tuple(aliases),
        mentions if type(mentions) is tuple else _checks.to_tuple(mentions),
        same_as if type(same_as) is tuple else _checks.to_tuple(same_as),
    )


def _common_ok(  # noqa: PLR0917 - positional on purpose: no keyword call
    actor_id: object,
    prefix: str,
    name: object,
    aliases: tuple[Any, ...],
    mentions: tuple[Any, ...],
    same_as: tuple[Any, ...],
) -> bool:
    """Whether the fields every actor has pass their checks (the quick test of each class)."""
    return (
        _is_actor_id(actor_id, prefix)
        and _checks.is_name(name)
        and (not aliases or _checks.are_texts(aliases))
        and _are_spans(mentions)
        and (not same_as or _checks.are_texts(same_as))
    )


def _actor_id(prefix: str) -> Any:
    def check(_instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
        _checks.text(_instance, attribute, value)
        rest = value.removeprefix(prefix + "/")
        if rest == value or not _ID_REST.fullmatch(rest):
            msg = f"{attribute.name}: expected an id like '{prefix}/some-name', got {value!r}"
            raise ModelError([msg])

    return check


def _iso_code(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _ISO_3166.fullmatch(value):
        msg = f"{attribute.name}: expected an ISO 3166-1 alpha-2 code such as 'IR', got {value!r}"
        raise ModelError([msg])


def _spans(_instance: object, attribute: attrs.Attribute[Any], value: tuple[Span, ...]) -> None:
    for i, span in enumerate(value):
        if not isinstance(span, Span):
            msg = f"{attribute.name}[{i}]: expected a Span, got {type(span).__name__}"
            raise ModelError([msg])


@frozen(kw_only=True, init=False, weakref_slot=False)
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

    id: str = field(validator=_actor_id("person"))
    name: str = field(validator=_checks.name)
    aliases: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    mentions: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple, validator=_spans)
    same_as: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    honorific: str | None = field(default=None, validator=_checks.name)  # "Brig. Gen."
    role: str | None = field(default=None, validator=_checks.name)  # "defense minister"
    affiliation: str | None = field(default=None, validator=_checks.text)  # an actor id
    described: bool = field(default=False, validator=attrs.validators.instance_of(bool))

    def __init__(
        self,
        *,
        id: str,  # noqa: A002 - the field's name
        name: str,
        aliases: Iterable[Any] = (),
        mentions: Iterable[Any] = (),
        same_as: Iterable[Any] = (),
        honorific: str | None = None,
        role: str | None = None,
        affiliation: str | None = None,
        described: bool = False,
    ) -> None:
        _fill_person(
            self, id, name, aliases, mentions, same_as, honorific, role, affiliation, described
        )


@frozen(kw_only=True, init=False, weakref_slot=False)
class Organization:
    """An organization: an agency, ministry, party, armed group, company or outlet."""

    id: str = field(validator=_actor_id("organization"))
    name: str = field(validator=_checks.name)
    aliases: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    mentions: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple, validator=_spans)
    same_as: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    acronym: str | None = field(default=None, validator=_checks.name)
    kind: OrganizationKind | None = None

    def __init__(
        self,
        *,
        id: str,  # noqa: A002 - the field's name
        name: str,
        aliases: Iterable[Any] = (),
        mentions: Iterable[Any] = (),
        same_as: Iterable[Any] = (),
        acronym: str | None = None,
        kind: OrganizationKind | None = None,
    ) -> None:
        _fill_organization(self, id, name, aliases, mentions, same_as, acronym, kind)


@frozen(kw_only=True, init=False, weakref_slot=False)
class Place:
    """A country, city or region; countries carry their ISO 3166-1 alpha-2 code."""

    id: str = field(validator=_actor_id("place"))
    name: str = field(validator=_checks.name)
    aliases: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    mentions: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple, validator=_spans)
    same_as: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    kind: PlaceKind | None = None
    iso_code: str | None = field(default=None, validator=_iso_code)

    def __init__(
        self,
        *,
        id: str,  # noqa: A002 - the field's name
        name: str,
        aliases: Iterable[Any] = (),
        mentions: Iterable[Any] = (),
        same_as: Iterable[Any] = (),
        kind: PlaceKind | None = None,
        iso_code: str | None = None,
    ) -> None:
        _fill_place(self, id, name, aliases, mentions, same_as, kind, iso_code)


Actor: TypeAlias = Person | Organization | Place


def _fill_person(  # noqa: PLR0917 - positional on purpose: no keyword call
    made: Person,
    id: str,  # noqa: A002 - the field's name
    name: str,
    aliases: Iterable[Any],
    mentions: Iterable[Any],
    same_as: Iterable[Any],
    honorific: str | None,
    role: str | None,
    affiliation: str | None,
    described: bool = False,  # noqa: FBT001, FBT002 - every field in order
) -> None:
    """Store and check the fields of a new `Person`: its ``__init__``, shared with `person_of`."""
    aliases, mentions, same_as = _common_tuples(aliases, mentions, same_as)
    if honorific is not None or role is not None:
        honorific, role = _checks.shared(honorific), _checks.shared(role)
    _init_person(
        made, id, name, aliases, mentions, same_as, honorific, role, affiliation, described
    )
    if not (
        type(described) is bool
        and _common_ok(id, "person/", name, aliases, mentions, same_as)
        and (honorific is None or _checks.is_name(honorific))
        and (role is None or _checks.is_name(role))
        and (affiliation is None or _checks.is_text(affiliation))
    ):
        _checks.validate(made)


def person_of(  # noqa: PLR0917 - positional on purpose: no keyword call
    id: str,  # noqa: A002 - the field's name
    name: str,
    aliases: Iterable[Any],
    mentions: Iterable[Any],
    same_as: Iterable[Any],
    honorific: str | None,
    role: str | None,
    affiliation: str | None,
    described: bool = False,  # noqa: FBT001, FBT002 - every field in order
) -> Person:
    """``Person(...)`` from every field in order, without a keyword call: the JSON reader's way."""
    made: Person = _new(Person)
    _fill_person(
        made, id, name, aliases, mentions, same_as, honorific, role, affiliation, described
    )
    return made


def _fill_organization(  # noqa: PLR0917 - positional on purpose: no keyword call
    made: Organization,
    id: str,  # noqa: A002 - the field's name
    name: str,
    aliases: Iterable[Any],
    mentions: Iterable[Any],
    same_as: Iterable[Any],
    acronym: str | None,
    kind: OrganizationKind | None,
) -> None:
    """Store and check the fields of a new `Organization`: its ``__init__``, shared with `organization_of`."""
    aliases, mentions, same_as = _common_tuples(aliases, mentions, same_as)
    _init_organization(made, id, name, aliases, mentions, same_as, acronym, kind)
    if not (
        _common_ok(id, "organization/", name, aliases, mentions, same_as)
        and (acronym is None or _checks.is_name(acronym))
    ):
        _checks.validate(made)


def organization_of(  # noqa: PLR0917 - positional on purpose: no keyword call
    id: str,  # noqa: A002 - the field's name
    name: str,
    aliases: Iterable[Any],
    mentions: Iterable[Any],
    same_as: Iterable[Any],
    acronym: str | None,
    kind: OrganizationKind | None,
) -> Organization:
    """``Organization(...)`` from every field in order, without a keyword call: the JSON reader's way."""
    made: Organization = _new(Organization)
    _fill_organization(made, id, name, aliases, mentions, same_as, acronym, kind)
    return made


def _fill_place(  # noqa: PLR0917 - positional on purpose: no keyword call
    made: Place,
    id: str,  # noqa: A002 - the field's name
    name: str,
    aliases: Iterable[Any],
    mentions: Iterable[Any],
    same_as: Iterable[Any],
    kind: PlaceKind | None,
    iso_code: str | None,
) -> None:
    """Store and check the fields of a new `Place`: its ``__init__``, shared with `place_of`."""
    aliases, mentions, same_as = _common_tuples(aliases, mentions, same_as)
    if type(id) is str and type(name) is str:
        id, name = _known(id) or _checks.shared(id), _known(name) or _checks.shared(name)  # noqa: A001
    if type(iso_code) is str:
        iso_code = _known(iso_code) or _checks.shared(iso_code)
    _init_place(made, id, name, aliases, mentions, same_as, kind, iso_code)
    if not (
        _common_ok(id, "place/", name, aliases, mentions, same_as)
        and (iso_code is None or _is_iso_code(iso_code))
    ):
        _checks.validate(made)


def place_of(  # noqa: PLR0917 - positional on purpose: no keyword call
    id: str,  # noqa: A002 - the field's name
    name: str,
    aliases: Iterable[Any],
    mentions: Iterable[Any],
    same_as: Iterable[Any],
    kind: PlaceKind | None,
    iso_code: str | None,
) -> Place:
    """``Place(...)`` from every field in order, without a keyword call: the JSON reader's way."""
    made: Place = _new(Place)
    _fill_place(made, id, name, aliases, mentions, same_as, kind, iso_code)
    return made


_new = object.__new__
_known = _checks.known
_init_person = _checks.slot_setter(Person)
_init_organization = _checks.slot_setter(Organization)
_init_place = _checks.slot_setter(Place)
