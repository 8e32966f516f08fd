"""
The checks a field can carry, each a quick test and the words for what it expects.

A field's type is checked from its annotation (`newsmodel.model._derive`); a `Check`
says what more a value of that type must be.
The constructors the model derives run `Check.test` on every value and `Check.explain`
only when a test says no, so the usual, valid value costs one call.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from newsmodel.errors import ModelError

_SURROGATE = re.compile("[\ud800-\udfff]")
#: Where a lone surrogate is in a string: for the inline tests.
surrogate = _SURROGATE.search
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")
_ABSOLUTE_URL = re.compile(r"https?://[^\s/?#][^\s]*", re.IGNORECASE)
_ISO_3166 = re.compile(r"[A-Z]{2}")
_ID_REST = re.compile(r"[^\s/]+(?:/[^\s/]+)*")

T = TypeVar("T")


def describe(value: object) -> str:
    """A value of the wrong type, as messages show it: by its type."""
    return type(value).__name__


@attrs.frozen
class Check:
    """
    What a field's value must be beyond its type: also an attrs validator.

    ``test(value)`` is the quick yes or no, for any value (of any type: it answers False
    for a value of the wrong type); ``explain(value)`` words what is wrong with a value
    of the field's type that the test refused.
    None is the field's own business (its annotation says whether it may be None), so
    neither ever sees it.
    """

    test: Callable[[Any], bool]
    explain: Callable[[Any], str]
    #: The test as a Python expression over ``{v}``, a value known to be of the field's
    #: type: the generated constructors inline it to save a call on the commonest fields.
    #: A test in the model's suite checks that it answers as `test` does.
    inline: str | None = None
    #: For a check of every item of a tuple (`each`), the check of one item.
    item: Check | None = None

    def __call__(self, _instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not self.test(value):
            raise ModelError([f"{attribute.name}: {self.explain(value)}"])


def _is_text(value: object) -> bool:
    return type(value) is str and (value.isascii() or not _SURROGATE.search(value))


def _text_problem(value: str) -> str:
    if not isinstance(value, str):
        return f"expected str, got {describe(value)}"
    return "contains a lone surrogate, which no UTF-8 document can carry"


#: Any string that UTF-8 can carry: no lone surrogate.
text = Check(_is_text, _text_problem, "({v}.isascii() or not _surrogate({v}))")


def _is_name(value: object) -> bool:
    if type(value) is not str or not value or value.isspace():
        return False
    return value.isascii() or not _SURROGATE.search(value)


def _name_problem(value: str) -> str:
    if isinstance(value, str) and _is_text(str(value)) and (not value or value.isspace()):
        return f"expected a non-empty name, got {value!r}"
    return _text_problem(value)


#: A string with at least one character that is not a space.
name = Check(
    _is_name,
    _name_problem,
    "({v} and not {v}.isspace() and ({v}.isascii() or not _surrogate({v})))",
)


def _is_number(value: object) -> bool:
    kind = type(value)
    if kind is int:
        return True
    if kind is float:
        return math.isfinite(value)  # type: ignore[arg-type]
    return kind is Decimal and value.is_finite()  # type: ignore[attr-defined]


#: A finite number: JSON has no NaN or infinity.
number = Check(_is_number, lambda value: f"expected a finite number, got {value!r}")

#: A string index: an int from zero.
offset = Check(
    lambda value: type(value) is int and value >= 0,
    lambda value: f"expected an offset >= 0, got {value!r}",
    "{v} >= 0",
)

#: A size in pixels.
pixels = Check(
    lambda value: type(value) is int and value > 0,
    lambda value: f"expected a positive number of pixels, got {value!r}",
)

#: An absolute http(s) URL.
url = Check(
    lambda value: _is_text(value) and _ABSOLUTE_URL.fullmatch(value) is not None,
    lambda value: f"expected an absolute http(s) URL, got {value!r}",
)

#: A BCP 47 language tag.
language = Check(
    lambda value: type(value) is str and _LANGUAGE.fullmatch(value) is not None,
    lambda value: f"expected a BCP 47 language tag such as 'en' or 'pt-BR', got {value!r}",
)

#: An ISO 3166-1 alpha-2 country code.
iso_code = Check(
    lambda value: type(value) is str and _ISO_3166.fullmatch(value) is not None,
    lambda value: f"expected an ISO 3166-1 alpha-2 code such as 'IR', got {value!r}",
)

#: A timezone-aware datetime.
aware = Check(
    lambda value: value.utcoffset() is not None,
    lambda value: (
        f"expected a timezone-aware datetime, got {value.isoformat()}; "
        "add tzinfo (for example datetime.UTC)"
    ),
)


def actor_id(kind: str) -> Check:
    """An actor's id: *kind*, a slash and a slug (``person/amir-hatami``)."""
    prefix = kind + "/"
    start = len(prefix)

    def test(value: object) -> bool:
        return (
            type(value) is str
            and value.startswith(prefix)
            and _ID_REST.fullmatch(value, start) is not None
            and (value.isascii() or not _SURROGATE.search(value))
        )

    def explain(value: str) -> str:
        if not _is_text(str(value)):
            return _text_problem(value)
        return f"expected an id like '{kind}/some-name', got {value!r}"

    return Check(test, explain)


