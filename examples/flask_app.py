"""
A Flask app whose Jinja2 templates embed articles with newsmodel's filters.

``register(app.jinja_env)`` adds the ``jsonld`` and ``article_html`` filters; the view
parses the article once and hands it to the template::

    flask --app examples/flask_app.py run
"""

from pathlib import Path

from flask import Flask, abort, render_template_string

import newsmodel
from newsmodel.integrations.jinja import register

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

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

app = Flask(__name__)
register(app.jinja_env)


@app.route("/news/<slug>")
def article_page(slug: str) -> str:
    """Render one article of the seeds folder."""
    path = SEEDS / f"{slug}.txt"
    if not slug.replace("-", "").isalnum() or not path.is_file():
        abort(404)
    article = newsmodel.parse(
        path.read_text(encoding="utf-8"), url=f"https://news.example/news/{slug}"
    )
    return render_template_string(TEMPLATE, article=article)
