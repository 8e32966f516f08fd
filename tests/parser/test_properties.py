"""Properties of the parser on any text: spans, references, determinism."""

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel import Article
from newsmodel.errors import InputError
from newsmodel.parser import parse

_WORDS = st.sampled_from(
    [
        "Iran", "the", "U.S.", "Brig.", "Gen.", "Amir", "Hatami", "said", "(PMF)", "Forces",
        "Popular", "“We", "won.”", "Iraq’s", "defense", "chief", ",", ".", "\n\n", "Mr.",
        "Dr.", "Ana", "Lou", "News", "Agency", "of", "and", "—", "…", "(", ")", "ISIS/ISIL",
    ]
)  # fmt: skip
_NEWSY = st.lists(_WORDS, max_size=60).map(" ".join)


def _check(article: Article) -> None:
    text = article.text
    for actor in article.actors:
        for span in actor.mentions:
            assert 0 <= span.start <= span.end <= len(text)
    for paragraph in article.paragraphs:
        assert paragraph.span.end <= len(text)
        assert paragraph.span.slice(text).strip() == paragraph.span.slice(text)
    ids = {a.id for a in article.actors}
    for quote in article.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text
        assert quote.speaker is None or quote.speaker in ids
    for figure in article.figures:
        assert text[figure.span.start : figure.span.end] == figure.text
        assert figure.about is None or figure.about in ids


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.text(max_size=300), _NEWSY))
def test_any_text_parses_or_raises_input_error(text: str) -> None:
    """Any text parses with every span in bounds and every reference valid, or is refused."""
    try:
        article = parse(text)
    except InputError:
        return
    _check(article)


@settings(max_examples=20, deadline=None)
@given(_NEWSY)
def test_parsing_is_deterministic(text: str) -> None:
    """Parsing the same text twice gives equal articles."""
    try:
        first = parse(text)
    except InputError:
        return
    assert parse(text) == first
