"""Hypothesis strategies for story plans: small integers and choices, never text."""

from __future__ import annotations

from collections.abc import Collection
from typing import TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsmodel.strategies._prose import _pools as pools
from newsmodel.strategies._prose._plan import (
    CONTEXTUAL_ORDERS,
    ORGANIZATION_ORDERS,
    DateForm,
    DatePlan,
    FigureForm,
    FigurePlan,
    Intro,
    Order,
    PersonPlan,
    QuotePlan,
    RolePlan,
    StoryPlan,
)

T = TypeVar("T")


def _index(pool: Collection[object]) -> st.SearchStrategy[int]:
    return st.integers(0, len(pool) - 1)


def fallback_order(orders: Collection[Order]) -> Order:
    """
    The first order that needs no earlier quote, used when a drawn one is out of context.

    Raises:
        InvalidArgument: every order in *orders* needs an earlier quote.
    """
    for order in orders:
        if order not in CONTEXTUAL_ORDERS:
            return order
    msg = (
        f"orders={tuple(orders)!r} needs an order that stands alone, such as "
        "'quote-name-said': 'continuation' and 'pronoun' follow an earlier quote"
    )
    raise InvalidArgument(msg)


def check_names(argument: str, given: Collection[str], known: Collection[str]) -> None:
    """
    Refuse a name `news_texts` does not know, which would otherwise fail mid-draw.

    Raises:
        InvalidArgument: a name in *given* is not in *known*.
    """
    unknown = [name for name in given if name not in known]
    if unknown:
        msg = f"{argument}: expected names from {tuple(known)!r}, got {unknown!r}"
        raise InvalidArgument(msg)


def dates(forms: Collection[DateForm]) -> st.SearchStrategy[DatePlan]:
    return st.builds(
        DatePlan,
        form=st.sampled_from(tuple(forms)),
        year=st.integers(1990, 2030),
        month=st.integers(1, 12),
        day=st.integers(1, 28),
        pick=st.integers(0, 6),
    )


def _optional_date(forms: Collection[DateForm]) -> st.SearchStrategy[DatePlan | None]:
    return st.none() | dates(forms) if forms else st.none()


def figures(
    forms: Collection[FigureForm], date_forms: Collection[DateForm]
) -> st.SearchStrategy[FigurePlan]:
    return st.builds(
        FigurePlan,
        form=st.sampled_from(tuple(forms)),
        number=st.integers(2, 999_999),
        extra=st.integers(1, 5000),
        pick=st.integers(0, 11),
        unit=_index(pools.COUNT_UNITS),
        frame=st.integers(0, 4),
        subject_first=st.booleans(),
        date=_optional_date(date_forms),
        background=st.none() | _index(pools.BACKGROUND),
    )


@st.composite
def _person(
    draw: st.DrawFn,
    *,
    first: int,
    last: int,
    organizations: int,
    intros: tuple[Intro, ...],
    courtesy_titles: bool,
) -> PersonPlan:
    at_country = st.builds(
        RolePlan,
        at=st.just("country"),
        job=_index(pools.COUNTRY_ROLES),
        where=_index(pools.COUNTRIES),
    )
    roles = at_country
    if organizations:
        at_org = st.builds(
            RolePlan,
            at=st.just("organization"),
            job=_index(pools.ORGANIZATION_ROLES),
            where=st.integers(0, organizations - 1),
        )
        roles = at_country | at_org
    return PersonPlan(
        first=first,
        last=last,
        honorific=draw(st.none() | st.integers(0, len(pools.HONORIFICS["f"]) - 1)),
        role=draw(st.none() | roles),
        intro=draw(st.sampled_from(intros)),
        honorific_later=courtesy_titles and draw(st.booleans()),
    )


#: Orders with no place for "reportedly": no cue verb, or the verb before the name.
_UNHEDGED: frozenset[Order] = frozenset({"continuation", "according-to", "quote-said-name"})

#: Orders that may say when: '"...," Okafor said on Thursday.', 'Okafor said on Thursday that'.
_DATED: frozenset[Order] = frozenset({"quote-name-said", "indirect"})

#: Orders whose quotation may end with a question: '"... Who will pay?" Okafor asked.'
_ASKED: frozenset[Order] = frozenset({"quote-name-said", "quote-said-name", "name-said-colon"})

