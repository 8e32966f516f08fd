"""The figures stage: numbers, what they count, how sure the reporter is, and what is no figure."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.model import Figure, Span
from newsmodel.parser.numbers._figures import find_figures

SAMPLE = Path(__file__).parents[2] / "seeds" / "iran-iraq-military-ties.txt"


def _sentences(text: str) -> list[Span]:
    """Each line is a sentence: enough for these tests, which write one per line."""
    return [Span(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", text)]


def _figures(text: str, places: tuple[tuple[Span, str], ...] = ()) -> list[Figure]:
    return find_figures(text, _sentences(text), places)


def _only(text: str) -> Figure:
    figures = _figures(text)
    assert len(figures) == 1, figures
    return figures[0]


def _has(figure: Figure, **expected: Any) -> None:
    for name, value in expected.items():
        assert getattr(figure, name) == value, (name, figure)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The plant employs 13,500 workers.", {"value": 13500, "unit": "workers"}),
        ("Prices rose by 2.75 points.", {"value": 2.75, "unit": "points"}),
        ("Twenty-one firms signed the deal.", {"value": 21, "unit": "firms"}),
        ("The fund raised 2.5 million pounds sterling.", {"value": 2_500_000, "unit": "GBP"}),
        ("Officials counted four hundred tents.", {"value": 400, "unit": "tents"}),
        ("The club sold a dozen tickets.", {"value": 12, "unit": "tickets"}),
        ("She owns one hundred and twenty goats.", {"value": 120, "unit": "goats"}),
        ("Turnout fell to .5 percent.", {"value": 0.5, "unit": "percent"}),
    ],
)
def test_numbers_in_digits_and_words(sentence: str, expected: dict[str, Any]) -> None:
    """Digits with separators and decimals, and numbers in words, get their value and counted noun."""
    _has(_only(sentence), **expected)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Unemployment reached 40% in May.", {"value": 40, "unit": "percent"}),
        ("Unemployment reached 40 percent.", {"value": 40, "unit": "percent"}),
        ("Unemployment reached 40 per cent.", {"value": 40, "unit": "percent"}),
        ("Rates rose 25 basis points.", {"value": 25, "unit": "basis points"}),
    ],
)
def test_percentages(sentence: str, expected: dict[str, Any]) -> None:
    """ "%", "percent", "per cent" all give the unit "percent"."""
    _has(_only(sentence), **expected)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The bridge cost $3 billion to build.", 3_000_000_000, "USD"),
        ("The club paid £40m for the striker.", 40_000_000, "GBP"),
        ("Brussels set aside €2.5bn for farmers.", 2_500_000_000, "EUR"),
        ("The city spent 3 million euros on trams.", 3_000_000, "EUR"),
        ("Tickets cost US$58.24 each.", 58.24, "USD"),
        ("The flat sold for HK$5.4m last spring.", 5_400_000, "HKD"),
        ("A lunch costs Rs 500 there.", 500, "INR"),
        ("Savers lost 10.5 million Australian dollars.", 10_500_000, "AUD"),
        ("The bonus was USD10m in all.", 10_000_000, "USD"),
        ("The laptop cost 1,200€ online.", 1200, "EUR"),
    ],
)
def test_money_has_an_iso_4217_unit(sentence: str, value: float, unit: str) -> None:
    """A currency symbol, prefix, code or name gives the ISO 4217 code as the unit."""
    _has(_only(sentence), value=value, unit=unit)


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Between 4,000 and 5,000 people marched.", 4000, 5000),
        ("Some 4,000-5,000 people marched.", 4000, 5000),
        ("Police said 4,000 to 5,000 people marched.", 4000, 5000),
        ("The bill comes to $89 to $93 billion.", 89_000_000_000, 93_000_000_000),
        ("Fines range from $200 to $4 million.", 200, 4_000_000),
        ("The trip takes three or four days.", 3, 4),
        ("Temperatures fell by 1 to 1.5 degrees Celsius.", 1, 1.5),
    ],
)
def test_ranges(sentence: str, low: float, high: float) -> None:
    """A range gives low and high and no single value; a magnitude on the high end reaches the low one only when it fits."""
    _has(_only(sentence), value=None, low=low, high=high)


def test_a_range_shares_its_unit() -> None:
    """The unit written after the high end is the range's unit."""
    _has(_only("Growth is forecast at 5 to 7 per cent."), low=5, high=7, unit="percent")


