"""
Every attribution order, as a function that writes one paragraph and records its quotes.

Each function takes the reporter, the quote's plan and the speaker's index; the
docstring shows the shape it writes.
"""

from __future__ import annotations

from collections.abc import Callable

from newsmodel.strategies._prose import _pools as pools
from newsmodel.strategies._prose._plan import Order, QuotePlan
from newsmodel.strategies._prose._reporter import Reporter


def _sentences(plan: QuotePlan) -> list[str]:
    sentences = [
        f"{pools.QUOTE_SUBJECTS[s]} {pools.QUOTE_PREDICATES[p]} "
        f"{pools.QUOTE_OBJECTS[o]}{pools.QUOTE_TAILS[t]}."
        for s, p, o, t in plan.sentences
    ]
    if plan.question is not None:
        sentences.append(pools.QUESTIONS[plan.question])
    return sentences


def _direct_cue(plan: QuotePlan, choices: int = len(pools.DIRECT_CUES)) -> str:
    return "asked" if plan.question is not None else pools.DIRECT_CUES[plan.cue % choices]


def _clause(plan: QuotePlan) -> str:
    s, p, o, _ = plan.sentences[0]
    return (
        f"{pools.REPORTED_SUBJECTS[s % len(pools.REPORTED_SUBJECTS)]} "
        f"{pools.REPORTED_PREDICATES[p % len(pools.REPORTED_PREDICATES)]} "
        f"{pools.REPORTED_OBJECTS[o % len(pools.REPORTED_OBJECTS)]}"
    )


# ---- one function per attribution order: (reporter, plan, speaker index)


def _quote_name_said(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'"...," Okafor said.' or '"...," Okafor said on Thursday.'"""
    span = r.quoted(_sentences(plan), comma=True)
    r.writer.write(" ")
    who = r.speaker(speaker, "mid")
    r.writer.write(" ")
    cue = r.cue(plan, _direct_cue(plan))
    if r.is_organization(speaker):
        r.writer.write(" in a statement")
    if plan.date is not None:
        r.date(plan.date)
    r.writer.write(".")
    r.record(span, who, cue, hedged=plan.hedged)


def _quote_said_name(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'"...," said Okafor, Kenya's finance minister.'"""
    span = r.quoted(_sentences(plan), comma=True)
    r.writer.write(" ")
    cue = r.cue(plan, _direct_cue(plan, 3))
    r.writer.write(" ")
    who = r.speaker(speaker, "end")
    r.writer.write(".")
    r.record(span, who, cue, hedged=plan.hedged)


def _name_said_colon(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'Okafor said: "..."'"""
    who = r.speaker(speaker, "start")
    r.writer.write(" ")
    cue = r.cue(plan, _direct_cue(plan))
    r.writer.write(" in a statement: " if r.is_organization(speaker) else ": ")
    span = r.quoted(_sentences(plan), comma=False)
    r.record(span, who, cue, hedged=plan.hedged)


def _name_told(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'Okafor told reporters: "..."' (or without the colon)."""
    who = r.speaker(speaker, "start")
    r.writer.write(" ")
    cue = r.cue(plan, "told")
    audience = pools.AUDIENCES[plan.pick % len(pools.AUDIENCES)]
    r.writer.write(f" {audience}: " if plan.pick % 2 == 0 else f" {audience} ")
    span = r.quoted(_sentences(plan), comma=False)
    r.record(span, who, cue, hedged=plan.hedged)


def _split(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'"First sentence," Okafor said. "Second sentence."'"""
    first, *rest = _sentences(plan)
    span = r.quoted([first], comma=True)
    r.writer.write(" ")
    who = r.speaker(speaker, "mid")
    r.writer.write(" ")
    cue = r.cue(plan, pools.DIRECT_CUES[plan.cue % len(pools.DIRECT_CUES)])
    r.writer.write(". ")
    r.record(span, who, cue, hedged=plan.hedged)
    if rest:
        r.record(r.quoted(rest, comma=False), who, None, hedged=plan.hedged)


def _run_on(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """
    A quotation that runs on into the next paragraph, attributed at its end.

    News style leaves the first paragraph's quotation open and opens the next one again:
    '"First sentence.' then '"Second sentence," Okafor said.'
    """
    first, *rest = _sentences(plan)
    r.writer.write(r.open_mark)
    opened = r.writer.write(first)
    r.end_paragraph(None)
    r.start_paragraph()
    span = r.quoted(rest, comma=True)
    r.writer.write(" ")
    who = r.speaker(speaker, "mid")
    r.writer.write(" ")
    cue = r.cue(plan, _direct_cue(plan))
    r.writer.write(".")
    r.record(opened, who, None, hedged=plan.hedged)
    r.record(span, who, cue, hedged=plan.hedged)


def _continuation(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """A paragraph that is only a quotation, by the speaker of the paragraph before."""
    span = r.quoted(_sentences(plan), comma=False)
    r.record(span, r.cast.person_id(speaker), None)


def _pronoun(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'"...," she said.' after a paragraph that quoted her."""
    span = r.quoted(_sentences(plan), comma=True)
    r.writer.write(" she " if r.cast.gender(speaker) == "f" else " he ")
    cue = r.cue(plan, pools.DIRECT_CUES[plan.cue % len(pools.DIRECT_CUES)])
    r.writer.write(".")
    r.record(span, r.cast.person_id(speaker), cue, hedged=plan.hedged)


def _partial(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'Okafor called the deal "a disaster for small farmers".'"""
    who = r.speaker(speaker, "start")
    verb, between, _ = pools.PARTIAL_CUES[plan.cue % len(pools.PARTIAL_CUES)]
    r.writer.write(" ")
    cue = r.cue(plan, verb)
    thing = pools.THINGS[plan.pick % len(pools.THINGS)]
    r.writer.write(" " + between.format(thing=thing) + r.open_mark)
    span = r.writer.write(pools.FRAGMENTS[plan.sentences[0][2] % len(pools.FRAGMENTS)])
    # American style puts the full stop inside the marks, British style outside.
    r.writer.write(f".{r.close_mark}" if plan.pick % 2 == 0 else f"{r.close_mark}.")
    r.record(span, who, cue, kind="partial", hedged=plan.hedged)


def _indirect(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'Okafor said (on Thursday) that the government would review the proposed budget.'"""
    who = r.speaker(speaker, "start")
    r.writer.write(" ")
    cue = r.cue(plan, pools.INDIRECT_CUES[plan.cue % len(pools.INDIRECT_CUES)])
    if plan.date is not None:
        r.date(plan.date)
    r.writer.write(" that ")
    span = r.writer.write(_clause(plan))
    r.writer.write(".")
    r.record(span, who, cue, kind="indirect", hedged=plan.hedged)


def _according_to(r: Reporter, plan: QuotePlan, speaker: int) -> None:
    """'According to Okafor, the government would review the proposed budget.'"""
    cue = ("According to", r.writer.write("According to"))
    r.writer.write(" ")
    who = r.speaker(speaker, "end")
    r.writer.write(", ")
    span = r.writer.write(_clause(plan))
    r.writer.write(".")
    r.record(span, who, cue, kind="indirect")


WRITERS: dict[Order, Callable[[Reporter, QuotePlan, int], None]] = {
    "quote-name-said": _quote_name_said,
    "quote-said-name": _quote_said_name,
    "name-said-colon": _name_said_colon,
    "name-told": _name_told,
    "split": _split,
    "run-on": _run_on,
    "continuation": _continuation,
    "pronoun": _pronoun,
    "partial": _partial,
    "indirect": _indirect,
    "according-to": _according_to,
}
