"""The hand-written article paths write and read exactly what the cattrs converter does."""

from typing import Any

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, SerializationError, Span, strategies
from newsmodel.serialize import _converter

TEXT = "Gen. Hatami said about 5,000 troops were there."


def converter_dict(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {"schema_version": newsmodel.SCHEMA_VERSION}
    data.update(_converter._FAST.unstructure(article))
    return data


def converter_outcome(doc: dict[str, Any]) -> object:
    """What loading *doc* gave before articles had their own reader."""
    body = {k: v for k, v in doc.items() if k != "schema_version"}
    try:
        return _converter._FAST.structure(body, Article)
    except Exception:  # noqa: BLE001, S110 - the detailed converter says what is wrong
        pass
    try:
        return _converter._DETAILED.structure(body, Article)
    except Exception as exc:  # noqa: BLE001
        return tuple(_converter._problems(exc))


def outcome(doc: dict[str, Any]) -> object:
    try:
        return newsmodel.from_dict(doc)
    except SerializationError as exc:
        return exc.problems


@given(strategies.articles(hostile=True))
def test_to_dict_is_the_converters_dict(article: Article) -> None:
    """Same keys, same order, same values: the JSON bytes cannot differ."""
    assert orjson.dumps(newsmodel.to_dict(article)) == orjson.dumps(converter_dict(article))


_ODD_VALUES = st.sampled_from(
    [None, True, 0, -1, 7, 1.5, "", " ", "x", "NaN", "2.5", "2020-01-01", [], [1, 2], [2, 1], {}]
)


@given(strategies.articles(), st.data())
def test_from_dict_agrees_with_the_converter_on_broken_documents(
    article: Article, data: st.DataObject
) -> None:
    """Replace one value anywhere in a valid document: the result or the problems match."""
    doc = orjson.loads(newsmodel.dumps(article))
    places: list[tuple[Any, Any]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            places.extend((node, key) for key in node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            places.extend((node, i) for i in range(len(node)))
            for value in node:
                walk(value)

    walk(doc)
    places = [(node, key) for node, key in places if key != "schema_version"]
    if places:
        node, key = data.draw(st.sampled_from(places))
        node[key] = data.draw(_ODD_VALUES)
    assert outcome(doc) == converter_outcome(doc)


@pytest.mark.parametrize(
    "change",
    [
        {"keywords": "ab"},  # a string is an iterable of strings to cattrs
        {"headline": None},
        {"quotes": [{"text": "Gen.", "span": [0, 4], "kind": "partial", "hedged": True}]},
        {"extra": 1},
        {"text": None},
        {"boilerplate": [[3, 1]]},
        {"figures": [{"text": "5,000", "span": [23, 28], "value": "5e3"}]},
    ],
)
def test_documents_the_article_reader_declines(change: dict[str, Any]) -> None:
    """Shapes the hand-written reader leaves to the converter load or fail as before."""
    doc: dict[str, Any] = {"schema_version": newsmodel.SCHEMA_VERSION, "text": TEXT, **change}
    assert outcome(doc) == converter_outcome(doc)


def test_a_span_of_wrong_shape_names_its_path() -> None:
    doc = {"schema_version": 1, "text": TEXT, "boilerplate": [[0, 4], [True, 2]]}
    with pytest.raises(SerializationError) as info:
        newsmodel.from_dict(doc)
    assert info.value.problems == (
        "$.boilerplate[1]: expected a span as [start, end], got list [True, 2]",
    )
    assert newsmodel.loads(newsmodel.dumps(Article(text=TEXT))).boilerplate == ()
    assert (
        Span(start=0, end=4)
        == newsmodel.from_dict(
            {"schema_version": 1, "text": TEXT, "boilerplate": [[0, 4]]}
        ).boilerplate[0]
    )


def loads_outcome(doc: dict[str, Any]) -> object:
    try:
        return newsmodel.loads(orjson.dumps(doc))
    except SerializationError as exc:
        return exc.problems


@pytest.mark.parametrize(
    "mentions",
    [
        [[0, 4], [40000, 40004]],  # offsets beyond the shared table
        [[0, 4], [4, 0]],
        [[0, 4], [0, 4, 5]],
        [[0, 4], "ab"],
        [[0, 4], {"a": 1, "b": 2}],
        [[0, 4], 3],
        [[0, 4], [False, 1]],
        [[-1, 4]],
    ],
)
def test_mentions_read_as_the_converter_reads_them(mentions: list[Any]) -> None:
    """The one-loop reading of an actor's mentions accepts and refuses what cattrs does."""
    actor = {"type": "person", "id": "person/hatami", "name": "Hatami", "mentions": mentions}
    doc: dict[str, Any] = {"schema_version": 1, "text": "x" * 50000, "actors": [actor]}
    assert loads_outcome(doc) == converter_outcome(doc)
