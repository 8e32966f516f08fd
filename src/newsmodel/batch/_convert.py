"""
Convert one input record into one output line: the unit of work of a batch.

These functions are module-level, take and return plain data (dicts and bytes) and keep no
state between calls, so ``pickle`` can ship them to worker processes, and Dask, Spark or
Ray can call them the same way the ``newsmodel batch`` command does.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable, Mapping
from typing import Any, Literal

import orjson
from attrs import frozen

from newsmodel._encoding import encoding_hint
from newsmodel._limits import MAX_CHARS
from newsmodel.batch._io import BOM, ICONV, UnreadableError, decode, normalise_newlines, text_bytes
from newsmodel.errors import InputError
from newsmodel.model import Article
from newsmodel.serialize import dumps

Format = Literal["model", "jsonld"]

#: Record fields passed to ``parse()`` as strings, besides ``text`` and ``id``.
TEXT_FIELDS: tuple[str, ...] = ("url", "language", "section")
#: Record fields holding an ISO 8601 date-time with a UTC offset.
DATE_FIELDS: tuple[str, ...] = ("published", "modified")
#: Room in a JSON Lines record for its fields other than the text, in bytes.
RECORD_OVERHEAD = 65_536


def line_bytes(max_chars: int) -> int:
    """
    The longest JSON Lines record read for texts of *max_chars* characters, in bytes.

    JSON spells a character in at most six bytes (``\\u001f``), plus room for the
    other fields; a longer line is refused without being kept in memory.
    """
    return 6 * max_chars + RECORD_OVERHEAD


def output_key(format: Format) -> str:  # noqa: A002 - the CLI's option name
    """The key of an output line that holds the converted article (``"article"``, ...)."""
    return "article" if format == "model" else format


def optional(module: str, name: str) -> Callable[..., Any] | None:
    """
    Return ``module.name`` when that module imports, else None.

    The parser and the JSON-LD, HTML and validation modules are built in parallel with the
    CLI; looking them up at call time lets the CLI offer exactly what is installed.
    """
    try:
        found: Callable[..., Any] | None = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found


def _parse_function() -> Callable[..., Article]:
    parse = optional("newsmodel.parser", "parse")
    if parse is None:  # pragma: no cover - only while the parser is being written
        raise InputError("newsmodel.parse() is not available in this install", reason="no-parser")
    return parse


def _datetime(field: str, value: object) -> dt.datetime:
    if isinstance(value, str):
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if moment.utcoffset() is not None:
                return moment
    msg = (
        f"{field}: expected an ISO 8601 date-time with a UTC offset such as "
        f"'2024-05-01T09:30:00+00:00', got {value!r}"
    )
    raise InputError(msg, reason="bad-metadata")


def metadata(record: Mapping[str, Any]) -> dict[str, Any]:
    """
    Return the ``parse()`` keyword arguments a record carries (url, dates, language, ...).

    Missing or null fields are left out, so ``parse()`` applies its own defaults.

    Raises:
        InputError: a field has the wrong type or a date has no UTC offset.
    """
    found: dict[str, Any] = {}
    for field in TEXT_FIELDS:
        value = record.get(field)
        if value is None:
            continue
        if not isinstance(value, str):
            msg = f"{field}: expected a string, got {type(value).__name__}"
            raise InputError(msg, reason="bad-metadata")
        found[field] = value
    for field in DATE_FIELDS:
        value = record.get(field)
        if value is not None:
            found[field] = _datetime(field, value)
    keywords = record.get("keywords")
    if keywords is not None:
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            msg = f"keywords: expected a list of strings, got {keywords!r}"
            raise InputError(msg, reason="bad-metadata")
        found["keywords"] = tuple(keywords)
    return found


def article_of(record: Mapping[str, Any], *, max_chars: int = MAX_CHARS) -> Article:
    """
    Parse a record's ``text`` with the metadata the record carries.

    Raises:
        InputError: the record has no usable text or bad metadata, or the parser refused it
            (a text longer than *max_chars* among others).
    """
    text = record.get("text")
    if not isinstance(text, str):
        found = "nothing" if text is None else type(text).__name__
        msg = f"text: expected the article as a string, got {found}"
        raise InputError(msg, reason="no-text")
    parse = _parse_function()
    return parse(normalise_newlines(text), max_chars=max_chars, **metadata(record))


def encode(article: Article, *, format: Format) -> bytes:  # noqa: A002 - the CLI's option name
    """Encode an article as compact JSON: the model (`newsmodel.dumps`) or JSON-LD."""
    if format == "model":
        return dumps(article)
    to_jsonld = optional("newsmodel.jsonld", "to_jsonld")
    if to_jsonld is None:
        raise InputError("JSON-LD output needs newsmodel.jsonld, not installed", reason="format")
    return orjson.dumps(to_jsonld(article))


def convert_record(
    record: Mapping[str, Any],
    *,
    format: Format = "model",  # noqa: A002
    max_chars: int = MAX_CHARS,
) -> bytes:
    """
    Parse one record and return its article as one line of compact JSON (no newline).

    A record is a mapping with ``text`` and optionally ``id``, ``url``, ``published``,
    ``modified`` (ISO 8601 with a UTC offset), ``language``, ``section`` and ``keywords``.
    The line is ``{"id": ..., "article": {...}}`` for *format* ``"model"`` and
    ``{"id": ..., "jsonld": {...}}`` for ``"jsonld"``.
    A text longer than *max_chars* characters is refused, as by ``parse()``.

    Raises:
        newsmodel.errors.NewsmodelError: the record cannot be parsed (see `convert_line`
            for a version that never raises).

    .. versionadded:: 0.1
    """
    body = encode(article_of(record, max_chars=max_chars), format=format)
    key = b',"' + output_key(format).encode() + b'":'
    return b'{"id":' + orjson.dumps(record.get("id")) + key + body + b"}"


@frozen
class Outcome:
    """
    The result of converting one input record: a line for the output or for the errors file.

    ``line`` is compact JSON without the newline.
    Both kinds of line start with ``"record"``, the 1-based position of the input record,
    so results written out of order can still be matched with their input.
    """

    ok: bool
    line: bytes


def _error_line(number: int, record_id: object, exc: BaseException) -> bytes:
    error = {
        "record": number,
        "id": record_id,
        "error": type(exc).__name__,
        "reason": getattr(exc, "reason", None),
        "message": str(exc),
    }
    return orjson.dumps(error)


def _with_number(number: int, line: bytes) -> bytes:
    return b'{"record":' + str(number).encode() + b"," + line[1:]


def _record(data: bytes | str) -> dict[str, Any]:
    data = data.removeprefix(BOM) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    try:
        record = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        problem = f"expected a JSON object per line: {exc}"
        if isinstance(data, bytes):
            try:
                data.decode("utf-8")
            except UnicodeDecodeError as bad:
                hint = encoding_hint(data, bad.start) or ICONV
                problem = (
                    f"expected a UTF-8 JSON line, got byte 0x{data[bad.start]:02x} at "
                    f"offset {bad.start}{hint}"
                )
                raise InputError(problem, reason="not-utf8") from None
        raise InputError(problem, reason="not-json") from None
    if not isinstance(record, dict):
        msg = f"expected a JSON object per line, got {type(record).__name__}"
        raise InputError(msg, reason="not-an-object")
    return record


def too_long(number: int, size: int, limit: int) -> Outcome:
    """The error outcome of a record longer than the limit, read no further than it."""
    problem = InputError(
        f"expected a JSON line of at most {limit:,} bytes, got {size:,}; "
        "raise the text limit with --max-chars (max_chars=...)",
        reason="too-large",
    )
    return Outcome(ok=False, line=_error_line(number, None, problem))


def convert_json(
    data: bytes | str,
    *,
    number: int,
    format: Format = "model",  # noqa: A002
    max_chars: int = MAX_CHARS,
) -> Outcome:
    """
    Convert one JSON Lines record; never raises for a bad record.

    Args:
        data: the record's JSON text (a BOM or trailing newline is ignored).
        number: the record's 1-based position in the input, copied into the result.
        format: ``"model"`` or ``"jsonld"``.
        max_chars: the longest text parsed; a line longer than six bytes a character
            (plus 64 KiB for the other fields) is refused before it is decoded.

    Returns:
        An `Outcome` that is ok with the `convert_record` line, or not ok with an error
        line ``{"record", "id", "error", "reason", "message"}``.

    .. versionadded:: 0.1
    """
    limit = line_bytes(max_chars)
    if len(data) > limit:
        return too_long(number, len(data), limit)
    record_id: object = None
    try:
        record = _record(data)
        record_id = record.get("id")
        line = convert_record(record, format=format, max_chars=max_chars)
        return Outcome(ok=True, line=_with_number(number, line))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return Outcome(ok=False, line=_error_line(number, record_id, exc))


def convert_file(
    path: str,
    *,
    record_id: str,
    number: int,
    format: Format = "model",  # noqa: A002
    max_chars: int = MAX_CHARS,
) -> Outcome:
    """
    Convert one text file (UTF-8, with or without BOM); never raises for a bad file.

    The file's *record_id* (its path inside the batch's folder) becomes the output ``id``.
    No more is read of it than a text of *max_chars* characters can take.

    .. versionadded:: 0.1
    """
    try:
        limit = text_bytes(max_chars)
        with open(path, "rb") as handle:  # noqa: PTH123 - hot path, no Path object needed
            data = handle.read(limit + 1)
        if len(data) > limit:
            problem = InputError(
                f"expected at most {max_chars:,} characters of text, got more than "
                f"{limit:,} bytes; raise the limit with --max-chars (max_chars=...)",
                reason="too-large",
            )
            return Outcome(ok=False, line=_error_line(number, record_id, problem))
        record = {"id": record_id, "text": decode(data, record_id)}
        line = convert_record(record, format=format, max_chars=max_chars)
        return Outcome(ok=True, line=_with_number(number, line))
    except UnreadableError as exc:
        problem = InputError(exc.problem, reason=exc.reason)
        return Outcome(ok=False, line=_error_line(number, record_id, problem))
    except OSError as exc:
        problem = InputError(exc.strerror or str(exc), reason="unreadable")
        return Outcome(ok=False, line=_error_line(number, record_id, problem))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
        return Outcome(ok=False, line=_error_line(number, record_id, exc))
