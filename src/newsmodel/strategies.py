"""
Hypothesis strategies for every public model type, hostile text, and news with known truth.

They generate valid, varied objects: non-ASCII names and texts (Arabic, Persian,
Hebrew, accented Latin, emoji), empty optional fields, and large articles; with
``hostile=True``, text that breaks HTML, JSON and scripts (`HOSTILE_SAMPLES`).
Every span of a generated article lies inside its text and every item's text is what
its span covers, so the objects pass the model's invariants by construction rather than
by filtering, which keeps shrinking effective.
`news_texts` writes whole stories as plain prose and returns the truth about them, for
testing a parser or a pipeline.

With newsmodel installed, Hypothesis loads a plugin through its entry point, so
``st.from_type(Article)`` uses `articles`, and so on for every model type (set
``HYPOTHESIS_NO_PLUGINS`` to stop it).

>>> import newsmodel
>>> from hypothesis import given, settings
>>> from newsmodel import strategies
>>> @settings(max_examples=5)
... @given(strategies.articles(hostile=True))
... def test_roundtrip(article):
...     assert newsmodel.loads(newsmodel.dumps(article)) == article
>>> test_roundtrip()

.. versionadded:: 0.1
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Collection
from decimal import Decimal
from typing import Any, Literal, TypeVar

import attrs

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - the extra is not installed
    msg = "newsmodel.strategies needs Hypothesis: pip install 'newsmodel[hypothesis]'"
    raise ImportError(msg) from error
from hypothesis.errors import InvalidArgument

from newsmodel import _hypothesis_plugin as _plugin
from newsmodel import model
from newsmodel._prose import _plan
from newsmodel._prose._draw import check_names, fallback_order, stories
from newsmodel._prose._plan import DateForm, FigureForm, Intro, Order
from newsmodel._prose._render import render
from newsmodel.model import (
    Article,
    Author,
    DateMention,
    Figure,
    Image,
    Organization,
    Person,
    Place,
    Publisher,
    Quote,
    QuoteKind,
    Span,
    _checks,
    _types,
    slugify,
)

__all__ = [
    "ATTRIBUTION_ORDERS",
    "DATE_FORMS",
    "FIGURE_FORMS",
    "HOSTILE_SAMPLES",
    "INTROS",
    "DateForm",
    "FigureForm",
    "Intro",
    "Order",
    "articles",
    "authors",
    "date_mentions",
    "figures",
    "images",
    "names",
    "news_texts",
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
    "דוד",
    "Ngũgĩ",
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
    "&#60;/script&#62;",  # character references a naive unescape would turn into markup
    "&amp;lt;",
    "＜/script＞",  # fullwidth look-alikes
    "<![CDATA[",
    "\u2066\u2067\u2068\u2069",  # bidi isolates
    "\u200b\u200c\u2060",  # zero-width space, non-joiner, word joiner
    "\U0001f1ee\U0001f1f7",  # a flag: two regional indicators
    "\ud7ff\ue000\ufffd\U0010ffff",  # around the surrogates, and the last code point
    "\x7f\x85\x0c\x0b\r",  # DEL, NEL, form feed, vertical tab, carriage return
    "عبد الله",
    "דוד כהן",
    "a\u0300\u0301\u0302\u0303\u0304",  # a stack of combining marks
)

_SAFE_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs"),
)


def _repeat(sample: str, size: int) -> str:
    """*sample* repeated up to *size* characters."""
    return (sample * (size // len(sample) + 1))[:size]


def texts(
    *, hostile: bool = False, min_size: int = 1, max_size: int = 80
) -> st.SearchStrategy[str]:
    """
    Non-empty text with at least one visible character.

    With *hostile*, the text mixes in `HOSTILE_SAMPLES`, long runs of them, and any
    character UTF-8 can carry (controls, bidi marks, NUL), which is what breaks real
    systems.
    Nothing is filtered, so failures shrink to a short sample.
    """
    return _texts(hostile, min_size, max_size)


@functools.lru_cache(maxsize=64)
def _texts(hostile: bool, min_size: int, max_size: int) -> st.SearchStrategy[str]:  # noqa: FBT001
    # Cached: a strategy built once is validated once, which keeps articles() fast.
    alphabet = st.characters(codec="utf-8") if hostile else _SAFE_ALPHABET
    plain = st.text(alphabet, min_size=min_size, max_size=max_size)
    # A long run is a sample repeated, drawn as two integers: it shrinks to a short one.
    # It is one piece in five, so that articles stay quick to draw.
    long = st.builds(_repeat, st.sampled_from(("a", *HOSTILE_SAMPLES)), st.integers(200, 3000))
    samples = st.sampled_from(HOSTILE_SAMPLES)
    pieces = st.one_of(plain, samples, plain, samples, long) if hostile else plain
    joined = st.lists(pieces, min_size=1, max_size=4).map("".join)
    # A visible anchor keeps names non-blank without filtering.
    return st.tuples(st.sampled_from(_NAME_PARTS), joined).map(lambda p: f"{p[0]} {p[1]}")


def names(*, hostile: bool = False) -> st.SearchStrategy[str]:
    """Personal and organization names in several scripts."""
    return _names(hostile)


@functools.lru_cache(maxsize=2)
def _names(hostile: bool) -> st.SearchStrategy[str]:  # noqa: FBT001
    plain = st.lists(st.sampled_from(_NAME_PARTS), min_size=1, max_size=3).map(" ".join)
    if not hostile:
        return plain
    return st.one_of(plain, texts(hostile=True, max_size=20))


def spans(text_size: int) -> st.SearchStrategy[Span]:
    """A span inside a text of *text_size* characters."""
    # Two plain integers rather than a flatmap: cheaper to draw, and it shrinks to 0-0.
    bound = st.integers(0, text_size)
    return st.builds(_ordered_span, bound, bound)


def _ordered_span(a: int, b: int) -> Span:
    return Span(start=min(a, b), end=max(a, b))


def _nonempty_spans(text: str) -> st.SearchStrategy[Span]:
    """A span covering at least one non-blank character of *text* (which has one)."""
    bound = st.integers(0, len(text))

    def visible(a: int, b: int) -> Span:
        # Stretch a blank span to the nearest visible character: no filtering, and no
        # scan of the whole text, which hostile long runs make large.
        start, end = min(a, b), max(a, b)
        if _VISIBLE.search(text, start, end):
            return Span(start=start, end=end)
        after = _VISIBLE.search(text, end)
        if after:
            return Span(start=start, end=after.end())
        return Span(start=len(text.rstrip()) - 1, end=end)

    return st.builds(visible, bound, bound)


_VISIBLE = re.compile(r"\S")


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


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
_SAME_AS = st.lists(_URLS, max_size=1)
_QUOTE_KINDS: st.SearchStrategy[QuoteKind] = st.sampled_from(("direct", "partial", "indirect"))
_FIGURE_NUMBERS = st.one_of(
    _NUMBERS.map(lambda v: (v, None, None)),
    st.tuples(_NUMBERS, _NUMBERS).map(lambda p: (None, min(p), max(p))),
    _NUMBERS.map(lambda v: (v, v, None)),
)
_QUALIFIERS = _optional(st.sampled_from(("about", "an estimated", "more than", "up to")))
_UNITS = _optional(st.sampled_from(("people", "USD", "percent", "American service members")))
_GRANULARITIES = _optional(st.sampled_from(("day", "month", "year")))
_DATES = st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1))
_DATELINES = _optional(st.sampled_from(("BEIRUT (Reuters)", "WASHINGTON", "TEHRAN (AP)")))
_LANGUAGES = _optional(st.sampled_from(("en", "en-GB", "fa", "ar", "pt-BR")))

T = TypeVar("T")

#: Values for a field by its `Check`, where the check says more than the type.
_BY_CHECK: dict[object, st.SearchStrategy[Any]] = {
    _checks.url: _URLS,
    _checks.language: st.sampled_from(("en", "en-GB", "fa", "ar", "pt-BR")),
    _checks.iso_code: st.from_regex(r"[A-Z]{2}", fullmatch=True),
    _checks.pixels: st.integers(1, 4000),
    _checks.aware: _DATETIMES,
    _checks.number: _NUMBERS,
}


@functools.lru_cache(maxsize=256)
def _of_type(t: Any, check: object, size: int, *, hostile: bool) -> st.SearchStrategy[Any]:
    """
    Valid values of the type *t* (and its *check*) for a field no strategy specialises;
    a span lies in a text of *size* characters.
    """
    may_be_none, t = _types.optional(t)
    item = _types.item(t)
    if item is not None:
        each = _of_type(item, getattr(check, "item", None), size, hostile=hostile)
        found: st.SearchStrategy[Any] = st.lists(each, max_size=3).map(tuple)
    elif check in _BY_CHECK:
        found = _BY_CHECK[check]
    elif _types.choices(t):
        found = st.sampled_from(_types.choices(t))
    elif t is Span:
        found = spans(size)
    elif t is str:
        found = names(hostile=hostile) if check is _checks.name else texts(hostile=hostile)
    elif _types.is_model(t) and t not in _REGISTERED:  # a class no strategy knows yet
        found = _anything(t, size, hostile=hostile)
    else:  # bool, int, dates and the model's classes, which the plugin registers
        found = st.from_type(t)
    return _optional(found) if may_be_none else found


#: The model's classes the Hypothesis plugin gives a strategy of this module.
_REGISTERED = frozenset(getattr(model, name) for name in _plugin.STRATEGIES)


@st.composite
def _anything(draw: st.DrawFn, cls: type[T], size: int, *, hostile: bool) -> T:
    """An object of a model class no strategy specialises: every field from its type."""
    required = {
        a.name: draw(_of_type(a.type, a.validator, size, hostile=hostile))
        for a in attrs.fields(cls)  # type: ignore[arg-type]
        if a.default is attrs.NOTHING
    }
    return _complete(draw, cls, required, size=size, hostile=hostile)


def _complete(
    draw: st.DrawFn, cls: type[T], fields: dict[str, Any], *, size: int = 0, hostile: bool = False
) -> T:
    """
    ``cls(**fields)``, with every field *fields* does not give drawn from its type
    (spans inside a text of *size* characters).

    So a field added to a model class is drawn with no edit here; a strategy gives a
    field itself only where validity needs more than the type (spans inside the text,
    references to actors).
    """
    for a in attrs.fields(cls):  # type: ignore[arg-type]
        if a.name not in fields and a.default is not attrs.NOTHING:
            strategy = _of_type(a.type, a.validator, size, hostile=hostile)
            fields[a.name] = draw(strategy)
    return cls(**fields)


@functools.lru_cache(maxsize=128)
def _mentions(size: int) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(size), max_size=3).map(tuple)


# Strategies that do not depend on the text are built once: a strategy built per draw is
# validated per draw, which made articles() several times slower.
_HONORIFICS = _optional(st.sampled_from(("President", "Brig. Gen.", "Sen.", "Dr.", "Ms.")))
_ROLES = st.sampled_from(("defense minister", "spokesman", "inspector general"))
_ACRONYMS = _optional(st.from_regex(r"[A-Z]{2,5}", fullmatch=True))
_ORGANIZATION_KINDS = _optional(
    st.sampled_from(("news_agency", "government", "armed_group", "company"))
)
_PLACE_KINDS = _optional(st.sampled_from(("country", "city", "region")))
_ISO_CODES = st.from_regex(r"[A-Z]{2}", fullmatch=True)


@functools.lru_cache(maxsize=2)
def _aliases(hostile: bool) -> st.SearchStrategy[list[str]]:  # noqa: FBT001
    return st.lists(names(hostile=hostile), max_size=2)


@functools.lru_cache(maxsize=2)
def _person_roles(hostile: bool) -> st.SearchStrategy[str | None]:  # noqa: FBT001
    return _optional(_ROLES | texts(hostile=hostile, max_size=20))


def _actor(draw: st.DrawFn, cls: type[T], text: str, hostile: bool, **fields: Any) -> T:  # noqa: FBT001
    """An actor of *cls* with a name and its id, aliases and mentions inside *text*; then *fields*."""
    name = draw(names(hostile=hostile))
    common = {
        "id": slugify(cls.__name__.lower(), name),  # type: ignore[arg-type]
        "name": name,
        "aliases": draw(_aliases(hostile)),
        "mentions": draw(_mentions(len(text))),
        "same_as": draw(_SAME_AS),
    }
    return _complete(draw, cls, common | fields, size=len(text), hostile=hostile)


@st.composite
def persons(
    draw: st.DrawFn, *, text: str = "", hostile: bool = False, affiliations: tuple[str, ...] = ()
) -> Person:
    """A person, with mentions inside *text* and an affiliation among *affiliations*."""
    affiliation = draw(_optional(st.sampled_from(affiliations))) if affiliations else None
    role = draw(_person_roles(hostile))
    return _actor(
        draw, Person, text, hostile, honorific=draw(_HONORIFICS), role=role, affiliation=affiliation
    )


@st.composite
def organizations(draw: st.DrawFn, *, text: str = "", hostile: bool = False) -> Organization:
    """An organization, with mentions inside *text*."""
    kind = draw(_ORGANIZATION_KINDS)
    return _actor(draw, Organization, text, hostile, acronym=draw(_ACRONYMS), kind=kind)


@st.composite
def places(draw: st.DrawFn, *, text: str = "", hostile: bool = False) -> Place:
    """A place; a country carries an ISO 3166-1 alpha-2 code."""
    kind = draw(_PLACE_KINDS)
    iso = draw(_ISO_CODES) if kind == "country" else None
    return _actor(draw, Place, text, hostile, kind=kind, iso_code=iso)


@st.composite
def quotes(draw: st.DrawFn, *, text: str, actor_ids: tuple[str, ...] = ()) -> Quote:
    """A quote whose span lies in *text* (which has a non-blank character)."""
    visible = _nonempty_spans(text)
    span = draw(visible)
    cue_span = draw(_optional(visible))
    who = st.sampled_from(actor_ids) if actor_ids else st.none()
    fields = {
        "text": span.slice(text),
        "span": span,
        "kind": draw(_QUOTE_KINDS),
        "speaker": draw(_optional(who)),
        "cue": cue_span.slice(text) if cue_span else None,
        "cue_span": cue_span,
        "via": draw(_optional(who)),
        "quoted": tuple(draw(st.lists(_spans_inside(span), max_size=2))),
    }
    return _complete(draw, Quote, fields, size=len(text))


def _spans_inside(span: Span) -> st.SearchStrategy[Span]:
    """A span inside *span* (maybe empty)."""
    bound = st.integers(span.start, span.end)
    return st.builds(_ordered_span, bound, bound)


@st.composite
def figures(draw: st.DrawFn, *, text: str, actor_ids: tuple[str, ...] = ()) -> Figure:
    """A figure whose span lies in *text*: a value, a range or a bound."""
    span = draw(_nonempty_spans(text))
    value, low, high = draw(_FIGURE_NUMBERS)
    qualifier = draw(_QUALIFIERS)
    fields = {
        "text": span.slice(text),
        "span": span,
        "value": value,
        "low": low,
        "high": high,
        "approximate": qualifier is not None,
        "qualifier": qualifier,
        "unit": draw(_UNITS),
        "about": draw(_optional(st.sampled_from(actor_ids))) if actor_ids else None,
    }
    return _complete(draw, Figure, fields, size=len(text))


@st.composite
def date_mentions(draw: st.DrawFn, *, text: str) -> DateMention:
    """A date mention whose span lies in *text*, resolved or not."""
    span = draw(_nonempty_spans(text))
    granularity: Literal["day", "month", "year"] | None = draw(_GRANULARITIES)
    value = draw(_DATES) if granularity else None
    fields = {"text": span.slice(text), "span": span, "value": value, "granularity": granularity}
    return _complete(draw, DateMention, fields, size=len(text))


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
    return _complete(draw, cls, {"name": draw(names(hostile=hostile))}, hostile=hostile)


def images(*, text: str = "", hostile: bool = False) -> st.SearchStrategy[Image]:
    """The lead picture: caption, credit, size, and a caption span inside *text*."""
    return _images(text=text, hostile=hostile)


@st.composite
def _images(draw: st.DrawFn, *, text: str, hostile: bool) -> Image:
    caption = draw(_optional(texts(hostile=hostile)))
    return _complete(draw, Image, {"caption": caption}, size=len(text), hostile=hostile)


@functools.lru_cache(maxsize=2)
def _optional_texts(hostile: bool) -> st.SearchStrategy[str | None]:  # noqa: FBT001
    return _optional(texts(hostile=hostile))


@functools.lru_cache(maxsize=2)
def _author_lists(hostile: bool) -> st.SearchStrategy[list[Author]]:  # noqa: FBT001
    return st.lists(authors(hostile=hostile), max_size=3)


@functools.lru_cache(maxsize=2)
def _optional_publishers(hostile: bool) -> st.SearchStrategy[Publisher | None]:  # noqa: FBT001
    return _optional(publishers(hostile=hostile))


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
        "image": (lead := draw(_optional(images(text=text, hostile=hostile)))),
        "images": ()
        if lead is None
        else tuple(draw(st.lists(images(text=text, hostile=hostile), max_size=2))),
        "dateline": draw(_DATELINES),
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
            "authors": draw(_author_lists(hostile)),
            "publisher": draw(_optional_publishers(hostile)),
            "section": draw(
                _optional(
                    st.sampled_from(("World", "Politics", "Tech"))
                    | texts(hostile=hostile, max_size=20)
                )
            ),
            "keywords": draw(st.lists(texts(hostile=hostile, max_size=20), max_size=4)),
            "language": draw(_LANGUAGES),
        }
    fields |= {"text": text, "paragraphs": article.paragraphs}
    if not with_metadata:  # the fields left: none drawn
        fields |= {a.name: a.default for a in attrs.fields(Article) if a.name not in fields}
    return _complete(draw, Article, fields, size=len(text), hostile=hostile)


#: Every way `news_texts` attributes a quotation, by name:
#: ``quote-name-said`` ('"...," Okafor said.'), ``quote-said-name`` ('"...," said Okafor.'),
#: ``name-said-colon`` ('Okafor said: "..."'), ``name-told`` ('Okafor told reporters "..."'),
#: ``split`` ('"...," Okafor said. "..."'), ``run-on`` (a quotation left open at the end
#: of its paragraph and attributed in the next), ``continuation`` (a paragraph that is only a
#: quotation, after one by the same speaker), ``pronoun`` ('"...," she said.' after a
#: paragraph quoting her), ``partial`` ('Okafor called the deal "a disaster".'),
#: ``indirect`` ('Okafor said that ...') and ``according-to`` ('According to Okafor, ...').
ATTRIBUTION_ORDERS: tuple[Order, ...] = _plan.ORDERS

#: The figure forms `news_texts` writes: ``plain`` ("5,000 people"), ``hedged`` ("about
#: 5,000 people", "more than 200 families"), ``range`` ("between 4,000 and 5,000 workers"),
#: ``vague`` ("tens of thousands of protesters"), ``money`` ("$3.5 billion"), ``percent``
#: ("40 percent", "40%") and ``words`` ("five students").
FIGURE_FORMS: tuple[FigureForm, ...] = _plan.FIGURE_FORMS

#: The date forms `news_texts` writes: ``weekday`` ("on Thursday"), ``full`` ("on August
#: 28, 2018"), ``month`` ("in March 2019"), ``year`` ("in 2015"), ``relative`` ("last month").
DATE_FORMS: tuple[DateForm, ...] = _plan.DATE_FORMS

#: How `news_texts` first names a person: ``plain`` ("Dr. Amara Okafor"), ``after``
#: ("Amara Okafor, Kenya's finance minister,"), ``before`` ("Kenya's finance minister,
#: Amara Okafor,") or ``title`` ("Finance Minister Amara Okafor").
INTROS: tuple[Intro, ...] = _plan.INTROS


def news_texts(
    *,
    orders: Collection[Order] = ATTRIBUTION_ORDERS,
    figure_forms: Collection[FigureForm] = FIGURE_FORMS,
    date_forms: Collection[DateForm] = DATE_FORMS,
    min_quotes: int = 1,
    max_quotes: int = 5,
    max_people: int = 3,
    max_figures: int = 3,
    organizations_speak: bool = True,
    extras: bool = True,
    intros: Collection[Intro] = INTROS,
    courtesy_titles: bool = True,
    place_names: bool = True,
) -> st.SearchStrategy[tuple[str, Article]]:
    """
    Whole news stories as plain text, each with the truth about it: ``(text, expected)``.

    The strategy draws a story (people with honorifics and roles, organizations with
    acronyms, quotations in every attribution order, hedged figures, ranges and dates),
    writes it as a reporter would (headline, caption, dateline, paragraphs, boilerplate)
    and returns the text with an `Article` whose every span points at what was written:
    each person's mentions, each quotation's words (without the comma the attribution
    adds) and cue, each figure and each date.
    ``expected.actors`` holds exactly the people, organizations and places the text names.
    Pronouns are not mentions; a quote introduced by one has the pronoun's person as
    its ``speaker``.

    Args:
        orders: the attribution orders to use (see `ATTRIBUTION_ORDERS`); at least one
            must stand alone, since ``continuation`` and ``pronoun`` need an earlier
            quote by the same speaker and fall back to the first such order otherwise.
        figure_forms: figures to write (see `FIGURE_FORMS`); empty for none.
        date_forms: dates to write (see `DATE_FORMS`); empty for none.
        min_quotes: at least this many attributed utterances.
        max_quotes: at most this many.
        max_people: at most this many people (at least one is drawn).
        max_figures: at most this many figures.
        organizations_speak: organizations may be speakers ("the WHO said").
        extras: the story opens with a headline, as plain news text does, and a caption,
            a dateline and boilerplate may appear; without extras, the body alone.
        intros: how the body first names a person (see `INTROS`): "Dr. Amara Okafor",
            "Amara Okafor, Kenya's finance minister,", "Kenya's finance minister, Amara
            Okafor," or "Finance Minister Amara Okafor".
        courtesy_titles: later mentions may read "Ms. Okafor" rather than "Okafor".
        place_names: given names may also be names of places ("Sofia", "Florence").

    Raises:
        hypothesis.errors.InvalidArgument: a name is unknown, *intros* is empty, or no
            order in *orders* stands alone.

    .. versionadded:: 0.1
    """
    chosen = tuple(orders)
    check_names("orders", chosen, ATTRIBUTION_ORDERS)
    check_names("figure_forms", figure_forms, FIGURE_FORMS)
    check_names("date_forms", date_forms, DATE_FORMS)
    check_names("intros", intros, INTROS)
    if not intros:
        raise InvalidArgument("intros: expected at least one way to introduce a person")
    fallback = fallback_order(chosen)
    plans = stories(
        orders=chosen,
        figure_forms=tuple(figure_forms),
        date_forms=tuple(date_forms),
        min_quotes=min_quotes,
        max_quotes=max_quotes,
        max_people=max_people,
        max_figures=max_figures,
        organizations_speak=organizations_speak,
        extras=extras,
        intros=tuple(intros),
        courtesy_titles=courtesy_titles,
        place_names=place_names,
    )
    return plans.map(lambda plan: render(plan, fallback=fallback))