_SENTENCE = st.tuples(
    _index(pools.QUOTE_SUBJECTS),
    _index(pools.QUOTE_PREDICATES),
    _index(pools.QUOTE_OBJECTS),
    _index(pools.QUOTE_TAILS),
)


@st.composite
def _quote(
    draw: st.DrawFn,
    *,
    orders: tuple[Order, ...],
    persons: int,
    organizations: int,
    date_forms: tuple[DateForm, ...],
) -> QuotePlan:
    order = draw(st.sampled_from(orders))
    speakers = persons + (organizations if order in ORGANIZATION_ORDERS else 0)
    return QuotePlan(
        order=order,
        speaker=draw(st.integers(0, speakers - 1)),
        sentences=tuple(
            draw(st.lists(_SENTENCE, min_size=2 if order in {"split", "run-on"} else 1, max_size=3))
        ),
        cue=draw(st.integers(0, 5)),
        pick=draw(st.integers(0, 11)),
        hedged=draw(st.booleans()) and order not in _UNHEDGED,
        date=draw(_optional_date(date_forms)) if order in _DATED else None,
        question=draw(st.none() | _index(pools.QUESTIONS)) if order in _ASKED else None,
    )


@st.composite
def stories(
    draw: st.DrawFn,
    *,
    orders: tuple[Order, ...],
    figure_forms: tuple[FigureForm, ...],
    date_forms: tuple[DateForm, ...],
    min_quotes: int,
    max_quotes: int,
    max_people: int,
    max_figures: int,
    organizations_speak: bool,
    extras: bool,
    intros: tuple[Intro, ...],
    courtesy_titles: bool,
    place_names: bool,
) -> StoryPlan:
    """A story plan; see `newsmodel.strategies.news_texts` for the arguments."""
    people = draw(st.integers(1, max_people))
    lasts = draw(st.lists(_index(pools.LAST_NAMES), min_size=people, max_size=people, unique=True))
    given = pools.ALL_FIRST_NAMES if place_names else pools.FIRST_NAMES
    firsts = draw(st.lists(_index(given), min_size=people, max_size=people))
    organizations = tuple(draw(st.lists(_index(pools.ORGANIZATIONS), max_size=2, unique=True)))
    persons = tuple(
        draw(
            _person(
                first=f,
                last=last,
                organizations=len(organizations),
                intros=intros,
                courtesy_titles=courtesy_titles,
            )
        )
        for f, last in zip(firsts, lasts, strict=True)
    )
    speaking = len(organizations) if organizations_speak else 0
    quotes = tuple(
        draw(
            st.lists(
                _quote(
                    orders=orders,
                    persons=people,
                    organizations=speaking,
                    date_forms=date_forms,
                ),
                min_size=min_quotes,
                max_size=max_quotes,
            )
        )
    )
    placed = st.tuples(st.integers(0, len(quotes)), figures(figure_forms, date_forms))
    figure_plans = tuple(draw(st.lists(placed, max_size=max_figures))) if figure_forms else ()

    def sometimes(strategy: st.SearchStrategy[T]) -> st.SearchStrategy[T | None]:
        return st.none() | strategy if extras else st.none()

    headline = st.tuples(
        _index(pools.COUNTRIES),
        _index(pools.HEADLINE_SUBJECTS),
        _index(pools.HEADLINE_PREDICATES),
    )
    caption = st.tuples(
        _index(pools.CAPTION_ACTIONS), _optional_date(date_forms), _index(pools.PHOTO_CREDITS)
    )
    dateline = st.tuples(_index(pools.COUNTRIES), st.none() | _index(pools.AGENCIES))
    return StoryPlan(
        persons=persons,
        organizations=organizations,
        acronym_first=draw(st.booleans()),
        quotes=quotes,
        figures=figure_plans,
        # Plain news text opens with its headline; a parser reads the first paragraph so.
        headline=draw(headline) if extras else None,
        caption=draw(sometimes(caption)),
        dateline=draw(sometimes(dateline)),
        boilerplate=draw(sometimes(_index(pools.BOILERPLATE))),
        curly=draw(st.booleans()),
    )
