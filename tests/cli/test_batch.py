"""`newsmodel batch`, run as a real process: nothing lost, ordered, repeatable, resumable."""

from __future__ import annotations

import contextlib
import fcntl
import importlib.util
import os
import pty
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

import orjson
import pytest

import newsmodel

Run = Callable[..., subprocess.CompletedProcess[bytes]]

needs_jsonld = pytest.mark.skipif(
    importlib.util.find_spec("newsmodel.jsonld") is None, reason="newsmodel.jsonld missing"
)


def _records(path: Path) -> list[dict[str, object]]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def _mixed(articles: tuple[str, ...]) -> list[bytes]:
    """Good records, each kind of bad record, and a line with CRLF, in a known order."""
    good = [
        orjson.dumps(
            {"id": f"good-{i}", "text": text, "url": f"https://example.com/{i}", "published": None}
        )
        for i, text in enumerate(articles)
    ]
    return [
        good[0],
        b"this is not JSON",
        orjson.dumps({"id": "no-text", "url": "https://example.com/x"}),
        good[1],
        orjson.dumps({"id": "number", "text": 42}),
        b"",
        orjson.dumps(["a", "list"]),
        orjson.dumps({"id": "empty", "text": ""}),
        orjson.dumps({"id": "bad-date", "text": articles[0], "published": "yesterday"}),
        b'{"id": "bad-utf8", "text": "caf\xe9"}',
        good[2] + b"\r",
        orjson.dumps({"id": "dated", "text": articles[1], "published": "2024-05-01T09:30:00Z"}),
    ]


GOOD_IDS = ["good-0", "good-1", "good-2", "dated"]
BAD_COUNT = 8


def _write(path: Path, lines: list[bytes]) -> Path:
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_record_is_accounted_for(
    run: Run, tmp_path: Path, articles: tuple[str, ...], jobs: str
) -> None:
    """Each input line ends up in exactly one of output and errors, good ones in order."""
    source = _write(tmp_path / "in.jsonl", _mixed(articles))
    done = run("batch", source, tmp_path / "out.jsonl", "--jobs", jobs)
    assert done.returncode == 1  # some records failed
    assert f"4 ok, {BAD_COUNT} failed".encode() in done.stderr
    ok = _records(tmp_path / "out.jsonl")
    failed = _records(tmp_path / "out.errors.jsonl")
    numbers = sorted(r["record"] for r in ok + failed)  # type: ignore[type-var]
    assert numbers == list(range(1, 13))
    assert [r["id"] for r in ok] == GOOD_IDS
    assert [r["record"] for r in ok] == [1, 4, 11, 12]
    assert all({"record", "id", "error", "reason", "message"} <= r.keys() for r in failed)
    by_id = {r["id"]: r for r in failed}
    assert "UTC offset" in str(by_id["bad-date"]["message"])
    assert by_id["no-text"]["reason"] == "no-text"
    article = newsmodel.from_dict(ok[0]["article"])
    assert article.text == articles[0]
    assert newsmodel.from_dict(ok[3]["article"]).published is not None


