"""The article: its text, its structure, what it mentions and how it is published."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import attrs
from attrs import field, frozen

from newsmodel.errors import ModelError
from newsmodel.model import _checks
from newsmodel.model._actors import Actor, Organization, Person, Place
from newsmodel.model._items import DateMention, Figure, Quote
from newsmodel.model._references import references_hold
from newsmodel.model._span import Span

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_ABSOLUTE_URL = re.compile(r"https?://[^\s/?#][^\s]*", re.IGNORECASE)


def _aware(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, dt.datetime):
        msg = f"{attribute.name}: expected a datetime, got {type(value).__name__}"
        raise ModelError([msg])
    if value.utcoffset() is None:
        msg = (
            f"{attribute.name}: expected a timezone-aware datetime, got {value.isoformat()}; "
            "add tzinfo (for example datetime.UTC)"
        )
        raise ModelError([msg])


def _url(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    _checks.text(_instance, attribute, value)
    if value is not None and not _ABSOLUTE_URL.fullmatch(value):
        msg = f"{attribute.name}: expected an absolute http(s) URL, got {value!r}"
        raise ModelError([msg])


def _language(_instance: object, attribute: attrs.Attribute[Any], value: str | None) -> None:
    if value is not None and not _LANGUAGE.fullmatch(value):
        msg = f"{attribute.name}: expected a BCP 47 language tag such as 'en' or 'pt-BR', got {value!r}"
        raise ModelError([msg])


def _positive(_instance: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value <= 0):
        msg = f"{attribute.name}: expected a positive number of pixels, got {value!r}"
        raise ModelError([msg])


@frozen(kw_only=True, weakref_slot=False)
class Paragraph:
    """A paragraph of the article's body."""

    span: Span


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
    url: str | None = field(default=None, validator=_url)
    credit: str | None = field(default=None, validator=_checks.name)
    width: int | None = field(default=None, validator=_positive)
    height: int | None = field(default=None, validator=_positive)


@frozen(kw_only=True, weakref_slot=False)
class Author:
    """Who wrote the article: a person or, for agency copy, an organization."""

    name: str = field(validator=_checks.name)
    kind: Literal["person", "organization"] = "person"
    url: str | None = field(default=None, validator=_url)


@frozen(kw_only=True, weakref_slot=False)
class Publisher:
    """The news organization that publishes the article."""

    name: str = field(validator=_checks.name)
    url: str | None = field(default=None, validator=_url)
    logo: str | None = field(default=None, validator=_url)


@frozen(kw_only=True, init=False, weakref_slot=False)
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
    url: str | None = field(default=None, validator=_url)
    published: dt.datetime | None = field(default=None, validator=_aware)
    modified: dt.datetime | None = field(default=None, validator=_aware)
    authors: tuple[Author, ...] = field(default=(), converter=_checks.to_tuple)
    publisher: Publisher | None = None
    section: str | None = field(default=None, validator=_checks.name)
    keywords: tuple[str, ...] = field(
        default=(), converter=_checks.to_tuple, validator=_checks.texts
    )
    language: str | None = field(default=None, validator=_language)
    #: The pictures after the lead one (`image`), in the order of their captions.
    images: tuple[Image, ...] = field(default=(), converter=_checks.to_tuple)

    def __init__(
        self,
        *,
        text: str,
        headline: str | None = None,
        alternative_headline: str | None = None,
        description: str | None = None,
        image: Image | None = None,
        dateline: str | None = None,
        paragraphs: Iterable[Any] = (),
        boilerplate: Iterable[Any] = (),
        actors: Iterable[Any] = (),
        quotes: Iterable[Any] = (),
        figures: Iterable[Any] = (),
        dates: Iterable[Any] = (),
        url: str | None = None,
        published: dt.datetime | None = None,
        modified: dt.datetime | None = None,
        authors: Iterable[Any] = (),
        publisher: Publisher | None = None,
        section: str | None = None,
        keywords: Iterable[Any] = (),
        language: str | None = None,
        images: Iterable[Any] = (),
    ) -> None:
        to_tuple = _checks.to_tuple
        _init_article(
            self,
            text,
            headline,
            alternative_headline,
            description,
            image,
            dateline,
            to_tuple(paragraphs),
            to_tuple(boilerplate),
            to_tuple(actors),
            to_tuple(quotes),
            to_tuple(figures),
            to_tuple(dates),
            url,
            published,
            modified,
            to_tuple(authors),
            publisher,
            section,
            to_tuple(keywords),
            language,
            to_tuple(images),
        )
        if not _fields_look_valid(self):
            _checks.validate(self)
        if not _looks_consistent(self):
            problems = list(_problems(self))
            if problems:
                raise ModelError(problems)

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


def _fields_look_valid(article: Article) -> bool:
    """Whether every field validator would pass: the quick test for the usual values."""
    a = article
    return (
        _checks.is_text(a.text)
        and (a.headline is None or _checks.is_name(a.headline))
        and (a.alternative_headline is None or _checks.is_name(a.alternative_headline))
        and (a.description is None or _checks.is_name(a.description))
        and (a.dateline is None or _checks.is_name(a.dateline))
        and (a.url is None or _is_url(a.url))
        and (a.published is None or _is_aware(a.published))
        and (a.modified is None or _is_aware(a.modified))
        and (a.section is None or _checks.is_name(a.section))
        and (not a.keywords or _checks.are_texts(a.keywords))
        and (a.language is None or _LANGUAGE.fullmatch(a.language) is not None)
    )


