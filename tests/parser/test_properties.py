"""
The parser on any input: a valid article or a typed error, the same article every time.

This is the one home of the properties that hold for whatever `parse` is given: any text
parses or raises an `InputError`, any bytes parse or raise one, parsing is deterministic,
and what it returns survives the JSON and JSON-LD round trips.
The inputs range from any Unicode string to the hostile alphabet: control characters,
bidi and zero-width marks, combining marks, every kind of quotation mark, unbalanced and
nested quotations, lone surrogates, and the strings of `newsmodel.strategies.HOSTILE_SAMPLES`;
news prose drawn with known truth, cut anywhere; and the rules' own words at random.
An `Article` checks its own invariants when it is built, so a span the parser got wrong
surfaces as a `ModelError`, which these properties count as a failure: the only errors
`parse` may raise are the input errors it documents.
The coverage-guided counterpart is ``fuzz/fuzz_parse.py`` (see docs/reliability.md).
"""

from __future__ import annotations

import itertools

import orjson
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, html, jsonld, strategies
from newsmodel.errors import InputError
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

#: Words of the rules, space-separated at random: titles, names, acronyms, cues, marks.
_RULE_WORDS = st.lists(
    st.sampled_from(
        [
            "Iran", "the", "U.S.", "Brig.", "Gen.", "Amir", "Hatami", "said", "(PMF)", "Forces",
            "Popular", "“We", "won.”", "Iraq’s", "defense", "chief", ",", ".", "\n\n", "Mr.",
            "Dr.", "Ana", "Lou", "News", "Agency", "of", "and", "—", "…", "(", ")", "ISIS/ISIL",
        ]
    ),
    max_size=60,
).map(" ".join)  # fmt: skip

#: Paragraphs of hostile text, or bits of news prose cut anywhere, as one story.
_HOSTILE_STORIES = st.lists(
    strategies.texts(hostile=True, max_size=200), min_size=1, max_size=6
).map("\n\n".join)

#: News stories drawn with their truth, cut anywhere: in a name, a quotation, a number.
_CUT_STORIES = st.tuples(strategies.news_texts(), st.integers(0, 2000)).map(
    lambda drawn: drawn[0][0][: drawn[1] % (len(drawn[0][0]) + 1)]
)

#: Every kind of text the properties below are tried on.
ANY_TEXT = st.one_of(
    st.text(),
    HOSTILE_TEXT,
    strategies.texts(hostile=True, max_size=300),
    _HOSTILE_STORIES,
    _RULE_WORDS,
    _CUT_STORIES,
)


def _check(article: Article, text: str) -> None:
    """What the model does not check itself: the text kept, items at their spans, in order."""
    assert article.text == text
    size = len(article.text)
    ids = [a.id for a in article.actors]
    assert len(ids) == len(set(ids))
    for actor in article.actors:
        assert all(0 <= m.start <= m.end <= size for m in actor.mentions)
    spans = [p.span for p in article.paragraphs]
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))
    for paragraph in article.paragraphs:
        assert paragraph.span.end <= size
        assert article.slice(paragraph.span).strip() == article.slice(paragraph.span)
    for quote in article.quotes:
        # a run-on quotation's text is its paragraphs' words, joined by spaces
        pieces = " ".join(article.slice(piece) for piece in quote.quoted)
        assert quote.text in {article.slice(quote.span), pieces}
        assert all(quote.span.start <= p.start <= p.end <= quote.span.end for p in quote.quoted)
        assert quote.text.strip()
        assert quote.speaker is None or quote.speaker in ids
    for figure in article.figures:
        assert article.slice(figure.span) == figure.text
        assert figure.about is None or figure.about in ids
    for date in article.dates:
        assert 0 <= date.span.start < date.span.end <= size


def _parse_or_refuse(text: str) -> Article | None:
    """`parse` *text*; None when it refuses it as empty or for a lone surrogate, as documented."""
    try:
        article = parse(text)
    except InputError as error:  # never a ModelError, never InputTooLargeError at this size
        refused = error
    else:
        _check(article, text)
        return article
    assert type(refused) is InputError, refused
    assert str(refused).startswith("Expected")
    if refused.reason == "empty":
        assert not text.strip()
    elif refused.reason == "no-words":
        assert not any(c.isalnum() for c in text)
    elif refused.reason == "undecodable":  # UTF-16 read as UTF-8: NUL in every other place
        assert text.count("\x00") * 3 >= len(text)
    else:
        assert refused.reason == "surrogate"
        assert any("\ud800" <= c <= "\udfff" for c in text)
    return None


@settings(deadline=None)
@given(ANY_TEXT)
@example("“““ said ”” ”")
@example("«‘„Nested “quotes” inside’»,” Gen. Ana Lou said.")
@example("\u202e\u0301“\x00\n\n”")
@example(" \n\t ")
def test_any_text_parses_or_raises_input_error(text: str) -> None:
    """Any text gives an Article that keeps every invariant, or an InputError when it is blank, has no word, or holds a lone surrogate."""
    _parse_or_refuse(text)


@settings(deadline=None)
@given(st.binary())
@example(b"\xef\xbb\xbfHello there.")
@example(b"abc\xff")
def test_any_bytes_parse_or_raise_an_input_error(data: bytes) -> None:
    """Bytes are read as UTF-8 into a valid Article; undecodable, blank or wordless ones are an InputError."""
    try:
        article = parse(data)
    except InputError as error:
        reason = error.reason
    else:
        _check(article, data.decode("utf-8-sig"))  # a BOM is dropped
        return
    assert reason in {"undecodable", "empty", "no-words"}


@settings(deadline=None)
@given(st.one_of(strategies.news_texts().map(lambda pair: pair[0]), _RULE_WORDS, HOSTILE_TEXT))
def test_parsing_is_deterministic(text: str) -> None:
    """Parsing the same text twice gives equal articles."""
    first = _parse_or_refuse(text)
    if first is not None:
        assert parse(text) == first


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
