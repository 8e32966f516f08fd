"""The constructors derived from the fields check every field and word every problem."""

import datetime as dt
import math
from decimal import Decimal
from typing import Any, get_args

import attrs
import pytest
from attrs import field, frozen
from hypothesis import given
from hypothesis import strategies as st

import newsmodel.model
from newsmodel import (
    Article,
    DateMention,
    Figure,
    Image,
    ModelError,
    Organization,
    Paragraph,
    Person,
    Place,
    Quote,
    Span,
)
from newsmodel.model import QuoteKind, _checks, _invariants
from newsmodel.model._actors import organization_of, person_of, place_of
from newsmodel.model._derive import model
from newsmodel.model._items import date_of, figure_of, quote_of

#: Every class of the model, as `newsmodel.model` exports them.
MODEL_CLASSES = tuple(
    c for c in vars(newsmodel.model).values() if isinstance(c, type) and attrs.has(c)
)

_VALUES: list[object] = [
    None, "", " ", "\n", "ok", "café", "bad\ud800", "person/x", 3, -1, 0, 2.5, b"x", True,
    Decimal("1.5"), Decimal("NaN"), math.inf, math.nan, 2**70, ("a",), ("",), (None,),
    "https://news.example/a", "http:// x", "en", "pt-BR", "IR", "ir",
    dt.datetime(2020, 1, 1, tzinfo=dt.UTC), dt.datetime(2020, 1, 1),  # noqa: DTZ001
]  # fmt: skip

_CHECKS = [value for value in vars(_checks).values() if isinstance(value, _checks.Check)]


@pytest.mark.parametrize("check", _CHECKS, ids=repr)
@pytest.mark.parametrize("value", _VALUES, ids=repr)
def test_inline_tests_answer_as_the_checks_do(check: _checks.Check, value: object) -> None:
    """A check's inline form, which the constructors use, agrees with its test."""
    # The inline form is only used on a value of its field's type: an offset is an int.
    if check.inline is None or type(value) is not (int if check is _checks.offset else str):
        return
    inline = eval(check.inline.format(v="v"), {"_surrogate": _checks.surrogate}, {"v": value})  # noqa: S307
    assert bool(inline) == check.test(value)


@given(st.integers(-3, 3), st.integers(-3, 3))
def test_span_accepts_what_it_always_did(start: int, end: int) -> None:
    if 0 <= start <= end:
        assert Span(start=start, end=end).end == end
    else:
        with pytest.raises(ModelError):
            Span(start=start, end=end)


_SPAN = Span(start=0, end=1)
_NUMBERS = st.one_of(st.none(), st.integers(-3, 3), st.decimals(-3, 3, places=1))


