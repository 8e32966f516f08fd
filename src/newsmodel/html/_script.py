"""
JSON-LD inside a ``<script>`` element, safe against whatever the article's text holds.

A script element's content ends at the first ``</script`` whatever JSON thinks, and
``<!--`` followed by ``<script`` changes how the HTML tokenizer reads the rest, so the
JSON must never contain ``<``.
The escapes are JSON's own (``\\u003c``), never HTML entities, which JSON readers would
not decode: ``json.loads`` of the element's text gives back the exact graph.
"""

from __future__ import annotations

from typing import Any

import orjson

from newsmodel._limits import not_an_article
from newsmodel.jsonld._ids import Site
from newsmodel.jsonld._write import to_jsonld
from newsmodel.model import Article

# "<" and ">" close or open tags and comments; "&" starts a character reference in
# XHTML-parsed pages; U+2028/U+2029 end a line in older JavaScript engines.
# None of them can occur outside a JSON string, so replacing them keeps the JSON valid.
_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def json_for_script(doc: dict[str, Any] | list[Any]) -> str:
    """
    Serialise JSON data so that it can stand inside an HTML ``<script>`` element.

    .. versionadded:: 0.1
    """
    return orjson.dumps(doc).decode("utf-8").translate(_ESCAPES)


def script_tag(article: Article | dict[str, Any] | list[Any], *, site: Site | None = None) -> str:
    """
    Return ``<script type="application/ld+json">...</script>`` for an article.

    Args:
        article: the article, or a JSON-LD document already built (by `to_jsonld`).
        site: passed to `to_jsonld` with an article.

    Returns:
        The element as a string, safe to put anywhere in an HTML page's head or body
        without further escaping (in a template, mark it safe).

    .. versionadded:: 0.1
    """
    if not isinstance(article, Article | dict | list):
        raise not_an_article(article, "script_tag")
    doc = to_jsonld(article, site=site) if isinstance(article, Article) else article
    return f'<script type="application/ld+json">{json_for_script(doc)}</script>'