def _is_url(value: object) -> bool:
    return (
        type(value) is str and _checks.is_text(value) and _ABSOLUTE_URL.fullmatch(value) is not None
    )


def _is_aware(value: object) -> bool:
    return value is None or (type(value) is dt.datetime and value.utcoffset() is not None)


def _looks_consistent(article: Article) -> bool:
    """
    Whether `_problems` would find nothing, tested in plain loops.

    Anything unusual (a subclass, a value of the wrong type) answers False, and the
    article is then checked again by `_problems`, which words each problem.
    """
    try:
        return _types_are_exact(article) and references_hold(article)
    except Exception:  # noqa: BLE001 - `_problems` meets the same value and says what it is
        return False


_EXACT_TYPES: tuple[tuple[str, tuple[type, ...]], ...] = (
    ("paragraphs", (Paragraph,)),
    ("boilerplate", (Span,)),
    ("actors", (Person, Organization, Place)),
    ("quotes", (Quote,)),
    ("figures", (Figure,)),
    ("dates", (DateMention,)),
    ("authors", (Author,)),
    ("images", (Image,)),
)


def _types_are_exact(article: Article) -> bool:
    for name, kinds in _EXACT_TYPES:
        for obj in getattr(article, name):
            if type(obj) not in kinds:
                return False
    return True


def _problems(article: Article) -> Iterator[str]:
    """Yield every broken cross-field invariant as "path: what is wrong"."""
    check = _Checker(article)
    yield from check.types()
    if check.problems:
        return
    yield from check.structure()
    yield from check.actors()
    yield from check.items()
    if article.published and article.modified and article.modified < article.published:
        yield "modified: expected modified >= published"


_ELEMENT_TYPES: tuple[tuple[str, Any], ...] = (
    ("paragraphs", Paragraph),
    ("boilerplate", Span),
    ("actors", Person | Organization | Place),
    ("quotes", Quote),
    ("figures", Figure),
    ("dates", DateMention),
    ("authors", Author),
    ("images", Image),
)


class _Checker:
    """The article-wide checks, split by concern; ``ids`` holds the actor ids seen."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.size = len(article.text)
        self.ids: set[str] = set()
        self.problems = 0

    def types(self) -> Iterator[str]:
        for name, kinds in _ELEMENT_TYPES:
            for i, obj in enumerate(getattr(self.article, name)):
                if not isinstance(obj, kinds):
                    self.problems += 1
                    yield f"{name}[{i}]: expected {kinds}, got {type(obj).__name__}"
                    break

    def span(self, path: str, span: Span) -> Iterator[str]:
        if span.end > self.size:
            yield f"{path}: span {span.start}-{span.end} ends past the text ({self.size} characters)"

    def structure(self) -> Iterator[str]:
        for i, paragraph in enumerate(self.article.paragraphs):
            yield from self.span(f"paragraphs[{i}].span", paragraph.span)
        for i, span in enumerate(self.article.boilerplate):
            yield from self.span(f"boilerplate[{i}]", span)
        image = self.article.image
        if image is not None and image.span is not None:
            yield from self.span("image.span", image.span)
        if self.article.images and image is None:
            yield "images: expected the lead picture in image before further ones in images"
        for i, picture in enumerate(self.article.images):
            if picture.span is not None:
                yield from self.span(f"images[{i}].span", picture.span)

    def actors(self) -> Iterator[str]:
        for i, actor in enumerate(self.article.actors):
            if actor.id in self.ids:
                yield f"actors[{i}].id: {actor.id!r} is used by an earlier actor; ids must be unique"
            self.ids.add(actor.id)
            for j, mention in enumerate(actor.mentions):
                yield from self.span(f"actors[{i}].mentions[{j}]", mention)
        for i, actor in enumerate(self.article.actors):
            if isinstance(actor, Person):
                yield from self.reference(f"actors[{i}].affiliation", actor.affiliation)

    def reference(self, path: str, actor_id: str | None) -> Iterator[str]:
        if actor_id is not None and actor_id not in self.ids:
            yield f"{path}: no actor {actor_id!r}"

    def located(self, path: str, span: Span, text: str) -> Iterator[str]:
        """The item's text must be what its span covers."""
        if span.end > self.size:
            yield from self.span(f"{path}span", span)
            return
        found = self.article.text[span.start : span.end]
        if found != text:
            yield f"{path}text: expected the text at its span ({found!r:.80}), got {text!r:.80}"

    def items(self) -> Iterator[str]:
        for i, quote in enumerate(self.article.quotes):
            path = f"quotes[{i}]."
            yield from self.located(path, quote.span, quote.text)
            yield from self.reference(f"{path}speaker", quote.speaker)
            yield from self.reference(f"{path}via", quote.via)
            if quote.cue_span is not None and quote.cue is not None:
                yield from self.located(f"{path}cue_", quote.cue_span, quote.cue)
        for i, figure in enumerate(self.article.figures):
            yield from self.located(f"figures[{i}].", figure.span, figure.text)
            yield from self.reference(f"figures[{i}].about", figure.about)
        for i, date in enumerate(self.article.dates):
            yield from self.located(f"dates[{i}].", date.span, date.text)


_init_article = _checks.slot_setter(Article)
