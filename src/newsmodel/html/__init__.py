"""
Embedding an article in a web page: a JSON-LD script element, or HTML with microdata.

`script_tag` is the one a CMS template needs; `render_article` gives the article's
whole markup when newsmodel renders the story itself.
The Jinja2 and Django helpers live in `newsmodel.integrations`.
"""

from newsmodel.html._render import render_article
from newsmodel.html._script import json_for_script, script_tag

__all__ = ["json_for_script", "render_article", "script_tag"]
