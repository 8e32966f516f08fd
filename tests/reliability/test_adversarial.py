"""
Adversarial inputs of a megabyte: the parser stays linear in the size of its input.

Each input repeats one pattern that a careless rule would make quadratic (a scan back
over every earlier mark, a list rebuilt at every match) or that a regular expression
could backtrack on.
The test compares sizes 16 times apart, in CPU seconds, because the machine running the
tests is often busy: 1 MB may cost at most 64 times what 62.5 KB costs (four times the
cost per character), where linear work costs 16 times as much and a quadratic stage 256
times, so a busy moment cannot fail it and a quadratic stage cannot pass it.
A megabyte must also parse within a minute, so that a quadratic stage fails rather than hangs.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsmodel import Article
from newsmodel.parser import parse

_SAMPLE = Path(__file__).parents[2] / "seeds" / "iran-iraq-military-ties.txt"
_MEGABYTE = 1_000_000
_APART = 16  # the small input is a sixteenth of the megabyte
_SECONDS_PER_MEGABYTE = 60.0  # generous: the lead measured 27 s here before the fixes
_GROWTH = 64  # allowed growth in time from 62.5 KB to 1 MB: linear is 16, quadratic 256
_FLOOR = 0.02  # CPU seconds, so that timings of a few milliseconds do not decide the test


def _fill(unit: str, size: int) -> str:
    """*unit* repeated to exactly *size* characters."""
    return (unit * (size // len(unit) + 1))[:size]


def _capitalised(size: int) -> str:
    """Capitalised words in a row, names and agencies mixed, with no sentence end."""
    words = itertools.cycle(
        ("Amir", "Hatami", "Popular", "Mobilization", "Forces", "Baghdad", "Ministry", "Ana")
    )
    out: list[str] = []
    total = 0
    while total < size:
        word = next(words)
        out.append(word)
        total += len(word) + 1
    return " ".join(out)[:size]


def _sample(size: int) -> str:
    """The sample article's paragraphs repeated, the way the lead first measured it."""
    headline, *paragraphs = _SAMPLE.read_text(encoding="utf-8").split("\n\n")
    out = [headline]
    total = len(headline)
    for paragraph in itertools.cycle(paragraphs):
        if total >= size:
            break
        out.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(out)[:size]


#: The inputs, each a function of the size in characters.
INPUTS: dict[str, Callable[[int], str]] = {
    # One word first: a text of nothing but marks is refused before it is parsed.
    "opening-quotes": lambda n: "A " + _fill("“", n - 2),
    "straight-quotes": lambda n: "A " + _fill('"', n - 2),
    "mixed-quote-marks": lambda n: _fill("\"“‘'« a ", n),
    "capitalised-words": _capitalised,
    "digits-with-commas": lambda n: "1" + _fill(",000", n - 1),
    "no-spaces": lambda n: _fill("abcdefghij", n),
    "honorifics": lambda n: _fill("Gen. ", n),
    "percentages": lambda n: _fill("5% ", n),
    "home-to": lambda n: _fill("Iraq, home to 5 people ", n),
    "one-line-paragraphs": lambda n: _fill("A\n\n", n),
    "attributed-quotes": lambda n: _fill('"We won," Ana Lou said. ', n),
    "sample-article": _sample,
    "open-quotes": lambda n: _fill('"a ', n),
    "curly-quotes-then-closing": lambda n: "A " + "“" * (n // 2 - 2) + "”" * (n - n // 2),
    "parentheses-then-closing": lambda n: "A " + "(" * (n // 2 - 2) + ")" * (n - n // 2),
    "numbers": lambda n: _fill("1,000 ", n),
    "ranges": lambda n: _fill("between 4 and 5 ", n),
}


def _seconds(text: str) -> float:
    # CPU time of this process, not wall time: other jobs on a shared machine stretch the
    # wall clock at random, but not the work the parser does.
    start = time.process_time()
    article = parse(text)
    elapsed = time.process_time() - start
    assert isinstance(article, Article)
    return elapsed


@pytest.mark.slow
@pytest.mark.parametrize("name", INPUTS)
def test_a_megabyte_parses_in_linear_time(name: str) -> None:
    """A megabyte of the input parses within a minute and at most 64x the time of a sixteenth."""
    make = INPUTS[name]
    small = min(_seconds(make(_MEGABYTE // _APART)) for _ in range(2))  # min: the least noisy
    # Fail fast rather than hang: a quadratic stage would take hours on the megabyte.
    assert small < _SECONDS_PER_MEGABYTE / _APART, f"{name}: 62.5 KB took {small:.1f} s"
    big = _seconds(make(_MEGABYTE))
    assert big < _SECONDS_PER_MEGABYTE, f"{name}: 1 MB took {big:.1f} s"
    assert big <= _GROWTH * max(small, _FLOOR), (
        f"{name}: 62.5 KB took {small:.2f} s and 1 MB {big:.2f} s, {big / max(small, _FLOOR):.0f}x as long"
    )


def test_the_inputs_are_a_megabyte() -> None:
    """Each adversarial input is exactly the size it is asked for, so the timings compare."""
    for name, make in INPUTS.items():
        assert len(make(_MEGABYTE)) == _MEGABYTE, name
        assert len(make(_MEGABYTE // _APART)) == _MEGABYTE // _APART, name
