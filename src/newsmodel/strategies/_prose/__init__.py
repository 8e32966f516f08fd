"""
Private: news prose with known truth, for `newsmodel.strategies.news_texts`.

A story is drawn as a plan of small integers (`_plan`, `_draw`), so that Hypothesis
shrinks it well, then written by a reporter (`_render`, `_reporter`, `_orders`,
`_figures`, `_cast`) from word pools (`_pools`) with a writer that records the span of
every piece (`_writer`).  `_compare` matches what a parser found against the truth, for
the recovery properties in ``tests/properties``.
"""
