"""
Google's recommendations for Article structured data, applied to every Article node.

Source: Google Search Central, "Article (Article, NewsArticle, BlogPosting) structured
data"; search engines read these, but schema.org itself does not require them.
Rules that break what Google reads are errors (a byline in ``author.name``, a date that is
not a date, ``dateModified`` before ``datePublished``); missing recommended data is a
warning.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from newsmodel.jsonld._vocab import Vocabulary
from newsmodel.lint._graph import (
    ALIASES,
    Node,
    as_list,
    child,
    described_by_id,
    local_name,
    node_of,
)
from newsmodel.lint._report import Collector
from newsmodel.lint._values import date_kind, has_timezone

HEADLINE_MAX = 110  #: characters; Google truncates longer headlines in results
IMAGE_MIN_PIXELS = 50_000  #: width x height Google asks for

_BYLINE = re.compile(r"^\s*(?:by|posted by|written by|words by|von|par|por)\b", re.IGNORECASE)
_SEVERAL = re.compile(r",|;|\s(?:and|&|und|et|y)\s", re.IGNORECASE)
# Honorifics and titles that belong in honorificPrefix or jobTitle, not in a name.
_HONORIFIC = re.compile(
    r"^\s*(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|rev|gen|brig|col|maj|capt|lt|sgt|"
    r"president|minister|senator|sen|rep|gov|judge|justice|sheikh|ayatollah)\b\.?\s",
    re.IGNORECASE,
)
_JOB_TITLE = re.compile(
    r"\b(?:correspondent|reporter|editor|staff writer|contributor|columnist|"
    r"bureau chief|special to)\b",
    re.IGNORECASE,
)
_ORGANIZATION_WORDS = re.compile(
    r"\b(?:news|agency|staff|desk|team|press|media|inc|ltd|llc|newsroom|editorial board)\b",
    re.IGNORECASE,
)


def check(all_nodes: list[Node], vocab: Vocabulary, issues: Collector) -> None:
    """Apply the Article recommendations to every node whose type is an Article."""
    described = described_by_id(all_nodes)
    for node in all_nodes:
        if any(vocab.is_subtype(t, "Article") for t in node.types):
            _headline(node, issues)
            _image(node, described, issues)
            _authors(node, described, vocab, issues)
            _dates(node, issues)


def _props(node: Node, name: str) -> list[tuple[str, Any]]:
    """The values of a property, however its key is written, each with its path."""
    out: list[tuple[str, Any]] = []
    for key, value in node.properties.items():
        if local_name(key) == name:
            items = as_list(value)
            path = child(node.path, key)
            out.extend(
                (child(path, i) if isinstance(value, list) else path, item)
                for i, item in enumerate(items)
            )
    return out


def _resolve(value: Any, path: str, described: dict[str, Node]) -> Node | None:
    if not isinstance(value, dict):
        return None
    node = node_of(value, path)
    if node is not None and node.is_reference and node.id in described:
        return described[node.id]
    return node


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = {ALIASES.get(k, k): v for k, v in value.items()}.get("@value")
    return value if isinstance(value, str) else None


def _headline(node: Node, issues: Collector) -> None:
    headlines = _props(node, "headline")
    if not headlines:
        issues.warning(node.path, "no headline; Google recommends one", "headline-missing")
    for path, value in headlines:
        text = _text(value)
        if text is not None and len(text) > HEADLINE_MAX:
            issues.warning(
                path,
                f"the headline has {len(text)} characters; Google shows at most {HEADLINE_MAX}",
                "headline-length",
            )


def _number(value: Any) -> float | None:
    if isinstance(value, dict):
        value = {local_name(k): v for k, v in value.items()}.get("value", _text(value))
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        # "px\s*" in one group: two adjacent \s* runs would make a failed match quadratic
        match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(?:px\s*)?", value)
        return float(match.group(1)) if match else None
    return None


def _image(node: Node, described: dict[str, Node], issues: Collector) -> None:
    images = _props(node, "image")
    if not images:
        issues.warning(node.path, "no image; Google recommends at least one", "image-missing")
    for path, value in images:
        image = _resolve(value, path, described)
        if image is None:
            continue
        if not (_props(image, "url") or _props(image, "contentUrl")) and not image.is_reference:
            issues.error(image.path, "the image has no url or contentUrl", "image-url")
        widths, heights = _props(image, "width"), _props(image, "height")
        if widths and heights:
            width, height = _number(widths[0][1]), _number(heights[0][1])
            if width is not None and height is not None and width * height < IMAGE_MIN_PIXELS:
                issues.warning(
                    image.path,
                    f"the image is {width:g}x{height:g} pixels; Google asks for at least "
                    f"{IMAGE_MIN_PIXELS:,} pixels (width x height)",
                    "image-size",
                )


def _authors(node: Node, described: dict[str, Node], vocab: Vocabulary, issues: Collector) -> None:
    authors = _props(node, "author")
    if not authors:
        issues.warning(node.path, "no author; Google recommends one", "author-missing")
    for path, value in authors:
        if isinstance(value, str):
            issues.warning(
                path, "the author is text; give a Person or Organization node", "author-text"
            )
            _author_name(path, value, person=None, issues=issues)
            continue
        author = _resolve(value, path, described)
        if author is None or author.is_reference:
            continue
        types = [t for t in author.types if t in vocab.types]
        person = any(vocab.is_subtype(t, "Person") for t in types)
        if not person and not any(vocab.is_subtype(t, "Organization") for t in types):
            issues.error(
                child(author.path, "@type"),
                f"an author must be a Person or an Organization, got {'/'.join(author.types) or 'no type'}",
                "author-type",
            )
        names = [(p, _text(v)) for p, v in _props(author, "name")]
        if not names or not any(text for _, text in names):
            issues.error(author.path, "the author has no name", "author-name-missing")
        for name_path, text in names:
            if text:
                _author_name(name_path, text, person=person, issues=issues)


def _author_name(path: str, name: str, *, person: bool | None, issues: Collector) -> None:
    if _BYLINE.search(name):
        issues.error(path, f"{name!r} is a byline; give only the name", "author-name-byline")
    if person is not False and _SEVERAL.search(name):
        issues.error(
            path,
            f"{name!r} looks like several authors; give one author entry each",
            "author-multiple",
        )
    if person is not False and _HONORIFIC.search(name):
        issues.error(
            path,
            f"{name!r} starts with an honorific or title; put it in honorificPrefix or jobTitle",
            "author-name-title",
        )
    elif _JOB_TITLE.search(name):
        issues.warning(
            path, f"{name!r} contains a job title; put it in jobTitle", "author-name-title"
        )
    if person and _ORGANIZATION_WORDS.search(name):
        issues.warning(
            path,
            f"{name!r} reads like an organization; use Organization for it",
            "author-kind",
        )


def _dates(node: Node, issues: Collector) -> None:
    parsed: dict[str, dt.datetime] = {}
    for name in ("datePublished", "dateModified"):
        entries = _props(node, name)
        if not entries and name == "datePublished":
            issues.warning(node.path, "no datePublished; Google recommends it", "date-missing")
        for path, value in entries:
            text = _text(value)
            if text is None:
                continue  # a wrong value type is reported by the range check
            kind = date_kind(text.strip())
            if kind not in {"Date", "DateTime"}:
                issues.error(path, f"{text!r} is not an ISO 8601 date", "date-format")
                continue
            if kind == "Date" or not has_timezone(text.strip()):
                issues.warning(
                    path,
                    f"{text!r} has no timezone; add a time with an offset such as +00:00",
                    "date-timezone",
                )
                continue
            parsed.setdefault(name, dt.datetime.fromisoformat(text.strip()))
    published, modified = parsed.get("datePublished"), parsed.get("dateModified")
    if published and modified and modified < published:
        issues.error(
            child(node.path, "dateModified"),
            f"dateModified ({modified.isoformat()}) is before datePublished "
            f"({published.isoformat()})",
            "date-order",
        )
