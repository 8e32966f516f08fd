"""The single-article subcommands, run as real processes: parse, jsonld, html, validate."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

import newsmodel
from newsmodel.cli import main

Run = Callable[..., subprocess.CompletedProcess[bytes]]


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


needs_jsonld = pytest.mark.skipif(not _has("newsmodel.jsonld"), reason="newsmodel.jsonld missing")
needs_html = pytest.mark.skipif(not _has("newsmodel.html"), reason="newsmodel.html missing")
needs_validate = pytest.mark.skipif(
    not _has("newsmodel.validate"), reason="newsmodel.validate missing"
)


def test_parse_prints_the_model(run: Run, sample: Path) -> None:
    """`newsmodel parse FILE` prints JSON that loads back as the same article as parse()."""
    done = run("parse", sample)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    article = newsmodel.loads(done.stdout)
    assert article.text == sample.read_text(encoding="utf-8")
    assert article.headline


def test_parse_reads_stdin_with_metadata(run: Run, articles: tuple[str, ...]) -> None:
    """`parse -` reads stdin, and the metadata options reach the article."""
    done = run(
        "parse",
        "-",
        "--indent",
        "--url",
        "https://example.com/news/1",
        "--published",
        "2024-05-01T09:30:00+02:00",
        "--language",
        "en",
        stdin=articles[0].encode(),
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(b"{\n  ")
    article = newsmodel.loads(done.stdout)
    assert article.url == "https://example.com/news/1"
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-01T09:30:00+02:00"
    assert article.language == "en"


def test_bom_and_crlf_are_normalised(run: Run, tmp_path: Path, articles: tuple[str, ...]) -> None:
    """A file with a BOM and CRLF line endings parses as the same text with LF endings."""
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbf" + articles[1].replace("\n", "\r\n").encode())
    done = run("parse", path)
    assert done.returncode == 0, done.stderr
    assert newsmodel.loads(done.stdout).text == articles[1]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, b"no such file"),
        (b"Caf\xe9 au lait\n", b"expected UTF-8 text, got byte 0xe9 at offset 3"),
        (b"", b"empty file"),
        (b" \r\n\t\n", b"expected article text, got only white space"),
        ("Hi there".encode("utf-16"), b"UTF-16 byte order mark: decode them as 'utf-16'"),
    ],
    ids=["missing", "undecodable", "empty", "blank", "utf-16"],
)
def test_unreadable_file_is_one_line_exit_2(
    run: Run, tmp_path: Path, content: bytes | None, expected: bytes
) -> None:
    """A missing, undecodable, empty or blank file gives exit 2 and one stderr line naming it."""
    path = tmp_path / "article.txt"
    if content is not None:
        path.write_bytes(content)
    done = run("parse", path)
    assert done.returncode == 2
    assert done.stdout == b""
    assert done.stderr.count(b"\n") == 1
    assert done.stderr.startswith(b"newsmodel parse: error: " + str(path).encode() + b": ")
    assert expected in done.stderr
    assert b"Traceback" not in done.stderr


def test_parser_refusal_is_one_line_exit_2(run: Run, tmp_path: Path) -> None:
    """Text the parser refuses (here, over its size limit) is exit 2 with its message."""
    path = tmp_path / "huge.txt"
    path.write_text("Word. " * 200_000, encoding="utf-8")
    done = run("parse", path)
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1
    assert b"characters" in done.stderr
    assert b"Traceback" not in done.stderr


def test_a_folder_is_not_an_article(run: Run, tmp_path: Path) -> None:
    """Passing a folder to parse is an input error, not a traceback."""
    done = run("parse", tmp_path)
    assert done.returncode == 2
    assert b"is a folder" in done.stderr


def test_bad_metadata_is_a_usage_error(run: Run, sample: Path) -> None:
    """A date without a UTC offset is refused by argparse with exit 2 and a hint."""
    done = run("parse", sample, "--published", "2024-05-01T09:30")
    assert done.returncode == 2
    assert b"UTC offset" in done.stderr
    assert b"Traceback" not in done.stderr


def test_unknown_command_is_a_usage_error(run: Run) -> None:
    """An unknown subcommand exits 2 with argparse's usage message."""
    done = run("frobnicate")
    assert done.returncode == 2
    assert b"usage: newsmodel" in done.stderr


