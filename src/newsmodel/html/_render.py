"""
An article as semantic HTML5 with schema.org microdata.

The microdata says what the JSON-LD says about the same nodes, with the same ids
(``itemid`` is the node's ``@id``), so a consumer reading either gets one story.
Every text is HTML-escaped; carriage returns and NUL are written so that the browser
reads back exactly the text the model holds.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterator

from newsmodel._limits import not_an_article
from newsmodel.jsonld._ids import Ids, Site
from newsmodel.jsonld._nodes import body, quoted_span
from newsmodel.model import Article, Image, Organization, Person, Quote, Span

SCHEMA = "https://schema.org/"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_OPENING = "“\"‘'«„‹"
_CLOSING = "”\"’'»“›"
_TRAILING = ",.;:!?"


def esc(text: str) -> str:
    """Escape text for HTML content or a quoted attribute value."""
    # A raw CR would be folded into LF by the HTML parser, and a NUL replaced; a
    # character reference keeps CR, and U+FFFD is what a NUL becomes anyway.
    return html.escape(text, quote=True).replace("\r", "&#13;").replace("\x00", "\ufffd")


def _human(moment: dt.datetime) -> str:
    """A locale-independent English date, as readers see it next to the machine form."""
    return f"{_MONTHS[moment.month - 1]} {moment.day}, {moment.year}, {moment:%H:%M} {moment:%z}"


def _time(prop: str, moment: dt.datetime) -> str:
    return (
        f'<time itemprop="{prop}" datetime="{esc(moment.isoformat())}">{esc(_human(moment))}</time>'
    )


def _meta(prop: str, value: str | None) -> str:
    return "" if value is None else f'<meta itemprop="{prop}" content="{esc(value)}">'


def _link(prop: str, href: str | None) -> str:
    return "" if href is None else f'<link itemprop="{prop}" href="{esc(href)}">'


def _item(tag: str, prop: str, type_name: str, node_id: str, inner: str) -> str:
    return (
        f'<{tag} itemprop="{prop}" itemscope itemtype="{SCHEMA}{type_name}" '
        f'itemid="{esc(node_id)}">{inner}</{tag}>'
    )


def render_article(article: Article, *, site: Site | None = None) -> str:
    """
    Return the article as an ``<article>`` element with schema.org microdata.

    Headline and byline in a ``<header>``, dates in ``<time>``, the image in a
    ``<figure>`` with its caption, and the body paragraphs, whose text is the article's
    exactly; direct and partial quotes are marked up as Quotation items inside them
    (a ``<blockquote>`` for a paragraph that is only a quotation).

    Raises:
        newsmodel.errors.InputTypeError: *article* is not an `Article`.

    .. versionadded:: 0.1
    """
    if not isinstance(article, Article):
        raise not_an_article(article, "render_article")
    site = site or Site()
    publisher = article.publisher
    ids = Ids.of(article, publisher, site)
    parts = [
        f'<article itemscope itemtype="{SCHEMA}NewsArticle" itemid="{esc(ids.article)}"'
        + (f' lang="{esc(article.language)}"' if article.language else "")
        + ">",
        "<header>",
        *_header(article, ids),
        "</header>",
        *_figure(article, ids),
        *_body(article, ids),
        _link("mainEntityOfPage", ids.page),
        _link("url", article.url),
        _meta("inLanguage", article.language or site.language),
        _meta("articleSection", article.section),
        *(_meta("keywords", k) for k in article.keywords),
        "</article>",
    ]
    return "\n".join(p for p in parts if p)


def _header(article: Article, ids: Ids) -> Iterator[str]:
    if article.headline:
        yield f'<h1 itemprop="headline">{esc(article.headline)}</h1>'
    if article.alternative_headline:
        yield f'<p itemprop="alternativeHeadline">{esc(article.alternative_headline)}</p>'
    if article.description:
        yield f'<p itemprop="description">{esc(article.description)}</p>'
    yield from _byline(article, ids)
    yield from _dates(article)
    if article.dateline:
        yield f'<p itemprop="dateline">{esc(article.dateline)}</p>'
    if article.publisher is not None:
        pub = article.publisher
        inner = _meta("name", pub.name) + _link("url", pub.url) + _link("logo", pub.logo)
        yield _item("div", "publisher", "NewsMediaOrganization", ids.publisher, inner)


def _byline(article: Article, ids: Ids) -> Iterator[str]:
    bylines = []
    for i, author in enumerate(article.authors):
        if not author.name.strip():
            continue
        kind = "Person" if author.kind == "person" else "Organization"
        name = f'<bdi itemprop="name">{esc(author.name)}</bdi>'
        inner = f'<a itemprop="url" href="{esc(author.url)}">{name}</a>' if author.url else name
        bylines.append(_item("span", "author", kind, ids.author(i), inner))
    if bylines:
        yield f'<p class="byline">By {", ".join(bylines)}</p>'


def _dates(article: Article) -> Iterator[str]:
    dates = []
    if article.published:
        dates.append(_time("datePublished", article.published))
    if article.modified:
        dates.append("updated " + _time("dateModified", article.modified))
    if dates:
        yield f'<p class="dates">{" · ".join(dates)}</p>'


def _figure(article: Article, ids: Ids) -> Iterator[str]:
    """The lead picture, then the others with a url, numbered as the JSON-LD numbers them."""
    image = article.image
    if image is None or image.url is None:
        return
    yield _picture(image, ids.image)
    published = (picture for picture in article.images if picture.url is not None)
    for n, picture in enumerate(published, start=2):
        yield _picture(picture, ids.fragment(f"image-{n}"))


def _picture(image: Image, node_id: str) -> str:
    url = str(image.url)
    size = "".join(
        f' {name}="{value}"' for name, value in (("width", image.width), ("height", image.height))
        if value is not None
    )  # fmt: skip
    alt = esc(image.caption or "")
    inner = [
        f'<img itemprop="contentUrl" src="{esc(url)}" alt="{alt}"{size}>',
        _link("url", url),
    ]
    inner += [_meta(name, str(value)) for name, value in (("width", image.width), ("height", image.height)) if value is not None]  # fmt: skip
    caption = []
    if image.caption:
        caption.append(f'<span itemprop="caption">{esc(image.caption)}</span>')
    if image.credit:
        caption.append(f'<small itemprop="creditText">{esc(image.credit)}</small>')
    if caption:
        inner.append(f"<figcaption>{' '.join(caption)}</figcaption>")
    return _item("figure", "image", "ImageObject", node_id, "".join(inner))


def _body(article: Article, ids: Ids) -> Iterator[str]:
    """The paragraphs, with quotes marked up where they sit inside one paragraph."""
    if not article.paragraphs:
        return
    yield _meta("articleBody", body(article))
    placed = _placeable_quotes(article)
    yield '<div class="article-body">'
    for paragraph in article.paragraphs:
        inside = [(i, q, s) for i, q, s in placed if paragraph.span.contains(s)]
        yield _paragraph(article, paragraph.span, inside, ids)
    yield "</div>"


def _placeable_quotes(article: Article) -> list[tuple[int, Quote, Span]]:
    """
    Direct and partial quotes inside one paragraph, not overlapping an earlier one, each
    with the span its Quotation shows: a partial quote's quoted words, not its clause.
    """
    chosen: list[tuple[int, Quote, Span]] = []
    for i, quote in enumerate(article.quotes):
        shown = None if quote.kind == "indirect" else quoted_span(quote, article)
        if shown is None or not shown:
            continue
        if not any(p.span.contains(shown) for p in article.paragraphs):
            continue
        if any(s.start < shown.end and shown.start < s.end for _, _, s in chosen):
            continue
        chosen.append((i, quote, shown))
    return sorted(chosen, key=lambda iqs: iqs[2].start)


def _paragraph(
    article: Article, span: Span, quotes: list[tuple[int, Quote, Span]], ids: Ids
) -> str:
    """
    One paragraph, its text written out exactly, character for character.

    A quotation is marked up around its marks and punctuation as the text has them
    (``“words,”``): an element that drew its own marks (``<q>``) would change them.
    A partial quote's element holds its quoted words only, as its Quotation does.
    """
    text = article.text
    if len(quotes) == 1:
        i, quote, shown = quotes[0]
        start, end = _marks(text, shown, span)
        if (start, end) == (span.start, span.end):  # the paragraph is the quotation
            inner = f"<p>{_quotation_text(text, shown, start, end)}</p>" + _speaker(
                article, quote, ids
            )
            return _item("blockquote", "hasPart", "Quotation", ids.quote(i, claim=False), inner)
    out, cursor = ["<p>"], span.start
    for i, quote, shown in quotes:
        start, end = _marks(text, shown, span)
        if start < cursor:
            continue
        out.append(esc(text[cursor:start]))
        inner = _quotation_text(text, shown, start, end) + _speaker(article, quote, ids)
        out.append(_item("span", "hasPart", "Quotation", ids.quote(i, claim=False), inner))
        cursor = end
    out.append(esc(text[cursor : span.end]))
    out.append("</p>")
    return "".join(out)


def _quotation_text(text: str, shown: Span, start: int, end: int) -> str:
    """The quotation's marks and punctuation as written, around its words' ``text`` property."""
    return (
        esc(text[start : shown.start])
        + f'<span itemprop="text">{esc(text[shown.start : shown.end])}</span>'
        + esc(text[shown.end : end])
    )


def _marks(text: str, quote: Span, within: Span) -> tuple[int, int]:
    """
    Widen a quote's span over the quotation marks around it, and the punctuation
    between its words and the closing mark (``,”``), so they stay in its element.
    """
    start, end = quote.start, quote.end
    if start > within.start and text[start - 1] in _OPENING:
        after = end
        while after < within.end and text[after] in _TRAILING:
            after += 1
        if after < within.end and text[after] in _CLOSING:
            return start - 1, after + 1
    return start, end


def _speaker(article: Article, quote: Quote, ids: Ids) -> str:
    if quote.speaker is None:
        return ""
    try:
        speaker = article.actor(quote.speaker)
    except KeyError:
        return ""
    if not isinstance(speaker, Person | Organization):
        return ""
    return _link("creator", ids.actor(speaker.id)) + _link(
        "spokenByCharacter", ids.actor(speaker.id)
    )
