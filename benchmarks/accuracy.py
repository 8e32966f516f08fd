"""
Parse a gold corpus file and write the parser's predictions in the scorer's format.

    python benchmarks/accuracy.py ../shared/corpus/polnear-train.jsonl --pred preds.jsonl
    python benchmarks/accuracy.py ../shared/corpus/polnear-train.jsonl --pred preds.jsonl --gate

Every record must parse: a record that raises is reported and makes the run fail.
With ``--gate`` the script runs the corpus scorer (``../shared/corpus/score.py``) on the
predictions and fails when a figure falls below its floor in
``benchmarks/accuracy_floors.json``; floors sit slightly below the measured figures, so
accuracy cannot fall silently.
Besides the scorer's figures, the script measures ``actors.person_names_ok``: the share
of the people the parser names whose name reads as one (a capitalised word, and no
determiner or pronoun first), which needs no annotation and so gates the BBC corpus.
An unnamed source (`Person.described`) is no named entity: it is left out of the
entities and of that share.
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
from newsmodel import Article, Image, Organization, Person, Place, Span
from newsmodel.parser import parse
from newsmodel.parser.lexicons.numbers import CURRENCY_LABELS

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "corpus" / "score.py"
FLOORS = Path(__file__).resolve().parent / "accuracy_floors.json"
_KIND = {"direct": "direct", "partial": "mixed", "indirect": "indirect"}
_TYPE = {Person: "PERSON", Organization: "ORG", Place: "PLACE"}
#: Words a person's name never opens with, lower case: determiners and pronouns.
_NOT_NAME_STARTS = frozenset(
    {
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
        "our", "my", "your", "some", "any", "every", "each", "no", "he", "she", "it", "they",
        "we", "i", "you", "him", "them", "us", "me", "who", "which",
    }
)  # fmt: skip


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
    entities = [
        {"text": a.name, "type": _TYPE[type(a)]}
        for a in article.actors
        if not (isinstance(a, Person) and a.described)
    ]
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
    captions = [image.caption for image in _images(article) if image.caption]
    return {
        "id": record_id,
        "quotes": quotes,
        "entities": entities,
        "figures": figures,
        "article": {"headline": article.headline or "", "captions": captions},
    }


def _images(article: Article) -> tuple[Image, ...]:
    """The article's pictures: the lead one, then the others."""
    return (article.image, *article.images) if article.image is not None else ()


def reads_as_a_name(name: str) -> bool:
    """
    Whether a person's name reads as one: it has a capitalised word and opens with no
    determiner or pronoun ("analysts", "the", "I don't" do not).
    """
    words = name.split()
    return (
        bool(words)
        and words[0].casefold() not in _NOT_NAME_STARTS
        and any(w[:1].isupper() for w in words)
    )


class Names:
    """How many of the people the parser names read as names, over a corpus."""

    def __init__(self) -> None:
        self.people = 0
        self.bad: list[str] = []

    def add(self, article: Article) -> None:
        for actor in article.actors:
            if isinstance(actor, Person) and not actor.described:
                self.people += 1
                if not reads_as_a_name(actor.name):
                    self.bad.append(actor.name)

    def report(self) -> dict[str, Any]:
        ok = 1 - len(self.bad) / self.people if self.people else 1.0
        return {"person_names_ok": round(ok, 4), "people": self.people, "bad": len(self.bad)}


def run(gold: Path, pred: Path, names: Names | None = None) -> tuple[int, int, float]:
    """
    Parse every record of *gold* into *pred*; return (records, failures, seconds).

    *names*, when given, counts the people the parser names.
    """
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
            if names is not None:
                names.add(article)
            out.write(json.dumps(predictions(record["id"], article), ensure_ascii=False) + "\n")
    return count, failures, elapsed


def _lookup(report: dict[str, Any], path: str) -> float:
    node: Any = report["overall"]
    for key in path.split("."):
        node = node[key]
    return float(node)


def gate(gold: Path, pred: Path, actors: dict[str, Any]) -> bool:
    """
    Score *pred* and check the floors for *gold*, with the parser's own *actors* figures;
    print each figure; True if all hold.
    """
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
    report["overall"]["actors"] = actors
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
    names = Names()
    count, failures, elapsed = run(args.gold, args.pred, names)
    rate = (count - failures) / elapsed if elapsed else 0.0
    print(f"{count} records, {failures} failed, {rate:.0f} articles/s (parse only)")
    actors = names.report()
    print(f"{actors['bad']} of {actors['people']} people's names do not read as names")
    ok = failures == 0
    if args.gate:
        ok &= gate(args.gold, args.pred, actors)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
