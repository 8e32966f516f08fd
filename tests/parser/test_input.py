"""Bad input gets a typed error; everything else parses."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel import strategies
from newsmodel.errors import InputError, InputTooLargeError, InputTypeError
from newsmodel.parser import parse


def test_bytes_are_decoded_and_bom_dropped() -> None:
    """UTF-8 bytes parse like text; a leading BOM is dropped."""
    assert parse("\ufeffHello there.".encode()).text == "Hello there."


def test_undecodable_bytes() -> None:
    """Bytes that are not UTF-8 raise InputError naming the byte offset."""
    with pytest.raises(InputError, match="offset 3") as caught:
        parse(b"abc\xff")
    assert caught.value.reason == "undecodable"


@pytest.mark.parametrize("value", [None, 3, 2.5, ["text"], {"text": "x"}, object()])
def test_not_text(value: object) -> None:
    """Anything but str or bytes is refused with a TypeError that names what it got."""
    with pytest.raises(InputTypeError) as caught:
        parse(value)  # type: ignore[arg-type]
    assert caught.value.found is type(value)
    assert str(caught.value) == (
        f"Expected the article as str (or UTF-8 bytes), got {type(value).__name__}"
    )
    assert isinstance(caught.value, TypeError)


@pytest.mark.parametrize("value", ["", " \n\t "])
def test_empty(value: str) -> None:
    """Empty or white-space text raises InputError(reason="empty")."""
    with pytest.raises(InputError) as caught:
        parse(value)
    assert caught.value.reason == "empty"


@settings(deadline=None)
@given(
    strategies.texts(hostile=True, max_size=300),
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.integers(min_value=0),
)
def test_a_lone_surrogate_is_refused_where_it_stands(text: str, surrogate: str, at: int) -> None:
    """A lone surrogate anywhere in the text is an InputError that gives its offset."""
    at %= len(text) + 1
    text = text[:at] + surrogate + text[at:]
    with pytest.raises(InputError) as caught:
        parse(text)
    assert caught.value.reason == "surrogate"
    offset = text.index(surrogate)
    assert str(caught.value) == (
        f"Expected text that UTF-8 can carry, got a lone surrogate {surrogate!r} at offset {offset}"
    )


def test_too_large() -> None:
    """Text longer than max_chars raises InputTooLargeError with size and limit."""
    with pytest.raises(InputTooLargeError) as caught:
        parse("x" * 11, max_chars=10)
    assert (caught.value.size, caught.value.limit) == (11, 10)


def test_too_many_bytes_are_counted_as_bytes() -> None:
    """Bytes refused before decoding say that their size is in bytes, not characters."""
    with pytest.raises(InputTooLargeError) as caught:
        parse(b"x" * 45, max_chars=10)
    assert (caught.value.size, caught.value.limit, caught.value.unit) == (45, 10, "bytes")
    assert "got 45 bytes" in str(caught.value)
