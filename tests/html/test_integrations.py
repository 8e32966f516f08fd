import json
import re
import runpy
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from newsmodel import Article, Author
from newsmodel.jsonld import Site, to_jsonld
from newsmodel.meta import meta_tags
from newsmodel.validate import validate

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_article.py"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    """The sample article of ``examples/sample_article.py`` (a script, so run by path)."""
    article: Article = runpy.run_path(str(SAMPLE))["sample_article"]()
    return article


ROOT = Path(__file__).resolve().parents[2]
HOSTILE = '</script><script>alert(1)</script><!--<script> & "quotes" \u2028'
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


def _hostile() -> Article:
    return Article.from_paragraphs(
        [f"Body {HOSTILE}"],
        headline=f"Headline {HOSTILE}",
        authors=(Author(name=f"Jane {HOSTILE}"),),
        url="https://news.example/a",
    )


def _graphs(html: str) -> list[object]:
    return [json.loads(block) for block in SCRIPT.findall(html)]


def test_jinja_filters_with_autoescape() -> None:
    """The Jinja2 filters emit unbroken markup under autoescaping, and take a site."""
    jinja2 = pytest.importorskip("jinja2")
    from newsmodel.integrations.jinja import register  # noqa: PLC0415 - needs jinja2

    env = jinja2.Environment(autoescape=True)
    register(env, site=Site(language="en"))
    article = _hostile()
    html = env.from_string(
        "<title>{{ a.headline }}</title>{{ a | jsonld }}{{ jsonld(a) }}{{ a | article_html }}"
        "{{ a | meta_tags }}"
    ).render(a=article)
    site_graph = to_jsonld(article, site=Site(language="en"))
    assert _graphs(html) == [site_graph, site_graph]
    assert "<script>alert" not in html
    assert html.count("<script") == 2
    assert meta_tags(article, site=Site(language="en")) in html  # escaped once, not twice


def test_django_tags_and_filter() -> None:
    """The Django tag library emits unbroken markup, and its output is not escaped twice."""
    pytest.importorskip("django")
    django_page = _load("django_page")
    django_page.render()  # configures Django once for this process
    from django.template import Context, Template  # noqa: PLC0415 - needs django

    article = _hostile()
    html = Template(
        "{% load newsmodel %}<title>{{ a.headline }}</title>"
        "{% newsmodel_jsonld a %}{{ a|jsonld }}{% newsmodel_article a %}{% newsmodel_meta a %}"
    ).render(Context({"a": article}))
    assert _graphs(html) == [to_jsonld(article), to_jsonld(article)]
    assert "<script>alert" not in html
    assert html.count("<script") == 2
    assert meta_tags(article) in html  # escaped once, not twice


def _load(name: str) -> ModuleType:
    import importlib.util  # noqa: PLC0415

    sys.path.insert(0, str(ROOT / "examples"))
    try:
        spec = importlib.util.spec_from_file_location(name, ROOT / "examples" / f"{name}.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "examples"))
    return module


@pytest.mark.parametrize("name", ["sample_article", "embed_article", "jinja_page", "django_page"])
def test_example_runs(name: str, article: Article) -> None:
    """Each example runs on its own, and what it prints passes the linter with no error."""
    if name in {"jinja_page", "django_page"}:
        pytest.importorskip({"jinja_page": "jinja2", "django_page": "django"}[name])
    result = subprocess.run(
        [sys.executable, "-W", "error", str(ROOT / "examples" / f"{name}.py")],
        capture_output=True,
        check=True,
        text=True,
    )
    report = validate(result.stdout)
    assert report.errors == ()
    graphs = [json.loads(result.stdout)] if name == "sample_article" else _graphs(result.stdout)
    assert graphs == [to_jsonld(article)]
