"""
Jinja2 helpers: ``{{ article | jsonld }}``, ``{{ article | article_html }}`` and
``{{ article | meta_tags }}``.

Install with ``pip install newsmodel[jinja]``, then register them on your environment::

    from newsmodel.integrations.jinja import register
    register(env)

Each returns `markupsafe.Markup`: the markup is escaped by construction (see
`newsmodel.html.script_tag`), so autoescaping must not escape it again.

.. versionadded:: 0.1
"""

from __future__ import annotations

from typing import Any

import jinja2
from markupsafe import Markup

from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import Site
from newsmodel.meta import meta_tags as _meta_tags
from newsmodel.model import Article


def jsonld(article: Article | dict[str, Any], site: Site | None = None) -> Markup:
    """The ``jsonld`` filter: the article's ``<script type="application/ld+json">`` element."""
    return Markup(script_tag(article, site=site))  # noqa: S704 - escaped by construction


def article_html(article: Article, site: Site | None = None) -> Markup:
    """The ``article_html`` filter: the article as HTML with microdata."""
    return Markup(render_article(article, site=site))  # noqa: S704 - escaped by construction


def meta_tags(article: Article, site: Site | None = None) -> Markup:
    """The ``meta_tags`` filter: the article's Open Graph and Twitter Card ``<meta>`` tags."""
    return Markup(_meta_tags(article, site=site))  # noqa: S704 - escaped by construction


def register(env: jinja2.Environment, *, site: Site | None = None) -> None:
    """
    Add the ``jsonld``, ``article_html`` and ``meta_tags`` filters and globals to *env*.

    With *site*, the filters use it unless a template passes another one.
    """

    def with_site(
        func: Any,
    ) -> Any:
        def call(article: Any, override: Site | None = None) -> Markup:
            result: Markup = func(article, override or site)
            return result

        return call

    for name, func in (
        ("jsonld", jsonld),
        ("article_html", article_html),
        ("meta_tags", meta_tags),
    ):
        env.filters[name] = with_site(func)
        env.globals[name] = with_site(func)
