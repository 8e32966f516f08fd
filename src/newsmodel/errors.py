"""
Every error newsmodel raises on purpose.

Each class keeps its data in attributes, so callers never have to parse messages.
All of them derive from `NewsmodelError`; the ones about bad values also derive from
`ValueError` (and `InputTypeError` from `TypeError`), so existing ``except`` clauses keep working.
"""

from __future__ import annotations

__all__ = [
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "ModelError",
    "NewsmodelError",
    "SerializationError",
]


class NewsmodelError(Exception):
    """Base class for every error newsmodel raises on purpose."""


def _join(problems: tuple[str, ...]) -> str:
    if len(problems) == 1:
        return problems[0]
    return f"{len(problems)} problems:\n" + "\n".join(f"  - {p}" for p in problems)


class ModelError(NewsmodelError, ValueError):
    """
    A model object would break one of its invariants.

    ``problems`` lists each broken invariant as ``"path: what is wrong"``, where the path
    names the attribute (``quotes[2].speaker: no actor 'person/x'``).
    """

    def __init__(self, problems: tuple[str, ...] | list[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        super().__init__(_join(self.problems))


class SerializationError(NewsmodelError, ValueError):
    """
    A document could not be turned into a model object.

    ``problems`` lists every problem found, each with its path in the document
    (``$.quotes[2].speaker: no actor 'person/x'``).
    ``reason`` is ``"too-large"`` or ``"too-deep"`` when the document broke a reader's
    limit, ``"argument"`` when a limit itself was wrong, and None otherwise.
    """

    def __init__(self, problems: tuple[str, ...] | list[str], *, reason: str | None = None) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        self.reason = reason
        super().__init__(_join(self.problems))


class InputError(NewsmodelError, ValueError):
    """The parser was given text it cannot read as a news article (empty, say)."""

    def __init__(self, msg: str, *, reason: str) -> None:
        super().__init__(msg)
        self.reason = reason


class InputTypeError(NewsmodelError, TypeError):
    """The parser was given something that is not text (bytes, None, a number)."""

    def __init__(self, msg: str, *, found: type) -> None:
        super().__init__(msg)
        self.found = found


class InputTooLargeError(InputError):
    """
    The text is longer than the parser's configured limit.

    *size* is counted in *unit*: characters for text, bytes for bytes too many to
    decode into *limit* characters (UTF-8 spends at most four bytes a character).
    """

    def __init__(self, *, size: int, limit: int, unit: str = "characters") -> None:
        got = f"{size:,}" if unit == "characters" else f"{size:,} {unit}"
        msg = (
            f"Expected at most {limit:,} characters of text, got {got}; "
            "split the input or raise the limit with parse(..., max_chars=...)"
        )
        super().__init__(msg, reason="too-large")
        self.size, self.limit, self.unit = size, limit, unit
