"""Bad input gets a typed error; everything else parses."""

import pytest

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


@pytest.mark.parametrize("value", [None, 3, ["text"]])
def test_not_text(value: object) -> None:
    """Anything but str or bytes raises InputTypeError."""
    with pytest.raises(InputTypeError) as caught:
        parse(value)  # type: ignore[arg-type]
    assert caught.value.found is type(value)


@pytest.mark.parametrize("value", ["", " \n\t "])
def test_empty(value: str) -> None:
    """Empty or white-space text raises InputError(reason="empty")."""
    with pytest.raises(InputError) as caught:
        parse(value)
    assert caught.value.reason == "empty"


def test_lone_surrogate() -> None:
    """A lone surrogate raises InputError(reason="surrogate")."""
    with pytest.raises(InputError) as caught:
        parse("Bad \ud800 text")
    assert caught.value.reason == "surrogate"


def test_too_large() -> None:
    """Text longer than max_chars raises InputTooLargeError with size and limit."""
    with pytest.raises(InputTooLargeError) as caught:
        parse("x" * 11, max_chars=10)
    assert (caught.value.size, caught.value.limit) == (11, 10)
