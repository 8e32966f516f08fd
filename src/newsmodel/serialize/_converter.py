"""
The JSON form of the model: one configured cattrs converter, encoded with orjson.

Encoding decisions:

- Keys are the Python attribute names; fields at their default value are omitted.
- Actors are a tagged union: each carries ``"type"``: ``"person"``, ``"organization"``
  or ``"place"``.
- A span is a two-number array ``[start, end]``: compact, and the commonest object of all.
- Datetimes are ISO 8601 strings with their offset; dates are ``YYYY-MM-DD``.
- Numbers: an int stays an int and a float a float; a `decimal.Decimal` is written as a
  string (``"2.5"``) so that no digit is lost, and read back as a Decimal.
- The root object carries ``"schema_version"``; `loads` refuses a version it does not know.
- Loading is strict: ``"3"`` is not an int and ``3`` is not a str.

Every problem found while loading is reported at once, with its path, in one
`newsmodel.errors.SerializationError`.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TypeVar, get_args, get_origin, overload

import orjson
from cattrs import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    transform_error,
)
from cattrs.fns import identity
from cattrs.gen import make_dict_unstructure_fn
from cattrs.preconf.orjson import make_converter

from newsmodel.errors import ModelError, SerializationError
from newsmodel.model import Actor, Article, Number, Organization, Person, Place, Span
from newsmodel.serialize._fast_dump import article_dumper
from newsmodel.serialize._fast_load import load_article

__all__ = ["SCHEMA_VERSION", "dumps", "from_dict", "loads", "to_dict"]

T = TypeVar("T")

#: The version of the JSON document format, written in every document's root.
SCHEMA_VERSION = 1

_TAGS: dict[type, str] = {Person: "person", Organization: "organization", Place: "place"}
_CLASSES: dict[str, type] = {tag: cls for cls, tag in _TAGS.items()}
_PLAIN = frozenset({str, int, float, bool, type(None)})


class _Invalid(ValueError):
    """A value of the wrong JSON type; its message is the whole explanation."""


def _expected(what: str, value: object) -> _Invalid:
    return _Invalid(f"expected {what}, got {type(value).__name__} {value!r:.60}")


def _structure_str(value: object, _: type) -> str:
    if not isinstance(value, str):
        raise _expected("a string", value)
    return value


def _structure_int(value: object, _: type) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _expected("an integer", value)
    return value


def _structure_bool(value: object, _: type) -> bool:
    if not isinstance(value, bool):
        raise _expected("true or false", value)
    return value


def _structure_number(value: object, _: type) -> Number:
    if isinstance(value, bool):
        raise _expected("a number", value)
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation:
            pass
    raise _expected("a number (or a decimal number as a string)", value)


def _unstructure_number(value: Number) -> int | float | str:
    return str(value) if isinstance(value, Decimal) else value


def _structure_span(value: object, _: type) -> Span:
    if type(value) is list and len(value) == 2:  # noqa: PLR2004 - [start, end]
        start, end = value
        if type(start) is int and type(end) is int:
            return Span(start=start, end=end)
    raise _expected("a span as [start, end]", value)


def _unstructure_span(span: Span) -> list[int]:
    return [span.start, span.end]


def _unstructure_spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[span.start, span.end] for span in spans]


def _structure_datetime(value: object, _: type) -> dt.datetime:
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    raise _expected("an ISO 8601 date and time with offset", value)


def _structure_date(value: object, _: type) -> dt.date:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise _expected("an ISO 8601 date (YYYY-MM-DD)", value)


def _make(*, detailed: bool) -> Any:
    conv = make_converter(
        omit_if_default=True, detailed_validation=detailed, forbid_extra_keys=True
    )
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(Span, _structure_span)
    conv.register_unstructure_hook(Span, _unstructure_span)
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_structure_hook(dt.date, _structure_date)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_structure_hook_func(_is_number, _structure_optional_number)
    conv.register_unstructure_hook_func(_is_number, _unstructure_optional_number)
    if not detailed:  # before the actor hooks below, which look up their fields' hooks
        conv.register_unstructure_hook_factory(_is_variadic_tuple, _tuple_unstructure(conv))
        conv.register_structure_hook_factory(_is_variadic_tuple, _tuple_structure(conv))
        conv.register_unstructure_hook_factory(_is_plain_optional, lambda _: identity)
        conv.register_structure_hook_factory(_is_optional, _optional_structure(conv))
    conv.register_structure_hook(Actor, _actor_structure(conv))
    for cls, tag in _TAGS.items():
        conv.register_unstructure_hook(cls, _actor_unstructure(conv, cls, tag))
    return conv


def _is_optional(t: Any) -> bool:
    """Match ``X | None`` for one type X that is not itself a number."""
    args = get_args(t)
    return len(args) == 2 and type(None) in args and not _is_number(t)  # noqa: PLR2004


def _optional_structure(conv: Any) -> Any:
    """Structure ``X | None`` with X's hook looked up once, not on every value."""

    def factory(t: Any) -> Any:
        (other,) = (a for a in get_args(t) if a is not type(None))
        hook = conv.get_structure_hook(other)

        def structure(value: Any, _: Any) -> Any:
            return None if value is None else hook(value, other)

        return structure

    return factory


