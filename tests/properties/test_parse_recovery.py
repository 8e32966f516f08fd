"""
The parser recovers what a reporter wrote: every quote with its speaker, every figure
with its value, every person once.

`news_texts` writes a story and knows its truth; these properties parse the text and
compare.  ``SUPPORTED`` restricts the stories to what the parser handles today; each
form left out is a known limit listed in docs/testing.md, with a minimal example.
Widen ``SUPPORTED`` as the parser learns a form, and the properties keep it learned.
"""

from collections.abc import Callable
from typing import Any

from hypothesis import given

from newsmodel import Article, strategies
from newsmodel.parser import parse
from newsmodel.strategies._prose import _compare as compare

Pair = tuple[str, Article]

#: The part of `news_texts` the parser recovers today: every order, every way of
#: introducing a person, given names that are also places, and organizations as speakers.
#: What it does not recover yet is listed as known limits in docs/testing.md.
SUPPORTED: dict[str, Any] = {
    "orders": strategies.ATTRIBUTION_ORDERS,
    "intros": strategies.INTROS,
    "place_names": True,
    "organizations_speak": True,
}


def _check(text: str, expected: Article, *checks: Callable[[Article, Article], list[str]]) -> None:
    """Parse *text* and fail with every problem the checks find, then the text."""
    found = parse(text)
    problems = [problem for check in checks for problem in check(expected, found)]
    assert not problems, "\n".join(problems) + "\n--- in ---\n" + text


@given(strategies.news_texts())
def test_every_quote_is_found(pair: Pair) -> None:
    """In every form of story, every quotation is found, and nothing else is taken for one."""
    _check(*pair, compare.missing_quotes, compare.spurious_quotes)


@given(strategies.news_texts(**SUPPORTED))
def test_every_quote_has_its_speaker_and_kind(pair: Pair) -> None:
    """Every quotation found is attributed to its speaker, direct or indirect as written."""
    _check(*pair, compare.wrong_speakers, compare.wrong_kinds)


#: Stories whose quoted words the parser delimits exactly today: with ``partial`` it keeps
#: the reporter's words of the clause around the marks (as the PolNeAR corpus marks a
#: mixed quotation), and with ``run-on`` both paragraphs in one quote.
EXACT_WORDS: dict[str, Any] = SUPPORTED | {
    "orders": tuple(o for o in SUPPORTED["orders"] if o not in {"partial", "run-on"}),
}


@given(strategies.news_texts(**EXACT_WORDS))
def test_quoted_words_are_exact(pair: Pair) -> None:
    """A quotation found holds exactly the quoted words, up to a final stop."""
    _check(*pair, compare.wrong_boundaries)


#: People are found once, in every story the parser supports.
PERSONS: dict[str, Any] = SUPPORTED


@given(strategies.news_texts(**PERSONS))
def test_every_person_once(pair: Pair) -> None:
    """Every person is found once, under the full name, and no one else is."""
    _check(*pair, compare.missing_persons, compare.duplicate_persons, compare.spurious_persons)


@given(strategies.news_texts(min_quotes=0, max_quotes=2, max_figures=5))
def test_every_figure_has_its_value(pair: Pair) -> None:
    """Every figure, in every form, is found with its value or range; no date is a figure."""
    _check(*pair, compare.missing_figures, compare.spurious_figures)


@given(strategies.news_texts(min_quotes=0, max_quotes=3))
def test_every_date_has_its_value(pair: Pair) -> None:
    """Every date is found, resolved to its day, month or year, or marked relative."""
    _check(*pair, compare.missing_dates, compare.spurious_dates)


@given(strategies.news_texts(orders=EXACT_WORDS["orders"] + ("partial",)))
def test_quotes_stay_in_their_paragraph(pair: Pair) -> None:
    """No quotation found runs across a paragraph break (a run-on quotation still does)."""
    text, _ = pair
    for quote in parse(text).quotes:
        assert "\n\n" not in quote.text, quote.text


@given(strategies.news_texts())
def test_headline_and_caption(pair: Pair) -> None:
    """A headline and a caption are found as written."""
    text, expected = pair
    found = parse(text)
    if expected.headline is not None:
        assert found.headline == expected.headline
    if expected.image is not None:
        assert found.image is not None
        assert found.image.caption == expected.image.caption
