"""
No regular expression in newsmodel backtracks catastrophically.

Every compiled pattern a newsmodel module holds (found by walking the package, so a new
one is tested without being listed) is run with ``match`` and ``fullmatch``, and, when
the source uses it any other way (``search``, ``finditer``, passed to a helper), with
``search`` and ``finditer`` too, on strings of 5,000 characters built to make a
backtracking engine try every split: long runs of one class, a run between two
characters that almost complete a match, and so on.
A linear pattern takes a millisecond on each; a quadratic one takes a good part of a
second, and ten times that on 50,000 characters.
The audit of each pattern, and why it stays linear, is in docs/reliability.md.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel import ModelError
from newsmodel.lint import _google
from newsmodel.model import Article

_N = 5_000
# CPU seconds for one call on 5,000 characters: linear patterns take about 1 ms and a
# quadratic one seconds, so a bound this generous survives a busy machine and still catches it.
_BOUND = 0.5

#: Strings that make a backtracking engine try many splits, each about `_N` long.
HOSTILE = (
    "a" * _N,
    "A" * _N,
    "1" * _N,
    " " * _N,
    "\n" * _N,
    "." * _N,
    "-" * _N,
    "’" * _N,
    "“" * _N,
    "a-" * (_N // 2),
    "A." * (_N // 2),
    "Aa " * (_N // 3),
    "1," * (_N // 2),
    "1.1" * (_N // 3),
    "the " * (_N // 4),
    "1" + " " * _N + "x",
    "1" + " " * _N + "px" + " " * _N + "x",
    "http://" + "a" * _N + " ",
    "https://a" + "/" * _N + " ",
    "A" + "a" * _N + "!",
    "By " + "A" * _N,
    "T00:00:00." + "1" * _N + "x",
    "&#" + "1" * _N,
    "2024-01-01T00:00:00" + "0" * _N,
    "person/" + "a/" * (_N // 2) + " ",
    "en" + "-a" * (_N // 2) + "!",
    "(" * _N,
)


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


def _slowest(name: str) -> tuple[float, str, str]:
    """The slowest call of any method on any hostile string: (seconds, method, string)."""
    pattern = PATTERNS[name]
    worst = (0.0, "", "")
    for text in HOSTILE:
        for method in _methods(name):
            start = time.process_time()
            result = getattr(pattern, method)(text)
            if method == "finditer":
                result = sum(1 for _ in result)
            elapsed = time.process_time() - start
            worst = max(worst, (elapsed, method, text[:12]))
    return worst


def test_the_package_has_patterns() -> None:
    """The walk finds the parser's patterns, so the test below is not vacuous."""
    assert len(PATTERNS) >= 30
    assert "newsmodel.parser.quotes._tokens._TOKEN" in PATTERNS
    assert "newsmodel.parser.numbers._figures._CANDIDATE.fast" in PATTERNS  # inside a named tuple


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_pattern_backtracks_catastrophically(name: str) -> None:
    """Each pattern handles every hostile string of 5,000 characters in well under a second."""
    seconds, method, text = _slowest(name)
    assert seconds < _BOUND, f"{name}.{method}({text!r}...) took {seconds:.2f} s"


def test_a_long_url_is_refused_in_linear_time() -> None:
    """An Article with a 100,000-character URL that is not absolute is refused at once."""
    url = "http://" + "a" * 100_000 + " "
    start = time.process_time()
    with pytest.raises(ModelError, match="url"):
        Article(text="x", url=url)
    assert time.process_time() - start < 2 * _BOUND


def test_a_width_with_many_spaces_is_read_in_linear_time() -> None:
    """The linter reads "1", 100,000 spaces and "x" as no number, without backtracking."""
    value = "1" + " " * 100_000 + "x"
    start = time.process_time()
    assert _google._number(value) is None
    assert _google._number(" 12 px ") == 12.0
    assert time.process_time() - start < 2 * _BOUND
