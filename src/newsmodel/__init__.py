"""
newsmodel: publish news as structured data.

Typed, frozen models of a news article (actors, quotes, figures, dates), a rule-based
parser that fills them from plain text, and serializers to JSON and schema.org JSON-LD.
"""

from newsmodel.errors import (
    InputError,
    InputTooLargeError,
    InputTypeError,
    ModelError,
    NewsmodelError,
    SerializationError,
)
from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import Site, from_jsonld, to_jsonld
from newsmodel.model import (
    Actor,
    Article,
    Author,
    DateMention,
    Figure,
    Image,
    Organization,
    Paragraph,
    Person,
    Place,
    Publisher,
    Quote,
    Span,
    slugify,
)
from newsmodel.parse import parse
from newsmodel.serialize import SCHEMA_VERSION, dumps, from_dict, loads, to_dict

__version__ = "0.1.0.dev0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "Author",
    "DateMention",
    "Figure",
    "Image",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "ModelError",
    "NewsmodelError",
    "Organization",
    "Paragraph",
    "Person",
    "Place",
    "Publisher",
    "Quote",
    "SerializationError",
    "Site",
    "Span",
    "__version__",
    "dumps",
    "from_dict",
    "from_jsonld",
    "loads",
    "parse",
    "render_article",
    "script_tag",
    "slugify",
    "to_dict",
    "to_jsonld",
]
