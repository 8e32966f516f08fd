"""
The ``newsmodel`` command: argument parsing, subcommands and exit codes.

Subcommands whose machinery is not installed (``jsonld``, ``html``, ``validate``) are
not registered at all, rather than registered and failing when used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import orjson

import newsmodel
from newsmodel._limits import MAX_CHARS, MAX_DOCUMENT_BYTES, MAX_LINT_DEPTH
from newsmodel.batch import BatchOptions, errors_path, run
from newsmodel.batch._convert import TEXT_FIELDS, optional
from newsmodel.batch._io import UnreadableError, decode, read_bytes, read_text
from newsmodel.errors import ModelError, NewsmodelError
from newsmodel.model import Article
from newsmodel.serialize import dumps

#: Exit statuses, documented in each subcommand's ``--help`` and docs/cli.md.
EXIT_OK = 0
EXIT_FAILED = 1  # batch: some articles failed; validate: the document has errors
EXIT_INPUT = 2  # bad usage, or an input that cannot be read or parsed at all
EXIT_CRASHED = 3  # batch: a worker process died (killed, out of memory)
EXIT_BUG = 70  # an unexpected error: a bug in newsmodel (EX_SOFTWARE in sysexits.h)
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report it (128 + SIGINT)

_USAGE = "  2    usage error, or an input missing, undecodable, too large or empty\n"
_BUG = "  70   unexpected error (a bug: rerun with --debug and report the traceback)\n"
#: The exit statuses each subcommand can return, shown in its ``--help``.
EXIT_HELP = {
    "single": "exit status:\n  0    success\n"
    + _USAGE.replace(" or empty\n", ", empty or rejected by the parser\n")
    + _BUG
    + "  130  interrupted\n",
    "validate": "exit status:\n"
    "  0    no file has an error (with --strict: nor a warning)\n"
    "  1    a file has errors (with --strict: or warnings)\n"
    + _USAGE
    + _BUG
    + "  130  interrupted\n",
    "batch": "exit status:\n"
    "  0    every article converted\n"
    "  1    some articles failed (see the errors file)\n"
    + _USAGE.replace("empty\n", "empty, or an output that cannot be written\n")
    + "  3    a worker process died (rerun with --resume to continue)\n"
    + _BUG
    + "  130  interrupted (rerun with --resume to continue)\n",
}
#: Every status, for ``newsmodel --help``.
EXIT_CODES = """\
exit status:
  0    success
  1    batch: some articles failed (see the errors file); validate: errors found
  2    usage error, or an input missing, undecodable, too large, empty or rejected by the parser
  3    batch: a worker process died (rerun with --resume to continue)
  70   unexpected error (a bug: rerun with --debug and report the traceback)
  130  interrupted (batch: rerun with --resume to continue)
"""

PARSE_EXAMPLE = """\
example:
  newsmodel parse article.txt --indent --url https://example.com/news/1
  cat article.txt | newsmodel parse - > article.json
"""
JSONLD_EXAMPLE = """\
example:
  newsmodel jsonld article.txt --published 2024-05-01T09:30:00+00:00 --indent
"""
NINJS_EXAMPLE = """\
example:
  newsmodel ninjs article.txt --url https://example.com/news/1 --author "Jane Doe" --indent
  newsmodel ninjs article.txt --standard 2.2 > article.ninjs.json
"""
META_EXAMPLE = """\
example:
  newsmodel meta article.txt --url https://example.com/news/1 --image https://example.com/a.jpg
"""
SITEMAP_EXAMPLE = """\
example:
  newsmodel batch articles/ results.jsonl && newsmodel sitemap results.jsonl \\
      --publication "The Example Times" --language en > news-sitemap.xml

Each line of IN is a batch result ({"id": ..., "article": {...}}), an article's JSON
(newsmodel parse), or a batch input record ({"text": ..., "url": ..., "published": ...}).
"""
HTML_EXAMPLE = """\
example:
  newsmodel html article.txt --url https://example.com/news/1 > snippet.html
  newsmodel html article.txt --microdata > article.html
"""
VALIDATE_EXAMPLE = """\
example:
  newsmodel jsonld article.txt > article.jsonld && newsmodel validate article.jsonld
  newsmodel validate page.html article.jsonld
