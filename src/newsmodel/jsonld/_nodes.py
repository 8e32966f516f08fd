"""One function per kind of node in an article's JSON-LD graph."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsmodel.jsonld import _names as names
from newsmodel.jsonld import _trust as trust
from newsmodel.jsonld._ids import Ids, Node, Site, number, put, ref
from newsmodel.model import (
    Actor,
    Article,
    Figure,
    Image,
    Organization,
    Person,
    Place,
    Publisher,
    Quote,
    Span,
)


def graph(article: Article, *, publisher: Publisher | None, site: Site, ids: Ids) -> list[Node]:
    """Return every node of the article's graph, in a fixed order."""
    nodes = [
        article_node(article, publisher=publisher, site=site, ids=ids),
        page_node(article, site=site, ids=ids),
    ]
    if site.url and ids.website:
        website: Node = {"@type": "WebSite", "@id": ids.website, "url": site.url}
        put(website, "name", site.name)
        if publisher is not None:
            website["publisher"] = ref(ids.publisher)
        nodes.append(website)
    if publisher is not None:
        nodes.append(publisher_node(publisher, ids))
    nodes.extend(image_nodes(article, ids))
    nodes.extend(author_nodes(article, ids))
    nodes.extend(actor_node(actor, article, ids) for actor in article.actors)
    nodes.extend(quote_node(i, quote, article, ids) for i, quote in enumerate(article.quotes))
    nodes.extend(figure_node(i, figure, ids) for i, figure in enumerate(article.figures))
    nodes.extend(trust.correction_nodes(article, ids))
    return nodes


def body(article: Article) -> str:
    """The article body: its paragraphs only, never the caption or boilerplate."""
    return "\n\n".join(article.paragraph_texts())


def mentioned_in(actor: Actor, text: str | None) -> bool:
    """Whether *text* names the actor: its name or an alias, as whole words, in any case."""
    if not text:
        return False
    folded = text.casefold()
    return any(_has_words(folded, label.casefold()) for label in (actor.name, *actor.aliases))


_WORD_CHAR = re.compile(r"\w")


def _has_words(text: str, words: str) -> bool:
    """
    Whether *words* occur in *text* with no word character either side.

    A plain substring search with the two neighbours checked: building a regular
    expression for each label cost more than all the rest of the JSON-LD writer.
    """
    if not words:
        return re.search(r"(?<!\w)(?!\w)", text) is not None
    size = len(words)
    at = text.find(words)
    while at >= 0:
        end = at + size
        if not (at and _WORD_CHAR.match(text, at - 1)) and not _WORD_CHAR.match(text, end):
            return True
        at = text.find(words, at + 1)
    return False


def subjects(article: Article) -> tuple[list[Actor], list[Actor]]:
    """
    Split the actors into what the article is about and what it merely mentions.

    The main subjects are the actors its headline names: the headline is the editor's
    own statement of what the story is about, and it survives a round trip through
    JSON-LD, where mention counts do not.
    """
    about = [a for a in article.actors if mentioned_in(a, article.headline)]
    return about, [a for a in article.actors if a not in about]


def _dateline_place(article: Article) -> Place | None:
    return next(
        (a for a in article.actors if isinstance(a, Place) and mentioned_in(a, article.dateline)),
        None,
    )


