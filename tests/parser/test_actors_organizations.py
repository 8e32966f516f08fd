"""Actors: organizations named by a head word alone or known by name."""

from newsmodel import Article, Organization
from newsmodel.parser import parse


def _orgs(article: Article) -> dict[str, Organization]:
    return {a.name: a for a in article.actors if isinstance(a, Organization)}


def test_a_capitalised_head_word_after_the_names_a_body() -> None:
    """ "the Government" names a government when no earlier body has that head word."""
    article = parse("Ministers said the Government would publish the plan on Monday.")
    assert _orgs(article)["Government"].kind == "government"


def test_a_head_word_refers_to_the_body_named_before() -> None:
    """ "the Court" after "the Supreme Court of Veloria" is that court, not a new body."""
    text = "The Supreme Court of Veloria sat on Monday. Its clerks said the Court would rule soon."
    orgs = _orgs(parse(text))
    assert "Court" not in orgs
    assert len(orgs["Supreme Court of Veloria"].mentions) == 2


def test_a_head_word_without_the_is_no_body() -> None:
    """A capitalised head word that "the" does not precede names nothing: "Government policy"."""
    article = parse("He said Government policy had failed the towns of the north.")
    assert "Government" not in _orgs(article)


def test_an_intergovernmental_body_is_known_by_name() -> None:
    """ "UNESCO" and "FIFA" are organizations though no head word says so."""
    orgs = _orgs(parse("Officials of UNESCO met FIFA in Geneva on Monday morning."))
    assert orgs["UNESCO"].kind == "international"
    assert "FIFA" in orgs


def test_a_known_body_before_a_title_is_the_persons_role() -> None:
    """ "ECB President Ana Lou" is a person whose role names the bank, not a body."""
    article = parse("ECB President Ana Lou spoke in Frankfurt on Monday morning.")
    (person,) = [a for a in article.actors if a.name == "Ana Lou"]
    assert person.role == "ECB President"
    assert "ECB President Ana Lou" not in _orgs(article)
