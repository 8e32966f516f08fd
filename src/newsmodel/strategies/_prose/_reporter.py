"""
The reporter's desk: paragraphs, quotations, figures and dates, each recorded as written.

`Reporter` keeps the text and the truth side by side; the story's shape is in
`newsmodel.strategies._prose._render` and each attribution order in `newsmodel.strategies._prose._orders`.
"""

from __future__ import annotations

import datetime as dt

from attrs import define, field

from newsmodel.model import DateMention, Figure, Granularity, Paragraph, Quote, QuoteKind, Span
from newsmodel.strategies._prose import _pools as pools
from newsmodel.strategies._prose._cast import Cast, Position
from newsmodel.strategies._prose._figures import WRITERS, Facts
from newsmodel.strategies._prose._plan import DatePlan, FigurePlan, Order, QuotePlan, StoryPlan
from newsmodel.strategies._prose._writer import Writer


@define
class Reporter:
    """Write a story piece by piece, recording every item of its truth as it is written."""

    plan: StoryPlan
    writer: Writer = field(factory=Writer)
    cast: Cast = field(init=False)
    paragraphs: list[Paragraph] = field(factory=list)
    quotes: list[Quote] = field(factory=list)
    figures: list[Figure] = field(factory=list)
    dates: list[DateMention] = field(factory=list)
    previous: tuple[int, Order] | None = None  # the speaker and order of the last paragraph
    opened: int = 0  # where the paragraph being written starts

    def __attrs_post_init__(self) -> None:
        plan = self.plan
        self.cast = Cast(self.writer, plan.persons, plan.organizations, plan.acronym_first)

    @property
    def open_mark(self) -> str:
        return "“" if self.plan.curly else '"'

    @property
    def close_mark(self) -> str:
        return "”" if self.plan.curly else '"'

    # ---- paragraphs

    def start_paragraph(self) -> None:
        if self.paragraphs:
            self.writer.write("\n\n")
        self.opened = self.writer.size

    def end_paragraph(self, speaker: tuple[int, Order] | None) -> None:
        self.paragraphs.append(Paragraph(span=Span(start=self.opened, end=self.writer.size)))
        self.previous = speaker

    # ---- dates and figures

    def date(self, plan: DatePlan) -> None:
        """Write " on Thursday", " on August 28, 2018", " in March 2019", " in 2015" ..."""
        value: dt.date | None = None
        granularity: Granularity | None = None
        month = pools.MONTHS[plan.month - 1]
        if plan.form == "weekday":
            prefix, words = " on ", pools.WEEKDAYS[plan.pick % len(pools.WEEKDAYS)]
        elif plan.form == "relative":
            prefix, words = " ", pools.RELATIVE_DATES[plan.pick % len(pools.RELATIVE_DATES)]
        elif plan.form == "full":
            prefix, words = " on ", f"{month} {plan.day}, {plan.year}"
            value, granularity = dt.date(plan.year, plan.month, plan.day), "day"
        elif plan.form == "month":
            prefix, words = " in ", f"{month} {plan.year}"
            value, granularity = dt.date(plan.year, plan.month, 1), "month"
        else:
            prefix, words = " in ", str(plan.year)
            value, granularity = dt.date(plan.year, 1, 1), "year"
        self.writer.write(prefix)
        span = self.writer.write(words)
        self.dates.append(
            DateMention(
                text=words,
                span=span,
                value=value,
                granularity=granularity,
                relative=value is None,
            )
        )

    def figure_paragraph(self, plan: FigurePlan) -> None:
        self.start_paragraph()
        self.figure(plan)
        self.end_paragraph(None)

    def figure(self, plan: FigurePlan) -> None:
        """Write one sentence carrying the figure (and maybe a date), then maybe background."""
        words, facts = WRITERS[plan.form](plan)
        if plan.form == "money":
            self.writer.write(pools.MONEY_FRAMES[plan.frame % len(pools.MONEY_FRAMES)] + " ")
            self._figure_words(words, facts)
            self.writer.write(pools.MONEY_TAILS[plan.frame % len(pools.MONEY_TAILS)])
        elif plan.form == "percent":
            self.writer.write(pools.PERCENT_FRAMES[plan.frame % len(pools.PERCENT_FRAMES)] + " ")
            self._figure_words(words, facts)
        elif plan.subject_first:
            self._figure_words(words[0].upper() + words[1:], facts)
            frames = pools.COUNT_SUBJECT_FRAMES
            self.writer.write(" " + frames[plan.frame % len(frames)])
        else:
            frames = pools.COUNT_OBJECT_FRAMES
            self.writer.write(frames[plan.frame % len(frames)] + " ")
            self._figure_words(words, facts)
        if plan.date is not None:
            self.date(plan.date)
        self.writer.write(".")
        if plan.background is not None:
            self.writer.write(" " + pools.BACKGROUND[plan.background % len(pools.BACKGROUND)])

    def _figure_words(self, words: str, facts: Facts) -> None:
        span = self.writer.write(words)
        self.figures.append(
            Figure(
                text=words,
                span=span,
                value=facts.value,
                low=facts.low,
                high=facts.high,
                approximate=facts.approximate,
                qualifier=facts.qualifier,
                unit=facts.unit,
            )
        )

    # ---- quotations

    def speaker(self, speaker: int, position: Position) -> str:
        """Name speaker *speaker* (persons first, then organizations); return the actor id."""
        persons = len(self.plan.persons)
        if speaker < persons:
            return self.cast.person(speaker, position)
        return self.cast.organization(speaker - persons, capital=position == "start")

    def is_organization(self, speaker: int) -> bool:
        return speaker >= len(self.plan.persons)

    def quoted(self, sentences: list[str], *, comma: bool) -> Span:
        """
        Write sentences in quotation marks; a trailing comma stays out of the span.

        With *comma*, the last full stop becomes the comma before the attribution; a
        question keeps its question mark, which then belongs to the quotation.
        """
        self.writer.write(self.open_mark)
        body = " ".join(sentences)
        comma = comma and body.endswith(".")
        span = self.writer.write(body[:-1] if comma else body)
        self.writer.write(("," if comma else "") + self.close_mark)
        return span

    def cue(self, plan: QuotePlan, verb: str) -> tuple[str, Span]:
        """Write the cue verb, after a hedge when the plan has one."""
        if plan.hedged:
            self.writer.write(pools.HEDGES[plan.pick % len(pools.HEDGES)] + " ")
        return verb, self.writer.write(verb)

    def record(
        self,
        span: Span,
        speaker: str,
        cue: tuple[str, Span] | None,
        *,
        kind: QuoteKind = "direct",
        hedged: bool = False,
    ) -> None:
        """Add a quotation to the truth."""
        self.quotes.append(
            Quote(
                text=self.writer.text()[span.start : span.end],
                span=span,
                kind=kind,
                speaker=speaker,
                cue=cue[0] if cue else None,
                cue_span=cue[1] if cue else None,
                hedged=hedged,
            )
        )
