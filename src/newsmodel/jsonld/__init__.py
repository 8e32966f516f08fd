"""
schema.org JSON-LD for articles: `to_jsonld`, `dumps` and `from_jsonld`.

`to_jsonld` writes one ``@graph`` per article whose nodes (the NewsArticle, its WebPage,
the publisher, authors, actors, image, quotations, claims and observations) refer to
each other by ``@id``; `from_jsonld` reads such a graph, or one another emitter wrote,
back into an `newsmodel.Article`.
The field-by-field mapping is in ``docs/publishing.md``.
"""

from newsmodel.jsonld._ids import Site
from newsmodel.jsonld._read import from_jsonld
from newsmodel.jsonld._write import dumps, to_jsonld

__all__ = ["Site", "dumps", "from_jsonld", "to_jsonld"]
