"""
The schema.org vocabulary, as the compact table `tools/build_schema_table.py` derives.

The table is loaded once, lazily, from ``schemaorg_vocab.json`` beside this module, so
that importing newsmodel costs nothing until something asks about schema.org terms.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

from attrs import field, frozen

_TABLE = "schemaorg_vocab.json"


@frozen(kw_only=True)
class Property:
    """What a property applies to (``domain``) and what its values may be (``range``)."""

    name: str
    domain: frozenset[str]
    range: frozenset[str]


@frozen(kw_only=True)
class Vocabulary:
    """The types, properties and enumeration members of one schema.org release."""

    version: str
    types: dict[str, tuple[str, ...]] = field(repr=False)
    properties: dict[str, Property] = field(repr=False)
    members: dict[str, tuple[str, ...]] = field(repr=False)
    superseded: dict[str, str] = field(repr=False)
    datatype_roots: frozenset[str] = field(repr=False)
    _ancestors: dict[str, frozenset[str]] = field(factory=dict, repr=False, eq=False)

    def ancestors(self, name: str) -> frozenset[str]:
        """Return *name* and every type it inherits from (empty for an unknown type)."""
        cached = self._ancestors.get(name)
        if cached is not None:
            return cached
        seen: set[str] = set()
        stack = [name] if name in self.types else []
        while stack:
            current = stack.pop()
            if current not in seen:
                seen.add(current)
                stack.extend(self.types.get(current, ()))
        result = frozenset(seen)
        self._ancestors[name] = result
        return result

    def is_subtype(self, name: str, of: str) -> bool:
        """Whether *name* is *of* or one of its subtypes."""
        return of in self.ancestors(name)

    def is_datatype(self, name: str) -> bool:
        """Whether values of type *name* are literals (Text, URL, Date, Number, ...)."""
        return bool(self.ancestors(name) & self.datatype_roots)

    def applies_to(self, prop: Property, type_name: str) -> bool:
        """Whether *prop* may be used on a node of type *type_name* (or a supertype)."""
        return bool(prop.domain & self.ancestors(type_name))


@functools.cache
def vocabulary() -> Vocabulary:
    """Return the vocabulary shipped with newsmodel."""
    raw = json.loads(resources.files(__package__).joinpath(_TABLE).read_text("utf-8"))
    return Vocabulary(
        version=raw["version"],
        types={name: tuple(supers) for name, supers in raw["types"].items()},
        properties={
            name: Property(name=name, domain=frozenset(domain), range=frozenset(range_))
            for name, (domain, range_) in raw["properties"].items()
        },
        members={name: tuple(enums) for name, enums in raw["members"].items()},
        superseded=dict(raw["superseded"]),
        datatype_roots=frozenset(raw["datatypes"]),
    )
