"""
Google News sitemaps: `news_sitemap`, `news_sitemaps` and `sitemap_index`.

`news_sitemap` writes one sitemap of at most 1,000 articles, as Google News allows;
`news_sitemaps` splits any number of articles into such sitemaps, and `sitemap_index`
lists them in a sitemap index. The rules are in ``docs/sitemap.md``.
"""

from newsmodel.sitemap._news import MAX_URLS, news_sitemap, news_sitemaps, sitemap_index

__all__ = ["MAX_URLS", "news_sitemap", "news_sitemaps", "sitemap_index"]
