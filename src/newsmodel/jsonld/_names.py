"""
The schema.org names newsmodel's JSON-LD uses: types per model kind, and back.

Writing picks the most specific type schema.org has for a kind; reading maps every
subtype of those types back to the nearest kind, so a graph another emitter wrote (a
``CollegeOrUniversity``, a ``State``) still reads as an organization or a place.
"""

from __future__ import annotations

from typing import Final

from newsmodel.model import OrganizationKind, PlaceKind

CONTEXT: Final = "https://schema.org"

#: Organization kind -> schema.org type.
#: schema.org has no type for agencies (as opposed to outlets), armed forces or armed
#: groups, nor for international bodies, so those fall back to the nearest general type.
ORGANIZATION_TYPES: Final[dict[OrganizationKind | None, str]] = {
    "news_agency": "NewsMediaOrganization",
    "media": "NewsMediaOrganization",
    "government": "GovernmentOrganization",
    "military": "GovernmentOrganization",
    "armed_group": "Organization",
    "political_party": "PoliticalParty",
    "company": "Corporation",
    "international": "Organization",
    "educational": "EducationalOrganization",
    "sports_team": "SportsTeam",
    "other": "Organization",
    None: "Organization",
}

#: schema.org type -> organization kind, tried most specific first when reading.
ORGANIZATION_KINDS: Final[dict[str, OrganizationKind]] = {
    "NewsMediaOrganization": "media",
    "GovernmentOrganization": "government",
    "PoliticalParty": "political_party",
    "Corporation": "company",
    "EducationalOrganization": "educational",
    "SportsTeam": "sports_team",
}

#: Place kind -> schema.org type.
PLACE_TYPES: Final[dict[PlaceKind | None, str]] = {
    "country": "Country",
    "city": "City",
    "region": "AdministrativeArea",
    "other": "Place",
    None: "Place",
}

#: schema.org type -> place kind; Country and City are subtypes of AdministrativeArea,
#: so they are tried first.
PLACE_KINDS: Final[dict[str, PlaceKind]] = {
    "Country": "country",
    "City": "city",
    "AdministrativeArea": "region",
}

#: The ``propertyID`` of the PropertyValue that carries a country's ISO code.
ISO_3166_PROPERTY: Final = "ISO 3166-1 alpha-2"
