"""
The writer of each model class, generated from its fields on first use.

The JSON form (`newsmodel.serialize`): keys are the attribute names in field order,
fields at their default are left out, a span is ``[start, end]``, a date or datetime
its ISO 8601 string, a `decimal.Decimal` its string, a nested object its own writer's
dict, and each actor carries its ``"type"``.
Like cattrs' ``make_dict_unstructure_fn``, the writer of a class is Python source
built from ``attrs.fields(cls)`` and compiled once, so a field declared in a class body
is written with no other edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Any, get_args

import attrs

from newsmodel.model import Actor, Span
from newsmodel.model import _types as types

Writer = Callable[[Any], dict[str, Any]]

#: The classes whose objects say which they are, as ``"type"``: the members of a union.
TAGS: dict[type, str] = {cls: cls.__name__.lower() for cls in get_args(Actor)}

#: The first key of a whole document.
VERSION_KEY = "schema_version"

_WRITERS: dict[tuple[type, int | None], Writer] = {}


def tag(cls: type) -> str | None:
    """The ``"type"`` an object of *cls* carries, if any (a subclass carries its base's)."""
    for base in cls.__mro__:
        found = TAGS.get(base)
        if found is not None:
            return found
    return None


def writer(cls: type, version: int | None = None) -> Writer:
    """
    The function that turns an object of the model class *cls* into its dict.

    With *version*, the dict is a whole document: `VERSION_KEY` comes first.
    """
    found = _WRITERS.get((cls, version))
    if found is None:
        found = _WRITERS[cls, version] = _generate(cls, version)
    return found


class _ByType(dict[type, Writer]):
    """The writers of a union's members by exact type; a subclass finds its own."""

    def __missing__(self, cls: type) -> Writer:
        self[cls] = writer(cls)
        return self[cls]


class _Source:
    def __init__(self) -> None:
        self.scope: dict[str, Any] = {"_Decimal": Decimal}

    def bind(self, hint: str, value: object) -> str:
        name = f"_{hint}_{len(self.scope)}"
        self.scope[name] = value
        return name

    def value(self, t: Any, var: str) -> str:  # noqa: PLR0911 - one return a kind of type
        """An expression: the JSON form of *var*, a value of type *t* that is not None."""
        _, t = types.optional(t)
        item = types.item(t)
        if item is not None:
            if types.item(item) is None and _is_plain(item):
                return f"list({var})"
            return f"[{self.value(item, 'e')} for e in {var}]"
        if t is Span:
            return f"[{var}.start, {var}.end]"
        if t in {dt.datetime, dt.date}:
            return f"{var}.isoformat()"
        if types.is_number(t):
            return f"(str({var}) if isinstance({var}, _Decimal) else {var})"
        found = [m for m in types.members(t) if types.is_model(m)]
        if len(found) > 1:
            by_type = _ByType({cls: writer(cls) for cls in found})
            return f"{self.bind('writers', by_type)}[type({var})]({var})"
        if found:
            return self.nested(found[0], var)
        return var

    def nested(self, cls: type, var: str) -> str:
        """An object's dict: written out inline when the class has only required fields."""
        fields = attrs.fields(cls)
        if tag(cls) is None and all(a.default is attrs.NOTHING for a in fields):
            return (
                "{"
                + ", ".join(f"{a.name!r}: {self.value(a.type, f'{var}.{a.name}')}" for a in fields)
                + "}"
            )
        return f"{self.bind('write', writer(cls))}({var})"


def _is_plain(t: Any) -> bool:
    """Whether a value of type *t* is its own JSON form (str, int, bool, a literal, None)."""
    return all(
        m in {str, int, float, bool, types.NONE} or bool(types.choices(m)) for m in types.members(t)
    )


def _generate(cls: type, version: int | None) -> Writer:
    source = _Source()
    head: list[str] = []
    if version is not None:
        head.append(f"{VERSION_KEY!r}: {version!r}")
    found = tag(cls)
    if found is not None:
        head.append(f"'type': {found!r}")
    lines: list[str] = []
    for a in attrs.fields(cls):
        name = a.name
        if a.default is attrs.NOTHING:
            expr = source.value(a.type, f"o.{name}")
            if lines:  # after a field that may be left out: keep the field order
                lines.append(f"    d[{name!r}] = {expr}")
            else:
                head.append(f"{name!r}: {expr}")
            continue
        empty = (a.default is False and a.type is bool) or (
            a.default == () and types.item(a.type) is not None
        )
        if a.default is None:
            when = "v is not None"
        elif empty:  # False (the model checks bools) or an empty tuple: falsy exactly
            when = "v"
        else:
            when = f"v != {source.bind('default', a.default)}"
        lines.append(f"    v = o.{name}")
        lines.append(f"    if {when}: d[{name!r}] = {source.value(a.type, 'v')}")
    code = ["def write(o):", f"    d = {{{', '.join(head)}}}", *lines, "    return d"]
    exec("\n".join(code), source.scope)  # noqa: S102 - source built from field names and types alone
    made: Writer = source.scope["write"]
    made.__qualname__ = f"write_{cls.__name__}"
    return made