"""
BATCH_EXAMPLE = """\
example:
  newsmodel batch articles/ results.jsonl              # a folder of .txt files
  newsmodel batch corpus.jsonl results.jsonl --format jsonld --jobs 4
  newsmodel batch corpus.jsonl results.jsonl --resume  # continue a killed run

Each JSON Lines input record is {"id": ..., "text": ..., "url": ..., "published": ...};
failures go to OUT's errors file (results.errors.jsonl), one line each.
"""


class _Failure(Exception):
    """Stop the command with a one-line message on stderr and an exit status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


def _published(value: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.utcoffset() is None:
        msg = f"expected an ISO 8601 date-time with a UTC offset such as 2024-05-01T09:30:00+00:00, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return moment


def _positive(value: str) -> int:
    """A count the user typed: a whole number of at least 1, with optional ``_``."""
    try:
        number = int(value.replace("_", ""))
    except ValueError:
        number = 0
    if number < 1:
        msg = f"expected a positive whole number, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return number


def _max_chars(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-chars",
        type=_positive,
        default=MAX_CHARS,
        metavar="N",
        help=f"refuse an article longer than N characters (default: {MAX_CHARS:,})",
    )


def _metadata_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("metadata (single articles)")
    group.add_argument(
        "--published", type=_published, metavar="DATETIME", help="ISO 8601 with offset"
    )
    group.add_argument(
        "--modified", type=_published, metavar="DATETIME", help="ISO 8601 with offset"
    )
    group.add_argument("--url", help="the article's canonical absolute URL")
    group.add_argument("--language", metavar="TAG", help="BCP 47 language tag, such as en or pt-BR")
    group.add_argument("--section", help="the newspaper section, such as Politics")
    group.add_argument("--headline", help="the headline (the text's first line stays in the body)")
    group.add_argument(
        "--author", action="append", dest="authors", metavar="NAME", help="an author (repeatable)"
    )
    group.add_argument("--publisher", metavar="NAME", help="the publishing organization's name")
    group.add_argument("--image", metavar="URL", help="the lead picture's absolute URL")
    group.add_argument(
        "--keyword", action="append", dest="keywords", metavar="WORD", help="a keyword (repeatable)"
    )


def _single(parser: argparse.ArgumentParser, *, indent: bool = True) -> None:
    parser.add_argument("file", metavar="FILE", help="UTF-8 text of one article; - reads stdin")
    if indent:
        parser.add_argument("--indent", action="store_true", help="pretty-print the JSON")
    _max_chars(parser)
    _metadata_options(parser)


#: The options a CMS passes besides the batch records' fields: they go to ``parse()`` as named.
_CMS_FIELDS = ("headline", "authors", "publisher", "image", "keywords")


def _check_metadata(args: argparse.Namespace) -> None:
    """Refuse a bad metadata option by its own name, before the input is read."""
    for name in TEXT_FIELDS:
        value = getattr(args, name, None)
        if value is None:
            continue
        try:
            Article(text="x", **{name: value})
        except ModelError as exc:
            problem = "; ".join(p.removeprefix(f"{name}: ") for p in exc.problems)
            raise _Failure(f"--{name}: {problem}", EXIT_INPUT) from None


def _article(args: argparse.Namespace) -> Article:
    parse = optional("newsmodel.parser", "parse")
    if parse is None:  # pragma: no cover - only while the parser is being written
        raise _Failure("newsmodel.parse() is not available in this install", EXIT_INPUT)
    _check_metadata(args)
    text = read_text(args.file, args.max_chars)
    options: dict[str, Any] = {
        name: getattr(args, name)
        for name in (*TEXT_FIELDS, *_CMS_FIELDS, "published", "modified")
        if getattr(args, name) is not None
    }
    try:
        article: Article = parse(text, max_chars=args.max_chars, **options)
    except NewsmodelError as exc:
        message = str(exc).replace("parse(..., max_chars=...)", "--max-chars")
        raise _Failure(f"{args.file}: {message}", EXIT_INPUT) from None
    return article


def _write(data: bytes) -> None:
    sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")


def _cmd_parse(args: argparse.Namespace) -> int:
    _write(dumps(_article(args), indent=args.indent))
    return EXIT_OK


def _cmd_jsonld(args: argparse.Namespace) -> int:
    to_jsonld = optional("newsmodel.jsonld", "to_jsonld")
    if to_jsonld is None:  # pragma: no cover - the subcommand is only registered with it
        raise _Failure("newsmodel.jsonld is not installed", EXIT_INPUT)
    option = orjson.OPT_INDENT_2 if args.indent else 0
    _write(orjson.dumps(to_jsonld(_article(args)), option=option))
    return EXIT_OK


def _cmd_html(args: argparse.Namespace) -> int:
    render = optional("newsmodel.html", "render_article" if args.microdata else "script_tag")
    if render is None:  # pragma: no cover - the subcommand is only registered with it
        raise _Failure("newsmodel.html is not installed", EXIT_INPUT)
    markup = render(_article(args))
    _write(markup.encode() if isinstance(markup, str) else markup)
    return EXIT_OK


def _cmd_ninjs(args: argparse.Namespace) -> int:
    from newsmodel.ninjs import to_ninjs  # noqa: PLC0415 - loaded for this command only

    option = orjson.OPT_INDENT_2 if args.indent else 0
    _write(orjson.dumps(to_ninjs(_article(args), version=args.standard), option=option))
    return EXIT_OK


def _cmd_meta(args: argparse.Namespace) -> int:
    from newsmodel.meta import meta_tags  # noqa: PLC0415 - loaded for this command only

    _write(meta_tags(_article(args), twitter_site=args.twitter_site).encode())
    return EXIT_OK


#: The most a sitemap's input is read: 1,000 articles of 256 KiB of JSON each.
SITEMAP_BYTES = 1_000 * 256 * 1_024


def _sitemap_article(line: bytes, where: str) -> Article:
    """A batch result, an article's JSON, or a batch input record (parsed) from one line."""
    from newsmodel.batch._convert import article_of  # noqa: PLC0415
    from newsmodel.serialize import from_dict  # noqa: PLC0415

    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise _Failure(f"{where}: expected a JSON object per line: {exc}", EXIT_INPUT) from None
    if not isinstance(record, dict):
        raise _Failure(f"{where}: expected a JSON object per line", EXIT_INPUT)
    try:
        if isinstance(record.get("article"), dict):
            return from_dict(record["article"])
        return from_dict(record) if "schema_version" in record else article_of(record)
    except NewsmodelError as exc:
        raise _Failure(f"{where}: {exc}", EXIT_INPUT) from None


def _cmd_sitemap(args: argparse.Namespace) -> int:
    from newsmodel.sitemap import news_sitemap  # noqa: PLC0415 - loaded for this command only

    problem = (
        f"expected at most {SITEMAP_BYTES:,} bytes, got more; a sitemap holds at most 1,000 "
        "articles: split the input"
    )
    lines = read_bytes(args.input, SITEMAP_BYTES, problem).splitlines()
    articles = [
        _sitemap_article(line, f"{args.input}:{number}")
        for number, line in enumerate(lines, 1)
        if line.strip()
    ]
    try:
        xml = news_sitemap(articles, publication_name=args.publication, language=args.language)
    except NewsmodelError as exc:
        raise _Failure(f"{args.input}: {exc}", EXIT_INPUT) from None
    _write(xml.encode())
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace) -> int:
    validate = optional("newsmodel.validate", "validate")
    if validate is None:  # pragma: no cover - the subcommand is only registered with it
        raise _Failure("newsmodel.validate is not installed", EXIT_INPUT)
    status = EXIT_OK
    reports: dict[str, Any] = {}
    several = len(args.files) > 1
    for name in args.files:
        try:
            problem = (
                f"expected at most {args.max_bytes:,} bytes, got more; "
                "raise the limit with --max-bytes"
            )
            text = decode(read_bytes(name, args.max_bytes, problem), name)
        except UnreadableError as exc:
            if not several:
                raise
            sys.stderr.write(f"newsmodel validate: error: {exc}\n")
            status = EXIT_INPUT
            continue
        report = validate(text, max_bytes=args.max_bytes, max_depth=args.max_depth)
        reports[name] = report.to_dict()
        if not args.json:
            _write((f"== {name}\n" if several else "").encode() + str(report).encode())
        if report.errors or (args.strict and report.warnings):
            status = max(status, EXIT_FAILED)
    if args.json:
        data = reports if several else next(iter(reports.values()))
        _write(orjson.dumps(data, option=orjson.OPT_INDENT_2))
    return status


