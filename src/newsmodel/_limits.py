"""
The size and depth limits of every reader, and the linear checks that enforce them.

Each reader checks its size before it reads anything (a length is free), and its depth
while it reads or with one pass that stops at the first level too deep, so no document,
however large or deep, costs more than the limit allows.
The defaults are listed, with an example of each error, in ``docs/reliability.md``.
"""

from __future__ import annotations

import re
from typing import Any

from newsmodel.errors import InputTypeError, SerializationError

#: The longest text `parse` reads by default, in characters (about 500 long articles);
#: the command line and batch read no more bytes than that takes in UTF-8.
MAX_CHARS = 1_000_000
#: The most bytes (or characters, for a str) of JSON that `loads`, `from_jsonld` and
#: `validate` read: more than three times what the largest article `parse` accepts by
#: default (one million characters) takes as JSON or JSON-LD.
MAX_DOCUMENT_BYTES = 32_000_000
#: The deepest JSON text orjson reads (`loads`, `from_jsonld`); fixed by orjson.
ORJSON_DEPTH = 1024
#: The deepest Python data `from_dict` reads: a valid document is six levels deep.
MAX_DATA_DEPTH = 64
#: The deepest JSON-LD document `from_jsonld` reads.
MAX_JSONLD_DEPTH = 512
#: The most JSON values (objects, arrays, strings, numbers...) `from_jsonld` reads from
#: Python data; JSON text is bounded by its bytes instead.
MAX_JSONLD_VALUES = 4_000_000
#: The deepest JSON-LD document `validate` reads.
MAX_LINT_DEPTH = 128

# A JSON string (closed or not, so that a scan never retries it) or a bracket: the
# string's body is the unrolled loop [^"\\]*(?:\\.[^"\\]*)*, in which each repetition
# starts with a backslash that the class before it excludes, so it matches in one pass.
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\[\s\S][^"\\]*)*"?|[\[\]{}]')


def size_problem(size: int, limit: int, *, unit: str, how: str) -> str:
    """The words of a too-large error: what was allowed, what came, how to go further."""
    return f"$: expected at most {limit:,} {unit}, got {size:,}; raise the limit with {how}"


def check_limit(name: str, value: object) -> None:
    """A limit is a positive int; anything else is the caller's mistake, said plainly."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        msg = f"$: expected {name} to be a positive int, got {value!r:.40}"
        raise SerializationError([msg], reason="argument")


def check_document_size(data: object, limit: int, how: str) -> None:
    """
    Refuse JSON text longer than *limit* bytes (characters for a str), before reading it.

    Raises:
        SerializationError: with ``reason`` ``"too-large"``.
    """
    if isinstance(data, str | bytes | bytearray | memoryview):
        size = data.nbytes if isinstance(data, memoryview) else len(data)
        if size > limit:
            unit = "characters of JSON" if isinstance(data, str) else "bytes of JSON"
            raise SerializationError(
                [size_problem(size, limit, unit=unit, how=how)], reason="too-large"
            )


def depth_problem(limit: int) -> str:
    """The words of a too-deep error, with the hint for a value that contains itself."""
    return (
        f"$: expected a document nested at most {limit} levels deep, got deeper "
        "(or a list or object that contains itself)"
    )


def data_depth_exceeds(data: Any, limit: int) -> bool:
    """
    Whether Python data (dicts and lists) nests deeper than *limit*.

    One pass without recursion; it stops at the first container too deep, so a value
    that contains itself is found at depth *limit* rather than looping.
    """
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list | tuple):
            children = value
        else:
            continue
        if depth >= limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
    return False


def text_depth_exceeds(text: str, limit: int) -> bool:
    """
    Whether JSON text nests deeper than *limit*, brackets inside strings not counted.

    Linear: one scan of the text; a text with fewer brackets than the limit is not scanned.
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        first = match.group()[0]  # a string starts with its quotation mark
        if first in "[{":
            depth += 1
            if depth > limit:
                return True
        elif first in "]}":
            depth -= 1
    return False


def not_an_article(value: object, function: str) -> InputTypeError:
    """The error for a writer given something other than an `Article`, with the usual fix."""
    hint = ""
    if isinstance(value, str | bytes):
        hint = "; parse the text first: newsmodel.parse(text)"
    elif isinstance(value, dict):
        hint = "; build the article first: newsmodel.from_dict(data)"
    msg = f"{function}() expected an Article, got {type(value).__name__}{hint}"
    return InputTypeError(msg, found=type(value))