def _is_plain_optional(t: Any) -> bool:
    """
    Match ``str | None`` and the like, whose JSON form is the value itself.

    cattrs then reads the attribute inline in its generated code, rather than calling a
    hook that checks for None and calls the identity.
    """
    args = get_args(t)
    if len(args) != 2 or type(None) not in args:  # noqa: PLR2004
        return False
    (other,) = (a for a in args if a is not type(None))
    if get_origin(other) is Literal:
        return all(type(v) in _PLAIN for v in get_args(other))
    return other in _PLAIN


def _is_variadic_tuple(t: Any) -> bool:
    """Match ``tuple[X, ...]``, the type of every collection in the model."""
    args = get_args(t)
    return get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis  # noqa: PLR2004


def _tuple_unstructure(conv: Any) -> Any:
    """
    Unstructure ``tuple[X, ...]`` with one list comprehension over X's own hook.

    cattrs' generic iterable hook runs a generator and dispatches per element; tuples of
    spans, actors and quotes are most of an article, so this is most of `dumps`.
    """

    def factory(t: Any) -> Any:
        (elem, _) = get_args(t)
        if elem is str:
            return list
        members = get_args(elem)
        if members and all(cls in _TAGS for cls in members):  # the Actor union
            hooks = {cls: conv.get_unstructure_hook(cls) for cls in members}
            fallback = conv.get_unstructure_hook(elem)

            def actors(value: tuple[Any, ...]) -> list[Any]:
                return [hooks.get(type(e), fallback)(e) for e in value]

            return actors
        if elem is Span:
            return _unstructure_spans
        hook = conv.get_unstructure_hook(elem)

        def items(value: tuple[Any, ...]) -> list[Any]:
            return [hook(e) for e in value]

        return items

    return factory


def _tuple_structure(conv: Any) -> Any:
    """
    Structure a JSON array as ``tuple[X, ...]`` with one comprehension over X's hook.

    Only the fast converter uses it: a failure falls back to the detailed converter,
    which names every problem with its path; anything but a list takes cattrs' own way.
    """

    def factory(t: Any) -> Any:
        (elem, _) = get_args(t)
        hook = conv.get_structure_hook(elem)

        def structure(value: Any, _: Any) -> tuple[Any, ...]:
            if type(value) is list:
                return tuple([hook(e, elem) for e in value])
            found: tuple[Any, ...] = conv._structure_tuple(value, t)  # noqa: SLF001 - cattrs' way
            return found

        return structure

    return factory


def _actor_structure(conv: Any) -> Any:
    hooks: dict[type, Any] = {}

    def structure(value: object, _: type) -> Actor:
        if not isinstance(value, dict):
            raise _expected("an object", value)
        tag = value.get("type")
        cls = _CLASSES.get(tag) if isinstance(tag, str) else None
        if cls is None:
            known = ", ".join(repr(t) for t in _CLASSES)
            msg = f"expected 'type' to be one of {known}, got {tag!r}"
            raise _Invalid(msg)
        fields = {k: v for k, v in value.items() if k != "type"}
        hook = hooks.get(cls)
        if hook is None:  # looked up once per class, not dispatched per actor
            hook = hooks[cls] = conv.get_structure_hook(cls)
        actor: Actor = hook(fields, cls)
        return actor

    return structure


def _actor_unstructure(conv: Any, cls: type, tag: str) -> Any:
    fields: Any = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)

    def unstructure(actor: Actor) -> dict[str, Any]:
        return {"type": tag, **fields(actor)}

    return unstructure


def _is_number(t: Any) -> bool:
    """Match ``Number`` and ``Number | None``, however the union was spelled."""
    args = set(get_args(t))
    return Decimal in args and args <= {int, float, Decimal, type(None)}


