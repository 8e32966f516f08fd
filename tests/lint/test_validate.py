import json
import runpy
from pathlib import Path
from typing import Any

import pytest

from newsmodel import Article
from newsmodel.errors import InputTypeError
from newsmodel.html import render_article, script_tag
from newsmodel.jsonld import to_jsonld
from newsmodel.validate import Issue, Report, main, validate

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_article.py"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    """The sample article of ``examples/sample_article.py`` (a script, so run by path)."""
    article: Article = runpy.run_path(str(SAMPLE))["sample_article"]()
    return article


def _doc(**fields: Any) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Title",
        "image": "https://example.org/a.jpg",
        "datePublished": "2024-05-01T10:00:00+02:00",
        "author": {"@type": "Person", "name": "Jane Doe"},
        **fields,
    }


def rules(report: Report) -> tuple[list[str], list[str]]:
    return [i.rule for i in report.errors], [i.rule for i in report.warnings]


def test_clean_document() -> None:
    """A complete article has neither errors nor warnings."""
    report = validate(_doc())
    assert report.ok
    assert rules(report) == ([], [])
    assert report.schema_version == "30.0"


@pytest.mark.parametrize(
    ("fields", "rule", "path"),
    [
        ({"@type": "NewsArticel"}, "unknown-type", '$["@type"]'),
        ({"headlinee": "x"}, "unknown-property", "$.headlinee"),
        ({"price": 3}, "property-domain", "$.price"),
        ({"datePublished": "last Tuesday"}, "range", "$.datePublished"),
        ({"wordCount": "many"}, "range", "$.wordCount"),
        ({"headline": {"@type": "Person", "name": "x"}}, "range", "$.headline"),
        ({"@kicker": "x"}, "bad-keyword", '$["@kicker"]'),
        ({"author": {"@type": "Place", "name": "Paris"}}, "author-type", '$.author["@type"]'),
        ({"author": {"@type": "Person", "name": "By Jane Doe"}}, "author-name-byline", "$.author.name"),
        ({"author": {"@type": "Person", "name": "Jane Doe and John Roe"}}, "author-multiple", "$.author.name"),
        ({"author": {"@type": "Person", "name": "Dr. Jane Doe"}}, "author-name-title", "$.author.name"),
        ({"author": {"@type": "Person"}}, "author-name-missing", "$.author"),
        ({"dateModified": "2024-04-01T10:00:00+02:00"}, "date-order", "$.dateModified"),
        ({"image": {"@type": "ImageObject", "caption": "x"}}, "image-url", "$.image"),
        ({"wordCount": None}, "null", "$.wordCount"),
    ],
)  # fmt: skip
def test_errors(fields: dict[str, Any], rule: str, path: str) -> None:
    """Each broken rule is an error with the JSON path of the offending key."""
    report = validate(_doc(**fields))
    assert not report.ok
    assert Issue(path=path, message=_message(report, rule), rule=rule) in report.errors


def _message(report: Report, rule: str) -> str:
    return next(i.message for i in report.errors + report.warnings if i.rule == rule)


@pytest.mark.parametrize(
    ("fields", "rule"),
    [
        ({"headline": "x" * 111}, "headline-length"),
        ({"image": None}, "image-missing"),
        ({"datePublished": "2024-05-01"}, "date-timezone"),
        ({"datePublished": "2024-05-01T10:00:00"}, "date-timezone"),
        ({"author": "Jane Doe"}, "author-text"),
        ({"author": {"@type": "Person", "name": "Reuters Staff"}}, "author-kind"),
        ({"author": {"@type": "Person", "name": "Jane Doe, Correspondent"}}, "author-name-title"),
        ({"headline": "Tom &amp; Jerry"}, "html-entity"),
        ({"image": {"@type": "ImageObject", "url": "https://e.org/a.jpg", "width": 100,
                    "height": 100}}, "image-size"),
        ({"mentions": {"@id": "#nobody"}}, "dangling-reference"),
        ({"mentions": {"name": "untyped"}}, "untyped-node"),
    ],
)  # fmt: skip
def test_warnings(fields: dict[str, Any], rule: str) -> None:
    """Google's recommendations and schema.org's tolerances are warnings, not errors."""
    doc = {k: v for k, v in _doc(**fields).items() if v is not None}
    report = validate(doc)
    assert rule in rules(report)[1]


def test_context_rules() -> None:
    """No @context is an error; another vocabulary's context is left unchecked, with a warning."""
    no_context = validate({"@type": "NewsArticle", "headline": "x"})
    assert "no-context" in rules(no_context)[0]
    other = validate({"@context": "https://example.org/vocab", "@type": "Thing", "foo": 1})
    assert rules(other) == ([], ["context"])


