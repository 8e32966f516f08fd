"""
The microdata of `render_article` agrees with the article's JSON-LD.

extruct (a third-party parser) reads both from one page; every property the microdata
states must have the same value in the JSON-LD node with the same id.
"""

import re
import runpy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from newsmodel import Article, strategies
from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import to_jsonld

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_article.py"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    """The sample article of ``examples/sample_article.py`` (a script, so run by path)."""
    article: Article = runpy.run_path(str(SAMPLE))["sample_article"]()
    return article


extruct = pytest.importorskip("extruct")

SCHEMA = "https://schema.org/"


def page(article: Article) -> str:
    return (
        f"<!doctype html><html><head><meta charset='utf-8'>{script_tag(article)}</head>"
        f"<body>{render_article(article)}</body></html>"
    )


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _same(md_value: Any, ld_value: Any, nodes: dict[str, dict[str, Any]], path: str) -> None:
    if isinstance(md_value, dict):  # a nested item: same id, and it agrees in turn
        assert isinstance(ld_value, dict), path
        assert md_value["id"] == ld_value["@id"], path
        _agree(md_value, nodes[ld_value["@id"]], nodes, path)
    elif isinstance(ld_value, dict):  # a URL in microdata, a reference in JSON-LD
        assert md_value == ld_value["@id"], path
    else:
        assert _text(md_value) == _text(str(ld_value)), path


def _text(value: str) -> str:
    """
    Text as extruct reports it: extruct collapses whitespace in element text (html_text).

    HTML cannot carry NUL either: the page shows U+FFFD, as browsers do.
    The exact text is checked in a real browser by test_browser.py.
    """
    return re.sub(r"\s+", " ", value.replace("\x00", "\ufffd")).strip()


def _agree(item: dict[str, Any], node: dict[str, Any], nodes: dict[str, Any], path: str) -> None:
    assert item["type"] == SCHEMA + node["@type"], path
    for name, md_values in item["properties"].items():
        assert name in node, f"{path}.{name} is in the microdata only"
        md_list, ld_list = _as_list(md_values), _as_list(node[name])
        if name == "hasPart":  # the microdata marks up the quotes it can place in the text
            ld_by_id = {ref["@id"]: ref for ref in ld_list}
            ld_list = [ld_by_id[v["id"]] for v in md_list]
        assert len(md_list) == len(ld_list), f"{path}.{name}"
        for i, (md_value, ld_value) in enumerate(zip(md_list, ld_list, strict=True)):
            _same(md_value, ld_value, nodes, f"{path}.{name}[{i}]")


def check_agreement(article: Article) -> dict[str, Any]:
    data = extruct.extract(page(article), base_url=article.url, syntaxes=["json-ld", "microdata"])
    (doc,) = data["json-ld"]
    assert doc == to_jsonld(article)  # extruct reads back exactly the graph we wrote
    nodes = {n["@id"]: n for n in doc["@graph"]}
    (item,) = data["microdata"]
    _agree(item, doc["@graph"][0], nodes, "$")
    result: dict[str, Any] = item
    return result


def test_sample_microdata_agrees(article: Article) -> None:
    """The sample page's microdata says what its JSON-LD says, quotes and byline included."""
    item = check_agreement(article)
    props = item["properties"]
    assert set(props) >= {"headline", "author", "datePublished", "image", "articleBody", "hasPart"}
    assert len(props["hasPart"]) == 4
    assert props["author"]["properties"]["name"] == "Leila Haddad"


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(strategies.articles(hostile=True, min_quotes=1))
def test_hostile_microdata_agrees(article: Article) -> None:
    """With hostile strings in every field, the microdata still agrees with the JSON-LD."""
    check_agreement(article)
