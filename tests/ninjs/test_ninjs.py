"""
ninjs items are valid against IPTC's JSON Schemas, and read back into the article they came from.

jsonschema (third-party) validates every item against the schema of its version, copied
into tests/data/ninjs with its licence.
"""

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
from hypothesis import given
from jsonschema import Draft202012Validator, FormatChecker

import newsmodel
from newsmodel import (
    Article,
    Author,
    Correction,
    Image,
    Organization,
    Person,
    Place,
    Publisher,
    SerializationError,
    Span,
    strategies,
)
from newsmodel.ninjs import VERSIONS, from_ninjs, to_ninjs

DATA = Path(__file__).resolve().parents[1] / "data" / "ninjs"
VALIDATORS = {
    version: Draft202012Validator(
        json.loads((DATA / f"ninjs-schema_{version}.json").read_text(encoding="utf-8")),
        format_checker=FormatChecker(),
    )
    for version in VERSIONS
}


def assert_valid(doc: dict[str, Any], version: str) -> None:
    errors = sorted(VALIDATORS[version].iter_errors(doc), key=str)
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])


def story() -> Article:
    text = "Iraq's defense minister Najah al-Shammari met Amir Hatami in Baghdad.\n\nThe talks went on."
    return Article(
        text=text,
        paragraphs=Article.from_paragraphs(text.split("\n\n")).paragraphs,
        headline="Iraq and Iran sign defense pact",
        alternative_headline="A pact in Baghdad",
        description="The ministers met in Baghdad.",
        dateline="BAGHDAD (Reuters)",
        image=Image(
            url="https://news.example/img/pact.jpg",
            caption="The ministers in Baghdad",
            credit="AFP",
            width=1200,
            height=800,
        ),
        actors=(
            Person(
                id="person/najah-al-shammari",
                name="Najah al-Shammari",
                mentions=(Span(start=24, end=41),),
                same_as=("https://www.wikidata.org/wiki/Q1",),
                role="defense minister",
            ),
            Person(id="person/amir-hatami", name="Amir Hatami"),
            Organization(id="organization/reuters", name="Reuters"),
            Place(id="place/iraq", name="Iraq", iso_code="IQ", kind="country"),
            Place(id="place/baghdad", name="Baghdad", kind="city"),
        ),
        url="https://news.example/world/pact",
        published=dt.datetime(2018, 8, 28, 9, 30, tzinfo=dt.UTC),
        modified=dt.datetime(2018, 8, 28, 11, 0, tzinfo=dt.UTC),
        authors=(
            Author(name="Jane Doe", url="https://news.example/staff/jane"),
            Author(name="Ali Reza"),
        ),
        publisher=Publisher(name="News Example", url="https://news.example/"),
        section="World",
        keywords=("Iraq", "Iran"),
        language="en",
    )


@pytest.mark.parametrize("version", VERSIONS)
def test_story_is_valid_and_complete(version: str) -> None:
    """Every field ninjs can hold is written, and the item passes IPTC's schema."""
    doc = to_ninjs(story(), version=version)  # type: ignore[arg-type]
    assert_valid(doc, version)
    key = (lambda k: k) if version == "3.1" else str.lower
    assert doc["uri"] == "https://news.example/world/pact"
    assert doc[key("firstCreated")] == "2018-08-28T09:30:00+00:00"
    assert doc[key("versionCreated")] == "2018-08-28T11:00:00+00:00"
    assert doc["by"] == "Jane Doe and Ali Reza"
    assert doc["located"] == "BAGHDAD (Reuters)"
    assert doc["headlines"][0] == {"role": "main", "value": "Iraq and Iran sign defense pact"}
    plain, rich = doc["bodies"]
    assert plain["value"] == story().text
    assert plain[key("wordCount")] == 14
    assert rich["value"].startswith("<p>Iraq&#x27;s defense minister")
    assert {p["name"]: p["rel"] for p in doc["people"]} == {
        "Najah al-Shammari": "mentions",
        "Amir Hatami": "mentions",
    }
    assert {p["name"]: p["rel"] for p in doc["places"]} == {"Iraq": "about", "Baghdad": "mentions"}
    iraq = doc["places"][0]
    assert iraq["uri"] == "http://cvx.iptc.org/iso3166-1a2/iq"
    (picture,) = doc["associations"]
    assert picture["type"] == "picture"
    assert picture["descriptions"] == [{"role": "caption", "value": "The ministers in Baghdad"}]
    assert picture["by"] == "AFP"
    assert picture["renditions"] == [
        {
            "name": "original",
            "href": "https://news.example/img/pact.jpg",
            "width": 1200,
            "height": 800,
        }
    ]


def test_round_trip_keeps_what_ninjs_carries() -> None:
    """from_ninjs(to_ninjs(a)) gives back every field ninjs holds, in both versions."""
    article = story()
    for version in VERSIONS:
        back = from_ninjs(to_ninjs(article, version=version))
        assert back.text == article.text
        assert back.paragraphs == article.paragraphs
        for name in ("headline", "alternative_headline", "description", "dateline", "url",
                     "published", "modified", "authors", "publisher", "image", "section",
                     "keywords", "language"):  # fmt: skip
            assert getattr(back, name) == getattr(article, name), name
        assert [(a.id, a.name, a.same_as) for a in back.actors] == [
            (a.id, a.name, a.same_as) for a in article.actors
        ]
        iraq = back.actor("place/iraq")
        assert isinstance(iraq, Place)
        assert iraq.iso_code == "IQ"


