"""Check what the caller passed before parsing, so that bad input gets a typed error."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TypeVar

from newsmodel.errors import InputError, InputTooLargeError, InputTypeError
from newsmodel.model import Image

_BOM = "\ufeff"
T = TypeVar("T")


def read_input(source: object, max_chars: int) -> str:
    """
    Return *source* as text, or raise the error that says what is wrong with it.

    Raises:
        InputTypeError: *source* is neither str nor bytes.
        InputError: the bytes are not UTF-8 ("undecodable"), the text carries a lone
            surrogate ("surrogate") or has nothing but white space ("empty").
        InputTooLargeError: the text is longer than *max_chars*.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        raw = bytes(source)
        if len(raw) > 4 * max_chars + 4:  # UTF-8 spends at most four bytes a character
            raise InputTooLargeError(size=len(raw), limit=max_chars)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            msg = (
                f"Expected UTF-8 text, got byte {raw[error.start]:#04x} at byte offset "
                f"{error.start} that UTF-8 cannot decode; decode the bytes yourself if they "
                "use another encoding"
            )
            raise InputError(msg, reason="undecodable") from None
        text = text.removeprefix(_BOM)
    elif isinstance(source, str):
        text = source
    else:
        msg = f"Expected the article as str (or UTF-8 bytes), got {type(source).__name__}"
        raise InputTypeError(msg, found=type(source))
    if len(text) > max_chars:
        raise InputTooLargeError(size=len(text), limit=max_chars)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as error:
            msg = (
                f"Expected text that UTF-8 can carry, got a lone surrogate "
                f"{text[error.start]!r} at offset {error.start}"
            )
            raise InputError(msg, reason="surrogate") from None
    if not text or text.isspace():  # what strip() would empty, without copying the text
        msg = "Expected the text of a news article, got only white space"
        if not text:
            msg = "Expected the text of a news article, got an empty string"
        raise InputError(msg, reason="empty")
    return text


def check_limit(max_chars: object) -> None:
    """A limit below one character is the caller's mistake, not the text's."""
    if isinstance(max_chars, bool) or not isinstance(max_chars, int):
        msg = f"Expected max_chars to be an int, got {type(max_chars).__name__}"
        raise InputTypeError(msg, found=type(max_chars))
    if max_chars < 1:
        msg = f"Expected max_chars to be at least 1, got {max_chars}"
        raise InputError(msg, reason="argument")


def check_datetime(name: str, value: object) -> None:
    """*published* and *modified* are datetimes, which the dates stage reads (the model checks their timezone)."""
    if value is None:
        return
    if not isinstance(value, dt.datetime):
        hint = (
            "; parse it first, e.g. datetime.fromisoformat(...)" if isinstance(value, str) else ""
        )
        msg = f"Expected {name} as a timezone-aware datetime, got {type(value).__name__} {value!r:.40}{hint}"
        raise InputTypeError(msg, found=type(value))


def as_names(value: Iterable[T] | str) -> tuple[T | str, ...]:
    """A single string where names are expected is one name, not one name per letter."""
    return (value,) if isinstance(value, str) else tuple(value)


def check_text(name: str, value: object) -> None:
    """A text argument (the headline) is a str; the model checks that it is not blank."""
    if value is not None and not isinstance(value, str):
        msg = f"Expected {name} as str, got {type(value).__name__}"
        raise InputTypeError(msg, found=type(value))


def as_image(value: object) -> Image | None:
    """The caller's image: an `Image`, or the URL of one (checked as `Image.url` is)."""
    if value is None or isinstance(value, Image):
        return value
    if isinstance(value, str):
        return Image(url=value)
    msg = f"Expected image as an Image or its URL, got {type(value).__name__}"
    raise InputTypeError(msg, found=type(value))
