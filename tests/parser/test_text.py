"""Paragraphs and sentences: the shared view every stage reads."""

from hypothesis import given
from hypothesis import strategies as st

from newsmodel.model import Span
from newsmodel.parser.text._view import split_paragraphs, split_sentences, view


def _sentences(text: str) -> list[str]:
    return [s.slice(text) for s in split_sentences(text, Span(start=0, end=len(text)))]


def test_paragraphs_split_at_blank_lines() -> None:
    """Blank lines separate paragraphs; each span is trimmed of white space."""
    text = "Title here\n\n  First paragraph.\nStill first.\n\n\nSecond one.  \n"
    assert [p.slice(text) for p in split_paragraphs(text)] == [
        "Title here",
        "First paragraph.\nStill first.",
        "Second one.",
    ]


def test_paragraphs_split_at_lines_without_blank_lines() -> None:
    """A text with no blank line has one paragraph per line."""
    text = "Title\nOne paragraph.\nAnother."
    assert [p.slice(text) for p in split_paragraphs(text)] == [
        "Title",
        "One paragraph.",
        "Another.",
    ]


def test_sentences_end_at_full_stops() -> None:
    """A full stop, question or exclamation mark before a capital ends a sentence."""
    assert _sentences("Rain fell. Was it cold? Yes! It was.") == [
        "Rain fell.",
        "Was it cold?",
        "Yes!",
        "It was.",
    ]


def test_titles_and_abbreviations_do_not_end_sentences() -> None:
    """Titles, months, "No." and initials stay inside the sentence."""
    text = "Brig. Gen. Kay Rell met Mr. Voss on Jan. 5 at No. 2 Lane with John F. Ovan."
    assert _sentences(text) == [text]


def test_initialism_ends_sentence_before_a_sentence_starter() -> None:
    """ "U.S." goes on before a name but ends the sentence before "The"."""
    text = "They left the U.S. The talks ended. The U.S. Army stayed."
    assert _sentences(text) == ["They left the U.S.", "The talks ended.", "The U.S. Army stayed."]


def test_quotation_over_several_sentences_stays_whole() -> None:
    """A quotation that spans sentence marks is one sentence with its attribution."""
    text = "“We won. We are glad,” the coach said. Fans cheered."
    assert _sentences(text) == ["“We won. We are glad,” the coach said.", "Fans cheered."]


def test_quotation_that_ends_a_sentence_splits_after_the_mark() -> None:
    """A full stop just inside a closing quotation mark ends the sentence after it."""
    text = 'She said: "It is over." Then she left.'
    assert _sentences(text) == ['She said: "It is over."', "Then she left."]


def test_view_indexes_sentences_by_paragraph() -> None:
    """Each paragraph knows the range of its sentences."""
    text = "Head\n\nOne. Two.\n\nThree."
    v = view(text)
    assert v.paragraph_sentences == ((0, 1), (1, 3), (3, 4))
    assert [s.slice(text) for s in v.sentences_of([1])] == ["One.", "Two."]


_PIECES = st.sampled_from(
    ["The", " ", "\n", "\n\n", " \n \n", "\t", ".", "!", "?", "…", '"', "“", "”", "’",
     "(", ")", "Mr.", "U.S.", "Jan.", "No.", "he", "é", "2", "\u2028", "\xa0"]
)  # fmt: skip


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_view_spans_are_valid_trimmed_and_nested(text: str) -> None:
    """Every span is one `Span` would accept, trimmed, and inside its paragraph."""
    v = view(text)
    for span in (*v.paragraphs, *v.sentences):
        assert Span(start=span.start, end=span.end) == span
        assert 0 <= span.start < span.end <= len(text)
        assert span.slice(text) == span.slice(text).strip()
    for paragraph, (first, stop) in zip(v.paragraphs, v.paragraph_sentences, strict=True):
        assert all(paragraph.contains(s) for s in v.sentences[first:stop])
