"""
Read schema.org JSON-LD back into an `Article`, as far as the graph carries the data.

Reading is lenient where writing is strict: a value the model cannot hold (a blank name,
a date without a timezone, a width that is not a number) is left out rather than
refused, because the graph may come from any emitter.
Only a document with no Article node at all, or that is not JSON, raises.

What JSON-LD does not carry comes back at its default: actor mentions, quote cues and
hedges, figure qualifiers, dates mentioned in the text.
The article's ``text`` is its ``articleBody``; a quote or figure whose words are not in
the body is appended after it, so that every item still points at its words.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

import orjson

from newsmodel.errors import ModelError, SerializationError
from newsmodel.jsonld import _trust as trust
from newsmodel.jsonld._graph import Graph, NodeView, read_graph, usable
from newsmodel.jsonld._read_actors import ActorReader
from newsmodel.model import (
    Article,
    Author,
    Figure,
    Image,
    Paragraph,
    Publisher,
    Quote,
    Span,
)

# The spaces after "px" live inside its group: two runs of \s* side by side made a failing
# fullmatch quadratic in the spaces ("1", 50,000 spaces, "x" took minutes).
_PIXELS = re.compile(r"\s*(\d+)\s*(?:px\s*)?")


def from_jsonld(doc: dict[str, Any] | list[Any] | str | bytes) -> Article:
    """
    Read an article from schema.org JSON-LD.

    Args:
        doc: a parsed document (one object, an array of objects, or an object with
            ``@graph``), or its JSON text; ``@id`` references are resolved.

    Returns:
        The first node whose type is Article or a subtype (NewsArticle, BlogPosting, ...),
        with its authors, publisher, image, actors, quotes and figures.

    Raises:
        SerializationError: the text is not JSON, or the document has no Article node.

    .. versionadded:: 0.1
    """
    if isinstance(doc, str | bytes):
        try:
            doc = orjson.loads(doc)
        except orjson.JSONDecodeError as exc:
            raise SerializationError([f"$: expected JSON, got a syntax error: {exc}"]) from None
    if not isinstance(doc, dict | list):
        msg = f"$: expected a JSON-LD object or array, got {type(doc).__name__}"
        raise SerializationError([msg])
    graph = read_graph(doc)
    node = next(graph.of_type("Article"), None)
    if node is None:
        found = sorted({t for n in graph.nodes for t in n.types}) or ["none"]
        msg = (
            "$: expected a node whose @type is NewsArticle or another Article type, "
            f"found types: {', '.join(found)}"
        )
        raise SerializationError([msg])
    return _Reader(graph=graph, node=node).article()


def _datetime(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None  # the model needs an offset


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    if isinstance(value, str):
        try:
            return float(value) if re.search(r"[.eE]", value) else int(value)
        except ValueError:
            return None
    return None


def _first_number(values: list[Any]) -> int | float | None:
    return next((n for n in map(_number, values) if n is not None), None)


def _pixels(graph: Graph, values: list[Any]) -> int | None:
    for value in values:
        node = graph.resolve(value)
        raw = node.values("value")[0] if node is not None and node.values("value") else value
        if isinstance(raw, int) and not isinstance(raw, bool) and raw > 0:
            return raw
        if isinstance(raw, str) and (match := _PIXELS.fullmatch(raw)) and int(match.group(1)):
            return int(match.group(1))
    return None


class _Reader:
    """Reads one Article node and what it refers to."""

    def __init__(self, *, graph: Graph, node: NodeView) -> None:
        self.graph, self.node = graph, node
        self.actor_reader = ActorReader(graph=graph, node=node)
        raw_body = node.values("articleBody")
        self.body = raw_body[0] if raw_body and isinstance(raw_body[0], str) else ""
        self.text = self.body

    def article(self) -> Article:
        node = self.node
        paragraphs = self._paragraphs()
        actors = self.actor_reader.actors()
        quotes = self._quotes()
        figures = self._figures()
        published = _datetime(node.text("datePublished"))
        modified = _datetime(node.text("dateModified"))
        if published and modified and modified < published:
            modified = None
        fields: dict[str, Any] = {
            "headline": node.text("headline"),
            "alternative_headline": node.text("alternativeHeadline"),
            "description": node.text("description"),
            "dateline": node.text("dateline"),
            "section": node.text("articleSection"),
            "keywords": self._keywords(),
            "image": self._image(),
            "images": self._images(),
            "authors": self._authors(),
            "publisher": self._publisher(),
            "published": published,
            "modified": modified,
            "url": self._checked("url", node.text("url") or self._page_url()),
            "language": self._checked("language", self._language()),
            "corrections": trust.read_corrections(self.graph, node),
            "backstory": node.text("backstory"),
        }
        try:
            return Article(
                text=self.text,
                paragraphs=paragraphs,
                actors=actors,
                quotes=quotes,
                figures=figures,
                **fields,
            )
        except ModelError as exc:
            raise SerializationError([f"$.{p}" for p in exc.problems]) from None

    # -- the article's own fields -------------------------------------------------------

    @staticmethod
    def _checked(name: str, value: str | None) -> str | None:
        """Return *value* if the model accepts it for this Article field, else None."""
        if value is None:
            return None
        fields: dict[str, Any] = {name: value}
        try:
            Article(text="", **fields)
        except ModelError:
            return None
        return value

    def _paragraphs(self) -> tuple[Paragraph, ...]:
        if not self.node.values("articleBody"):
            return ()
        # Paragraphs are joined by blank lines, as `to_jsonld` writes them.
        spans, offset = [], 0
        for part in self.body.split("\n\n"):
            spans.append(Paragraph(span=Span(start=offset, end=offset + len(part))))
            offset += len(part) + 2
        return tuple(spans)

    def _page_url(self) -> str | None:
        for page in self.graph.resolve_all(self.node, "mainEntityOfPage"):
            return page.text("url") or page.id
        return None

    def _language(self) -> str | None:
        for value in self.node.values("inLanguage"):
            language = self.graph.resolve(value)
            if language is None:
                return usable(value)
            return language.text("alternateName") or language.text("name")
        return None

    def _keywords(self) -> tuple[str, ...]:
        raw = self.node.raw.get("keywords")
        if isinstance(raw, str):  # one string: the comma-separated form
            return tuple(k.strip() for k in raw.split(",") if k.strip())
        found = []
        for value in self.node.values("keywords"):
            term = self.graph.resolve(value)
            word = usable(value) if term is None else term.text("name")
            if word:
                found.append(word)
        return tuple(found)

    def _image(self) -> Image | None:
        for value in self.node.values("image")[:1]:
            return self._picture(value)
        return None

    def _images(self) -> tuple[Image, ...]:
        """The article's pictures after the first, each that reads as one."""
        found = [self._picture(value) for value in self.node.values("image")[1:]]
        return tuple(image for image in found if image is not None)

    def _picture(self, value: Any) -> Image | None:
        image = self.graph.resolve(value)
        if image is None:
            url = self._checked("url", usable(value))
            return Image(url=url) if url else None
        try:
            return Image(
                url=self._checked("url", image.text("url") or image.text("contentUrl")),
                caption=image.text("caption"),
                credit=image.text("creditText"),
                width=_pixels(self.graph, image.values("width")),
                height=_pixels(self.graph, image.values("height")),
            )
        except ModelError:
            return None

    def _authors(self) -> tuple[Author, ...]:
        found = []
        for value in self.node.values("author"):
            author = self.graph.resolve(value)
            name = usable(value) if author is None else author.text("name")
            if not name:
                continue  # an author with no name is no author
            kind: Literal["person", "organization"] = (
                "organization" if author is not None and author.is_a("Organization") else "person"
            )
            url = self._checked("url", author.text("url")) if author is not None else None
            found.append(Author(name=name, kind=kind, url=url))
        return tuple(found)

    def _publisher(self) -> Publisher | None:
        for value in self.node.values("publisher"):
            publisher = self.graph.resolve(value)
            name = usable(value) if publisher is None else publisher.text("name")
            if not name:
                continue
            if publisher is None:
                return Publisher(name=name)
            logo_value = next(iter(publisher.values("logo")), None)
            logo_node = self.graph.resolve(logo_value)
            logo = (
                usable(logo_value)
                if logo_node is None
                else logo_node.text("url") or logo_node.text("contentUrl") or logo_node.id
            )
            return Publisher(
                name=name,
                url=self._checked("url", publisher.text("url")),
                logo=self._checked("url", logo),
                **trust.read_policies(publisher, self._checked),
            )
        return None

    # -- quotes and figures -------------------------------------------------------------

    def _locate(self, words: str) -> Span:
        """Find *words* in the text, appending them after it when they are not there."""
        at = self.text.find(words)
        if at < 0:
            if self.text:
                self.text += "\n\n"
            at = len(self.text)
            self.text += words
        return Span(start=at, end=at + len(words))

    def _quotes(self) -> tuple[Quote, ...]:
        found: list[tuple[NodeView, Quote]] = []
        for node in self.graph.nodes:
            real = self.graph.resolve(node) or node
            indirect = real.is_a("Claim")
            if not (indirect or real.is_a("Quotation")) or any(real is q for q, _ in found):
                continue
            text = real.text("text") or real.text("name")
            if text is None:
                continue
            speaker_props = ("author",) if indirect else ("spokenByCharacter", "creator", "author")
            speaker = next(
                (
                    actor_id
                    for prop in speaker_props
                    for value in real.values(prop)
                    if (actor_id := self.actor_reader.reference(value))
                ),
                None,
            )
            via = (
                None
                if indirect
                else next(
                    filter(None, map(self.actor_reader.reference, real.values("publisher"))), None
                )
            )
            quote = Quote(
                text=text,
                span=self._locate(text),
                kind="indirect" if indirect else "direct",
                speaker=speaker,
                via=via,
            )
            found.append((real, quote))
        return tuple(q for _, q in found)

    def _figures(self) -> tuple[Figure, ...]:
        found = []
        for node in self.graph.of_type("Observation"):
            value = _first_number(node.values("value"))
            low = _first_number(node.values("minValue"))
            high = _first_number(node.values("maxValue"))
            if value is None and low is None and high is None:
                continue
            if low is not None and high is not None and low > high:
                low, high = None, None
                if value is None:
                    continue
            text = (
                node.text("description")
                or node.text("name")
                or f"{value if value is not None else low}"
            )
            about = next(
                filter(None, map(self.actor_reader.reference, node.values("observationAbout"))),
                None,
            )
            found.append(
                Figure(
                    text=text,
                    span=self._locate(text),
                    value=value,
                    low=low,
                    high=high,
                    unit=node.text("unitText"),
                    about=about,
                )
            )
        return tuple(found)
