"""
The reader of each model class, generated from its fields on first use.

A reader turns the JSON form back into values (``[start, end]`` into a `Span`, a string
into a datetime, date or `decimal.Decimal`, an object into its class) and hands them to
the class's own constructor, which checks every value as it checks any other caller's.
It stops at the first problem; `explain` then reads the document again, slowly, to
name every problem with its path in the document (``$.quotes[3].kind``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from newsmodel.errors import ModelError
from newsmodel.model import Span
from newsmodel.model import _types as types
from newsmodel.model._derive import field_problems, positional
from newsmodel.serialize._dump import VERSION_KEY, tag

Reader = Callable[[Any], Any]

_READERS: dict[tuple[type, bool], Reader] = {}
_BAD: Any = object()  # a value that could not be read; its problem is already said


class _Declined(ValueError):
    """The fast reader does not read this value: `explain` will say why."""


def _decline(_value: object) -> Any:
    raise _Declined


def _number(value: object) -> Any:
    """A number of the JSON form: a Decimal is a string; anything else the model checks."""
    return Decimal(value) if type(value) is str else value


def reader(cls: type, *, document: bool = False) -> Reader:
    """
    The function that builds an object of the model class *cls* from its dict.

    With *document*, the dict is a whole document and may hold `VERSION_KEY`.
    It raises at the first problem, with no path: see `explain`.
    """
    found = _READERS.get((cls, document))
    if found is None:
        found = _READERS[cls, document] = _generate(cls, document=document)
    return found


class _Source:
    def __init__(self) -> None:
        self.scope: dict[str, Any] = {"_decline": _decline, "_MISSING": _BAD}

    def bind(self, hint: str, value: object) -> str:
        name = f"_{hint}_{len(self.scope)}"
        self.scope[name] = value
        return name

    def value(self, t: Any, var: str) -> str:
        """An expression: the value of type *t* that the JSON value *var* stands for."""
        may_be_none, t = types.optional(t)
        inner = self._value(t, var)
        if not may_be_none or inner == var:
            return inner
        return f"(None if {var} is None else {inner})"

    def _value(self, t: Any, var: str) -> str:  # noqa: PLR0911 - one return a kind of type
        item = types.item(t)
        if item is not None:
            each = self.value(item, "e")
            built = f"tuple({var})" if each == "e" else f"tuple([{each} for e in {var}])"
            return f"({built} if type({var}) is list else _decline({var}))"
        if t is Span:
            return f"{self.bind('span', positional(Span))}(*{var})"
        if t is dt.datetime:
            return f"{self.bind('datetime', dt.datetime.fromisoformat)}({var})"
        if t is dt.date:
            return f"{self.bind('date', dt.date.fromisoformat)}({var})"
        if types.is_number(t):
            return f"({var} if type({var}) is int else {self.bind('number', _number)}({var}))"
        found = [m for m in types.members(t) if types.is_model(m)]
        if len(found) > 1:
            by_tag = {tag(cls): reader(cls) for cls in found}
            return f"{self.bind('readers', by_tag)}[{var}['type']]({var})"
        if found:
            return f"{self.bind('read', reader(found[0]))}({var})"
        return var


def _keys(cls: type, *, document: bool) -> frozenset[str]:
    extra = [VERSION_KEY] if document else []
    if tag(cls) is not None:
        extra.append("type")
    return frozenset([*(a.name for a in attrs.fields(cls)), *extra])


def _generate(cls: type, *, document: bool) -> Reader:
    source = _Source()
    known = source.bind("known", _keys(cls, document=document).issuperset)
    build = source.bind("build", positional(cls))
    args: list[str] = []
    for a in attrs.fields(cls):
        name = a.name
        if a.default is attrs.NOTHING:
            args.append(source.value(a.type, f"d[{name!r}]"))
            continue
        default = source.bind("default", a.default)
        expr = source.value(a.type, "v")
        if expr == "v":
            args.append(f"get({name!r}, {default})")
        else:
            args.append(f"({default} if (v := get({name!r}, _MISSING)) is _MISSING else {expr})")
    code = [
        "def read(d):",
        f"    if type(d) is not dict or not {known}(d):",
        "        _decline(d)",
        "    get = d.get",
        f"    return {build}({', '.join(args)})",
    ]
    exec("\n".join(code), source.scope)  # noqa: S102 - source built from field names and types alone
    made: Reader = source.scope["read"]
    made.__qualname__ = f"read_{cls.__name__}"
    return made


def _got(value: object) -> str:
    return f"{type(value).__name__} {value!r:.60}"


class _Explainer:
    """The slow reading of a document that failed: every problem, with its path."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def say(self, path: str, what: str) -> Any:
        self.problems.append(f"{path}: {what}")
        return _BAD

    def value(self, t: Any, value: object, path: str) -> Any:  # noqa: C901, PLR0911
        may_be_none, t = types.optional(t)
        if value is None and may_be_none:
            return None
        item = types.item(t)
        if item is not None:
            if type(value) is not list:  # the model's check words it
                return value
            found = [self.value(item, e, f"{path}[{i}]") for i, e in enumerate(value)]
            return _BAD if any(e is _BAD for e in found) else tuple(found)
        if t is Span:
            if type(value) is list and len(value) == 2 and all(type(e) is int for e in value):  # noqa: PLR2004
                return self.build(Span, tuple(value), path)
            return self.say(path, f"expected a span as [start, end], got {_got(value)}")
        if t in {dt.datetime, dt.date}:
            try:
                return t.fromisoformat(value)
            except (TypeError, ValueError):
                said = "date and time with offset" if t is dt.datetime else "date (YYYY-MM-DD)"
                return self.say(path, f"expected an ISO 8601 {said}, got {_got(value)}")
        if types.is_number(t):
            try:
                return _number(value)
            except InvalidOperation:
                return self.say(path, f"expected a number or a decimal string, got {_got(value)}")
        found = [m for m in types.members(t) if types.is_model(m)]
        if len(found) > 1:
            return self.tagged(found, value, path)
        if found:
            return self.object(found[0], value, path)
        return value

    def tagged(self, classes: list[type], value: object, path: str) -> Any:
        by_tag = {tag(cls): cls for cls in classes}
        if type(value) is not dict:  # the model's check words it
            return value
        said = value.get("type")
        cls = by_tag.get(said) if type(said) is str else None
        if cls is None:
            *known, last = [repr(t) for t in by_tag]
            expected = f"one of {', '.join(known)} or {last}" if known else last
            return self.say(f"{path}.type", f"expected {expected}, got {_got(said)}")
        return self.object(cls, value, path)

    def object(self, cls: type, value: object, path: str, *, document: bool = False) -> Any:
        if type(value) is not dict:  # the model's check words it
            return value
        before = len(self.problems)
        said = tag(cls)
        if said is not None and "type" not in value:
            self.say(f"{path}.type", "required field missing")
        elif said is not None and value.get("type") != said:
            self.say(f"{path}.type", f"expected {said!r}, got {_got(value.get('type'))}")
        unknown = value.keys() - _keys(cls, document=document)
        if unknown:
            self.say(path, f"unknown field(s): {', '.join(sorted(map(str, unknown)))}")
        values: list[Any] = []
        for a in attrs.fields(cls):
            if a.name in value:
                found = self.value(a.type, value[a.name], f"{path}.{a.name}")
                if found is not _BAD:  # its type and checks, while the others are read
                    self.problems.extend(f"{path}.{p}" for p in field_problems(a, found))
                values.append(found)
            elif a.default is attrs.NOTHING:
                self.say(f"{path}.{a.name}", "required field missing")
            else:
                values.append(a.default)
        if len(self.problems) > before:
            return _BAD
        return self.build(cls, tuple(values), path)

    def build(self, cls: type, values: tuple[Any, ...], path: str) -> Any:
        try:
            return positional(cls)(*values)
        except ModelError as exc:  # the model names the field: the path leads to it
            self.problems.extend(f"{path}.{p}" for p in exc.problems)
        except (TypeError, ValueError) as exc:  # a class made without the model's checks
            self.say(path, str(exc))
        return _BAD


def explain(cls: type, data: object) -> tuple[Any, list[str]]:
    """Read the document *data* slowly: the object, or every problem with its path."""
    explainer = _Explainer()
    found = explainer.object(cls, data, "$", document=True)
    return found, explainer.problems
