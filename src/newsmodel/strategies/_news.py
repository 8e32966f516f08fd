"""Plain news stories written with the truth about them."""

from __future__ import annotations

from collections.abc import Collection

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsmodel.model import (
    Article,
)
from newsmodel.strategies._prose import _plan
from newsmodel.strategies._prose._draw import check_names, fallback_order, stories
from newsmodel.strategies._prose._plan import DateForm, FigureForm, Intro, Order
from newsmodel.strategies._prose._render import render


def news_texts(
    *,
    orders: Collection[Order] = _plan.ORDERS,
    figure_forms: Collection[FigureForm] = _plan.FIGURE_FORMS,
    date_forms: Collection[DateForm] = _plan.DATE_FORMS,
    min_quotes: int = 1,
    max_quotes: int = 5,
    max_people: int = 3,
    max_figures: int = 3,
    organizations_speak: bool = True,
    extras: bool = True,
    intros: Collection[Intro] = _plan.INTROS,
    courtesy_titles: bool = True,
    place_names: bool = True,
) -> st.SearchStrategy[tuple[str, Article]]:
    """
    Whole news stories as plain text, each with the truth about it: ``(text, expected)``.

    The strategy draws a story (people with honorifics and roles, organizations with
    acronyms, quotations in every attribution order, hedged figures, ranges and dates),
    writes it as a reporter would (headline, caption, dateline, paragraphs, boilerplate)
    and returns the text with an `Article` whose every span points at what was written:
    each person's mentions, each quotation's words (without the comma the attribution
    adds) and cue, each figure and each date.
    ``expected.actors`` holds exactly the people, organizations and places the text names.
    Pronouns are not mentions; a quote introduced by one has the pronoun's person as
    its ``speaker``.

    Args:
        orders: the attribution orders to use (see `ATTRIBUTION_ORDERS`); at least one
            must stand alone, since ``continuation`` and ``pronoun`` need an earlier
            quote by the same speaker and fall back to the first such order otherwise.
        figure_forms: figures to write (see `FIGURE_FORMS`); empty for none.
        date_forms: dates to write (see `DATE_FORMS`); empty for none.
        min_quotes: at least this many attributed utterances.
        max_quotes: at most this many.
        max_people: at most this many people (at least one is drawn).
        max_figures: at most this many figures.
        organizations_speak: organizations may be speakers ("the WHO said").
        extras: the story opens with a headline, as plain news text does, and a caption,
            a dateline and boilerplate may appear; without extras, the body alone.
        intros: how the body first names a person (see `INTROS`): "Dr. Amara Okafor",
            "Amara Okafor, Kenya's finance minister,", "Kenya's finance minister, Amara
            Okafor," or "Finance Minister Amara Okafor".
        courtesy_titles: later mentions may read "Ms. Okafor" rather than "Okafor".
        place_names: given names may also be names of places ("Sofia", "Florence").

    Raises:
        hypothesis.errors.InvalidArgument: a name is unknown, *intros* is empty, or no
            order in *orders* stands alone.

    .. versionadded:: 0.1
    """
    chosen = tuple(orders)
    check_names("orders", chosen, _plan.ORDERS)
    check_names("figure_forms", figure_forms, _plan.FIGURE_FORMS)
    check_names("date_forms", date_forms, _plan.DATE_FORMS)
    check_names("intros", intros, _plan.INTROS)
    if not intros:
        raise InvalidArgument("intros: expected at least one way to introduce a person")
    fallback = fallback_order(chosen)
    plans = stories(
        orders=chosen,
        figure_forms=tuple(figure_forms),
        date_forms=tuple(date_forms),
        min_quotes=min_quotes,
        max_quotes=max_quotes,
        max_people=max_people,
        max_figures=max_figures,
        organizations_speak=organizations_speak,
        extras=extras,
        intros=tuple(intros),
        courtesy_titles=courtesy_titles,
        place_names=place_names,
    )
    return plans.map(lambda plan: render(plan, fallback=fallback))
