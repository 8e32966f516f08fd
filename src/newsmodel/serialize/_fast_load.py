"""
`from_dict` for an `Article`, written out per class instead of cattrs' generic dispatch.

It accepts a document only where the cattrs converter would, and builds the same
objects through the same constructors (so the model checks every value as usual). On
anything else it raises, and the caller hands the document to the converter, which
either reads it (a shape this module does not handle, a tuple written as a string) or
names every problem with its path.

The JSON types it checks are those the model does not: required strings (the model's
`name` check lets None through), booleans, literals, numbers, spans and arrays. An
optional string, an id or an array of strings goes to the model as it is, since the
model's own validators refuse anything but a string there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, get_args

import attrs

from newsmodel.model import (
    Article,
    Author,
    DateMention,
    Figure,
    Granularity,
    Image,
    Number,
    Organization,
    OrganizationKind,
    Paragraph,
    Person,
    Place,
    PlaceKind,
    Publisher,
    Quote,
    QuoteKind,
    Span,
)
from newsmodel.model._actors import organization_of, person_of, place_of
from newsmodel.model._items import date_of, figure_of, quote_of
from newsmodel.model._span import span_of, spans_of


class UnusualError(ValueError):
    """The document is not one this module reads; the converter must look at it."""


def _keys(cls: type, *extra: str) -> frozenset[str]:
    return frozenset((*(a.name for a in attrs.fields(cls)), *extra))


_QUOTE_KINDS = frozenset(get_args(QuoteKind))
_GRANULARITIES = frozenset(get_args(Granularity))
_ORGANIZATION_KINDS = frozenset(get_args(OrganizationKind))
_PLACE_KINDS = frozenset(get_args(PlaceKind))
_AUTHOR_KINDS = frozenset(("person", "organization"))


def _str(value: object) -> str:
    if type(value) is not str:
        raise UnusualError
    return value


def _optional_str(value: object) -> str | None:
    if value is not None and type(value) is not str:
        raise UnusualError
    return value


def _optional_choice(value: object, choices: frozenset[str]) -> Any:
    if value is not None and value not in choices:
        raise UnusualError
    return value


def _bool(value: object) -> bool:
    if type(value) is not bool:
        raise UnusualError
    return value


def _optional_int(value: object) -> int | None:
    if value is not None and type(value) is not int:
        raise UnusualError
    return value


def _number(value: object) -> Number | None:
    kind = type(value)
    if value is None or kind is int or kind is float:
        return value  # type: ignore[return-value]
    if kind is str:
        return Decimal(value)  # type: ignore[arg-type]
    raise UnusualError


def _span(value: Any) -> Span:
    """
    A span from ``[start, end]``.

    Spread into `span_of`, which takes exactly two ints in order: from JSON only a list
    of two such ints gets through (a string or an object spreads into strings, which it
    refuses), as with the converter, and no function call is spent on the list.
    """
    return span_of(*value)


def _optional_span(value: object) -> Span | None:
    return None if value is None else _span(value)


def _list(value: object) -> list[Any]:
    if type(value) is not list:
        raise UnusualError
    return value


# What `get` returns for a missing array: no list to build, no tuple to convert.
_ABSENT: tuple[Any, ...] = ()


def _spans(value: object) -> tuple[Span, ...]:
    if value is _ABSENT:
        return _ABSENT
    return spans_of(_list(value))


def _strs(value: object) -> tuple[str, ...]:
    """An array of strings: the model checks each item is one (its `texts` validator)."""
    if value is _ABSENT:
        return _ABSENT
    return tuple(_list(value))


def _items(value: object, item: Callable[[Any], Any]) -> tuple[Any, ...]:
    if value is _ABSENT:
        return _ABSENT
    return tuple([item(v) for v in _list(value)])


def _object(value: object, keys: frozenset[str]) -> dict[str, Any]:
    """*value* as a JSON object with no key but *keys*."""
    if type(value) is not dict or not value.keys() <= keys:
        raise UnusualError
    return value


def _datetime(value: object) -> dt.datetime | None:
    if value is None:
        return None
    return dt.datetime.fromisoformat(_str(value))


def _date(value: object) -> dt.date | None:
    if value is None:
        return None
    return dt.date.fromisoformat(_str(value))


_QUOTE = _keys(Quote)
_FIGURE = _keys(Figure)
_DATE = _keys(DateMention)
_PARAGRAPH = _keys(Paragraph)
_PERSON = _keys(Person, "type")
_ORGANIZATION = _keys(Organization, "type")
_PLACE = _keys(Place, "type")
_IMAGE = _keys(Image)
_AUTHOR = _keys(Author)
_PUBLISHER = _keys(Publisher)
_ARTICLE = _keys(Article, "schema_version")


def _quote(value: Any) -> Quote:
    if type(value) is not dict or not value.keys() <= _QUOTE:
        raise UnusualError
    get = value.get
    text, kind, hedged = get("text"), get("kind", "direct"), get("hedged", False)
    if type(text) is not str or kind not in _QUOTE_KINDS or type(hedged) is not bool:
        raise UnusualError
    cue_span = get("cue_span")
    return quote_of(
        text,
        span_of(*value["span"]),
        kind,
        get("speaker"),
        get("cue"),
        None if cue_span is None else span_of(*cue_span),
        get("via"),
        hedged,
    )


def _figure(value: Any) -> Figure:
    if type(value) is not dict or not value.keys() <= _FIGURE:
        raise UnusualError
    get = value.get
    text, approximate = get("text"), get("approximate", False)
    if type(text) is not str or type(approximate) is not bool:
        raise UnusualError
    number, low, high = get("value"), get("low"), get("high")
    # Ints, the usual numbers, need no reading; `_number` reads the others.
    if number is not None and type(number) is not int:
        number = _number(number)
    if low is not None and type(low) is not int:
        low = _number(low)
    if high is not None and type(high) is not int:
        high = _number(high)
    return figure_of(
        text,
        span_of(*value["span"]),
        number,
        low,
        high,
        approximate,
        get("qualifier"),
        get("unit"),
        get("about"),
    )


def _date_mention(value: Any) -> DateMention:
    if type(value) is not dict or not value.keys() <= _DATE:
        raise UnusualError
    get = value.get
    text, granularity, relative = get("text"), get("granularity"), get("relative", False)
    if (
        type(text) is not str
        or (granularity is not None and granularity not in _GRANULARITIES)
        or type(relative) is not bool
    ):
        raise UnusualError
    return date_of(
        text,
        span_of(*value["span"]),
        _date(get("value")),
        granularity,
        relative,
    )


def _paragraph(value: Any) -> Paragraph:
    if type(value) is not dict or not value.keys() <= _PARAGRAPH:
        raise UnusualError
    return Paragraph(span=span_of(*value["span"]))


def _named(value: dict[str, Any], keys: frozenset[str]) -> tuple[Any, str, str]:
    """The ``get`` of an actor's object, with its id and name, both strings."""
    if not value.keys() <= keys:
        raise UnusualError
    get = value.get
    actor_id, name = get("id"), get("name")
    if type(actor_id) is not str or type(name) is not str:
        raise UnusualError
    return get, actor_id, name


