"""
Hypothesis strategies for every public model type, hostile text, and news with known truth.

They generate valid, varied objects: non-ASCII names and texts (Arabic, Persian,
Hebrew, accented Latin, emoji), empty optional fields, and large articles; with
``hostile=True``, text that breaks HTML, JSON and scripts (`HOSTILE_SAMPLES`).
Every span of a generated article lies inside its text and every item's text is what
its span covers, so the objects pass the model's invariants by construction rather than
by filtering, which keeps shrinking effective.
`news_texts` writes whole stories as plain prose and returns the truth about them, for
testing a parser or a pipeline.

With newsmodel installed, Hypothesis loads a plugin through its entry point, so
``st.from_type(Article)`` uses `articles`, and so on for every model type (set
``HYPOTHESIS_NO_PLUGINS`` to stop it).

>>> import newsmodel
>>> from hypothesis import given, settings
>>> from newsmodel import strategies
>>> @settings(max_examples=5)
... @given(strategies.articles(hostile=True))
... def test_roundtrip(article):
...     assert newsmodel.loads(newsmodel.dumps(article)) == article
>>> test_roundtrip()

.. versionadded:: 0.1
"""

from __future__ import annotations

try:
    import hypothesis  # noqa: F401 - the strategies are built on it
except ImportError as error:  # pragma: no cover - the extra is not installed
    msg = "newsmodel.strategies needs Hypothesis: pip install 'newsmodel[hypothesis]'"
    raise ImportError(msg) from error

from newsmodel.strategies import _text
from newsmodel.strategies._actors import organizations, persons, places
from newsmodel.strategies._article import articles, authors, images, publishers
from newsmodel.strategies._items import date_mentions, figures, quotes
from newsmodel.strategies._news import news_texts
from newsmodel.strategies._prose import _plan
from newsmodel.strategies._prose._plan import DateForm, FigureForm, Intro, Order
from newsmodel.strategies._text import names, spans, texts

#: Strings that break naive HTML, JSON and script embedding.
HOSTILE_SAMPLES: tuple[str, ...] = _text.HOSTILE_SAMPLES

#: Every way `news_texts` attributes a quotation, by name:
#: ``quote-name-said`` ('"...," Okafor said.'), ``quote-said-name`` ('"...," said Okafor.'),
#: ``name-said-colon`` ('Okafor said: "..."'), ``name-told`` ('Okafor told reporters "..."'),
#: ``split`` ('"...," Okafor said. "..."'), ``run-on`` (a quotation left open at the end
#: of its paragraph and attributed in the next), ``continuation`` (a paragraph that is only a
#: quotation, after one by the same speaker), ``pronoun`` ('"...," she said.' after a
#: paragraph quoting her), ``partial`` ('Okafor called the deal "a disaster".'),
#: ``indirect`` ('Okafor said that ...') and ``according-to`` ('According to Okafor, ...').
ATTRIBUTION_ORDERS: tuple[Order, ...] = _plan.ORDERS

#: The figure forms `news_texts` writes: ``plain`` ("5,000 people"), ``hedged`` ("about
#: 5,000 people", "more than 200 families"), ``range`` ("between 4,000 and 5,000 workers"),
#: ``vague`` ("tens of thousands of protesters"), ``money`` ("$3.5 billion"), ``percent``
#: ("40 percent", "40%") and ``words`` ("five students").
FIGURE_FORMS: tuple[FigureForm, ...] = _plan.FIGURE_FORMS

#: The date forms `news_texts` writes: ``weekday`` ("on Thursday"), ``full`` ("on August
#: 28, 2018"), ``month`` ("in March 2019"), ``year`` ("in 2015"), ``relative`` ("last month").
DATE_FORMS: tuple[DateForm, ...] = _plan.DATE_FORMS

#: How `news_texts` first names a person: ``plain`` ("Dr. Amara Okafor"), ``after``
#: ("Amara Okafor, Kenya's finance minister,"), ``before`` ("Kenya's finance minister,
#: Amara Okafor,") or ``title`` ("Finance Minister Amara Okafor").
INTROS: tuple[Intro, ...] = _plan.INTROS

__all__ = [
    "ATTRIBUTION_ORDERS",
    "DATE_FORMS",
    "FIGURE_FORMS",
    "HOSTILE_SAMPLES",
    "INTROS",
    "DateForm",
    "FigureForm",
    "Intro",
    "Order",
    "articles",
    "authors",
    "date_mentions",
    "figures",
    "images",
    "names",
    "news_texts",
    "organizations",
    "persons",
    "places",
    "publishers",
    "quotes",
    "spans",
    "texts",
]
