"""What the parser extracts from the text: quotes, figures and dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal, TypeAlias

import attrs
from attrs import field, frozen

from newsmodel.errors import ModelError
from newsmodel.model import _checks
from newsmodel.model._span import Span

QuoteKind: TypeAlias = Literal["direct", "partial", "indirect"]
Granularity: TypeAlias = Literal["day", "month", "year"]
Number: TypeAlias = int | float | Decimal


def _quoted(instance: Quote, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
    """Each quoted span is a `Span` inside the quote's span."""
    for i, span in enumerate(value):
        if type(span) is not Span:
            msg = f"{attribute.name}[{i}]: expected a Span, got {type(span).__name__}"
            raise ModelError([msg])
        if span.start < instance.span.start or span.end > instance.span.end:
            msg = (
                f"{attribute.name}[{i}]: expected a span inside the quote's span "
                f"{instance.span.start}-{instance.span.end}, got {span.start}-{span.end}"
            )
            raise ModelError([msg])


def _inside(quoted: tuple[Any, ...], span: Span) -> bool:
    for part in quoted:
        if type(part) is not Span or part.start < span.start or part.end > span.end:
            return False
    return True


@frozen(kw_only=True, init=False, weakref_slot=False)
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
    cue: str | None = field(default=None, validator=_checks.name)  # "declared", as written
    cue_span: Span | None = None
    via: str | None = field(default=None, validator=_checks.text)  # the outlet's actor id
    hedged: bool = False  # "reportedly", "allegedly"
    quoted: tuple[Span, ...] = field(default=(), converter=_checks.to_tuple, validator=_quoted)

    def __init__(
        self,
        *,
        text: str,
        span: Span,
        kind: QuoteKind = "direct",
        speaker: str | None = None,
        cue: str | None = None,
        cue_span: Span | None = None,
        via: str | None = None,
        hedged: bool = False,
        quoted: Any = (),
    ) -> None:
        quoted = quoted if type(quoted) is tuple else _checks.to_tuple(quoted)
        _fill_quote(self, text, span, kind, speaker, cue, cue_span, via, hedged, quoted)

    def _check(self) -> None:
        """Raise the error of the first broken invariant, as the validators word it."""
        _checks.validate(self)
        if (self.cue is None) != (self.cue_span is None):
            msg = "cue_span: expected cue and cue_span to be given together"
            raise ModelError([msg])


def _bounds(instance: Figure, _attribute: attrs.Attribute[Any], _value: object) -> None:
    if instance.low is not None and instance.high is not None and instance.low > instance.high:
        msg = f"low: expected low <= high, got low={instance.low} and high={instance.high}"
        raise ModelError([msg])


@frozen(kw_only=True, init=False, weakref_slot=False)
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
        default=None, converter=_checks.json_number, validator=[_checks.number, _bounds]
    )
    approximate: bool = False
    qualifier: str | None = field(default=None, validator=_checks.name)  # "about"
    unit: str | None = field(default=None, validator=_checks.name)  # "people", "USD"
    about: str | None = field(default=None, validator=_checks.text)  # an actor id

    def __init__(
        self,
        *,
        text: str,
        span: Span,
        value: float | Decimal | None = None,
        low: float | Decimal | None = None,
        high: float | Decimal | None = None,
        approximate: bool = False,
        qualifier: str | None = None,
        unit: str | None = None,
        about: str | None = None,
    ) -> None:
        _fill_figure(self, text, span, value, low, high, approximate, qualifier, unit, about)

    def _check(self) -> None:
        """Raise the error of the first broken invariant, as the validators word it."""
        _checks.validate(self)
        if self.value is None and self.low is None and self.high is None:
            msg = "value: expected value, low or high to be set"
            raise ModelError([msg])


def _granularity(instance: DateMention, _attribute: attrs.Attribute[Any], value: object) -> None:
    if (value is None) != (instance.value is None):
        msg = "granularity: expected value and granularity to be given together"
        raise ModelError([msg])


@frozen(kw_only=True, init=False, weakref_slot=False)
class DateMention:
    """
    A date the text mentions: "August 28, 2018", "2015", "Thursday", "last month".

    ``value`` is the date when it can be resolved; with ``granularity`` "month" it is the
    first of that month, with "year" the first of January. ``relative`` marks dates that
    depend on when the article was published.
    """

    text: str = field(validator=_checks.name)
    span: Span
    value: dt.date | None = None
    granularity: Granularity | None = field(default=None, validator=_granularity)
    relative: bool = False

    def __init__(
        self,
        *,
        text: str,
        span: Span,
        value: dt.date | None = None,
        granularity: Granularity | None = None,
        relative: bool = False,
    ) -> None:
        _fill_date(self, text, span, value, granularity, relative)


