"""The typed model of a news article: frozen, slotted, keyword-only attrs classes."""

from newsmodel.model._actors import (
    Actor,
    Organization,
    OrganizationKind,
    Person,
    Place,
    PlaceKind,
    slugify,
)
from newsmodel.model._article import (
    POLICY_FIELDS,
    Article,
    Author,
    Correction,
    Image,
    Paragraph,
    Publisher,
)
from newsmodel.model._items import DateMention, Figure, Granularity, Number, Quote, QuoteKind
from newsmodel.model._span import Span

__all__ = [
    "POLICY_FIELDS",
    "Actor",
    "Article",
    "Author",
    "Correction",
    "DateMention",
    "Figure",
    "Granularity",
    "Image",
    "Number",
    "Organization",
    "OrganizationKind",
    "Paragraph",
    "Person",
    "Place",
    "PlaceKind",
    "Publisher",
    "Quote",
    "QuoteKind",
    "Span",
    "slugify",
]
