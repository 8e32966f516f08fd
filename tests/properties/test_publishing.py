"""
Whatever an article holds, its published forms stay valid, safe and loss-free.

Safety is checked the way a browser reads a page: an HTML tokenizer must see exactly the
elements newsmodel wrote, and the script element's text must be the JSON-LD, unchanged.
"""

from html.parser import HTMLParser

import orjson
import pytest
from hypothesis import given

import newsmodel
from newsmodel import Article, InputError, html, jsonld, strategies
from newsmodel.parser import parse
from newsmodel.validate import validate

PAGE = "<!doctype html><html><head><title>t</title>{}</head><body><p>end</p></body></html>"


class _Page(HTMLParser):
    """Record what a tokenizer sees: start tags, comments and each script's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.comments: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        self.tags.append(tag)
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def _read(page: str) -> _Page:
    reader = _Page()
    reader.feed(page)
    reader.close()
    return reader


def _assert_safe_script(tag: str, doc: object) -> None:
    page = _read(PAGE.format(tag))
    assert page.tags == ["html", "head", "title", "script", "body", "p"]
    assert page.comments == []
    assert orjson.loads(page.scripts[0]) == doc
    assert "<" not in page.scripts[0]


@given(strategies.articles(hostile=True))
def test_script_tag_cannot_break_out(article: Article) -> None:
    """No article text can end the script element early, open a comment or add an element."""
    _assert_safe_script(html.script_tag(article), jsonld.to_jsonld(article))


@given(strategies.articles(hostile=True))
def test_rendered_article_adds_no_markup(article: Article) -> None:
    """render_article escapes every text: no script element, no comment, whatever the text."""
    page = _read(html.render_article(article))
    assert "script" not in page.tags
    assert page.comments == []


@given(strategies.texts(hostile=True, max_size=400))
def test_parsed_hostile_text_publishes_safely(text: str) -> None:
    """Hostile input parses into an article whose script element is still safe."""
    if text.count("\x00") * 3 >= len(text):
        # A text mostly of NUL characters is refused as UTF-16 read wrongly.
        with pytest.raises(InputError, match="utf-16"):
            parse(text)
        return
    article = parse(text)
    _assert_safe_script(html.script_tag(article), jsonld.to_jsonld(article))


#: Linter rules about what an editor typed rather than how newsmodel wrote it: an author
#: named "Ana, Bob" is legal in the model, and the linter rightly asks for two authors.
EDITORIAL_RULES = frozenset({"author-multiple", "author-name-byline"})


@given(strategies.articles())
def test_jsonld_is_linter_clean(article: Article) -> None:
    """The JSON-LD of any valid article passes newsmodel's own linter without an error."""
    report = validate(jsonld.to_jsonld(article))
    assert report.ok, str(report)


@given(strategies.articles(hostile=True))
def test_hostile_jsonld_has_only_editorial_errors(article: Article) -> None:
    """Hostile text draws the linter's editorial errors at most, never a structural one."""
    report = validate(jsonld.to_jsonld(article))
    assert {issue.rule for issue in report.errors} <= EDITORIAL_RULES, str(report)


@given(strategies.news_texts())
def test_parsed_news_is_linter_clean_and_round_trips(pair: tuple[str, Article]) -> None:
    """A parsed story lints clean, and its JSON form loads back equal."""
    text, _ = pair
    article = parse(text)
    assert validate(html.script_tag(article)).ok
    assert newsmodel.loads(newsmodel.dumps(article)) == article


@given(strategies.news_texts())
def test_truth_round_trips(pair: tuple[str, Article]) -> None:
    """The truth articles are valid model objects: they survive JSON and keep quotes in JSON-LD."""
    _, truth = pair
    assert newsmodel.loads(newsmodel.dumps(truth)) == truth
    back = jsonld.from_jsonld(jsonld.to_jsonld(truth))
    assert {q.text for q in back.quotes} == {q.text for q in truth.quotes}
