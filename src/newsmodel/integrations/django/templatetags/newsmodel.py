"""
``{% load newsmodel %}``: tags and filters that embed an article in a Django template.

The markup they return is escaped by construction (see `newsmodel.html.script_tag`), so
it is marked safe: autoescaping it again would break the JSON and the HTML.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString, mark_safe

from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import Site
from newsmodel.meta import meta_tags
from newsmodel.model import Article

register = template.Library()


@register.simple_tag
def newsmodel_jsonld(article: Article | dict[str, Any], site: Site | None = None) -> SafeString:
    """``{% newsmodel_jsonld article %}``: the ``<script type="application/ld+json">`` element."""
    return mark_safe(script_tag(article, site=site))  # noqa: S308 - escaped by construction


@register.simple_tag
def newsmodel_article(article: Article, site: Site | None = None) -> SafeString:
    """``{% newsmodel_article article %}``: the article as HTML with microdata."""
    return mark_safe(render_article(article, site=site))  # noqa: S308 - escaped by construction


@register.simple_tag
def newsmodel_meta(article: Article, site: Site | None = None) -> SafeString:
    """``{% newsmodel_meta article %}``: the Open Graph and Twitter Card ``<meta>`` tags."""
    return mark_safe(meta_tags(article, site=site))  # noqa: S308 - escaped by construction


@register.filter(name="jsonld")
def jsonld_filter(article: Article | dict[str, Any]) -> SafeString:
    """``{{ article|jsonld }}``: the same element as the tag, as a filter."""
    return mark_safe(script_tag(article))  # noqa: S308 - escaped by construction
