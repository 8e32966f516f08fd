"""
A Google News sitemap lists each article with what Google News requires, in valid XML.

lxml (libxml2, a third-party XML parser) reads every sitemap back; the values it reads must
be the articles' own, whatever their text holds.
"""

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

import newsmodel
from newsmodel import Article, SerializationError, strategies
from newsmodel.sitemap import MAX_URLS, news_sitemap, news_sitemaps, sitemap_index

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
WHEN = dt.datetime(2018, 8, 28, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))


def story(n: int, **fields: object) -> Article:
    return Article(
        text=f"Story {n}.",
        headline=f"Headline {n}",
        url=f"https://news.example/world/story-{n}",
        published=WHEN,
        **fields,  # type: ignore[arg-type]
    )


def read(xml: str) -> etree._Element:
    return etree.fromstring(xml.encode("utf-8"))


def test_entry_has_what_google_news_requires() -> None:
    """Each url carries its loc, the publication's name and language, the W3C date and the title."""
    modified = WHEN + dt.timedelta(hours=2)
    root = read(
        news_sitemap([story(1, modified=modified)], publication_name="The Example", language="en")
    )
    assert root.tag == f"{SM}urlset"
    (url,) = root.findall(f"{SM}url")
    assert url.findtext(f"{SM}loc") == "https://news.example/world/story-1"
    assert url.findtext(f"{SM}lastmod") == "2018-08-28T11:30:00+03:00"
    news = url.find(f"{NEWS}news")
    assert news is not None
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "The Example"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "en"
    assert news.findtext(f"{NEWS}publication_date") == "2018-08-28T09:30:00+03:00"
    assert news.findtext(f"{NEWS}title") == "Headline 1"


def test_language_is_the_iso_639_code() -> None:
    """A region is dropped, except for the two Chinese scripts Google News tells apart."""
    for given_, code in (("pt-BR", "pt"), ("EN", "en"), ("zh-TW", "zh-tw"), ("zh-Hans", "zh-cn")):
        root = read(news_sitemap([story(1)], publication_name="P", language=given_))
        assert root.findtext(f".//{NEWS}language") == code


def test_missing_required_fields_are_named() -> None:
    """An article without url, date or headline is refused, with its position and field."""
    bare = Article(text="x")
    with pytest.raises(SerializationError) as caught:
        news_sitemap([story(1), bare], publication_name="P", language="en")
    assert caught.value.problems == (
        "articles[1].url: a news sitemap needs each article's url",
        "articles[1].published: a news sitemap needs each article's published",
        "articles[1].headline: a news sitemap needs each article's headline",
    )


def test_bad_language_and_name_are_refused() -> None:
    """A language that is not an ISO 639 code, or a blank name, raises SerializationError."""
    with pytest.raises(SerializationError, match="language"):
        news_sitemap([story(1)], publication_name="P", language="english!")
    with pytest.raises(SerializationError, match="publication_name"):
        news_sitemap([story(1)], publication_name=" ", language="en")


def test_more_than_a_thousand_urls_must_be_split() -> None:
    """One sitemap holds at most 1,000 urls; news_sitemaps splits more, in order."""
    articles = [story(n) for n in range(MAX_URLS + 1)]
    with pytest.raises(SerializationError, match="news_sitemaps"):
        news_sitemap(articles, publication_name="P", language="en")
    first, second = news_sitemaps(articles, publication_name="P", language="en")
    assert len(read(first)) == MAX_URLS
    assert [u.findtext(f"{SM}loc") for u in read(second)] == [articles[-1].url]
    assert len(news_sitemaps(articles[:5], publication_name="P", language="en", size=2)) == 3


def test_sitemap_index_lists_the_sitemaps() -> None:
    """The index lists each sitemap's location in order, with an optional lastmod."""
    root = read(
        sitemap_index(
            ["https://news.example/s1.xml", "https://news.example/s2.xml?a=1&b=2"], lastmod=WHEN
        )
    )
    assert root.tag == f"{SM}sitemapindex"
    assert [s.findtext(f"{SM}loc") for s in root] == [
        "https://news.example/s1.xml",
        "https://news.example/s2.xml?a=1&b=2",
    ]
    assert {s.findtext(f"{SM}lastmod") for s in root} == {WHEN.isoformat()}


def test_url_is_percent_encoded() -> None:
    """A character a URL may not hold as it is (a quote, a non-ASCII letter) is percent-encoded."""
    article = attrs.evolve(story(1), url='https://news.example/a"<é>')
    root = read(news_sitemap([article], publication_name="P", language="en"))
    assert root.findtext(f".//{SM}loc") == "https://news.example/a%22%3C%C3%A9%3E"


def test_top_level_name() -> None:
    """`newsmodel.news_sitemap` is the function."""
    assert newsmodel.news_sitemap is news_sitemap


def xml_value(value: str) -> str:
    """What XML 1.0 can carry of a text: controls other than tab, LF and CR become U+FFFD."""
    return "".join(
        "\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or c in "\ufffe\uffff" else c
        for c in value
    )


@given(strategies.articles(hostile=True), strategies.names(hostile=True))
def test_hostile_text_reads_back(article: Article, name: str) -> None:
    """Whatever the headline and name hold, lxml parses the sitemap and reads them back exactly."""
    article = attrs.evolve(
        article,
        headline=article.headline or "Headline",
        url=article.url or "https://news.example/world/a",
        published=article.published or WHEN,
    )
    xml = news_sitemap([article, article], publication_name=name, language="en")
    root = read(xml)
    assert len(root) == 2
    assert root.findtext(f".//{NEWS}title") == xml_value(article.headline or "")
    assert root.findtext(f".//{NEWS}name") == xml_value(name)
    assert xml == news_sitemap([article, article], publication_name=name, language="en")


@given(st.lists(st.integers(0, 50), max_size=30), st.integers(1, 7))
def test_split_keeps_every_article_once_in_order(numbers: list[int], size: int) -> None:
    """news_sitemaps loses and repeats no article, and keeps their order."""
    articles = [story(n) for n in numbers]
    sitemaps = news_sitemaps(articles, publication_name="P", language="en", size=size)
    locs = [u.findtext(f"{SM}loc") for xml in sitemaps for u in read(xml)]
    assert locs == [a.url for a in articles]
    assert all(len(read(xml)) <= size for xml in sitemaps)
