"""
Every article's JSON is strict UTF-8 JSON: no NaN or infinity, no lone surrogates.

orjson writes ``null`` for a NaN and refuses a lone surrogate, so a model that let either
in would lose data or fail late; the model refuses both (tests/model), and these
properties check the bytes themselves with a reader stricter than orjson: Python's
`json` with every non-standard constant refused.
"""

from __future__ import annotations

import json
from typing import Any

import orjson
import pytest
from hypothesis import given, settings

import newsmodel
from newsmodel import Article, jsonld, strategies


def _strict(document: bytes) -> Any:
    """Read *document* as RFC 8259 JSON in strict UTF-8, refusing NaN and infinities."""

    def refuse(constant: str) -> None:
        pytest.fail(f"non-standard JSON constant {constant}")

    text = document.decode("utf-8", errors="strict")
    value = json.loads(text, parse_constant=refuse)
    assert orjson.loads(document) == value
    return value


@settings(deadline=None)
@given(strategies.articles(hostile=True))
def test_model_json_is_strict_utf8_json(article: Article) -> None:
    """`newsmodel.dumps` writes strict UTF-8 JSON for any article, even a hostile one."""
    document = _strict(newsmodel.dumps(article))
    assert document["text"] == article.text


@settings(deadline=None)
@given(strategies.articles(hostile=True))
def test_jsonld_is_strict_utf8_json(article: Article) -> None:
    """`newsmodel.jsonld.dumps` writes strict UTF-8 JSON for any article, even a hostile one."""
    graph = _strict(jsonld.dumps(article))
    assert graph == jsonld.to_jsonld(article)
