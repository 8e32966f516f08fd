"""Stages 5 and 6: the figures a text states, with what they count, and the dates it mentions."""

from newsmodel.parser.numbers._dates import find_dates
from newsmodel.parser.numbers._figures import find_figures

__all__ = ["find_dates", "find_figures"]
