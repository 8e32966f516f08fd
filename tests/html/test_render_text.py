"""
`render_article` publishes the article's words exactly, quotation marks and commas included.

lxml's HTML parser (libxml2, a third-party reader) reads the rendered body back; the text
content of each body paragraph must be the paragraph's text, character for character.
"""

from hypothesis import given
from lxml import html as lxml_html

from newsmodel import Article, Quote, Span, strategies
from newsmodel.html import render_article
from newsmodel.parser import parse


def body_texts(article: Article) -> list[str]:
    """The text content of each element of the rendered body, as an HTML parser reads it."""
    root = lxml_html.fragment_fromstring(render_article(article))
    (body,) = root.find_class("article-body")
    return [child.text_content() for child in body]


def expected(article: Article) -> list[str]:
    """The paragraphs' text as HTML can carry it: a NUL is read back as U+FFFD."""
    return [text.replace("\x00", "\ufffd") for text in article.paragraph_texts()]


def quoted(text: str, words: str) -> Article:
    article = Article.from_paragraphs([text])
    start = text.index(words)
    quote = Quote(text=words, span=Span(start=start, end=start + len(words)))
    return Article(text=article.text, paragraphs=article.paragraphs, quotes=(quote,))


def test_comma_stays_inside_the_closing_mark() -> None:
    """A comma the publisher put inside the closing quotation mark stays there."""
    article = quoted("“We share commonalities,” the agency said.", "We share commonalities")
    assert body_texts(article) == ["“We share commonalities,” the agency said."]


def test_publisher_marks_are_kept() -> None:
    """Guillemets and low-high marks are written as the publisher wrote them, not redrawn."""
    for text, words in (("Il a dit « non ». Fin.", "non"), ("Er sagte „nein“, dann.", "nein")):
        assert body_texts(quoted(text, words)) == [text]


def test_paragraph_that_is_a_quotation() -> None:
    """A paragraph that is only a quotation keeps its marks and final punctuation."""
    article = quoted("“We will not leave.”", "We will not leave")
    html = render_article(article)
    assert "<blockquote" in html
    assert body_texts(article) == ["“We will not leave.”"]


@given(strategies.articles(hostile=True))
def test_rendered_body_is_the_article_text(article: Article) -> None:
    """Whatever the text holds, the rendered paragraphs read back as the article's paragraphs."""
    assert body_texts(article) == expected(article)


@given(strategies.news_texts())
def test_rendered_parsed_story_is_its_text(pair: tuple[str, Article]) -> None:
    """A parsed story, its quotations marked up, renders its paragraphs' words unchanged."""
    text, _ = pair
    article = parse(text)
    assert body_texts(article) == expected(article)
