"""The article: its text, its structure, what it mentions and how it is published."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

from attrs import field, frozen

from newsmodel.model import _checks, _invariants
from newsmodel.model._actors import Actor, Organization, Person, Place
from newsmodel.model._derive import model
from newsmodel.model._items import DateMention, Figure, Quote
from newsmodel.model._span import Span


@model()
@frozen(kw_only=True, weakref_slot=False)
class Paragraph:
    """A paragraph of the article's body."""

    span: Span


@model()
@frozen(kw_only=True, weakref_slot=False)
class Image:
    """
    The article's lead picture.

    ``caption_truncated`` is set when the caption was cut off in the source ("…").
    ``span`` is where the caption stands in `Article.text`, when it does.
    """

    caption: str | None = field(default=None, validator=_checks.name)
    caption_truncated: bool = False
    span: Span | None = None
    url: str | None = field(default=None, validator=_checks.url)
    credit: str | None = field(default=None, validator=_checks.name)
    width: int | None = field(default=None, validator=_checks.pixels)
    height: int | None = field(default=None, validator=_checks.pixels)


@model()
@frozen(kw_only=True, weakref_slot=False)
class Author:
    """Who wrote the article: a person or, for agency copy, an organization."""

    name: str = field(validator=_checks.name)
    kind: Literal["person", "organization"] = "person"
    url: str | None = field(default=None, validator=_checks.url)


@model()
@frozen(kw_only=True, weakref_slot=False)
class Publisher:
    """The news organization that publishes the article."""

    name: str = field(validator=_checks.name)
    url: str | None = field(default=None, validator=_checks.url)
    logo: str | None = field(default=None, validator=_checks.url)


@model(_invariants.article)
@frozen(kw_only=True, weakref_slot=False)
class Article:
    """
    A news article as structured data.

    ``text`` is the source text, kept unchanged: every span of every item is an offset
    into it.
    The other fields are either found in the text by the parser (structure, actors,
    quotes, figures, dates) or supplied by the CMS (url, dates, authors, publisher, ...).
    An article built by hand is checked exactly as a parsed one is: construction raises
    `newsmodel.errors.ModelError` listing every broken invariant.
    """

    text: str = field(validator=_checks.text)
    headline: str | None = field(default=None, validator=_checks.name)
    alternative_headline: str | None = field(default=None, validator=_checks.name)
    description: str | None = field(default=None, validator=_checks.name)
    image: Image | None = None
    dateline: str | None = field(default=None, validator=_checks.name)  # "BEIRUT (Reuters)"
    paragraphs: tuple[Paragraph, ...] = field(default=(), converter=_checks.to_tuple)
    boilerplate: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple)
    actors: tuple[Person | Organization | Place, ...] = field(
        default=(), converter=_checks.to_tuple
    )
    quotes: tuple[Quote, ...] = field(default=(), converter=_checks.to_tuple)
    figures: tuple[Figure, ...] = field(default=(), converter=_checks.to_tuple)
    dates: tuple[DateMention, ...] = field(default=(), converter=_checks.to_tuple)
    url: str | None = field(default=None, validator=_checks.url)
    published: dt.datetime | None = field(default=None, validator=_checks.aware)
    modified: dt.datetime | None = field(default=None, validator=_checks.aware)
    authors: tuple[Author, ...] = field(default=(), converter=_checks.to_tuple)
    publisher: Publisher | None = None
    section: str | None = field(default=None, validator=_checks.name)
    keywords: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    language: str | None = field(default=None, validator=_checks.language)

    @classmethod
    def from_paragraphs(
        cls, paragraphs: Iterable[str], *, headline: str | None = None, **metadata: Any
    ) -> Article:
        """
        Build an article from body paragraphs, as a CMS holds them.

        The paragraphs are joined by blank lines into ``text``, each with its span.

        >>> a = Article.from_paragraphs(["First.", "Second."], headline="Title")
        >>> a.text, a.paragraphs[1].span
        ('First.\\n\\nSecond.', Span(start=8, end=15))
        """
        parts: list[str] = []
        spans: list[Paragraph] = []
        offset = 0
        for paragraph in paragraphs:
            if parts:
                parts.append("\n\n")
                offset += 2
            parts.append(paragraph)
            spans.append(Paragraph(span=Span(start=offset, end=offset + len(paragraph))))
            offset += len(paragraph)
        return cls(text="".join(parts), headline=headline, paragraphs=tuple(spans), **metadata)

    def slice(self, span: Span) -> str:
        """Return the text a span covers."""
        return self.text[span.start : span.end]

    def paragraph_texts(self) -> tuple[str, ...]:
        """The text of each body paragraph."""
        return tuple(self.text[p.span.start : p.span.end] for p in self.paragraphs)

    def actor(self, actor_id: str) -> Actor:
        """
        Return the actor with this id.

        Raises:
            KeyError: no actor of the article has this id.
        """
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        raise KeyError(actor_id)
