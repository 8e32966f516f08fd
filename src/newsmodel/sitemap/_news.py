"""The Google News sitemap of a list of articles, written as XML by hand and escaped."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence

from newsmodel.errors import SerializationError
from newsmodel.jsonld._ids import iri
from newsmodel.model import Article

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"

#: Google News reads at most this many ``<url>`` entries from one sitemap.
MAX_URLS = 1000

# What XML 1.0 cannot hold even as a character reference: C0 controls other than tab,
# line feed and carriage return, and the non-characters U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;"})
# An ISO 639 code, optionally with a region or script that Google drops (zh-cn and zh-tw aside).
_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:-[A-Za-z0-9]{1,8})*")
_CHINESE = {"zh-cn": "zh-cn", "zh-hans": "zh-cn", "zh-tw": "zh-tw", "zh-hant": "zh-tw"}


def xml_text(value: str) -> str:
    """
    Escape text for XML content or a double-quoted attribute.

    Characters XML 1.0 cannot carry at all become U+FFFD; a carriage return is written as
    a character reference, which XML readers keep, where a raw one would become a line feed.
    """
    return _NOT_XML.sub("\ufffd", value).translate(_ESCAPES)


def news_language(language: str) -> str:
    """
    The code Google News expects: ISO 639 (``en``, ``fil``), or ``zh-cn`` / ``zh-tw``.

    >>> news_language("pt-BR"), news_language("zh-Hant-TW")
    ('pt', 'zh-tw')
    """
    match = _LANGUAGE.fullmatch(language) if isinstance(language, str) else None
    if match is None:
        msg = f"language: expected an ISO 639 language code such as 'en', got {language!r}"
        raise SerializationError([msg])
    lowered = language.lower()
    for prefix, code in _CHINESE.items():
        if lowered == prefix or lowered.startswith(prefix + "-"):
            return code
    return match.group(1).lower()


def news_sitemap(articles: Iterable[Article], *, publication_name: str, language: str) -> str:
    """
    Return a Google News sitemap of the articles, as a UTF-8 XML document.

    Each article needs its ``url``, its ``published`` date and its ``headline``, which
    Google News requires; ``modified`` gives the entry's ``<lastmod>``.
    The url is percent-encoded where a URL may not hold a character as it is, as the
    sitemap protocol asks, and every text is XML-escaped.
    The entries keep the articles' order, and the same articles give the same bytes.

    Args:
        articles: at most `MAX_URLS` (1,000) articles; split more with `news_sitemaps`.
        publication_name: the publication's name, exactly as it appears on its site.
        language: the publication's language; a region is dropped (``pt-BR`` is ``pt``),
            except ``zh-cn`` and ``zh-tw``, which Google News tells apart.

    Raises:
        newsmodel.errors.SerializationError: an article lacks a field Google News
            requires, there are more than 1,000, or the name or language is unusable;
            ``problems`` names each article by its position.

    .. versionadded:: 0.1
    """
    chosen = list(articles)
    if len(chosen) > MAX_URLS:
        msg = (
            f"articles: expected at most {MAX_URLS:,} articles in one news sitemap, got "
            f"{len(chosen):,}; split them with news_sitemaps()"
        )
        raise SerializationError([msg])
    return _document(chosen, publication_name, news_language(language))


def news_sitemaps(
    articles: Iterable[Article], *, publication_name: str, language: str, size: int = MAX_URLS
) -> list[str]:
    """
    Split the articles, in order, into news sitemaps of at most *size* (1,000) entries each.

    List the sitemaps in a `sitemap_index` once they have their URLs.

    .. versionadded:: 0.1
    """
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_URLS:
        msg = f"size: expected a number of articles from 1 to {MAX_URLS:,}, got {size!r}"
        raise SerializationError([msg])
    code = news_language(language)
    chosen = list(articles)
    batches = [chosen[i : i + size] for i in range(0, len(chosen), size)] or [[]]
    return [
        _document(batch, publication_name, code, offset=i * size) for i, batch in enumerate(batches)
    ]


def sitemap_index(locations: Iterable[str], *, lastmod: dt.datetime | None = None) -> str:
    """
    Return a sitemap index listing the sitemaps at these URLs, in order.

    .. versionadded:: 0.1
    """
    stamp = "" if lastmod is None else f"<lastmod>{xml_text(_w3c(lastmod, 'lastmod'))}</lastmod>"
    entries = "".join(
        f"<sitemap><loc>{xml_text(loc)}</loc>{stamp}</sitemap>\n" for loc in locations
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<sitemapindex xmlns="{SITEMAP_NS}">\n{entries}</sitemapindex>\n'
    )


def _w3c(moment: object, path: str) -> str:
    """A W3C datetime (ISO 8601 with its offset); a naive one has no place in a sitemap."""
    if not isinstance(moment, dt.datetime) or moment.utcoffset() is None:
        msg = f"{path}: expected a timezone-aware datetime, got {moment!r}"
        raise SerializationError([msg])
    return moment.isoformat()


def _document(articles: Sequence[Article], name: str, language: str, *, offset: int = 0) -> str:
    if not isinstance(name, str) or not name.strip():
        msg = f"publication_name: expected the publication's name, got {name!r}"
        raise SerializationError([msg])
    problems = [p for i, a in enumerate(articles) for p in _missing(a, offset + i)]
    if problems:
        raise SerializationError(problems)
    publication = (
        f"<news:publication><news:name>{xml_text(name)}</news:name>"
        f"<news:language>{language}</news:language></news:publication>"
    )
    return "".join(
        (
            '<?xml version="1.0" encoding="UTF-8"?>\n',
            f'<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">\n',
            *(_entry(article, publication) for article in articles),
            "</urlset>\n",
        )
    )


def _missing(article: object, index: int) -> Iterator[str]:
    if not isinstance(article, Article):
        yield f"articles[{index}]: expected an Article, got {type(article).__name__}"
        return
    for field in ("url", "published", "headline"):
        if getattr(article, field) is None:
            yield f"articles[{index}].{field}: a news sitemap needs each article's {field}"


def _entry(article: Article, publication: str) -> str:
    """One ``<url>`` entry; `_missing` has made sure the article has url, date and headline."""
    url, published, headline = article.url or "", article.published, article.headline or ""
    lastmod = (
        "" if article.modified is None else f"<lastmod>{article.modified.isoformat()}</lastmod>"
    )
    date = "" if published is None else published.isoformat()
    return (
        f"<url><loc>{xml_text(iri(url))}</loc>{lastmod}<news:news>{publication}"
        f"<news:publication_date>{date}</news:publication_date>"
        f"<news:title>{xml_text(headline)}</news:title></news:news></url>\n"
    )
