"""Node ids, site defaults and value helpers shared by the JSON-LD writer's parts."""

from __future__ import annotations

import functools
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from attrs import frozen

from newsmodel.model import Article, Publisher

Node = dict[str, Any]

# Kept as is in an IRI: the reserved characters, the unreserved ones and existing escapes.
_IRI_SAFE = "/:?#[]@!$&'()*+,;=-._~%"
# Kept as is in a fragment made from an actor id; "%" is escaped so that reading undoes it.
_FRAGMENT_SAFE = "/-._~!$&'()*+,;=:@"
_INT64 = 2**63


@frozen(kw_only=True)
class Site:
    """
    The website articles are published on.

    It fills what an article leaves out: the publisher (``name``, ``url``, ``logo``) and
    the language; with a ``url``, the graph also gets a ``WebSite`` node that the page is
    part of.

    .. versionadded:: 0.1
    """

    name: str | None = None
    url: str | None = None
    logo: str | None = None
    language: str | None = None


def iri(url: str) -> str:
    """Percent-encode what an IRI may not contain (spaces, quotes, angle brackets, ...)."""
    return quote(url, safe=_IRI_SAFE)


def ref(node_id: str) -> Node:
    return {"@id": node_id}


def number(value: float | Decimal) -> int | float:
    """
    Return the canonical JSON number: an int when the value is whole, a float otherwise.

    JSON has one number type, and JSON-LD reads any whole number as an ``xsd:integer``,
    so ``2.0`` is written ``2``, which every reader then agrees on.
    A Decimal is written at double precision, which is what JSON-LD readers keep.
    """
    if isinstance(value, Decimal):
        # Readers hold JSON numbers as doubles: round first, then ask whether it is whole,
        # so that reading the graph back and writing it again gives the same bytes.
        value = int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and abs(value) >= _INT64:
        return float(value)  # beyond what JSON readers (and orjson) hold exactly
    return value


def put(node: Node, key: str, value: Any) -> None:
    """Set *key* unless the value is empty: no nulls, empty strings or empty lists."""
    if value is None or (isinstance(value, str | list | tuple) and not value):
        return
    node[key] = list(value) if isinstance(value, tuple) else value


@functools.lru_cache(maxsize=4096)
def _quoted(name: str) -> str:
    """A fragment name percent-encoded; cached, as the same ids recur in every article."""
    return quote(name, safe=_FRAGMENT_SAFE)


@frozen(kw_only=True)
class Ids:
    """
    The id of every node, derived from public data only: the article's url and positions.

    Without a url the ids are bare fragments (``#article``), which the embedding page
    resolves against its own address.
    """

    base: str
    page: str
    publisher: str
    website: str | None

    @classmethod
    def of(cls, article: Article, publisher: Publisher | None, site: Site) -> Ids:
        base = iri(article.url.split("#", 1)[0]) if article.url else ""
        owner = publisher.url if publisher is not None and publisher.url else None
        return cls(
            base=base,
            page=base or "#webpage",
            publisher=f"{iri(owner)}#publisher" if owner else f"{base}#publisher",
            website=f"{iri(site.url)}#website" if site.url else None,
        )

    def fragment(self, name: str) -> str:
        return f"{self.base}#{_quoted(name)}"

    @property
    def article(self) -> str:
        return self.fragment("article")

    @property
    def image(self) -> str:
        return self.fragment("image")

    def actor(self, actor_id: str) -> str:
        return self.fragment(actor_id)

    def author(self, index: int) -> str:
        return self.fragment(f"author-{index + 1}")

    def quote(self, index: int, *, claim: bool) -> str:
        return self.fragment(f"{'claim' if claim else 'quote'}-{index + 1}")

    def figure(self, index: int) -> str:
        return self.fragment(f"figure-{index + 1}")
