"""The model refuses objects that break its invariants, and says which field and why."""

import datetime as dt
import math

import pytest
from hypothesis import given

import newsmodel
from newsmodel import (
    Article,
    DateMention,
    Figure,
    ModelError,
    Organization,
    Person,
    Place,
    Quote,
    Span,
    strategies,
)

TEXT = "Gen. Hatami said about 5,000 troops were there on Thursday."


def hatami() -> Person:
    return Person(id="person/amir-hatami", name="Amir Hatami", mentions=(Span(start=5, end=11),))


def test_span_rejects_end_before_start() -> None:
    """A span cannot end before it starts."""
    with pytest.raises(ModelError, match=r"end: expected end >= start \(5\), got 2"):
        Span(start=5, end=2)


def test_span_rejects_negative_offsets() -> None:
    """Offsets are string indices from zero."""
    with pytest.raises(ModelError, match="start: expected an offset >= 0, got -1"):
        Span(start=-1, end=2)


def test_model_error_is_a_value_error() -> None:
    """Existing `except ValueError` clauses keep catching model errors."""
    with pytest.raises(ValueError, match="end"):
        Span(start=1, end=0)


def test_span_past_the_text_is_refused() -> None:
    """Every span must lie inside the article's text."""
    with pytest.raises(ModelError) as info:
        Article(text="short", boilerplate=(Span(start=0, end=99),))
    assert info.value.problems == ("boilerplate[0]: span 0-99 ends past the text (5 characters)",)


def test_item_text_must_match_its_span() -> None:
    """A quote's text is what its span covers, so offsets always resolve."""
    quote = Quote(text="something else", span=Span(start=0, end=4))
    with pytest.raises(
        ModelError,
        match=r"quotes\[0\]\.text: expected the text at its span \('Gen\.'\), got 'something else'",
    ):
        Article(text=TEXT, quotes=(quote,))


def test_dangling_actor_references_are_all_listed() -> None:
    """Every reference to a missing actor is reported, each with its path."""
    quote = Quote(text="Gen.", span=Span(start=0, end=4), speaker="person/x", via="organization/y")
    figure = Figure(text="5,000", span=Span(start=23, end=28), value=5000, about="place/z")
    with pytest.raises(ModelError) as info:
        Article(text=TEXT, actors=(hatami(),), quotes=(quote,), figures=(figure,))
    assert info.value.problems == (
        "quotes[0].speaker: no actor 'person/x'",
        "quotes[0].via: no actor 'organization/y'",
        "figures[0].about: no actor 'place/z'",
    )


def test_actor_ids_are_unique() -> None:
    """Two actors cannot share an id: references would be ambiguous."""
    with pytest.raises(
        ModelError, match=r"actors\[1\]\.id: 'person/amir-hatami' is used by an earlier actor"
    ):
        Article(text=TEXT, actors=(hatami(), hatami()))


def test_affiliation_must_name_an_actor() -> None:
    """A person's affiliation is an actor id of the same article."""
    person = Person(id="person/a", name="A", affiliation="place/iran")
    with pytest.raises(ModelError, match=r"actors\[0\]\.affiliation: no actor 'place/iran'"):
        Article(text=TEXT, actors=(person,))
    iran = Place(id="place/iran", name="Iran", kind="country", iso_code="IR")
    assert Article(text=TEXT, actors=(iran, person)).actor("person/a") == person


def test_actor_id_must_carry_its_type() -> None:
    """Ids read as `person/...`, `organization/...`, `place/...`."""
    with pytest.raises(
        ModelError, match="expected an id like 'person/some-name', got 'place/iran'"
    ):
        Person(id="place/iran", name="Iran")


@pytest.mark.parametrize("name", ["", "   ", "\n"])
def test_names_are_not_blank(name: str) -> None:
    """An actor needs a name to be published."""
    with pytest.raises(ModelError, match="name: expected a non-empty name"):
        Organization(id="organization/x", name=name)


def test_iso_code_is_alpha_2() -> None:
    """Countries carry ISO 3166-1 alpha-2 codes."""
    with pytest.raises(
        ModelError, match="expected an ISO 3166-1 alpha-2 code such as 'IR', got 'IRN'"
    ):
        Place(id="place/iran", name="Iran", iso_code="IRN")


def test_figure_bounds_are_ordered() -> None:
    """A range's low end cannot exceed its high end."""
    with pytest.raises(ModelError, match="low: expected low <= high, got low=5 and high=4"):
        Figure(text="5", span=Span(start=0, end=1), low=5, high=4)


