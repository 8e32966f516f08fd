"""
Every error a caller can cause with the parser's input has a type and a message that says
what was expected, what was found and where.

The serializers' errors (`newsmodel.loads`, `newsmodel.jsonld.from_jsonld`) and the
model's (`ModelError`) are tested beside their code, in tests/serialize and tests/model;
docs/reliability.md lists them all.
"""

from __future__ import annotations

import datetime as dt
import tracemalloc

import pytest

from newsmodel import ModelError, NewsmodelError
from newsmodel.errors import InputError, InputTooLargeError
from newsmodel.parser import parse
from newsmodel.parser._pipeline import MAX_CHARS


def test_the_default_limit_is_a_million_characters() -> None:
    """parse() refuses text over 1,000,000 characters by default, and says how to go further."""
    assert MAX_CHARS == 1_000_000
    with pytest.raises(InputTooLargeError) as caught:
        parse("x" * (MAX_CHARS + 1))
    assert (caught.value.size, caught.value.limit) == (MAX_CHARS + 1, MAX_CHARS)
    assert caught.value.reason == "too-large"
    assert str(caught.value) == (
        "Expected at most 1,000,000 characters of text, got 1,000,001; "
        "split the input or raise the limit with parse(..., max_chars=...)"
    )


def test_the_limit_is_configurable_and_inclusive() -> None:
    """Text of exactly max_chars parses; one character more is refused; the limit can rise."""
    text = "Officials said the talks would resume. " * 3
    assert parse(text, max_chars=len(text)).text == text
    with pytest.raises(InputTooLargeError):
        parse(text, max_chars=len(text) - 1)
    assert parse("x" * (MAX_CHARS + 5), max_chars=MAX_CHARS + 5).text.startswith("x")


def test_too_many_bytes_are_refused_before_decoding() -> None:
    """Bytes that could not fit the limit are refused before they are decoded, even if bad."""
    with pytest.raises(InputTooLargeError) as caught:
        parse(b"\xff" * 1000, max_chars=10)
    assert caught.value.limit == 10


def test_too_many_characters_after_decoding() -> None:
    """Bytes within four bytes a character but decoding to too many characters are refused."""
    with pytest.raises(InputTooLargeError) as caught:
        parse(b"x" * 20, max_chars=10)
    assert (caught.value.size, caught.value.limit) == (20, 10)


def test_undecodable_bytes_name_the_byte_and_its_offset() -> None:
    """Bytes that are not UTF-8 are refused with the byte, its offset and a hint."""
    with pytest.raises(InputError) as caught:
        parse("Café closes".encode("latin-1"))
    assert caught.value.reason == "undecodable"
    assert str(caught.value) == (
        "Expected UTF-8 text, got byte 0xe9 at byte offset 3 that UTF-8 cannot decode; "
        "a single byte above 0x7f is how Latin-1 and Windows-1252 write an accented letter: "
        "decode them as 'cp1252' first"
    )


@pytest.mark.parametrize(
    ("data", "hint"),
    [
        ("Hello, world".encode("utf-16"), "UTF-16 byte order mark: decode them as 'utf-16'"),
        ("Hello, wörld".encode("utf-16-le"), "every other byte is zero, as in UTF-16"),
        ("Hello, wörld".encode("utf-32"), "UTF-32 byte order mark"),
        ("Café, wörld".encode()[:-4], "end in the middle of a character"),
    ],
)
def test_undecodable_bytes_say_which_encoding_they_look_like(data: bytes, hint: str) -> None:
    """UTF-16, UTF-32 and cut-short UTF-8 bytes each get the hint that fixes them."""
    with pytest.raises(InputError, match=hint) as caught:
        parse(data)
    assert caught.value.reason == "undecodable"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Expected the text of a news article, got an empty string"),
        (" \n\t\u3000 ", "Expected the text of a news article, got only white space"),
        (b"\xef\xbb\xbf", "Expected the text of a news article, got an empty string"),
    ],
)
def test_empty_text(text: str | bytes, message: str) -> None:
    """Empty text, white space, or a lone byte order mark is refused as empty."""
    with pytest.raises(InputError) as caught:
        parse(text)
    assert caught.value.reason == "empty"
    assert str(caught.value) == message


def test_input_errors_are_value_errors_and_newsmodel_errors() -> None:
    """Callers can catch the parser's refusals as ValueError or as NewsmodelError."""
    for error_type in (InputError, InputTooLargeError):
        assert issubclass(error_type, ValueError)
        assert issubclass(error_type, NewsmodelError)


def test_bad_metadata_is_a_model_error_at_its_field() -> None:
    """Metadata the model refuses (a naive datetime, a relative URL) names its field."""
    with pytest.raises(ModelError, match=r"^published: expected a timezone-aware datetime"):
        parse("Talks resumed.", published=dt.datetime(2024, 5, 1))  # noqa: DTZ001
    with pytest.raises(ModelError, match=r"^url: expected an absolute http\(s\) URL, got 'x/y'"):
        parse("Talks resumed.", url="x/y")


def test_published_as_a_string_is_a_typed_error() -> None:
    """A date string where a datetime belongs is refused with a typed error naming the field."""
    with pytest.raises(NewsmodelError, match="published"):
        parse("Talks resumed on Monday.", published="2024-05-01")  # type: ignore[arg-type]


def test_authors_as_a_string_is_refused() -> None:
    """A single author name passed as a string is not read as one author per letter."""
    article = parse("Talks resumed.", authors="Ana Lou")  # str is an Iterable[str]
    assert [a.name for a in article.authors] == ["Ana Lou"]


def test_a_limit_below_one_is_refused() -> None:
    """A limit below one character is a caller's mistake, refused with a ValueError."""
    for limit in (-1, 0):
        with pytest.raises(ValueError, match=rf"max_chars to be at least 1, got {limit}") as caught:
            parse("x", max_chars=limit)
        assert not isinstance(caught.value, InputTooLargeError)


def test_memory_grows_with_the_input_not_faster() -> None:
    """Parsing holds at most ~200 bytes a character at its peak (35 measured), not more."""
    paragraph = (
        "Gen. Ana Lou told reporters in Baghdad that 2,500 troops would stay, "
        "“for as long as it takes,” according to the ministry.\n\n"
    )
    text = paragraph * (200_000 // len(paragraph))
    tracemalloc.start()
    try:
        parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 200 * len(text), f"{peak / len(text):.0f} bytes a character"