def article_node(article: Article, *, publisher: Publisher | None, site: Site, ids: Ids) -> Node:
    node: Node = {"@type": "NewsArticle", "@id": ids.article}
    put(node, "headline", article.headline)
    put(node, "alternativeHeadline", article.alternative_headline)
    put(node, "description", article.description)
    text = body(article)
    if article.paragraphs:
        node["articleBody"] = text
        node["wordCount"] = len(text.split())
    put(node, "author", [ref(ids.author(i)) for i in range(len(article.authors))])
    if publisher is not None:
        node["publisher"] = ref(ids.publisher)
    if article.published is not None:
        node["datePublished"] = article.published.isoformat()
    if article.modified is not None:
        node["dateModified"] = article.modified.isoformat()
    images = [ref(ids.image)] if article.image is not None else []
    images += [ref(ids.fragment(f"image-{n}")) for n, _ in _published_images(article)]
    put(node, "image", images[0] if len(images) == 1 else images)
    node["mainEntityOfPage"] = ref(ids.page)
    put(node, "url", article.url)
    put(node, "inLanguage", article.language or site.language)
    put(node, "articleSection", article.section)
    put(node, "keywords", article.keywords)
    put(node, "dateline", article.dateline)
    place = _dateline_place(article)
    if place is not None:
        node["locationCreated"] = ref(ids.actor(place.id))
    about, others = subjects(article)
    put(node, "about", [ref(ids.actor(a.id)) for a in about])
    mentions = [ref(ids.actor(a.id)) for a in others]
    mentions += [ref(ids.figure(i)) for i in range(len(article.figures))]
    put(node, "mentions", mentions)
    put(
        node,
        "hasPart",
        [
            ref(ids.quote(i, claim=False))
            for i, q in enumerate(article.quotes)
            if q.kind != "indirect"
        ],
    )
    trust.put_transparency(node, article, ids)
    return node


def page_node(article: Article, *, site: Site, ids: Ids) -> Node:
    node: Node = {"@type": "WebPage", "@id": ids.page}
    put(node, "url", article.url)
    put(node, "name", article.headline)
    put(node, "inLanguage", article.language or site.language)
    if ids.website:
        node["isPartOf"] = ref(ids.website)
    if article.image is not None:
        node["primaryImageOfPage"] = ref(ids.image)
    node["mainEntity"] = ref(ids.article)
    return node


def publisher_node(publisher: Publisher, ids: Ids) -> Node:
    node: Node = {"@type": "NewsMediaOrganization", "@id": ids.publisher, "name": publisher.name}
    put(node, "url", publisher.url)
    put(node, "logo", publisher.logo)
    trust.put_policies(node, publisher)
    return node


def image_nodes(article: Article, ids: Ids) -> Iterator[Node]:
    image = article.image
    if image is not None and image.url is not None:
        node = _image_node(image, ids.image)
        node["representativeOfPage"] = True
        yield node
    # an ImageObject without a url shows nothing; the caption stays in the text
    for n, picture in _published_images(article):
        yield _image_node(picture, ids.fragment(f"image-{n}"))


def _image_node(image: Image, node_id: str) -> Node:
    node: Node = {"@type": "ImageObject", "@id": node_id, "url": image.url}
    node["contentUrl"] = image.url
    put(node, "caption", image.caption)
    put(node, "creditText", image.credit)
    put(node, "width", image.width)
    put(node, "height", image.height)
    return node


def _published_images(article: Article) -> list[tuple[int, Image]]:
    """
    The pictures after the lead one that can be published, numbered: those with a url,
    when the lead picture has one too (a reader takes the first picture for the lead).
    """
    if article.image is None or article.image.url is None:
        return []
    return list(enumerate((i for i in article.images if i.url is not None), start=2))


def author_nodes(article: Article, ids: Ids) -> Iterator[Node]:
    for i, author in enumerate(article.authors):
        if not author.name.strip():
            continue  # a nameless author is no author; _prune drops the reference
        kind = "Person" if author.kind == "person" else "Organization"
        node: Node = {"@type": kind, "@id": ids.author(i), "name": author.name}
        put(node, "url", author.url)
        yield node


def _distinct(names: tuple[str | None, ...]) -> list[str]:
    """Each name once, in order: an acronym is often among the aliases too."""
    return list(dict.fromkeys(name for name in names if name))