def test_figure_needs_a_number() -> None:
    """A figure states a value, a range or a bound."""
    with pytest.raises(ModelError, match="value: expected value, low or high to be set"):
        Figure(text="5", span=Span(start=0, end=1))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf])
def test_figures_are_finite(value: float) -> None:
    """JSON has no NaN or infinity, so the model has none either."""
    with pytest.raises(ModelError, match="value: expected a finite number"):
        Figure(text="5", span=Span(start=0, end=1), value=value)


def test_datetimes_carry_a_timezone() -> None:
    """Naive datetimes are ambiguous; schema.org wants an offset."""
    with pytest.raises(ModelError, match="published: expected a timezone-aware datetime"):
        Article(text=TEXT, published=dt.datetime(2019, 7, 11))  # noqa: DTZ001


def test_modified_is_not_before_published() -> None:
    """An article cannot be modified before it was published."""
    published = dt.datetime(2019, 7, 11, tzinfo=dt.UTC)
    with pytest.raises(ModelError, match="modified: expected modified >= published"):
        Article(text=TEXT, published=published, modified=published - dt.timedelta(days=1))


def test_lone_surrogates_are_refused() -> None:
    """No UTF-8 document can carry a lone surrogate, so the model cannot hold one."""
    with pytest.raises(ModelError, match="text: contains a lone surrogate"):
        Article(text="bad \ud800 text")


def test_url_must_be_absolute() -> None:
    """JSON-LD ids are built from the URL, which must be absolute."""
    with pytest.raises(ModelError, match="url: expected an absolute http"):
        Article(text=TEXT, url="/world/story")


def test_date_granularity_goes_with_value() -> None:
    """A resolved date says how precise it is; an unresolved one says nothing."""
    with pytest.raises(ModelError, match="granularity: expected value and granularity"):
        DateMention(text="Thursday", span=Span(start=0, end=8), value=dt.date(2019, 7, 11))


def test_quote_cue_and_cue_span_go_together() -> None:
    """A cue is always located in the text."""
    with pytest.raises(
        ModelError, match="cue_span: expected cue and cue_span to be given together"
    ):
        Quote(text="x", span=Span(start=0, end=1), cue="said")


def test_quoted_words_lie_inside_the_quote() -> None:
    """A partial quote's quoted words are spans inside its own span."""
    with pytest.raises(
        ModelError, match="quoted\\[0\\]: expected a span inside the quote's span 0-4, got 2-9"
    ):
        Quote(text="Gen.", span=Span(start=0, end=4), quoted=(Span(start=2, end=9),))


def test_run_on_quote_text_is_its_pieces_joined() -> None:
    """A quote over two paragraphs may hold their words joined by a space, and nothing else."""
    text = "“We won.\n\n“We will win again,” she said."
    pieces = (Span(start=1, end=8), Span(start=11, end=28))
    joined = "We won. We will win again"
    quote = Quote(text=joined, span=Span(start=1, end=28), quoted=pieces)
    assert Article(text=text, quotes=(quote,)).quotes[0].text == joined
    wrong = Quote(text="We won.  We will win again", span=Span(start=1, end=28), quoted=pieces)
    with pytest.raises(ModelError, match=r"quotes\[0\]\.text: expected the text at its span"):
        Article(text=text, quotes=(wrong,))


def test_from_paragraphs_builds_spans() -> None:
    """A CMS can build an article from its paragraphs without computing offsets."""
    article = Article.from_paragraphs(["One.", "Two, too."], headline="Hi")
    assert article.paragraph_texts() == ("One.", "Two, too.")
    assert article.text == "One.\n\nTwo, too."


def test_lists_are_accepted_and_stored_as_tuples() -> None:
    """Collections are tuples, so articles are hashable and immutable."""
    article = Article(text=TEXT, keywords=["iran", "iraq"])
    assert article.keywords == ("iran", "iraq")
    assert hash(article) == hash(Article(text=TEXT, keywords=("iran", "iraq")))


def test_slugify_makes_readable_ids() -> None:
    """Ids are readable slugs, stable across runs."""
    assert newsmodel.slugify("person", "Brig. Gen. Amir  Hatami") == "person/brig-gen-amir-hatami"
    assert newsmodel.slugify("place", "!!!") == "place/unnamed"


@given(strategies.articles())
def test_generated_articles_keep_every_invariant(article: Article) -> None:
    """Every item's text is what its span covers, and every reference resolves."""
    ids = {a.id for a in article.actors}
    for item in (*article.quotes, *article.figures, *article.dates):
        assert article.slice(item.span) == item.text
    for quote in article.quotes:
        assert quote.speaker is None or quote.speaker in ids
    assert len(ids) == len(article.actors)
