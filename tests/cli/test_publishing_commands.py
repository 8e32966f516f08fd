"""The publishing subcommands (ninjs, meta, sitemap) and the metadata flags a CMS passes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import orjson
import pytest
from lxml import etree

import newsmodel
from newsmodel.cli import main

CMS = (
    "--url", "https://news.example/world/iran-iraq",
    "--published", "2018-08-28T09:30:00+00:00",
    "--modified", "2018-08-28T11:00:00+00:00",
    "--author", "Jane Doe",
    "--author", "Ali Reza",
    "--publisher", "News Example",
    "--image", "https://news.example/img/iran-iraq.jpg",
    "--language", "en",
    "--section", "World",
    "--keyword", "Iran",
    "--keyword", "Iraq",
)  # fmt: skip


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str | Path) -> tuple[int, bytes, bytes]:
    status = main([str(a) for a in args])
    out, err = capsysbinary.readouterr()
    return status, out, err


def test_flags_reach_the_article(capsysbinary: pytest.CaptureFixture[bytes], sample: Path) -> None:
    """--author (repeated), --publisher, --image, --headline, --section, --keyword, --language."""
    headline = sample.read_text(encoding="utf-8").split("\n", 1)[0]
    status, out, _ = run(capsysbinary, "parse", sample, *CMS, "--headline", headline)
    assert status == 0
    article = newsmodel.loads(out)
    assert [a.name for a in article.authors] == ["Jane Doe", "Ali Reza"]
    assert article.publisher == newsmodel.Publisher(name="News Example")
    assert article.image is not None
    assert article.image.url == "https://news.example/img/iran-iraq.jpg"
    assert article.image.caption  # the caption found in the text is kept
    assert article.headline == headline
    assert headline not in article.paragraph_texts()
    assert article.keywords == ("Iran", "Iraq")
    assert (article.section, article.language) == ("World", "en")


def test_seed_with_cms_metadata_validates_clean(
    capsysbinary: pytest.CaptureFixture[bytes], sample: Path, tmp_path: Path
) -> None:
    """The sample article with a CMS's metadata has no error and no Google warning."""
    status, out, _ = run(capsysbinary, "html", sample, *CMS)
    assert status == 0
    page = tmp_path / "page.html"
    page.write_bytes(out)
    status, report, _ = run(capsysbinary, "validate", page, "--strict")
    assert status == 0, report
    assert report.startswith(b"0 errors, 0 warnings")


def test_without_metadata_google_warns(
    capsysbinary: pytest.CaptureFixture[bytes], sample: Path, tmp_path: Path
) -> None:
    """The same article without the flags draws the author and image warnings: they matter."""
    status, out, _ = run(capsysbinary, "jsonld", sample)
    assert status == 0
    page = tmp_path / "a.jsonld"
    page.write_bytes(out)
    _, report, _ = run(capsysbinary, "validate", page, "--json")
    rules = {issue["rule"] for issue in json.loads(report)["warnings"]}
    assert {"author-missing", "image-missing"} <= rules


@pytest.mark.parametrize("standard", ["3.1", "2.2"])
def test_ninjs_command(
    capsysbinary: pytest.CaptureFixture[bytes], sample: Path, standard: str
) -> None:
    """`newsmodel ninjs` prints the item of the requested version, with the flags' metadata."""
    status, out, _ = run(capsysbinary, "ninjs", sample, *CMS, "--standard", standard)
    assert status == 0
    item = orjson.loads(out)
    assert item["standard"]["version"] == standard
    assert item["uri"] == "https://news.example/world/iran-iraq"
    assert item["by"] == "Jane Doe and Ali Reza"
    assert newsmodel.from_ninjs(item).image is not None


def test_meta_command(capsysbinary: pytest.CaptureFixture[bytes], sample: Path) -> None:
    """`newsmodel meta` prints the tags, the image's among them."""
    status, out, _ = run(capsysbinary, "meta", sample, *CMS, "--twitter-site", "@ex")
    assert status == 0
    text = out.decode()
    assert '<meta property="og:image" content="https://news.example/img/iran-iraq.jpg">' in text
    assert '<meta name="twitter:site" content="@ex">' in text
    assert '<meta property="article:author" content="Jane Doe">' in text


def test_sitemap_command_reads_every_kind_of_line(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """Batch results, an article's JSON and input records all become entries, in order."""
    when = "2024-01-02T03:04:05+00:00"
    parsed = newsmodel.parse(
        articles[1], url="https://news.example/b", published=dt.datetime.fromisoformat(when)
    )
    model = newsmodel.to_dict(parsed)
    lines = [
        {"record": 1, "id": "x", "article": model},
        model | {"url": "https://news.example/c"},
        {"text": articles[2], "url": "https://news.example/d", "published": when},
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(line) for line in lines) + b"\n\n")
    status, out, err = run(
        capsysbinary, "sitemap", path, "--publication", "News Example", "--language", "en"
    )
    assert status == 0, err
    root = etree.fromstring(out)
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    assert [u.findtext(f"{ns}loc") for u in root] == [
        "https://news.example/b",
        "https://news.example/c",
        "https://news.example/d",
    ]


def test_sitemap_command_names_the_bad_line(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path, articles: tuple[str, ...]
) -> None:
    """A line without url or date fails with exit status 2 and the file's name."""
    path = tmp_path / "in.jsonl"
    path.write_bytes(orjson.dumps({"text": articles[0]}) + b"\nnot json\n")
    status, _, err = run(capsysbinary, "sitemap", path, "--publication", "P", "--language", "en")
    assert status == 2
    assert f"{path}:2: expected a JSON object per line".encode() in err
    path.write_bytes(orjson.dumps({"text": articles[0]}) + b"\n")
    status, _, err = run(capsysbinary, "sitemap", path, "--publication", "P", "--language", "en")
    assert status == 2
    assert b"articles[0].url: a news sitemap needs each article's url" in err
