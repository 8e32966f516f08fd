"""
The model's constructors, derived from the fields of each class.

`model` gives a frozen attrs class the ``__init__`` (and `positional` the builder that
takes the fields in order, for callers that make thousands of objects) generated from
``attrs.fields(cls)``, as attrs and cattrs generate theirs: each field's converter, then
one quick test of every value against its annotation and its `Check`, the stores, and
the class's cross-field rules. Only when the quick test says no do the detailed checks
run, which word every problem; so a new field is checked the moment it is declared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import attrs

from newsmodel.errors import ModelError
from newsmodel.model import _checks, _types
from newsmodel.model._invariants import Rules

T = TypeVar("T")


_BUILDERS: dict[type, Callable[..., Any]] = {}


def model(rules: Rules | None = None) -> Callable[[type[T]], type[T]]:
    """
    Give an attrs class (frozen, slotted) the model's generated constructors.

    *rules* are the class's cross-field rules (`newsmodel.model._invariants`); a
    subclass keeps its base's.
    """

    def derive(cls: type[T]) -> type[T]:
        attrs.resolve_types(cls)  # type: ignore[type-var]
        found = rules if rules is not None else getattr(cls, "_model_rules", None)
        init, build = _generate(cls, found)
        cls._model_rules = found  # type: ignore[attr-defined]  # a subclass keeps them
        cls.__init__ = init  # type: ignore[method-assign]
        _BUILDERS[cls] = build
        return cls

    return derive


def positional(cls: type[T]) -> Callable[..., T]:
    """
    ``cls(...)`` taking every field in order, without a keyword call.

    The same checks, the same object, the same errors: the parser and the JSON reader
    make most of the model's objects through these. An attrs class not made with
    `model` gets a builder that calls it with keywords.
    """
    found = _BUILDERS.get(cls)
    if found is None:
        names = [a.name for a in attrs.fields(cls)]  # type: ignore[arg-type]

        def found(*values: Any) -> Any:
            return cls(**dict(zip(names, values, strict=False)))

        _BUILDERS[cls] = found
    return found


def problems(cls: type, values: tuple[Any, ...]) -> list[str]:
    """Every field of *values* (in field order) that its type or `Check` refuses, worded."""
    if attrs.validators.get_disabled():
        return []
    found: list[str] = []
    for attribute, value in zip(attrs.fields(cls), values, strict=True):
        found.extend(field_problems(attribute, value))
    return found


def field_problems(attribute: attrs.Attribute[Any], value: object) -> Iterator[str]:
    """What is wrong with *value* for the field, worded as ``"name: problem"``."""
    name, t = attribute.name, attribute.type
    if not _types.conforms(t, value):
        yield f"{name}: expected {_types.describe(t)}, got {_got(t, value)}"
        return
    if value is None:
        return
    item = _types.item(_types.optional(t)[1])
    if item is not None:
        elements: tuple[object, ...] = value  # type: ignore[assignment]
        for i, element in enumerate(elements):
            if not _types.conforms(item, element):
                got = _got(item, element)
                yield f"{name}[{i}]: expected {_types.describe(item)}, got {got}"
                return
    check = attribute.validator
    if isinstance(check, _checks.Check):
        if not check.test(value):
            said = check.explain(value)
            yield f"{name}{'' if said.startswith('[') else ': '}{said}"
    elif check is not None:
        try:
            _validator(attribute)(None, attribute, value)
        except ModelError as exc:
            yield from exc.problems


def _validator(attribute: attrs.Attribute[Any]) -> Callable[[Any, Any, Any], None]:
    """A plain attrs validator (not a `Check`), whose errors are the field's ModelError."""
    check = attribute.validator

    def validate(instance: object, field: attrs.Attribute[Any], value: object) -> None:
        try:
            check(instance, field, value)  # type: ignore[misc]
        except ModelError:
            raise
        except (TypeError, ValueError) as exc:
            raise ModelError([f"{field.name}: {exc}"]) from None

    return validate


