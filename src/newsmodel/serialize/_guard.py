"""
`loads` and `from_dict` with their size and depth limits, around the converter's own.

The limits are checked here, before the converter reads anything, so that what the
converter does stays a matter of fields, not of hostile input:

- `loads` refuses text longer than *max_bytes* (a length, free to check); orjson refuses
  JSON nested deeper than 1,024 levels.
- `from_dict` reads data the caller already holds: a valid document is a few levels deep,
  so the depth is measured only when the converter refuses the data, before it is
  reported, and a value that contains itself is reported as too deep.
"""

from __future__ import annotations

from typing import Any, TypeVar, overload

from newsmodel import _limits
from newsmodel.errors import SerializationError
from newsmodel.model import Article
from newsmodel.serialize import _json

T = TypeVar("T")


@overload
def from_dict(data: Any, *, max_depth: int = ...) -> Article: ...
@overload
def from_dict(data: Any, cls: type[T], *, max_depth: int = ...) -> T: ...
def from_dict(data: Any, cls: Any = Article, *, max_depth: int = _limits.MAX_DATA_DEPTH) -> Any:
    """
    Build a model object (an `Article` unless *cls* says otherwise) from plain data.

    Args:
        data: a dict as `to_dict` returns it.
        cls: the model class to build.
        max_depth: data nested deeper is refused (default 64; a valid document is six
            levels deep).

    Raises:
        SerializationError: listing every problem with its path; with ``reason``
            ``"too-deep"`` when the data nests deeper than *max_depth* or contains itself.

    >>> from_dict({"schema_version": 1, "text": "Hi."})
    Article(text='Hi.', ...)
    """
    _limits.check_limit("max_depth", max_depth)
    try:
        return _json.from_dict(data, cls)
    except (SerializationError, RecursionError):
        if _limits.data_depth_exceeds(data, max_depth):
            raise SerializationError(
                [_limits.depth_problem(max_depth)], reason="too-deep"
            ) from None
        raise


@overload
def loads(data: bytes | bytearray | memoryview | str, *, max_bytes: int = ...) -> Article: ...
@overload
def loads(
    data: bytes | bytearray | memoryview | str, cls: type[T], *, max_bytes: int = ...
) -> T: ...
def loads(
    data: bytes | bytearray | memoryview | str,
    cls: Any = Article,
    *,
    max_bytes: int = _limits.MAX_DOCUMENT_BYTES,
) -> Any:
    """
    Decode JSON written by `dumps` back into a model object.

    Args:
        data: the JSON text, as bytes or str.
        cls: the model class to build (an `Article` by default).
        max_bytes: longer text is refused before it is read (default 32,000,000;
            characters for a str).

    Raises:
        SerializationError: the text is too long (``reason`` ``"too-large"``), is not
            JSON, nests deeper than 1,024 levels, or is not a valid *cls*; every problem
            is listed with its path.
    """
    _limits.check_limit("max_bytes", max_bytes)
    _limits.check_document_size(data, max_bytes, "loads(..., max_bytes=...)")
    return _json.loads(data, cls)
