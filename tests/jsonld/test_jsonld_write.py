import os
import runpy
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given

import newsmodel
from newsmodel import Article, Author, Image, Organization, Person, Quote, Span, strategies
from newsmodel.jsonld import Site, dumps, from_jsonld, to_jsonld
from newsmodel.validate import validate

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_article.py"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    """The sample article of ``examples/sample_article.py`` (a script, so run by path)."""
    article: Article = runpy.run_path(str(SAMPLE))["sample_article"]()
    return article


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

#: Linter rules that mean "schema.org does not define this" (or not here).
VOCABULARY_RULES = {"unknown-type", "unknown-property", "property-domain", "range", "bad-keyword"}


def references(value: Any) -> list[str]:
    """Every ``{"@id": ...}`` reference inside a JSON value."""
    if isinstance(value, list):
        return [r for item in value for r in references(item)]
    if isinstance(value, dict):
        if set(value) == {"@id"}:
            return [value["@id"]]
        return [r for item in value.values() for r in references(item)]
    return []


def nodes_by_type(doc: dict[str, Any], type_name: str) -> list[dict[str, Any]]:
    return [n for n in doc["@graph"] if n["@type"] == type_name]


def test_sample_graph(article: Article) -> None:
    """The sample article is one @graph, led by its NewsArticle, with every kind of node."""
    doc = to_jsonld(article)
    assert doc["@context"] == "https://schema.org"
    graph = doc["@graph"]
    assert graph[0]["@type"] == "NewsArticle"
    assert graph[0]["@id"] == f"{article.url}#article"
    assert {n["@type"] for n in graph} >= {
        "NewsArticle", "WebPage", "NewsMediaOrganization", "ImageObject", "Person",
        "Organization", "Country", "City", "Quotation", "Claim", "Observation",
    }  # fmt: skip


def test_sample_passes_the_linter(article: Article) -> None:
    """The sample article's JSON-LD has no error and no warning."""
    report = validate(to_jsonld(article))
    assert report.errors == ()
    assert report.warnings == ()


def test_article_properties(article: Article) -> None:
    """The NewsArticle node carries the article's metadata under schema.org names."""
    node = to_jsonld(article)["@graph"][0]
    assert node["headline"] == article.headline
    assert node["datePublished"] == "2019-07-26T09:30:00-04:00"
    assert node["dateModified"] == "2019-07-26T11:45:00-04:00"
    assert node["articleBody"] == "\n\n".join(article.paragraph_texts())
    assert "Please let us know" not in node["articleBody"]  # boilerplate
    assert "Rouhani speaks" not in node["articleBody"]  # caption
    assert node["wordCount"] == len(node["articleBody"].split())
    assert node["keywords"] == list(article.keywords)
    assert node["inLanguage"] == "en"
    assert node["articleSection"] == "World"


def test_about_and_mentions(article: Article) -> None:
    """The actors the headline names are what the article is about; the others are mentioned."""
    node = to_jsonld(article)["@graph"][0]
    base = f"{article.url}#"
    about = [r["@id"].removeprefix(base) for r in node["about"]]
    mentions = [r["@id"].removeprefix(base) for r in node["mentions"]]
    assert about == ["place/iran", "place/iraq", "place/united-states"]
    assert "person/amir-hatami" in mentions
    assert not set(about) & set(mentions)


def test_person_name_is_only_the_name(article: Article) -> None:
    """Honorifics and roles go to honorificPrefix and jobTitle, never into name."""
    doc = to_jsonld(article)
    hatami = next(n for n in nodes_by_type(doc, "Person") if n.get("alternateName") == ["Hatami"])
    assert hatami["name"] == "Amir Hatami"
    assert hatami["honorificPrefix"] == "Brig. Gen."
    assert hatami["jobTitle"] == "defense minister"


def test_each_alternate_name_is_published_once() -> None:
    """An acronym that is also an alias, or an alias given twice, is one alternateName."""
    org = Organization(
        id="organization/kelvara-company",
        name="Kelvara Company",
        acronym="KC",
        aliases=("KC", "Kelvara", "Kelvara"),
    )
    person = Person(id="person/ana-lou", name="Ana Lou", aliases=("Lou", "Lou"))
    article = Article(text="Kelvara Company and Ana Lou.", actors=(org, person))
    doc = to_jsonld(article)
    (org_node,) = nodes_by_type(doc, "Organization")
    (person_node,) = nodes_by_type(doc, "Person")
    assert org_node["alternateName"] == ["KC", "Kelvara"]
    assert person_node["alternateName"] == ["Lou"]
    read = from_jsonld(dumps(article)).actor(org.id)
    assert isinstance(read, Organization)
    assert (read.acronym, read.aliases) == ("KC", ("Kelvara",))


