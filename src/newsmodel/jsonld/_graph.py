"""
Read any schema.org JSON-LD as a set of nodes with their references resolved.

This is the first half of `from_jsonld`: it knows JSON-LD's shapes (one object, an
array, ``@graph``, nested objects, ``@id`` references, ``@value``, ``@list``, the
``schema:`` prefix and full schema.org IRIs as keys) but nothing about articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from attrs import field, frozen

from newsmodel.errors import SerializationError
from newsmodel.jsonld._vocab import vocabulary

_SCHEMA = re.compile(r"^(?:https?://(?:www\.)?schema\.org/|schema:)")
_ALIASES = {"id": "@id", "type": "@type"}


def _key(key: str) -> str:
    return _ALIASES.get(key, _SCHEMA.sub("", key))


def usable(value: Any) -> str | None:
    """Return *value* if it is a string the model can hold (non-blank, encodable UTF-8)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, which JSON can spell as \ud800
        return None
    return value


@frozen(kw_only=True, eq=False)
class NodeView:
    """A node: its ``@id``, its types (local names) and its property values, as written."""

    id: str | None
    types: tuple[str, ...]
    props: dict[str, list[Any]] = field(factory=dict)
    raw: dict[str, Any] = field(factory=dict)  # property -> the value exactly as written

    def is_a(self, supertype: str) -> bool:
        vocab = vocabulary()
        return any(vocab.is_subtype(t, supertype) for t in self.types)

    def values(self, name: str) -> list[Any]:
        return self.props.get(name, [])

    def text(self, name: str) -> str | None:
        """The first usable string value of a property (a ``@value`` counts)."""
        return next(iter(self.texts(name)), None)

    def texts(self, name: str) -> list[str]:
        found = (usable(v) for v in self.values(name))
        return [v for v in found if v is not None]


@frozen(kw_only=True)
class Graph:
    """Every node of a document, in document order, and the described ones by ``@id``."""

    nodes: list[NodeView]
    by_id: dict[str, NodeView]

    def resolve(self, value: Any) -> NodeView | None:
        """Return the node a value is or refers to (merged by ``@id``); None for a literal."""
        if not isinstance(value, NodeView):
            return None
        return self.by_id.get(value.id, value) if value.id is not None else value

    def resolve_all(self, node: NodeView, name: str) -> list[NodeView]:
        found = (self.resolve(v) for v in node.values(name))
        return [n for n in found if n is not None]

    def of_type(self, supertype: str) -> Iterator[NodeView]:
        """Yield each described node of this type once, in document order."""
        seen: set[int] = set()
        for node in self.nodes:
            real = self.resolve(node) or node
            if id(real) not in seen and real.is_a(supertype):
                seen.add(id(real))
                yield real


def read_graph(doc: Any) -> Graph:
    """Index a JSON-LD document: a single object, an array, or an object with ``@graph``."""
    nodes: list[NodeView] = []
    by_id: dict[str, NodeView] = {}
    for top in doc if isinstance(doc, list) else [doc]:
        if isinstance(top, dict):
            _value(top, nodes, by_id)
    return Graph(nodes=nodes, by_id=by_id)


#: Deeper documents are refused: JSON text stops at 1,024 levels, Python data would not.
MAX_DEPTH = 512


def _value(  # noqa: C901 - one branch per JSON-LD value form
    value: Any, nodes: list[NodeView], by_id: dict[str, NodeView], depth: int = 0
) -> Any:
    """Turn a JSON value into a literal, a list of values, or a NodeView (recorded)."""
    if depth > MAX_DEPTH:
        msg = f"$: expected a document nested at most {MAX_DEPTH} levels deep"
        raise SerializationError([msg])
    depth += 1
    if isinstance(value, list):
        return [_value(v, nodes, by_id, depth) for v in value]
    if not isinstance(value, dict):
        return value
    keys = {_key(k): v for k, v in value.items() if k != "@context"}
    if "@value" in keys:
        return keys["@value"]
    if "@list" in keys or "@set" in keys:
        return _value(keys.get("@list", keys.get("@set")), nodes, by_id, depth)
    for item in _as_list(keys.pop("@graph", [])):
        _value(item, nodes, by_id, depth)
    node_id = keys.get("@id") if isinstance(keys.get("@id"), str) else None
    types = tuple(_SCHEMA.sub("", t) for t in _as_list(keys.get("@type")) if isinstance(t, str))
    props: dict[str, list[Any]] = {}
    raw: dict[str, Any] = {}
    for key, item in keys.items():
        if key.startswith("@"):
            continue
        raw[key] = item
        converted = _value(item, nodes, by_id, depth)
        props.setdefault(key, []).extend(_flatten(converted))
    node = NodeView(id=node_id, types=types, props=props, raw=raw)
    if types or props:
        nodes.append(node)
        if node_id is not None:
            _merge(by_id, node)
    return node


def _merge(by_id: dict[str, NodeView], node: NodeView) -> None:
    """A node described twice (same @id) gets the types and values of both descriptions."""
    assert node.id is not None  # noqa: S101 - only called for nodes with an id
    old = by_id.get(node.id)
    if old is None:
        by_id[node.id] = node
        return
    merged = NodeView(
        id=node.id,
        types=old.types + tuple(t for t in node.types if t not in old.types),
        props={k: old.props.get(k, []) + node.props.get(k, []) for k in old.props | node.props},
        raw=old.raw | {k: v for k, v in node.raw.items() if k not in old.raw},
    )
    by_id[node.id] = merged


def _flatten(value: Any) -> list[Any]:
    if isinstance(value, list):
        return [v for item in value for v in _flatten(item)]
    return [value]


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