def _fill_quote(  # noqa: PLR0917 - positional on purpose: no keyword call
    made: Quote,
    text: str,
    span: Span,
    kind: QuoteKind,
    speaker: str | None,
    cue: str | None,
    cue_span: Span | None,
    via: str | None,
    hedged: bool,  # noqa: FBT001 - every field in order
    quoted: tuple[Any, ...],
) -> None:
    """Store and check the fields of a new `Quote`: its ``__init__``, shared with `quote_of`."""
    if type(cue) is str:
        cue = _known(cue) or _checks.shared(cue)
    _init_quote(made, text, span, kind, speaker, cue, cue_span, via, hedged, quoted)
    # Each optional field is tested for None inline: a call per field costs more.
    if not (
        _checks.is_name(text)
        and (speaker is None or _checks.is_text(speaker))
        and (cue is None or _checks.is_name(cue))
        and (via is None or _checks.is_text(via))
        and (cue is None) == (cue_span is None)
        and (not quoted or _inside(quoted, span))
    ):
        made._check()  # noqa: SLF001 - the class's own error wording


def quote_of(  # noqa: PLR0917 - positional on purpose: no keyword call
    text: str,
    span: Span,
    kind: QuoteKind,
    speaker: str | None,
    cue: str | None,
    cue_span: Span | None,
    via: str | None,
    hedged: bool,  # noqa: FBT001 - every field in order
    quoted: tuple[Any, ...] = (),
) -> Quote:
    """``Quote(...)`` from every field in order, without a keyword call: the JSON reader's way."""
    made: Quote = _new(Quote)
    _fill_quote(made, text, span, kind, speaker, cue, cue_span, via, hedged, quoted)
    return made


def _fill_figure(  # noqa: PLR0917 - positional on purpose: no keyword call
    made: Figure,
    text: str,
    span: Span,
    value: float | Decimal | None,
    low: float | Decimal | None,
    high: float | Decimal | None,
    approximate: bool,  # noqa: FBT001 - every field in order
    qualifier: str | None,
    unit: str | None,
    about: str | None,
) -> None:
    """Store and check the fields of a new `Figure`: its ``__init__``, shared with `figure_of`."""
    # Most numbers are ints well inside JSON's range: json_number leaves them as they are.
    if value is not None and (type(value) is not int or not -_INT64 < value < _INT64):
        value = _checks.json_number(value)
    if low is not None and (type(low) is not int or not -_INT64 < low < _INT64):
        low = _checks.json_number(low)
    if high is not None and (type(high) is not int or not -_INT64 < high < _INT64):
        high = _checks.json_number(high)
    if type(qualifier) is str:
        qualifier = _known(qualifier) or _checks.shared(qualifier)
    if type(unit) is str:
        unit = _known(unit) or _checks.shared(unit)
    _init_figure(made, text, span, value, low, high, approximate, qualifier, unit, about)
    # Each optional field is tested for None inline: a call per field costs more.
    if not (
        _checks.is_name(text)
        and (value is None or type(value) is int or _checks.is_number(value))
        and (low is None or type(low) is int or _checks.is_number(low))
        and (high is None or type(high) is int or _checks.is_number(high))
        and (low is None or high is None or not low > high)
        and (qualifier is None or _checks.is_name(qualifier))
        and (unit is None or _checks.is_name(unit))
        and (about is None or _checks.is_text(about))
        and (value is not None or low is not None or high is not None)
    ):
        made._check()  # noqa: SLF001 - the class's own error wording


def figure_of(  # noqa: PLR0917 - positional on purpose: no keyword call
    text: str,
    span: Span,
    value: float | Decimal | None,
    low: float | Decimal | None,
    high: float | Decimal | None,
    approximate: bool,  # noqa: FBT001 - every field in order
    qualifier: str | None,
    unit: str | None,
    about: str | None,
) -> Figure:
    """``Figure(...)`` from every field in order, without a keyword call: the JSON reader's way."""
    made: Figure = _new(Figure)
    _fill_figure(made, text, span, value, low, high, approximate, qualifier, unit, about)
    return made


def _fill_date(  # noqa: PLR0917 - positional on purpose: no keyword call
    made: DateMention,
    text: str,
    span: Span,
    value: dt.date | None,
    granularity: Granularity | None,
    relative: bool,  # noqa: FBT001 - every field in order
) -> None:
    """Store and check the fields of a new `DateMention`: its ``__init__``, shared with `date_of`."""
    if type(text) is str:  # "Thursday", "last year", "2015"
        text = _known(text) or _checks.shared(text)
    _init_date(made, text, span, value, granularity, relative)
    if not (_checks.is_name(text) and (granularity is None) == (value is None)):
        _checks.validate(made)


def date_of(
    text: str,
    span: Span,
    value: dt.date | None,
    granularity: Granularity | None,
    relative: bool,  # noqa: FBT001 - every field in order
) -> DateMention:
    """``DateMention(...)`` from every field in order, without a keyword call: the JSON reader's way."""
    made: DateMention = _new(DateMention)
    _fill_date(made, text, span, value, granularity, relative)
    return made


_new = object.__new__
_INT64 = _checks.INT64
_known = _checks.known
_init_quote = _checks.slot_setter(Quote)
_init_figure = _checks.slot_setter(Figure)
_init_date = _checks.slot_setter(DateMention)
