"""
`from_dict` for an `Article`, written out per class instead of cattrs' generic dispatch.

It accepts a document only where the cattrs converter would, and builds the same
objects through the same constructors (so the model checks every value as usual). On
anything else it raises, and the caller hands the document to the converter, which
either reads it (a shape this module does not handle, a tuple written as a string) or
names every problem with its path.
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
from newsmodel.model._span import span_of


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


def _span(value: object) -> Span:
    if type(value) is list and len(value) == 2:  # noqa: PLR2004 - [start, end]
        start, end = value
        if type(start) is int and type(end) is int:
            return span_of(start, end)
    raise UnusualError


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
    return tuple([_span(v) for v in _list(value)])


def _strs(value: object) -> tuple[str, ...]:
    if value is _ABSENT:
        return _ABSENT
    return tuple([_str(v) for v in _list(value)])


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


def _quote(value: object) -> Quote:
    get = _object(value, _QUOTE).get
    kind = get("kind", "direct")
    if kind not in _QUOTE_KINDS:
        raise UnusualError
    return Quote(
        text=_str(get("text")),
        span=_span(get("span")),
        kind=kind,
        speaker=_optional_str(get("speaker")),
        cue=_optional_str(get("cue")),
        cue_span=_optional_span(get("cue_span")),
        via=_optional_str(get("via")),
        hedged=_bool(get("hedged", False)),
    )


def _figure(value: object) -> Figure:
    get = _object(value, _FIGURE).get
    return Figure(
        text=_str(get("text")),
        span=_span(get("span")),
        value=_number(get("value")),
        low=_number(get("low")),
        high=_number(get("high")),
        approximate=_bool(get("approximate", False)),
        qualifier=_optional_str(get("qualifier")),
        unit=_optional_str(get("unit")),
        about=_optional_str(get("about")),
    )


def _date_mention(value: object) -> DateMention:
    get = _object(value, _DATE).get
    return DateMention(
        text=_str(get("text")),
        span=_span(get("span")),
        value=_date(get("value")),
        granularity=_optional_choice(get("granularity"), _GRANULARITIES),
        relative=_bool(get("relative", False)),
    )


def _paragraph(value: object) -> Paragraph:
    return Paragraph(span=_span(_object(value, _PARAGRAPH).get("span")))


def _person(value: dict[str, Any]) -> Person:
    get = _object(value, _PERSON).get
    return Person(
        id=_str(get("id")),
        name=_str(get("name")),
        aliases=_strs(get("aliases", _ABSENT)),
        mentions=_spans(get("mentions", _ABSENT)),
        same_as=_strs(get("same_as", _ABSENT)),
        honorific=_optional_str(get("honorific")),
        role=_optional_str(get("role")),
        affiliation=_optional_str(get("affiliation")),
    )


def _organization(value: dict[str, Any]) -> Organization:
    get = _object(value, _ORGANIZATION).get
    return Organization(
        id=_str(get("id")),
        name=_str(get("name")),
        aliases=_strs(get("aliases", _ABSENT)),
        mentions=_spans(get("mentions", _ABSENT)),
        same_as=_strs(get("same_as", _ABSENT)),
        acronym=_optional_str(get("acronym")),
        kind=_optional_choice(get("kind"), _ORGANIZATION_KINDS),
    )


def _place(value: dict[str, Any]) -> Place:
    get = _object(value, _PLACE).get
    return Place(
        id=_str(get("id")),
        name=_str(get("name")),
        aliases=_strs(get("aliases", _ABSENT)),
        mentions=_spans(get("mentions", _ABSENT)),
        same_as=_strs(get("same_as", _ABSENT)),
        kind=_optional_choice(get("kind"), _PLACE_KINDS),
        iso_code=_optional_str(get("iso_code")),
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
        headline=_optional_str(get("headline")),
        alternative_headline=_optional_str(get("alternative_headline")),
        description=_optional_str(get("description")),
        image=_image(get("image")),
        dateline=_optional_str(get("dateline")),
        paragraphs=_items(get("paragraphs", _ABSENT), _paragraph),
        boilerplate=_spans(get("boilerplate", _ABSENT)),
        actors=_items(get("actors", _ABSENT), _actor),
        quotes=_items(get("quotes", _ABSENT), _quote),
        figures=_items(get("figures", _ABSENT), _figure),
        dates=_items(get("dates", _ABSENT), _date_mention),
        url=_optional_str(get("url")),
        published=_datetime(get("published")),
        modified=_datetime(get("modified")),
        authors=_items(get("authors", _ABSENT), _author),
        publisher=_publisher(get("publisher")),
        section=_optional_str(get("section")),
        keywords=_strs(get("keywords", _ABSENT)),
        language=_optional_str(get("language")),
    )
