"""
A Django template that embeds an article with the ``newsmodel`` tag library.

In a project, add ``"newsmodel.integrations.django"`` to ``INSTALLED_APPS`` and write
``{% load newsmodel %}`` in the template; this script sets up just enough Django to
render one template on its own::

    python examples/django_page.py
"""

import sys

import django
from django.conf import settings
from django.template import Context, Template
from sample_article import sample_article

TEMPLATE = """{% load newsmodel %}<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ article.headline }}</title>
{% newsmodel_jsonld article %}
</head>
<body>
{% newsmodel_article article %}
</body>
</html>
"""


def render() -> str:
    """Render the page for the sample article."""
    if not settings.configured:
        settings.configure(
            INSTALLED_APPS=["newsmodel.integrations.django"],
            TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates"}],
        )
        django.setup()
    return Template(TEMPLATE).render(Context({"article": sample_article()}))


if __name__ == "__main__":
    sys.stdout.write(render())
