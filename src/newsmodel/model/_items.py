"""What the parser extracts from the text: quotes, figures and dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal, TypeAlias

from attrs import field, frozen

from newsmodel.model import _checks, _invariants
from newsmodel.model._derive import model, positional
from newsmodel.model._span import Span

QuoteKind: TypeAlias = Literal["direct", "partial", "indirect"]
Granularity: TypeAlias = Literal["day", "month", "year"]
Number: TypeAlias = int | float | Decimal


@model(_invariants.quote)
@frozen(kw_only=True, weakref_slot=False)
class Quote:
    """
    Words attributed to a speaker.

    ``direct`` is a quotation in quotation marks, ``partial`` a quoted fragment inside the
    reporter's own sentence, ``indirect`` reported speech with no quotation marks (its
    ``text`` is the reported clause).

    ``quoted`` are the spans of the words in quotation marks when they are not the whole
    span: a partial quote's fragments (its ``text`` is the reporter's clause around them),
    or the paragraphs of a direct quote that runs over several (its ``text`` is their
    words joined by spaces, with no paragraph break or quotation mark inside).
    """

    text: str = field(validator=_checks.name)
    span: Span
    kind: QuoteKind = "direct"
    speaker: str | None = field(default=None, validator=_checks.text)  # an actor id
    cue: str | None = field(  # "declared", as written
        default=None, validator=_checks.name, metadata=_checks.SHARED
    )
    cue_span: Span | None = None
    via: str | None = field(default=None, validator=_checks.text)  # the outlet's actor id
    hedged: bool = False  # "reportedly", "allegedly"
    quoted: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple)  # the words in marks


@model(_invariants.figure)
@frozen(kw_only=True, weakref_slot=False)
class Figure:
    """
    A numeric fact: "about 5,000 American service members".

    ``value`` is the number as stated; ``low`` and ``high`` bound a range ("between 4,000
    and 5,000"), a vague quantity ("tens of thousands") or a hedge that is a bound
    ("more than 40": ``low=40``). At least one of the three is set.
    """

    text: str = field(validator=_checks.name)
    span: Span
    value: Number | None = field(
        default=None, converter=_checks.json_number, validator=_checks.number
    )
    low: Number | None = field(
        default=None, converter=_checks.json_number, validator=_checks.number
    )
    high: Number | None = field(
        default=None, converter=_checks.json_number, validator=_checks.number
    )
    approximate: bool = False
    qualifier: str | None = field(  # "about"
        default=None, validator=_checks.name, metadata=_checks.SHARED
    )
    unit: str | None = field(  # "people", "USD"
        default=None, validator=_checks.name, metadata=_checks.SHARED
    )
    about: str | None = field(default=None, validator=_checks.text)  # an actor id


@model(_invariants.date_mention)
@frozen(kw_only=True, weakref_slot=False)
class DateMention:
    """
    A date the text mentions: "August 28, 2018", "2015", "Thursday", "last month".

    ``value`` is the date when it can be resolved; with ``granularity`` "month" it is the
    first of that month, with "year" the first of January. ``relative`` marks dates that
    depend on when the article was published.
    """

    # "Thursday", "last year", "2015" recur in article after article
    text: str = field(validator=_checks.name, metadata=_checks.SHARED)
    span: Span
    value: dt.date | None = None
    granularity: Granularity | None = None
    relative: bool = False


#: The constructors taking every field in order, without a keyword call (the parser's way).
quote_of = positional(Quote)
figure_of = positional(Figure)
date_of = positional(DateMention)
