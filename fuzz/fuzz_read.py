"""
Coverage-guided fuzzing of the readers, `newsmodel.loads` and `newsmodel.jsonld.from_jsonld`.

Each input is read by both as JSON bytes; the result must be an `Article`, which then
survives its own round trip, or a `SerializationError` whose every problem starts with a
path (``$...``). Anything else is a finding, saved as ``crash-*`` in the working directory.
Seed it with documents newsmodel wrote, so that mutations start from real articles::

    mkdir -p /tmp/fuzz-read
    python fuzz/fuzz_read.py -max_total_time=300 -timeout=30 -max_len=65536 \\
        -dict=fuzz/jsonld.dict /tmp/fuzz-read fuzz/documents

See docs/reliability.md for what it has found so far.
"""

from __future__ import annotations

import sys

import atheris  # type: ignore[import-untyped]

with atheris.instrument_imports(include=["newsmodel"]):
    import newsmodel
    from newsmodel import jsonld
    from newsmodel.errors import SerializationError


class FindingError(AssertionError):
    """A property the readers must keep does not hold; atheris reports it."""


def _expect(holds: bool, what: object) -> None:  # noqa: FBT001 - reads as an assertion
    if not holds:
        raise FindingError(repr(what))


def test_one_input(data: bytes) -> None:
    """Read *data* with both readers; check what comes back."""
    for read in (newsmodel.loads, jsonld.from_jsonld):
        try:
            article = read(data)
        except SerializationError as error:
            _expect(all(p.startswith("$") for p in error.problems), error.problems)
            continue
        _expect(newsmodel.loads(newsmodel.dumps(article)) == article, "JSON round trip")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
