"""
Head words: runs of capitalised words whose first or last word says what they name.

A place's head word makes a place ("Main Street", "Mount Kenya", "Upper Manhattan"), a
city and a capitalised plural a sports team ("Chicago Cubs"), and a country's name at
the end a public body ("Highways England"); titles and given names keep a person's name
from being read so ("Trade Minister Lena Park", "Michael Bay").
"""

from __future__ import annotations

from newsmodel.parser.lexicons import people, places
from newsmodel.parser.lexicons.given_names import GIVEN_NAMES, PLACE_GIVEN_NAMES

#: Honorifics and titles of office, as written before a name.
PREFIXES = people.HONORIFIC_SET | people.TITLE_SET
#: A full name has at least two words.
SHORTEST_FULL_NAME = 2
#: Words that open the name of a part of a place, never a person's name: "Upper
#: Manhattan", "South Pacific", "Old Oakland"; not those that are given names ("Roman").
AREA_WORDS = places.REGION_MODIFIERS - GIVEN_NAMES
#: Plurals after a place's name that name no team: places, events, groups of people.
_NOT_TEAMS = frozenset(
    {
        "Keys", "Heights", "Highlands", "Lakes", "Alps", "Rockies", "Olympics", "Games",
        "Talks", "Accords", "Protests", "Riots", "Elections", "Primaries", "Democrats",
        "Republicans", "Americans", "Jews", "Muslims", "Christians", "Arabs", "Kurds",
        "Times", "News", "Affairs", "Studies", "Sciences", "Athletics", "Islands",
        "Mountains", "Hills", "Falls", "Gardens", "Plains", "Fields", "Wars", "Years",
        "Days", "Nights", "Series", "Awards", "Prizes", "Championships", "Open", "Masters",
    }
)  # fmt: skip


def public_body(texts: list[str]) -> bool:
    """
    Whether a run is a body named for a country, as British public bodies are:
    "Highways England", "Sport Scotland", "NHS England"; not "Jordan Okafor" or "Tom Wales".
    """
    entry = places.PLACE_NAMES.get(texts[-1])
    return (
        entry is not None
        and (entry[1] == "country" or texts[-1] in places.NATIONS)
        and texts[0] not in GIVEN_NAMES
        and texts[0] not in PREFIXES
        and texts[0] not in places.DEMONYMS
        and texts[0] not in places.PLACE_NAMES
        and texts[0] not in places.REGION_MODIFIERS
        and all(t[:1].isupper() for t in texts)
    )


def place_kind(texts: list[str], *, after_the: bool = False) -> str | None:
    """
    The kind of place a run names by its head word: "Main Street", "Auckland Castle",
    "Mount Kenya"; not a known given name and a surname that is such a word ("Tom Hill").
    """
    if texts[0] in AREA_WORDS and " ".join(texts[1:]) in places.PLACE_NAMES:
        return "region"  # "Upper Manhattan", "South Pacific"
    kind = places.PLACE_HEAD_WORDS.get(texts[-1]) or places.PLACE_FIRST_WORDS.get(texts[0])
    if kind is None or texts[0] in places.DEMONYMS:
        return None
    if any(t in PREFIXES or t in people.TITLE_HEAD_SET for t in texts[:-1]):
        return None  # "Trade Minister Lena Park"
    pair = len(texts) == SHORTEST_FULL_NAME
    if pair and texts[0] in GIVEN_NAMES and not after_the:
        return None  # "Michael Bay", "Wayne Bridge"; but "the Ross Sea"
    if texts[-1] in places.SURNAME_HEADS and (
        texts[-2] in GIVEN_NAMES or (pair and texts[0] not in places.PLACE_NAMES)
    ):
        return None  # "Tom Hill", "Benny Hill"; but "Boston Harbor"
    return kind


def team(texts: list[str]) -> str | None:
    """
    "sports_team" when a run is a city and a capitalised plural, as teams are named
    ("Houston Astros", "Chicago Cubs"); not a plural of places or events ("London
    Olympics"), a people ("Iraqi Kurds") or a person named for a city ("Milan Baros").
    """
    last = texts[-1]
    if (
        len(texts) < SHORTEST_FULL_NAME
        or not last.endswith("s")
        or last.endswith("ss")
        or not last[1:].islower()  # "New York DJs"
        or last in places.NON_PLACES
        or last in places.DEMONYMS
        or last in _NOT_TEAMS
    ):
        return None
    city = " ".join(texts[:-1])
    entry = places.PLACE_NAMES.get(city)
    if entry is None or entry[1] != "city" or city in GIVEN_NAMES or city in PLACE_GIVEN_NAMES:
        return None  # "UK Equities", "Milan Baros"
    return "sports_team"
