"""Whole articles, and the bylines, publishers and pictures they carry."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st

from newsmodel.model import (
    Article,
    Author,
    Image,
    Publisher,
)
from newsmodel.strategies._actors import organizations, persons, places
from newsmodel.strategies._fields import DATELINES, DATETIMES, LANGUAGES, URLS, complete, optional
from newsmodel.strategies._items import date_mentions, figures, quotes
from newsmodel.strategies._text import names, spans, texts

T = TypeVar("T")


def authors(*, hostile: bool = False) -> st.SearchStrategy[Author]:
    """Bylines: mostly people, sometimes an agency."""
    return _authors(hostile)


@functools.lru_cache(maxsize=2)
def _authors(hostile: bool) -> st.SearchStrategy[Author]:  # noqa: FBT001
    return _filled(Author, hostile=hostile)


def publishers(*, hostile: bool = False) -> st.SearchStrategy[Publisher]:
    """The outlet, with its site and logo."""
    return _publishers(hostile)


@functools.lru_cache(maxsize=2)
def _publishers(hostile: bool) -> st.SearchStrategy[Publisher]:  # noqa: FBT001
    return _filled(Publisher, hostile=hostile)


@st.composite
def _filled(draw: st.DrawFn, cls: type[T], *, hostile: bool) -> T:
    """An object of *cls* whose every field is drawn from its type: its name is a name."""
    return complete(draw, cls, {"name": draw(names(hostile=hostile))}, hostile=hostile)


def images(*, text: str = "", hostile: bool = False) -> st.SearchStrategy[Image]:
    """The lead picture: caption, credit, size, and a caption span inside *text*."""
    return _images(text=text, hostile=hostile)


@st.composite
def _images(draw: st.DrawFn, *, text: str, hostile: bool) -> Image:
    caption = draw(optional(texts(hostile=hostile)))
    return complete(draw, Image, {"caption": caption}, size=len(text), hostile=hostile)


@functools.lru_cache(maxsize=2)
def _optional_texts(hostile: bool) -> st.SearchStrategy[str | None]:  # noqa: FBT001
    return optional(texts(hostile=hostile))


@functools.lru_cache(maxsize=2)
def _author_lists(hostile: bool) -> st.SearchStrategy[list[Author]]:  # noqa: FBT001
    return st.lists(authors(hostile=hostile), max_size=3)


@functools.lru_cache(maxsize=2)
def _optional_publishers(hostile: bool) -> st.SearchStrategy[Publisher | None]:  # noqa: FBT001
    return optional(publishers(hostile=hostile))


def _unique_by_id(actors: list[Any]) -> list[Any]:
    seen: dict[str, Any] = {}
    for actor in actors:
        seen.setdefault(actor.id, actor)
    return list(seen.values())


@st.composite
def articles(
    draw: st.DrawFn,
    *,
    min_quotes: int = 0,
    max_quotes: int = 5,
    max_actors: int = 6,
    max_paragraphs: int = 8,
    with_metadata: bool = True,
    hostile: bool = False,
) -> Article:
    """
    A valid article: paragraphs, actors, quotes, figures and dates all pointing into its text.

    Args:
        min_quotes: at least this many quotes (they need a non-blank text, which every
            generated article has).
        max_actors: at most this many actors.
        with_metadata: also draw url, dates, authors, publisher, section, keywords, language.
        hostile: every text field may carry strings that break HTML, JSON or scripts.
    """
    paragraphs = draw(
        st.lists(texts(hostile=hostile, max_size=100), min_size=1, max_size=max_paragraphs)
    )
    article = Article.from_paragraphs(paragraphs)
    text = article.text
    places_ = draw(st.lists(places(text=text, hostile=hostile), max_size=max(0, max_actors // 3)))
    orgs = draw(
        st.lists(organizations(text=text, hostile=hostile), max_size=max(0, max_actors // 3))
    )
    place_ids = tuple(p.id for p in _unique_by_id(places_ + orgs))
    people = draw(
        st.lists(
            persons(text=text, hostile=hostile, affiliations=place_ids),
            max_size=max(0, max_actors - len(place_ids)),
        )
    )
    actors = _unique_by_id(places_ + orgs + people)
    # A person's affiliation must survive deduplication by id.
    actor_ids = tuple(a.id for a in actors)
    fields: dict[str, Any] = {
        "headline": draw(_optional_texts(hostile)),
        "alternative_headline": draw(_optional_texts(hostile)),
        "description": draw(_optional_texts(hostile)),
        "image": (lead := draw(optional(images(text=text, hostile=hostile)))),
        "images": ()
        if lead is None
        else tuple(draw(st.lists(images(text=text, hostile=hostile), max_size=2))),
        "dateline": draw(DATELINES),
        "boilerplate": draw(st.lists(spans(len(text)), max_size=2)),
        "actors": actors,
        "quotes": draw(
            st.lists(
                quotes(text=text, actor_ids=actor_ids),
                min_size=min_quotes,
                max_size=max(min_quotes, max_quotes),
            )
        ),
        "figures": draw(st.lists(figures(text=text, actor_ids=actor_ids), max_size=4)),
        "dates": draw(st.lists(date_mentions(text=text), max_size=3)),
    }
    if with_metadata:
        published = draw(optional(DATETIMES))
        delta = draw(st.timedeltas(dt.timedelta(0), dt.timedelta(days=30)))
        fields |= {
            "url": draw(optional(URLS)),
            "published": published,
            "modified": draw(optional(st.just(published + delta))) if published else None,
            "authors": draw(_author_lists(hostile)),
            "publisher": draw(_optional_publishers(hostile)),
            "section": draw(
                optional(
                    st.sampled_from(("World", "Politics", "Tech"))
                    | texts(hostile=hostile, max_size=20)
                )
            ),
            "keywords": draw(st.lists(texts(hostile=hostile, max_size=20), max_size=4)),
            "language": draw(LANGUAGES),
        }
    fields |= {"text": text, "paragraphs": article.paragraphs}
    if not with_metadata:  # the fields left: none drawn
        fields |= {a.name: a.default for a in attrs.fields(Article) if a.name not in fields}
    return complete(draw, Article, fields, size=len(text), hostile=hostile)
