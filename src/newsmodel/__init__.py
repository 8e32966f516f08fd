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
    "Span",
    "__version__",
    "dumps",
    "from_dict",
    "loads",
    "slugify",
    "to_dict",
]
