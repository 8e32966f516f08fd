"""
Hypothesis strategies for every public model type.

They generate valid, varied objects: non-ASCII names and texts (Arabic, Persian,
accented Latin, emoji), empty optional fields, and large articles.
Every span of a generated article lies inside its text and every item's text is what
its span covers, so the objects pass the model's invariants by construction rather than
by filtering, which keeps shrinking effective.

With newsmodel installed, Hypothesis loads this module through its plugin entry point,
so ``st.from_type(Article)`` uses `articles` (set ``HYPOTHESIS_NO_PLUGINS`` to stop it).

>>> from hypothesis import given
>>> from newsmodel import strategies
>>> @given(strategies.articles())
... def test_roundtrip(article):
...     assert newsmodel.loads(newsmodel.dumps(article)) == article
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

from hypothesis import strategies as st

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
    slugify,
)

__all__ = [
    "HOSTILE_SAMPLES",
    "articles",
    "authors",
    "date_mentions",
    "figures",
    "images",
    "names",
    "organizations",
    "persons",
    "places",
    "publishers",
    "quotes",
    "spans",
    "texts",
]

#: Names from several scripts: the model must carry them all unchanged.
_NAME_PARTS = (
    "Amir",
    "Hatami",
    "Najah",
    "Al-Shammari",
    "José",
    "Müller",
    "Zoë",
    "O'Brien",
    "Łukasz",
    "François",
    "محمد",
    "عراقچی",
    "حسن",
    "Nguyễn",
    "李",
    "Ana 🌍",
)

#: Strings that break naive HTML, JSON and script embedding.
HOSTILE_SAMPLES: tuple[str, ...] = (
    "</script>",
    "</SCRIPT >",
    "<!--<script>",
    "<script>alert(1)</script>",
    "]]>",
    "&amp;",
    "&lt;/script&gt;",
    "\u2028",
    "\u2029",
    "\u202e",  # right-to-left override
    "\u200f",  # right-to-left mark
    "\u200d",  # zero-width joiner
    "\ufeff",
    "e\u0301",  # combining acute accent
    "👩‍👩‍👧",
    "\x00",
    "\x1b[31m",
    '"},{"@type":"Person"',
    "\\u003c/script\\u003e",
    "عبد الله",
)

_SAFE_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs"),
)


def texts(
    *, hostile: bool = False, min_size: int = 1, max_size: int = 80
) -> st.SearchStrategy[str]:
    """
    Non-empty text with at least one visible character.

    With *hostile*, the text mixes in `HOSTILE_SAMPLES` and any character UTF-8 can carry
    (controls, bidi marks, NUL), which is what breaks real systems.
    """
    alphabet = st.characters(codec="utf-8") if hostile else _SAFE_ALPHABET
    plain = st.text(alphabet, min_size=min_size, max_size=max_size)
    pieces = st.one_of(plain, st.sampled_from(HOSTILE_SAMPLES)) if hostile else plain
    joined = st.lists(pieces, min_size=1, max_size=4).map("".join)
    # A visible anchor keeps names non-blank without filtering.
    return st.tuples(st.sampled_from(_NAME_PARTS), joined).map(lambda p: f"{p[0]} {p[1]}")


def names(*, hostile: bool = False) -> st.SearchStrategy[str]:
    """Personal and organization names in several scripts."""
    plain = st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=3).map(" ".join)
    if not hostile:
        return plain
    return st.one_of(plain, texts(hostile=True, max_size=20))


def spans(text_size: int) -> st.SearchStrategy[Span]:
    """A span inside a text of *text_size* characters."""
    return st.integers(0, text_size).flatmap(
        lambda start: st.integers(start, text_size).map(lambda end: Span(start=start, end=end))
    )


def _nonempty_spans(text: str) -> st.SearchStrategy[Span]:
    """A span covering at least one non-blank character of *text* (which has one)."""
    anchors = [i for i, ch in enumerate(text) if not ch.isspace()]
    return st.sampled_from(anchors).flatmap(
        lambda i: st.tuples(st.integers(0, i), st.integers(i + 1, len(text))).map(
            lambda se: Span(start=se[0], end=se[1])
        )
    )


_NUMBERS: st.SearchStrategy[int | float | Decimal] = st.one_of(
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
)
_DATETIMES = st.datetimes(
    min_value=dt.datetime(1900, 1, 1),  # noqa: DTZ001 - timezones added below
    max_value=dt.datetime(2100, 1, 1),  # noqa: DTZ001
    timezones=st.sampled_from(
        (
            dt.UTC,
            dt.timezone(dt.timedelta(hours=-5)),
            dt.timezone(dt.timedelta(hours=5, minutes=30)),
        )
    ),
)
_URLS = st.builds(
    "https://news.example/{}/{}".format,
    st.sampled_from(("world", "politics", "tech")),
    st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}", fullmatch=True),
)


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _mentions(text: str) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(len(text)), max_size=3).map(tuple)


@st.composite
def persons(
    draw: st.DrawFn, *, text: str = "", hostile: bool = False, affiliations: tuple[str, ...] = ()
) -> Person:
    """A person, with mentions inside *text* and an affiliation among *affiliations*."""
    name = draw(names(hostile=hostile))
    return Person(
        id=slugify("person", name),
        name=name,
        aliases=draw(st.lists(names(hostile=hostile), max_size=2)),
        mentions=draw(_mentions(text)),
        honorific=draw(
            _optional(st.sampled_from(("President", "Brig. Gen.", "Sen.", "Dr.", "Ms.")))
        ),
        role=draw(
            _optional(
                st.sampled_from(("defense minister", "spokesman", "inspector general"))
                | texts(hostile=hostile, max_size=20)
            )
        ),
        affiliation=draw(_optional(st.sampled_from(affiliations))) if affiliations else None,
    )


@st.composite
def organizations(draw: st.DrawFn, *, text: str = "", hostile: bool = False) -> Organization:
    """An organization, with mentions inside *text*."""
    name = draw(names(hostile=hostile))
    return Organization(
        id=slugify("organization", name),
        name=name,
        aliases=draw(st.lists(names(hostile=hostile), max_size=2)),
        mentions=draw(_mentions(text)),
        acronym=draw(_optional(st.from_regex(r"[A-Z]{2,5}", fullmatch=True))),
        kind=draw(
            _optional(st.sampled_from(("news_agency", "government", "armed_group", "company")))
        ),
        same_as=draw(st.lists(_URLS, max_size=1)),
    )


@st.composite
def places(draw: st.DrawFn, *, text: str = "", hostile: bool = False) -> Place:
    """A place; a country carries an ISO 3166-1 alpha-2 code."""
    name = draw(names(hostile=hostile))
    kind = draw(_optional(st.sampled_from(("country", "city", "region"))))
    iso = draw(st.from_regex(r"[A-Z]{2}", fullmatch=True)) if kind == "country" else None
    return Place(
        id=slugify("place", name),
        name=name,
        aliases=draw(st.lists(names(hostile=hostile), max_size=2)),
        mentions=draw(_mentions(text)),
        kind=kind,
        iso_code=iso,
    )


@st.composite
def quotes(draw: st.DrawFn, *, text: str, actor_ids: tuple[str, ...] = ()) -> Quote:
    """A quote whose span lies in *text* (which has a non-blank character)."""
    span = draw(_nonempty_spans(text))
    cue_span = draw(_optional(_nonempty_spans(text)))
    who = st.sampled_from(actor_ids) if actor_ids else st.none()
    return Quote(
        text=span.slice(text),
        span=span,
        kind=draw(st.sampled_from(("direct", "partial", "indirect"))),
        speaker=draw(_optional(who)),
        cue=cue_span.slice(text) if cue_span else None,
        cue_span=cue_span,
        via=draw(_optional(who)),
        hedged=draw(st.booleans()),
    )


@st.composite
def figures(draw: st.DrawFn, *, text: str, actor_ids: tuple[str, ...] = ()) -> Figure:
    """A figure whose span lies in *text*: a value, a range or a bound."""
    span = draw(_nonempty_spans(text))
    value, low, high = draw(
        st.one_of(
            _NUMBERS.map(lambda v: (v, None, None)),
            st.tuples(_NUMBERS, _NUMBERS).map(lambda p: (None, min(p), max(p))),
            _NUMBERS.map(lambda v: (v, v, None)),
        )
    )
    qualifier = draw(_optional(st.sampled_from(("about", "an estimated", "more than", "up to"))))
    return Figure(
        text=span.slice(text),
        span=span,
        value=value,
        low=low,
        high=high,
        approximate=qualifier is not None,
        qualifier=qualifier,
        unit=draw(
            _optional(st.sampled_from(("people", "USD", "percent", "American service members")))
        ),
        about=draw(_optional(st.sampled_from(actor_ids))) if actor_ids else None,
    )


@st.composite
def date_mentions(draw: st.DrawFn, *, text: str) -> DateMention:
    """A date mention whose span lies in *text*, resolved or not."""
    span = draw(_nonempty_spans(text))
    granularity: Literal["day", "month", "year"] | None = draw(
        _optional(st.sampled_from(("day", "month", "year")))
    )
    value = draw(st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1))) if granularity else None
    return DateMention(
        text=span.slice(text),
        span=span,
        value=value,
        granularity=granularity,
        relative=draw(st.booleans()),
    )


def authors(*, hostile: bool = False) -> st.SearchStrategy[Author]:
    """Bylines: mostly people, sometimes an agency."""
    return st.builds(
        Author,
        name=names(hostile=hostile),
        kind=st.sampled_from(("person", "organization")),
        url=_optional(_URLS),
    )


def publishers(*, hostile: bool = False) -> st.SearchStrategy[Publisher]:
    return st.builds(
        Publisher, name=names(hostile=hostile), url=_optional(_URLS), logo=_optional(_URLS)
    )


def images(*, text: str = "", hostile: bool = False) -> st.SearchStrategy[Image]:
    return st.builds(
        Image,
        caption=_optional(texts(hostile=hostile)),
        caption_truncated=st.booleans(),
        span=_optional(spans(len(text))),
        url=_optional(_URLS),
        credit=_optional(names(hostile=hostile)),
        width=_optional(st.integers(1, 4000)),
        height=_optional(st.integers(1, 4000)),
    )


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
        st.lists(texts(hostile=hostile, max_size=200), min_size=1, max_size=max_paragraphs)
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
        "headline": draw(_optional(texts(hostile=hostile))),
        "alternative_headline": draw(_optional(texts(hostile=hostile))),
        "description": draw(_optional(texts(hostile=hostile))),
        "image": draw(_optional(images(text=text, hostile=hostile))),
        "dateline": draw(
            _optional(st.sampled_from(("BEIRUT (Reuters)", "WASHINGTON", "TEHRAN (AP)")))
        ),
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
        published = draw(_optional(_DATETIMES))
        delta = draw(st.timedeltas(dt.timedelta(0), dt.timedelta(days=30)))
        fields |= {
            "url": draw(_optional(_URLS)),
            "published": published,
            "modified": draw(_optional(st.just(published + delta))) if published else None,
            "authors": draw(st.lists(authors(hostile=hostile), max_size=3)),
            "publisher": draw(_optional(publishers(hostile=hostile))),
            "section": draw(
                _optional(
                    st.sampled_from(("World", "Politics", "Tech"))
                    | texts(hostile=hostile, max_size=20)
                )
            ),
            "keywords": draw(st.lists(texts(hostile=hostile, max_size=20), max_size=4)),
            "language": draw(_optional(st.sampled_from(("en", "en-GB", "fa", "ar", "pt-BR")))),
        }
    return Article(text=text, paragraphs=article.paragraphs, **fields)


def _hypothesis_setup_hook() -> None:
    """Teach ``st.from_type`` to build valid newsmodel objects (Hypothesis plugin entry point)."""
    st.register_type_strategy(Article, articles())
    st.register_type_strategy(Span, spans(1000))
    st.register_type_strategy(Person, persons())
    st.register_type_strategy(Organization, organizations())
    st.register_type_strategy(Place, places())
    st.register_type_strategy(Author, authors())
    st.register_type_strategy(Publisher, publishers())
    st.register_type_strategy(Image, images())
    st.register_type_strategy(Paragraph, spans(1000).map(lambda s: Paragraph(span=s)))
    _text = "Officials said about 5,000 people attended on Thursday."
    st.register_type_strategy(Quote, quotes(text=_text))
    st.register_type_strategy(Figure, figures(text=_text))
    st.register_type_strategy(DateMention, date_mentions(text=_text))
