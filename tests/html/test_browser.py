"""
A real browser loads a page whose article holds hostile strings in every text field.

Headless Chromium (Debian's ``chromium``) must run none of the injected scripts, reach
the page's own script after the JSON-LD (so the block swallowed nothing), and parse the
JSON-LD to exactly the graph we wrote; the microdata text must read back exactly too.
"""

import json
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsmodel import (
    Article,
    Author,
    Figure,
    Image,
    Organization,
    Person,
    Publisher,
    Quote,
    Span,
    strategies,
)
from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import to_jsonld
from newsmodel.meta import meta_properties, meta_tags

CHROMIUM = (
    os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="needs Debian's chromium (apt-get install chromium); .ci/run installs it",
    ),
]

MARK = "document.documentElement.setAttribute('data-injected','{}')"
PAYLOADS = (
    f"</script><script>{MARK.format('script')}</script>",
    f"</SCRIPT ><script>{MARK.format('upper')}</script>",
    f"<!--<script>{MARK.format('comment')}</script>-->",
    f'<img src=x onerror="{MARK.format("img")}">',
    f'<svg onload="{MARK.format("svg")}"></svg>',
    f'"><script>{MARK.format("attr")}</script>',
    "]]>",
    "\u2028\u2029",
    "\u202e\u200f RTL",
    "👩‍👩‍👧 e\u0301",
    "\r\n\t",
    *strategies.HOSTILE_SAMPLES,
)
HOSTILE = " ".join(PAYLOADS)

# The page's own script: it runs only if the JSON-LD block ended where it should.
CANARY = """<pre id="out"></pre><script>
const block = document.querySelector('script[type="application/ld+json"]');
const text = (name) => Array.from(document.querySelectorAll(`[itemprop="${name}"]`),
                                  (e) => e.textContent);
document.getElementById('out').textContent = JSON.stringify({
  graph: JSON.parse(block.textContent),
  scripts: document.scripts.length,
  headline: text('headline'),
  names: text('name'),
  quotes: text('text'),
  body: Array.from(document.querySelectorAll('.article-body > *'), (e) => e.textContent),
  meta: Array.from(document.querySelectorAll('meta[property], meta[name]'),
                   (m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.content]),
});
document.documentElement.setAttribute('data-canary', 'ran');
</script>"""


def hostile_article() -> Article:
    """An article whose every text field carries every payload."""
    body = [f"First {HOSTILE}", f"“Quoted {HOSTILE}” said Amir.", f"Last {HOSTILE}"]
    article = Article.from_paragraphs(body)
    start = article.text.index("Quoted")
    words = f"Quoted {HOSTILE}"
    return Article(
        text=article.text,
        paragraphs=article.paragraphs,
        headline=f"Headline {HOSTILE}",
        alternative_headline=f"Alt {HOSTILE}",
        description=f"Description {HOSTILE}",
        dateline=f"TEHRAN {HOSTILE}",
        image=Image(
            url="https://news.example/a.jpg",
            caption=f"Caption {HOSTILE}",
            credit=f"Credit {HOSTILE}",
        ),
        actors=(
            Person(
                id="person/amir",
                name=f"Amir {HOSTILE}",
                aliases=(f"A {HOSTILE}",),
                honorific=f"Dr. {HOSTILE}",
                role=f"role {HOSTILE}",
            ),
            Organization(id="organization/x", name=f"Org {HOSTILE}"),
        ),
        quotes=(
            Quote(
                text=words, span=Span(start=start, end=start + len(words)), speaker="person/amir"
            ),
        ),
        figures=(Figure(text="First", span=Span(start=0, end=5), value=1, unit=f"u {HOSTILE}"),),
        url="https://news.example/world/hostile",
        authors=(Author(name=f"Jane {HOSTILE}"),),
        publisher=Publisher(name=f"Publisher {HOSTILE}"),
        section=f"Section {HOSTILE}",
        keywords=(f"kw {HOSTILE}",),
        language="en",
    )


class _Out(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._in = False
        self.root: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.root = dict(attrs)
        self._in = tag == "pre" and ("id", "out") in attrs

    def handle_endtag(self, tag: str) -> None:
        self._in = self._in and tag != "pre"

    def handle_data(self, data: str) -> None:
        if self._in:
            self.out.append(data)


def load(html: str, tmp_path: Path) -> tuple[dict[str, object], dict[str, str | None]]:
    """Load the page in headless Chromium and return the canary's report and <html> attributes."""
    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    assert CHROMIUM is not None
    result = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    parser = _Out()
    parser.feed(result.stdout)
    assert parser.out, f"the canary did not run; stderr: {result.stderr[-2000:]}"
    return json.loads("".join(parser.out)), parser.root


def test_hostile_page_in_chromium(tmp_path: Path) -> None:
    """No injected script runs, the page's own script does, and the graph parses back exactly."""
    article = hostile_article()
    html = (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"{meta_tags(article)}{script_tag(article)}</head><body>{render_article(article)}{CANARY}</body></html>"
    )
    report, root = load(html, tmp_path)
    assert "data-injected" not in root
    assert root.get("data-canary") == "ran"
    assert report["scripts"] == 2  # ours: the JSON-LD and the canary
    assert report["graph"] == to_jsonld(article)
    # The browser reads back the exact text (NUL excepted, which HTML turns into U+FFFD).
    assert report["headline"] == [article.headline.replace("\x00", "\ufffd")]  # type: ignore[union-attr]
    assert f"Jane {HOSTILE}".replace("\x00", "\ufffd") in report["names"]  # type: ignore[operator]
    assert report["quotes"] == [article.quotes[0].text.replace("\x00", "\ufffd")]
    # The rendered paragraphs are the article's words, quotation marks included.
    assert report["body"] == [p.replace("\x00", "\ufffd") for p in article.paragraph_texts()]
    # The Open Graph and Twitter tags hold their values whole, each in its attribute.
    assert report["meta"] == [
        [key, value.replace("\x00", "\ufffd")] for _, key, value in meta_properties(article)
    ]
