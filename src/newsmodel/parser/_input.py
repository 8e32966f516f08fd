"""Check what the caller passed before parsing, so that bad input gets a typed error."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TypeVar

from newsmodel._encoding import encoding_hint
from newsmodel.errors import InputError, InputTooLargeError, InputTypeError
from newsmodel.model import Image

_BOM = "\ufeff"
#: A letter or a digit, in any script: a text without one has no words to parse.
_WORD = re.compile(r"[^\W_]")
T = TypeVar("T")


def read_input(source: object, max_chars: int) -> str:
    """
    Return *source* as text, or raise the error that says what is wrong with it.

    Raises:
        InputTypeError: *source* is neither str nor bytes.
        InputError: the bytes are not UTF-8 or the text looks like UTF-16
            ("undecodable"), the text carries a lone surrogate ("surrogate"), has
            nothing but white space ("empty"), or no letter or digit ("no-words").
        InputTooLargeError: the text is longer than *max_chars*.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        raw = bytes(source)
        if len(raw) > 4 * max_chars + 4:  # UTF-8 spends at most four bytes a character
            raise InputTooLargeError(size=len(raw), limit=max_chars, unit="bytes")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            hint = encoding_hint(raw, error.start) or (
                "; decode the bytes yourself if they use another encoding"
            )
            msg = (
                f"Expected UTF-8 text, got byte {raw[error.start]:#04x} at byte offset "
                f"{error.start} that UTF-8 cannot decode{hint}"
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
    _check_content(text)
    return text


def _check_content(text: str) -> None:
    """Refuse a text with nothing to parse: blank, without a word, or UTF-16 misread."""
    if not text or text.isspace():  # what strip() would empty, without copying the text
        msg = "Expected the text of a news article, got only white space"
        if not text:
            msg = "Expected the text of a news article, got an empty string"
        raise InputError(msg, reason="empty")
    if _WORD.search(text) is None:
        msg = (
            "Expected the text of a news article, got no letter or digit "
            f"(only punctuation, symbols or control characters, such as {text.strip()[:20]!r})"
        )
        raise InputError(msg, reason="no-words")
    if "\x00" in text and text.count("\x00") * 3 >= len(text):
        msg = (
            "Expected the text of a news article, got NUL characters in every other place, "
            "as in UTF-16 text read as UTF-8 or Latin-1: decode the bytes as 'utf-16' first"
        )
        raise InputError(msg, reason="undecodable")


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


def as_names(value: Iterable[T] | str, name: str, *also: type) -> tuple[T | str, ...]:
    """
    Return the names given as *name*; a single string is one name, not one per letter.

    Raises:
        InputTypeError: *value* is not a string or an iterable, or one of its items is
            neither a str nor one of the types *also* allows; the message names the item
            (``authors[0]``).
    """
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, Iterable):
        msg = f"Expected {name} as a list of names, got {type(value).__name__}"
        raise InputTypeError(msg, found=type(value))
    names = tuple(value)
    allowed = (str, *also)
    for i, item in enumerate(names):
        if not isinstance(item, allowed):
            kinds = " or ".join(t.__name__ for t in allowed)
            msg = f"Expected {name}[{i}] to be a {kinds}, got {type(item).__name__} {item!r:.40}"
            raise InputTypeError(msg, found=type(item))
    return names


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
