"""
Reading hostile documents: a damaged JSON or JSON-LD document loads or raises SerializationError.

Random JSON rarely looks enough like an article to reach the deeper readers, so each
example starts from a real document (the sample article's) and damages it: a value
anywhere replaced by any JSON value, or a key removed.
Whatever comes out, `newsmodel.from_dict` and `newsmodel.jsonld.from_jsonld` either
return a valid `Article` or raise `SerializationError`; never a KeyError, TypeError or
AttributeError from deep inside.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeAlias

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, jsonld
from newsmodel.errors import SerializationError
from newsmodel.parser import parse
from newsmodel.validate import Report, validate

_SAMPLE = Path(__file__).parents[2] / "seeds" / "iran-iraq-military-ties.txt"
_Where: TypeAlias = tuple[str | int, ...]

_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(
        ["", "person/x", "#x", "NewsArticle", "Person", "Quotation", "2020-13-45T99:00:00Z"]
    ),
)
#: Any JSON value, small.
JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


def _paths(value: Any, path: _Where = ()) -> Iterator[_Where]:
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _paths(item, (*path, i))


def _damage(document: Any, path: _Where, value: Any, *, delete: bool) -> None:
    """Replace the value at *path* by *value*, or remove it from its object."""
    parent = document
    for key in path[:-1]:
        parent = parent[key]
    if delete and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = value


@pytest.fixture(name="sample", scope="module")
def _sample() -> Article:
    return parse(_SAMPLE.read_text(encoding="utf-8"))


_READERS: dict[str, tuple[Callable[[Article], Any], Callable[[Any], Article]]] = {
    "json": (newsmodel.to_dict, newsmodel.from_dict),
    "jsonld": (jsonld.to_jsonld, jsonld.from_jsonld),
}


@pytest.mark.parametrize("form", sorted(_READERS))
@settings(deadline=None)
@given(
    damage=st.lists(
        st.tuples(st.integers(min_value=1), JSON, st.booleans()), min_size=1, max_size=3
    )
)
def test_a_damaged_document_loads_or_raises_a_serialization_error(
    sample: Article, form: str, damage: list[tuple[int, Any, bool]]
) -> None:
    """A real document with values replaced or keys removed reads back or is refused cleanly."""
    write, read = _READERS[form]
    document = write(sample)
    for index, value, delete in damage:
        paths = list(_paths(document))[1:]  # the root itself stays a document
        if not paths:  # every key removed: nothing left to damage
            break
        _damage(document, paths[index % len(paths)], copy.deepcopy(value), delete=delete)
    try:
        article = read(document)
    except SerializationError as error:
        problems = error.problems
    else:
        assert isinstance(article, Article)
        return
    assert problems
    assert all(problem.startswith("$") for problem in problems), problems


def test_a_deeply_nested_document_is_a_serialization_error() -> None:
    """A JSON-LD object nested 5,000 deep (as Python data; JSON text stops at 1,024) is refused."""
    inner: dict[str, Any] = {}
    for _ in range(5000):
        inner = {"@type": "Thing", "name": "x", "about": inner}
    document = {"@type": "NewsArticle", "articleBody": "Talks resumed.", "about": inner}
    with pytest.raises(SerializationError, match=r"^\$"):
        jsonld.from_jsonld(document)


def test_deeply_nested_json_text_is_a_serialization_error() -> None:
    """JSON text nested deeper than orjson's limit of 1,024 is refused with its position."""
    for read in (newsmodel.loads, jsonld.from_jsonld):
        # orjson's wording changed across versions; the depth and the position stay
        with pytest.raises(SerializationError, match=r"^\$: .*depth.* line 1 column 1026"):
            read(b"[" * 5000 + b"]" * 5000)


@pytest.mark.parametrize("form", sorted(_READERS))
@settings(deadline=None)
@given(
    damage=st.lists(
        st.tuples(st.integers(min_value=1), JSON, st.booleans()), min_size=1, max_size=3
    )
)
def test_the_linter_reports_on_any_damaged_document(
    sample: Article, form: str, damage: list[tuple[int, Any, bool]]
) -> None:
    """`validate` returns a report for a damaged document, as data and as text; it never raises."""
    write, _ = _READERS[form]
    document = write(sample)
    for index, value, delete in damage:
        paths = list(_paths(document))[1:]
        if not paths:
            break
        _damage(document, paths[index % len(paths)], copy.deepcopy(value), delete=delete)
    as_data = validate(document)
    as_text = validate(json.dumps(document).encode())
    assert isinstance(as_data, Report)
    assert isinstance(as_text, Report)
    assert all(issue.path.startswith("$") for issue in (*as_data.errors, *as_data.warnings))


@settings(deadline=None)
@given(st.binary(max_size=300) | JSON.map(lambda v: json.dumps(v).encode()))
def test_the_linter_reports_on_any_bytes(data: bytes) -> None:
    """Any bytes, JSON or not, UTF-8 or not, give a report, never an exception."""
    assert isinstance(validate(data), Report)
