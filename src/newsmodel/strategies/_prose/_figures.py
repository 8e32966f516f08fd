"""How a reporter writes a figure, and what the written figure states."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from attrs import frozen

from newsmodel.strategies._prose import _pools as pools
from newsmodel.strategies._prose._plan import FigureForm, FigurePlan


@frozen(kw_only=True)
class Facts:
    """The `newsmodel.Figure` fields a written figure states, besides its text and span."""

    value: int | None = None
    low: int | None = None
    high: int | None = None
    approximate: bool = False
    qualifier: str | None = None
    unit: str | None = None


def _number(n: int) -> str:
    return f"{n:,}"


def _unit(plan: FigurePlan) -> str:
    return pools.COUNT_UNITS[plan.unit % len(pools.COUNT_UNITS)]


def _plain(plan: FigurePlan) -> tuple[str, Facts]:
    return f"{_number(plan.number)} {_unit(plan)}", Facts(value=plan.number, unit=_unit(plan))


def _hedged(plan: FigurePlan) -> tuple[str, Facts]:
    n = plan.number
    hedge, approximate, bound = pools.FIGURE_HEDGES[plan.pick % len(pools.FIGURE_HEDGES)]
    facts = Facts(
        value=n if approximate else None,  # a bound ("more than 300") is not the value
        low=n if bound == "low" else None,
        high=n if bound == "high" else None,
        approximate=approximate,
        qualifier=hedge,
        unit=_unit(plan),
    )
    return f"{hedge} {_number(n)} {_unit(plan)}", facts


def _range(plan: FigurePlan) -> tuple[str, Facts]:
    low, high = plan.number, plan.number + plan.extra
    words = (
        f"between {_number(low)} and {_number(high)}"
        if plan.pick % 2 == 0
        else f"from {_number(low)} to {_number(high)}"
    )
    return f"{words} {_unit(plan)}", Facts(low=low, high=high, unit=_unit(plan))


def _vague(plan: FigurePlan) -> tuple[str, Facts]:
    vague, low, high = pools.VAGUE[plan.pick % len(pools.VAGUE)]
    return f"{vague} {_unit(plan)}", Facts(low=low, high=high, approximate=True, unit=_unit(plan))


def _money(plan: FigurePlan) -> tuple[str, Facts]:
    symbol, code = pools.CURRENCIES[plan.pick % len(pools.CURRENCIES)]
    scale, power = (("million", 6), ("billion", 9))[plan.extra % 2]
    whole = 1 + plan.number % 999
    digit = plan.extra // 2 % 10
    amount = Decimal(f"{whole}.{digit}") if digit else Decimal(whole)
    return f"{symbol}{amount} {scale}", Facts(value=int(amount.scaleb(power)), unit=code)


def _percent(plan: FigurePlan) -> tuple[str, Facts]:
    pct = 1 + plan.number % 99
    words = f"{pct} percent" if plan.extra % 2 == 0 else f"{pct}%"
    return words, Facts(value=pct, unit="percent")


def _words(plan: FigurePlan) -> tuple[str, Facts]:
    k = plan.pick % len(pools.NUMBER_WORDS)
    return f"{pools.NUMBER_WORDS[k]} {_unit(plan)}", Facts(value=k + 2, unit=_unit(plan))


#: How each form is written: "5,000 people", "about 5,000 people", "between 4,000 and
#: 5,000 people", "tens of thousands of people", "$3.5 billion", "40 percent", "five people".
WRITERS: dict[FigureForm, Callable[[FigurePlan], tuple[str, Facts]]] = {
    "plain": _plain,
    "hedged": _hedged,
    "range": _range,
    "vague": _vague,
    "money": _money,
    "percent": _percent,
    "words": _words,
}
