"""Fixtures for the command-line tests, which run the real command in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

# The CLI needs the parser; until it is installed, these tests are skipped, not failed.
pytest.importorskip("newsmodel.parser")

Run = Callable[..., subprocess.CompletedProcess[bytes]]

#: Short articles written for these tests (not taken from any publication).
ARTICLES: tuple[str, ...] = (
    (
        "Harbour Bridge Reopens After Repairs\n\n"
        "The harbour bridge reopened on Monday after six weeks of repairs, the city council said.\n\n"
        '"Traffic should flow normally by the weekend," said Maria Lopez, the transport chief.'
    ),
    (
        "Local Bakery Wins Regional Prize\n\n"
        "A family bakery in Riverton won the regional bread prize on Saturday, beating 40 rivals.\n\n"
        "Owner Tom Baker said the win was a surprise."
    ),
    (
        "Storm Closes Schools Across the Valley\n\n"
        "About 120 schools closed on Tuesday as a storm brought 30 centimetres of snow."
    ),
)


def _run_cli(
    *args: str | Path, stdin: bytes | None = None, command: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    prefix = [command] if command else [sys.executable, "-m", "newsmodel"]
    return subprocess.run(
        [*prefix, *map(str, args)], input=stdin, capture_output=True, check=False, timeout=300
    )


@pytest.fixture(name="run")
def _run() -> Run:
    """Run ``python -m newsmodel ARGS`` (or *command* ARGS) and capture its output."""
    return _run_cli


@pytest.fixture(name="articles")
def _articles() -> tuple[str, ...]:
    return ARTICLES


@pytest.fixture(name="sample")
def _sample() -> Path:
    """The project's sample article."""
    return Path(__file__).resolve().parents[2] / "seeds" / "iran-iraq-military-ties.txt"
