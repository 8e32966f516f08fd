"""
Lint schema.org JSON-LD: types, properties and value types, plus Google's Article advice.

`validate` takes a parsed document, its JSON text, or an HTML page, and needs nothing
beyond the standard library and the compact schema.org table shipped with newsmodel
(derived by ``tools/build_schema_table.py``; ``Report.schema_version`` names the release).

>>> report = validate({"@context": "https://schema.org", "@type": "NewsArticle",
...                    "headline": "Hello", "datePublished": "2019-07-25",
...                    "author": {"@type": "Person", "name": "By Jane Doe"}})
>>> report.ok
False
>>> print(report.errors[0])
$.author.name: 'By Jane Doe' is a byline; give only the name [author-name-byline]
>>> [issue.rule for issue in report.warnings]
['image-missing', 'date-timezone']
"""

from __future__ import annotations

import sys

from newsmodel.lint._report import Issue, Report
from newsmodel.lint._run import validate


def main(argv: list[str] | None = None) -> int:
    """
    Run ``newsmodel validate FILE...``: print each file's report, exit 1 on errors.

    The same command as ``newsmodel validate``; see its ``--help`` for the options.
    Exit status: 0 when no file has an error (or, with ``--strict``, a warning), 1 when
    one has, 2 when a file cannot be read.

    .. versionadded:: 0.1
    """
    from newsmodel.cli import main as cli  # noqa: PLC0415 - the linter alone imports no CLI

    return cli(["validate", *(sys.argv[1:] if argv is None else argv)])


__all__ = ["Issue", "Report", "main", "validate"]

if __name__ == "__main__":
    sys.exit(main())