def _cores() -> int:
    """The cores this process may use (fewer than the machine's in a container or cgroup)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1  # pragma: no cover - macOS and Windows


def _cmd_batch(args: argparse.Namespace) -> int:
    output = Path(args.output)
    if args.output == "-" or output.is_dir():
        raise _Failure(f"{args.output}: expected an output file path", EXIT_INPUT)
    errors = Path(args.errors) if args.errors else errors_path(output)
    if errors.resolve() == output.resolve():
        raise _Failure(f"{args.errors}: the errors file must differ from OUT", EXIT_INPUT)
    options = BatchOptions(
        source=args.input,
        output=output,
        errors=errors,
        format=args.format,
        jobs=args.jobs or _cores(),
        ordered=not args.unordered,
        resume=args.resume,
        progress=not args.quiet and sys.stderr.isatty(),
        max_chars=args.max_chars,
    )
    try:
        summary = run(options)
    except OSError as exc:
        raise _Failure(f"{exc.filename}: cannot write: {exc.strerror}", EXIT_INPUT) from None
    except BrokenProcessPool:
        msg = "a worker process died (killed, out of memory?); rerun with --resume to continue"
        raise _Failure(msg, EXIT_CRASHED) from None
    except KeyboardInterrupt:
        msg = f"interrupted; every finished article is in {output} or {errors}: rerun with --resume"
        raise _Failure(msg, EXIT_INTERRUPTED) from None
    failed = summary.failed + summary.previous_failed
    if not args.quiet:
        done = summary.ok + summary.failed
        resumed = summary.previous_ok + summary.previous_failed
        note = f" (after {resumed:,} already done)" if args.resume else ""
        where = f" (see {errors})" if failed else ""
        sys.stderr.write(
            f"newsmodel batch: {summary.ok + summary.previous_ok:,} ok, {failed:,} failed{where}; "
            f"converted {done:,}{note} in {summary.seconds:.1f} s, {summary.rate:,.0f} articles/s\n"
        )
    return EXIT_FAILED if failed else EXIT_OK


def _common() -> argparse.ArgumentParser:
    """The options every subcommand takes, shared as a parent parser."""
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("troubleshooting")
    group.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS,
        help="show the traceback of an unexpected error",
    )
    return common


def _add(
    commands: Any,
    name: str,
    summary: str,
    example: str,
    handler: Callable[..., int],
    *,
    exits: str = "single",
) -> argparse.ArgumentParser:
    parser: argparse.ArgumentParser = commands.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=example + "\n" + EXIT_HELP[exits],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common()],
    )
    # The subcommand's own error(), for options only it could have known.
    parser.set_defaults(handler=handler, usage_error=parser.error)
    return parser


def build_parser() -> argparse.ArgumentParser:
    """Build the ``newsmodel`` argument parser with the subcommands this install supports."""
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Parse plain news text into a typed article and publish it as schema.org JSON-LD.",
        epilog=PARSE_EXAMPLE + "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_common()],
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {newsmodel.__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _single(_add(commands, "parse", "print the article model as JSON", PARSE_EXAMPLE, _cmd_parse))
    if optional("newsmodel.jsonld", "to_jsonld"):
        summary = "print the article as schema.org JSON-LD"
        _single(_add(commands, "jsonld", summary, JSONLD_EXAMPLE, _cmd_jsonld))
    if optional("newsmodel.html", "script_tag"):
        summary = "print the embeddable <script type=application/ld+json> markup"
        markup = _add(commands, "html", summary, HTML_EXAMPLE, _cmd_html)
        _single(markup, indent=False)
        help_ = "print the whole <article> with schema.org microdata instead"
        markup.add_argument("--microdata", action="store_true", help=help_)
    ninjs = _add(commands, "ninjs", "print the article as IPTC ninjs", NINJS_EXAMPLE, _cmd_ninjs)
    _single(ninjs)
    ninjs.add_argument("--standard", choices=["3.1", "2.2"], default="3.1", help="default: 3.1")
    summary = "print the Open Graph and Twitter Card <meta> tags"
    meta = _add(commands, "meta", summary, META_EXAMPLE, _cmd_meta)
    _single(meta, indent=False)
    meta.add_argument("--twitter-site", metavar="@ACCOUNT", help="the site's X (Twitter) account")
    summary = "print a Google News sitemap of articles in JSON Lines"
    sitemap = _add(commands, "sitemap", summary, SITEMAP_EXAMPLE, _cmd_sitemap)
    sitemap.add_argument(
        "input", metavar="IN", help="a .jsonl file of at most 1,000 articles, or -"
    )
    sitemap.add_argument(
        "--publication", required=True, metavar="NAME", help="as the site shows it"
    )
    sitemap.add_argument("--language", required=True, metavar="CODE", help="ISO 639, such as en")
    if optional("newsmodel.validate", "validate"):
        summary = "check JSON-LD documents or HTML pages' structured data"
        check = _add(
            commands, "validate", summary, VALIDATE_EXAMPLE, _cmd_validate, exits="validate"
        )
        check.add_argument(
            "files",
            nargs="+",
            metavar="FILE",
            help="a .jsonld/.json file or an HTML page; - reads stdin",
        )
        check.add_argument("--json", action="store_true", help="print the report as JSON")
        check.add_argument("--strict", action="store_true", help="fail on warnings too")
        check.add_argument(
            "--max-bytes",
            type=_positive,
            default=MAX_DOCUMENT_BYTES,
            metavar="N",
            help=f"refuse a file longer than N bytes (default: {MAX_DOCUMENT_BYTES:,})",
        )
        check.add_argument(
            "--max-depth",
            type=_positive,
            default=MAX_LINT_DEPTH,
            metavar="N",
            help=f"report a document nested deeper than N levels (default: {MAX_LINT_DEPTH})",
        )
    batch = _add(
        commands,
        "batch",
        "convert many articles to JSON Lines",
        BATCH_EXAMPLE,
        _cmd_batch,
        exits="batch",
    )
    batch.add_argument("input", metavar="IN", help="a folder of .txt files, a .jsonl file, or -")
    batch.add_argument("output", metavar="OUT", help="the JSON Lines file of results")
    formats = ["model", "jsonld"] if optional("newsmodel.jsonld", "to_jsonld") else ["model"]
    batch.add_argument("--format", choices=formats, default="model", help="default: model")
    batch.add_argument("--errors", metavar="PATH", help="errors file (default: OUT.errors.jsonl)")
    batch.add_argument("--jobs", "-j", type=_positive, help="worker processes (default: all cores)")
    batch.add_argument("--unordered", action="store_true", help="write results as they finish")
    batch.add_argument("--resume", action="store_true", help="continue an interrupted run")
    batch.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary")
    _max_chars(batch)
    return parser


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """
    Parse the command line; an unknown option is reported with its subcommand's usage.

    argparse hands what a subcommand does not know back to the top-level parser, whose
    usage line would not show the subcommand's options.
    """
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        args.usage_error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the ``newsmodel`` command and return its exit status (see ``newsmodel --help``).

    Never a traceback: an error newsmodel expects is one line on stderr, and so is an
    unexpected one, with the hint to rerun with ``--debug``, which shows its traceback.

    .. versionadded:: 0.1
    """
    args = _parse_args(argv)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UnreadableError as exc:
        message, status = str(exc), EXIT_INPUT
    except _Failure as exc:
        message, status = str(exc), exc.status
    except NewsmodelError as exc:
        message, status = str(exc), EXIT_INPUT
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED
    except KeyboardInterrupt:
        message, status = "interrupted", EXIT_INTERRUPTED
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        first = (str(exc).splitlines() or [""])[0][:200]
        message = (
            f"unexpected {type(exc).__name__}: {first}; this is a bug in newsmodel: "
            "rerun with --debug to see the traceback, and report it"
        )
        status = EXIT_BUG
    sys.stderr.write(f"newsmodel {args.command}: error: {message}\n")
    return status
