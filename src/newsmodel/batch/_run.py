"""
Batch conversion: many articles with every core, streaming, losing nothing.

How it keeps its promises:

- Flat memory: inputs are read lazily and at most ``4 * jobs`` chunks are in flight, so
  the pool never holds more than a few hundred articles whatever the input size.
- Nothing lost: each input record becomes exactly one line, in the output or in the
  errors file, written and flushed as soon as its turn comes (in input order unless
  *unordered*), so a killed run leaves complete lines plus at most one partial last line.
- Resume: `accounted` truncates a partial last line and finds which records both files
  already hold; the run skips those and appends, so no record is lost or written twice.
- Deterministic: results depend only on the input, and ordered output is byte-identical
  from one run to the next, whatever the number of jobs.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

import orjson
from attrs import frozen
from tqdm import tqdm

from newsmodel._limits import MAX_CHARS
from newsmodel.batch._convert import (
    Format,
    convert_file,
    convert_json,
    line_bytes,
    output_key,
    too_long,
)
from newsmodel.batch._io import UnreadableError

#: Records sent to a worker at a time: large enough to hide the cost of pickling a task,
#: small enough that the ordered writer never waits long on one slow chunk.
CHUNK = 32
#: Chunks in flight per worker; bounds memory whatever the input size.
IN_FLIGHT_PER_JOB = 4

#: How often a worker checks that the batch process is still alive.
PARENT_CHECK_SECONDS = 0.5

# One unit of input: (record number, JSON line), (record number, file path, record id),
# or (record number, size) for a line longer than the limit, which is not kept.
Item = tuple[int, bytes] | tuple[int, str, str] | tuple[int, int]
Result = tuple[bool, bytes]


@frozen(kw_only=True)
class BatchOptions:
    """What ``newsmodel batch`` was asked to do; built from the command line."""

    source: str
    output: Path
    errors: Path
    format: Format = "model"
    jobs: int = 1
    ordered: bool = True
    resume: bool = False
    progress: bool = False
    max_chars: int = MAX_CHARS


@frozen(kw_only=True)
class Summary:
    """How a batch went: this run's counts plus those a resumed run found already done."""

    ok: int
    failed: int
    previous_ok: int
    previous_failed: int
    seconds: float

    @property
    def rate(self) -> float:
        """Articles per second converted by this run."""
        return (self.ok + self.failed) / self.seconds if self.seconds > 0 else 0.0


def errors_path(output: Path) -> Path:
    """Return where errors go by default: ``out.jsonl`` -> ``out.errors.jsonl``."""
    if output.suffix == ".jsonl":
        return output.with_suffix(".errors.jsonl")
    return output.with_name(output.name + ".errors.jsonl")


# --- input ----------------------------------------------------------------------------


def _folder_files(folder: Path) -> list[tuple[str, str]]:
    """List (path, id) for every .txt file under a folder, sorted so runs are repeatable."""
    found = [
        (path.relative_to(folder).as_posix(), str(path))
        for path in folder.rglob("*.txt")
        if path.is_file()
    ]
    found.sort()
    return [(path, record_id) for record_id, path in found]


def _count_lines(path: Path) -> int:
    count, last = 0, b"\n"
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            count += block.count(b"\n")
            last = block[-1:]
    return count + (last != b"\n")


def _lines(handle: IO[bytes], limit: int) -> Iterator[Item]:
    """
    Yield each line with its number; a line longer than *limit* bytes is not kept.

    Such a line is read on in blocks to its end and yields its size instead, so one
    endless line costs *limit* bytes of memory, not its length.
    """
    number = 0
    while line := handle.readline(limit + 1):
        number += 1
        if len(line) <= limit or line.endswith(b"\n"):
            yield number, line
            continue
        size = len(line)
        while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
            size += len(rest)
        yield number, size + len(rest)


