"""Every example in examples/ runs and does what its guide says, so the guides cannot rot."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsmodel.validate import validate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
JSONLD_OPEN = '<script type="application/ld+json">'


def run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("script", ["embed_article.py", "jinja_page.py", "django_page.py"])
def test_page_examples_print_valid_markup(script: str) -> None:
    """Each page example prints markup whose structured data passes the linter."""
    out = run(str(EXAMPLES / script))
    assert JSONLD_OPEN in out
    assert validate(out).errors == ()


def test_sample_article_prints_its_graph() -> None:
    """The hand-annotated sample article prints the graph the publishing page shows."""
    graph = json.loads(run(str(EXAMPLES / "sample_article.py")))
    assert graph == json.loads(
        (ROOT / "docs" / "sample-article.jsonld").read_text(encoding="utf-8")
    )


def test_static_site_builds_a_page_per_article(tmp_path: Path) -> None:
    """The static-site example writes one valid, self-contained page per seed article."""
    out = run(str(EXAMPLES / "static_site.py"), "seeds", str(tmp_path))
    pages = sorted(tmp_path.glob("*.html"))
    assert [str(p) for p in pages] == out.split()
    assert len(pages) == len(list((ROOT / "seeds").glob("*.txt")))
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert text.count(JSONLD_OPEN) == 1
        assert validate(text).errors == ()


def test_flask_app_serves_an_article() -> None:
    """The Flask example renders an article page with its JSON-LD, and 404s an unknown one."""
    sys.path.insert(0, str(EXAMPLES))
    try:
        from flask_app import app  # noqa: PLC0415 - an example script, imported by path
    finally:
        sys.path.remove(str(EXAMPLES))
    client = app.test_client()
    page = client.get("/news/iran-iraq-military-ties")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert JSONLD_OPEN in body
    assert "Iran Seeks Deeper Military Influence" in body
    assert validate(body).errors == ()
    assert client.get("/news/no-such-story").status_code == 404
    assert client.get("/news/..%2Fpyproject").status_code == 404


def test_page_head_example_publishes_every_format(tmp_path: Path) -> None:
    """The page-head example's head lints clean (no Google warning), and its feeds parse."""
    extruct = pytest.importorskip("extruct")
    from jsonschema import Draft202012Validator  # noqa: PLC0415 - a test-only dependency
    from lxml import etree  # noqa: PLC0415

    seed = ROOT / "seeds" / "iran-iraq-military-ties.txt"
    out = run(str(EXAMPLES / "page_head.py"), str(seed), str(tmp_path))
    head, ninjs, sitemap = (Path(line) for line in out.split())
    page = head.read_text(encoding="utf-8")
    report = validate(page)
    assert (report.errors, report.warnings) == ((), ())
    found = extruct.extract(page, syntaxes=["opengraph"], uniform=False)["opengraph"]
    assert ("og:type", "article") in found[0]["properties"]
    schema = json.loads((ROOT / "tests" / "data" / "ninjs" / "ninjs-schema_3.1.json").read_text())
    Draft202012Validator(schema).validate(json.loads(ninjs.read_text(encoding="utf-8")))
    urls = etree.parse(str(sitemap)).getroot()
    assert len(urls) == 1
