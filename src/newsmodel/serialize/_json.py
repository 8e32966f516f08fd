"""
The JSON form of the model, encoded with orjson.

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

The writer and reader of each class are generated from its fields (`_dump`, `_load`),
and the reader builds objects through the model's own constructors, so the model and
its JSON accept the same values. Every problem found while loading is reported at once,
with its path, in one `newsmodel.errors.SerializationError`.
"""

from __future__ import annotations

from typing import Any, TypeVar, overload

import attrs
import orjson

from newsmodel.errors import InputTypeError, SerializationError
from newsmodel.model import Article
from newsmodel.serialize._dump import VERSION_KEY, tag, writer
from newsmodel.serialize._load import explain, reader

__all__ = ["SCHEMA_VERSION", "dumps", "from_dict", "loads", "to_dict"]

T = TypeVar("T")

#: The version of the JSON document format, written in every document's root.
SCHEMA_VERSION = 1


_WRITERS: dict[type, Any] = {}
_READERS: dict[type, Any] = {}


def _writer(cls: Any) -> Any:
    """The writer of whole documents of *cls*, looked up once per class."""
    found = _WRITERS.get(cls)
    if found is None:
        if not (isinstance(cls, type) and attrs.has(cls)):
            msg = f"Expected a model object such as an Article, got {cls.__name__}"
            raise InputTypeError(msg, found=cls)
        found = _WRITERS[cls] = writer(cls, SCHEMA_VERSION)
    return found


def _reader(cls: Any) -> Any:
    """The reader of whole documents of *cls*, looked up once per class."""
    found = _READERS.get(cls)
    if found is None:
        if not (isinstance(cls, type) and attrs.has(cls)):
            msg = f"Expected a model class such as Article, got {cls!r}"
            raise InputTypeError(msg, found=type(cls))
        found = _READERS[cls] = reader(cls, document=True)
    return found


def to_dict(obj: Any) -> dict[str, Any]:
    """
    Turn a model object into plain JSON-ready data.

    >>> from newsmodel import Article
    >>> to_dict(Article(text="Hi."))
    {'schema_version': 1, 'text': 'Hi.'}

    Raises:
        InputTypeError: *obj* is not a model object (a dict, say).
    """
    return _writer(type(obj))(obj)  # type: ignore[no-any-return]


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
    read = _reader(cls)
    if type(data) is not dict:
        raise SerializationError([f"$: expected an object, got {type(data).__name__}"])
    version = data.get(VERSION_KEY)
    if type(version) is not int or version != SCHEMA_VERSION:  # True == 1 == 1.0
        if VERSION_KEY not in data:
            raise SerializationError([f"$.{VERSION_KEY}: required field missing"])
        got = f"{type(version).__name__} {version!r:.20}"
        msg = f"$.{VERSION_KEY}: expected {SCHEMA_VERSION}, got {got}"
        raise SerializationError([msg])
    said = tag(cls)
    if said is None or data.get("type") == said:
        try:
            return read(data)
        except Exception:  # noqa: BLE001, S110 - read again below to name every problem
            pass
    found, problems = explain(cls, data)
    if problems:
        raise SerializationError(problems)
    return found  # pragma: no cover - the quick reader declined what the slow one reads


def dumps(obj: Any, *, indent: bool = False) -> bytes:
    """
    Encode a model object as UTF-8 JSON bytes.

    >>> from newsmodel import Article
    >>> dumps(Article(text="Hi."))
    b'{"schema_version":1,"text":"Hi."}'

    Raises:
        InputTypeError: *obj* is not a model object (a dict, say).
    """
    data = _writer(type(obj))(obj)
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0)


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
