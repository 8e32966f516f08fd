"""
Coverage-guided fuzzing of the readers: `loads`, `from_dict`, `from_jsonld` and `validate`.

Each input is read by `newsmodel.loads` and `newsmodel.jsonld.from_jsonld` as JSON bytes,
and, when it is JSON, by `newsmodel.from_dict` and `from_jsonld` as Python data; the
result must be an `Article`, which then survives its own round trip, or a
`SerializationError` whose every problem starts with a path (``$...``).
`newsmodel.validate.validate` must return a report, whatever the bytes.
Anything else is a finding, saved as ``crash-*`` in the working directory.
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
    import orjson

    import newsmodel
    from newsmodel import jsonld
    from newsmodel.errors import SerializationError
    from newsmodel.validate import Report, validate


class FindingError(AssertionError):
    """A property the readers must keep does not hold; atheris reports it."""


def _expect(holds: bool, what: object) -> None:  # noqa: FBT001 - reads as an assertion
    if not holds:
        raise FindingError(repr(what))


def _read(read: object, value: object) -> None:
    try:
        article = read(value)  # type: ignore[operator]
    except SerializationError as error:
        _expect(all(p.startswith("$") for p in error.problems), error.problems)
        return
    _expect(newsmodel.loads(newsmodel.dumps(article)) == article, "JSON round trip")


def test_one_input(data: bytes) -> None:
    """Read *data* with every reader; check what comes back."""
    for read in (newsmodel.loads, jsonld.from_jsonld):
        _read(read, data)
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        value = None
    if value is not None:
        for read in (newsmodel.from_dict, jsonld.from_jsonld):
            _read(read, value)
    _expect(isinstance(validate(data), Report), "validate returns a report")


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