def test_graph_references_resolve() -> None:
    """Types declared where a node is described apply where it is referenced."""
    doc = {
        "@context": "https://schema.org",
        "@graph": [
            _doc(**{"@id": "#a", "author": [{"@id": "#p"}], "publisher": {"@id": "#p"}}),
            {"@type": "Place", "@id": "#p", "name": "Paris"},
        ],
    }
    errors = rules(validate(doc))[0]
    assert errors.count("range") == 2  # author and publisher may not be a Place
    assert "author-type" in errors


def test_html_input(article: Article) -> None:
    """HTML input: every JSON-LD script is checked, and issues say which block they are in."""
    page = f"<html><head>{script_tag(article)}\n<script type='application/ld+json'>\n{{\"@type\": 1,\n</script></head><body>{render_article(article)}</body></html>"
    report = validate(page.encode())
    assert report.blocks == 2
    (error,) = report.errors
    assert error.rule == "json-syntax"
    assert error.block == 1
    assert "line 4, column 1" in error.message  # where the page ends the object too soon
    assert str(error).startswith("script[1] $:")


def test_html_without_jsonld_and_script_hazard() -> None:
    """A page without JSON-LD is an error, and so is a script a browser would misread."""
    assert rules(validate("<html><body>nothing</body></html>"))[0] == ["no-jsonld"]
    hazard = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Thing", "name": "<!--<script>"}</script>'
    assert "script-escape" in rules(validate(hazard))[0]


def test_bad_input() -> None:
    """Bytes that are not UTF-8 are reported; a value that is no document at all raises."""
    assert rules(validate(b"\xff{}"))[0] == ["encoding"]
    assert rules(validate('{"a": NaN}'))[0] == ["json-syntax"]
    with pytest.raises(InputTypeError, match=r"dict, list, str or bytes\), got int"):
        validate(3)  # type: ignore[arg-type]
    with pytest.raises(InputTypeError, match="got NoneType"):
        validate(None)  # type: ignore[arg-type]


def test_sample_article(article: Article) -> None:
    """The sample article's JSON-LD and its page pass with no error and no warning."""
    assert rules(validate(to_jsonld(article))) == ([], [])
    page = f"<html><head>{script_tag(article)}</head><body>{render_article(article)}</body></html>"
    assert rules(validate(page)) == ([], [])


def test_command_line(tmp_path: Any, capsys: pytest.CaptureFixture[str], article: Article) -> None:
    """``newsmodel validate`` exits 0 on a clean file, 1 on errors, 2 when it cannot read."""
    good = tmp_path / "good.jsonld"
    good.write_text(json.dumps(to_jsonld(article)))
    bad = tmp_path / "bad.html"
    bad.write_text('<script type="application/ld+json">{"@type": "Persn"}</script>')
    assert main([str(good)]) == 0
    assert main([str(good), str(bad)]) == 1
    assert main(["--strict", str(tmp_path / "missing")]) == 2
    assert main(["--json", str(bad)]) == 1
    out = capsys.readouterr().out
    data = json.loads(out[out.index("{\n") :])
    assert data["errors"][0]["rule"] in {"no-context", "unknown-type"}  # one file: its report
