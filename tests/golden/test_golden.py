"""
Golden pairs: short news texts of our own (``*.txt``) and the article the parser made
of each (``*.json``), so that a change to the parser shows as a diff of its output.

A failing pair is not necessarily a bug: it says the output moved. Read the diff; if
every change is right, regenerate the pairs on purpose and commit them with the change:

    python tests/golden/test_golden.py --regenerate

The pairs pin today's output, mistakes included (docs/parser.md lists the known ones);
the behaviour each rule promises is asserted in the tests of that rule.
"""

from __future__ import annotations

import datetime as dt
import difflib
import sys
from pathlib import Path

import pytest

import newsmodel

HERE = Path(__file__).resolve().parent
#: Every pair is parsed as published at this moment, so that relative dates resolve.
PUBLISHED = dt.datetime(2026, 3, 12, 9, 0, tzinfo=dt.UTC)
TEXTS = sorted(HERE.glob("*.txt"))


def _output(text_path: Path) -> str:
    """The article parsed from *text_path*, as indented JSON text."""
    article = newsmodel.parse(text_path.read_text(encoding="utf-8"), published=PUBLISHED)
    return newsmodel.dumps(article, indent=True).decode("utf-8") + "\n"


def test_there_are_pairs() -> None:
    """Every text has its output beside it, and every output its text."""
    assert len(TEXTS) >= 5
    outputs = {p.stem for p in HERE.glob("*.json")}
    assert outputs == {p.stem for p in TEXTS}


@pytest.mark.parametrize("text_path", TEXTS, ids=[p.stem for p in TEXTS])
def test_output_is_unchanged(text_path: Path) -> None:
    """The parser makes the same article of each golden text as when it was last reviewed."""
    expected = text_path.with_suffix(".json").read_text(encoding="utf-8")
    actual = _output(text_path)
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                f"{text_path.stem}.json (reviewed)",
                f"{text_path.stem}.json (now)",
            )
        )
        pytest.fail(
            f"the parser's output for {text_path.name} moved; if every change is right, "
            f"run `python tests/golden/test_golden.py --regenerate`\n{diff}"
        )


def _regenerate() -> None:
    for text_path in TEXTS:
        out = text_path.with_suffix(".json")
        new = _output(text_path)
        old = out.read_text(encoding="utf-8") if out.exists() else None
        if new != old:
            out.write_text(new, encoding="utf-8")
            sys.stdout.write(f"wrote {out.relative_to(HERE.parent.parent)}\n")


if __name__ == "__main__":
    if sys.argv[1:] != ["--regenerate"]:
        sys.exit("usage: python tests/golden/test_golden.py --regenerate")
    _regenerate()
