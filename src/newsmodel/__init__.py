"""
newsmodel: publish news as structured data.

Typed, frozen models of a news article (actors, quotes, figures, dates), a rule-based
parser that fills them from plain text, and serializers to JSON and schema.org JSON-LD.
"""

import importlib
from typing import TYPE_CHECKING, Any

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
    Correction,
    DateMention,
    Figure,
    Granularity,
    Image,
    Number,
    Organization,
    Paragraph,
    Person,
    Place,
    Publisher,
    Quote,
    QuoteKind,
    Span,
    slugify,
)
from newsmodel.serialize import SCHEMA_VERSION, dumps, from_dict, loads, to_dict

if TYPE_CHECKING:
    from newsmodel.html import render_article, script_tag
    from newsmodel.jsonld import Site, from_jsonld, to_jsonld
    from newsmodel.meta import meta_tags
    from newsmodel.ninjs import from_ninjs, to_ninjs
    from newsmodel.parser import parse
    from newsmodel.sitemap import news_sitemap

__version__ = "0.1.0.dev0"

#: Names imported on first use, so that ``import newsmodel`` stays fast for a program
#: that only builds and serializes articles (the parser and writers load in ~70 ms).
_LAZY = {
    "parse": "newsmodel.parser",
    "Site": "newsmodel.jsonld",
    "from_jsonld": "newsmodel.jsonld",
    "to_jsonld": "newsmodel.jsonld",
    "render_article": "newsmodel.html",
    "script_tag": "newsmodel.html",
    "meta_tags": "newsmodel.meta",
    "news_sitemap": "newsmodel.sitemap",
    "to_ninjs": "newsmodel.ninjs",
    "from_ninjs": "newsmodel.ninjs",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        msg = f"module 'newsmodel' has no attribute {name!r}"
        raise AttributeError(msg)
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "Author",
    "Correction",
    "DateMention",
    "Figure",
    "Granularity",
    "Image",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "ModelError",
    "NewsmodelError",
    "Number",
    "Organization",
    "Paragraph",
    "Person",
    "Place",
    "Publisher",
    "Quote",
    "QuoteKind",
    "SerializationError",
    "Site",
    "Span",
    "__version__",
    "dumps",
    "from_dict",
    "from_jsonld",
    "from_ninjs",
    "loads",
    "meta_tags",
    "news_sitemap",
    "parse",
    "render_article",
    "script_tag",
    "slugify",
    "to_dict",
    "to_jsonld",
    "to_ninjs",
]
