"""
Write an `Article` as one schema.org JSON-LD graph.

Encoding decisions:

- One ``{"@context": "https://schema.org", "@graph": [...]}`` per article; nodes refer to
  each other only by ``@id``, in a fixed order: NewsArticle, WebPage, WebSite (with a
  `Site` url), publisher, image, authors, actors, quotations and claims, observations.
- Ids are the article's url plus a fragment (``#article``, ``#person/amir-hatami``,
  ``#quote-2``), or the bare fragment when there is no url; see `Ids`.
  The same article always gives byte-identical output.
- Direct and partial quotes are ``Quotation``s; indirect (reported) speech is a ``Claim``
  with ``author`` and ``appearance``, never a ``Quotation``, because its words are the
  reporter's, not the speaker's.
- Figures are ``Observation``s (a subtype of ``QuantitativeValue``): ``value``, or
  ``minValue``/``maxValue`` for ranges and bounds, with the figure's words (hedge
  included) in ``description``.
- Datetimes are ISO 8601 with their offset; a `decimal.Decimal` becomes a JSON number.
- Empty fields are left out; a node without what it needs (an image without a url) is
  not written, and no reference to it is either.
"""

from __future__ import annotations

from typing import Any

import orjson

from newsmodel._limits import not_an_article
from newsmodel.jsonld import _names as names
from newsmodel.jsonld import _nodes as build
from newsmodel.jsonld._ids import Ids, Node, Site
from newsmodel.model import Article, Publisher

_DROP: Any = object()


def to_jsonld(article: Article, *, site: Site | None = None) -> dict[str, Any]:
    """
    Return the article as a schema.org JSON-LD document with one ``@graph``.

    Args:
        article: the article to publish.
        site: defaults for what the article leaves out (publisher, language), and the
            ``WebSite`` the page belongs to.

    Returns:
        A dict of plain JSON data (str, int, float, bool, list, dict), ready for
        `dumps` or `newsmodel.html.script_tag`.

    .. versionadded:: 0.1
    """
    if not isinstance(article, Article):
        raise not_an_article(article, "to_jsonld")
    site = site or Site()
    publisher = article.publisher
    if publisher is None and site.name:
        publisher = Publisher(name=site.name, url=site.url, logo=site.logo)
    ids = Ids.of(article, publisher, site)
    graph = build.graph(article, publisher=publisher, site=site, ids=ids)
    return {"@context": names.CONTEXT, "@graph": _prune(graph)}


def dumps(article: Article, *, site: Site | None = None, indent: bool = False) -> bytes:
    """
    Return `to_jsonld` of the article as UTF-8 JSON bytes (via orjson).

    The output is deterministic: the same article and site give the same bytes.
    It is not safe to paste into HTML as is; use `newsmodel.html.script_tag` for that.

    .. versionadded:: 0.1
    """
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(to_jsonld(article, site=site), option=option)


def _prune(graph: list[Node]) -> list[Node]:
    """Drop every reference to a node the graph does not hold, so that none dangles."""
    known = {node["@id"] for node in graph}

    def keep(value: Any) -> Any:
        # Only lists and dicts can hold a reference: leaves are kept without a call.
        if isinstance(value, list):
            kept = [keep(v) if isinstance(v, list | dict) else v for v in value]
            return [v for v in kept if v is not _DROP]
        if isinstance(value, dict):
            if len(value) == 1 and "@id" in value:
                return value if value["@id"] in known else _DROP
            out = {}
            for key, item in value.items():
                if not isinstance(item, list | dict):
                    out[key] = item
                    continue
                kept_item = keep(item)
                if kept_item is not _DROP and kept_item != []:
                    out[key] = kept_item
            return out
        return value

    return [keep(node) for node in graph]
