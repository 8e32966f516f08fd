"""
Turn what the caller gave `validate` into JSON-LD documents.

HTML is read with the standard library's `html.parser`, so the linter needs no runtime
dependency; like a browser, it ends a script element at the first ``</script``.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from attrs import frozen

from newsmodel._encoding import encoding_hint
from newsmodel._limits import MAX_LINT_DEPTH, text_depth_exceeds
from newsmodel.lint._report import Collector

JSONLD_MEDIA_TYPE = "application/ld+json"
# Inside a script element, "<!--" followed by "<script" puts the HTML tokenizer in the
# "script data double escaped" state, where "</script>" no longer closes the element:
# the block then swallows the rest of the page.
_SCRIPT_HAZARD = re.compile(r"<!--|<script", re.IGNORECASE)


@frozen(kw_only=True)
class Block:
    """One JSON-LD document, with where it starts in the page (1-based line and column)."""

    text: str
    line: int = 1
    column: int = 1


class _ScriptFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._open: tuple[int, int] | None = None
        self._parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "script":
            return
        media_type = next((v or "" for k, v in attrs if k == "type"), "")
        if media_type.split(";")[0].strip().lower() == JSONLD_MEDIA_TYPE:
            line, offset = self.getpos()
            # getpos() points at "<script"; the content starts after the tag's ">".
            tag_text = self.get_starttag_text() or ""
            newlines = tag_text.count("\n")
            column = (
                len(tag_text) - tag_text.rfind("\n") - 1 if newlines else offset + len(tag_text)
            )
            self._open = (line + newlines, column + 1)
            self._parts = []

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            self._parts.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._open is not None:
            line, column = self._open
            self.blocks.append(Block(text="".join(self._parts), line=line, column=column))
            self._open = None


def html_blocks(html: str, issues: Collector) -> list[Block]:
    """Return the JSON-LD script elements of a page, reporting content a browser misreads."""
    finder = _ScriptFinder()
    finder.feed(html)
    finder.close()
    for i, block in enumerate(finder.blocks):
        match = _SCRIPT_HAZARD.search(block.text)
        if match:
            issues.block = i
            issues.error(
                "$",
                f"the script element contains {match.group(0)!r}, which lets the HTML parser "
                "run past its end; escape '<' as \\u003c inside JSON",
                "script-escape",
            )
    issues.block = None
    return finder.blocks


def _reject_constant(name: str) -> Any:
    msg = f"{name} is not JSON"
    raise ValueError(msg)


def depth_message(limit: int) -> str:
    """The words of the ``too-deep`` issue."""
    return (
        f"expected a document nested at most {limit} levels deep, got deeper; "
        "raise the limit with max_depth (--max-depth on the command line)"
    )


def load_block(block: Block, issues: Collector, max_depth: int = MAX_LINT_DEPTH) -> Any:
    """
    Parse one block's JSON, or report where it is malformed and return None.

    Duplicate keys are reported, since JSON parsers disagree on which value wins.
    A block nested deeper than *max_depth* is reported before it is parsed: the standard
    library's parser, and the checks after it, recurse once a level.
    """
    if text_depth_exceeds(block.text, max_depth):
        issues.error("$", depth_message(max_depth), "too-deep")
        return None
    duplicates: list[str] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in items:
            if key in out:
                duplicates.append(key)
            out[key] = value
        return out

    try:
        doc = json.loads(block.text, object_pairs_hook=pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        line = block.line + exc.lineno - 1
        column = exc.colno + (block.column - 1 if exc.lineno == 1 else 0)
        issues.error(
            "$",
            f"malformed JSON at line {line}, column {column}: {exc.msg}",
            "json-syntax",
        )
        return None
    except ValueError as exc:
        issues.error("$", f"malformed JSON: {exc}", "json-syntax")
        return None
    for key in dict.fromkeys(duplicates):
        issues.warning("$", f"the key {key!r} appears twice in one object", "duplicate-key")
    return doc


def decode(data: bytes, issues: Collector) -> str | None:
    """Decode UTF-8 (with or without a byte order mark), or report why it cannot be."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        issues.error(
            "$",
            f"expected UTF-8, got byte 0x{data[exc.start]:02x} at offset {exc.start}"
            + encoding_hint(data, exc.start),
            "encoding",
        )
        return None


def looks_like_json(text: str) -> bool:
    """Whether a string is a JSON document rather than an HTML page."""
    return text.lstrip().startswith(("{", "["))
