"""
Places beyond the hand-kept lexicon: every country and the main subdivisions of each,
read from pycountry's ISO 3166-1 and ISO 3166-2 tables.

The tables are read on first use, not at import, so that ``import newsmodel`` stays
fast; and read as data (a JSON file each) rather than through pycountry's objects, which
would stay in memory for the life of a batch. The parser looks a name up here only when
the hand-kept lexicons and the text leave it unknown, and only where it stands as a
place does ("in Aberdeenshire", "from Guangdong").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import orjson

from newsmodel.parser.lexicons import organizations as orgs
from newsmodel.parser.lexicons import people, places
from newsmodel.parser.lexicons.given_names import GIVEN_NAMES
from newsmodel.parser.lexicons.names import NON_ACTOR_WORDS

#: The kinds of ISO 3166-2 subdivision whose names English writes as places of their
#: own ("Bavaria", "Aberdeenshire", "Ontario"); districts and municipalities, whose names
#: are often common words or surnames too, are left out.
SUBDIVISION_TYPES: frozenset[str] = frozenset(
    {
        "State", "Province", "Region", "County", "Country", "Nation", "Prefecture",
        "Governorate", "Emirate", "Canton", "Autonomous community", "Autonomous region",
        "Autonomous republic", "Republic", "Territory", "Two-tier county", "Council area",
        "Unitary authority", "Federal district", "Land", "Oblast", "Special municipality",
        "Metropolitan city", "City", "Capital city", "Capital district",
    }
)  # fmt: skip

#: Words before a name that make it a place when the lexicons do not know it: "in
#: Aberdeenshire", "from Guangdong". From English prepositions of place.
LOCATIVES: frozenset[str] = frozenset(
    {
        "in", "from", "near", "outside", "across", "around", "throughout", "into",
        "towards", "toward", "via", "inside", "within",
    }
)  # fmt: skip

#: Words for a kind of subdivision that the tables keep in their local names and English
#: drops: "Guangdong Sheng" (province), "Tianjin Shi" (city).
_LOCAL_SUFFIXES = (" Sheng", " Shi", " Zizhiqu")
#: The shortest name taken from the data: shorter ones are mostly abbreviations.
_SHORTEST = 4


def _takes(name: str) -> bool:
    """Whether a name from the data may stand for a place: no common word or person's name."""
    first = name.split(" ", 1)[0]
    return (
        len(name) >= _SHORTEST
        and name[0].isupper()
        and "(" not in name
        and "," not in name
        and name not in GIVEN_NAMES
        and first not in NON_ACTOR_WORDS
        and first not in people.SENTENCE_STARTERS
        and first not in people.HONORIFIC_SET
        and first not in people.TITLE_SET
        and name not in orgs.KNOWN
        and name.rsplit(" ", 1)[-1] not in orgs.HEAD_WORDS
    )


def _table(name: str) -> list[dict[str, str]]:
    import pycountry  # noqa: PLC0415 - only on first use: `place_names` is cached

    data: dict[str, list[dict[str, str]]] = orjson.loads(
        (Path(pycountry.DATABASE_DIR) / f"iso{name}.json").read_bytes()
    )
    return data[name]


@cache
def place_names() -> dict[str, tuple[str, str, str]]:
    """
    Every place name the tables give, mapped as `places.PLACE_NAMES` maps its own:
    (canonical name, kind, ISO 3166-1 code or ""). The hand-kept lexicon wins a clash.
    """
    found: dict[str, tuple[str, str, str]] = {}
    for country in _table("3166-1"):
        canonical = country.get("common_name") or country["name"]
        for name in {country["name"], canonical, country.get("official_name", canonical)}:
            if _takes(name):
                found[name] = (canonical, "country", country["alpha_2"])
    for sub in _table("3166-2"):
        name = sub["name"]
        for suffix in _LOCAL_SUFFIXES:  # "Guangdong Sheng" is Guangdong in English
            name = name.removesuffix(suffix)
        if sub["type"] in SUBDIVISION_TYPES and _takes(name):
            found.setdefault(name, (name, "region", ""))
    for name in found.keys() & places.PLACE_NAMES.keys():
        found[name] = places.PLACE_NAMES[name]
    return found
