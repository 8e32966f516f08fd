"""
What a generated story is made of, as plain frozen data that Hypothesis draws.

A plan holds indices into the pools and small numbers, never text, so that Hypothesis
shrinks a failing story towards the first name, the first verb and the smallest number;
`newsmodel.strategies._prose._render` turns a plan into prose and its truth deterministically.
"""

from __future__ import annotations

from typing import Literal, TypeAlias, get_args

from attrs import frozen

Order: TypeAlias = Literal[
    "quote-name-said",
    "quote-said-name",
    "name-said-colon",
    "name-told",
    "split",
    "run-on",
    "continuation",
    "pronoun",
    "partial",
    "indirect",
    "according-to",
]
FigureForm: TypeAlias = Literal["plain", "hedged", "range", "vague", "money", "percent", "words"]
DateForm: TypeAlias = Literal["weekday", "full", "month", "year", "relative"]
Intro: TypeAlias = Literal["plain", "after", "before", "title"]

#: Every attribution order `news_texts` can write, in the order the docs list them.
ORDERS: tuple[Order, ...] = get_args(Order)
#: Orders that need an earlier quote by the same speaker; the others stand alone.
CONTEXTUAL_ORDERS: frozenset[Order] = frozenset({"continuation", "pronoun"})
#: Orders in which an organization, not only a person, may speak.
ORGANIZATION_ORDERS: frozenset[Order] = frozenset(
    {"quote-name-said", "name-said-colon", "indirect", "according-to"}
)
FIGURE_FORMS: tuple[FigureForm, ...] = get_args(FigureForm)
DATE_FORMS: tuple[DateForm, ...] = get_args(DateForm)
#: How the body first names a person: "Dr. Amara Okafor" (plain), "Amara Okafor, Kenya's
#: finance minister," (after), "Kenya's finance minister, Amara Okafor," (before) or
#: "Finance Minister Amara Okafor" (title).
INTROS: tuple[Intro, ...] = get_args(Intro)


@frozen
class RolePlan:
    """A job at a country (``where`` indexes COUNTRIES) or an organization (ORGANIZATIONS)."""

    at: Literal["country", "organization"]
    job: int
    where: int


@frozen
class PersonPlan:
    first: int
    last: int
    honorific: int | None  # index into HONORIFICS[gender]
    role: RolePlan | None
    intro: Intro
    honorific_later: bool  # "Ms. Okafor" rather than "Okafor" after the first mention


@frozen
class DatePlan:
    form: DateForm
    year: int
    month: int
    day: int
    pick: int  # which weekday or relative date


@frozen
class FigurePlan:
    form: FigureForm
    number: int
    extra: int  # the width of a range, a decimal digit, a currency scale
    pick: int  # which hedge, vague word, currency or number word
    unit: int
    frame: int
    subject_first: bool
    date: DatePlan | None
    background: int | None  # a background sentence after the figure's


@frozen
class QuotePlan:
    """One attributed utterance; ``speaker`` indexes persons, then organizations."""

    order: Order
    speaker: int
    sentences: tuple[tuple[int, int, int, int], ...]  # subject, predicate, object, tail
    cue: int
    pick: int  # which audience, partial frame or fragment
    hedged: bool
    date: DatePlan | None = None  # "Okafor said on Thursday", in the orders that allow it
    question: int | None = None  # a closing question, and the cue "asked"


@frozen
class StoryPlan:
    persons: tuple[PersonPlan, ...]
    organizations: tuple[int, ...]
    acronym_first: bool  # "the World Health Organization (WHO)" on first mention
    quotes: tuple[QuotePlan, ...]
    figures: tuple[tuple[int, FigurePlan], ...]  # (before which quote, figure)
    headline: tuple[int, int, int] | None  # country, subject, predicate
    caption: tuple[int, DatePlan | None, int] | None  # action, date, credit
    dateline: tuple[int, int | None] | None  # country, agency
    boilerplate: int | None
    curly: bool  # “curly” rather than "straight" quotation marks