def _person(value: dict[str, Any]) -> Person:
    get, actor_id, name = _named(value, _PERSON)
    return person_of(
        actor_id,
        name,
        _strs(get("aliases", _ABSENT)),
        _spans(get("mentions", _ABSENT)),
        _strs(get("same_as", _ABSENT)),
        get("honorific"),
        get("role"),
        get("affiliation"),
        get("described", False),
    )


def _organization(value: dict[str, Any]) -> Organization:
    get, actor_id, name = _named(value, _ORGANIZATION)
    kind = get("kind")
    if kind is not None and kind not in _ORGANIZATION_KINDS:
        raise UnusualError
    return organization_of(
        actor_id,
        name,
        _strs(get("aliases", _ABSENT)),
        _spans(get("mentions", _ABSENT)),
        _strs(get("same_as", _ABSENT)),
        get("acronym"),
        kind,
    )


def _place(value: dict[str, Any]) -> Place:
    get, actor_id, name = _named(value, _PLACE)
    kind = get("kind")
    if kind is not None and kind not in _PLACE_KINDS:
        raise UnusualError
    return place_of(
        actor_id,
        name,
        _strs(get("aliases", _ABSENT)),
        _spans(get("mentions", _ABSENT)),
        _strs(get("same_as", _ABSENT)),
        kind,
        get("iso_code"),
    )


_ACTORS: dict[object, Callable[[dict[str, Any]], Person | Organization | Place]] = {
    "person": _person,
    "organization": _organization,
    "place": _place,
}


def _actor(value: Any) -> Person | Organization | Place:
    if type(value) is not dict:
        raise UnusualError
    return _ACTORS[value.get("type")](value)


def _image(value: object) -> Image | None:
    if value is None:
        return None
    get = _object(value, _IMAGE).get
    return Image(
        caption=_optional_str(get("caption")),
        caption_truncated=_bool(get("caption_truncated", False)),
        span=_optional_span(get("span")),
        url=_optional_str(get("url")),
        credit=_optional_str(get("credit")),
        width=_optional_int(get("width")),
        height=_optional_int(get("height")),
    )


def _author(value: object) -> Author:
    get = _object(value, _AUTHOR).get
    kind = get("kind", "person")
    if kind not in _AUTHOR_KINDS:
        raise UnusualError
    return Author(name=_str(get("name")), kind=kind, url=_optional_str(get("url")))


def _publisher(value: object) -> Publisher | None:
    if value is None:
        return None
    get = _object(value, _PUBLISHER).get
    return Publisher(
        name=_str(get("name")), url=_optional_str(get("url")), logo=_optional_str(get("logo"))
    )


def load_article(body: dict[str, Any]) -> Article:
    """
    Build the `Article` a document describes (its ``schema_version`` already checked).

    Raises:
        Exception: any; the caller then asks the cattrs converter.
    """
    get = _object(body, _ARTICLE).get
    return Article(
        text=_str(body["text"]),
        headline=get("headline"),
        alternative_headline=get("alternative_headline"),
        description=get("description"),
        image=_image(get("image")),
        images=_items(get("images", _ABSENT), _image),
        dateline=get("dateline"),
        paragraphs=_items(get("paragraphs", _ABSENT), _paragraph),
        boilerplate=_spans(get("boilerplate", _ABSENT)),
        actors=_items(get("actors", _ABSENT), _actor),
        quotes=_items(get("quotes", _ABSENT), _quote),
        figures=_items(get("figures", _ABSENT), _figure),
        dates=_items(get("dates", _ABSENT), _date_mention),
        url=get("url"),
        published=_datetime(get("published")),
        modified=_datetime(get("modified")),
        authors=_items(get("authors", _ABSENT), _author),
        publisher=_publisher(get("publisher")),
        section=get("section"),
        keywords=_strs(get("keywords", _ABSENT)),
        language=get("language"),
    )
