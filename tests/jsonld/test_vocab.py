import subprocess
import sys
from pathlib import Path

import pytest

from newsmodel.jsonld._vocab import vocabulary

ROOT = Path(__file__).resolve().parents[2]
VENDOR = ROOT.parent / "shared" / "vendor" / "schemaorg"


def test_table_facts() -> None:
    """The shipped table knows the release, the type tree, domains and ranges."""
    vocab = vocabulary()
    assert vocab.version == "30.0"
    assert vocab.ancestors("NewsArticle") == {"NewsArticle", "Article", "CreativeWork", "Thing"}
    assert vocab.is_subtype("Observation", "QuantitativeValue")
    assert vocab.is_datatype("URL")
    assert not vocab.is_datatype("Person")
    assert vocab.applies_to(vocab.properties["dateline"], "NewsArticle")
    assert not vocab.applies_to(vocab.properties["dateline"], "Person")
    assert vocab.properties["spokenByCharacter"].range == {"Person", "Organization"}
    assert vocab.ancestors("NoSuchType") == frozenset()


def test_table_is_small() -> None:
    """Only the compact table ships: no labels or comments."""
    table = ROOT / "src" / "newsmodel" / "jsonld" / "schemaorg_vocab.json"
    assert table.stat().st_size < 200_000
    assert "rdfs:comment" not in table.read_text("utf-8")


@pytest.mark.skipif(not VENDOR.is_dir(), reason="needs ../shared/vendor/schemaorg")
def test_table_matches_vendored_release() -> None:
    """The shipped table is what tools/build_schema_table.py derives from the vendored files."""
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_schema_table.py"), "--check",
         "--vendor", str(VENDOR)],
        check=True,
        capture_output=True,
    )  # fmt: skip