def test_unnamed_source_is_published_without_a_name() -> None:
    """A described source is a Person with its description, role and employer, no name."""
    text = "A spokesman for the Kelvara Company said the plant would close."
    org = Organization(id="organization/kelvara-company", name="Kelvara Company")
    source = Person(
        id="person/a-spokesman-for-the-kelvara-company",
        name="A spokesman for the Kelvara Company",
        role="spokesman",
        affiliation=org.id,
        described=True,
    )
    start = text.index("the plant")
    quote = Quote(
        text="the plant would close",
        span=Span(start=start, end=start + 21),
        kind="indirect",
        speaker=source.id,
    )
    article = Article(text=text, headline="Plant", actors=(org, source), quotes=(quote,))
    doc = to_jsonld(article)
    node = next(n for n in nodes_by_type(doc, "Person") if n.get("jobTitle") == "spokesman")
    assert "name" not in node
    assert node["description"] == "A spokesman for the Kelvara Company"
    assert node["affiliation"] == {"@id": node["@id"].replace(source.id, org.id)}
    report = validate(to_jsonld(article))
    assert report.errors == ()
    # only the article's own metadata is missing (no image, author or date was given)
    assert {w.path for w in report.warnings} == {'$["@graph"][0]'}
    assert from_jsonld(dumps(article)).actor(source.id) == attrs.evolve(source, mentions=())


def test_every_picture_with_a_url_is_published_and_read_back() -> None:
    """The lead picture and the ones after it become ImageObjects, in order, and read back."""
    lead = Image(url="https://news.example/a.jpg", caption="The harbour at dawn.")
    other = Image(url="https://news.example/b.jpg", caption="Boats in the bay.")
    article = Article(text="Boats.", headline="Harbour", image=lead, images=(other,))
    doc = to_jsonld(article)
    captions = [n.get("caption") for n in nodes_by_type(doc, "ImageObject")]
    assert captions == ["The harbour at dawn.", "Boats in the bay."]
    back = from_jsonld(dumps(article))
    assert (back.image, back.images) == (lead, (other,))


def test_quotes_and_claims(article: Article) -> None:
    """Direct and partial quotes are Quotations; reported speech is a Claim, never a Quotation."""
    doc = to_jsonld(article)
    article_id = doc["@graph"][0]["@id"]
    quotations = nodes_by_type(doc, "Quotation")
    claims = nodes_by_type(doc, "Claim")
    indirect = {q.text for q in article.quotes if q.kind == "indirect"}
    assert {c["text"] for c in claims} == indirect
    assert not {q["text"] for q in quotations} & indirect
    for quotation in quotations:
        assert quotation["isPartOf"] == {"@id": article_id}
        assert quotation["creator"] == quotation["spokenByCharacter"]
    for claim in claims:
        assert claim["appearance"] == {"@id": article_id}
    assert doc["@graph"][0]["hasPart"] == [{"@id": q["@id"]} for q in quotations]


def test_partial_quote_publishes_only_its_quoted_words() -> None:
    """A partial quote's Quotation holds the speaker's words, never the reporter's clause."""
    text = (
        "Ruling appealed\n\n"
        "The union called the ruling “deeply disappointing” and vowed to appeal, Ann Cole said.\n\n"
        "Staff were ‘exhausted’ and ‘angry’, the union said."
    )
    article = newsmodel.parse(text)
    partial = [q for q in article.quotes if q.kind == "partial"]
    assert [q.text for q in partial] == [
        "The union called the ruling “deeply disappointing” and vowed to appeal",
        "Staff were ‘exhausted’ and ‘angry’",
    ]
    quotations = nodes_by_type(to_jsonld(article), "Quotation")
    assert [q["text"] for q in quotations] == ["deeply disappointing", "exhausted … angry"]


def test_figures(article: Article) -> None:
    """Figures are Observations: a value or a range, the unit, and the words with their hedge."""
    doc = to_jsonld(article)
    first, tens = nodes_by_type(doc, "Observation")[:2]
    assert first["value"] == 5000
    assert first["unitText"] == "American service members"
    assert first["description"] == "about 5,000 American service members"
    assert first["observationAbout"] == {"@id": f"{article.url}#place/iraq"}
    assert (tens["minValue"], tens["maxValue"]) == (10_000, 99_999)
    assert "value" not in tens


def test_node_missing_what_it_needs_is_left_out(article: Article) -> None:
    """An image without a url and an author without a name are dropped, with their references."""
    author = Author(name="Someone")
    object.__setattr__(author, "name", "   ")  # past the validator, as a broken CMS might
    broken = attrs.evolve(article, image=Image(caption="A caption"), authors=())
    object.__setattr__(broken, "authors", (author,))
    doc = to_jsonld(broken)
    assert not nodes_by_type(doc, "ImageObject")
    assert "image" not in doc["@graph"][0]
    assert "author" not in doc["@graph"][0]
    ids = {n["@id"] for n in doc["@graph"]}
    assert set(references(doc)) <= ids