@pytest.mark.parametrize("version", VERSIONS)
def test_transparency_is_in_trust_indicators(version: str) -> None:
    """Policies and corrections are trustIndicators, the backstory a description; they read back."""
    article = attrs.evolve(
        story(),
        publisher=Publisher(
            name="News Example",
            corrections_policy="https://news.example/corrections",
            masthead="https://news.example/masthead",
        ),
        corrections=(
            Correction(
                text="An earlier version misspelled a name.", url="https://news.example/c/1"
            ),
        ),
        backstory="Our reporter attended the meeting in Baghdad.",
    )
    doc = to_ninjs(article, version=version)  # type: ignore[arg-type]
    assert_valid(doc, version)
    key = "trustIndicators" if version == "3.1" else "trustindicators"
    assert doc[key] == [
        {
            "role": "https://schema.org/correctionsPolicy",
            "title": "Corrections policy",
            "href": "https://news.example/corrections",
        },
        {
            "role": "https://schema.org/masthead",
            "title": "Masthead",
            "href": "https://news.example/masthead",
        },
        {
            "role": "https://schema.org/correction",
            "title": "An earlier version misspelled a name.",
            "href": "https://news.example/c/1",
        },
    ]
    assert {"role": "backstory", "value": article.backstory} in doc["descriptions"]
    back = from_ninjs(doc)
    assert back.publisher == article.publisher
    assert back.corrections == article.corrections
    assert back.backstory == article.backstory


def test_without_url_the_uri_is_a_stable_urn() -> None:
    """An article without a url gets a urn:uuid made from its text: the same text, the same uri."""
    first = to_ninjs(Article(text="Body."))["uri"]
    assert first.startswith("urn:uuid:")
    assert first == to_ninjs(Article(text="Body."))["uri"]
    assert first != to_ninjs(Article(text="Other body."))["uri"]
    assert from_ninjs(to_ninjs(Article(text="Body."))).url is None


def test_unknown_version_is_refused() -> None:
    """Only the versions in VERSIONS are written."""
    with pytest.raises(SerializationError, match="version"):
        to_ninjs(story(), version="1.0")  # type: ignore[arg-type]


def test_reads_an_item_another_emitter_wrote() -> None:
    """A ninjs 2.x item with only a byline string, an HTML body and a place uri reads back."""
    item = {
        "uri": "http://agency.example/items/1",
        "type": "text",
        "versioncreated": "2013-07-09T10:37:00Z",
        "by": "Ana Lima and Bo Chen",
        "located": "LISBON",
        "headlines": [{"value": "Ferry strike ends"}],
        "bodies": [
            {"contenttype": "application/xhtml+xml", "value": "<p>One &amp; two.</p> <p>Three.</p>"}
        ],
        "places": [
            {"name": "Portugal", "rel": "about", "uri": "http://cvx.iptc.org/iso3166-1a2/pt"}
        ],
        "people": [{"name": "  "}],
    }
    article = from_ninjs(orjson.dumps(item))
    assert article.headline == "Ferry strike ends"
    assert article.paragraph_texts() == ("One & two.", "Three.")
    assert article.alternative_headline is None
    assert article.published is None
    assert article.modified == dt.datetime(2013, 7, 9, 10, 37, tzinfo=dt.UTC)
    assert [a.name for a in article.authors] == ["Ana Lima and Bo Chen"]
    assert article.dateline == "LISBON"
    (place,) = article.actors
    assert (place.id, place.iso_code) == ("place/portugal", "PT")  # type: ignore[union-attr]


@pytest.mark.parametrize("bad", [b"{", b"[]", "3", b"x" * 10])
def test_bad_input_raises_serialization_error(bad: str | bytes) -> None:
    """Text that is not a JSON object raises SerializationError, never a bare exception."""
    with pytest.raises(SerializationError):
        from_ninjs(bad)


def test_top_level_names() -> None:
    """`newsmodel.to_ninjs` and `newsmodel.from_ninjs` are the functions."""
    assert newsmodel.to_ninjs is to_ninjs
    assert newsmodel.from_ninjs is from_ninjs


@given(strategies.articles(hostile=True))
def test_any_article_is_valid_ninjs_and_round_trips(article: Article) -> None:
    """Whatever the article holds, both versions pass IPTC's schema and read back its fields."""
    for version in VERSIONS:
        doc = to_ninjs(article, version=version)
        assert_valid(doc, version)
        assert orjson.loads(orjson.dumps(doc)) == doc
        assert to_ninjs(article, version=version) == doc
        back = from_ninjs(doc)
        assert back.text == "\n\n".join(article.paragraph_texts())
        expected_image = article.image if article.image and article.image.url else None
        if expected_image is not None:
            expected_image = attrs.evolve(expected_image, span=None, caption_truncated=False)
        assert back.image == expected_image
        for name in ("headline", "description", "dateline", "url", "published",
                     "section", "keywords", "language", "backstory"):  # fmt: skip
            assert getattr(back, name) == getattr(article, name), name
        publisher = article.publisher and attrs.evolve(article.publisher, logo=None)
        assert back.publisher == publisher  # ninjs has no place for a logo
        # nor for a correction's date
        assert [(c.text, c.url) for c in back.corrections] == [
            (c.text, c.url) for c in article.corrections
        ]
        # nor for whether an author is a person or an organization
        assert [(a.name, a.url) for a in back.authors] == [(a.name, a.url) for a in article.authors]
        # ninjs groups actors by kind (people, organisations, places): compare as sets.
        assert {(a.id, a.name) for a in back.actors} == {(a.id, a.name) for a in article.actors}