def actor_node(actor: Actor, article: Article, ids: Ids) -> Node:
    if isinstance(actor, Person):
        node: Node = {"@type": "Person", "@id": ids.actor(actor.id)}
        if actor.described:  # an unnamed source: described, never given a name
            node["description"] = actor.name
        else:
            node["name"] = actor.name
        put(node, "alternateName", _distinct(actor.aliases))
        put(node, "honorificPrefix", actor.honorific)
        put(node, "jobTitle", actor.role)
        # schema.org's affiliation is an Organization; a place is no affiliation.
        if isinstance(_actor(article, actor.affiliation), Organization):
            node["affiliation"] = ref(ids.actor(str(actor.affiliation)))
    elif isinstance(actor, Organization):
        node = {
            "@type": names.ORGANIZATION_TYPES[actor.kind],
            "@id": ids.actor(actor.id),
            "name": actor.name,
        }
        # The acronym goes first, which is how reading tells it from the other aliases.
        put(node, "alternateName", _distinct((actor.acronym, *actor.aliases)))
    else:
        node = {
            "@type": names.PLACE_TYPES[actor.kind],
            "@id": ids.actor(actor.id),
            "name": actor.name,
        }
        put(node, "alternateName", _distinct(actor.aliases))
        if actor.iso_code is not None:
            node["identifier"] = {
                "@type": "PropertyValue",
                "propertyID": names.ISO_3166_PROPERTY,
                "value": actor.iso_code,
            }
    put(node, "sameAs", actor.same_as)
    return node


def _actor(article: Article, actor_id: str | None) -> Actor | None:
    if actor_id is None:
        return None
    try:
        return article.actor(actor_id)
    except KeyError:
        return None


#: What stands between two quoted fragments of one partial quote in its Quotation.
FRAGMENT_JOIN = " … "


def quoted_words(quote: Quote, article: Article) -> str:
    """
    The words a Quotation publishes: a partial quote's quoted fragments alone, joined by
    an ellipsis; a direct quote's text.
    """
    words = [article.text[part.start : part.end] for part in _fragments(quote, article)]
    return FRAGMENT_JOIN.join(words) if words else quote.text


def quoted_span(quote: Quote, article: Article) -> Span | None:
    """
    The one span whose words a quote's Quotation publishes, or None when its words are
    several fragments apart (a partial quote in two pieces has no one place in the text).
    """
    fragments = _fragments(quote, article)
    if not fragments:
        return quote.span
    return fragments[0] if len(fragments) == 1 else None


def _fragments(quote: Quote, article: Article) -> list[Span]:
    """A partial quote's quoted spans that hold a visible character."""
    if quote.kind != "partial":
        return []
    text = article.text
    return [part for part in quote.quoted if text[part.start : part.end].strip()]


def quote_node(index: int, quote: Quote, article: Article, ids: Ids) -> Node:
    """
    A direct or partial quote as a Quotation; indirect speech as a Claim.

    Reported speech is the reporter's wording, so publishing it as a Quotation would put
    words in the speaker's mouth; a Claim says only that the speaker claimed it.
    For the same reason a partial quote's Quotation holds its quoted words only, not the
    reporter's clause around them.
    """
    speaker = _actor(article, quote.speaker)
    # Only a person or an organization can speak (range of creator, author, ...).
    speaker_ref = ref(ids.actor(speaker.id)) if isinstance(speaker, Person | Organization) else None
    if quote.kind == "indirect":
        node: Node = {"@type": "Claim", "@id": ids.quote(index, claim=True), "text": quote.text}
        if speaker_ref:
            node["author"] = speaker_ref
        node["appearance"] = ref(ids.article)
        return node
    node = {
        "@type": "Quotation",
        "@id": ids.quote(index, claim=False),
        "text": quoted_words(quote, article),
    }
    if speaker_ref:
        node["creator"] = speaker_ref
        node["spokenByCharacter"] = dict(speaker_ref)
    outlet = _actor(article, quote.via)
    if isinstance(outlet, Person | Organization):
        node["publisher"] = ref(ids.actor(outlet.id))  # the outlet that carried the words
    node["isPartOf"] = ref(ids.article)
    return node


def figure_node(index: int, figure: Figure, ids: Ids) -> Node:
    node: Node = {"@type": "Observation", "@id": ids.figure(index)}
    if figure.value is not None:
        node["value"] = number(figure.value)
    if figure.low is not None:
        node["minValue"] = number(figure.low)
    if figure.high is not None:
        node["maxValue"] = number(figure.high)
    put(node, "unitText", figure.unit)
    if figure.about is not None:
        node["observationAbout"] = ref(ids.actor(figure.about))
    node["description"] = figure.text  # the words as written, hedge ("about") included
    return node