def test_site_fills_publisher_and_website(article: Article) -> None:
    """Without a publisher, the Site's name, url and logo make one, and a WebSite node joins."""
    site = Site(name="Example", url="https://example.org/", logo="https://example.org/l.png")
    doc = to_jsonld(attrs.evolve(article, publisher=None, language=None), site=site)
    graph = doc["@graph"]
    website = next(n for n in graph if n["@type"] == "WebSite")
    publisher = next(n for n in graph if n["@type"] == "NewsMediaOrganization")
    assert publisher["name"] == "Example"
    assert website["publisher"] == {"@id": publisher["@id"]}
    assert graph[1]["isPartOf"] == {"@id": website["@id"]}
    assert validate(doc).errors == ()


def test_without_url_ids_are_fragments() -> None:
    """Without a url, every id is a bare fragment that the embedding page resolves."""
    doc = to_jsonld(Article.from_paragraphs(["One."], headline="Title"))
    assert [n["@id"] for n in doc["@graph"]] == ["#article", "#webpage"]


def test_byte_identical_across_processes() -> None:
    """The same article gives the same bytes in another process, whatever the hash seed."""
    outputs = set()
    for seed in ("1", "2"):
        env = os.environ | {"PYTHONHASHSEED": seed}
        result = subprocess.run(
            [sys.executable, str(EXAMPLES / "sample_article.py")],
            capture_output=True,
            check=True,
            env=env,
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1


@given(strategies.articles(hostile=True))
def test_graph_is_closed_and_deterministic(article: Article) -> None:
    """Every reference points at a node of the graph, ids are unique, and output is stable."""
    doc = to_jsonld(article)
    ids = [n["@id"] for n in doc["@graph"]]
    assert len(ids) == len(set(ids))
    assert set(references(doc)) <= set(ids)
    assert dumps(article) == dumps(article)
    assert orjson.loads(dumps(article)) == doc


@given(strategies.articles(hostile=True))
def test_only_schema_org_terms(article: Article) -> None:
    """Every type and property written is schema.org's, used where schema.org allows it."""
    report = validate(to_jsonld(article))
    assert [i for i in report.errors if i.rule in VOCABULARY_RULES] == []
    assert [i for i in report.warnings if i.rule in VOCABULARY_RULES | {"text-for-node"}] == []


@given(strategies.articles())
def test_ids_derive_from_public_data(article: Article) -> None:
    """Ids are the url plus a fragment naming a kind and position, or an actor id: no text."""
    doc = to_jsonld(article)
    base = (article.url or "").split("#")[0]
    allowed = {"article", "image", "publisher", "webpage"}
    for node in doc["@graph"]:
        node_id = node["@id"]
        if node["@type"] in {"WebPage", "NewsMediaOrganization"} and "#" not in node_id:
            continue
        prefix, _, fragment = node_id.rpartition("#")
        assert prefix in {base, (article.publisher.url if article.publisher else None)}
        kind, _, number = fragment.rpartition("-")
        assert (
            fragment in allowed
            or (
                kind in {"author", "quote", "claim", "figure", "correction", "image"}
                and number.isdigit()
            )
            or fragment.split("/")[0] in {"person", "organization", "place"}
        )


def test_docs_sample_graph_is_current(article: Article) -> None:
    """docs/sample-article.jsonld, shown in docs/publishing.md, is what to_jsonld writes today."""
    shown = (EXAMPLES.parent / "docs" / "sample-article.jsonld").read_bytes()
    assert shown == dumps(article, indent=True) + b"\n", (
        "regenerate with: python examples/sample_article.py > docs/sample-article.jsonld"
    )


def test_every_policy_field_has_its_schema_org_property() -> None:
    """Each of Publisher's policy fields maps to a schema.org property of NewsMediaOrganization."""
    from newsmodel.jsonld._trust import POLICY_PROPERTIES  # noqa: PLC0415
    from newsmodel.jsonld._vocab import vocabulary  # noqa: PLC0415
    from newsmodel.model import POLICY_FIELDS  # noqa: PLC0415

    assert tuple(POLICY_PROPERTIES) == POLICY_FIELDS
    vocab = vocabulary()
    for prop in POLICY_PROPERTIES.values():
        domain = vocab.properties[prop].domain
        assert any(vocab.is_subtype("NewsMediaOrganization", d) for d in domain), prop
        assert "URL" in vocab.properties[prop].range, prop
