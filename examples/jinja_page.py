"""
A Jinja2 page that embeds an article with newsmodel's filters.

Run it to print the page::

    python examples/jinja_page.py
"""

import sys

import jinja2
from sample_article import sample_article

from newsmodel.integrations.jinja import register

TEMPLATE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ article.headline }}</title>
{{ article | jsonld }}
</head>
<body>
{{ article | article_html }}
</body>
</html>
"""


def render() -> str:
    """Render the page for the sample article, with autoescaping on as it should be."""
    env = jinja2.Environment(autoescape=True)
    register(env)
    return env.from_string(TEMPLATE).render(article=sample_article())


if __name__ == "__main__":
    sys.stdout.write(render())
