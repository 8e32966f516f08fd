"""The parser takes any input: it returns a valid article or raises a typed error, fast."""

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Article, InputError, NewsmodelError, strategies
from newsmodel.parser import parse

#: Paragraphs of hostile text, or bits of news prose cut anywhere.
_HOSTILE_STORIES = st.lists(strategies.texts(hostile=True, max_size=200), min_size=1, max_size=6)


def _check(article: Article) -> None:
    size = len(article.text)
    for paragraph in article.paragraphs:
        assert paragraph.span.end <= size
    for quote in article.quotes:
        assert article.slice(quote.span) == quote.text
        assert quote.speaker is None or article.actor(quote.speaker)
    for figure in article.figures:
        assert article.slice(figure.span) == figure.text
    for actor in article.actors:
        assert all(m.end <= size for m in actor.mentions)


@given(st.text())
def test_any_text_parses_or_raises_input_error(text: str) -> None:
    """Any string gives a valid article, or InputError when it is blank or has no word."""
    try:
        article = parse(text)
    except InputError as error:
        reason = error.reason
    else:
        assert article.text == text
        _check(article)
        return
    if reason == "empty":
        assert not text.strip()
    elif reason == "no-words":
        assert not any(c.isalnum() for c in text)
    else:
        assert reason == "undecodable"
        assert text.count("\x00") * 3 >= len(text)


@given(_HOSTILE_STORIES.map("\n\n".join))
def test_hostile_stories_parse(text: str) -> None:
    """Markup, controls, bidi marks and long runs in paragraphs still parse into a valid article."""
    article = parse(text)
    _check(article)


@given(st.binary())
def test_any_bytes_parse_or_raise_a_typed_error(data: bytes) -> None:
    """Bytes are decoded as UTF-8; anything else is a NewsmodelError, never a traceback."""
    try:
        article = parse(data)
    except NewsmodelError:
        return
    _check(article)


@given(strategies.news_texts())
def test_parse_is_deterministic(pair: tuple[str, Article]) -> None:
    """Parsing the same text twice gives equal articles."""
    text, _ = pair
    assert parse(text) == parse(text)


@given(strategies.news_texts(), st.integers(0, 2000))
def test_any_prefix_parses(pair: tuple[str, Article], cut: int) -> None:
    """A story cut anywhere (in a name, a quotation, a number) still parses."""
    text, _ = pair
    prefix = text[: cut % (len(text) + 1)]
    if prefix.strip():
        _check(parse(prefix))


#: Inputs that make a backtracking matcher or a quadratic scan blow up.
ADVERSARIAL = {
    # A word first where the pattern has none: a text of nothing but marks is refused early.
    "quotes": 'A "' + '"' * 40_000,
    "open quotes": '"a ' * 20_000,
    "curly": "A " + "“" * 20_000 + "”" * 20_000,
    "honorifics": "Mr. " * 20_000,
    "capitals": "Amara " * 20_000,
    "numbers": "1,000 " * 20_000,
    "ranges": "between 4 and 5 " * 8_000,
    "said": '"a," he said. ' * 8_000,
    "parentheses": "A " + "(" * 20_000 + ")" * 20_000,
    "one line": "a" * 200_000,
    "blank lines": "a\n\n" * 30_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_input_stays_fast(name: str) -> None:
    """About 100-200 KB of pathological text parses in seconds, not minutes (no backtracking)."""
    text = ADVERSARIAL[name]
    start = time.perf_counter()
    _check(parse(text))
    # Linear parsing takes well under a second here; the bound is loose for shared CI.
    assert time.perf_counter() - start < 10
