"""
No regular expression in newsmodel backtracks catastrophically.

Every compiled pattern a newsmodel module holds (found by walking the package, so a new
one is tested without being listed) is run with ``match`` and ``fullmatch``, and, when
the source uses it any other way (``search``, ``finditer``, passed to a helper), with
``search`` and ``finditer`` too, on strings built to make a backtracking engine try every
split: long runs of one class, a run between two characters that almost complete a match,
and so on.
Each string is tried at two sizes 16 times apart (about 312 and 5,000 characters): the
work of a linear pattern grows 16 times, a quadratic one's 256 times, and the test allows
64, in CPU time summed over the strings, so that neither a busy machine nor a quadratic
pattern can decide it the wrong way.
The audit of each pattern, and why it stays linear, is in docs/reliability.md.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel import ModelError
from newsmodel.lint import _google
from newsmodel.model import Article

_N = 5_000
_APART = 16  # the small strings are a sixteenth of the large ones
_GROWTH = 64  # allowed growth in time from the small strings to the large: linear is 16
# CPU seconds below which a measurement is noise: the small strings of a linear pattern
# take one or two milliseconds in all, the large ones of a quadratic pattern 0.15 s or more.
_FLOOR = 0.001


def _hostile(n: int) -> tuple[str, ...]:
    """Strings that make a backtracking engine try many splits, each about *n* long."""
    return (
        "a" * n,
        "A" * n,
        "1" * n,
        " " * n,
        "\n" * n,
        "." * n,
        "-" * n,
        "’" * n,
        "“" * n,
        "a-" * (n // 2),
        "A." * (n // 2),
        "Aa " * (n // 3),
        "1," * (n // 2),
        "1.1" * (n // 3),
        "the " * (n // 4),
        "1" + " " * n + "x",
        "1" + " " * n + "px" + " " * n + "x",
        "http://" + "a" * n + " ",
        "https://a" + "/" * n + " ",
        "A" + "a" * n + "!",
        "By " + "A" * n,
        "T00:00:00." + "1" * n + "x",
        "&#" + "1" * n,
        "2024-01-01T00:00:00" + "0" * n,
        "person/" + "a/" * (n // 2) + " ",
        "en" + "-a" * (n // 2) + "!",
        "(" * n,
    )


#: The strings at the two sizes.
SMALL, LARGE = _hostile(_N // _APART), _hostile(_N)


def _patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    for info in pkgutil.walk_packages(newsmodel.__path__, "newsmodel."):
        if info.name.endswith("__main__"):  # runs the command line when imported
            continue
        module = importlib.import_module(info.name)
        for attribute, value in vars(module).items():
            for suffix, pattern in _members(value):
                if isinstance(pattern, re.Pattern) and isinstance(pattern.pattern, str):
                    yield f"{info.name}.{attribute}{suffix}", pattern


def _members(value: object) -> list[tuple[str, object]]:
    """The value itself, or the entries of a dict or named tuple that may hold patterns."""
    if isinstance(value, dict):
        return [(f"[{i}]", v) for i, v in enumerate(value.values())]
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return [(f".{name}", getattr(value, name)) for name in value._fields]
    return [("", value)]


PATTERNS = dict(_patterns())
_SOURCE = "\n".join(
    path.read_text(encoding="utf-8") for path in Path(newsmodel.__file__).parent.rglob("*.py")
)


def _methods(name: str) -> tuple[str, ...]:
    """How the source uses the pattern: anchored only, or also scanning the text."""
    attribute = name.rsplit(".", 1)[-1].split("[", 1)[0]
    uses = re.findall(rf"\b{re.escape(attribute)}\b(?! = )(\.\w+\()?", _SOURCE)
    if uses and all(use in {".match(", ".fullmatch("} for use in uses):
        return ("match", "fullmatch")
    return ("match", "fullmatch", "search", "finditer")


def _cost(name: str, strings: tuple[str, ...]) -> tuple[float, float, str, str]:
    """CPU seconds of every call on *strings*, and the slowest: (total, slowest, method, string)."""
    pattern = PATTERNS[name]
    total = 0.0
    worst = (0.0, "", "")
    for text in strings:
        for method in _methods(name):
            start = time.process_time()
            result = getattr(pattern, method)(text)
            if method == "finditer":
                result = sum(1 for _ in result)
            elapsed = time.process_time() - start
            total += elapsed
            worst = max(worst, (elapsed, method, text[:12]))
    return (total, *worst)


def test_the_package_has_patterns() -> None:
    """The walk finds the parser's patterns, so the test below is not vacuous."""
    assert len(PATTERNS) >= 30
    assert "newsmodel.parser.quotes._tokens._TOKEN" in PATTERNS
    assert "newsmodel.parser.numbers._figures._CANDIDATE.fast" in PATTERNS  # inside a named tuple


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_pattern_backtracks_catastrophically(name: str) -> None:
    """Each pattern's time grows about 16x, not 256x, on hostile strings 16x as long."""
    small = min(_cost(name, SMALL)[0] for _ in range(2))
    large, seconds, method, text = _cost(name, LARGE)
    assert large < _GROWTH * max(small, _FLOOR), (
        f"{name}: {small:.3f} s on the small strings, {large:.3f} s on the large; "
        f"the slowest call, {method}({text!r}...), took {seconds:.2f} s"
    )


def _grows_linearly(work: Callable[[int], object], n: int) -> bool:
    """Whether *work* of size *n* costs at most 64x its cost at a sixteenth of *n*."""

    def cost(size: int) -> float:
        start = time.process_time()
        work(size)
        return time.process_time() - start

    small = min(cost(n // _APART) for _ in range(2))
    return cost(n) < _GROWTH * max(small, _FLOOR)


def _refuse_url(n: int) -> None:
    with pytest.raises(ModelError, match="url"):
        Article(text="x", url="http://" + "a" * n + " ")


@pytest.mark.slow
def test_a_long_url_is_refused_in_linear_time() -> None:
    """An Article with a 100,000-character URL that is not absolute is refused at once."""
    assert _grows_linearly(_refuse_url, 100_000)


@pytest.mark.slow
def test_a_width_with_many_spaces_is_read_in_linear_time() -> None:
    """The linter reads "1", 100,000 spaces and "x" as no number, without backtracking."""
    assert _google._number(" 12 px ") == 12.0
    assert _google._number("1" + " " * 100_000 + "x") is None
    assert _grows_linearly(lambda n: _google._number("1" + " " * n + "x"), 100_000)
