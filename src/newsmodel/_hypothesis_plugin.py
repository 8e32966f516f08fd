"""
Hypothesis plugin entry point: teaches ``st.from_type`` to build valid newsmodel objects.

Hypothesis calls the hook while it is being imported, which may be in the middle of
importing `newsmodel.strategies` itself (``from newsmodel import strategies`` imports
Hypothesis first).  So the hook registers deferred strategies that look the real ones up
only when a test first draws from them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from newsmodel import model

_TEXT = "Officials said about 5,000 people attended on Thursday."

#: How to build each public type from `newsmodel.strategies` (passed in as ``s``).
STRATEGIES: dict[str, Callable[[Any], Any]] = {
    "Article": lambda s: s.articles(),
    "Person": lambda s: s.persons(),
    "Organization": lambda s: s.organizations(),
    "Place": lambda s: s.places(),
    "Author": lambda s: s.authors(),
    "Publisher": lambda s: s.publishers(),
    "Image": lambda s: s.images(),
    "Span": lambda s: s.spans(1000),
    "Paragraph": lambda s: s.spans(1000).map(lambda span: model.Paragraph(span=span)),
    "Quote": lambda s: s.quotes(text=_TEXT),
    "Figure": lambda s: s.figures(text=_TEXT),
    "DateMention": lambda s: s.date_mentions(text=_TEXT),
}


def _hypothesis_setup_hook() -> None:
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is importing us

    def lazy(build: Callable[[Any], Any]) -> Any:
        return st.deferred(lambda: build(importlib.import_module("newsmodel.strategies")))

    for type_name, build in STRATEGIES.items():
        st.register_type_strategy(getattr(model, type_name), lazy(build))
