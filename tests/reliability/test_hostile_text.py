"""
Fuzzing the parser with Hypothesis: any text gives a valid Article or a typed error.

The alphabet is the hostile one: control characters, bidi and zero-width marks,
combining marks, every kind of quotation mark, unbalanced and nested quotations, lone
surrogates, and the strings of `newsmodel.strategies.HOSTILE_SAMPLES`.
An `Article` checks its own invariants when it is built, so a span the parser got wrong
surfaces as a `ModelError`, which this property counts as a failure: the only errors
`parse` may raise are the input errors it documents.
The coverage-guided counterpart is ``fuzz/fuzz_parse.py`` (see docs/reliability.md).
"""

from __future__ import annotations

import itertools

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, html, jsonld, strategies
from newsmodel.errors import InputError, InputTooLargeError, InputTypeError
from newsmodel.parser import parse

#: Every quotation mark the Unicode standard lists for the languages news is written in.
QUOTATION_MARKS = (
    '"', "'", "`", "``", "''", "“", "”", "„", "‟", "‘", "’", "‚", "‛",
    "«", "»", "‹", "›", "「", "」", "『", "』", "〝", "〞", "＂", "＇", "❝", "❞",
)  # fmt: skip
#: Marks that change how text is laid out or joined without being visible.
INVISIBLE = (
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c",
    "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u2060", "\ufeff",
)  # fmt: skip
COMBINING = tuple(chr(c) for c in range(0x0300, 0x0370, 7))
CONTROLS = tuple(chr(c) for c in (*range(0x20), 0x7F, 0x85, 0x2028, 0x2029))
#: Words the rules look for, so that the hostile pieces land inside real attributions.
NEWSY = (
    "said", "told", "according to", "Gen.", "Mr.", "Dr.", "U.S.", "Iraq", "Ana Lou",
    "Popular Mobilization Forces", "(PMF)", "1,000", "4.5%", "$2 billion", "May 5",
    "three", "—", " - ", ".", ",", ":", "\n", "\n\n", " ",
)  # fmt: skip

_PIECES = st.one_of(
    st.sampled_from(QUOTATION_MARKS),
    st.sampled_from(INVISIBLE),
    st.sampled_from(COMBINING),
    st.sampled_from(CONTROLS),
    st.sampled_from(NEWSY),
    st.sampled_from(strategies.HOSTILE_SAMPLES),
    st.text(st.characters(codec="utf-8"), max_size=12),
)
#: Text made of the pieces above: quotation marks unbalanced and nested at random.
HOSTILE_TEXT = st.lists(_PIECES, max_size=80).map("".join)


def _check(article: Article) -> None:
    """What the model does not check itself: items sit at their spans, in text order."""
    text = article.text
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.text.strip()
    for figure in article.figures:
        assert text[figure.span.start : figure.span.end] == figure.text
    for date in article.dates:
        assert 0 <= date.span.start < date.span.end <= len(text)
    spans = [p.span for p in article.paragraphs]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    ids = [a.id for a in article.actors]
    assert len(ids) == len(set(ids))


def _parse_or_refuse(text: str) -> Article | None:
    """`parse` *text*; None when it refuses it with a documented input error."""
    try:
        return parse(text)
    except InputError as error:  # empty, a lone surrogate: never a ModelError
        refused = error
    assert type(refused) in {InputError, InputTooLargeError}, refused
    assert str(refused).startswith("Expected")
    return None


@settings(deadline=None)
@given(st.one_of(HOSTILE_TEXT, strategies.texts(hostile=True, max_size=300)))
@example("“““ said ”” ”")
@example("«‘„Nested “quotes” inside’»,” Gen. Ana Lou said.")
@example("\u202e\u0301“\x00\n\n”")
def test_hostile_text_parses_or_raises_an_input_error(text: str) -> None:
    """Any hostile text gives an Article that keeps every invariant, or an InputError."""
    article = _parse_or_refuse(text)
    if article is not None:
        _check(article)


@settings(deadline=None)
@given(HOSTILE_TEXT)
def test_what_the_parser_returns_serializes_and_reads_back(text: str) -> None:
    """A parsed article round-trips through JSON, and its JSON-LD is strict UTF-8 JSON."""
    article = _parse_or_refuse(text)
    if article is None:
        return
    assert newsmodel.loads(newsmodel.dumps(article)) == article
    document = jsonld.dumps(article)
    document.decode("utf-8")  # strict: a lone surrogate would raise here
    assert orjson.loads(document) == jsonld.to_jsonld(article)
    assert "</" not in html.script_tag(article)[len("<script") : -len("</script>")]


@settings(deadline=None)
@given(
    HOSTILE_TEXT,
    st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF),
    st.integers(min_value=0),
)
def test_a_lone_surrogate_is_refused_where_it_stands(text: str, surrogate: str, at: int) -> None:
    """A lone surrogate anywhere in the text is an InputError that gives its offset."""
    at %= len(text) + 1
    text = text[:at] + surrogate + text[at:]
    with pytest.raises(InputError) as caught:
        parse(text)
    assert caught.value.reason == "surrogate"
    offset = text.index(surrogate)
    assert str(caught.value) == (
        f"Expected text that UTF-8 can carry, got a lone surrogate {surrogate!r} at offset {offset}"
    )


@settings(deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_parse_or_raise_an_input_error(data: bytes) -> None:
    """Bytes are read as UTF-8; undecodable or wordless ones are refused with a reason."""
    try:
        article = parse(data)
    except InputError as error:
        reason = error.reason
    else:
        _check(article)
        return
    assert reason in {"undecodable", "empty", "no-words"}


@pytest.mark.parametrize("value", [None, 3, 2.5, ["text"], {"text": "x"}, object()])
def test_what_is_not_text_is_an_input_type_error(value: object) -> None:
    """Anything but str or bytes is refused with a TypeError that names what it got."""
    with pytest.raises(InputTypeError) as caught:
        parse(value)  # type: ignore[arg-type]
    assert caught.value.found is type(value)
    assert str(caught.value) == (
        f"Expected the article as str (or UTF-8 bytes), got {type(value).__name__}"
    )
    assert isinstance(caught.value, TypeError)
