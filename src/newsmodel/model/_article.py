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
    A picture of the article: the lead one (`Article.image`) or another (`Article.images`).

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
    """
    The news organization that publishes the article.

    The policy fields are the URLs of the pages where the publisher states how it works,
    as schema.org and the Trust Project name them: its principles, its corrections,
    ethics and unnamed-sources policies, its masthead, and so on.
    """

    name: str = field(validator=_checks.name)
    url: str | None = field(default=None, validator=_checks.url)
    logo: str | None = field(default=None, validator=_checks.url)
    publishing_principles: str | None = field(default=None, validator=_checks.url)
    """The publisher's editorial principles: the page every other policy hangs from."""
    corrections_policy: str | None = field(default=None, validator=_checks.url)
    """How errors are disclosed and corrected."""
    ethics_policy: str | None = field(default=None, validator=_checks.url)
    """The ethical standards the newsroom holds itself to."""
    unnamed_sources_policy: str | None = field(default=None, validator=_checks.url)
    """When, and how, sources go unnamed."""
    masthead: str | None = field(default=None, validator=_checks.url)
    """Who the editors and owners are."""
    diversity_policy: str | None = field(default=None, validator=_checks.url)
    """The newsroom's diversity policy, for staff and sources."""
    diversity_staffing_report: str | None = field(default=None, validator=_checks.url)
    """The newsroom's report on the diversity of its staff."""
    ownership_funding_info: str | None = field(default=None, validator=_checks.url)
    """Who owns and funds the publisher."""
    actionable_feedback_policy: str | None = field(default=None, validator=_checks.url)
    """How readers can take part in the coverage and report problems."""
    verification_fact_checking_policy: str | None = field(default=None, validator=_checks.url)
    """How facts are verified before publication."""
    mission_coverage_priorities_policy: str | None = field(default=None, validator=_checks.url)
    """The newsroom's mission and what it chooses to cover."""
    no_bylines_policy: str | None = field(default=None, validator=_checks.url)
    """Why, and when, articles carry no byline."""


#: The publisher's policy fields, in the order `Publisher` declares them.
POLICY_FIELDS: tuple[str, ...] = (
    "publishing_principles",
    "corrections_policy",
    "ethics_policy",
    "unnamed_sources_policy",
    "masthead",
    "diversity_policy",
    "diversity_staffing_report",
    "ownership_funding_info",
    "actionable_feedback_policy",
    "verification_fact_checking_policy",
    "mission_coverage_priorities_policy",
    "no_bylines_policy",
)


@model()
@frozen(kw_only=True, weakref_slot=False)
class Correction:
    """
    A correction or clarification of the article, as the publisher appends it.

    ``text`` says what was wrong and what is right; ``date`` is when the correction was
    published; ``url`` is the correction's own page, if it has one.
    """

    text: str = field(validator=_checks.name)
    date: dt.datetime | None = field(default=None, validator=_checks.aware)
    url: str | None = field(default=None, validator=_checks.url)


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
    corrections: tuple[Correction, ...] = field(default=(), converter=_checks.to_tuple)
    """The corrections and clarifications published with the article, oldest first."""
    backstory: str | None = field(default=None, validator=_checks.name)
    """How and why the story was reported: the Trust Project's "behind the story"."""
    images: tuple[Image, ...] = field(default=(), converter=_checks.to_tuple)
    """The pictures after the lead one (`image`), in the order of their captions."""

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

    def source_counts(self) -> dict[str, int]:
        """
        How many sources the quotes cite, named and unnamed, each counted once.

        An unnamed source is a `Person` with ``described`` set ("a spokesman for the
        ministry", "analysts"); every other speaker is named. The counts are what the
        Trust Project's source indicator and newsroom diversity trackers tally.

        >>> from newsmodel import parse
        >>> text = (
        ...     "Plant to close\\n\\nThe plant will close, Ana Ruiz said. "
        ...     "Jobs will go, a spokesman for the firm said."
        ... )
        >>> parse(text).source_counts()
        {'named': 1, 'unnamed': 1}
        """
        speakers = {q.speaker for q in self.quotes if q.speaker is not None}
        unnamed = sum(
            1 for a in self.actors if a.id in speakers and isinstance(a, Person) and a.described
        )
        return {"named": len(speakers) - unnamed, "unnamed": unnamed}

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
