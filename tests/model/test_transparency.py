"""Corrections, the backstory and the publisher's policies are checked like every other field."""

import datetime as dt

import pytest

import newsmodel
from newsmodel import Article, Correction, ModelError, Publisher
from newsmodel.model import POLICY_FIELDS

WHEN = dt.datetime(2024, 5, 3, 10, 0, tzinfo=dt.UTC)


def test_correction_fields_are_checked() -> None:
    """A correction needs words; its date needs a timezone; its url must be absolute."""
    assert Correction(text="Fixed the name.", date=WHEN).date == WHEN
    with pytest.raises(ModelError, match="text"):
        Correction(text="  ")
    with pytest.raises(ModelError, match="timezone"):
        Correction(text="Fixed.", date=dt.datetime(2024, 5, 3))  # noqa: DTZ001 - the mistake tested
    with pytest.raises(ModelError, match="url"):
        Correction(text="Fixed.", url="/corrections/1")


def test_article_checks_its_corrections_and_backstory() -> None:
    """Corrections are Correction objects, held as a tuple; a backstory is not blank."""
    article = Article(text="x", corrections=[Correction(text="Fixed.")], backstory="We went.")
    assert article.corrections == (Correction(text="Fixed."),)
    with pytest.raises(ModelError, match=r"corrections\[0\]"):
        Article(text="x", corrections=["Fixed."])
    with pytest.raises(ModelError, match="backstory"):
        Article(text="x", backstory="\n")


@pytest.mark.parametrize("field", POLICY_FIELDS)
def test_each_policy_is_an_absolute_url(field: str) -> None:
    """Every policy field takes the URL of the page that states the policy, and nothing else."""
    url = f"https://news.example/{field}"
    assert getattr(Publisher(name="P", **{field: url}), field) == url
    with pytest.raises(ModelError, match=field):
        Publisher(name="P", **{field: "our policy"})


def test_transparency_round_trips_through_json() -> None:
    """The model's JSON keeps every transparency field."""
    article = Article(
        text="x",
        corrections=(Correction(text="Fixed.", date=WHEN, url="https://news.example/c/1"),),
        backstory="We went.",
        publisher=Publisher(name="P", **{f: f"https://news.example/{f}" for f in POLICY_FIELDS}),
    )
    assert newsmodel.loads(newsmodel.dumps(article)) == article