def each(check: Check) -> Check:
    """*check* for every item of a tuple; the problem names the first item it refuses."""
    item_test = check.test

    def test(values: tuple[object, ...]) -> bool:
        for value in values:  # noqa: SIM110 - all() over a generator costs more than the loop
            if not item_test(value):
                return False
        return True

    def explain(values: tuple[object, ...]) -> str:
        for i, value in enumerate(values):
            if not item_test(value):
                return f"[{i}]: {check.explain(value)}"
        return "expected every item to pass"  # pragma: no cover - test said no

    return Check(test, explain, item=check)


#: A tuple of names (aliases, keywords): no item blank.
texts = each(name)


#: Field metadata: the model keeps one copy of each short value of this field (units,
#: cues, place names, offsets recur in article after article) instead of one per object.
SHARED = {"shared": True}


# The shared copies. The table is bounded (unlike sys.intern, whose strings Python 3.12
# never frees): once full, new strings are kept as they are.
_SHARED: dict[str, str] = {}
_SHARED_MAX = 1 << 13  # about 1 MiB at most: the tables must not make a long batch grow
_SHARED_LONGEST = 64

#: The shared copy of a string already in the table, else None: a C call, so callers
#: try it before `shared` (``known(s) or shared(s)``, for a str *s*).
known = _SHARED.get


def shared(value: T) -> T:
    """Return the copy of a short string that model objects share; anything else as is."""
    if isinstance(value, str) and type(value) is str:
        found = _SHARED.get(value)
        if found is not None:
            return found  # type: ignore[return-value]
        if len(value) <= _SHARED_LONGEST and len(_SHARED) < _SHARED_MAX:
            _SHARED[value] = value
    return value


# Every article has offsets 0, 1, 2, ...: objects share one int object per offset below
# this bound, as Python shares the ints up to 256, instead of each holding its own
# (28 bytes each, about 80 per parsed article). The table holds at most this many.
SHARED_INTS = 1 << 15
_INTS: dict[int, int] = {}
#: ``share_int(i, i)``: the shared copy of an int from 0 below `SHARED_INTS`.
share_int = _INTS.setdefault


def to_tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    """Accept any iterable where the model stores a tuple (a list from a CMS, say)."""
    if isinstance(value, tuple):
        return value
    if isinstance(value, str | bytes | dict):  # iterable, but surely not what was meant
        msg = f"not a collection: {type(value).__name__}"
        raise TypeError(msg)
    return tuple(value)


#: JSON's safe range for ints is (-INT64, INT64).
INT64 = 2**63


def json_number(value: float | Decimal | None) -> float | Decimal | None:
    """
    Store an int beyond JSON's safe 64-bit range as an equal `Decimal`.

    JSON readers (orjson among them) refuse such ints; a Decimal is written as a string
    and read back exactly, so the number survives the round trip.
    """
    if type(value) is int and not -INT64 < value < INT64:
        return Decimal(value)
    return value
