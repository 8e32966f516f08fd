"""
newsmodel's benchmark suite: throughput, memory and import time, each as a ratio.

Every figure is also given as a ratio to a baseline measured in the same process and
run: one ``re.finditer`` pass over the same texts that builds ``(start, end, kind)``
tuples.  Parsing is timed on articles the process has not parsed before, in disjoint
slices of the corpus, each slice against the baseline on the same slice: the parser's
small caches (of words, names and ids) would flatter runs over the same texts.
Throughputs are medians of CPU time (``time.process_time``), which a busy machine
disturbs far less than the wall clock; only the batch command is timed by the wall
clock.  The machine is shared and noisy, so ratios are what we compare across runs and
machines; absolute numbers are for the docs, docs/performance.md.

    python benchmarks/run.py                 # the full run: bbc-news, medians of 7
    python benchmarks/run.py --quick         # medians of 5, for CI
    python benchmarks/run.py --quick --guard # exit 1 if a ratio is more than twice its target

Targets (from the performance issue; one core, medians):

- parse within 20x of the regex pass, text -> JSON-LD bytes within 25x;
- dumps at least 50,000 articles/s and loads at least 15,000/s (expressed as ratios to a
  19,000 articles/s regex pass: 0.38x and 1.27x);
- streaming batch peak RSS under 50 MiB, model objects at most 8 KB per article beyond
  its text, ``import newsmodel`` under 100 ms.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "bbc-news.jsonl"
SAMPLE = ROOT / "seeds" / "iran-iraq-military-ties.txt"

BASELINE = re.compile(
    '(?P<quote>\u201c[^\u201d]{1,2000}\u201d|"[^"\\n]{1,2000}")|(?P<number>\\d[\\d,]*(?:\\.\\d+)?)'
)

#: Target slowdown against the regex pass (time per article / baseline time per article).
RATIO_TARGETS: dict[str, float] = {
    "parse": 20.0,
    "text -> JSON-LD bytes": 25.0,
    "dumps": 19_000 / 50_000,
    "loads": 19_000 / 15_000,
}
#: Absolute targets: (limit, unit).
ABSOLUTE_TARGETS: dict[str, tuple[float, str]] = {
    "import newsmodel": (100.0, "ms"),
    "model objects per article": (8.0, "KB"),
    "batch peak RSS (1 process)": (50.0, "MiB"),
}


#: Measures that miss twice their target today are guarded at this limit instead, so that
#: a regression still fails CI; docs/performance.md says why each one misses.
GUARD_LIMITS: dict[str, float] = {"loads": 4.0}
#: The measures the guard checks when the corpus is missing.
CORPUS_FREE = frozenset({"import newsmodel", "batch peak RSS (1 process)"})


def baseline_pass(texts: Sequence[str]) -> int:
    found = 0
    for text in texts:
        spans = [(m.start(), m.end(), m.lastgroup) for m in BASELINE.finditer(text)]
        found += len(spans)
    return found


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    """
    The median CPU time of *fn* over *repeat* runs.

    CPU time (`time.process_time`) rather than wall time: on a shared machine the wall
    clock also counts the time other processes hold the core, which swings the ratios
    by 50% from one run to the next; the CPU time of a single-threaded loop does not.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def unseen_ratio(fn: Callable[[str], object], pool: Sequence[str], repeat: int) -> float:
    """
    The median ratio of *fn*'s CPU time to the baseline's, over *repeat* disjoint slices.

    Each slice is timed once, so every text *fn* sees is new to it; the baseline, which
    keeps nothing between calls, is timed on the same slice (median of three).
    """
    ratios = []
    for i in range(repeat):
        part = pool[i::repeat]
        base = median_seconds(lambda part=part: baseline_pass(part), 3)
        gc.collect()
        start = time.process_time()
        for text in part:
            fn(text)
        ratios.append((time.process_time() - start) / base)
    return statistics.median(ratios)


def load_texts(limit: int | None) -> list[str]:
    texts: list[str] = []
    if CORPUS.exists():
        with CORPUS.open(encoding="utf-8") as lines:
            for line in lines:
                texts.append(json.loads(line)["text"])
                if limit and len(texts) >= limit:
                    break
    else:  # a fresh checkout without the shared corpus: the sample, repeated
        texts = [SAMPLE.read_text(encoding="utf-8")] * (limit or 500)
    return texts


