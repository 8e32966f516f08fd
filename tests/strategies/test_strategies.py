"""The public strategies: valid values, the arguments users rely on, and honest truth."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from newsmodel import Article, Organization, Person, Place, strategies


@given(strategies.articles(min_quotes=2, max_actors=3))
def test_articles_respect_their_bounds(article: Article) -> None:
    """min_quotes and max_actors bound what articles() draws."""
    assert len(article.quotes) >= 2
    assert len(article.actors) <= 3


@given(strategies.articles(with_metadata=False))
def test_articles_without_metadata(article: Article) -> None:
    """with_metadata=False leaves every CMS field at its default."""
    assert article.url is None
    assert article.published is None
    assert article.authors == ()


@given(strategies.texts(hostile=True))
def test_hostile_texts_are_valid_names(text: str) -> None:
    """A hostile text still has a visible character and no lone surrogate."""
    assert text.strip()
    text.encode("utf-8")


@pytest.mark.parametrize("sample", ["</script>", "\u2028", "\x00", "\u202e"])
def test_hostile_texts_carry_the_samples(sample: str) -> None:
    """Hypothesis finds each hostile sample in hostile texts quickly."""
    from hypothesis import find  # noqa: PLC0415 - only this test searches

    found = find(
        strategies.texts(hostile=True),
        lambda t: sample in t,
        settings=settings(max_examples=2000, database=None),
    )
    assert sample in found


@given(strategies.news_texts())
def test_news_text_truth_points_at_the_text(pair: tuple[str, Article]) -> None:
    """Every span of the truth covers what it says: names, quotations, figures, dates."""
    text, truth = pair
    assert truth.text == text
    for actor in truth.actors:
        names = {actor.name, *actor.aliases}
        if isinstance(actor, Organization) and actor.acronym:
            names.add(actor.acronym)
        for mention in actor.mentions:
            assert mention.slice(text) in names
    for quote in truth.quotes:
        assert quote.speaker is not None
        assert isinstance(truth.actor(quote.speaker), Person | Organization)
    for paragraph in truth.paragraphs:
        assert paragraph.span.slice(text).strip() == paragraph.span.slice(text)


@given(strategies.news_texts())
def test_news_text_truth_is_complete(pair: tuple[str, Article]) -> None:
    """Every digit of the text belongs to a figure or a date, so no number goes untold."""
    text, truth = pair
    covered = [*(f.span for f in truth.figures), *(d.span for d in truth.dates)]
    for match in re.finditer(r"\d", text):
        assert any(s.start <= match.start() < s.end for s in covered), text


@given(strategies.news_texts())
def test_news_text_people_are_named_in_full_first(pair: tuple[str, Article]) -> None:
    """The body names each person in full before any shorter mention, as reporters do."""
    text, truth = pair
    body_start = truth.paragraphs[0].span.start if truth.paragraphs else 0
    for actor in truth.actors:
        if isinstance(actor, Person):
            body = [m for m in actor.mentions if m.start >= body_start]
            assert not body or body[0].slice(text) == actor.name


@given(strategies.news_texts(orders=("indirect", "according-to"), figure_forms=()))
def test_news_texts_orders_restrict_the_quotes(pair: tuple[str, Article]) -> None:
    """orders= limits the attribution orders; figure_forms=() writes no figure."""
    _, truth = pair
    assert {q.kind for q in truth.quotes} <= {"indirect"}
    assert truth.figures == ()


@given(strategies.news_texts(orders=("quote-name-said", "continuation", "pronoun")))
def test_contextual_orders_keep_their_speaker(pair: tuple[str, Article]) -> None:
    """A continuation or a pronoun quote is attributed to the speaker of the paragraph before."""
    text, truth = pair
    for quote in truth.quotes:
        if quote.cue is None or quote.cue_span is None:
            continue
        before = text[quote.span.end : quote.cue_span.start]
        if re.search(r"\b(?:he|she)\b", before):
            earlier = [q for q in truth.quotes if q.span.end < quote.span.start]
            assert earlier[-1].speaker == quote.speaker


def test_news_texts_refuse_orders_that_need_context() -> None:
    """Only contextual orders cannot start a story: InvalidArgument says so."""
    with pytest.raises(InvalidArgument, match="stands alone"):
        strategies.news_texts(orders=("pronoun", "continuation"))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"orders": ("quote-said",)}, "orders: expected names from"),
        ({"figure_forms": ("fraction",)}, "figure_forms: expected names from"),
        ({"date_forms": ("century",)}, "date_forms: expected names from"),
        ({"intros": ()}, "intros: expected at least one"),
    ],
)
def test_news_texts_refuse_unknown_names(
    arguments: dict[str, tuple[str, ...]], message: str
) -> None:
    """A misspelt form is refused when the strategy is built, with the names it knows."""
    with pytest.raises(InvalidArgument, match=message):
        strategies.news_texts(**arguments)  # type: ignore[arg-type]


@given(strategies.news_texts(extras=False, max_people=1, organizations_speak=False))
def test_news_texts_without_extras(pair: tuple[str, Article]) -> None:
    """extras=False writes only the body: no headline, caption, dateline or boilerplate."""
    _, truth = pair
    assert truth.headline is None
    assert truth.image is None
    assert truth.dateline is None
    assert truth.boilerplate == ()
    assert len([a for a in truth.actors if isinstance(a, Person)]) == 1


@given(st.data())
def test_places_have_iso_codes(data: st.DataObject) -> None:
    """Countries in the truth carry their ISO 3166-1 code."""
    _, truth = data.draw(strategies.news_texts())
    for actor in truth.actors:
        if isinstance(actor, Place) and actor.kind == "country":
            assert actor.iso_code is not None
            assert re.fullmatch(r"[A-Z]{2}", actor.iso_code)


def test_hostile_texts_shrink_small() -> None:
    """A failure that needs a long hostile run shrinks to the shortest run and nothing else."""
    from hypothesis import find  # noqa: PLC0415 - only these tests search

    found = find(
        strategies.texts(hostile=True),
        lambda t: t.count("\u2028") >= 100,
        settings=settings(max_examples=5000, database=None),
    )
    assert found.count("\u2028") == 200  # the shortest long run
    assert len(found) <= 210
