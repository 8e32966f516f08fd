"""
`to_dict` for an `Article`, written out per class instead of cattrs' generic dispatch.

The output is exactly what the cattrs converter builds (same keys, same order, defaults
omitted, spans as ``[start, end]``); fields that are rare in practice (image, dates of
publication, authors, publisher) and values of unexpected types still go through the
converter's own hooks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from newsmodel.model import (
    Article,
    Author,
    DateMention,
    Figure,
    Image,
    Organization,
    Paragraph,
    Person,
    Place,
    Publisher,
    Quote,
    Span,
)

Hook = Callable[[Any], Any]


def _paragraphs(paragraphs: tuple[Paragraph, ...]) -> list[dict[str, Any]]:
    return [{"span": [p.span.start, p.span.end]} for p in paragraphs]


def _figure(figure: Figure) -> dict[str, Any]:
    span = figure.span
    data: dict[str, Any] = {"text": figure.text, "span": [span.start, span.end]}
    value, low, high = figure.value, figure.low, figure.high
    if value is not None:
        data["value"] = str(value) if isinstance(value, Decimal) else value
    if low is not None:
        data["low"] = str(low) if isinstance(low, Decimal) else low
    if high is not None:
        data["high"] = str(high) if isinstance(high, Decimal) else high
    if figure.approximate != False:  # noqa: E712 - cattrs compares with the default
        data["approximate"] = figure.approximate
    if figure.qualifier is not None:
        data["qualifier"] = figure.qualifier
    if figure.unit is not None:
        data["unit"] = figure.unit
    if figure.about is not None:
        data["about"] = figure.about
    return data


def _spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[span.start, span.end] for span in spans]


# The three actor writers repeat their common fields: a shared helper costs a call each.


def _person(person: Person) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "person", "id": person.id, "name": person.name}
    if person.aliases:
        data["aliases"] = list(person.aliases)
    if person.mentions:
        data["mentions"] = [[span.start, span.end] for span in person.mentions]
    if person.same_as:
        data["same_as"] = list(person.same_as)
    if person.honorific is not None:
        data["honorific"] = person.honorific
    if person.role is not None:
        data["role"] = person.role
    if person.affiliation is not None:
        data["affiliation"] = person.affiliation
    if person.described:
        data["described"] = True
    return data


def _organization(organization: Organization) -> dict[str, Any]:
    o = organization
    data: dict[str, Any] = {"type": "organization", "id": o.id, "name": o.name}
    if o.aliases:
        data["aliases"] = list(o.aliases)
    if o.mentions:
        data["mentions"] = [[span.start, span.end] for span in o.mentions]
    if o.same_as:
        data["same_as"] = list(o.same_as)
    if o.acronym is not None:
        data["acronym"] = o.acronym
    if o.kind is not None:
        data["kind"] = o.kind
    return data


def _place(place: Place) -> dict[str, Any]:
    data: dict[str, Any] = {"type": "place", "id": place.id, "name": place.name}
    if place.aliases:
        data["aliases"] = list(place.aliases)
    if place.mentions:
        data["mentions"] = [[span.start, span.end] for span in place.mentions]
    if place.same_as:
        data["same_as"] = list(place.same_as)
    if place.kind is not None:
        data["kind"] = place.kind
    if place.iso_code is not None:
        data["iso_code"] = place.iso_code
    return data


_ACTORS: dict[type, Hook] = {Person: _person, Organization: _organization, Place: _place}


def _quote_dumper(span_hook: Hook) -> Callable[[Quote], dict[str, Any]]:
    def quote(quote: Quote) -> dict[str, Any]:
        span = quote.span
        data: dict[str, Any] = {"text": quote.text, "span": [span.start, span.end]}
        if quote.kind != "direct":
            data["kind"] = quote.kind
        if quote.speaker is not None:
            data["speaker"] = quote.speaker
        if quote.cue is not None:
            data["cue"] = quote.cue
        cue_span = quote.cue_span
        if cue_span is not None:
            if type(cue_span) is Span:
                data["cue_span"] = [cue_span.start, cue_span.end]
            else:
                data["cue_span"] = span_hook(cue_span)
        if quote.via is not None:
            data["via"] = quote.via
        if quote.hedged != False:  # noqa: E712 - cattrs compares with the default
            data["hedged"] = quote.hedged
        return data

    return quote


def _date_dumper(date_hook: Hook) -> Callable[[DateMention], dict[str, Any]]:
    def date(date: DateMention) -> dict[str, Any]:
        span = date.span
        data: dict[str, Any] = {"text": date.text, "span": [span.start, span.end]}
        value = date.value
        if value is not None:
            data["value"] = value.isoformat() if type(value) is dt.date else date_hook(value)
        if date.granularity is not None:
            data["granularity"] = date.granularity
        if date.relative != False:  # noqa: E712 - cattrs compares with the default
            data["relative"] = date.relative
        return data

    return date


def article_dumper(  # noqa: C901, PLR0915 - counts the ifs of the dump it returns
    hook: Callable[[Any], Hook],
) -> Callable[[Article, int], dict[str, Any]]:
    """
    Return ``dump(article, version)``, the converter's dict of an `Article`.

    *hook* gives the converter's own hook for a type: values of unexpected types and
    the rare fields (image, publication dates, authors, publisher) go through it.
    """
    actor_hook = hook(Person | Organization | Place)
    image_hook = hook(Image | None)
    datetime_hook = hook(dt.datetime | None)
    authors_hook = hook(tuple[Author, ...])
    publisher_hook = hook(Publisher | None)
    actors = _ACTORS.get
    quote = _quote_dumper(hook(Span | None))
    date = _date_dumper(hook(dt.date | None))

    def dump(a: Article, version: int) -> dict[str, Any]:  # noqa: C901, PLR0912 - one if a field
        data: dict[str, Any] = {"schema_version": version, "text": a.text}
        if a.headline is not None:
            data["headline"] = a.headline
        if a.alternative_headline is not None:
            data["alternative_headline"] = a.alternative_headline
        if a.description is not None:
            data["description"] = a.description
        if a.image is not None:
            data["image"] = image_hook(a.image)
        if a.dateline is not None:
            data["dateline"] = a.dateline
        if a.paragraphs:
            data["paragraphs"] = _paragraphs(a.paragraphs)
        if a.boilerplate:
            data["boilerplate"] = _spans(a.boilerplate)
        if a.actors:
            data["actors"] = [actors(type(e), actor_hook)(e) for e in a.actors]
        if a.quotes:
            data["quotes"] = [quote(q) for q in a.quotes]
        if a.figures:
            data["figures"] = [_figure(f) for f in a.figures]
        if a.dates:
            data["dates"] = [date(d) for d in a.dates]
        if a.url is not None:
            data["url"] = a.url
        if a.published is not None:
            data["published"] = datetime_hook(a.published)
        if a.modified is not None:
            data["modified"] = datetime_hook(a.modified)
        if a.authors:
            data["authors"] = authors_hook(a.authors)
        if a.publisher is not None:
            data["publisher"] = publisher_hook(a.publisher)
        if a.section is not None:
            data["section"] = a.section
        if a.keywords:
            data["keywords"] = list(a.keywords)
        if a.language is not None:
            data["language"] = a.language
        if a.images:
            data["images"] = [image_hook(i) for i in a.images]
        return data

    return dump