def open_source(
    source: str, *, count: bool = False, max_chars: int = MAX_CHARS
) -> tuple[Iterator[Item], int | None, IO[bytes] | None]:
    """
    Return the input's records, their number when known and asked for (*count*, for the
    progress bar: it costs a read of the whole file), and the file to close afterwards.

    Raises:
        UnreadableError: the input is missing, unreadable or holds no record.
    """
    limit = line_bytes(max_chars)
    if source == "-":
        return _lines(sys.stdin.buffer, limit), None, None
    path = Path(source)
    if path.is_dir():
        files = _folder_files(path)
        if not files:
            raise UnreadableError(source, "expected .txt files, found none", reason="empty")
        items = ((n, p, i) for n, (p, i) in enumerate(files, start=1))
        return items, len(files), None
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise UnreadableError(source, "no such file or folder", reason="missing") from None
    except OSError as exc:
        raise UnreadableError(source, exc.strerror or str(exc), reason="unreadable") from None
    if path.stat().st_size == 0:
        handle.close()
        raise UnreadableError(source, "expected JSON Lines, got an empty file", reason="empty")
    return _lines(handle, limit), _count_lines(path) if count else None, handle


# --- resume ---------------------------------------------------------------------------


def _truncate_partial(path: Path) -> None:
    """Cut a line the previous run was killed while writing: after the last newline."""
    with path.open("r+b") as handle:
        end = handle.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - (1 << 16))
            handle.seek(start)
            block = handle.read(position - start)
            newline = block.rfind(b"\n")
            if newline >= 0:
                keep = start + newline + 1
                if keep != end:
                    handle.truncate(keep)
                return
            position = start
        handle.truncate(0)


def _record_numbers(path: Path) -> Iterator[int]:
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            # Every line starts with {"record":N, as written by this module.
            head = line[:32]
            end = head.find(b",")
            if not head.startswith(b'{"record":') or not head[10:end].isdigit():
                problem = (
                    f"expected the output of newsmodel batch to resume, got line {number}: {head!r}"
                )
                raise UnreadableError(str(path), problem, reason="not-batch-output")
            yield int(head[10:end])


@frozen
class Accounted:
    """The records that the output and errors files already hold."""

    ok: int
    failed: int
    prefix: int  # records 1..prefix are all done
    extra: frozenset[int]  # done records beyond the prefix (unordered runs only)

    def done(self, number: int) -> bool:
        """Whether a record is already in one of the two files."""
        return number <= self.prefix or number in self.extra


def check_format(output: Path, fmt: Format) -> None:
    """
    Refuse to resume into an output written in another format: the file would mix two.

    Reads the first line only, and compares when it is whole within 1 MiB: every line
    of a run has the same key (``article`` for the model, the format's name otherwise).

    Raises:
        UnreadableError: the output's first line holds another format (``reason``
            ``"format-mismatch"``).
    """
    if not output.exists():
        return
    with output.open("rb") as handle:
        head = handle.readline(1 << 20)
    if not head.startswith(b'{"record":'):
        return  # not this module's output: `accounted` says so
    try:
        first = orjson.loads(head)
    except orjson.JSONDecodeError:
        return  # a first line over 1 MiB, or cut short: nothing to compare
    found = next((k for k in first if k not in {"record", "id"}), None)
    if found is None or found == output_key(fmt):
        return
    other = "model" if found == "article" else found
    problem = (
        f"holds --format {other} output, and this run asks for --format {fmt}; "
        f"resume with --format {other}, or write to another file"
    )
    raise UnreadableError(str(output), problem, reason="format-mismatch")


def accounted(output: Path, errors: Path) -> Accounted:
    """
    Repair and read the files of an interrupted run.

    Ordered runs leave a prefix of the input, recognised by counting alone; unordered
    ones leave any subset, which is read into a set.
    """
    counts = []
    top = 0
    for path in (output, errors):
        count = 0
        if path.exists():
            _truncate_partial(path)
            for number in _record_numbers(path):
                count += 1
                top = max(top, number)
        counts.append(count)
    ok, failed = counts
    if ok + failed == top:
        return Accounted(ok, failed, top, frozenset())
    numbers = frozenset(n for p in (output, errors) if p.exists() for n in _record_numbers(p))
    return Accounted(ok, failed, 0, numbers)


# --- work -----------------------------------------------------------------------------


