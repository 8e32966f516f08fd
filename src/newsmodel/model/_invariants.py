"""
The model's cross-field rules, each worded once.

Each function takes an object whose fields have passed their own checks and returns
every rule it breaks as ``"path: what is wrong"`` (an empty list when all hold). The
constructors run them on every object, so the loops are plain and word nothing until
something is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: A class's cross-field rules: every broken one, worded, for an object whose fields
#: have each passed their own checks.
Rules = Callable[[Any], list[str]]


def holds(expression: str) -> Callable[[Rules], Rules]:
    """
    Give rules their quick test: a Python expression over the class's field names.

    The generated constructor evaluates it inline and calls the rules only when it is
    false, which saves a call on the commonest objects; a test in the model's suite
    checks that it is false exactly when the rules find a problem.
    """

    def give(rules: Rules) -> Rules:
        rules.holds = expression  # type: ignore[attr-defined]
        return rules

    return give


@holds("start <= end")
def span(s: Any) -> list[str]:
    if s.end < s.start:
        return [f"end: expected end >= start ({s.start}), got {s.end}"]
    return []


@holds(
    "(cue is None) == (cue_span is None)"
    " and all(span.start <= part.start and part.end <= span.end for part in quoted)"
)
def quote(q: Any) -> list[str]:
    problems = []
    if (q.cue is None) != (q.cue_span is None):
        problems.append("cue_span: expected cue and cue_span to be given together")
    span = q.span
    problems.extend(
        f"quoted[{i}]: expected a span inside the quote's span {span.start}-{span.end},"
        f" got {part.start}-{part.end}"
        for i, part in enumerate(q.quoted)
        if part.start < span.start or part.end > span.end
    )
    return problems


@holds(
    "(value is not None or low is not None or high is not None)"
    " and (low is None or high is None or not low > high)"
)
def figure(f: Any) -> list[str]:
    low, high = f.low, f.high
    if f.value is None and low is None and high is None:
        return ["value: expected value, low or high to be set"]
    if low is not None and high is not None and low > high:
        return [f"low: expected low <= high, got low={low} and high={high}"]
    return []


@holds("(value is None) == (granularity is None)")
def date_mention(d: Any) -> list[str]:
    if (d.value is None) != (d.granularity is None):
        return ["granularity: expected value and granularity to be given together"]
    return []


def article(a: Any) -> list[str]:  # noqa: C901, PLR0912, PLR0915 - one loop per kind of item
    """
    Every span lies in the text, every item's text is what its span covers, actor ids
    are unique, every reference names an actor, and modified is not before published.
    """
    text = a.text
    size = len(text)
    found: list[str] = []

    def past(path: str, s: Any) -> bool:
        if s.end > size:
            found.append(f"{path}: span {s.start}-{s.end} ends past the text ({size} characters)")
            return True
        return False

    def located(path: str, s: Any, said: str) -> None:
        """The item's text must be what its span covers."""
        if not past(f"{path}span", s):
            covered = text[s.start : s.end]
            if covered != said:
                found.append(
                    f"{path}text: expected the text at its span ({covered!r:.80}), got {said!r:.80}"
                )

    for i, paragraph in enumerate(a.paragraphs):
        if paragraph.span.end > size:
            past(f"paragraphs[{i}].span", paragraph.span)
    for i, s in enumerate(a.boilerplate):
        if s.end > size:
            past(f"boilerplate[{i}]", s)
    image = a.image
    if image is not None and image.span is not None:
        past("image.span", image.span)
    if a.images and image is None:
        found.append("images: expected the lead picture in image before further ones in images")
    for i, picture in enumerate(a.images):
        if picture.span is not None:
            past(f"images[{i}].span", picture.span)
    ids: set[str] = set()
    for i, actor in enumerate(a.actors):
        if actor.id in ids:
            found.append(
                f"actors[{i}].id: {actor.id!r} is used by an earlier actor; ids must be unique"
            )
        ids.add(actor.id)
        for j, mention in enumerate(actor.mentions):
            if mention.end > size:
                past(f"actors[{i}].mentions[{j}]", mention)

    def refer(path: str, actor_id: str | None) -> None:
        if actor_id is not None and actor_id not in ids:
            found.append(f"{path}: no actor {actor_id!r}")

    for i, actor in enumerate(a.actors):
        affiliation = getattr(actor, "affiliation", None)
        if affiliation is not None and affiliation not in ids:
            refer(f"actors[{i}].affiliation", affiliation)
    for i, q in enumerate(a.quotes):
        s = q.span
        if (s.end > size or text[s.start : s.end] != q.text) and not _joined(text, q):
            located(f"quotes[{i}].", s, q.text)
        if q.speaker is not None or q.via is not None:
            refer(f"quotes[{i}].speaker", q.speaker)
            refer(f"quotes[{i}].via", q.via)
        cue_span = q.cue_span
        if cue_span is not None and (
            cue_span.end > size or text[cue_span.start : cue_span.end] != q.cue
        ):
            located(f"quotes[{i}].cue_", cue_span, q.cue)
    for i, f in enumerate(a.figures):
        s = f.span
        if s.end > size or text[s.start : s.end] != f.text:
            located(f"figures[{i}].", s, f.text)
        if f.about is not None:
            refer(f"figures[{i}].about", f.about)
    for i, d in enumerate(a.dates):
        s = d.span
        if s.end > size or text[s.start : s.end] != d.text:
            located(f"dates[{i}].", s, d.text)
    published, modified = a.published, a.modified
    if published is not None and modified is not None and modified < published:
        found.append("modified: expected modified >= published")
    return found


def _joined(text: str, q: Any) -> bool:
    """Whether a quote's text is its quoted words joined by spaces (a run-on quotation)."""
    parts = q.quoted
    return (
        bool(parts)
        and all(p.end <= len(text) for p in parts)
        and (q.text == " ".join(text[p.start : p.end] for p in parts))
    )
