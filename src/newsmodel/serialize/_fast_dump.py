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


def _number(value: object) -> object:
    return str(value) if isinstance(value, Decimal) else value


def _paragraph(paragraph: Paragraph) -> dict[str, Any]:
    span = paragraph.span
    return {"span": [span.start, span.end]}


def _figure(figure: Figure) -> dict[str, Any]:
    span = figure.span
    data: dict[str, Any] = {"text": figure.text, "span": [span.start, span.end]}
    if figure.value is not None:
        data["value"] = _number(figure.value)
    if figure.low is not None:
        data["low"] = _number(figure.low)
    if figure.high is not None:
        data["high"] = _number(figure.high)
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


def _common(tag: str, actor: Person | Organization | Place) -> dict[str, Any]:
    """The fields every actor has, after its ``type`` tag."""
    data: dict[str, Any] = {"type": tag, "id": actor.id, "name": actor.name}
    if actor.aliases:
        data["aliases"] = list(actor.aliases)
    if actor.mentions:
        data["mentions"] = [[span.start, span.end] for span in actor.mentions]
    if actor.same_as:
        data["same_as"] = list(actor.same_as)
    return data


def _person(person: Person) -> dict[str, Any]:
    data = _common("person", person)
    if person.honorific is not None:
        data["honorific"] = person.honorific
    if person.role is not None:
        data["role"] = person.role
    if person.affiliation is not None:
        data["affiliation"] = person.affiliation
    return data


def _organization(organization: Organization) -> dict[str, Any]:
    data = _common("organization", organization)
    if organization.acronym is not None:
        data["acronym"] = organization.acronym
    if organization.kind is not None:
        data["kind"] = organization.kind
    return data


def _place(place: Place) -> dict[str, Any]:
    data = _common("place", place)
    if place.kind is not None:
        data["kind"] = place.kind
    if place.iso_code is not None:
        data["iso_code"] = place.iso_code
    return data


_ACTORS: dict[type, Hook] = {Person: _person, Organization: _organization, Place: _place}


class ArticleDumper:
    """Turns an `Article` into the converter's dict; *hook* gives the converter's hooks."""

    def __init__(self, hook: Callable[[Any], Hook]) -> None:
        self.actor = hook(Person | Organization | Place)
        self.cue_span = hook(Span | None)
        self.date_value = hook(dt.date | None)
        self.rare: tuple[tuple[str, Hook], ...] = tuple(
            (name, hook(kind))
            for name, kind in (
                ("published", dt.datetime | None),
                ("modified", dt.datetime | None),
                ("authors", tuple[Author, ...]),
                ("publisher", Publisher | None),
            )
        )
        self.image = hook(Image | None)

    def quote(self, quote: Quote) -> dict[str, Any]:
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
                data["cue_span"] = self.cue_span(cue_span)
        if quote.via is not None:
            data["via"] = quote.via
        if quote.hedged != False:  # noqa: E712 - cattrs compares with the default
            data["hedged"] = quote.hedged
        return data

    def date(self, date: DateMention) -> dict[str, Any]:
        span = date.span
        data: dict[str, Any] = {"text": date.text, "span": [span.start, span.end]}
        value = date.value
        if value is not None:
            data["value"] = value.isoformat() if type(value) is dt.date else self.date_value(value)
        if date.granularity is not None:
            data["granularity"] = date.granularity
        if date.relative != False:  # noqa: E712 - cattrs compares with the default
            data["relative"] = date.relative
        return data

    def __call__(self, article: Article, version: int) -> dict[str, Any]:  # noqa: C901, PLR0912
        a = article
        data: dict[str, Any] = {"schema_version": version, "text": a.text}
        if a.headline is not None:
            data["headline"] = a.headline
        if a.alternative_headline is not None:
            data["alternative_headline"] = a.alternative_headline
        if a.description is not None:
            data["description"] = a.description
        if a.image is not None:
            data["image"] = self.image(a.image)
        if a.dateline is not None:
            data["dateline"] = a.dateline
        if a.paragraphs:
            data["paragraphs"] = [_paragraph(p) for p in a.paragraphs]
        if a.boilerplate:
            data["boilerplate"] = _spans(a.boilerplate)
        if a.actors:
            actor = self.actor
            data["actors"] = [_ACTORS.get(type(e), actor)(e) for e in a.actors]
        if a.quotes:
            data["quotes"] = [self.quote(q) for q in a.quotes]
        if a.figures:
            data["figures"] = [_figure(f) for f in a.figures]
        if a.dates:
            data["dates"] = [self.date(d) for d in a.dates]
        if a.url is not None:
            data["url"] = a.url
        self._rare(a, data)
        if a.section is not None:
            data["section"] = a.section
        if a.keywords:
            data["keywords"] = list(a.keywords)
        if a.language is not None:
            data["language"] = a.language
        return data

    def _rare(self, article: Article, data: dict[str, Any]) -> None:
        """Publication dates, authors and publisher, through the converter's hooks."""
        for name, hook in self.rare:
            value = getattr(article, name)
            if value is not None and value != ():
                data[name] = hook(value)