def _convert(item: Item, fmt: Format, max_chars: int) -> Result:
    if len(item) == 2:  # noqa: PLR2004 - a JSON line, or the size of one too long
        number, data = item
        if isinstance(data, int):
            outcome = too_long(number, data, line_bytes(max_chars))
        else:
            outcome = convert_json(data, number=number, format=fmt, max_chars=max_chars)
    else:
        number, path, record_id = item
        outcome = convert_file(
            path, record_id=record_id, number=number, format=fmt, max_chars=max_chars
        )
    return outcome.ok, outcome.line


def work(chunk: list[Item], fmt: Format, max_chars: int = MAX_CHARS) -> list[Result]:
    """Convert a chunk of records in a worker process."""
    return [_convert(item, fmt, max_chars) for item in chunk]


def _watch(parent: int) -> None:
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        try:
            os.kill(parent, 0)
        except ProcessLookupError:
            os._exit(1)  # the batch was killed: nobody will read our results
        except PermissionError:  # pragma: no cover - the pid was reused by another user
            os._exit(1)


def _worker_setup(parent: int) -> None:
    """
    Prepare a worker: ignore Ctrl-C, and exit when the batch process is gone.

    Ctrl-C reaches the whole process group, and the parent alone decides what to do.
    A parent killed with SIGKILL cannot stop its pool, and the workers, which hold both
    ends of the task queue, would wait for work forever; the watchdog ends them.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_watch, args=(parent,), daemon=True, name="newsmodel-watchdog").start()


def _chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _pooled(
    items: Iterable[Item], fmt: Format, jobs: int, *, ordered: bool, max_chars: int
) -> Iterator[Result]:
    """Convert records in *jobs* processes, with bounded work in flight."""
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    limit = jobs * IN_FLIGHT_PER_JOB
    with cf.ProcessPoolExecutor(
        jobs, mp_context=context, initializer=_worker_setup, initargs=(os.getpid(),)
    ) as pool:
        try:
            if ordered:
                queue: deque[cf.Future[list[Result]]] = deque()
                for chunk in _chunks(items):
                    queue.append(pool.submit(work, chunk, fmt, max_chars))
                    if len(queue) >= limit:
                        yield from queue.popleft().result()
                while queue:
                    yield from queue.popleft().result()
            else:
                pending: set[cf.Future[list[Result]]] = set()
                for chunk in _chunks(items):
                    pending.add(pool.submit(work, chunk, fmt, max_chars))
                    if len(pending) >= limit:
                        done, pending = cf.wait(pending, return_when=cf.FIRST_COMPLETED)
                        for future in done:
                            yield from future.result()
                for future in cf.as_completed(pending):
                    yield from future.result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def run(options: BatchOptions) -> Summary:
    """
    Convert every record of ``options.source``; see the module docstring for guarantees.

    Raises:
        UnreadableError: the input cannot be read at all.
        OSError: an output file cannot be written.
    """
    if options.resume:
        check_format(options.output, options.format)
    items, total, handle = open_source(
        options.source, count=options.progress, max_chars=options.max_chars
    )
    try:
        previous = Accounted(0, 0, 0, frozenset())
        if options.resume:
            previous = accounted(options.output, options.errors)
            items = (item for item in items if not previous.done(item[0]))
        mode = "ab" if options.resume else "wb"
        with (
            options.output.open(mode) as out,
            options.errors.open(mode) as err,
            tqdm(
                total=total,
                initial=previous.ok + previous.failed,
                unit=" articles",
                file=sys.stderr,
                disable=not options.progress,
                smoothing=0.1,
                dynamic_ncols=True,
            ) as bar,
        ):
            ok = failed = 0
            started = time.perf_counter()
            if options.jobs == 1:
                results: Iterator[Result] = (
                    _convert(item, options.format, options.max_chars) for item in items
                )
            else:
                results = _pooled(
                    items,
                    options.format,
                    options.jobs,
                    ordered=options.ordered,
                    max_chars=options.max_chars,
                )
            for success, line in results:
                target = out if success else err
                target.write(line + b"\n")
                target.flush()  # a killed run keeps every finished record
                if success:
                    ok += 1
                else:
                    failed += 1
                bar.update()
            seconds = time.perf_counter() - started
    finally:
        if handle is not None:
            handle.close()
    return Summary(
        ok=ok,
        failed=failed,
        previous_ok=previous.ok,
        previous_failed=previous.failed,
        seconds=seconds,
    )
