"""The Open Graph (``og:``, ``article:``) and Twitter Card (``twitter:``) tags of an article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from newsmodel.html._render import esc
from newsmodel.jsonld._ids import Site
from newsmodel.model import Article

#: Where a tag's key goes: Open Graph uses ``property``, Twitter Cards use ``name``.
Attribute = Literal["property", "name"]

#: The longest description written when the article has none and its first paragraph
#: stands in: Twitter cuts a card's description at 200 characters.
DESCRIPTION_LIMIT = 200


def meta_tags(
    article: Article, *, site: Site | None = None, twitter_site: str | None = None
) -> str:
    """
    Return the article's Open Graph and Twitter Card ``<meta>`` elements, one per line.

    Every value is escaped for a double-quoted attribute, so the result is safe to put in
    a page's ``<head>`` as it is, whatever the article's text holds.

    >>> from newsmodel import Article
    >>> print(meta_tags(Article.from_paragraphs(["Body."], headline='Rates "held" <again>')))
    <meta property="og:type" content="article">
    <meta property="og:title" content="Rates &quot;held&quot; &lt;again&gt;">
    <meta property="og:description" content="Body.">
    <meta name="twitter:card" content="summary">
    <meta name="twitter:title" content="Rates &quot;held&quot; &lt;again&gt;">
    <meta name="twitter:description" content="Body.">

    Args:
        article: the article.
        site: fills what the article leaves out, as for `newsmodel.to_jsonld`: the site's
            name is ``og:site_name`` when the article has no publisher, and its language
            gives ``og:locale``.
        twitter_site: the site's X (Twitter) account, such as ``"@newsroom"``.

    .. versionadded:: 0.1
    """
    return "\n".join(
        f'<meta {attribute}="{key}" content="{esc(value)}">'
        for attribute, key, value in meta_properties(article, site=site, twitter_site=twitter_site)
    )


def meta_properties(
    article: Article, *, site: Site | None = None, twitter_site: str | None = None
) -> list[tuple[Attribute, str, str]]:
    """
    Return the tags `meta_tags` writes as ``(attribute, key, value)``, values unescaped.

    >>> from newsmodel import Article
    >>> meta_properties(Article.from_paragraphs(["Body."]))[:2]
    [('property', 'og:type', 'article'), ('property', 'og:description', 'Body.')]

    .. versionadded:: 0.1
    """
    site = site or Site()
    return [*_open_graph(article, site), *_twitter(article, twitter_site)]


def description(article: Article) -> str | None:
    """The article's description, else its first paragraph cut at a word near 200 characters."""
    if article.description:
        return article.description
    for paragraph in article.paragraph_texts():
        text = " ".join(paragraph.split())
        if text:
            return _shorten(text, DESCRIPTION_LIMIT)
    return None


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip() + "…"


def _locale(language: str | None) -> str | None:
    """An Open Graph locale (``pt_BR``) from a language tag with a region (``pt-BR``)."""
    if not language:
        return None
    parts = language.split("-")
    if len(parts) == 2 and len(parts[0]) == 2 and len(parts[1]) == 2 and parts[1].isalpha():  # noqa: PLR2004 - ll-RR
        return f"{parts[0].lower()}_{parts[1].upper()}"
    return None


def _open_graph(article: Article, site: Site) -> Iterator[tuple[Attribute, str, str]]:
    yield from _pairs(
        "property",
        ("og:type", "article"),
        ("og:title", article.headline),
        ("og:description", description(article)),
        ("og:url", article.url),
        ("og:site_name", article.publisher.name if article.publisher else site.name),
        ("og:locale", _locale(article.language or site.language)),
    )
    image = article.image
    if image is not None and image.url is not None:
        yield from _pairs(
            "property",
            ("og:image", image.url),
            ("og:image:width", None if image.width is None else str(image.width)),
            ("og:image:height", None if image.height is None else str(image.height)),
            ("og:image:alt", image.caption),
        )
    yield from _pairs(
        "property",
        ("article:published_time", _iso(article.published)),
        ("article:modified_time", _iso(article.modified)),
        *(("article:author", author.url or author.name) for author in article.authors),
        ("article:section", article.section),
        *(("article:tag", keyword) for keyword in article.keywords),
    )


def _iso(moment: dt.datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _twitter(article: Article, twitter_site: str | None) -> Iterator[tuple[Attribute, str, str]]:
    image = article.image
    url = image.url if image is not None else None
    yield from _pairs(
        "name",
        ("twitter:card", "summary_large_image" if url else "summary"),
        ("twitter:site", twitter_site),
        ("twitter:title", article.headline),
        ("twitter:description", description(article)),
        ("twitter:image", url),
        ("twitter:image:alt", image.caption if url and image is not None else None),
    )


def _pairs(
    attribute: Attribute, *pairs: tuple[str, str | None]
) -> Iterator[tuple[Attribute, str, str]]:
    for key, value in pairs:
        if value:
            yield attribute, key, value