@given(
    st.one_of(st.none(), st.just("said")),
    st.one_of(st.none(), st.just(_SPAN)),
    _NUMBERS,
    _NUMBERS,
    _NUMBERS,
    st.one_of(st.none(), st.dates()),
    st.sampled_from((None, "day", "year")),
    st.lists(st.builds(Span, start=st.integers(0, 2), end=st.just(2)) | st.just(_SPAN), max_size=2),
)
def test_quick_rules_answer_as_the_worded_rules(  # noqa: PLR0917
    cue: str | None,
    cue_span: Span | None,
    value: Any,
    low: Any,
    high: Any,
    date: dt.date | None,
    granularity: Any,
    quoted: list[Span],
) -> None:
    """The constructor refuses an object exactly when its class's rules word a problem."""
    for build, rules in [
        (
            lambda: Quote(text="a", span=_SPAN, cue=cue, cue_span=cue_span, quoted=tuple(quoted)),
            _invariants.quote,
        ),
        (
            lambda: Figure(text="a", span=_SPAN, value=value, low=low, high=high),
            _invariants.figure,
        ),
        (
            lambda: DateMention(text="a", span=_SPAN, value=date, granularity=granularity),
            _invariants.date_mention,
        ),
    ]:
        try:
            build()
        except ModelError as exc:
            broken = list(exc.problems)
        else:
            broken = []
        # The worded rules, on a stand-in object holding the same fields.
        fields = {"cue": cue, "cue_span": cue_span, "value": value, "low": low, "high": high}
        fields |= {"granularity": granularity, "span": _SPAN, "quoted": tuple(quoted)}
        if rules is _invariants.date_mention:
            fields["value"] = date
        assert broken == rules(type("Fields", (), fields)())


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Span(start=True, end=2), "start: expected int, got bool"),
        (lambda: Span(start=1, end=1.0), "end: expected int, got float"),
        (lambda: Span(start=-1, end=2), "start: expected an offset >= 0, got -1"),
        (
            lambda: Quote(text="a", span=_SPAN, speaker="x\ud800"),
            "speaker: contains a lone surrogate",
        ),
        (
            lambda: Quote(text="Hi", span=_SPAN, kind="bogus", hedged="yes"),  # type: ignore[arg-type]
            "kind: expected one of 'direct', 'partial' or 'indirect', got 'bogus'",
        ),
        (lambda: Quote(text="a", span=_SPAN, hedged=1), "hedged: expected bool, got int"),
        (lambda: Quote(text="a", span=_SPAN, cue="said"), "cue_span: expected"),
        (lambda: Figure(text="a", span=_SPAN), "value: expected value, low"),
        (
            lambda: Figure(text="a", span=_SPAN, value=Decimal("NaN")),
            "value: expected a finite number",
        ),
        (lambda: Figure(text="a", span=_SPAN, low=5, high=4), "low: expected low"),
        (lambda: Figure(text="a", span=_SPAN, value=True), "value: expected int, float,"),
        (
            lambda: DateMention(text="a", span=_SPAN, granularity="day"),
            "granularity: expected value and granularity",
        ),
        (
            lambda: DateMention(text="a", span=_SPAN, value=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)),
            "value: expected date or None, got datetime",
        ),
        (lambda: Person(id="person/x\ud800", name="X"), "id: contains a lone surrogate"),
        (lambda: Person(id="person/x", name="X", aliases=[""]), "aliases[0]: expected a non"),
        (
            lambda: Person(id="person/x", name="X", mentions=[(0, 1)]),
            "mentions[0]: expected Span, got tuple",
        ),
        (lambda: Place(id="place/x", name="X", iso_code="xx"), "iso_code: expected an ISO"),
        (
            lambda: Article(text="x", publisher=5),  # type: ignore[arg-type]
            "publisher: expected Publisher or None, got int",
        ),
        (
            lambda: Article(text="x", image="pic.jpg"),  # type: ignore[arg-type]
            "image: expected Image or None, got str",
        ),
        (lambda: Article(text="x", keywords="ab"), "keywords: expected a tuple of str, got str"),
        (
            lambda: Article(text="x", actors=[Paragraph(span=_SPAN)]),
            "actors[0]: expected Person, Organization or Place, got Paragraph",
        ),
        (lambda: Image(width=0), "width: expected a positive number of pixels, got 0"),
    ],
)
def test_every_field_is_checked_and_worded(build: Any, message: str) -> None:
    """Literal and bool fields too: a wrong value is a ModelError naming its field."""
    with pytest.raises(ModelError) as info:
        build()
    assert info.value.problems[0].startswith(message)


def test_every_problem_of_the_fields_is_listed() -> None:
    with pytest.raises(ModelError) as info:
        Quote(text="Hi", span=_SPAN, kind="bogus", hedged="yes")  # type: ignore[arg-type]
    assert info.value.problems == (
        "kind: expected one of 'direct', 'partial' or 'indirect', got 'bogus'",
        "hedged: expected bool, got str",
    )


class _Odd:
    """A value of a type no field takes."""


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda cls: cls.__name__)
def test_no_field_takes_a_value_of_another_type(cls: type) -> None:
    """Each field, given an object of a type it does not take, is named in the error."""
    for a in attrs.fields(cls):
        with pytest.raises(ModelError) as info:
            cls(**_required(cls, **{a.name: _Odd()}))
        assert info.value.problems[0].startswith(f"{a.name}: expected ")
        assert "_Odd" in info.value.problems[0]
        assert "newsmodel" not in info.value.problems[0]


def _required(cls: type, **given: Any) -> dict[str, Any]:
    """Valid values of the fields *cls* requires, then *given*."""
    valid = {
        "text": "a", "span": _SPAN, "name": "X", "start": 0, "end": 1,
        "id": {Person: "person/x", Organization: "organization/x", Place: "place/x"}.get(cls),
    }  # fmt: skip
    required = [f.name for f in attrs.fields(cls) if f.default is attrs.NOTHING]
    return {name: valid[name] for name in required} | given


