"""examples/dask_batch.py on a real local Dask cluster, and the picklability it relies on."""

from __future__ import annotations

import importlib.util
import pickle
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import orjson
import pytest

from newsmodel import batch

Run = Callable[..., subprocess.CompletedProcess[bytes]]

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dask_batch.py"


def _example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dask_batch_example", EXAMPLE)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_public_functions_are_picklable() -> None:
    """The batch functions and their results survive pickle, as Spark, Ray and Dask need."""
    for function in (batch.convert_record, batch.convert_json, batch.convert_file):
        assert pickle.loads(pickle.dumps(function)) is function  # noqa: S301 - our own bytes
    outcome = batch.convert_json(b'{"id": 1}', number=3)
    assert pickle.loads(pickle.dumps(outcome)) == outcome  # noqa: S301 - our own bytes
    assert not outcome.ok
    assert orjson.loads(outcome.line)["record"] == 3


def test_convert_record_in_process(articles: tuple[str, ...]) -> None:
    """convert_record returns one JSON line with the id and the article; bad records raise."""
    line = batch.convert_record({"id": "x", "text": articles[0]})
    assert b"\n" not in line
    assert orjson.loads(line)["id"] == "x"
    with pytest.raises(ValueError, match="text: expected the article as a string"):
        batch.convert_record({"id": "x"})


# Dask's scheduler and its worker processes can warn on shutdown (closing comms, leaked
# semaphores reported by the resource tracker); those are Dask's, not ours.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.filterwarnings("ignore::ResourceWarning")
@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_dask_example_on_a_local_cluster(
    run: Run, tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """
    The Dask example, on a two-process cluster on loopback, puts every line of every
    shard in articles/ or errors/, byte-identical to `newsmodel batch` on each shard.
    """
    distributed = pytest.importorskip("distributed")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shards = []
    for part in range(3):
        lines = []
        for i in range(40):
            number = part * 40 + i
            text = "" if number % 7 == 0 else articles[number % len(articles)]
            lines.append(orjson.dumps({"id": number, "text": text}) + b"\n")
        lines.insert(5, b"not json\n")
        path = corpus / f"part-{part}.jsonl"
        path.write_bytes(b"".join(lines))
        shards.append(path)

    example = _example()
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster),
    ):
        example.convert(str(corpus / "*.jsonl"), str(tmp_path / "out"))

    for index, shard in enumerate(shards):
        expected = tmp_path / f"expected-{index}.jsonl"
        assert run("batch", shard, expected, "-q", "-j", "1").returncode == 1
        ok = (tmp_path / "out" / "articles" / f"{index}.jsonl").read_bytes()
        failed = (tmp_path / "out" / "errors" / f"{index}.jsonl").read_bytes()
        assert ok == expected.read_bytes()
        assert failed == (tmp_path / f"expected-{index}.errors.jsonl").read_bytes()
        assert ok.count(b"\n") + failed.count(b"\n") == 41
