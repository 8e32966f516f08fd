"""
The command line with hostile input and wrong usage: bounded reads, one-line errors, no traceback.

Most tests run the real command in a subprocess; the unexpected-error ones call `main`
in this process, to make a part of it fail on purpose.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

import newsmodel
from newsmodel.cli import _main as cli

Run = Callable[..., subprocess.CompletedProcess[bytes]]
_ENDLESS = "/dev/zero"


def test_version(run: Run) -> None:
    """``newsmodel --version`` prints the package's version and exits 0."""
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout.decode().strip() == f"newsmodel {newsmodel.__version__}"


@pytest.mark.parametrize("command", ["parse", "batch", "validate"])
def test_an_unknown_option_shows_the_subcommands_usage(run: Run, command: str) -> None:
    """An option the subcommand does not know is refused with that subcommand's usage line."""
    done = run(command, "--no-such-option", "a", "b")
    assert done.returncode == 2
    stderr = done.stderr.decode()
    assert stderr.startswith(f"usage: newsmodel {command} ")
    assert f"newsmodel {command}: error: unrecognized arguments: --no-such-option" in stderr


@pytest.mark.parametrize(
    ("command", "status"),
    [("parse", "130  interrupted\n"), ("batch", "3    a worker"), ("validate", "1    a file has")],
)
def test_each_subcommand_lists_its_own_exit_statuses(run: Run, command: str, status: str) -> None:
    """``--help`` lists the statuses that subcommand returns, and no other's."""
    text = run(command, "--help").stdout.decode()
    assert status in text
    assert "70   unexpected error" in text
    if command != "batch":
        assert "worker" not in text


@pytest.mark.skipif(not Path(_ENDLESS).exists(), reason="needs /dev/zero")
def test_an_endless_file_is_read_only_to_the_limit(tmp_path: Path) -> None:
    """/dev/zero stops at the byte limit with one line and exit 2, in little memory."""
    code = (
        "import resource, sys\n"
        "from newsmodel.cli import main\n"
        "status = main(['parse', '/dev/zero', '--max-chars', '1000000'])\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "sys.stdout.write(f'{status} {peak}')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, check=False, timeout=120, cwd=tmp_path
    )
    status, peak_kib = map(int, done.stdout.split())
    assert status == 2
    assert done.stderr.decode() == (
        "newsmodel parse: error: /dev/zero: expected at most 1,000,000 characters of text, "
        "got more than 4,000,003 bytes; raise the limit with --max-chars\n"
    )
    # The interpreter and the package take about 60 MiB; the 4 MB read adds its size once.
    assert peak_kib < 200 * 1024


def test_an_endless_stdin_is_read_only_to_the_limit() -> None:
    """A stream that never ends (``yes x | newsmodel parse -``) stops at the limit."""
    with subprocess.Popen(
        [sys.executable, "-m", "newsmodel", "parse", "-", "--max-chars", "1000"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdout=subprocess.PIPE,
    ) as process:
        assert process.stdin is not None
        try:
            while process.poll() is None:
                process.stdin.write(b"x\n" * 4096)
        except BrokenPipeError:
            pass
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 2
    assert b"-: expected at most 1,000 characters of text" in stderr


def test_max_chars_is_passed_to_the_parser(run: Run, tmp_path: Path) -> None:
    """A text within the byte bound but over --max-chars is refused naming --max-chars."""
    path = tmp_path / "a.txt"
    path.write_text("Ana Lou won the race on Sunday.", encoding="utf-8")
    done = run("parse", path, "--max-chars", "10")
    assert done.returncode == 2
    assert done.stderr.decode() == (
        f"newsmodel parse: error: {path}: Expected at most 10 characters of text, got 31; "
        "split the input or raise the limit with --max-chars\n"
    )
    assert run("parse", path, "--max-chars", "31").returncode == 0


@pytest.mark.parametrize("value", ["0", "-5", "ten"])
def test_max_chars_must_be_a_positive_number(run: Run, tmp_path: Path, value: str) -> None:
    """--max-chars 0 or a word is a usage error of the subcommand."""
    done = run("parse", tmp_path / "a.txt", "--max-chars", value)
    assert done.returncode == 2
    assert b"argument --max-chars: expected a positive whole number" in done.stderr


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        ("--url", "example.com/a", "--url: expected an absolute http(s) URL, got 'example.com/a'"),
        ("--language", "english!", "--language: expected a BCP 47 language tag"),
    ],
)
def test_a_bad_metadata_option_is_named_not_the_file(
    run: Run, tmp_path: Path, option: str, value: str, problem: str
) -> None:
    """A bad --url is reported as the option's mistake, not the input file's."""
    path = tmp_path / "a.txt"
    path.write_text("Ana Lou won.", encoding="utf-8")
    done = run("parse", path, option, value)
    assert done.returncode == 2
    assert done.stderr.decode().startswith(f"newsmodel parse: error: {problem}")
    assert str(path) not in done.stderr.decode()


