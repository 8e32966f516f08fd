"""
Open Graph and Twitter Card tags for an article's page head: `meta_tags` and `meta_properties`.

`meta_tags` returns the ``<meta>`` elements as HTML, every value escaped for an attribute;
`meta_properties` returns the same tags as ``(attribute, key, value)`` triples for a
template that writes its own elements.
The field-by-field mapping is in ``docs/meta-tags.md``.
"""

from newsmodel.meta._tags import meta_properties, meta_tags

__all__ = ["meta_properties", "meta_tags"]
