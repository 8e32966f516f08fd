"""
Build a static site: one HTML page per article, each embedding its structured data.

Every ``.txt`` file of the input folder is parsed, and its page gets the JSON-LD in the
``<head>`` and the article as semantic HTML with microdata in the ``<body>``::

    python examples/static_site.py seeds/ site/
"""

import argparse
import html
import sys
from pathlib import Path

import newsmodel

PAGE = """<!doctype html>
<html lang="{language}">
<head>
<meta charset="utf-8">
<title>{title}</title>
{jsonld}
</head>
<body>
{article}
</body>
</html>
"""


def build(source: Path, target: Path, *, base_url: str) -> list[Path]:
    """Write one page per article of *source* into *target*; return the pages written."""
    target.mkdir(parents=True, exist_ok=True)
    pages = []
    for path in sorted(source.glob("*.txt")):
        url = f"{base_url.rstrip('/')}/{path.stem}.html"
        article = newsmodel.parse(path.read_text(encoding="utf-8"), url=url, language="en")
        page = target / f"{path.stem}.html"
        page.write_text(
            PAGE.format(
                language="en",
                title=html.escape(article.headline or path.stem),
                jsonld=newsmodel.script_tag(article),
                article=newsmodel.render_article(article),
            ),
            encoding="utf-8",
        )
        pages.append(page)
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", type=Path, help="a folder of .txt articles")
    parser.add_argument("target", type=Path, help="where to write the pages")
    parser.add_argument("--base-url", default="https://news.example/", help="the site's address")
    args = parser.parse_args(argv)
    for page in build(args.source, args.target, base_url=args.base_url):
        print(page)
    return 0


if __name__ == "__main__":
    sys.exit(main())
