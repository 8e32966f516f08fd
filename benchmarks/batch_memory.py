"""
Measure ``newsmodel batch`` on many synthetic articles: throughput and peak memory.

The articles are generated here from templates (about 2 KB each, with quotes, figures,
dates and names), written to a temporary JSON Lines file, and converted by the real
command in a subprocess while this script samples the resident memory (VmRSS, from
/proc) of the command and each of its worker processes.
Memory should stay flat: the same peak for 10,000 articles as for 100,000.

    python benchmarks/batch_memory.py 100000 --jobs 2
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson

FIRST = ("Maria", "John", "Aisha", "Kenji", "Olga", "Pedro", "Fatima", "Liam", "Chen", "Nadia")
LAST = ("Lopez", "Smith", "Khan", "Tanaka", "Ivanova", "Silva", "Haddad", "Murphy", "Wei", "Berg")
PLACES = ("Riverton", "Lakeside", "Northport", "Valley City", "Eastbrook", "Hillcrest")
BODIES = ("the city council", "the Ministry of Transport", "Acme Corp", "the regional court")
TOPICS = ("bridge repairs", "school budget", "new tram line", "flood defences", "water prices")
PARAGRAPHS = (
    (
        "{place} officials said on {day} that the {topic} would cost about {n} million dollars, "
        "up {p}% from the estimate published last year."
    ),
    (
        '"We have listened to residents and we will deliver on time," said {person}, '
        "who has led {body} since {year}."
    ),
    (
        "{person} told reporters in {place} that {n2} people had signed a petition "
        "about the {topic}, and that {body} would respond within {d} days."
    ),
    (
        "According to {body}, the work is expected to finish in {month} {year2}, "
        "although critics say the timetable is too optimistic."
    ),
    (
        '"This is not what we were promised," said {person2}, a shop owner in {place}. '
        '"Nobody asked us."'
    ),
    (
        "The plan was approved by a vote of {v1} to {v2} on {day}, after a debate "
        "that lasted almost {h} hours."
    ),
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
MONTHS = ("March", "June", "September", "December")


def article(rng: random.Random) -> str:
    """Build one article of roughly 2 KB."""

    def person() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    place, topic = rng.choice(PLACES), rng.choice(TOPICS)
    values = {
        "place": place,
        "topic": topic,
        "body": rng.choice(BODIES),
        "day": rng.choice(DAYS),
        "month": rng.choice(MONTHS),
        "person": person(),
        "person2": person(),
        "n": rng.randint(2, 900),
        "n2": f"{rng.randint(1, 40) * 1000:,}",
        "p": rng.randint(2, 60),
        "d": rng.randint(7, 90),
        "h": rng.randint(2, 9),
        "v1": rng.randint(6, 12),
        "v2": rng.randint(1, 5),
        "year": rng.randint(2001, 2020),
        "year2": rng.randint(2025, 2030),
    }
    headline = f"{place} Approves Plan for {topic.title()}"
    body = [rng.choice(PARAGRAPHS).format(**values) for _ in range(16)]
    return "\n\n".join([headline, *body])


def generate(path: Path, count: int) -> int:
    """Write *count* records; return the file's size in bytes."""
    rng = random.Random(20240501)  # noqa: S311 - reproducible test data, not security
    with path.open("wb") as handle:
        for number in range(count):
            record = {
                "id": f"synthetic-{number}",
                "text": article(rng),
                "url": f"https://example.com/news/{number}",
                "published": "2024-05-01T09:30:00+00:00",
            }
            handle.write(orjson.dumps(record) + b"\n")
    return path.stat().st_size


def _rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return 0
    return 0


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _tree(pid: int) -> list[int]:
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        queue.extend(_children(current))
    return pids


def measure(source: Path, jobs: int) -> dict[str, float]:
    """Run the batch on *source*; return seconds and peak RSS (main, one worker, total)."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out.jsonl"
        command = [sys.executable, "-m", "newsmodel", "batch", str(source), str(out)]
        command += ["--quiet", "--jobs", str(jobs)]
        started = time.perf_counter()
        process = subprocess.Popen(command)
        main_peak = worker_peak = total_peak = 0
        while process.poll() is None:
            tree = _tree(process.pid)
            sizes = {pid: _rss_kib(pid) for pid in tree}
            main_peak = max(main_peak, sizes.get(process.pid, 0))
            others = [size for pid, size in sizes.items() if pid != process.pid]
            worker_peak = max([worker_peak, *others])
            total_peak = max(total_peak, sum(sizes.values()))
            time.sleep(0.25)
        seconds = time.perf_counter() - started
        if process.returncode not in {0, 1}:
            raise SystemExit(f"newsmodel batch stopped with exit status {process.returncode}")
        lines = out.read_bytes().count(b"\n")
        errors = out.with_suffix(".errors.jsonl").read_bytes().count(b"\n")
    return {
        "seconds": seconds,
        "ok": lines,
        "failed": errors,
        "main_mib": main_peak / 1024,
        "worker_mib": worker_peak / 1024,
        "total_mib": total_peak / 1024,
    }


def main() -> None:
    """Generate the articles, run the batch, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=100_000)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.jsonl"
        size = generate(source, args.count)
        result = measure(source, args.jobs)
    rate = (result["ok"] + result["failed"]) / result["seconds"]
    print(
        f"{args.count:,} articles ({size / args.count / 1024:.1f} KB each, {size / 2**20:.0f} MB), "
        f"--jobs {args.jobs}: {result['seconds']:.1f} s, {rate:,.0f} articles/s, "
        f"{result['ok']:,} ok, {result['failed']:,} failed; peak RSS: main "
        f"{result['main_mib']:.0f} MiB, largest other process {result['worker_mib']:.0f} MiB, "
        f"all processes {result['total_mib']:.0f} MiB"
    )


if __name__ == "__main__":
    main()
