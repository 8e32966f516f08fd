"""
Convert a JSON Lines corpus too big for one machine with Dask, using newsmodel's public functions.

Each input shard (``corpus/part-0001.jsonl``, ...) becomes one Dask partition, converted by
`newsmodel.batch.convert_json` on whichever worker Dask picks; results go to
``OUT/articles/<n>.jsonl`` and failures to ``OUT/errors/<n>.jsonl``, one shard each, so
every input line lands in exactly one of the two, as with ``newsmodel batch``.
Within a shard, ``record`` is the line number, so each output shard is byte-identical to
``newsmodel batch`` run on that shard alone.

Run it on a laptop (a local cluster) or point it at a cluster's scheduler::

    python examples/dask_batch.py 'corpus/*.jsonl' out/
    python examples/dask_batch.py 's3://bucket/corpus/*.jsonl' s3://bucket/out/ --scheduler tcp://10.0.0.5:8786

The same two functions work unchanged in Spark (``rdd.mapPartitions``) or Ray
(``ray.data.Dataset.map_batches``): they are module-level, picklable and keep no state.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence

import dask.bag as db
from dask.base import compute

from newsmodel.batch import Format, Outcome, convert_json


def convert_partition(lines: Iterable[str], fmt: Format = "model") -> list[Outcome]:
    """Convert one shard's lines; ``record`` numbers the lines from 1."""
    return [
        convert_json(line, number=number, format=fmt) for number, line in enumerate(lines, start=1)
    ]


def _ok(outcome: Outcome) -> bool:
    return outcome.ok


def _failed(outcome: Outcome) -> bool:
    return not outcome.ok


def _text(outcome: Outcome) -> str:
    return outcome.line.decode()


def convert(source: str | Sequence[str], output: str, *, fmt: Format = "model") -> None:
    """
    Convert every line of the JSON Lines shards *source* (a glob, a path or a list of
    them), writing ``output``/articles/*.jsonl and ``output``/errors/*.jsonl.

    Runs on the current Dask scheduler: a ``distributed.Client`` if one is active.
    """
    # blocksize=None keeps each shard whole, so line numbers are exact and order is kept.
    lines = db.read_text(source, blocksize=None, linedelimiter="\n")  # type: ignore[no-untyped-call]
    outcomes = lines.map_partitions(convert_partition, fmt)
    writes = [
        *outcomes.filter(_ok)
        .map(_text)
        .to_textfiles(f"{output}/articles/*.jsonl", compute=False, last_endline=True),
        *outcomes.filter(_failed)
        .map(_text)
        .to_textfiles(f"{output}/errors/*.jsonl", compute=False, last_endline=True),
    ]
    # One compute for both outputs, so each shard is parsed once.
    compute(*writes)  # type: ignore[no-untyped-call]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the example from the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="JSON Lines shards: a path or a glob")
    parser.add_argument("output", help="output folder (local or any fsspec URL)")
    parser.add_argument("--format", choices=["model", "jsonld"], default="model")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = parser.parse_args(argv)
    from distributed import Client, LocalCluster  # noqa: PLC0415 - only for the command line

    if args.scheduler:
        with Client(args.scheduler):  # type: ignore[no-untyped-call]
            convert(args.source, args.output, fmt=args.format)
    else:
        with LocalCluster() as cluster, Client(cluster):  # type: ignore[no-untyped-call]
            convert(args.source, args.output, fmt=args.format)
    print(f"wrote {args.output}/articles and {args.output}/errors")


if __name__ == "__main__":
    main()
