"""
Everything a news page's head and its site need, from one parsed article and a CMS's fields.

The article is parsed with the metadata a CMS holds apart from the text (url, dates,
author, publisher, picture), then published four ways: the JSON-LD script element and
the Open Graph and Twitter Card tags in the page's ``<head>``, an IPTC ninjs item for a
wire feed, and the site's Google News sitemap, each written to a file of the output folder::

    python examples/page_head.py seeds/iran-iraq-military-ties.txt out/
"""

import datetime as dt
import html
import json
import sys
from pathlib import Path

import newsmodel

HEAD = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="{url}">
{meta}
{jsonld}
</head>
"""


def cms_article(path: Path) -> newsmodel.Article:
    """Parse the text with what a CMS knows about the story besides its words."""
    slug = path.stem
    return newsmodel.parse(
        path.read_text(encoding="utf-8"),
        url=f"https://news.example/world/{slug}",
        published=dt.datetime(2018, 8, 28, 9, 30, tzinfo=dt.UTC),
        modified=dt.datetime(2018, 8, 28, 11, 0, tzinfo=dt.UTC),
        authors=["Jane Doe"],
        publisher=newsmodel.Publisher(name="News Example", url="https://news.example/"),
        image=newsmodel.Image(url=f"https://news.example/img/{slug}.jpg", width=1200, height=800),
        section="World",
        keywords=["Iran", "Iraq"],
        language="en",
    )


def page_head(article: newsmodel.Article) -> str:
    """The page's head: title, canonical link, social tags and JSON-LD."""
    return HEAD.format(
        title=html.escape(article.headline or ""),
        url=html.escape(article.url or ""),
        meta=newsmodel.meta_tags(article, twitter_site="@newsexample"),
        jsonld=newsmodel.script_tag(article),
    )


def main(argv: list[str]) -> int:
    source, target = Path(argv[0]), Path(argv[1])
    article = cms_article(source)
    target.mkdir(parents=True, exist_ok=True)
    sitemap = newsmodel.news_sitemap([article], publication_name="News Example", language="en")
    outputs = {
        "head.html": page_head(article),
        f"{source.stem}.ninjs.json": json.dumps(newsmodel.to_ninjs(article), ensure_ascii=False),
        "news-sitemap.xml": sitemap,
    }
    for name, content in outputs.items():
        (target / name).write_text(content, encoding="utf-8")
        print(target / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
