"""
Open Graph and Twitter Card tags say what the article says, and no text can break out of them.

An HTML tokenizer (the standard library's) must see exactly the ``<meta>`` elements written,
with exactly the article's values; extruct's Open Graph reader (third-party) must read the
same properties. The real browser's check is in tests/html/test_browser.py.
"""

import datetime as dt
from html.parser import HTMLParser

import pytest
from hypothesis import given

import newsmodel
from newsmodel import Article, Author, Image, Publisher, strategies
from newsmodel.jsonld import Site
from newsmodel.meta import meta_properties, meta_tags

extruct = pytest.importorskip("extruct")


class _Head(HTMLParser):
    """Record every start tag the tokenizer sees, with its attributes decoded."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.data.append(data)


def read(html: str) -> _Head:
    head = _Head()
    head.feed(html)
    head.close()
    return head


def html_value(value: str) -> str:
    """What HTML can carry of a value: NUL becomes U+FFFD, as browsers read it."""
    return value.replace("\x00", "\ufffd")


def full_article() -> Article:
    return Article.from_paragraphs(
        ["Iraq and Iran signed a defense pact on Sunday.", "Second paragraph."],
        headline="Iraq and Iran sign defense pact",
        url="https://news.example/world/pact",
        image=Image(
            url="https://news.example/img/pact.jpg",
            caption="The ministers in Baghdad",
            credit="AFP",
            width=1200,
            height=800,
        ),
        published=dt.datetime(2018, 8, 28, 9, 30, tzinfo=dt.UTC),
        modified=dt.datetime(2018, 8, 28, 11, 0, tzinfo=dt.UTC),
        authors=(
            Author(name="Jane Doe", url="https://news.example/staff/jane"),
            Author(name="Ali Reza"),
        ),
        publisher=Publisher(name="News Example"),
        section="World",
        keywords=("Iraq", "Iran"),
        language="en-GB",
    )


def test_every_field_has_its_tag() -> None:
    """Each field a CMS fills is published under its Open Graph or Twitter key."""
    props = {(key, value) for _, key, value in meta_properties(full_article(), twitter_site="@ex")}
    assert props >= {
        ("og:type", "article"),
        ("og:title", "Iraq and Iran sign defense pact"),
        ("og:description", "Iraq and Iran signed a defense pact on Sunday."),
        ("og:url", "https://news.example/world/pact"),
        ("og:site_name", "News Example"),
        ("og:locale", "en_GB"),
        ("og:image", "https://news.example/img/pact.jpg"),
        ("og:image:width", "1200"),
        ("og:image:height", "800"),
        ("og:image:alt", "The ministers in Baghdad"),
        ("article:published_time", "2018-08-28T09:30:00+00:00"),
        ("article:modified_time", "2018-08-28T11:00:00+00:00"),
        ("article:author", "https://news.example/staff/jane"),
        ("article:author", "Ali Reza"),
        ("article:section", "World"),
        ("article:tag", "Iraq"),
        ("article:tag", "Iran"),
        ("twitter:card", "summary_large_image"),
        ("twitter:site", "@ex"),
        ("twitter:image:alt", "The ministers in Baghdad"),
    }


def test_open_graph_uses_property_and_twitter_uses_name() -> None:
    """Open Graph keys go in ``property``, Twitter's in ``name``, as each reader expects."""
    for attribute, key, _ in meta_properties(full_article()):
        assert attribute == ("name" if key.startswith("twitter:") else "property")


def test_no_image_means_a_summary_card() -> None:
    """Without an image the Twitter card is the small summary, and no image tag is written."""
    props = {k: v for _, k, v in meta_properties(Article(text="Body.", headline="H"))}
    assert props["twitter:card"] == "summary"
    assert not any(k.startswith(("og:image", "twitter:image")) for k in props)


def test_description_falls_back_to_a_short_first_paragraph() -> None:
    """With no description, the first paragraph stands in, cut at a word to 200 characters."""
    words = "word " * 100
    props = {k: v for _, k, v in meta_properties(Article.from_paragraphs([words]))}
    assert len(props["og:description"]) <= 200
    assert props["og:description"].endswith("word…")
    described = Article.from_paragraphs([words], description="Short.")
    assert {k: v for _, k, v in meta_properties(described)}["og:description"] == "Short."


def test_site_fills_site_name_and_locale() -> None:
    """The site's name and language fill in for an article without publisher or language."""
    props = {
        k: v
        for _, k, v in meta_properties(Article(text="x"), site=Site(name="S", language="pt-BR"))
    }
    assert props["og:site_name"] == "S"
    assert props["og:locale"] == "pt_BR"


def test_output_is_deterministic() -> None:
    """The same article gives the same bytes."""
    assert meta_tags(full_article()) == meta_tags(full_article())


def test_top_level_name() -> None:
    """`newsmodel.meta_tags` is the function."""
    assert newsmodel.meta_tags is meta_tags


@given(strategies.articles(hostile=True))
def test_hostile_text_stays_in_its_attribute(article: Article) -> None:
    """Whatever the text holds, the tokenizer sees only the meta elements, with the exact values."""
    head = read(meta_tags(article, twitter_site='@x"><script>'))
    triples = meta_properties(article, twitter_site='@x"><script>')
    assert head.data == []
    assert [tag for tag, _ in head.tags] == ["meta"] * len(triples)
    for (_, attrs), (attribute, key, value) in zip(head.tags, triples, strict=True):
        assert attrs == {attribute: key, "content": html_value(value)}


@given(strategies.articles(hostile=True))
def test_extruct_reads_the_open_graph_tags(article: Article) -> None:
    """extruct's Open Graph reader finds every og: and article: property, in order."""
    page = f"<!doctype html><html><head>{meta_tags(article)}</head><body></body></html>"
    (found,) = extruct.extract(page, syntaxes=["opengraph"], uniform=False)["opengraph"]
    expected = [
        (key, value)
        for attribute, key, value in meta_properties(article)
        if attribute == "property"
    ]
    assert [key for key, _ in found["properties"]] == [key for key, _ in expected]
    for (_, got), (_, value) in zip(found["properties"], expected, strict=True):
        assert got == html_value(value)
