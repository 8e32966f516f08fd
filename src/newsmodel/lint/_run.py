"""Run every check on whatever `validate` was given."""

from __future__ import annotations

import re
from typing import Any

from newsmodel._limits import MAX_DOCUMENT_BYTES, MAX_LINT_DEPTH, data_depth_exceeds
from newsmodel.errors import InputTypeError
from newsmodel.jsonld._vocab import vocabulary
from newsmodel.lint import _google, _schema, _source, _trust
from newsmodel.lint._graph import child
from newsmodel.lint._report import Collector, Report
from newsmodel.lint._source import depth_message

_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#\d+|#x[0-9a-f]+);", re.IGNORECASE)


def validate(
    doc_or_html: dict[str, Any] | list[Any] | str | bytes,
    *,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    max_depth: int = MAX_LINT_DEPTH,
) -> Report:
    """
    Check JSON-LD against schema.org, Google's Article recommendations and the rules for
    an article's corrections (a text, and a date not before the article's).

    Args:
        doc_or_html: a JSON-LD document already parsed (a dict or a list), or its text,
            or an HTML page whose ``<script type="application/ld+json">`` elements are
            checked one by one; bytes are decoded as UTF-8.
        max_bytes: a longer text or page is reported (rule ``too-large``) without being
            read (default 32,000,000; characters for a str).
        max_depth: a document nested deeper is reported (rule ``too-deep``) without being
            checked (default 128).

    Returns:
        A `Report` whose ``errors`` and ``warnings`` each carry a JSON path.

    Raises:
        newsmodel.errors.InputTypeError: *doc_or_html* is not a dict, list, str or bytes.

    .. versionadded:: 0.1
    """
    for name, limit in (("max_bytes", max_bytes), ("max_depth", max_depth)):
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            msg = f"Expected {name} to be a positive int, got {limit!r:.40}"
            raise InputTypeError(msg, found=type(limit))
    if not isinstance(doc_or_html, dict | list | str | bytes | bytearray):
        found = type(doc_or_html).__name__
        msg = f"Expected a JSON-LD document (dict, list, str or bytes), got {found}"
        raise InputTypeError(msg, found=type(doc_or_html))
    issues = Collector()
    vocab = vocabulary()
    docs = _documents(doc_or_html, issues, max_bytes=max_bytes, max_depth=max_depth)
    for number, doc in docs:
        if doc is None:
            continue
        issues.block = number
        nodes = _schema.collect(doc, issues)
        _schema.check(nodes, vocab, issues)
        _google.check(nodes, vocab, issues)
        _trust.check(nodes, vocab, issues)
        _check_entities(doc, "$", issues)
    issues.block = None
    return issues.report(blocks=len(docs), schema_version=vocab.version)


def _documents(
    source: dict[str, Any] | list[Any] | str | bytes | bytearray,
    issues: Collector,
    *,
    max_bytes: int,
    max_depth: int,
) -> list[tuple[int | None, Any]]:
    """The JSON-LD documents to check, each with its script's number in a page (or None)."""
    if isinstance(source, dict | list):
        if data_depth_exceeds(source, max_depth):
            issues.error("$", depth_message(max_depth), "too-deep")
            return [(None, None)]
        return [(None, source)]
    if len(source) > max_bytes:
        unit = "characters" if isinstance(source, str) else "bytes"
        issues.error(
            "$",
            f"expected at most {max_bytes:,} {unit}, got {len(source):,}; "
            "raise the limit with max_bytes (--max-bytes on the command line)",
            "too-large",
        )
        return []
    text = source if isinstance(source, str) else _source.decode(bytes(source), issues)
    if text is None:
        return []
    if _source.looks_like_json(text):
        return [(None, _source.load_block(_source.Block(text=text), issues, max_depth))]
    docs: list[tuple[int | None, Any]] = []
    for i, block in enumerate(_source.html_blocks(text, issues)):
        issues.block = i
        docs.append((i, _source.load_block(block, issues, max_depth)))
    issues.block = None
    if not docs:
        issues.error("$", "the page has no application/ld+json script", "no-jsonld")
    return docs


def _check_entities(value: Any, path: str, issues: Collector) -> None:
    """Warn about HTML character references in JSON strings: a sign of double escaping."""
    if isinstance(value, str):
        match = _ENTITY.search(value)
        if match:
            issues.warning(
                path,
                f"{match.group(0)!r} is an HTML character reference, which JSON-LD readers "
                "do not decode; was the text escaped twice?",
                "html-entity",
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            if key != "@context":
                _check_entities(item, child(path, key), issues)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            _check_entities(item, child(path, i), issues)
