"""
A CMS team's property test: whatever an editor types, the story page stays valid and safe.

The page template below stands for a CMS's own: it puts newsmodel's JSON-LD in the head
and the article's markup in the body.  The properties say that for any article,
including one whose every field holds markup, control characters, bidi marks and very
long strings, a browser's tokenizer sees exactly the page's own elements, the JSON-LD
reads back unchanged, and newsmodel's linter finds no structural error.

Run it with::

    pytest examples/test_cms_page.py
"""

from html.parser import HTMLParser

import orjson
from hypothesis import given

from newsmodel import Article, strategies
from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import to_jsonld
from newsmodel.validate import validate

TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
{jsonld}
</head>
<body>
<nav><a href="/">Home</a></nav>
<main>{article}</main>
<footer><script src="/static/app.js"></script></footer>
</body>
</html>
"""

#: The elements the template and newsmodel's markup may open; an editor adds none.
ALLOWED_TAGS = frozenset(
    {
        "html", "head", "meta", "title", "script", "body", "nav", "a", "main", "footer",
        "article", "header", "h1", "h2", "p", "time", "figure", "figcaption", "img",
        "blockquote", "q", "span", "div", "link", "address", "ul", "li", "data", "section",
        "bdi", "small",
    }
)  # fmt: skip

#: Linter rules about what an editor typed ("Ana, Bob" as one author), not about markup.
EDITORIAL_RULES = frozenset({"author-multiple", "author-name-byline"})


def render_page(article: Article) -> str:
    """The CMS's page: escaped title, JSON-LD in the head, the article in the body."""
    from html import escape  # noqa: PLC0415 - only the title needs it

    return TEMPLATE.format(
        title=escape(article.headline or "News"),
        jsonld=script_tag(article),
        article=render_article(article),
    )


class PageReader(HTMLParser):
    """What a browser's tokenizer finds: tags, comments and each script's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.comments: list[str] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "script":
            self._script = dict(attrs)
            self.scripts.append((self._script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def read(page: str) -> PageReader:
    reader = PageReader()
    reader.feed(page)
    reader.close()
    return reader


@given(strategies.articles(hostile=True))
def test_page_has_only_its_own_elements(article: Article) -> None:
    """No text an editor types adds an element, a comment or a script to the page."""
    page = read(render_page(article))
    assert set(page.tags) <= ALLOWED_TAGS, set(page.tags) - ALLOWED_TAGS
    assert page.comments == []
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/ld+json", None]


@given(strategies.articles(hostile=True))
def test_jsonld_reads_back_unchanged(article: Article) -> None:
    """The JSON-LD a crawler reads from the page is exactly the article's."""
    page = read(render_page(article))
    _, text = page.scripts[0]
    assert orjson.loads(text) == to_jsonld(article)


@given(strategies.articles(hostile=True))
def test_page_passes_the_linter(article: Article) -> None:
    """The page's structured data has no structural error, whatever the editor typed."""
    report = validate(render_page(article))
    assert {issue.rule for issue in report.errors} <= EDITORIAL_RULES, str(report)
