import json
import re
import runpy
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import Article, strategies
from newsmodel.html import json_for_script, script_tag
from newsmodel.jsonld import to_jsonld

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_article.py"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    """The sample article of ``examples/sample_article.py`` (a script, so run by path)."""
    article: Article = runpy.run_path(str(SAMPLE))["sample_article"]()
    return article


OPEN = '<script type="application/ld+json">'


class _Elements(HTMLParser):
    """Record the elements and the text of the first script, as an HTML tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.script: list[str] = []
        self.comments: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        del attrs
        self.tags.append(tag)
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self.tags.append(f"/{tag}")
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def test_sample_tag(article: Article) -> None:
    """The tag holds the article's graph as JSON."""
    tag = script_tag(article)
    assert tag.startswith(OPEN)
    assert tag.endswith("</script>")
    assert json.loads(tag[len(OPEN) : -len("</script>")]) == to_jsonld(article)


def test_escapes_are_json_escapes() -> None:
    """<, >, &, U+2028 and U+2029 become \\u escapes, never HTML entities."""
    doc = {"a": "</script><!--<script>&amp;\u2028\u2029]]>"}
    text = json_for_script(doc)
    assert text == (
        '{"a":"\\u003c/script\\u003e\\u003c!--\\u003cscript\\u003e\\u0026amp;'
        '\\u2028\\u2029]]\\u003e"}'
    )
    assert json.loads(text) == doc


def _assert_unbreakable(tag: str, expected: object) -> None:
    content = tag[len(OPEN) : -len("</script>")]
    assert not re.search(r"[<>&\u2028\u2029]", content)
    page = _Elements()
    page.feed(f"<body>{tag}<p>after</p></body>")
    page.close()
    assert page.tags == ["body", "script", "/script", "p", "/p", "/body"]
    assert page.comments == []
    assert json.loads("".join(page.script)) == expected


@given(strategies.articles(hostile=True, min_quotes=1))
def test_hostile_articles_cannot_break_the_tag(article: Article) -> None:
    """Whatever the text fields hold, the tag ends where it should and parses back exactly."""
    _assert_unbreakable(script_tag(article), to_jsonld(article))


@given(st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53)
    | st.text(st.characters(codec="utf-8")) | st.sampled_from(strategies.HOSTILE_SAMPLES),
    lambda children: st.lists(children) | st.dictionaries(
        st.text(st.characters(codec="utf-8")) | st.sampled_from(strategies.HOSTILE_SAMPLES),
        children),
    max_leaves=20,
))  # fmt: skip
def test_any_json_cannot_break_the_tag(value: object) -> None:
    """Any JSON value (keys included) survives the script element unchanged."""
    doc = {"@context": "https://schema.org", "x": value}
    _assert_unbreakable(script_tag(doc), doc)