def test_figure_stores_huge_ints_as_decimals() -> None:
    figure = Figure(text="a", span=_SPAN, value=2**70)
    assert figure.value == Decimal(2**70)
    assert isinstance(figure.value, Decimal)


def test_spans_share_their_offsets() -> None:
    """Equal offsets are one int object, so kept articles do not each hold their own."""
    first = Span(start=int("1000"), end=int("2000"))
    second = Span(start=int("1000"), end=int("2000"))
    assert first.start is second.start
    assert first.end is second.end
    assert first == second


def test_recurring_strings_are_shared() -> None:
    """Units and place names recur across articles; each is kept once."""
    text = "5 people, 6 people"
    figure = Figure(text="5", span=_SPAN, value=5, unit=text[2:8])
    other = Figure(text="6", span=_SPAN, value=6, unit=text[12:])
    assert text[2:8] is not text[12:]
    assert figure.unit is other.unit
    place = Place(id="place/" + "iran", name="Ir" + "an")
    assert place == Place(id="place/iran", name="Iran")


def _outcome(build: Any) -> object:
    try:
        return build()
    except ModelError as exc:
        return exc.problems


@pytest.mark.parametrize(
    ("positional", "keywords"),
    [
        (
            lambda: quote_of("a", _SPAN, "direct", "person/x", "said", _SPAN, None, False),  # noqa: FBT003
            lambda: Quote(text="a", span=_SPAN, speaker="person/x", cue="said", cue_span=_SPAN),
        ),
        (
            lambda: quote_of(" ", _SPAN, "direct", None, "said", None, None, True),  # noqa: FBT003
            lambda: Quote(text=" ", span=_SPAN, cue="said", hedged=True),
        ),
        (
            lambda: figure_of("5", _SPAN, 2**70, None, None, False, "about", "people", None),  # noqa: FBT003
            lambda: Figure(text="5", span=_SPAN, value=2**70, qualifier="about", unit="people"),
        ),
        (
            lambda: figure_of("5", _SPAN, None, 5, 4, False, None, None, None),  # noqa: FBT003
            lambda: Figure(text="5", span=_SPAN, low=5, high=4),
        ),
        (
            lambda: date_of("Thursday", _SPAN, None, "day", False),  # noqa: FBT003
            lambda: DateMention(text="Thursday", span=_SPAN, granularity="day"),
        ),
        (
            lambda: person_of("person/x", "X", ["Mr X"], [_SPAN], (), None, "chief", None),
            lambda: Person(
                id="person/x", name="X", aliases=["Mr X"], mentions=[_SPAN], role="chief"
            ),
        ),
        (
            lambda: organization_of("person/x", "X", (), (), (), None, None),
            lambda: Organization(id="person/x", name="X"),
        ),
        (
            lambda: place_of("place/iran", "Iran", (), (), (), "country", "IRN"),
            lambda: Place(id="place/iran", name="Iran", kind="country", iso_code="IRN"),
        ),
        (lambda: place_of("place/iran", "Iran"), lambda: Place(id="place/iran", name="Iran")),
    ],
)
def test_positional_builders_are_the_constructors(positional: Any, keywords: Any) -> None:
    """The positional builders make the same object, or the same error."""
    assert _outcome(positional) == _outcome(keywords)


@model()
@frozen(kw_only=True, weakref_slot=False)
class _Tagged:
    """A class with a plain attrs validator, as a contributor might write one."""

    label: str = field(validator=attrs.validators.max_len(5))
    kind: QuoteKind = "direct"


def test_a_plain_attrs_validator_is_run_and_worded_as_the_model_words() -> None:
    assert _Tagged(label="short").label == "short"
    with pytest.raises(ModelError) as info:
        _Tagged(label="far too long")
    assert info.value.problems[0].startswith("label: ")
    with pytest.raises(ModelError, match=r"^label: expected str, got int$"):
        _Tagged(label=5)  # type: ignore[arg-type]


def test_a_literal_is_stored_as_the_literals_own_string() -> None:
    """Equal choices read from many documents are one string, not one per object."""
    kind = "indirect!"[:-1]  # a string of its own, as a JSON reader makes
    assert kind is not get_args(QuoteKind)[2]
    assert _Tagged(label="a", kind=kind).kind is get_args(QuoteKind)[2]  # type: ignore[arg-type]
