"""Vocabulary rules: every type and property is schema.org's, used where schema.org allows."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import Any

from newsmodel.jsonld._vocab import Vocabulary
from newsmodel.lint._graph import (
    Node,
    child,
    index_types,
    is_schema_context,
    local_name,
    top_items,
    walk,
)
from newsmodel.lint._report import Collector
from newsmodel.lint._values import Context, check_value

#: Unknown names a run looks for a close match to: about 1.5 ms each against the
#: vocabulary, so a document of a million made-up keys stays linear and quick.
SUGGESTIONS = 100


#: Each vocabulary table by its names in lower case (the tables live as long as the process).
_LOWERED: dict[int, dict[str, str]] = {}


def _suggest(name: str, known: dict[str, Any], issues: Collector) -> str:
    lowered = _LOWERED.get(id(known))
    if lowered is None:
        lowered = _LOWERED[id(known)] = {k.lower(): k for k in known}
    match = lowered.get(name.lower())
    if match is None and issues.suggestions < SUGGESTIONS:
        issues.suggestions += 1
        close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.8)
        match = close[0] if close else None
    return f"; did you mean {match!r}?" if match else ""


def _items(value: Any, path: str) -> Iterator[tuple[str, Any]]:
    """Yield each value of a property with its own path, unwrapping ``@list``/``@set``."""
    if isinstance(value, list):
        for i, item in enumerate(value):
            yield from _items(item, child(path, i))
    elif isinstance(value, dict) and ("@list" in value or "@set" in value):
        key = "@list" if "@list" in value else "@set"
        yield from _items(value[key], child(path, key))
    else:
        yield path, value


def collect(doc: Any, issues: Collector) -> list[Node]:
    """Return the nodes of every top-level object written under the schema.org context."""
    found: list[Node] = []
    for path, top in top_items(doc, issues):
        context = is_schema_context(top.get("@context"))
        if context is None:
            issues.error(
                path,
                'no @context, so no term means anything; add "@context": "https://schema.org"',
                "no-context",
            )
        elif not context:
            issues.warning(
                child(path, "@context"),
                "not the schema.org context; its terms are not checked",
                "context",
            )
            continue
        if not ({"@type", "type", "@graph"} & top.keys()):
            issues.error(path, "the top-level object has no @type or @graph", "no-type")
        found.extend(walk(top, path, issues))
    return found


def check(all_nodes: list[Node], vocab: Vocabulary, issues: Collector) -> None:
    """Check the types, properties and values of every node."""
    ctx = Context(vocab=vocab, index=index_types(all_nodes), issues=issues)
    described = {n.id for n in all_nodes if n.id is not None and not n.is_reference}
    for node in all_nodes:
        if node.is_reference:
            continue
        _check_types(node, vocab, issues)
        types = node.types or tuple(ctx.index.get(node.id or "", ()))
        if not types and node.properties:
            issues.warning(
                node.path, "the node has no @type, so its properties mean little", "untyped-node"
            )
        known = [t for t in types if t in vocab.types]
        for key, value in node.properties.items():
            _check_property(ctx, node, key, value, known)
    _check_references(all_nodes, described, issues)


def _check_types(node: Node, vocab: Vocabulary, issues: Collector) -> None:
    type_path = child(node.path, "@type" if "@type" in node.data else "type")
    for name in node.types:
        if name in vocab.types:
            if name in vocab.superseded:
                issues.warning(
                    type_path,
                    f"{name!r} is superseded by {vocab.superseded[name]!r}",
                    "superseded",
                )
        elif name in vocab.members:
            issues.error(
                type_path,
                f"{name!r} is a value of {'/'.join(vocab.members[name])}, not a type",
                "unknown-type",
            )
        else:
            issues.error(
                type_path,
                f"{name!r} is not a schema.org type{_suggest(name, vocab.types, issues)}",
                "unknown-type",
            )


def _check_property(ctx: Context, node: Node, key: str, value: Any, types: list[str]) -> None:
    vocab, issues = ctx.vocab, ctx.issues
    path = child(node.path, key)
    name = local_name(key)
    if ":" in name or "/" in name:
        return  # an IRI of another vocabulary: not ours to judge
    prop = vocab.properties.get(name)
    if prop is None:
        if name in vocab.types:
            hint = f"; {name!r} is a type, and properties start in lower case"
        else:
            hint = _suggest(name, vocab.properties, issues)
        issues.error(path, f"{name!r} is not a schema.org property{hint}", "unknown-property")
        return
    if name in vocab.superseded:
        issues.warning(path, f"{name!r} is superseded by {vocab.superseded[name]!r}", "superseded")
    if types and not any(vocab.applies_to(prop, t) for t in types):
        issues.error(
            path,
            f"{name!r} is not a property of {'/'.join(types)} "
            f"(it applies to {', '.join(sorted(prop.domain))})",
            "property-domain",
        )
    for item_path, item in _items(value, path):
        check_value(ctx, prop, item, item_path)


def _check_references(all_nodes: list[Node], described: set[str], issues: Collector) -> None:
    """Warn about references to ids that the document means to define but does not."""
    bases = {i.split("#", 1)[0] for i in described if "#" in i}
    for node in all_nodes:
        if not node.is_reference or node.id is None or node.id in described:
            continue
        local = node.id.startswith(("_:", "#")) or (
            "#" in node.id and node.id.split("#", 1)[0] in bases
        )
        if local:
            issues.warning(
                child(node.path, "@id" if "@id" in node.data else "id"),
                f"{node.id!r} refers to a node that the document does not describe",
                "dangling-reference",
            )
