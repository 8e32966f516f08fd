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
import math
import re
from typing import Any, Literal

import orjson

from newsmodel._limits import (
    MAX_DOCUMENT_BYTES,
    MAX_JSONLD_DEPTH,
    MAX_JSONLD_VALUES,
    check_document_size,
    check_limit,
)
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


def from_jsonld(
    doc: dict[str, Any] | list[Any] | str | bytes,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    max_depth: int = MAX_JSONLD_DEPTH,
    max_values: int = MAX_JSONLD_VALUES,
) -> Article:
    """
    Read an article from schema.org JSON-LD.

    Args:
        doc: a parsed document (one object, an array of objects, or an object with
            ``@graph``), or its JSON text; ``@id`` references are resolved.
        max_bytes: longer JSON text is refused before it is read (default 32,000,000;
            characters for a str).
        max_depth: a document nested deeper is refused (default 512), and so is Python
            data that contains itself.
        max_values: Python data holding more JSON values is refused (default 4,000,000).

    Returns:
        The first node whose type is Article or a subtype (NewsArticle, BlogPosting, ...),
        with its authors, publisher, image, actors, quotes and figures.

    Raises:
        SerializationError: the text is not JSON, the document breaks a limit (``reason``
            ``"too-large"`` or ``"too-deep"``), or it has no Article node.

    .. versionadded:: 0.1
    """
    for name, limit in (("max_bytes", max_bytes), ("max_depth", max_depth)):
        check_limit(name, limit)
    check_limit("max_values", max_values)
    if isinstance(doc, str | bytes | bytearray | memoryview):
        check_document_size(doc, max_bytes, "from_jsonld(..., max_bytes=...)")
        try:
            doc = orjson.loads(doc)
        except orjson.JSONDecodeError as exc:
            raise SerializationError([f"$: expected JSON, got a syntax error: {exc}"]) from None
    if not isinstance(doc, dict | list):
        msg = f"$: expected a JSON-LD object or array, got {type(doc).__name__}"
        raise SerializationError([msg])
    graph = read_graph(doc, max_depth=max_depth, max_values=max_values)
    node = next(graph.of_type("Article"), None)
    if node is None:
        found = sorted({t for n in graph.nodes for t in n.types}) or ["none"]
        msg = (
            "$: expected a node whose @type is NewsArticle or another Article type, "
            f"found types: {', '.join(found)}"
        )
        raise SerializationError([msg])
    try:
        return _Reader(graph=graph, node=node).article()
    except ModelError as exc:  # an item the model cannot hold, said where it is
        raise SerializationError([f"$.{p}" for p in exc.problems]) from None


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
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # the model holds finite numbers
    if isinstance(value, str):
        try:
            number = float(value) if re.search(r"[.eE]", value) else int(value)
        except ValueError:
            return None
        return _number(number)
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
        # The text is the body plus the words of items not found in it, appended in
        # parts and joined once: growing one string would copy it for every item.
        self.parts = [self.body]
        self.length = len(self.body)
        self.appended: dict[str, int] = {}  # words appended -> where they start
        self.searched_from = 0  # the body's search resumes after the last item found
        self.search_budget = 64 * len(self.body) + 1_000_000

    def article(self) -> Article:
        node = self.node
        paragraphs = self._paragraphs()
        actors = self.actor_reader.actors()
        quotes = self._quotes()
        self.searched_from = 0  # figures are in the body's order too, on their own
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
                text="".join(self.parts),
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
        """
        Find *words* in the body, appending them after it when they are not there.

        Items usually follow the body's order, so the search starts after the item found
        last, and goes back to the start of the body only if the words are not after it.
        A budget of characters searched (64 times the body, plus a million) keeps reading
        linear in the document however many items it holds; an item still unplaced when
        the budget is spent is appended.
        """
        at = self.appended.get(words, -1)
        if at < 0:
            at = self._find(words)
        if at < 0:
            if self.length:
                self.parts.append("\n\n")
                self.length += 2
            at = self.length
            self.parts.append(words)
            self.length += len(words)
            self.appended[words] = at
        return Span(start=at, end=at + len(words))

    def _find(self, words: str) -> int:
        if self.search_budget <= 0:
            return -1
        body, start = self.body, self.searched_from
        at = body.find(words, start)
        self.search_budget -= (at if at >= 0 else len(body)) - start
        if at < 0 and start and self.search_budget > 0:
            at = body.find(words, 0, start + len(words) - 1)
            self.search_budget -= at if at >= 0 else start
        if at >= 0:
            self.searched_from = at + len(words)
        return at

    def _quotes(self) -> tuple[Quote, ...]:
        found: list[Quote] = []
        seen: set[int] = set()  # id() of each node read, so a node described twice counts once
        for node in self.graph.nodes:
            real = self.graph.resolve(node) or node
            if id(real) in seen:  # before its types: a node described often has many
                continue
            seen.add(id(real))
            indirect = real.is_a("Claim")
            if not (indirect or real.is_a("Quotation")):
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
            found.append(quote)
        return tuple(found)

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
