"""The constructors' quick tests never let through a value their validators refuse."""

import math
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import DateMention, Figure, ModelError, Organization, Person, Place, Quote, Span
from newsmodel.model import _checks
from newsmodel.model._actors import organization_of, person_of, place_of
from newsmodel.model._items import date_of, figure_of, quote_of

_VALUES: list[object] = [
    None, "", " ", "\n", "ok", "café", "bad\ud800", "person/x", 3, 2.5, b"x", True,
    Decimal("1.5"), Decimal("NaN"), math.inf, math.nan, 2**70, ("a",), ("",), (None,),
]  # fmt: skip

_FIELD = attrs.fields(Quote).speaker  # any attribute: only its name is used


def passes(validator: Any, value: object) -> bool:
    try:
        validator(None, _FIELD, value)
    except (ModelError, TypeError):
        return False
    return True


@pytest.mark.parametrize("value", _VALUES, ids=repr)
def test_quick_tests_imply_the_validators(value: object) -> None:
    """Each ``is_*`` says yes only where its validator passes."""
    if _checks.is_text(value):
        assert passes(_checks.text, value)
    if _checks.is_name(value):
        assert passes(_checks.name, value)
    if _checks.is_number(value):
        assert passes(_checks.number, value)
    if isinstance(value, tuple) and _checks.are_texts(value):
        assert passes(_checks.texts, value)


@given(st.integers(-3, 3), st.integers(-3, 3))
def test_span_accepts_what_it_always_did(start: int, end: int) -> None:
    if 0 <= start <= end:
        assert Span(start=start, end=end).end == end
    else:
        with pytest.raises(ModelError):
            Span(start=start, end=end)


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: Span(start=True, end=2), "start: expected an int, got bool"),
        (lambda: Span(start=1, end=1.0), "end: expected an int, got float"),
        (
            lambda: Quote(text="a", span=Span(start=0, end=1), speaker="x\ud800"),
            "speaker: contains a lone surrogate",
        ),
        (lambda: Quote(text="a", span=Span(start=0, end=1), cue="said"), "cue_span: expected"),
        (lambda: Figure(text="a", span=Span(start=0, end=1)), "value: expected value, low"),
        (
            lambda: Figure(text="a", span=Span(start=0, end=1), value=Decimal("NaN")),
            "value: expected a finite number",
        ),
        (lambda: Figure(text="a", span=Span(start=0, end=1), low=5, high=4), "low: expected low"),
        (
            lambda: DateMention(text="a", span=Span(start=0, end=1), granularity="day"),
            "granularity: expected value and granularity",
        ),
        (lambda: Person(id="person/x\ud800", name="X"), "id: contains a lone surrogate"),
        (lambda: Person(id="person/x", name="X", aliases=[""]), "aliases: [0] expected a non"),
        (lambda: Person(id="person/x", name="X", mentions=[(0, 1)]), "mentions[0]: expected a"),
        (lambda: Place(id="place/x", name="X", iso_code="xx"), "iso_code: expected an ISO"),
    ],
)
def test_the_slow_path_words_the_first_problem(build: Any, message: str) -> None:
    """When the quick test says no, the validators run and raise their own error."""
    with pytest.raises(ModelError) as info:
        build()
    assert info.value.problems[0].startswith(message)


def test_figure_stores_huge_ints_as_decimals() -> None:
    figure = Figure(text="a", span=Span(start=0, end=1), value=2**70)
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
    figure = Figure(text="5", span=Span(start=0, end=1), value=5, unit=text[2:8])
    other = Figure(text="6", span=Span(start=0, end=1), value=6, unit=text[12:])
    assert text[2:8] is not text[12:]
    assert figure.unit is other.unit
    place = Place(id="place/" + "iran", name="Ir" + "an")
    assert place == Place(id="place/iran", name="Iran")


def _outcome(build: Any) -> object:
    try:
        return build()
    except ModelError as exc:
        return exc.problems


_SPAN = Span(start=0, end=1)


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
    ],
)
def test_positional_builders_are_the_constructors(positional: Any, keywords: Any) -> None:
    """The JSON reader's positional builders make the same object, or the same error."""
    assert _outcome(positional) == _outcome(keywords)
