"""
Write a `StoryPlan` as a reporter would, and return the text with the `Article` it states.

The text is headline, caption, body and boilerplate, in paragraphs separated by blank
lines, as the parser reads plain news text.
Every span in the returned article was recorded while its words were written.
"""

from __future__ import annotations

from newsmodel.model import Article, Image, Span
from newsmodel.strategies._prose import _pools as pools
from newsmodel.strategies._prose._orders import WRITERS
from newsmodel.strategies._prose._plan import CONTEXTUAL_ORDERS, Order, QuotePlan, StoryPlan
from newsmodel.strategies._prose._reporter import Reporter

#: Orders that end with a direct quotation, which a continuation paragraph may follow.
_DIRECT_ORDERS: frozenset[Order] = frozenset(
    {
        "quote-name-said",
        "quote-said-name",
        "name-said-colon",
        "name-told",
        "split",
        "run-on",
        "continuation",
        "pronoun",
    }
)


def render(plan: StoryPlan, *, fallback: Order) -> tuple[str, Article]:
    """Return the story's text and its truth; *fallback* stands in for an order out of context."""
    r = Reporter(plan)
    headline = _headline(r)
    image = _caption(r)
    dateline = _body(r, fallback)
    boilerplate: list[Span] = []
    if plan.boilerplate is not None:
        r.writer.write("\n\n")
        boilerplate.append(r.writer.write(pools.BOILERPLATE[plan.boilerplate]))
    text = r.writer.text()
    return text, Article(
        text=text,
        headline=headline,
        image=image,
        dateline=dateline,
        paragraphs=tuple(r.paragraphs),
        boilerplate=tuple(boilerplate),
        actors=r.cast.actors(),
        quotes=tuple(r.quotes),
        figures=tuple(r.figures),
        dates=tuple(r.dates),
    )


def _headline(r: Reporter) -> str | None:
    """ "Kenya Unions Reject Pay Offer", then a blank line."""
    if r.plan.headline is None:
        return None
    country, subject, predicate = r.plan.headline
    start = r.writer.size
    r.cast.country(country)
    words = f" {pools.HEADLINE_SUBJECTS[subject]} {pools.HEADLINE_PREDICATES[predicate]}"
    end = r.writer.write(words).end
    r.writer.write("\n\n")
    return r.writer.text()[start:end]


def _caption(r: Reporter) -> Image | None:
    """ "Amara Okafor arrives for a meeting in Nairobi on Monday. (AP Photo)" """
    plan = r.plan
    # A caption follows a headline in plain news text; it names the first speaker.
    if plan.caption is None or plan.headline is None or not plan.quotes:
        return None
    action, date, credit = plan.caption
    first = plan.quotes[0].speaker
    person = first if first < len(plan.persons) else 0
    start = r.writer.size
    r.cast.written_person(person)
    r.writer.write(f" {pools.CAPTION_ACTIONS[action]} in ")
    role = plan.persons[person].role
    r.cast.city(role.where if role is not None and role.at == "country" else 0)
    if date is not None:
        r.date(date)
    r.writer.write(".")
    # Plain text marks a caption by its date or picture credit, as agencies write it.
    words, who = pools.PHOTO_CREDITS[credit]
    end = r.writer.write(words).end
    r.writer.write("\n\n")
    caption = r.writer.text()[start:end]
    return Image(caption=caption, span=Span(start=start, end=end), credit=who)


def _body(r: Reporter, fallback: Order) -> str | None:
    """The lead (after a dateline), then quotes with figures between them; return the dateline."""
    figures = sorted(r.plan.figures, key=lambda pair: pair[0])
    dateline = None
    if r.plan.dateline is not None:
        country, agency = r.plan.dateline
        dateline = pools.COUNTRIES[country][2].upper()
        if agency is not None:
            dateline += f" ({pools.AGENCIES[agency]})"
        r.start_paragraph()
        r.writer.write(dateline + (" - " if agency is not None else " — "))
        if figures and figures[0][0] == 0:
            r.figure(figures.pop(0)[1])
        else:
            r.writer.write(pools.BACKGROUND[country % len(pools.BACKGROUND)])
        r.end_paragraph(None)
    for at, quote in enumerate(r.plan.quotes):
        while figures and figures[0][0] <= at:
            r.figure_paragraph(figures.pop(0)[1])
        _quote_paragraph(r, quote, fallback)
    for _, figure in figures:
        r.figure_paragraph(figure)
    if not r.paragraphs:  # a story with nothing to report still has a body
        r.start_paragraph()
        r.writer.write(pools.BACKGROUND[0])
        r.end_paragraph(None)
    return dateline


def _quote_paragraph(r: Reporter, plan: QuotePlan, fallback: Order) -> None:
    order = plan.order
    if order in CONTEXTUAL_ORDERS and not _in_context(r, order, plan.speaker):
        order = fallback
    r.start_paragraph()
    WRITERS[order](r, plan, plan.speaker)
    r.end_paragraph((plan.speaker, order))


def _in_context(r: Reporter, order: Order, speaker: int) -> bool:
    """Whether the paragraph before quoted this person, so "she said" or a bare quote is clear."""
    if r.previous is None or r.previous[0] != speaker or r.is_organization(speaker):
        return False
    return order == "pronoun" or r.previous[1] in _DIRECT_ORDERS
