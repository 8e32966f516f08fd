"""The JSON form: loss-free, versioned, and strict about what it reads."""

import datetime as dt
from decimal import Decimal
from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, Figure, Person, SerializationError, Span, strategies

TEXT = "Gen. Hatami said about 5,000 troops were there."


def sample() -> Article:
    return Article(
        text=TEXT,
        headline="Troops",
        actors=(
            Person(id="person/amir-hatami", name="Amir Hatami", mentions=(Span(start=5, end=11),)),
        ),
        figures=(
            Figure(text="5,000", span=Span(start=23, end=28), value=5000, low=Decimal("4999.5")),
        ),
        published=dt.datetime(
            2019, 7, 11, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30))
        ),
    )


@given(strategies.articles())
def test_roundtrip(article: Article) -> None:
    """Every valid article survives dumps() and loads() unchanged."""
    assert newsmodel.loads(newsmodel.dumps(article)) == article


@given(strategies.articles(hostile=True))
def test_roundtrip_hostile(article: Article) -> None:
    """Control characters, bidi marks and markup in any field survive the round trip."""
    data = newsmodel.dumps(article)
    data.decode("utf-8")  # always valid UTF-8
    assert newsmodel.loads(data) == article


def test_document_shape() -> None:
    """Keys are attribute names, actors are tagged, datetimes keep their offset, defaults are omitted."""
    doc = orjson.loads(newsmodel.dumps(sample()))
    assert doc["schema_version"] == newsmodel.SCHEMA_VERSION
    assert doc["actors"][0]["type"] == "person"
    assert doc["published"] == "2019-07-11T09:30:00+03:30"
    assert doc["figures"][0] == {
        "text": "5,000",
        "span": [23, 28],
        "value": 5000,
        "low": "4999.5",
    }
    assert "quotes" not in doc


def test_decimal_and_float_keep_their_type() -> None:
    """A Decimal comes back a Decimal, a float a float, an int an int."""
    article = newsmodel.loads(newsmodel.dumps(sample()))
    assert isinstance(article.figures[0].value, int)
    assert article.figures[0].low == Decimal("4999.5")


def test_pretty_output_is_the_same_document() -> None:
    """Indented JSON reads back to the same article."""
    assert newsmodel.loads(newsmodel.dumps(sample(), indent=True)) == sample()


@pytest.mark.parametrize("span", [{"start": 0, "end": 1}, [0], [0, 1, 2], [0, "1"], [True, 1]])
def test_span_shape(span: object) -> None:
    """A span is exactly [start, end], two integers."""
    doc = good()
    doc["figures"][0]["span"] = span  # type: ignore[index]
    assert problems_for(doc) == (
        f"$.figures[0].span: expected a span as [start, end], got {type(span).__name__} {span!r:.60}",
    )


def test_other_model_types() -> None:
    """Any model class can be written and read, not only Article."""
    person = sample().actors[0]
    assert newsmodel.loads(newsmodel.dumps(person), Person) == person


def problems_for(doc: object) -> tuple[str, ...]:
    with pytest.raises(SerializationError) as info:
        newsmodel.from_dict(doc)
    return info.value.problems


def good() -> dict[str, object]:
    return newsmodel.to_dict(sample())


def test_wrong_type_is_reported_with_its_path() -> None:
    """A string where a number belongs is an error, not a silent conversion."""
    doc = good()
    doc["figures"][0]["value"] = "five thousand"  # type: ignore[index]
    doc["text"] = 3
    assert problems_for(doc) == (
        "$.text: expected str, got int",
        "$.figures[0].value: expected a number or a decimal string, got str 'five thousand'",
    )


def test_missing_field() -> None:
    """A missing required field is named."""
    doc = good()
    del doc["actors"][0]["name"]  # type: ignore[index]
    assert problems_for(doc) == ("$.actors[0].name: required field missing",)


def test_unknown_tag() -> None:
    """An actor of an unknown type is refused with the known ones listed."""
    doc = good()
    doc["actors"][0]["type"] = "alien"  # type: ignore[index]
    assert problems_for(doc) == (
        "$.actors[0].type: expected one of 'person', 'organization' or 'place', got str 'alien'",
    )


