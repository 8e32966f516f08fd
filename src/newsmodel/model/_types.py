"""
What a field's annotation says, for the code derived from it.

The model's annotations use a small set of types: str, int, float, bool, Decimal, date,
datetime, `typing.Literal`, model classes, unions of these (``X | None`` among them) and
``tuple[X, ...]``. The constructors' checks, the JSON writer and reader and the
strategies all read the annotations through these functions.
"""

from __future__ import annotations

import datetime as dt
import types
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

import attrs

NONE = type(None)

#: How the messages name the plain types.
_NAMES = {NONE: "None", dt.datetime: "datetime", dt.date: "date"}


def members(t: Any) -> tuple[Any, ...]:
    """The members of a union (``X | None`` too), else ``(t,)``."""
    if get_origin(t) in {Union, types.UnionType}:
        return get_args(t)
    return (t,)


def optional(t: Any) -> tuple[bool, Any]:
    """Whether *t* admits None, and *t* without None."""
    found = members(t)
    if NONE not in found:
        return False, t
    rest = tuple(m for m in found if m is not NONE)
    return True, rest[0] if len(rest) == 1 else Union[rest]  # noqa: UP007 - built at runtime


def item(t: Any) -> Any:
    """The item type of ``tuple[X, ...]``, else None."""
    args = get_args(t)
    if get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004
        return args[0]
    return None


def choices(t: Any) -> tuple[Any, ...]:
    """The values of a `typing.Literal`, else ``()``."""
    return get_args(t) if get_origin(t) is Literal else ()


def is_model(t: Any) -> bool:
    return isinstance(t, type) and attrs.has(t)


def is_number(t: Any) -> bool:
    """Whether *t* is `newsmodel.model.Number` (int, float or Decimal), maybe with None."""
    found = set(members(t)) - {NONE}
    return found == {int, float, Decimal}


def describe(t: Any) -> str:
    """What a type expects, as messages say it: ``Publisher or None``, ``one of 'day' or 'month'``."""
    tuple_item = item(t)
    if tuple_item is not None:
        return f"a tuple of {describe(tuple_item)}"
    parts: list[str] = []
    literal = False
    for member in members(t):
        values = choices(member)
        literal = literal or bool(values)
        parts.extend(repr(v) for v in values)
        if not values:
            parts.append(_NAMES.get(member) or str(getattr(member, "__name__", member)))
    said = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} or {parts[-1]}"
    return f"one of {said}" if literal else said


def conforms(t: Any, value: object) -> bool:
    """Whether *value* is of type *t* (a tuple's items are not looked at)."""
    return any(_conforms_to_member(member, value) for member in members(t))


def _conforms_to_member(member: Any, value: object) -> bool:
    values = choices(member)
    if values:
        return any(type(value) is type(v) and value == v for v in values)
    if item(member) is not None:
        return isinstance(value, tuple)
    if member is NONE:
        return value is None
    if member in {int, float}:
        return isinstance(value, member) and not isinstance(value, bool)
    if member is dt.date:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)
    return isinstance(value, member)
