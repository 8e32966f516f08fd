"""
Coverage-guided fuzzing of `newsmodel.parse` with atheris, run on demand, not in CI.

Each input is fed to the parser twice: as bytes (the UTF-8 path, BOM and all) and as the
text atheris decodes from them (any code point, lone surrogates included).
The parser must either return an `Article` that keeps every invariant and survives the
JSON and JSON-LD round trips, or raise one of the input errors it documents; anything
else (another exception, a `ModelError` from a span the parser got wrong, a hang) is a
finding, which atheris saves as ``crash-*`` or ``timeout-*`` in the working directory.

Run it from the repository root, in the project's venv (``pip install atheris``); the
first directory receives what libFuzzer finds, so keep it out of the repository::

    mkdir -p /tmp/fuzz-corpus
    python fuzz/fuzz_parse.py -max_total_time=600 -timeout=30 -max_len=4096 \\
        -dict=fuzz/news.dict /tmp/fuzz-corpus fuzz/corpus seeds

Replay a finding with ``python fuzz/fuzz_parse.py crash-<hash>``.

See docs/reliability.md for what it has found so far.
"""

from __future__ import annotations

import itertools
import sys

import atheris  # type: ignore[import-untyped]
import orjson

with atheris.instrument_imports(include=["newsmodel"]):
    import newsmodel
    from newsmodel import html, jsonld
    from newsmodel.errors import InputError, InputTypeError
    from newsmodel.parser import parse

_OPEN, _CLOSE = '<script type="application/ld+json">', "</script>"

#: The errors `parse` documents for bad input; any other exception is a bug.
_EXPECTED = (InputError, InputTypeError)


def _check(article: newsmodel.Article) -> None:
    """Invariants the model does not enforce itself, and the round trips."""
    text = article.text
    for quote in article.quotes:
        _expect(text[quote.span.start : quote.span.end] == quote.text, quote)
    for figure in article.figures:
        _expect(text[figure.span.start : figure.span.end] == figure.text, figure)
    spans = [p.span for p in article.paragraphs]
    _expect(all(a.end <= b.start for a, b in itertools.pairwise(spans)), spans)
    _expect(newsmodel.loads(newsmodel.dumps(article)) == article, "JSON round trip")
    jsonld.from_jsonld(jsonld.to_jsonld(article))
    tag = html.script_tag(article)
    body = tag.removeprefix(_OPEN).removesuffix(_CLOSE)
    _expect("<" not in body, tag)
    _expect(orjson.loads(body) == orjson.loads(jsonld.dumps(article)), tag)


class FindingError(AssertionError):
    """A property the parser's output must keep does not hold; atheris reports it."""


def _expect(holds: bool, what: object) -> None:  # noqa: FBT001 - reads as an assertion
    # Not `assert`: python -O would strip it and the fuzzer would find nothing.
    if not holds:
        raise FindingError(repr(what))


def test_one_input(data: bytes) -> None:
    """Parse *data* as bytes and as text; check what comes back."""
    provider = atheris.FuzzedDataProvider(data)
    text = provider.ConsumeUnicode(len(data))
    for source in (data, text):
        try:
            article = parse(source, max_chars=100_000)
        except _EXPECTED:
            continue
        _check(article)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