def test_invalid_span() -> None:
    """A span that ends before it starts is refused at its path."""
    doc = good()
    doc["figures"][0]["span"] = [5, 2]  # type: ignore[index]
    assert problems_for(doc) == ("$.figures[0].span.end: expected end >= start (5), got 2",)


def test_dangling_actor_id() -> None:
    """A quote whose speaker is not an actor of the article is refused."""
    doc = good()
    doc["quotes"] = [{"text": "Gen.", "span": [0, 4], "speaker": "person/x"}]
    assert problems_for(doc) == ("$.quotes[0].speaker: no actor 'person/x'",)


def test_unknown_field() -> None:
    """A misspelt field is an error rather than silently dropped data."""
    doc = good()
    doc["headlnie"] = "typo"
    assert problems_for(doc) == ("$: unknown field(s): headlnie",)


def test_naive_datetime() -> None:
    """A datetime without an offset is refused."""
    doc = good()
    doc["published"] = "2019-07-11T09:30:00"
    assert problems_for(doc) == (
        "$.published: expected a timezone-aware datetime, got 2019-07-11T09:30:00; add tzinfo (for example datetime.UTC)",
    )


@pytest.mark.parametrize(
    ("version", "found"),
    [
        (None, "NoneType None"),
        (2, "int 2"),
        ("1", "str '1'"),
        (True, "bool True"),
        (1.0, "float 1.0"),
    ],
)
def test_schema_version_is_checked(version: object, found: str) -> None:
    """A document from another format version is refused rather than misread."""
    doc = good()
    doc["schema_version"] = version
    assert problems_for(doc) == (f"$.schema_version: expected 1, got {found}",)


def test_schema_version_is_required() -> None:
    doc = good()
    del doc["schema_version"]
    assert problems_for(doc) == ("$.schema_version: required field missing",)


@pytest.mark.parametrize(
    ("path", "value", "problem"),
    [
        (("quotes", 0, "kind"), "shouted", "$.quotes[0].kind: expected one of 'direct', 'partial' or 'indirect', got 'shouted'"),
        (("paragraphs", 0), "text", "$.paragraphs[0]: expected Paragraph, got str"),
        (("publisher",), 5, "$.publisher: expected Publisher or None, got int"),
        (("quotes", 0, "hedged"), 1, "$.quotes[0].hedged: expected bool, got int"),
        (("keywords",), "ab", "$.keywords: expected a tuple of str, got str"),
    ],
)  # fmt: skip
def test_problems_say_what_was_expected_and_found(
    path: tuple[str | int, ...], value: object, problem: str
) -> None:
    """In the model's own words: no class paths, no exception names."""
    doc = good()
    doc["quotes"] = [{"text": "Gen.", "span": [0, 4]}]
    doc["keywords"] = ["troops"]
    doc["paragraphs"] = [{"span": [0, 4]}]
    node: Any = doc
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert problems_for(doc) == (problem,)


def test_not_json() -> None:
    """Bytes that are not JSON give the same error type."""
    with pytest.raises(SerializationError, match=r"\$: not valid JSON"):
        newsmodel.loads(b"{not json")


def test_not_an_object() -> None:
    """The root must be an object."""
    assert problems_for([1, 2]) == ("$: expected an object, got list",)


@given(st.integers())
def test_ints_of_any_size_survive(value: int) -> None:
    """An int past JSON's 64-bit range is kept as an equal Decimal, so nothing is lost."""
    figure = Figure(text="5", span=Span(start=0, end=1), value=value)
    back = newsmodel.loads(newsmodel.dumps(figure), Figure)
    assert back == figure
    assert back.value == value


@pytest.mark.parametrize("write", [newsmodel.dumps, newsmodel.to_dict])
@pytest.mark.parametrize("value", [5, {"text": "Hi."}, "Hi."])
def test_writing_something_else_than_a_model_object_is_a_typed_error(
    write: Any, value: object
) -> None:
    """A dict or a string given to the writer names what it got, and what it expected."""
    with pytest.raises(newsmodel.InputTypeError, match="Expected a model object") as caught:
        write(value)
    assert caught.value.found is type(value)


def test_reading_into_something_else_than_a_model_class_is_a_typed_error() -> None:
    with pytest.raises(newsmodel.InputTypeError, match="Expected a model class"):
        newsmodel.loads(b'{"schema_version":1,"text":"Hi."}', dict)