def _structure_optional_number(value: object, t: type) -> Number | None:
    return None if value is None else _structure_number(value, t)


def _unstructure_optional_number(value: Number | None) -> int | float | str | None:
    return None if value is None else _unstructure_number(value)


# The fast converter loads valid documents; the detailed one re-reads a document that
# failed, to name every problem with its path.
_FAST = _make(detailed=False)
_DETAILED = _make(detailed=True)
# Articles, by far the commonest object, have their own hand-written paths: same output.
_DUMP_ARTICLE = article_dumper(_FAST.get_unstructure_hook)


# Joins the problems of one ModelError inside a transform_error message, to split later.
_MODEL_SEP = "\x00"


def _format(exc: BaseException, _type: Any) -> str:
    if isinstance(exc, ModelError):
        return _MODEL_SEP + _MODEL_SEP.join(exc.problems)
    if isinstance(exc, _Invalid):
        return str(exc)
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s): {', '.join(sorted(exc.extra_fields))}"
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, ValueError | TypeError):
        return f"invalid value: {exc}"
    return f"{type(exc).__name__}: {exc}"


def _problems(exc: BaseException) -> list[str]:
    """Turn a structuring failure into ``"$.path.to.field: what is wrong"`` lines."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        lines = transform_error(exc, format_exception=_format)
    else:
        lines = [f"{_format(exc, None)} @ $"]
    problems: list[str] = []
    for line in lines:
        msg, _, path = line.rpartition(" @ ")
        if not msg.startswith(_MODEL_SEP):
            problems.append(f"{path}: {msg}")
            continue
        # A model invariant names its field relative to the object that checked it.
        problems.extend(f"{path}.{p}" for p in msg.split(_MODEL_SEP)[1:])
    return problems


def to_dict(obj: Any) -> dict[str, Any]:
    """
    Turn a model object into plain JSON-ready data.

    >>> from newsmodel import Article
    >>> to_dict(Article(text="Hi."))
    {'schema_version': 1, 'text': 'Hi.'}
    """
    if type(obj) is Article:
        return _DUMP_ARTICLE(obj, SCHEMA_VERSION)
    data: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    data.update(_FAST.unstructure(obj))
    return data


@overload
def from_dict(data: Any) -> Article: ...
@overload
def from_dict(data: Any, cls: type[T]) -> T: ...
def from_dict(data: Any, cls: Any = Article) -> Any:
    """
    Build a model object (an `Article` unless *cls* says otherwise) from plain data.

    Raises:
        SerializationError: listing every problem with its path.
    """
    if not isinstance(data, dict):
        raise SerializationError([f"$: expected an object, got {type(data).__name__}"])
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        msg = f"$.schema_version: expected {SCHEMA_VERSION}, got {version!r}"
        raise SerializationError([msg])
    if cls is Article:
        try:
            return load_article(data)
        except Exception:  # noqa: BLE001, S110 - the converter reads it or says what is wrong
            pass
    body = {k: v for k, v in data.items() if k != "schema_version"}
    if cls in _TAGS:  # an actor on its own still carries its "type" tag
        cls = Actor
    try:
        return _FAST.structure(body, cls)
    except Exception:  # noqa: BLE001, S110 - re-read below to report every problem
        pass
    try:
        obj = _DETAILED.structure(body, cls)
    except Exception as exc:  # noqa: BLE001 - reported with its path
        raise SerializationError(_problems(exc)) from None
    return obj  # pragma: no cover - the fast converter agreed with the detailed one


def dumps(obj: Any, *, indent: bool = False) -> bytes:
    """
    Encode a model object as UTF-8 JSON bytes.

    >>> from newsmodel import Article
    >>> dumps(Article(text="Hi."))
    b'{"schema_version":1,"text":"Hi."}'
    """
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(to_dict(obj), option=option)


@overload
def loads(data: bytes | bytearray | memoryview | str) -> Article: ...
@overload
def loads(data: bytes | bytearray | memoryview | str, cls: type[T]) -> T: ...
def loads(data: bytes | bytearray | memoryview | str, cls: Any = Article) -> Any:
    """
    Decode JSON written by `dumps` back into a model object.

    Raises:
        SerializationError: the bytes are not JSON, or the document is not a valid
            *cls*; every problem is listed with its path.
    """
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise SerializationError([f"$: not valid JSON: {exc}"]) from None
    except TypeError:
        msg = f"$: expected JSON as bytes or str, got {type(data).__name__}"
        raise SerializationError([msg]) from None
    return from_dict(raw, cls)
