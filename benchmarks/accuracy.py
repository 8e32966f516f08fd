"""
Parse a gold corpus file and write the parser's predictions in the scorer's format.

    python benchmarks/accuracy.py ../shared/corpus/polnear-train.jsonl --pred preds.jsonl
    python benchmarks/accuracy.py ../shared/corpus/polnear-train.jsonl --pred preds.jsonl --gate

Every record must parse: a record that raises is reported and makes the run fail.
With ``--gate`` the script runs the corpus scorer (``../shared/corpus/score.py``) on the
predictions and fails when a figure falls below its floor in
``benchmarks/accuracy_floors.json``; floors sit slightly below the measured figures, so
accuracy cannot fall silently.
``--skip-missing`` makes a checkout without the corpus succeed with a notice.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import newsmodel
from newsmodel import Article, Organization, Person, Place, Span
from newsmodel.parser import parse
from newsmodel.parser.lexicons.numbers import CURRENCY_LABELS

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "corpus" / "score.py"
FLOORS = Path(__file__).resolve().parent / "accuracy_floors.json"
_KIND = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}
_TYPE = {Person: "PERSON", Organization: "ORG", Place: "PLACE"}


def _number(value: object) -> object:
    return value if isinstance(value, int) else float(value)  # type: ignore[arg-type]


def relations(article: Article, names: dict[str, str]) -> list[dict[str, Any]]:
    """
    The article's quotes as the corpus counts them: one attribution relation each.

    A direct quote that the reporter splits around its attribution ('"...," he said. "..."')
    is one relation in the corpus and two `Quote` objects in the model, which share their
    speaker and cue span; they are joined here, so the scorer compares like with like.
    """
    grouped: dict[tuple[str | None, Span], int] = {}
    out: list[dict[str, Any]] = []
    for q in article.quotes:
        key = (q.speaker, q.cue_span) if q.cue_span is not None else None
        if key is not None and key in grouped and q.kind == "direct":
            out[grouped[key]]["content"] += " " + q.text
            continue
        if key is not None:
            grouped[key] = len(out)
        speaker = names.get(q.speaker) if q.speaker else None
        out.append({"content": q.text, "speaker": speaker, "kind": _KIND[q.kind]})
    return out


def predictions(record_id: str, article: Article) -> dict[str, Any]:
    """Map an article to one line of the scorer's predictions."""
    names = {actor.id: actor.name for actor in article.actors}
    quotes = relations(article, names)
    entities = [{"text": a.name, "type": _TYPE[type(a)]} for a in article.actors]
    figures = []
    for f in article.figures:
        if f.value is not None:
            value: object = _number(f.value)
        else:
            low = f.low if f.low is not None else f.high
            high = f.high if f.high is not None else f.low
            value = [_number(low), _number(high)]
        # The scorer compares words: give a currency code its name too ("USD US dollar").
        unit = f.unit or ""
        if unit in CURRENCY_LABELS:
            unit = f"{unit} {CURRENCY_LABELS[unit]}"
        figures.append({"value": value, "text": f.text, "unit": unit, "approximate": f.approximate})
    captions = [article.image.caption] if article.image and article.image.caption else []
    return {
        "id": record_id,
        "quotes": quotes,
        "entities": entities,
        "figures": figures,
        "article": {"headline": article.headline or "", "captions": captions},
    }


def run(gold: Path, pred: Path) -> tuple[int, int, float]:
    """Parse every record of *gold* into *pred*; return (records, failures, seconds)."""
    failures = 0
    count = 0
    elapsed = 0.0
    with gold.open(encoding="utf-8") as source, pred.open("w", encoding="utf-8") as out:
        for line in source:
            if not line.strip():
                continue
            record = json.loads(line)
            count += 1
            start = time.perf_counter()
            try:
                article = parse(record["text"])
            except newsmodel.NewsmodelError as error:
                failures += 1
                print(f"{record['id']}: {type(error).__name__}: {error}", file=sys.stderr)
                continue
            except Exception as error:  # noqa: BLE001 - a crash must be reported, not hidden
                failures += 1
                print(f"{record['id']}: CRASH {type(error).__name__}: {error}", file=sys.stderr)
                continue
            elapsed += time.perf_counter() - start
            out.write(json.dumps(predictions(record["id"], article), ensure_ascii=False) + "\n")
    return count, failures, elapsed


def _lookup(report: dict[str, Any], path: str) -> float:
    node: Any = report["overall"]
    for key in path.split("."):
        node = node[key]
    return float(node)


def gate(gold: Path, pred: Path) -> bool:
    """Score *pred* and check the floors for *gold*; print each figure; True if all hold."""
    floors = json.loads(FLOORS.read_text(encoding="utf-8")).get(gold.name)
    if floors is None:
        print(f"no floors for {gold.name} in {FLOORS.name}")
        return True
    with tempfile.TemporaryDirectory() as tmp:
        report_path = Path(tmp) / "report.json"
        command = [sys.executable, str(SCORER), str(gold), "--pred", str(pred)]
        command += [*floors.get("score_args", []), "--json", str(report_path)]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        report = json.loads(report_path.read_text(encoding="utf-8"))
    ok = True
    for path, floor in floors["floors"].items():
        value = _lookup(report, path)
        status = "ok" if value >= floor else "BELOW FLOOR"
        ok &= value >= floor
        print(f"{path:40} {value:.4f} (floor {floor:.4f}) {status}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", type=Path, help="a gold JSON Lines file of the corpus")
    parser.add_argument("--pred", type=Path, required=True, help="where to write predictions")
    parser.add_argument("--gate", action="store_true", help="score and check the floors")
    parser.add_argument(
        "--skip-missing",
        action="store_true",
        help="succeed with a notice when the gold file is absent (a checkout without the corpus)",
    )
    args = parser.parse_args()
    if args.skip_missing and not args.gold.exists():
        print(f"skipped: no {args.gold}")
        return 0
    count, failures, elapsed = run(args.gold, args.pred)
    rate = (count - failures) / elapsed if elapsed else 0.0
    print(f"{count} records, {failures} failed, {rate:.0f} articles/s (parse only)")
    ok = failures == 0
    if args.gate:
        ok &= gate(args.gold, args.pred)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