class Results:
    def __init__(self, baseline_s: float, n: int, size_mb: float) -> None:
        self.baseline_s, self.n, self.size_mb = baseline_s, n, size_mb
        self.rows: list[dict[str, Any]] = []

    def rate(self, name: str, seconds: float, *, n: int | None = None) -> None:
        n = n or self.n
        ratio = (seconds / n) / (self.baseline_s / self.n)
        target = RATIO_TARGETS.get(name)
        self.rows.append(
            {
                "name": name,
                "articles_per_s": n / seconds,
                "mb_per_s": self.size_mb * (n / self.n) / seconds,
                "ratio": ratio,
                "target_ratio": target,
            }
        )

    def absolute(self, name: str, value: float, unit: str = "") -> None:
        limit, unit = ABSOLUTE_TARGETS.get(name, (None, unit))
        self.rows.append({"name": name, "value": value, "unit": unit, "target": limit})

    def table(self) -> str:
        lines = [
            (
                f"baseline regex pass: {self.n / self.baseline_s:,.0f} articles/s, "
                f"{self.size_mb / self.baseline_s:,.1f} MB/s ({self.n} articles, {self.size_mb:.2f} MB)"
            ),
            "",
            f"{'measure':<32} {'articles/s':>12} {'MB/s':>8} {'x baseline':>11} {'target':>8}",
        ]
        for row in self.rows:
            if "ratio" in row:
                target = f"{row['target_ratio']:.2f}" if row["target_ratio"] else "-"
                lines.append(
                    f"{row['name']:<32} {row['articles_per_s']:>12,.0f} {row['mb_per_s']:>8.2f} "
                    f"{row['ratio']:>11.2f} {target:>8}"
                )
            else:
                target = f"< {row['target']:g} {row['unit']}" if row["target"] else ""
                lines.append(
                    f"{row['name']:<32} {row['value']:>12,.1f} {row['unit']:>8} {'':>11} {target:>8}"
                )
        return "\n".join(lines)

    def failures(self, slack: float, *, corpus: bool) -> list[str]:
        """
        Measures more than *slack* times worse than their target, or than their limit in
        `GUARD_LIMITS`.  Without the corpus only the measures that do not depend on the
        mix of texts are checked: the sample alone is denser than typical news.
        """
        out = []
        for row in self.rows:
            name = row["name"]
            if not corpus and name not in CORPUS_FREE:
                continue
            target = row.get("target_ratio") or row.get("target")
            if not target:
                continue
            value = row["ratio"] if "ratio" in row else row["value"]
            limit = GUARD_LIMITS.get(name, slack * target)
            if value > limit:
                out.append(f"{name}: {value:.2f}, more than {limit:.2f} (target {target:.2f})")
        return out


