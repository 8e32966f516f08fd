"""The recovery checks find each kind of miss, so a parser bug cannot hide behind them."""

import datetime as dt

from newsmodel import Article, DateMention, Figure, Organization, Person, Quote, Span
from newsmodel.strategies._prose import _compare as compare

TEXT = (
    '"We will act," Amara Okafor said on Thursday.\n\n'
    "About 5,000 people and the WHO joined on August 28, 2018."
)
QUOTE = Span(start=1, end=12)  # We will act
NAME = Span(start=15, end=27)  # Amara Okafor
THURSDAY = Span(start=36, end=44)
FIGURE = Span(start=47, end=65)  # About 5,000 people
WHO = Span(start=74, end=77)
DATE = Span(start=88, end=103)  # August 28, 2018


def _at(span: Span) -> str:
    return TEXT[span.start : span.end]


def _article(**fields: object) -> Article:
    return Article(text=TEXT, **fields)  # type: ignore[arg-type]


OKAFOR = Person(id="person/amara-okafor", name="Amara Okafor", mentions=(NAME,))
EXPECTED = _article(
    actors=(
        OKAFOR,
        Organization(id="organization/who", name="World Health Organization", acronym="WHO"),
    ),
    quotes=(Quote(text=_at(QUOTE), span=QUOTE, speaker=OKAFOR.id),),
    figures=(Figure(text=_at(FIGURE), span=FIGURE, value=5000, approximate=True),),
    dates=(
        DateMention(text=_at(THURSDAY), span=THURSDAY, relative=True),
        DateMention(text=_at(DATE), span=DATE, value=dt.date(2018, 8, 28), granularity="day"),
    ),
)


def test_a_perfect_parse_has_no_problem() -> None:
    """The truth compared with itself passes every check."""
    for check in (
        compare.missing_quotes,
        compare.wrong_boundaries,
        compare.wrong_kinds,
        compare.wrong_speakers,
        compare.spurious_quotes,
        compare.missing_figures,
        compare.spurious_figures,
        compare.missing_dates,
        compare.spurious_dates,
        compare.missing_persons,
        compare.duplicate_persons,
        compare.spurious_persons,
    ):
        assert check(EXPECTED, EXPECTED) == [], check.__name__


def test_quotes_match_by_half_their_characters() -> None:
    """A quote covering half the words is found; a smaller one, or none, is missing."""
    half = Span(start=1, end=7)  # "We wil"
    small = Span(start=1, end=4)
    for span, missing in ((half, False), (small, True)):
        found = _article(quotes=(Quote(text=_at(span), span=span),))
        assert bool(compare.missing_quotes(EXPECTED, found)) is missing
    assert compare.missing_quotes(EXPECTED, _article()) == ["missing direct quote 'We will act'"]
    assert compare.wrong_boundaries(EXPECTED, _article(quotes=(Quote(text="We wil", span=half),)))


def test_speakers_match_by_name_or_surname() -> None:
    """The speaker's full name, an alias or the surname matches; another person does not."""
    surname = Person(id="person/okafor", name="Okafor")
    other = Person(id="person/chen", name="Mei Chen")
    for person, wrong in ((surname, False), (other, True), (None, True)):
        quote = Quote(text=_at(QUOTE), span=QUOTE, speaker=person.id if person else None)
        found = _article(actors=(person,) if person else (), quotes=(quote,))
        assert bool(compare.wrong_speakers(EXPECTED, found)) is wrong


def test_kinds_and_spurious_quotes() -> None:
    """A quote of the wrong kind, and one where the story has none, are reported."""
    indirect = Quote(text=_at(QUOTE), span=QUOTE, kind="indirect")
    extra = Quote(text=_at(FIGURE), span=FIGURE)
    found = _article(quotes=(indirect, extra))
    assert compare.wrong_kinds(EXPECTED, found) == [
        "'We will act': expected a direct quote, found indirect"
    ]
    assert compare.spurious_quotes(EXPECTED, found) == [
        "unexpected direct quote 'About 5,000 people'"
    ]


def test_figures_match_by_overlap_and_value() -> None:
    """The same value elsewhere, or another value here, is a missing figure; a range is not a value."""
    elsewhere = Figure(text=_at(DATE), span=DATE, value=5000)
    other = Figure(text=_at(FIGURE), span=FIGURE, value=500)
    ranged = Figure(text=_at(FIGURE), span=FIGURE, low=5000, high=5000)
    same = Figure(text="5,000", span=Span(start=53, end=58), value=5000.0)
    for figure, missing in ((elsewhere, True), (other, True), (ranged, True), (same, False)):
        assert bool(compare.missing_figures(EXPECTED, _article(figures=(figure,)))) is missing
    assert compare.spurious_figures(EXPECTED, _article(figures=(elsewhere,)))


def test_dates_match_by_value_and_kind() -> None:
    """A date read as another day, or as relative, is missing; one where none is, spurious."""
    wrong = DateMention(text=_at(DATE), span=DATE, value=dt.date(2018, 8, 1), granularity="month")
    extra = DateMention(text=_at(FIGURE), span=FIGURE, relative=True)
    found = _article(dates=(EXPECTED.dates[0], wrong, extra))
    assert compare.missing_dates(EXPECTED, found) == [
        (
            "date 'August 28, 2018' = (datetime.date(2018, 8, 28), 'day', False): found "
            "[('August 28, 2018', datetime.date(2018, 8, 1), 'month', False)]"
        )
    ]
    assert compare.spurious_dates(EXPECTED, found) == ["unexpected date 'About 5,000 people'"]


def test_persons_once_under_the_full_name() -> None:
    """A person found by surname only is missing; found twice is a duplicate; a stranger is spurious."""
    surname = Person(id="person/okafor", name="Okafor")
    full = Person(id="person/amara-okafor", name="Amara Okafor")
    stranger = Person(id="person/news-conference", name="news conference")
    assert compare.missing_persons(EXPECTED, _article(actors=(surname,))) == [
        "missing person 'Amara Okafor'"
    ]
    assert compare.duplicate_persons(EXPECTED, _article(actors=(surname, full)))
    assert compare.spurious_persons(EXPECTED, _article(actors=(full, stranger))) == [
        "unexpected person 'news conference'"
    ]
