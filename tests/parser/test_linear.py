"""The text view, structure and actor stages take time linear in the size of the text."""

import gc
import time

import pytest

from newsmodel.parser.actors._coreference import find_actors
from newsmodel.parser.text._structure import find_structure
from newsmodel.parser.text._view import view

# Inputs that would make quadratic or backtracking code slow: endless runs of capitals,
# brackets, abbreviations, quotation marks, role phrases and names sharing one surname.
_UNITS = [
    "Monday ",
    "A ",
    "Mr. ",
    "U.S. ",
    "(ABC) ",
    "“x. ",
    '"',
    "Iran’s defense chief ",
    "Ana Smith, ",
    "Kora News Agency, ",
    "x\n\n",
    ". ",
    "…",
]


def _cost(text: str) -> float:
    # The collector is paused while timing: a full collection walks every object of the
    # test process, whose count has nothing to do with the text, and the larger input
    # triggers more of them.
    gc.collect()
    gc.disable()
    try:
        start = time.process_time()
        v = view(text)
        s = find_structure(v)
        body = [i for p in s.body for i in range(*v.paragraph_sentences[p])]
        find_actors(v, body, [])
        return time.process_time() - start
    finally:
        gc.enable()


@pytest.mark.slow
@pytest.mark.parametrize("unit", _UNITS)
def test_time_is_linear(unit: str) -> None:
    """Sixteen times the text costs about sixteen times the time, not 256."""
    small = unit * (4000 // len(unit))
    # Best of five, the two sizes taking turns, so that a busy moment of the machine
    # falls on both rather than on one. Linear work grows 16x and quadratic work 256x;
    # the bound, 64x, leaves a busy machine four times the room and still fails the latter.
    costs = [(_cost(small), _cost(small * 16)) for _ in range(5)]
    base = max(min(s for s, _ in costs), 1e-3)
    assert min(large for _, large in costs) < 64 * base
