"""Actors: places read from inside other names and from the words around a name."""

from newsmodel import Article, Organization, Place
from newsmodel.parser import parse


def _places(article: Article) -> dict[str, Place]:
    return {a.name: a for a in article.actors if isinstance(a, Place)}


def _orgs(article: Article) -> dict[str, Organization]:
    return {a.name: a for a in article.actors if isinstance(a, Organization)}


def test_a_known_place_inside_an_organizations_name_is_mentioned() -> None:
    """ "University of California" names the university and mentions California."""
    text = "She taught at the University of California for a decade before she retired."
    article = parse(text)
    assert "University of California" in _orgs(article)
    california = _places(article)["California"]
    (mention,) = california.mentions
    assert mention.slice(text) == "California"


def test_a_place_opening_a_teams_name_is_mentioned() -> None:
    """ "Houston Astros" is a team, and Houston is a place the text mentions."""
    article = parse("He signed with the Houston Astros in the spring of that year.")
    assert "Houston Astros" in _orgs(article)
    assert "Houston" in _places(article)


def test_a_street_named_for_a_place_mentions_no_place() -> None:
    """ "Detroit Avenue" is a street, not a mention of Detroit."""
    article = parse("The shop on Detroit Avenue opened at nine that morning.")
    assert "Detroit" not in _places(article)


def test_a_large_city_is_a_place() -> None:
    """A large city no capital list holds is known as a place: "Guangzhou", "San Diego"."""
    places = _places(parse("Factories in Guangzhou and offices in San Diego were closed."))
    assert places["Guangzhou"].kind == "city"
    assert places["San Diego"].kind == "city"


def test_the_district_names_washington() -> None:
    """ "D.C." after Washington names the capital of the United States by its district."""
    places = _places(parse("The march reached Washington, D.C. on Friday with thousands more."))
    assert "Washington, D.C." in places
