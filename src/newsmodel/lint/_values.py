"""
Whether a property's value fits the property's range.

schema.org is lenient by design: a Text may stand where a Thing is expected, and a data
consumer should cope.
So the linter reports as errors only values that cannot be read as anything the range
allows (a headline that is a Person, a date that is not a date), and as warnings the
values schema.org tolerates but search engines read poorly (text where a node is expected).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from attrs import frozen

from newsmodel.jsonld._vocab import Property, Vocabulary
from newsmodel.lint._graph import ALIASES, local_name
from newsmodel.lint._report import Collector

_DATE = r"\d{4}-\d{2}-\d{2}"
_TIME = r"\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?"
_ZONE = r"(?:Z|[+-]\d{2}:?\d{2})"
_FORMATS = {
    "Date": re.compile(_DATE),
    "DateTime": re.compile(rf"{_DATE}T{_TIME}{_ZONE}?"),
    "Time": re.compile(rf"{_TIME}{_ZONE}?"),
}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_BOOLEAN = frozenset({"true", "false", "True", "False"})
_SPACE = re.compile(r"\s")

DateKind = Literal["Date", "DateTime", "Time"]


def date_kind(text: str) -> DateKind | None:
    """Return which ISO 8601 form *text* is in, checking that the date exists."""
    for kind, pattern in _FORMATS.items():
        if pattern.fullmatch(text):
            try:
                if kind == "Time":
                    dt.time.fromisoformat(text)
                else:
                    dt.datetime.fromisoformat(text)
            except ValueError:
                return None
            return kind  # type: ignore[return-value]
    return None


def has_timezone(text: str) -> bool:
    """Whether an ISO 8601 date-time carries an offset (or Z)."""
    return bool(re.search(rf"T{_TIME}{_ZONE}$", text))


def _literal_types(vocab: Vocabulary, range_: frozenset[str]) -> set[str]:
    """The literal kinds a range accepts: Text, URL, Date, DateTime, Time, Number, Boolean."""
    out: set[str] = set()
    for name in range_:
        if name == "URL":
            out.add("URL")
        elif vocab.is_subtype(name, "Text"):
            out.add("Text")
        elif vocab.is_subtype(name, "Number"):
            out.add("Number")
        elif vocab.is_subtype(name, "Quantity"):
            out.update({"Text", "Number"})  # "1200 px" or a bare 1200
        elif name in vocab.datatype_roots:
            out.add(name)
    return out


def _enumerations(vocab: Vocabulary, range_: frozenset[str]) -> set[str]:
    return {name for name in range_ if vocab.is_subtype(name, "Enumeration")}


def _node_classes(vocab: Vocabulary, range_: frozenset[str]) -> set[str]:
    return {name for name in range_ if not vocab.is_datatype(name)}


def _fits_string(vocab: Vocabulary, range_: frozenset[str], text: str) -> bool:
    """Whether *text* can be read as one of the literal kinds or enumeration members."""
    literal = _literal_types(vocab, range_)
    if "Text" in literal:
        return True
    if "URL" in literal and text and not _SPACE.search(text.strip()):
        return True
    kind = date_kind(text.strip())
    if kind is not None and (
        (kind != "Time" and literal & {"Date", "DateTime"})
        or (kind == "Time" and "Time" in literal)
    ):
        return True
    if "Number" in literal and _NUMBER.fullmatch(text.strip()):
        return True
    if "Boolean" in literal and local_name(text) in _BOOLEAN:
        return True
    member = local_name(text)
    return any(
        vocab.is_subtype(t, enum)
        for enum in _enumerations(vocab, range_)
        for t in vocab.members.get(member, ())
    )


def _expected(range_: frozenset[str]) -> str:
    return " or ".join(sorted(range_))


@frozen(kw_only=True)
class Context:
    """What a value check needs besides the value: the vocabulary and the document's ids."""

    vocab: Vocabulary
    index: dict[str, set[str]]  # @id -> the types declared for it anywhere in the document
    issues: Collector


def check_value(ctx: Context, prop: Property, value: Any, path: str) -> None:
    """Report a value that does not fit *prop*'s range."""
    if isinstance(value, dict):
        _check_node_value(ctx, prop, value, path)
    elif isinstance(value, bool):
        if "Boolean" not in _literal_types(ctx.vocab, prop.range):
            _mismatch(ctx, prop, "a boolean", path)
    elif isinstance(value, int | float):
        _check_number(ctx, prop, value, path)
    elif isinstance(value, str):
        _check_string(ctx, prop, value, path)
    elif value is None:
        ctx.issues.error(path, f"{prop.name!r} is null; leave the property out instead", "null")


def _check_node_value(ctx: Context, prop: Property, value: dict[str, Any], path: str) -> None:
    keys = {ALIASES.get(k, k): v for k, v in value.items()}
    if "@value" in keys:
        check_value(ctx, prop, keys["@value"], path)
        return
    types = {local_name(t) for t in _strings(keys.get("@type"))}
    node_id = keys.get("@id")
    if not types and isinstance(node_id, str):
        # A bare reference takes the types declared where the node is described; with
        # none (a node described elsewhere on the web), any class will do.
        types = ctx.index.get(node_id, set())
    known = {t for t in types if t in ctx.vocab.types}
    # No type, or only unknown ones: that is reported where the node is defined.
    if not known or any(ctx.vocab.is_subtype(t, r) for t in known for r in prop.range):
        return
    ctx.issues.error(
        path,
        f"{prop.name!r} expects {_expected(prop.range)}, got {'/'.join(sorted(types))}",
        "range",
    )


def _check_number(ctx: Context, prop: Property, value: float, path: str) -> None:
    range_ = prop.range
    if "Number" not in _literal_types(ctx.vocab, range_):
        _mismatch(ctx, prop, "a number", path)
        return
    integer_only = range_ & {"Integer"} and not range_ & {"Number", "Float"}
    if integer_only and isinstance(value, float) and not value.is_integer():
        ctx.issues.error(path, f"{prop.name!r} expects an Integer, got {value}", "range")


def _check_string(ctx: Context, prop: Property, value: str, path: str) -> None:
    range_ = prop.range
    if _fits_string(ctx.vocab, range_, value):
        return
    if _node_classes(ctx.vocab, range_) - _enumerations(ctx.vocab, range_):
        ctx.issues.warning(
            path,
            f"{prop.name!r} expects {_expected(range_)}; text is tolerated but a node is "
            "better read",
            "text-for-node",
        )
    else:
        ctx.issues.error(path, f"{prop.name!r} expects {_expected(range_)}, got {value!r}", "range")


def _mismatch(ctx: Context, prop: Property, found: str, path: str) -> None:
    """A number or boolean where the range wants something else: an error unless Text fits."""
    message = f"{prop.name!r} expects {_expected(prop.range)}, got {found}"
    if "Text" in _literal_types(ctx.vocab, prop.range):
        ctx.issues.warning(path, message, "range")
    else:
        ctx.issues.error(path, message, "range")


def _strings(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    return [item for item in items if isinstance(item, str)]
