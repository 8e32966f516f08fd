"""An article as an IPTC ninjs news item."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any, Literal

from newsmodel.errors import SerializationError
from newsmodel.html._render import esc
from newsmodel.jsonld._nodes import body, subjects
from newsmodel.jsonld._trust import POLICY_PROPERTIES
from newsmodel.model import Actor, Article, Organization, Person, Place

Version = Literal["3.1", "2.2"]

#: The ninjs versions `to_ninjs` writes.
VERSIONS: tuple[Version, ...] = ("3.1", "2.2")

SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_{}.json#"
SCHEMA_ORG = "https://schema.org/"
#: A country's uri in IPTC's ISO 3166 scheme, as IPTC's own examples write it.
COUNTRY_URI = "http://cvx.iptc.org/iso3166-1a2/{}"
#: The namespace of the ``urn:uuid:`` an article without a url is identified by.
URI_NAMESPACE = uuid.UUID("6f1d3a43-3f2b-5c55-9a4e-6e657773a0de")

Doc = dict[str, Any]


def to_ninjs(article: Article, *, version: Version = "3.1") -> Doc:
    """
    Return the article as an IPTC ninjs news item, a dict ready for `json.dumps`.

    The item is valid against IPTC's JSON Schema of that version: headline, body as plain
    text and as HTML, byline, dateline (``located``), people, organisations and places
    with their relation to the story (``about`` or ``mentions``), the picture as an
    association with its caption and credit, dates, language, section and keywords,
    and the publisher's policies and the corrections as ``trustIndicators``.
    Its ``uri`` is the article's url, or a ``urn:uuid:`` made from its text when it has none.

    Args:
        article: the article.
        version: ``"3.1"`` (camelCase keys) or ``"2.2"`` (lower-case keys).

    Raises:
        newsmodel.errors.SerializationError: *version* is not one of `VERSIONS`.

    .. versionadded:: 0.1
    """
    if version not in VERSIONS:
        msg = f"version: expected one of {', '.join(VERSIONS)}, got {version!r}"
        raise SerializationError([msg])
    doc = _item(article, version)
    return _lower_keys(doc) if version == "2.2" else doc


def item_uri(article: Article) -> str:
    """The article's url, or a stable ``urn:uuid:`` made from its text."""
    return article.url or f"urn:uuid:{uuid.uuid5(URI_NAMESPACE, article.text)}"


def _item(article: Article, version: Version) -> Doc:
    doc: Doc = {
        "uri": item_uri(article),
        "type": "text",
        "representationType": "full",
        "standard": {"name": "ninjs", "version": version, "schema": SCHEMA.format(version)},
    }
    if article.published is not None:
        doc["firstCreated"] = article.published.isoformat()
    modified = article.modified or article.published
    if modified is not None:
        doc["versionCreated"] = modified.isoformat()
    _put(doc, "language", article.language)
    headlines = [{"role": "main", "value": article.headline}] if article.headline else []
    if article.alternative_headline:
        headlines.append({"role": "alternative", "value": article.alternative_headline})
    _put(doc, "headlines", headlines)
    descriptions = (
        [{"role": "summary", "value": article.description}] if article.description else []
    )
    if article.backstory:
        descriptions.append({"role": "backstory", "value": article.backstory})
    _put(doc, "descriptions", descriptions)
    doc["bodies"] = list(_bodies(article))
    _put(doc, "by", _byline(article))
    _put(doc, "located", article.dateline)
    about, _ = subjects(article)
    for key, kind in (("people", Person), ("organisations", Organization), ("places", Place)):
        _put(doc, key, [_actor(a, a in about) for a in article.actors if isinstance(a, kind)])
    _put(doc, "infoSources", list(_sources(article)))
    _put(doc, "subjects", list(_subjects(article)))
    _put(doc, "associations", list(_pictures(article, version)))
    _put(doc, "trustIndicators", list(_trust_indicators(article)))
    return doc


def _put(doc: Doc, key: str, value: object) -> None:
    if value:
        doc[key] = value


def _bodies(article: Article) -> Iterator[Doc]:
    text = body(article)
    yield {
        "role": "main",
        "contentType": "text/plain",
        "charCount": len(text),
        "wordCount": len(text.split()),
        "value": text,
    }
    paragraphs = "".join(f"<p>{esc(p)}</p>" for p in article.paragraph_texts())
    yield {"role": "richtext", "contentType": "text/html", "value": paragraphs}


def _byline(article: Article) -> str | None:
    names = [author.name for author in article.authors]
    if len(names) <= 1:
        return names[0] if names else None
    return ", ".join(names[:-1]) + " and " + names[-1]


def _actor(actor: Actor, about: bool) -> Doc:  # noqa: FBT001 - one flag, always positional
    """A person, organisation or place: its name, relation, identifier and first sameAs."""
    node: Doc = {"name": actor.name, "rel": "about" if about else "mentions"}
    uri = actor.same_as[0] if actor.same_as else None
    if uri is None and isinstance(actor, Place) and actor.iso_code:
        uri = COUNTRY_URI.format(actor.iso_code.lower())
    _put(node, "uri", uri)
    node["literal"] = actor.id
    return node


def _sources(article: Article) -> Iterator[Doc]:
    """The authors and the publisher, each with its url: the byline's names in full."""
    for author in article.authors:
        source: Doc = {"name": author.name, "role": "author"}
        _put(source, "uri", author.url)
        yield source
    if article.publisher is not None:
        source = {"name": article.publisher.name, "role": "publisher"}
        _put(source, "uri", article.publisher.url)
        yield source


def _subjects(article: Article) -> Iterator[Doc]:
    if article.section:
        yield {"name": article.section, "rel": "section"}
    for keyword in article.keywords:
        yield {"name": keyword, "rel": "keyword"}


def _pictures(article: Article, version: Version) -> Iterator[Doc]:
    image = article.image
    if image is None or image.url is None:
        return
    picture: Doc = {"name": "image", "uri": image.url, "type": "picture"}
    if version != "2.2":  # an association's rel is new in ninjs 3
        picture["rel"] = "image"
    if image.caption:
        picture["descriptions"] = [{"role": "caption", "value": image.caption}]
    _put(picture, "by", image.credit)
    rendition: Doc = {"name": "original", "href": image.url}
    _put(rendition, "width", image.width)
    _put(rendition, "height", image.height)
    picture["renditions"] = [rendition]
    yield picture


def _trust_indicators(article: Article) -> Iterator[Doc]:
    """
    The publisher's policies, then the corrections, each with its role as a complete URI:
    the schema.org term's (``https://schema.org/correctionsPolicy``), which names it exactly.
    """
    publisher = article.publisher
    if publisher is not None:
        for field, prop in POLICY_PROPERTIES.items():
            href = getattr(publisher, field)
            if href:
                title = field.replace("_", " ").capitalize()
                yield {"role": SCHEMA_ORG + prop, "title": title, "href": href}
    for correction in article.corrections:
        indicator: Doc = {"role": SCHEMA_ORG + "correction", "title": correction.text}
        _put(indicator, "href", correction.url)
        yield indicator


def _lower_keys(doc: Doc) -> Doc:
    """ninjs 2.2 spells every key in lower case; the values stay as they are."""
    out: Doc = {}
    for key, value in doc.items():
        if isinstance(value, dict):
            out[key.lower()] = _lower_keys(value)
        elif isinstance(value, list):
            out[key.lower()] = [_lower_keys(v) if isinstance(v, dict) else v for v in value]
        else:
            out[key.lower()] = value
    return out
