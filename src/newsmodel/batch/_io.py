"""
Reading article text from files and stdin, and the one-line errors the CLI prints for them.

Every file the CLI reads goes through `decode`, so a BOM, Windows or old Mac line endings
and invalid UTF-8 are handled the same way for single articles and for batch inputs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from newsmodel._encoding import encoding_hint
from newsmodel.errors import NewsmodelError

#: The UTF-8 byte order mark that Windows editors put at the start of a file.
BOM = b"\xef\xbb\xbf"
ICONV = "; re-encode the file as UTF-8 (for example with iconv)"


def text_bytes(max_chars: int) -> int:
    """The most bytes a text of *max_chars* characters takes in UTF-8, with a BOM."""
    return 4 * max_chars + len(BOM)


class UnreadableError(NewsmodelError):
    """
    A file could not be read as article text: missing, undecodable or empty.

    ``name`` is the file as the user wrote it (``-`` for stdin) and ``reason`` a short
    tag (``missing``, ``not-utf8``, ``empty``, ``unreadable``) for scripts.
    """

    def __init__(self, name: str, problem: str, *, reason: str) -> None:
        super().__init__(f"{name}: {problem}")
        self.name, self.problem, self.reason = name, problem, reason


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line endings into LF, so spans mean the same on every OS."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, name: str) -> str:
    """
    Decode UTF-8 bytes (with or without a BOM) into text with LF line endings.

    Raises:
        UnreadableError: the bytes are not UTF-8, or hold only whitespace.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        hint = encoding_hint(data, exc.start)
        hint = f"{hint} (or re-encode the file as UTF-8 with iconv)" if hint else ICONV
        problem = f"expected UTF-8 text, got byte 0x{bad} at offset {exc.start}{hint}"
        raise UnreadableError(name, problem, reason="not-utf8") from None
    if not text.strip():
        found = "only white space" if text else "an empty file"
        raise UnreadableError(name, f"expected article text, got {found}", reason="empty")
    return normalise_newlines(text)


def read_bytes(name: str, limit: int, too_large: str) -> bytes:
    """
    Read a file, or stdin when *name* is ``-``, but never more than *limit* + 1 bytes.

    A stream is read as it comes, so an endless one (``/dev/zero``, ``yes``) costs
    *limit* bytes of memory and then stops with an error.

    Raises:
        UnreadableError: the file is missing, a directory, cannot be read, or holds
            more than *limit* bytes (``reason`` ``"too-large"``, with the problem
            *too_large*).
    """
    try:
        if name == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with Path(name).open("rb") as handle:
                data = handle.read(limit + 1)
    except FileNotFoundError:
        raise UnreadableError(name, "no such file", reason="missing") from None
    except IsADirectoryError:
        raise UnreadableError(name, "is a folder, expected a file", reason="unreadable") from None
    except OSError as exc:
        raise UnreadableError(name, exc.strerror or str(exc), reason="unreadable") from None
    if len(data) > limit:
        raise UnreadableError(name, too_large, reason="too-large")
    return data


def read_text(name: str, max_chars: int) -> str:
    """
    Read and decode one article's text from a file or stdin (``-``).

    No more bytes are read than *max_chars* characters can take in UTF-8.
    """
    limit = text_bytes(max_chars)
    problem = (
        f"expected at most {max_chars:,} characters of text, got more than {limit:,} bytes; "
        "raise the limit with --max-chars"
    )
    return decode(read_bytes(name, limit, problem), name)