def import_time_ms(repeat: int, *, bytecode: bool = True) -> float:
    """
    Wall time of ``import newsmodel`` in a fresh interpreter, less an empty one's.

    With *bytecode* the modules' compiled bytecode is cached (in a private directory, so
    the checkout stays clean), as in any installed wheel; without it every module is
    compiled from source on each import, as under ``PYTHONDONTWRITEBYTECODE=1``.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.pop("PYTHONPYCACHEPREFIX", None)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "newsmodel-bench-pycache")
    else:  # the checkout's own sources have no bytecode then; the libraries' still do
        env["PYTHONDONTWRITEBYTECODE"] = "1"

    def run(code: str) -> float:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=env)
        return time.perf_counter() - start

    run("import newsmodel")  # writes the bytecode cache, if there is one
    empty = statistics.median(run("pass") for _ in range(repeat))
    full = statistics.median(run("import newsmodel") for _ in range(repeat))
    return max(0.0, (full - empty) * 1000)


def model_kb_per_article(texts: Sequence[str]) -> float:
    """Memory the parsed articles hold beyond their texts, per article."""
    import newsmodel

    gc.collect()
    tracemalloc.start()
    kept = [newsmodel.parse(t) for t in texts]
    gc.collect()
    held = tracemalloc.get_traced_memory()[0]
    # What dropping the articles frees is the model: the texts are shared with the input
    # list, and the parser's bounded caches, which parsing also fills, stay allocated.
    del kept
    gc.collect()
    freed = held - tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    return freed / len(texts) / 1024


def batch_run(texts: Sequence[str], jobs: int) -> tuple[float, float]:
    """
    Wall seconds and peak RSS (MiB) of ``newsmodel batch`` over the texts.

    The batch runs under a small launcher process that reports the peak RSS of its
    children: Linux keeps ``ru_maxrss`` across fork and exec, so a batch started
    straight from this process would report this process's own peak (every parsed
    article of the run so far) instead of its own.
    """
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        with src.open("w", encoding="utf-8") as out:
            for i, text in enumerate(texts):
                out.write(json.dumps({"id": str(i), "text": text}) + "\n")
        batch = (
            "import sys\n"
            "from newsmodel.cli import main\n"
            f"sys.exit(main(['batch', {str(src)!r}, {str(Path(tmp) / 'out.jsonl')!r}, '--jobs', '{jobs}', '--quiet']))\n"
        )
        code = (
            "import resource, subprocess, sys\n"
            f"done = subprocess.run([sys.executable, '-c', {batch!r}], check=False)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
            "sys.exit(done.returncode)\n"
        )
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=False
        )
        seconds = time.perf_counter() - start
        if done.returncode not in (0, 1):
            raise RuntimeError(done.stderr)
        return seconds, int(done.stdout.strip().splitlines()[-1]) / 1024


def sample_line(repeat: int) -> str:
    """Parse and text -> JSON-LD of the sample article, against the baseline on it."""
    import newsmodel
    from newsmodel import jsonld

    texts = [SAMPLE.read_text(encoding="utf-8")] * 50
    base = median_seconds(lambda: baseline_pass(texts), repeat)
    parse = median_seconds(lambda: [newsmodel.parse(t) for t in texts], repeat)
    write = median_seconds(lambda: [jsonld.dumps(newsmodel.parse(t)) for t in texts], repeat)
    return (
        f"\nthe sample article ({len(texts[0]):,} characters): parse {parse / len(texts) * 1000:.2f} ms,"
        f" {parse / base:.1f}x its baseline; text -> JSON-LD {write / base:.1f}x"
    )


def scaling(repeat: int) -> list[tuple[int, float]]:
    """Parse time of one article of 1 KB to 1 MB, built by repeating the sample's paragraphs."""
    import newsmodel

    sample = SAMPLE.read_text(encoding="utf-8")
    head, _, body = sample.partition("\n\n")
    points = []
    for size in (1_000, 10_000, 100_000, 1_000_000):
        reps = max(1, size // len(body) + 1)
        text = (head + "\n\n" + "\n\n".join([body] * reps))[:size]
        points.append(
            (size, median_seconds(functools.partial(newsmodel.parse, text), max(3, repeat // 2)))
        )
    return points


def stage_costs(texts: Sequence[str], repeat: int) -> list[tuple[str, float]]:
    """
    CPU milliseconds per KB of text of each step of `parse`, medians of *repeat* runs.

    The steps are the text view (paragraphs and sentences) and the numbered stages;
    what ``parse`` spends beyond their sum is building the checked `Article`.
    """
    from newsmodel.parser import _pipeline
    from newsmodel.parser.text._view import view

    kb = sum(len(t) for t in texts) / 1000
    names = ["text view", *(s.__name__.removesuffix("_stage") for s in _pipeline.STAGES)]
    runs: list[dict[str, float]] = []
    for _ in range(repeat):
        cost = dict.fromkeys(names, 0.0)
        clock = time.process_time
        for text in texts:
            start = clock()
            draft = _pipeline.Draft(view=view(text))
            cost["text view"] += clock() - start
            for name, stage in zip(names[1:], _pipeline.STAGES, strict=True):
                start = clock()
                draft = stage(draft)
                cost[name] += clock() - start
        runs.append(cost)
    return [(name, statistics.median(r[name] for r in runs) * 1000 / kb) for name in names]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="5 runs, 300 articles for the measures after parsing (for CI)",
    )
    parser.add_argument(
        "--guard", action="store_true", help="exit 1 if a measure is more than twice its target"
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    repeat = 5 if args.quick else 7
    texts = load_texts(300 if args.quick else None)
    size_mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6

    import newsmodel

    baseline_pass(texts)  # warm up
    results = Results(median_seconds(lambda: baseline_pass(texts), repeat), len(texts), size_mb)

    # Parsing is timed on articles this process has not parsed before: the parser keeps
    # small bounded caches (of words, names, ids), and timing the same articles again and
    # again would flatter them.
    pool = load_texts(None)
    for _ in range(3):
        newsmodel.parse(SAMPLE.read_text(encoding="utf-8"))  # warm up the code, not the caches
    results.rate("parse", results.baseline_s * unseen_ratio(newsmodel.parse, pool[0::2], repeat))
    articles = [newsmodel.parse(t) for t in texts]
    try:
        from newsmodel import html, jsonld
    except ImportError:
        html = jsonld = None  # type: ignore[assignment]
    if jsonld is not None:
        to_bytes = jsonld.dumps
        results.rate(
            "text -> JSON-LD bytes",
            results.baseline_s
            * unseen_ratio(lambda t: to_bytes(newsmodel.parse(t)), pool[1::2], repeat),
        )
    encoded = [newsmodel.dumps(a) for a in articles]
    results.rate("dumps", median_seconds(lambda: [newsmodel.dumps(a) for a in articles], repeat))
    results.rate("loads", median_seconds(lambda: [newsmodel.loads(b) for b in encoded], repeat))
    if html is not None:
        results.rate(
            "script_tag", median_seconds(lambda: [html.script_tag(a) for a in articles], repeat)
        )
        results.rate(
            "render_article",
            median_seconds(lambda: [html.render_article(a) for a in articles], repeat),
        )
    try:
        from newsmodel.validate import validate
    except ImportError:
        validate = None  # type: ignore[assignment]
    if validate is not None and jsonld is not None:
        docs = [jsonld.to_jsonld(a) for a in articles]
        results.rate(
            "linter (validate)", median_seconds(lambda: [validate(d) for d in docs], repeat)
        )

    cli_available = (ROOT / "src" / "newsmodel" / "cli").exists()
    if cli_available:
        for jobs in (1, 2):
            seconds, peak = batch_run(texts, jobs)
            results.rate(f"batch, {jobs} process{'es' if jobs > 1 else ''}", seconds)
            results.absolute(
                f"batch peak RSS ({jobs} process{'es' if jobs > 1 else ''})", peak, "MiB"
            )
    results.absolute("model objects per article", model_kb_per_article(texts[:500]))
    results.absolute("import newsmodel", import_time_ms(repeat))
    results.absolute("import, no bytecode cache", import_time_ms(repeat, bytecode=False), "ms")

    print(results.table())
    print(sample_line(repeat))
    print("\nlinear scaling (one article):")
    curve = scaling(repeat)
    for size, seconds in curve:
        print(
            f"  {size:>9,} chars  {seconds * 1000:>9.1f} ms  {seconds / size * 1e6:>7.2f} µs/char"
        )
    print("\nwhere parse spends its time (CPU ms per KB of text):")
    stages = stage_costs(texts, max(3, repeat // 2))
    total = sum(ms for _, ms in stages)
    for name, ms in stages:
        print(f"  {name:<12} {ms:>7.3f} ms/KB  {ms / total:>5.0%}")
    if args.json:
        args.json.write_text(
            json.dumps({"rows": results.rows, "scaling": curve, "stages": stages}, indent=2)
        )
    if args.guard:
        corpus = CORPUS.exists()
        if not corpus:
            print(f"GUARD: {CORPUS} is missing: only import time, memory and scaling are checked")
        for name, limit in GUARD_LIMITS.items():
            print(
                f"GUARD: {name} is held at {limit}x, not at twice its target (it misses that today)"
            )
        failures = results.failures(slack=2.0, corpus=corpus)
        per_char = [s / n for n, s in curve]
        if per_char[-1] > 3 * per_char[1]:
            failures.append(
                f"scaling: 1 MB costs {per_char[-1] / per_char[1]:.1f}x per character what 10 KB does"
            )
        for failure in failures:
            print(f"GUARD: {failure}", file=sys.stderr)
        return 1 if failures else 0
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    sys.exit(main())