def _got(t: Any, value: object) -> str:
    """The value a field refused: a choice not among a literal's is shown, others by type."""
    literals = [c for m in _types.members(t) for c in _types.choices(m)]
    if any(type(value) is type(c) for c in literals):
        return repr(value)
    return _checks.describe(value)


def _raise(cls: type, values: tuple[Any, ...]) -> None:
    found = problems(cls, values)
    if found:
        raise ModelError(found)


class _Source:
    """The lines of a generated function and the names its code refers to."""

    def __init__(self, cls: type) -> None:
        self.scope: dict[str, Any] = {
            "_cls": cls,
            "_raise": _raise,
            "ModelError": ModelError,
            "_surrogate": _checks.surrogate,
        }
        self.lines: list[str] = []

    def bind(self, hint: str, value: object) -> str:
        """A name in the scope for *value*."""
        name = f"_{hint}_{len(self.scope)}"
        self.scope[name] = value
        return name

    def quick(self, t: Any, var: str) -> str:
        """An expression: whether *var* is exactly of type *t*, tuple items included."""
        parts: list[str] = []
        exact: list[type] = []
        for member in _types.members(t):
            values, item = _types.choices(member), _types.item(member)
            if member is _types.NONE:
                parts.append(f"{var} is None")
            elif values:
                known = self.bind("choices", frozenset(values))
                kinds = {type(v) for v in values}
                kind = self.bind("kind", kinds.pop()) if len(kinds) == 1 else None
                if kind is None:  # pragma: no cover - the model's literals are strings
                    parts.append(f"_types.conforms({self.bind('t', member)}, {var})")
                else:
                    parts.append(f"(type({var}) is {kind} and {var} in {known})")
            elif item is not None:
                parts.append(f"(type({var}) is tuple and {self.every(item)}({var}))")
            elif member is bool:
                parts.append(f"({var} is True or {var} is False)")
            else:
                exact.append(member)
        if len(exact) == 1:
            parts.append(f"type({var}) is {self.bind('type', exact[0])}")
        elif exact:
            parts.append(f"type({var}) in {self.bind('types', frozenset(exact))}")
        return parts[0] if len(parts) == 1 else f"({' or '.join(parts)})"

    def every(self, item: Any) -> str:
        """The name of a function: whether every value of a tuple is of type *item*."""
        lines = [
            "def every(values):",
            "    for v in values:",
            f"        if not {self.quick(item, 'v')}:",
            "            return False",
            "    return True",
        ]
        return self.bind("every", _compile(lines, self.scope, "every"))


def _compile(lines: list[str], scope: dict[str, Any], name: str) -> Any:
    exec("\n".join(lines), scope)  # noqa: S102 - source built from field names and types alone
    return scope.pop(name)


def _field_test(source: _Source, attribute: attrs.Attribute[Any]) -> str:
    """The quick test of one field: its type, then its `Check`."""
    var, check = attribute.name, attribute.validator
    if not isinstance(check, _checks.Check):  # a plain validator runs after the stores
        return source.quick(attribute.type, var)
    test = f"{source.bind('test', check.test)}({var})"
    if check.inline is not None:
        test = check.inline.format(v=var)
    may_be_none, t = _types.optional(attribute.type)
    if may_be_none:
        return f"({var} is None or ({source.quick(t, var)} and {test}))"
    return f"({source.quick(t, var)} and {test})"


def _converter(attribute: attrs.Attribute[Any]) -> Callable[[Any], Any]:
    """The field's converter, whose failure is the field's error, worded as the checks are."""
    convert: Callable[[Any], Any] = attribute.converter  # type: ignore[assignment]
    name = attribute.name
    expected = _types.describe(attribute.type)

    def converted(value: object) -> Any:
        try:
            return convert(value)
        except (TypeError, ValueError):
            msg = f"{name}: expected {expected}, got {_checks.describe(value)}"
            raise ModelError([msg]) from None

    return converted