def test_from_x_to_y_is_the_span_moved_over() -> None:
    """ "From X to Y" is one range, whichever way the quantity moved."""
    figure = _only("Inflation slowed from 4.8 to 4.7 percent.")
    _has(figure, text="from 4.8 to 4.7 percent", value=None, low=4.7, high=4.8, unit="percent")
    _has(_only("His weight fell from 208 pounds to 193."), low=193, high=208, unit="pounds")


@pytest.mark.parametrize(
    ("sentence", "text", "low", "high", "unit"),
    [
        (
            "Rents fell from $940 in May to $910.",
            "from $940 in May to $910",
            910,
            940,
            "USD",
        ),
        (
            "Turnout rose from 41 percent last year to 47 percent.",
            "from 41 percent last year to 47 percent",
            41,
            47,
            "percent",
        ),
        (
            "Mileage went from 31 miles per gallon in 2015 to 38 mpg.",
            "from 31 miles per gallon in 2015 to 38 mpg",
            31,
            38,
            "miles per gallon",
        ),
        (
            "Wheat slid from $6.10 a bushel at noon on Friday to $5.85.",
            "from $6.10 a bushel at noon on Friday to $5.85",
            5.85,
            6.10,
            "USD",
        ),
    ],
)
def test_from_x_then_words_then_to_y_is_one_span(
    sentence: str, text: str, low: float, high: float, unit: str
) -> None:
    """ "From X", a few words saying when or where, then "to Y" is one range from X to Y."""
    _has(_only(sentence), text=text, value=None, low=low, high=high, unit=unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The firm moved from 3 offices in Leeds to 2 warehouses.",
        "Sales fell from 40 units in May, and rose to 55 units.",
        "Output went from 12 tonnes in the spring of the first year of peace to 15 tonnes.",
        "Prices rose from 20% in 2019 to 30 stores.",
    ],
)
def test_a_span_needs_one_kind_and_a_short_gap(sentence: str) -> None:
    """Two counted nouns, a clause break or more than six words between the ends leave two figures."""
    assert len(_figures(sentence)) == 2


def test_a_change_is_two_figures() -> None:
    """A change word before "X to Y", where X has its own unit, is a change and a level."""
    figures = _figures("Exports rose 7% to $2.3 billion.")
    assert [(f.value, f.unit) for f in figures] == [(7, "percent"), (2_300_000_000, "USD")]


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("Tens of thousands of members joined.", 10_000, 100_000, "members"),
        ("Dozens of people were hurt.", 12, 120, "people"),
        ("Hundreds of homes flooded.", 100, 1000, "homes"),
        ("Thousands gathered in the square.", 1000, 10_000, None),
        ("Hundreds of thousands of fans watched.", 100_000, 1_000_000, "fans"),
        ("Millions of Americans voted early.", 1_000_000, 10_000_000, "Americans"),
    ],
)
def test_vague_quantities_are_ranges(sentence: str, low: int, high: int, unit: str | None) -> None:
    """A plural magnitude means at least one and fewer than ten of it; it is a range, not a hedge."""
    _has(_only(sentence), value=None, low=low, high=high, unit=unit, approximate=False)


@pytest.mark.parametrize(
    ("sentence", "qualifier", "approximate", "low", "high"),
    [
        ("About 300 families left.", "about", True, None, None),
        ("Around 300 families left.", "around", True, None, None),
        ("Roughly 300 families left.", "roughly", True, None, None),
        ("Some 300 families left.", "some", True, None, None),
        ("An estimated 300 families left.", "an estimated", True, None, None),
        ("Nearly 300 families left.", "nearly", True, None, 300),
        ("Almost 300 families left.", "almost", True, None, 300),
        ("More than 300 families left.", "more than", False, 300, None),
        ("At least 300 families left.", "at least", False, 300, None),
        ("Fewer than 300 families left.", "fewer than", False, None, 300),
        ("Up to 300 families left.", "up to", False, None, 300),
    ],
)
def test_hedges(
    *, sentence: str, qualifier: str, approximate: bool, low: int | None, high: int | None
) -> None:
    """
    A hedge sets the qualifier; vague hedges set approximate and keep the value; a bound
    sets only low or high, since "more than 300" does not say the figure is 300.
    """
    figure = _only(sentence)
    value = 300 if approximate else None
    _has(figure, value=value, qualifier=qualifier, approximate=approximate, low=low, high=high)
    assert figure.text.lower().startswith(qualifier)