@pytest.mark.parametrize("command", ["parse", "batch"])
def test_help_shows_an_example_and_exit_codes(run: Run, command: str) -> None:
    """Every subcommand's --help shows an example and the exit codes."""
    done = run(command, "--help")
    assert done.returncode == 0
    assert f"newsmodel {command} ".encode() in done.stdout.split(b"example:")[1]
    assert b"exit status:" in done.stdout


def test_main_runs_in_process(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`newsmodel.cli.main()` takes argv and returns the exit status instead of exiting."""
    assert main(["parse", str(sample.with_name("no-such-article.txt"))]) == 2
    assert "no such file" in capsys.readouterr().err


def test_console_script(run: Run, sample: Path) -> None:
    """The installed `newsmodel` script, next to the venv's python, behaves as -m newsmodel."""
    script = Path(sys.executable).parent / "newsmodel"
    if not script.exists():
        pytest.skip("the newsmodel console script is not installed in this environment")
    done = run("parse", sample, command=str(script))
    assert done.returncode == 0, done.stderr
    assert done.stdout == run("parse", sample).stdout
    assert (
        run("parse", sample.with_name("no-such-article.txt"), command=str(script)).returncode == 2
    )


@needs_jsonld
def test_jsonld_prints_schema_org(run: Run, sample: Path) -> None:
    """`newsmodel jsonld FILE` prints a NewsArticle, pretty with --indent."""
    done = run("jsonld", sample, "--url", "https://example.com/news/1", "--indent")
    assert done.returncode == 0, done.stderr
    document = orjson.loads(done.stdout)
    assert "NewsArticle" in str(document)
    assert done.stdout.startswith(b"{\n  ")
    assert run("jsonld", sample.with_name("no-such-article.txt")).returncode == 2


@needs_jsonld
def test_jsonld_help_has_example(run: Run) -> None:
    """`newsmodel jsonld --help` shows an example."""
    assert b"newsmodel jsonld article.txt" in run("jsonld", "--help").stdout


@needs_html
def test_html_prints_a_script_tag(run: Run, sample: Path) -> None:
    """`newsmodel html FILE` prints markup with an application/ld+json script."""
    done = run("html", sample)
    assert done.returncode == 0, done.stderr
    assert b"application/ld+json" in done.stdout
    assert b"newsmodel html article.txt" in run("html", "--help").stdout
    microdata = run("html", sample, "--microdata")
    assert microdata.returncode == 0, microdata.stderr
    assert microdata.stdout.startswith(b"<article")
    assert b"itemtype" in microdata.stdout
    assert run("html", sample.with_name("no-such-article.txt")).returncode == 2


@needs_validate
def test_validate_accepts_a_good_document(run: Run, tmp_path: Path) -> None:
    """`newsmodel validate` exits 0 on a document without errors."""
    path = tmp_path / "good.jsonld"
    document = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Harbour bridge reopens",
        "datePublished": "2024-05-01T09:30:00+00:00",
    }
    path.write_bytes(orjson.dumps(document))
    done = run("validate", path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert b"newsmodel validate FILE" not in done.stdout
    assert b"newsmodel validate page.html" in run("validate", "--help").stdout


@needs_validate
def test_validate_exits_1_on_errors(run: Run, tmp_path: Path) -> None:
    """`newsmodel validate` exits 1 and prints the problems when the document has errors."""
    path = tmp_path / "bad.jsonld"
    path.write_bytes(orjson.dumps({"@context": "https://schema.org", "@type": "NoSuchType"}))
    done = run("validate", path)
    assert done.returncode == 1
    assert b"NoSuchType" in done.stdout


@needs_validate
def test_validate_unreadable_file(run: Run, tmp_path: Path) -> None:
    """`newsmodel validate` on a missing or undecodable file exits 2 with one line."""
    missing = run("validate", tmp_path / "none.jsonld")
    assert missing.returncode == 2
    assert missing.stderr.count(b"\n") == 1
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"<html>\xff</html>")
    undecodable = run("validate", bad)
    assert undecodable.returncode == 2
    assert b"expected UTF-8" in undecodable.stderr


@needs_jsonld
@needs_validate
def test_jsonld_output_validates(run: Run, sample: Path, tmp_path: Path) -> None:
    """What `newsmodel jsonld` prints passes `newsmodel validate` without errors."""
    path = tmp_path / "sample.jsonld"
    path.write_bytes(run("jsonld", sample, "--url", "https://example.com/news/1").stdout)
    done = run("validate", path)
    assert done.returncode == 0, done.stdout
