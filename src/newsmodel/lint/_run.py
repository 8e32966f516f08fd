"""Run every check on whatever `validate` was given."""

from __future__ import annotations

import re
from typing import Any

from newsmodel.jsonld._vocab import vocabulary
from newsmodel.lint import _google, _schema, _source, _trust
from newsmodel.lint._graph import child
from newsmodel.lint._report import Collector, Report

_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|nbsp|#\d+|#x[0-9a-f]+);", re.IGNORECASE)


def validate(doc_or_html: dict[str, Any] | list[Any] | str | bytes) -> Report:
    """
    Check JSON-LD against schema.org, Google's Article recommendations and the rules for
    an article's corrections (a text, and a date not before the article's).

    Args:
        doc_or_html: a JSON-LD document already parsed (a dict or a list), or its text,
            or an HTML page whose ``<script type="application/ld+json">`` elements are
            checked one by one; bytes are decoded as UTF-8.

    Returns:
        A `Report` whose ``errors`` and ``warnings`` each carry a JSON path.

    .. versionadded:: 0.1
    """
    issues = Collector()
    vocab = vocabulary()
    docs: list[tuple[int | None, Any]] = []
    source: Any = doc_or_html
    if isinstance(source, bytes | bytearray):
        source = _source.decode(bytes(source), issues)
    if isinstance(source, str):
        if _source.looks_like_json(source):
            docs = [(None, _source.load_block(_source.Block(text=source), issues))]
        else:
            for i, block in enumerate(_source.html_blocks(source, issues)):
                issues.block = i
                docs.append((i, _source.load_block(block, issues)))
            issues.block = None
            if not docs:
                issues.error("$", "the page has no application/ld+json script", "no-jsonld")
    elif isinstance(source, dict | list):
        docs = [(None, source)]
    elif source is not None:
        msg = f"expected a dict, list, str or bytes, got {type(source).__name__}"
        raise TypeError(msg)
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