@pytest.mark.parametrize(
    "sentence",
    ["He averaged 7.3 points a game.", "The shares trade at barely 6.5 times earnings."],
)
def test_averages_and_barely_are_approximate(sentence: str) -> None:
    """A running average and "barely" state a figure loosely: it is approximate, with its value."""
    figure = _only(sentence)
    assert figure.approximate
    assert figure.value in {7.3, 6.5}
    assert figure.low is None
    assert figure.high is None


@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("Several hundred residents marched.", 300, 900, "residents"),
        ("A few thousand fans waited outside.", 2000, 9000, "fans"),
        ("Several hundred thousand dollars vanished.", 300_000, 900_000, "USD"),
    ],
)
def test_vague_counts_are_ranges(sentence: str, low: int, high: int, unit: str) -> None:
    """ "Several" or "a few" before a magnitude is a range of its multiples, as "hundreds" is."""
    figure = _only(sentence)
    _has(figure, value=None, low=low, high=high, unit=unit, approximate=False)
    assert figure.text.lower().startswith(("several", "a few"))


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The bill passed by a 3:1 margin.", "3:1", 3),
        ("A 16:9 screen is standard.", "16:9", 1.7778),
        ("The board backed it 3-to-1 on Monday.", "3-to-1", 3),
        ("Voters rejected it three-to-one.", "three-to-one", 3),
    ],
)
def test_ratios(sentence: str, text: str, value: float) -> None:
    """A ratio is one figure: its first term over its second, in the unit "ratio"."""
    _has(_only(sentence), text=text, value=value, unit="ratio", low=None, high=None)


def test_a_time_is_no_ratio() -> None:
    """Two digits after the colon make a time: "10:30" is neither a ratio nor a figure."""
    assert _figures("The vote opened at 10:30 on Monday.") == []


def test_scientific_notation() -> None:
    """ "1.99×10−30" is one number, its power of ten included."""
    figure = _only("The mass is approximately 1.99×10−30 kilograms.")
    _has(figure, value=1.99e-30, unit="kilograms", approximate=True)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("The deal was worth PS2.7m last year.", 2_700_000, "GBP"),
        ("Fares rose to PS21,700 a year.", 21_700, "GBP"),
    ],
)
def test_pound_sign_folded_to_ascii(sentence: str, value: int, unit: str) -> None:
    """ "PS" before an amount is the pound sign of text folded to ASCII."""
    _has(_only(sentence), value=value, unit=unit)


def test_a_console_name_is_no_money() -> None:
    """ "PS5" is a games console: a single digit after "PS" is a name, not pounds."""
    assert _figures("The PS5 sold out again.") == []


def test_trailing_hedge() -> None:
    """ "Or so" after a figure makes it approximate."""
    _has(_only("The ride takes 20 minutes or so."), value=20, approximate=True, qualifier="or so")


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("The storm moved at 87 mph.", "mph"),
        ("The car reaches 140 km/h.", "km/h"),
        ("The tuna weighed 278kg.", "kg"),
        ("A 6.1-inch screen is standard.", "inch"),
        ("The flat covers 32m2.", "m2"),
        ("The engine makes 640bhp.", "bhp"),
        ("He swam 4 miles per hour.", "miles per hour"),
        ("The city is 311 square miles.", "square miles"),
        ("The hatchback gets 52 mpg.", "mpg"),
        ("The port shipped 9 metric tons.", "metric tons"),
        ("Add 2 US fluid ounces of water.", "US fluid ounces"),
        ("The engine makes 300 PS of power.", "PS"),
    ],
)
def test_units_of_measure(sentence: str, unit: str) -> None:
    """A unit of measure is kept as written, glued or not."""
    _has(_only(sentence), unit=unit)


