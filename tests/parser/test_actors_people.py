"""Actors: people named by evidence around a name that no given name vouches for."""

from newsmodel import Article, Person
from newsmodel.parser import parse


def _people(article: Article) -> dict[str, Person]:
    return {a.name: a for a in article.actors if isinstance(a, Person)}


def test_a_name_listed_with_a_known_person_is_a_person() -> None:
    """ "Ulric Dravenko" has no known given name, but stands in a list with Maria Lindqvist."""
    text = "The panel included Maria Lindqvist, Ulric Dravenko and two students."
    assert {"Maria Lindqvist", "Ulric Dravenko"} <= set(_people(parse(text)))


def test_an_unlisted_name_without_evidence_is_no_person() -> None:
    """Without a list, a given name or a title, "Ulric Dravenko" is left unnamed."""
    text = "The panel included Ulric Dravenko on its first day."
    assert "Ulric Dravenko" not in _people(parse(text))


def test_a_title_listed_with_a_person_is_no_person() -> None:
    """ "Vice President" beside "Maria Lindqvist" is an office, not a person."""
    text = "Votes came from Maria Lindqvist and Vice President of the board."
    assert "Vice President" not in _people(parse(text))


def test_the_end_of_a_title_listed_with_a_person_is_no_person() -> None:
    """A film's title ending "of the Spotless Mind" is no person though a director follows."""
    text = "Awards went to Sunshine of the Spotless Mind and Marc Forster this year."
    people = _people(parse(text))
    assert "Marc Forster" in people
    assert "Spotless Mind" not in people
