"""What the linter found: issues with a JSON path each, split into errors and warnings."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias

from attrs import define, field, frozen

Severity: TypeAlias = Literal["error", "warning"]


@frozen(kw_only=True)
class Issue:
    """
    One problem in a document.

    ``path`` is a JSON path into the JSON-LD (``$["@graph"][0].author[1].name``); for an
    HTML page, ``block`` is the index of the ``<script type="application/ld+json">``
    element the path is in, counted from 0.
    ``rule`` is a stable, kebab-case name, so that callers can filter without parsing
    the message.
    """

    path: str
    message: str
    rule: str
    block: int | None = None

    def __str__(self) -> str:
        where = self.path if self.block is None else f"script[{self.block}] {self.path}"
        return f"{where}: {self.message} [{self.rule}]"

    def to_dict(self) -> dict[str, Any]:
        """Return the issue as plain JSON data."""
        out: dict[str, Any] = {"path": self.path, "message": self.message, "rule": self.rule}
        if self.block is not None:
            out["block"] = self.block
        return out


@frozen(kw_only=True)
class Report:
    """
    The result of `newsmodel.validate.validate`.

    ``errors`` break the structured data (an unknown type, a date that is not a date);
    ``warnings`` follow Google's recommendations and schema.org's advice, which search
    engines use but do not require.
    """

    errors: tuple[Issue, ...] = ()
    warnings: tuple[Issue, ...] = ()
    blocks: int = 0  # how many JSON-LD documents were checked
    schema_version: str = ""

    @property
    def ok(self) -> bool:
        """Whether there is no error (warnings do not count)."""
        return not self.errors

    def __str__(self) -> str:
        lines = [f"error   {issue}" for issue in self.errors]
        lines += [f"warning {issue}" for issue in self.warnings]
        lines.append(
            f"{len(self.errors)} errors, {len(self.warnings)} warnings in {self.blocks} "
            f"JSON-LD block(s) (schema.org {self.schema_version})"
        )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as plain JSON data, as ``newsmodel validate --json`` prints it."""
        return {
            "ok": self.ok,
            "schema_version": self.schema_version,
            "blocks": self.blocks,
            "errors": [issue.to_dict() for issue in self.errors],
            "warnings": [issue.to_dict() for issue in self.warnings],
        }


@define(kw_only=True)
class Collector:
    """Gathers issues while the checks run; ``block`` is stamped on each issue added."""

    errors: list[Issue] = field(factory=list)
    warnings: list[Issue] = field(factory=list)
    block: int | None = None
    suggestions: int = 0  # close matches looked for so far ("did you mean ...?")
    _seen: set[Issue] = field(factory=set)  # a set, so that adding an issue costs O(1)

    def add(self, severity: Severity, path: str, message: str, rule: str) -> None:
        issue = Issue(path=path, message=message, rule=rule, block=self.block)
        bucket = self.errors if severity == "error" else self.warnings
        if issue not in self._seen:
            self._seen.add(issue)
            bucket.append(issue)

    def error(self, path: str, message: str, rule: str) -> None:
        self.add("error", path, message, rule)

    def warning(self, path: str, message: str, rule: str) -> None:
        self.add("warning", path, message, rule)

    def report(self, *, blocks: int, schema_version: str) -> Report:
        return Report(
            errors=tuple(self.errors),
            warnings=tuple(self.warnings),
            blocks=blocks,
            schema_version=schema_version,
        )
