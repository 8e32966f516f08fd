"""Read an IPTC ninjs news item (3.x or 2.x) back into an `Article`."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from typing import Any

import orjson

from newsmodel.errors import ModelError, SerializationError
from newsmodel.jsonld._trust import POLICY_PROPERTIES
from newsmodel.model import (
    Actor,
    Article,
    Author,
    Correction,
    Image,
    Organization,
    Paragraph,
    Person,
    Place,
    Publisher,
    Span,
    slugify,
)

#: The longest ninjs text `from_ninjs` reads, in characters or bytes: far above any story.
MAX_SIZE = 50_000_000

_ACTOR_ID = re.compile(r"(person|organization|place)/[^\s/]+(?:/[^\s/]+)*")
_COUNTRY = re.compile(r"https?://cvx?\.iptc\.org/iso3166-1a2/([A-Za-z]{2})")
SCHEMA_ORG = "https://schema.org/"
_HTTP = re.compile(r"https?://\S+", re.IGNORECASE)


def from_ninjs(doc: dict[str, Any] | str | bytes) -> Article:
    """
    Read an article from an IPTC ninjs news item, version 3.x or 2.x.

    Reading is lenient: a value the model cannot hold (a blank name, a date without a
    timezone) is left out rather than refused, because the item may come from any emitter.
    What ninjs does not carry comes back at its default (see ``docs/ninjs.md``).

    Args:
        doc: the item as a dict, or its JSON text.

    Raises:
        newsmodel.errors.SerializationError: the text is not JSON or is too large, or the
            item is not a JSON object.

    .. versionadded:: 0.1
    """
    if isinstance(doc, str | bytes):
        if len(doc) > MAX_SIZE:
            msg = f"$: expected at most {MAX_SIZE:,} characters of JSON, got {len(doc):,}"
            raise SerializationError([msg])
        try:
            doc = orjson.loads(doc)
        except orjson.JSONDecodeError as exc:
            raise SerializationError([f"$: expected JSON, got a syntax error: {exc}"]) from None
    if not isinstance(doc, dict):
        msg = f"$: expected a ninjs object, got {type(doc).__name__}"
        raise SerializationError([msg])
    return _Reader(doc).article()


def _get(obj: object, key: str) -> Any:
    """A key as ninjs 3 spells it (``versionCreated``) or as ninjs 2 does (``versioncreated``)."""
    if not isinstance(obj, dict):
        return None
    value = obj.get(key)
    return obj.get(key.lower()) if value is None else value


def _objects(obj: object, key: str) -> list[dict[str, Any]]:
    value = _get(obj, key)
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _url(value: object) -> str | None:
    return value if isinstance(value, str) and _HTTP.fullmatch(value) else None


def _datetime(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None


def _pixels(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None


def _by_role(items: list[dict[str, Any]], role: str, *, fallback: bool = True) -> str | None:
    """The value of the item with this role, else (with *fallback*) of the first without one."""
    for item in items:
        if _get(item, "role") == role and _text(_get(item, "value")):
            return str(_get(item, "value"))
    if not fallback:
        return None
    for item in items:
        if _get(item, "role") is None and _text(_get(item, "value")):
            return str(_get(item, "value"))
    return None


class _Paragraphs(HTMLParser):
    """The text of each paragraph of an HTML body, for an item with no plain-text body."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        if tag in {"p", "h2", "h3", "blockquote", "li"} or not self.paragraphs:
            self.paragraphs.append("")

    def handle_data(self, data: str) -> None:
        if not self.paragraphs:
            self.paragraphs.append("")
        self.paragraphs[-1] += data


def _html_paragraphs(markup: str) -> list[str]:
    reader = _Paragraphs()
    reader.feed(markup)
    reader.close()
    return [p.strip() for p in reader.paragraphs if p.strip()]


