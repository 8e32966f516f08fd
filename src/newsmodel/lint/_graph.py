"""
Walk a compact JSON-LD document as schema.org nodes.

The linter reads the document as authors write it (compact form with the schema.org
context), not expanded, so that each issue can point at the key the author typed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from attrs import frozen

from newsmodel.lint._report import Collector

KEYWORDS = frozenset(
    {
        "@base", "@container", "@context", "@direction", "@graph", "@id", "@import",
        "@included", "@index", "@json", "@language", "@list", "@nest", "@none", "@prefix",
        "@propagate", "@protected", "@reverse", "@set", "@type", "@value", "@version", "@vocab",
    }
)  # fmt: skip
# The schema.org context maps these plain words to keywords.
ALIASES = {"id": "@id", "type": "@type"}
_SCHEMA_IRI = re.compile(r"^(?:https?://(?:www\.)?schema\.org/|schema:)")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def child(path: str, key: str | int) -> str:
    """Return the JSON path of *key* inside the value at *path*."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _IDENTIFIER.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def local_name(term: str) -> str:
    """``https://schema.org/Person`` and ``schema:Person`` are both ``Person``."""
    return _SCHEMA_IRI.sub("", term)


def is_schema_context(context: Any) -> bool | None:
    """
    Whether a ``@context`` value makes plain terms schema.org terms.

    None means there is no context at all.
    """
    if context is None:
        return None
    if isinstance(context, str):
        return bool(re.fullmatch(r"https?://(?:www\.)?schema\.org/?", context.strip()))
    if isinstance(context, dict):
        vocab = context.get("@vocab")
        return isinstance(vocab, str) and bool(_SCHEMA_IRI.match(vocab))
    if isinstance(context, list):
        return any(is_schema_context(c) for c in context)
    return False


@frozen(kw_only=True)
class Node:
    """A node object: its path, declared types, ``@id`` and properties (keywords removed)."""

    path: str
    data: dict[str, Any]
    types: tuple[str, ...]
    id: str | None
    properties: dict[str, Any]

    @property
    def is_reference(self) -> bool:
        """A bare ``{"@id": ...}`` that points at a node described elsewhere."""
        return self.id is not None and not self.types and not self.properties


def as_list(value: Any) -> list[Any]:
    """JSON-LD treats a single value and a one-element array alike."""
    return value if isinstance(value, list) else [value]


def values(value: Any) -> Iterator[Any]:
    """Yield the values of a property, unwrapping arrays, ``@list`` and ``@set``."""
    for item in as_list(value):
        if isinstance(item, dict) and ("@list" in item or "@set" in item):
            yield from values(item.get("@list", item.get("@set")))
        else:
            yield item


def node_of(data: dict[str, Any], path: str) -> Node | None:
    """Return *data* as a node, or None for a value object (``@value``) or list object."""
    keys = {ALIASES.get(k, k): v for k, v in data.items()}
    if "@value" in keys or "@list" in keys or "@set" in keys:
        return None
    raw_types = keys.get("@type", [])
    types = tuple(local_name(t) for t in as_list(raw_types) if isinstance(t, str))
    node_id = keys.get("@id")
    return Node(
        path=path,
        data=data,
        types=types,
        id=node_id if isinstance(node_id, str) else None,
        properties={k: v for k, v in data.items() if not k.startswith("@") and k not in ALIASES},
    )


def top_items(doc: Any, issues: Collector) -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield each top-level object of a document (one, or each item of an array)."""
    tops = list(enumerate(doc)) if isinstance(doc, list) else [(None, doc)]
    for index, top in tops:
        path = "$" if index is None else child("$", index)
        if not isinstance(top, dict):
            issues.error(path, f"expected a JSON object, got {type(top).__name__}", "not-object")
            continue
        yield path, top


def walk(data: dict[str, Any], path: str, issues: Collector) -> Iterator[Node]:
    """
    Yield every node inside *data* (itself included), depth first, with its JSON path.

    Reports keys that look like keywords but are not, since JSON-LD silently drops them.
    """
    yield from _walk(data, path, issues)


def _walk(data: dict[str, Any], path: str, issues: Collector) -> Iterator[Node]:
    for key in data:
        if key.startswith("@") and key not in KEYWORDS:
            issues.error(
                child(path, key),
                f"{key!r} is not a JSON-LD keyword, so it is dropped",
                "bad-keyword",
            )
    node = node_of(data, path)
    if node is not None and (node.types or node.properties or node.id):
        yield node
    for key, value in data.items():
        if key == "@context":
            continue
        key_path = child(path, key)
        items = list(enumerate(value)) if isinstance(value, list) else [(None, value)]
        for index, item in items:
            item_path = key_path if index is None else child(key_path, index)
            if isinstance(item, dict):
                yield from _walk(item, item_path, issues)


def index_types(all_nodes: list[Node]) -> dict[str, set[str]]:
    """Map each ``@id`` described in the document to the types declared for it."""
    index: dict[str, set[str]] = {}
    for node in all_nodes:
        if node.id is not None:
            index.setdefault(node.id, set()).update(node.types)
    return index


def described_by_id(all_nodes: list[Node]) -> dict[str, Node]:
    """The first node that describes each id (not a bare reference to it)."""
    described: dict[str, Node] = {}
    for node in all_nodes:
        if node.id is not None and not node.is_reference:
            described.setdefault(node.id, node)
    return described
