"""
Embed an article's structured data in a page: the three lines from the README.

Run it to print the ``<script>`` element that goes in the page's ``<head>``::

    python examples/embed_article.py
"""

import sys

from sample_article import sample_article

from newsmodel.html import script_tag

article = sample_article()  # in a CMS: newsmodel.parse(text), or an Article of your fields
head = script_tag(article)  # '<script type="application/ld+json">{"@context":...}</script>'
sys.stdout.write(head + "\n")
