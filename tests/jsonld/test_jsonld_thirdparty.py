"""
Our JSON-LD read by third-party processors, not only by our own code.

pyld expands it with the schema.org context loaded offline (no term may be dropped, and
every predicate and type must be a schema.org term), and rdflib reads both pyld's RDF
and the JSON-LD itself; the two graphs must be the same.
"""

import json
import math
import runpy
import warnings
from pathlib import Path
from typing import Any

import pytest
from hypothesis import Phase, given, settings

from newsmodel import Article, strategies
from newsmodel.jsonld import to_jsonld
from newsmodel.jsonld._vocab import vocabulary

# Test-only dependencies, imported so that a checkout without them skips these tests.
jsonld = pytest.importorskip("pyld").jsonld
rdflib = pytest.importorskip("rdflib")
isomorphic = pytest.importorskip("rdflib.compare").isomorphic

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_article.py"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    """The sample article of ``examples/sample_article.py`` (a script, so run by path)."""
    article: Article = runpy.run_path(str(SAMPLE))["sample_article"]()
    return article


CONTEXT = json.loads((Path(__file__).parents[1] / "data" / "schemaorgcontext.jsonld").read_text())
SCHEMA = "http://schema.org/"  # the context's @vocab is http, whatever the page says
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NUMERIC = {rdflib.XSD.integer, rdflib.XSD.double, rdflib.XSD.decimal}


def _offline_loader(url: str, options: object = None) -> dict[str, Any]:
    """Serve the schema.org context from the copy in tests/data; refuse anything else."""
    del options
    if url.rstrip("/") not in {"https://schema.org", "http://schema.org"}:
        pytest.fail(f"tried to load a remote document: {url}")
    return {"contentType": "application/ld+json", "contextUrl": None,
            "documentUrl": url, "document": CONTEXT}  # fmt: skip


def _expand(doc: dict[str, Any]) -> list[Any]:
    dropped: list[str | None] = []
    options = {"documentLoader": _offline_loader, "base": "https://page.example/"}
    expanded = jsonld.expand(doc, options, on_property_dropped=dropped.append)
    assert dropped == []
    return list(expanded)


def _rdf(doc: dict[str, Any]) -> tuple[Any, Any]:
    options = {"documentLoader": _offline_loader, "base": "https://page.example/",
               "format": "application/n-quads"}  # fmt: skip
    nquads = jsonld.to_rdf(doc, options)
    from_pyld = rdflib.Graph()
    from_pyld.parse(data=nquads, format="nt")  # one default graph: N-Quads are N-Triples
    inline = dict(doc, **{"@context": CONTEXT["@context"]})
    from_rdflib = rdflib.Graph()
    with warnings.catch_warnings():
        # rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph internally.
        warnings.simplefilter("ignore", DeprecationWarning)
        from_rdflib.parse(data=json.dumps(inline), format="json-ld", base="https://page.example/")
    return from_pyld, from_rdflib


def _split_numbers(graph: Any) -> tuple[Any, dict[tuple[str, str], list[float]]]:
    """
    Return the graph without its numeric literals, and those numbers by subject and predicate.

    JSON-LD reads any whole JSON number below 10^21 as an xsd:integer and writes a double
    with 16 significant digits; rdflib's parser keeps Python's float type and all its
    digits, so the two agree on each number's value, not on its lexical form.
    """
    rest = rdflib.Graph()
    numbers: dict[tuple[str, str], list[float]] = {}
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.datatype in NUMERIC:
            numbers.setdefault((str(s), str(p)), []).append(float(o))
        else:
            rest.add((s, p, o))
    return rest, {k: sorted(v) for k, v in numbers.items()}


_PYLD_ROUNDS_TO_INF = 1.7976931348623155e308


def _check(doc: dict[str, Any]) -> None:
    vocab = vocabulary()
    _expand(doc)
    from_pyld, from_rdflib = _rdf(doc)
    assert len(from_pyld) > 0
    pyld_rest, pyld_numbers = _split_numbers(from_pyld)
    rdflib_rest, rdflib_numbers = _split_numbers(from_rdflib)
    assert isomorphic(pyld_rest, rdflib_rest)
    assert pyld_numbers.keys() == rdflib_numbers.keys()
    for key, values in pyld_numbers.items():
        # pyld rounds doubles to 16 digits, so the largest floats round up to infinity.
        ours = [v for v in rdflib_numbers[key] if abs(v) < _PYLD_ROUNDS_TO_INF]
        theirs = [v for v in values if not math.isinf(v)]
        assert theirs == pytest.approx(ours, rel=1e-15), key
    for _, predicate, obj in from_pyld:
        name = str(predicate)
        if name == RDF_TYPE:
            assert str(obj).startswith(SCHEMA)
            assert str(obj).removeprefix(SCHEMA) in vocab.types
        else:
            assert name.startswith(SCHEMA)
            assert name.removeprefix(SCHEMA) in vocab.properties


def test_sample_with_pyld_and_rdflib(article: Article) -> None:
    """The sample graph expands with no dropped term and reads the same in pyld and rdflib."""
    doc = to_jsonld(article)
    _check(doc)
    from_pyld, _ = _rdf(doc)
    subjects = {str(s) for s in from_pyld.subjects()}
    assert {n["@id"] for n in doc["@graph"]} <= subjects  # every node is a real RDF node


# No shrinking: each example takes pyld a while, and a failure prints the article anyway.
@settings(max_examples=10, deadline=None, phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(strategies.articles())
def test_generated_articles_with_pyld_and_rdflib(article: Article) -> None:
    """Any generated article survives the same checks (few examples: pyld is slow)."""
    _check(to_jsonld(article))
