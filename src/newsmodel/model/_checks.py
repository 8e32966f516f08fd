"""Field validators shared by the model classes."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from newsmodel.errors import ModelError

_SURROGATE = re.compile("[\ud800-\udfff]")

T = TypeVar("T")


def _fail(attribute: attrs.Attribute[Any], msg: str) -> None:
    raise ModelError([f"{attribute.name}: {msg}"])


def check_text(s: str) -> str | None:
    """Return what is wrong with a string the model stores, or None."""
    if not isinstance(s, str):
        return f"expected str, got {type(s).__name__}"
    if not s.isascii() and _SURROGATE.search(s):
        return "contains a lone surrogate, which no UTF-8 document can carry"
    return None


def text(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Any string that UTF-8 can carry."""
    # Fast path first: validators run for every field of every object loaded.
    if value is None or (type(value) is str and (value.isascii() or not _SURROGATE.search(value))):
        return
    problem = check_text(value)  # type: ignore[arg-type]
    if problem:
        _fail(attribute, problem)


def name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A string with at least one non-space character."""
    text(instance, attribute, value)
    if type(value) is str and (not value or value.isspace()):
        _fail(attribute, f"expected a non-empty name, got {value!r}")


def texts(instance: object, attribute: attrs.Attribute[Any], value: tuple[object, ...]) -> None:
    """A tuple of non-empty strings."""
    for i, item in enumerate(value):
        problem = check_text(item)  # type: ignore[arg-type]
        if problem is None and (not item or str.isspace(item)):  # type: ignore[arg-type]
            problem = f"expected a non-empty string, got {item!r}"
        if problem:
            _fail(attribute, f"[{i}] {problem}")
    del instance


# Units, cues, date phrases, place names and ISO codes come back in article after
# article: model objects share one copy of each instead of keeping their own. The table
# is bounded (unlike sys.intern, whose strings Python 3.12 never frees): once full, new
# strings are kept as they are.
_SHARED: dict[str, str] = {}
_SHARED_MAX = 1 << 13  # about 1 MiB at most: the tables must not make a long batch grow
_SHARED_LONGEST = 64


#: The shared copy of a string already in the table, else None: a C call, so callers
#: try it before `shared` (``known(s) or shared(s)``, for a str *s*).
known = _SHARED.get


def shared(value: T) -> T:
    """Return the copy of a short string that model objects share; anything else as is."""
    if isinstance(value, str) and type(value) is str:
        found = _SHARED.get(value)
        if found is not None:
            return found  # type: ignore[return-value]
        if len(value) <= _SHARED_LONGEST and len(_SHARED) < _SHARED_MAX:
            _SHARED[value] = value
    return value


def is_text(value: object) -> bool:
    """Whether `text` would accept *value*: the quick test that decides if it must run."""
    return value is None or (
        type(value) is str and (value.isascii() or not _SURROGATE.search(value))
    )


def is_name(value: object) -> bool:
    """Whether `name` would accept *value* (None, or a string that is not blank)."""
    if value is None:
        return True
    if type(value) is not str or not value or value.isspace():
        return False
    return value.isascii() or not _SURROGATE.search(value)


def are_texts(values: tuple[object, ...]) -> bool:
    """Whether `texts` would accept *values*."""
    # `is_name` written out: actors' aliases make this one of the commonest tests.
    for value in values:
        if type(value) is not str or not value or value.isspace():
            return False
        if not value.isascii() and _SURROGATE.search(value):
            return False
    return True


def is_number(value: object) -> bool:
    """Whether `number` would accept *value* (an int, or a finite float or Decimal)."""
    kind = type(value)
    if value is None or kind is int:
        return True
    if kind is float:
        return math.isfinite(value)  # type: ignore[arg-type]
    return isinstance(value, Decimal) and kind is Decimal and value.is_finite()


def validate(instance: Any) -> None:
    """
    Run every field validator of *instance*, in field order, raising the first failure.

    The model's constructors test their values with the quick ``is_*`` functions above
    and call this only when one says no, so errors stay exactly those of the validators.
    """
    if attrs.validators.get_disabled():
        return
    for attribute in attrs.fields(type(instance)):
        check = attribute.validator
        if check is not None:
            check(instance, attribute, getattr(instance, attribute.name))


def non_negative(_instance: object, attribute: attrs.Attribute[Any], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        _fail(attribute, f"expected an int, got {type(value).__name__}")
    if value < 0:
        _fail(attribute, f"expected an offset >= 0, got {value}")


def number(_instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A finite int, float or Decimal (JSON has no NaN or infinity)."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        _fail(attribute, f"expected an int, float or Decimal, got {type(value).__name__}")
    if isinstance(value, float) and not math.isfinite(value):
        _fail(attribute, f"expected a finite number, got {value!r}")
    if isinstance(value, Decimal) and not value.is_finite():
        _fail(attribute, f"expected a finite number, got {value!r}")


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable where the model stores a tuple (a list from a CMS, say)."""
    return value if isinstance(value, tuple) else tuple(value)


#: JSON's safe range for ints is (-INT64, INT64).
INT64 = 2**63


def json_number(value: float | Decimal | None) -> int | float | Decimal | None:
    """
    Store an int beyond JSON's safe 64-bit range as an equal `Decimal`.

    JSON readers (orjson among them) refuse such ints; a Decimal is written as a string
    and read back exactly, so the number survives the round trip.
    """
    if isinstance(value, int) and not isinstance(value, bool) and not -INT64 < value < INT64:
        return Decimal(value)
    return value


def slot_setter(cls: type) -> Callable[..., None]:
    """
    Return ``store(instance, *values)``, which sets each field of *cls* in field order.

    The model classes are frozen, so their hand-written ``__init__`` stores through the
    slots' own descriptors. Like attrs, this writes the function out (a loop over the
    fields costs more than the stores themselves); only field names go into its source.
    """
    names = [a.name for a in attrs.fields(cls)]
    scope = {f"_set_{name}": getattr(cls, name).__set__ for name in names}
    lines = [f"def store(instance, {', '.join(names)}):"]
    lines += [f"    _set_{name}(instance, {name})" for name in names]
    exec("\n".join(lines), scope)  # noqa: S102 - source built from field names alone
    store: Callable[..., None] = scope["store"]
    return store