class _Reader:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc

    def article(self) -> Article:
        doc = self.doc
        headlines = _objects(doc, "headlines")
        headline = _by_role(headlines, "main")
        description = _by_role(_objects(doc, "descriptions"), "summary")
        published = _datetime(_get(doc, "firstCreated"))
        modified = _datetime(_get(doc, "versionCreated"))
        if modified is not None and (modified == published or (published and modified < published)):
            modified = None
        subjects = _objects(doc, "subjects")
        fields: dict[str, Any] = {
            "headline": headline,
            "alternative_headline": _by_role(headlines, "alternative", fallback=False),
            "description": description,
            "dateline": _text(_get(doc, "located")),
            "url": _url(_get(doc, "uri")),
            "published": published,
            "modified": modified,
            "language": _text(_get(doc, "language")),
            "authors": tuple(self.authors()),
            "publisher": self.publisher(),
            "actors": tuple(self.actors()),
            "image": self.image(),
            "section": next(
                (_text(_get(s, "name")) for s in subjects if _get(s, "rel") == "section"), None
            ),
            "backstory": _by_role(_objects(doc, "descriptions"), "backstory", fallback=False),
            "corrections": tuple(self.corrections()),
            "keywords": tuple(
                name
                for s in subjects
                if _get(s, "rel") != "section" and (name := _text(_get(s, "name")))
            ),
        }
        return self.build(fields)

    def build(self, fields: dict[str, Any]) -> Article:
        """Build the article, leaving out each field the model refuses."""
        text, paragraphs = self.body()
        while True:
            try:
                return Article(text=text, paragraphs=paragraphs, **fields)
            except ModelError as error:
                name = error.problems[0].split(":", 1)[0].split(".", 1)[0].split("[", 1)[0]
                if name not in fields or fields[name] in (None, ()):
                    raise SerializationError([f"$: {p}" for p in error.problems]) from None
                fields[name] = () if isinstance(fields[name], tuple) else None

    def body(self) -> tuple[str, tuple[Paragraph, ...]]:
        """
        The plain-text body, split into paragraphs at blank lines as `to_ninjs` joins
        them, else the text of an HTML body's paragraphs; no body gives no text.
        """
        bodies = _objects(self.doc, "bodies")
        text = next(
            (
                value
                for body in bodies
                if _get(body, "contentType") in {None, "text/plain"}
                and isinstance(value := _get(body, "value"), str)
            ),
            None,
        )
        if text is None:
            markup = next((v for b in bodies if isinstance(v := _get(b, "value"), str)), "")
            text = "\n\n".join(_html_paragraphs(markup))
        if not text:
            return "", ()
        spans, offset = [], 0
        for part in text.split("\n\n"):
            spans.append(Paragraph(span=Span(start=offset, end=offset + len(part))))
            offset += len(part) + 2
        return text, tuple(spans)

    def authors(self) -> Iterator[Author]:
        sources = [s for s in _objects(self.doc, "infoSources") if _get(s, "role") == "author"]
        for source in sources:
            if name := _text(_get(source, "name")):
                yield Author(name=name, url=_url(_get(source, "uri")))
        if not sources and (by := _text(_get(self.doc, "by"))):
            yield Author(name=by.strip())

    def publisher(self) -> Publisher | None:
        for source in _objects(self.doc, "infoSources"):
            if _get(source, "role") == "publisher" and (name := _text(_get(source, "name"))):
                return Publisher(name=name, url=_url(_get(source, "uri")), **self.policies())
        return None

    def trust_indicators(self, role: str) -> Iterator[dict[str, Any]]:
        for indicator in _objects(self.doc, "trustIndicators"):
            if _get(indicator, "role") == SCHEMA_ORG + role:
                yield indicator

    def policies(self) -> dict[str, str | None]:
        """The publisher's policies: the trust indicators whose role is a schema.org policy."""
        return {
            field: next(
                (u for i in self.trust_indicators(prop) if (u := _url(_get(i, "href")))), None
            )
            for field, prop in POLICY_PROPERTIES.items()
        }

    def corrections(self) -> Iterator[Correction]:
        for indicator in self.trust_indicators("correction"):
            if text := _text(_get(indicator, "title")):
                yield Correction(text=text, url=_url(_get(indicator, "href")))

    def actors(self) -> Iterator[Actor]:
        taken: set[str] = set()
        for key, kind in (
            ("people", "person"),
            ("organisations", "organization"),
            ("places", "place"),
        ):
            for entry in _objects(self.doc, key):
                actor = self.actor(entry, kind, taken)
                if actor is not None:
                    taken.add(actor.id)
                    yield actor

    @staticmethod
    def actor(entry: dict[str, Any], kind: str, taken: set[str]) -> Actor | None:
        name = _text(_get(entry, "name"))
        if name is None:
            return None
        literal = _get(entry, "literal")
        actor_id = (
            literal
            if isinstance(literal, str)
            and _ACTOR_ID.fullmatch(literal)
            and literal.startswith(kind + "/")
            else slugify(kind, name)  # type: ignore[arg-type]
        )
        base, n = actor_id, 2
        while actor_id in taken:
            actor_id, n = f"{base}-{n}", n + 1
        uri = _url(_get(entry, "uri"))
        country = _COUNTRY.fullmatch(uri) if uri else None
        same_as = () if uri is None or country else (uri,)
        try:
            if kind == "person":
                return Person(id=actor_id, name=name, same_as=same_as)
            if kind == "organization":
                return Organization(id=actor_id, name=name, same_as=same_as)
            iso = country.group(1).upper() if country else None
            return Place(
                id=actor_id,
                name=name,
                same_as=same_as,
                iso_code=iso,
                kind="country" if iso else None,
            )
        except ModelError:
            return None

    def image(self) -> Image | None:
        for picture in _objects(self.doc, "associations"):
            if _get(picture, "type") not in {None, "picture", "graphic"}:
                continue
            renditions = _objects(picture, "renditions")
            rendition = renditions[0] if renditions else {}
            url = _url(_get(picture, "uri")) or _url(_get(rendition, "href"))
            if url is None:
                continue
            credit = _text(_get(picture, "by"))
            caption = _by_role(_objects(picture, "descriptions"), "caption")
            try:
                return Image(
                    url=url,
                    caption=caption,
                    credit=credit,
                    width=_pixels(_get(rendition, "width")),
                    height=_pixels(_get(rendition, "height")),
                )
            except ModelError:
                return Image(url=url)
        return None
