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

from newsmodel._limits import MAX_JSONLD_DEPTH, MAX_JSONLD_VALUES, depth_problem
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
            if id(real) in seen:  # each node's types are read once, however often it is described
                continue
            seen.add(id(real))
            if real.is_a(supertype):
                yield real


def read_graph(
    doc: Any, *, max_depth: int = MAX_JSONLD_DEPTH, max_values: int = MAX_JSONLD_VALUES
) -> Graph:
    """
    Index a JSON-LD document: a single object, an array, or an object with ``@graph``.

    Raises:
        SerializationError: the document nests deeper than *max_depth* (or contains
            itself), or holds more than *max_values* JSON values.
    """
    reader = _GraphReader(max_depth=max_depth, max_values=max_values)
    for top in doc if isinstance(doc, list) else [doc]:
        if isinstance(top, dict):
            reader.value(top, 0)
    return Graph(nodes=reader.nodes, by_id=_merged(reader.described))


class _GraphReader:
    """Turns JSON values into literals, lists and NodeViews, counting what it reads."""

    def __init__(self, *, max_depth: int, max_values: int) -> None:
        self.nodes: list[NodeView] = []
        self.described: dict[str, list[NodeView]] = {}  # @id -> each of its descriptions
        self.max_depth, self.max_values, self.left = max_depth, max_values, max_values

    def value(self, value: Any, depth: int) -> Any:  # noqa: C901 - one branch per value form
        """Turn a JSON value into a literal, a list of values, or a NodeView (recorded)."""
        if depth >= self.max_depth and isinstance(value, list | dict):  # one level too many
            raise SerializationError([depth_problem(self.max_depth)], reason="too-deep")
        self.left -= 1
        if self.left < 0:
            msg = f"$: expected at most {self.max_values:,} JSON values, got more"
            raise SerializationError([msg], reason="too-large")
        depth += 1
        if isinstance(value, list):
            converted = []
            for item in value:  # a loop, not a comprehension: one frame a level
                converted.append(self.value(item, depth))  # noqa: PERF401
            return converted
        if not isinstance(value, dict):
            return value
        keys = {_key(k): v for k, v in value.items() if k != "@context"}
        if "@value" in keys:
            return self.value(keys["@value"], depth)  # a value object may wrap another
        if "@list" in keys or "@set" in keys:
            return self.value(keys.get("@list", keys.get("@set")), depth)
        for item in _as_list(keys.pop("@graph", [])):
            self.value(item, depth)
        node_id = keys.get("@id") if isinstance(keys.get("@id"), str) else None
        types = tuple(_SCHEMA.sub("", t) for t in _as_list(keys.get("@type")) if isinstance(t, str))
        props: dict[str, list[Any]] = {}
        raw: dict[str, Any] = {}
        for key, item in keys.items():
            if key.startswith("@"):
                continue
            raw[key] = item
            converted = self.value(item, depth)
            props.setdefault(key, []).extend(_flatten(converted))
        node = NodeView(id=node_id, types=types, props=props, raw=raw)
        if types or props:
            self.nodes.append(node)
            if node_id is not None:
                self.described.setdefault(node_id, []).append(node)
        return node


def _merged(described: dict[str, list[NodeView]]) -> dict[str, NodeView]:
    """
    A node described more than once (same @id) gets the types and values of every one.

    Merged once per @id after the walk, so that many descriptions cost their size.
    """
    by_id: dict[str, NodeView] = {}
    for node_id, views in described.items():
        if len(views) == 1:
            by_id[node_id] = views[0]
            continue
        types: dict[str, None] = {}
        props: dict[str, list[Any]] = {}
        raw: dict[str, Any] = {}
        for view in views:
            types.update(dict.fromkeys(view.types))
            for key, items in view.props.items():
                props.setdefault(key, []).extend(items)
            for key, item in view.raw.items():
                raw.setdefault(key, item)
        by_id[node_id] = NodeView(id=node_id, types=tuple(types), props=props, raw=raw)
    return by_id


def _flatten(value: Any) -> list[Any]:
    """The values of a list of lists, in order, without recursion."""
    if not isinstance(value, list):
        return [value]
    found: list[Any] = []
    stack = [iter(value)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, list):
                stack.append(iter(item))
                break
            found.append(item)
        else:
            stack.pop()
    return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