def test_validate_checks_several_files(run: Run, tmp_path: Path) -> None:
    """Each file gets its report under its name; exit 1 when one has errors, 2 when one is missing."""
    good = tmp_path / "good.jsonld"
    good.write_text('{"@context": "https://schema.org", "@type": "Thing", "name": "x"}')
    bad = tmp_path / "bad.jsonld"
    bad.write_text('{"@context": "https://schema.org", "@type": "Nothing"}')
    done = run("validate", good, bad)
    assert done.returncode == 1
    out = done.stdout.decode()
    assert out.index(f"== {good}") < out.index(f"== {bad}")
    assert run("validate", good, good).returncode == 0
    missing = run("validate", good, tmp_path / "missing.json")
    assert missing.returncode == 2
    assert missing.stderr.decode().endswith("missing.json: no such file\n")
    both = orjson.loads(run("validate", "--json", good, bad).stdout)
    assert sorted(both) == sorted([str(good), str(bad)])


def test_validate_reports_a_deep_document_without_a_traceback(run: Run, tmp_path: Path) -> None:
    """100,000 opening brackets are one too-deep error, exit 1."""
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000)
    done = run("validate", deep)
    assert done.returncode == 1
    assert b"[too-deep]" in done.stdout
    assert b"Traceback" not in done.stderr


def test_validate_refuses_a_file_over_max_bytes(run: Run, tmp_path: Path) -> None:
    """A file over --max-bytes is one line naming the option, exit 2."""
    big = tmp_path / "big.json"
    big.write_text("{}" * 100)
    done = run("validate", big, "--max-bytes", "50")
    assert done.returncode == 2
    assert done.stderr.decode() == (
        f"newsmodel validate: error: {big}: expected at most 50 bytes, got more; "
        "raise the limit with --max-bytes\n"
    )


def test_batch_refuses_an_overlong_line_without_keeping_it(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """A JSON line longer than --max-chars allows is an error record; the others convert."""
    source = tmp_path / "in.jsonl"
    long_text = "Word " * 20_000  # 100 KB: over the 71,536 bytes a line may take here
    lines = [
        orjson.dumps({"id": 1, "text": articles[0]}),
        orjson.dumps({"id": 2, "text": long_text}),
        orjson.dumps({"id": 3, "text": articles[1]}),
    ]
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.jsonl"
    done = run("batch", source, out, "--max-chars", "1000", "--jobs", "1", "--quiet")
    assert done.returncode == 1
    assert [orjson.loads(line)["id"] for line in out.read_bytes().splitlines()] == [1, 3]
    errors = [
        orjson.loads(line) for line in out.with_suffix(".errors.jsonl").read_bytes().splitlines()
    ]
    assert [(e["record"], e["reason"]) for e in errors] == [(2, "too-large")]
    assert "raise the text limit with --max-chars" in errors[0]["message"]


def test_batch_reports_latin1_bytes_with_a_hint(run: Run, tmp_path: Path) -> None:
    """A JSON line in Latin-1 is an error record saying so, not an internal message."""
    source = tmp_path / "in.jsonl"
    source.write_bytes('{"id": 1, "text": "Café ouvert."}\n'.encode("latin-1"))
    out = tmp_path / "out.jsonl"
    assert run("batch", source, out, "--jobs", "1", "--quiet").returncode == 1
    error = orjson.loads(out.with_suffix(".errors.jsonl").read_bytes())
    assert error["reason"] == "not-utf8"
    assert "Windows-1252" in error["message"]
    assert "surrogates" not in error["message"]


def test_resume_refuses_another_format(run: Run, tmp_path: Path, articles: tuple[str, ...]) -> None:
    """--resume with another --format than the output holds is refused, and the file is kept."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(b"\n".join(orjson.dumps({"text": a}) for a in articles) + b"\n")
    out = tmp_path / "out.jsonl"
    assert run("batch", source, out, "--jobs", "1", "--quiet").returncode == 0
    before = out.read_bytes()
    done = run("batch", source, out, "--resume", "--format", "jsonld", "--jobs", "1")
    assert done.returncode == 2
    assert done.stderr.decode() == (
        f"newsmodel batch: error: {out}: holds --format model output, and this run asks for "
        "--format jsonld; resume with --format model, or write to another file\n"
    )
    assert out.read_bytes() == before
    assert run("batch", source, out, "--resume", "--jobs", "1", "--quiet").returncode == 0


def test_an_unexpected_error_is_one_line_with_a_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A bug shows one line, exit 70, and the hint to rerun with --debug, which shows the traceback."""
    path = tmp_path / "a.txt"
    path.write_text("Ana Lou won the race.", encoding="utf-8")

    def broken(*_: object, **__: object) -> bytes:
        msg = "something inside broke"
        raise ZeroDivisionError(msg)

    monkeypatch.setattr(cli, "dumps", broken)
    assert cli.main(["parse", str(path)]) == cli.EXIT_BUG
    assert capsys.readouterr().err == (
        "newsmodel parse: error: unexpected ZeroDivisionError: something inside broke; "
        "this is a bug in newsmodel: rerun with --debug to see the traceback, and report it\n"
    )
    with pytest.raises(ZeroDivisionError):
        cli.main(["parse", str(path), "--debug"])
    with pytest.raises(ZeroDivisionError):
        cli.main(["--debug", "parse", str(path)])


def test_stdin_limit_is_in_bytes_of_utf8() -> None:
    """The byte bound lets through any text of --max-chars characters, even in four-byte UTF-8."""
    text = "𝔸" * 50
    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "parse", "-", "--max-chars", "60"],
        input=f"Ana {text}".encode(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert newsmodel.loads(done.stdout).text == f"Ana {text}"