def test_output_is_byte_identical_across_runs_and_jobs(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """Re-running gives byte-identical files, whatever --jobs is."""
    source = _write(tmp_path / "in.jsonl", _mixed(articles) * 30)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        assert run("batch", source, out, "-j", jobs, "-q").returncode == 1
        outputs.append((out.read_bytes(), (tmp_path / f"out{jobs}.errors.jsonl").read_bytes()))
    assert outputs[0] == outputs[1]
    assert outputs[0][0].count(b"\n") == 4 * 30


def test_unordered_writes_the_same_records(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """--unordered writes the same lines as an ordered run, possibly in another order."""
    source = _write(tmp_path / "in.jsonl", _mixed(articles) * 30)
    run("batch", source, tmp_path / "a.jsonl", "-q")
    run("batch", source, tmp_path / "b.jsonl", "-q", "--unordered", "-j", "2")
    for name in ("{}.jsonl", "{}.errors.jsonl"):
        ordered = (tmp_path / name.format("a")).read_bytes().splitlines()
        unordered = (tmp_path / name.format("b")).read_bytes().splitlines()
        assert sorted(ordered) == sorted(unordered)


def test_folder_of_text_files(run: Run, tmp_path: Path, articles: tuple[str, ...]) -> None:
    """A folder's .txt files (sorted, with subfolders) convert; bad files go to errors."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(articles[0], encoding="utf-8")
    (folder / "sub" / "a.txt").write_bytes(b"\xef\xbb\xbf" + articles[1].encode())
    (folder / "a.txt").write_bytes(b"\xff\xfe not utf-8")
    (folder / "c.txt").write_bytes(b"")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    done = run("batch", folder, tmp_path / "out.jsonl", "--errors", tmp_path / "bad.jsonl")
    assert done.returncode == 1
    ok = _records(tmp_path / "out.jsonl")
    failed = _records(tmp_path / "bad.jsonl")
    assert [(r["record"], r["id"]) for r in ok] == [(2, "b.txt"), (4, "sub/a.txt")]
    assert [(r["id"], r["reason"]) for r in failed] == [("a.txt", "not-utf8"), ("c.txt", "empty")]
    assert newsmodel.from_dict(ok[1]["article"]).text == articles[1]


def test_stdin_and_all_good_exit_0(run: Run, tmp_path: Path, articles: tuple[str, ...]) -> None:
    """`batch -` reads stdin; when every article converts the exit status is 0."""
    lines = [orjson.dumps({"id": i, "text": text}) for i, text in enumerate(articles)]
    done = run("batch", "-", tmp_path / "out.jsonl", stdin=b"\n".join(lines))
    assert done.returncode == 0, done.stderr
    assert b"3 ok, 0 failed" in done.stderr
    assert (tmp_path / "out.errors.jsonl").read_bytes() == b""
    assert [r["id"] for r in _records(tmp_path / "out.jsonl")] == [0, 1, 2]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("missing.jsonl", b"no such file or folder"),
        ("empty.jsonl", b"expected JSON Lines, got an empty file"),
        ("folder", b"expected .txt files, found none"),
    ],
)
def test_unusable_input_is_one_line_exit_2(
    run: Run, tmp_path: Path, name: str, expected: bytes
) -> None:
    """A missing or empty input, or a folder without .txt files, is exit 2 and one line."""
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "folder").mkdir()
    source = tmp_path / name
    done = run("batch", source, tmp_path / "out.jsonl")
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1
    assert done.stderr.startswith(b"newsmodel batch: error: " + str(source).encode())
    assert expected in done.stderr


def test_unwritable_output_is_exit_2(run: Run, tmp_path: Path, articles: tuple[str, ...]) -> None:
    """An output in a folder that does not exist is a one-line error, exit 2."""
    source = _write(tmp_path / "in.jsonl", [orjson.dumps({"text": articles[0]})])
    done = run("batch", source, tmp_path / "nowhere" / "out.jsonl")
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1
    assert b"cannot write" in done.stderr


@pytest.mark.parametrize(
    "extra", [["-"], ["out.jsonl", "--errors", "out.jsonl"]], ids=["stdout", "same-file"]
)
def test_output_must_be_two_distinct_files(
    run: Run, tmp_path: Path, articles: tuple[str, ...], extra: list[str]
) -> None:
    """OUT must be a file, and the errors file must not be OUT: exit 2, nothing written."""
    source = _write(tmp_path / "in.jsonl", [orjson.dumps({"text": articles[0]})])
    done = run("batch", source, *[e if e.startswith("-") else str(tmp_path / e) for e in extra])
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1
    assert not (tmp_path / "out.jsonl").exists()


def test_bad_jobs_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    """--jobs 0 is refused by argparse with exit 2."""
    done = run("batch", tmp_path, tmp_path / "out.jsonl", "--jobs", "0")
    assert done.returncode == 2
    assert b"--jobs/-j: expected a positive whole number" in done.stderr


@needs_jsonld
def test_jsonld_format(run: Run, tmp_path: Path, articles: tuple[str, ...]) -> None:
    """--format jsonld writes schema.org JSON-LD under "jsonld"."""
    source = _write(tmp_path / "in.jsonl", [orjson.dumps({"id": "a", "text": articles[0]})])
    done = run("batch", source, tmp_path / "out.jsonl", "--format", "jsonld")
    assert done.returncode == 0, done.stderr
    (record,) = _records(tmp_path / "out.jsonl")
    assert "NewsArticle" in str(record["jsonld"])


def _big_input(path: Path, articles: tuple[str, ...], count: int) -> Path:
    lines = []
    for i in range(count):
        if i % 10 == 3:
            lines.append(orjson.dumps({"id": i, "text": ""}))
        else:
            text = articles[i % len(articles)] + f"\n\nUpdate {i}: officials said {i} people came."
            lines.append(orjson.dumps({"id": i, "text": text}))
    return _write(path, lines)


def _signal_when_started(command: list[str], out: Path, sig: signal.Signals) -> int:
    """
    Start a batch in its own process group and send *sig* to the whole group (as a
    terminal's Ctrl-C does) once the batch has written some results.
    """
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            if out.exists() and out.stat().st_size > 5_000:
                os.killpg(process.pid, sig)
                break
            time.sleep(0.01)
        process.communicate(timeout=120)
    finally:
        # Workers share the group: make sure none of them outlives the test.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    return process.returncode


@pytest.mark.parametrize(("jobs", "unordered"), [("1", False), ("2", False), ("2", True)])
def test_resume_after_kill(
    run: Run, tmp_path: Path, articles: tuple[str, ...], jobs: str, *, unordered: bool
) -> None:
    """
    A batch killed with SIGKILL and rerun with --resume accounts for every record once,
    and (ordered) its files are byte-identical to an uninterrupted run's.
    """
    source = _big_input(tmp_path / "in.jsonl", articles, 1000)
    flags = ["-j", jobs] + (["--unordered"] if unordered else [])
    assert run("batch", source, tmp_path / "ref.jsonl", *flags).returncode == 1
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsmodel", "batch", str(source), str(out), *flags]
    status = _signal_when_started(command, out, signal.SIGKILL)
    assert status == -signal.SIGKILL, "the batch finished before it could be killed"
    interrupted = out.read_bytes().count(b"\n") + (
        tmp_path / "out.errors.jsonl"
    ).read_bytes().count(b"\n")
    assert 0 < interrupted < 1000
    done = run("batch", source, out, *flags, "--resume")
    assert done.returncode == 1
    assert b"900 ok, 100 failed" in done.stderr
    for name in ("{}.jsonl", "{}.errors.jsonl"):
        resumed = (tmp_path / name.format("out")).read_bytes()
        reference = (tmp_path / name.format("ref")).read_bytes()
        if unordered:
            assert sorted(resumed.splitlines()) == sorted(reference.splitlines())
        else:
            assert resumed == reference


def test_interrupt_exits_130_and_resumes(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """Ctrl-C (SIGINT) stops with exit 130 and a hint; --resume then completes the run."""
    source = _big_input(tmp_path / "in.jsonl", articles, 1000)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsmodel", "batch", str(source), str(out), "-j", "2"]
    assert _signal_when_started(command, out, signal.SIGINT) == 130
    done = run("batch", source, out, "--resume", "-j", "2")
    assert b"900 ok, 100 failed" in done.stderr
    numbers = [r["record"] for r in _records(out) + _records(tmp_path / "out.errors.jsonl")]
    assert sorted(numbers) == list(range(1, 1001))  # type: ignore[type-var]


def test_resume_without_previous_files_starts_fresh(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """--resume with no earlier output simply converts everything."""
    source = _write(tmp_path / "in.jsonl", _mixed(articles))
    done = run("batch", source, tmp_path / "out.jsonl", "--resume")
    assert f"4 ok, {BAD_COUNT} failed".encode() in done.stderr


def test_progress_bar_only_on_a_terminal(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """The progress bar (count, rate) appears on a terminal, not in a pipe or with --quiet."""
    source = _big_input(tmp_path / "in.jsonl", articles, 200)
    piped = run("batch", source, tmp_path / "piped.jsonl")
    assert b"articles/s]" not in piped.stderr
    assert piped.stderr.count(b"\n") == 1  # the summary only
    assert run("batch", source, tmp_path / "q.jsonl", "--quiet").stderr == b""

    parent, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    command = [sys.executable, "-m", "newsmodel", "batch", str(source), str(tmp_path / "t.jsonl")]
    process = subprocess.Popen(command, stderr=child, stdout=subprocess.DEVNULL)
    os.close(child)
    shown = b""
    while True:
        try:
            data = os.read(parent, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not data:
            break
        shown += data
    os.close(parent)
    assert process.wait(timeout=120) == 1
    assert b"200/200" in shown
    assert b"articles/s]" in shown


def _grandchildren(pid: int) -> list[int]:
    """The processes whose parent is a child of *pid*: the pool's workers."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
    children = {p for p, parent in parents.items() if parent == pid}
    return [p for p, parent in parents.items() if parent in children]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_dead_worker_exits_3_and_resumes(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """A worker killed mid-run stops the batch with exit 3 and a hint; --resume completes it."""
    source = _big_input(tmp_path / "in.jsonl", articles, 1000)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsmodel", "batch", str(source), str(out), "-j", "2"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            workers = _grandchildren(process.pid)
            if workers and out.exists() and out.stat().st_size > 5_000:
                os.kill(workers[0], signal.SIGKILL)
                break
            time.sleep(0.01)
        _, stderr = process.communicate(timeout=120)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    assert process.returncode == 3, stderr
    assert stderr.count(b"\n") == 1
    assert b"--resume" in stderr
    done = run("batch", source, out, "--resume", "-j", "2")
    assert b"900 ok, 100 failed" in done.stderr
    numbers = [r["record"] for r in _records(out) + _records(tmp_path / "out.errors.jsonl")]
    assert sorted(numbers) == list(range(1, 1001))  # type: ignore[type-var]


def test_resume_refuses_a_foreign_output(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """--resume onto a file that newsmodel batch did not write is exit 2, file untouched."""
    source = _write(tmp_path / "in.jsonl", [orjson.dumps({"text": articles[0]})])
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"name": "something else"}\n')
    done = run("batch", source, out, "--resume")
    assert done.returncode == 2
    assert done.stderr.count(b"\n") == 1
    assert b"expected the output of newsmodel batch" in done.stderr
    assert out.read_bytes() == b'{"name": "something else"}\n'


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has exited


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_workers_exit_when_the_batch_is_killed(tmp_path: Path, articles: tuple[str, ...]) -> None:
    """Workers do not outlive a batch process killed with SIGKILL (which cannot clean up)."""
    source = _big_input(tmp_path / "in.jsonl", articles, 1000)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "newsmodel", "batch", str(source), str(out), "-j", "2"]
    process = subprocess.Popen(command, start_new_session=True, stderr=subprocess.DEVNULL)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None and not workers:
            if out.exists() and out.stat().st_size > 5_000:
                workers = _grandchildren(process.pid)
            time.sleep(0.01)
        os.kill(process.pid, signal.SIGKILL)  # the main process only
        process.wait(timeout=60)
        assert workers, "the batch finished before it could be killed"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and any(_running(p) for p in workers):
            time.sleep(0.1)
        assert not any(_running(p) for p in workers)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
