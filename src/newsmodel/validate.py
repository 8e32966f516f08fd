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

import argparse
import json
import sys
from pathlib import Path

from newsmodel.lint._report import Issue, Report
from newsmodel.lint._run import validate


def main(argv: list[str] | None = None) -> int:
    """
    Run ``newsmodel validate FILE...``: print each file's report, exit 1 on errors.

    Exit status: 0 when no file has an error (or, with ``--strict``, a warning), 1 when
    one has, 2 when a file cannot be read.

    .. versionadded:: 0.1
    """
    parser = argparse.ArgumentParser(
        prog="newsmodel validate",
        description="Check schema.org JSON-LD (a .jsonld/.json file or an HTML page).",
    )
    parser.add_argument("files", nargs="+", type=Path, help="files to check; - reads stdin")
    parser.add_argument("--json", action="store_true", help="print the reports as JSON")
    parser.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = parser.parse_args(argv)
    status = 0
    results = {}
    for path in args.files:
        try:
            data = sys.stdin.buffer.read() if str(path) == "-" else path.read_bytes()
        except OSError as exc:
            sys.stderr.write(f"newsmodel validate: cannot read {path}: {exc.strerror}\n")
            return 2
        report = validate(data)
        results[str(path)] = report.to_dict()
        if report.errors or (args.strict and report.warnings):
            status = 1
        if not args.json:
            sys.stdout.write(f"== {path}\n{report}\n")
    if args.json:
        sys.stdout.write(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return status


__all__ = ["Issue", "Report", "main", "validate"]

if __name__ == "__main__":
    sys.exit(main())