def test_counted_noun_phrase_stops_at_function_words() -> None:
    """The counted noun phrase ends at a preposition, a conjunction or a verb."""
    _has(_only("Doctors treated 13 people while they slept."), unit="people")
    _has(_only("The league fined seven European clubs in March."), unit="European clubs")


def test_one_before_a_unit_is_a_figure() -> None:
    """A lone "one" before a unit of measure counts it; it is no pronoun."""
    _has(_only("One US fluid ounce is small."), value=1, unit="US fluid ounce")


def test_one_of_counts_what_follows() -> None:
    """ "One of the best X" is one X; "no one" and "one another" are pronouns."""
    _has(_only("It was one of the best films this year."), value=1, unit="best films")
    assert _figures("No one came, and they blamed one another.") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Two-thirds of voters agreed.", 0.6667),
        ("Half of the staff left.", 0.5),
        ("One in five adults smokes.", 0.2),
        ("Three out of 10 shops closed.", 0.3),
    ],
)
def test_shares(sentence: str, value: float) -> None:
    """Fractions and shares written as two numbers are one figure, the fraction."""
    assert _only(sentence).value == pytest.approx(value, abs=1e-4)


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Two-thirds of the nurses agreed.", "Two-thirds of the nurses", "nurses"),
        ("He walked a quarter of a mile.", "a quarter of a mile", "mile"),
        ("A cup is 1/16 of a US gallon.", "1/16 of a US gallon", "US gallon"),
        (
            "More than half of all households in Leeds pay.",
            "More than half of all households",
            "households",
        ),
    ],
)
def test_a_share_counts_what_it_is_of(sentence: str, text: str, unit: str) -> None:
    """A fraction or share before "of" has for unit what it is a share of, a measure or a noun."""
    _has(_only(sentence), text=text, unit=unit)


def test_a_share_of_a_count_leaves_the_count_its_own_figure() -> None:
    """ "Half of 300 staff" is two figures: the share has no unit, the count keeps its noun."""
    figures = _figures("Half of 300 staff were paid.")
    assert [(f.text, f.unit) for f in figures] == [("Half", None), ("300 staff", "staff")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The law was passed in 2015.",
        "He was born in 1607 in a village.",
        "The 2015 agreement collapsed.",
        "The talks ended on August 28.",
        "The talks ended on Aug. 28.",
        "The talks ended on 28 August.",
        "The polls close at 10pm tonight.",
        "The polls close at 10:30 tonight.",
        "Trains leave at 6 a.m. daily.",
        "She finished 21st in the race.",
        "She finished first in the race.",
        "Call 020 7946 0000 for details.",
        "Call 555-0134-22 for details.",
        "The leaders met at the G7 summit.",
        "The Apollo 11 crew landed.",
        "The COVID-19 rules ended.",
        "The storm was a category 4 hurricane.",
        "He lives at 49 Station Road now.",
        "Arsenal won 2-1 at home.",
        "The game ended 3-3.",
        "The Boeing 787 Dreamliner landed.",
        "Sales grew in the 1990s.",
        "The firm sells 5G phones.",
        "He joined the under-21 squad.",
        "The club made a last-16 exit.",
        "She is a top-10 player.",
    ],
)
def test_not_figures(sentence: str) -> None:
    """Years, dates, times, ordinals, phone numbers, names, labels, groups and scores are no figures."""
    assert _figures(sentence) == []


def test_counts_after_names_stay_figures() -> None:
    """A count before a capitalized plural ("300 Americans") and money after a name stay figures."""
    assert [f.value for f in _figures("Police detained 300 Americans.")] == [300]
    assert [f.value for f in _figures("Brent crude reached $87 a barrel.")] == [87]


def test_signs() -> None:
    """A minus sign or the word "minus" makes a figure negative; a hyphen after a word does not."""
    assert [f.value for f in _figures("The balance was -5 points.")] == [-5]
    assert [f.value for f in _figures("Offense was minus 5 yards.")] == [-5]
    assert [f.value for f in _figures("Chips moved to sub-7 nanometre parts.")] == [7]