def _convert_lines(source: _Source, a: attrs.Attribute[Any]) -> list[str]:
    convert = source.bind("convert", _converter(a))
    if _types.item(a.type) is not None:  # the usual tuple needs no call
        return [f"    if type({a.name}) is not tuple: {a.name} = {convert}({a.name})"]
    if _types.optional(a.type)[0]:  # a converter passes None through
        return [f"    if {a.name} is not None: {a.name} = {convert}({a.name})"]
    return [f"    {a.name} = {convert}({a.name})"]


def _store_lines(source: _Source, attribute: attrs.Attribute[Any]) -> list[str]:
    var = attribute.name
    lines: list[str] = []
    if attribute.metadata.get("shared"):
        _, t = _types.optional(attribute.type)
        if t is str:
            known, share = source.bind("known", _checks.known), source.bind("share", _checks.shared)
            lines.append(f"    if type({var}) is str: {var} = {known}({var}) or {share}({var})")
        elif t is int:
            share = source.bind("share_int", _checks.share_int)
            lines.append(f"    if {var} < {_checks.SHARED_INTS}: {var} = {share}({var}, {var})")
        else:  # pragma: no cover - a mistake in a class body
            msg = f"{var}: only str and int fields are shared"
            raise TypeError(msg)
    choices = [c for m in _types.members(attribute.type) for c in _types.choices(m)]
    if choices:  # a literal's value is stored as the literal's own string, one copy for all
        canonical = source.bind("canonical", {c: c for c in choices})
        lines.append(f"    {var} = {canonical}.get({var}, {var})")
    setter = source.bind("set", getattr(source.scope["_cls"], var).__set__)
    lines.append(f"    {setter}(self, {var})")
    return lines


def _generate(cls: type, rules: Rules | None) -> tuple[Any, Any]:
    """The ``__init__`` of *cls* and its positional builder, from its fields."""
    fields = attrs.fields(cls)
    source = _Source(cls)
    params: list[str] = []
    for a in fields:
        if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]  # pragma: no cover
            msg = f"{a.name}: a model field's default is a value, not a factory"
            raise TypeError(msg)
        default = "" if a.default is attrs.NOTHING else f"={source.bind('default', a.default)}"
        params.append(a.name + default)
    names = ", ".join(a.name for a in fields)
    body = [line for a in fields if a.converter is not None for line in _convert_lines(source, a)]
    tests = " and ".join(_field_test(source, a) for a in fields)
    body.append(f"    if not ({tests}):")
    body.append(f"        _raise(_cls, ({names},))")
    for a in fields:
        body.extend(_store_lines(source, a))
    for a in fields:
        if a.validator is not None and not isinstance(a.validator, _checks.Check):
            validate, field = source.bind("validate", _validator(a)), source.bind("field", a)
            body.append(f"    {validate}(self, {field}, {a.name})")
    if rules is not None:
        source.scope["_rules"] = rules
        holds = getattr(rules, "holds", None)
        indent = "    "
        if holds is not None:  # the rules' own quick test, over the fields' names
            body.append(f"    if not ({holds}):")
            indent += "    "
        body += [f"{indent}broken = _rules(self)", f"{indent}if broken:"]
        body.append(f"{indent}    raise ModelError(broken)")
    init = [f"def __init__(self, *, {', '.join(params)}):", *body]
    build = [f"def build({', '.join(params)}):", "    self = _new(_cls)", *body, "    return self"]
    source.scope["_new"] = object.__new__
    source.scope["_types"] = _types
    made_init = _compile(init, source.scope, "__init__")
    made_init.__qualname__ = f"{cls.__qualname__}.__init__"
    made_build = _compile(build, source.scope, "build")
    made_build.__name__ = made_build.__qualname__ = f"{cls.__name__.lower()}_of"
    return made_init, made_build