def test_about_ties_a_figure_to_a_place() -> None:
    """A figure followed by "in <place>", or after "<place>, home to", is about that place."""
    text = "Ford has 13,000 workers in Britain.\nIraq, home to about 5,000 troops, agreed."
    britain = Span(start=text.index("Britain"), end=text.index("Britain") + 7)
    iraq = Span(start=text.index("Iraq"), end=text.index("Iraq") + 4)
    figures = _figures(text, ((britain, "place/britain"), (iraq, "place/iraq")))
    assert [f.about for f in figures] == ["place/britain", "place/iraq"]


def test_sample_article() -> None:
    """The sample article's figures, and its years are not among them."""
    text = SAMPLE.read_text("utf-8")
    figures = _figures(text)
    by_text = {f.text: f for f in figures}
    _has(by_text["about 5,000 American service members"], value=5000, approximate=True)
    _has(by_text["about 5,000 American service members"], qualifier="about")
    _has(by_text["about 5,000 American service members"], unit="American service members")
    _has(by_text["an estimated 2,000 American service members"], value=2000, approximate=True)
    _has(by_text["Tens of thousands of members"], low=10_000, high=100_000, unit="members")
    _has(by_text["five years"], value=5, unit="years")
    values = {f.value for f in figures}
    assert 2015 not in values
    assert 2018 not in values


def test_sample_article_through_parse() -> None:
    """`newsmodel.parse` runs the figures stage, and ties the troops to Iraq."""
    from newsmodel.parser import parse  # noqa: PLC0415 - the pipeline is optional here

    article = parse(SAMPLE.read_text("utf-8"), published=dt.datetime(2019, 7, 11, tzinfo=dt.UTC))
    by_text = {f.text: f for f in article.figures}
    _has(by_text["about 5,000 American service members"], approximate=True, about="place/iraq")
    assert by_text["Tens of thousands of members"].low == 10_000
    assert by_text["five years"].unit == "years"
    assert not {f.value for f in article.figures} & {2015, 2018}


@settings(max_examples=25)
@given(st.text(alphabet=st.sampled_from("0123456789,.-$%£ abcmkx/:()\n"), max_size=60))
def test_any_text_gives_figures_at_their_spans(text: str) -> None:
    """On any text the stage returns figures whose text stands at their span, and never raises."""
    for figure in _figures(text):
        assert text[figure.span.start : figure.span.end] == figure.text


@settings(max_examples=25)
@given(st.text(max_size=80))
def test_any_unicode_text_is_read(text: str) -> None:
    """Any Unicode text is read without an error."""
    _figures(text)


def test_linear_in_input_size() -> None:
    """A long run of digits, separators and marks is read quickly (no backtracking)."""
    text = "1,000," * 5_000 + "5-" * 5_000 + "$" * 5_000 + " 5" + " hundred" * 5_000
    assert isinstance(_figures(text), list)


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("Stocks fell 1m barrels last week.", 1_000_000, "barrels"),
        ("The app has 8m users.", 8_000_000, "users"),
        ("She won with a 6.50m jump.", 6.5, "m"),
        ("The album sold 4.3M copies.", 4_300_000, "copies"),
    ],
)
def test_a_glued_m_is_million_or_metres(sentence: str, value: float, unit: str) -> None:
    """A glued "m" is a million before a plural noun or after a currency, else metres; "M" is a million."""
    _has(_only(sentence), value=value, unit=unit)


@pytest.mark.parametrize("text", ["3²", "² people", "¹/₂ of them", "about ٣٠٠ people"])
def test_other_digits_never_raise(text: str) -> None:
    """Superscripts are no numbers, and decimal digits of other scripts are read as numbers."""
    figures = _figures(text)
    assert all(text[f.span.start : f.span.end] == f.text for f in figures)


def test_huge_numbers() -> None:
    """Numbers past 64 bits become floats, and numbers past a float are no figures."""
    assert _only("The debt is 5 trillion trillion dollars.").value == 5e24
    assert _figures("Count: " + "9" * 400 + " stars.") == []
