import datetime as dt
import runpy
from decimal import Decimal
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import given

from newsmodel import Article, Person, SerializationError, strategies
from newsmodel.jsonld import dumps, from_jsonld
from newsmodel.jsonld._nodes import quoted_words

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "sample_article.py"


@pytest.fixture(name="article", scope="module")
def _article() -> Article:
    """The sample article of ``examples/sample_article.py`` (a script, so run by path)."""
    article: Article = runpy.run_path(str(SAMPLE))["sample_article"]()
    return article


def _close(a: object, b: object) -> bool:
    """Numbers as JSON carries them: a Decimal comes back as an int or a float."""
    if isinstance(a, Decimal):
        return float(a) == float(b)  # type: ignore[arg-type]
    return a == b


def test_sample_roundtrip(article: Article) -> None:
    """The sample article comes back with every field its JSON-LD carries."""
    back = from_jsonld(dumps(article))
    for name in ("headline", "description", "url", "published", "modified", "authors",
                 "publisher", "section", "keywords", "language"):  # fmt: skip
        assert getattr(back, name) == getattr(article, name), name
    assert back.paragraph_texts() == article.paragraph_texts()
    assert [a.id for a in back.actors] == [a.id for a in article.actors]
    assert [(q.text, q.speaker) for q in back.quotes] == [
        (q.text, q.speaker) for q in article.quotes
    ]
    assert [q.kind == "indirect" for q in back.quotes] == [
        q.kind == "indirect" for q in article.quotes
    ]
    assert back.quotes[1].via == "organization/tasnim-news-agency"
    assert back.image is not None
    assert article.image is not None
    assert (back.image.url, back.image.caption, back.image.width) == (
        article.image.url, article.image.caption, article.image.width,
    )  # fmt: skip
    pmf = back.actor("organization/popular-mobilization-forces")
    assert pmf.acronym == "PMF"  # type: ignore[union-attr]
    assert back.actor("place/iran").iso_code == "IR"  # type: ignore[union-attr]


def _separable(paragraph: str) -> bool:
    return (
        "\n\n" not in paragraph and not paragraph.startswith("\n") and not paragraph.endswith("\n")
    )


def test_a_paragraph_ending_in_a_line_break_keeps_the_body() -> None:
    """Blank lines cannot tell 'a\\n' + 'b' from 'a' + '\\nb': the text stays, the cut may move."""
    article = Article.from_paragraphs(["Amir \n", "Amir 0"])
    back = from_jsonld(dumps(article))
    assert back.text == article.text
    assert back.paragraph_texts() == ("Amir ", "\nAmir 0")


@given(strategies.articles(hostile=True))
def test_roundtrip_keeps_what_jsonld_carries(article: Article) -> None:
    """from_jsonld(to_jsonld(a)) writes the same graph again, and keeps each carried field."""
    data = dumps(article)
    back = from_jsonld(data)
    assert dumps(back) == data
    for name in ("headline", "alternative_headline", "description", "dateline", "url",
                 "published", "modified", "authors", "publisher", "section", "keywords",
                 "language", "corrections", "backstory"):  # fmt: skip
        assert getattr(back, name) == getattr(article, name), name
    # articleBody joins paragraphs with blank lines: the body always survives, and the
    # paragraphs do when none holds a blank line or starts or ends with a line break.
    assert "\n\n".join(back.paragraph_texts()) == "\n\n".join(article.paragraph_texts())
    if all(_separable(p) for p in article.paragraph_texts()):
        assert back.paragraph_texts() == article.paragraph_texts()
    # alternateName holds each of an actor's names once
    assert [(a.id, a.name, a.aliases, a.same_as) for a in back.actors] == [
        (a.id, a.name, tuple(dict.fromkeys(a.aliases)), a.same_as) for a in article.actors
    ]
    # a partial quote carries its quoted words only, not the reporter's clause
    assert [q.text for q in back.quotes] == [quoted_words(q, article) for q in article.quotes]
    for new, old in zip(back.figures, article.figures, strict=True):
        assert new.text == old.text
        assert new.unit == old.unit
        assert new.about == old.about
        for field in ("value", "low", "high"):
            assert _close(getattr(old, field), getattr(new, field)), field


def _doc(**article: Any) -> dict[str, Any]:
    return {"@context": "https://schema.org", "@type": "NewsArticle", **article}


def test_single_object_with_nested_nodes() -> None:
    """A single object with its author and publisher nested inline reads as an article."""
    article = from_jsonld(
        _doc(
            headline="Hello",
            author={"@type": "Person", "name": "Jane Doe", "url": "https://example.org/jane"},
            publisher={
                "@type": "Organization",
                "name": "Daily",
                "logo": {"@type": "ImageObject", "url": "https://example.org/logo.png"},
            },
            datePublished="2024-05-01T10:00:00Z",
            image="https://example.org/a.jpg",
        )
    )
    assert article.headline == "Hello"
    assert article.authors[0].name == "Jane Doe"
    assert article.authors[0].url == "https://example.org/jane"
    assert article.publisher is not None
    assert article.publisher.logo == "https://example.org/logo.png"
    assert article.published == dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC)
    assert article.image is not None
    assert article.image.url == "https://example.org/a.jpg"


def test_array_with_references_and_prefixes() -> None:
    """An array of objects joined by @id, with schema: keys and full IRIs as types, reads too."""
    doc = [
        _doc(
            **{
                "@id": "#a",
                "schema:headline": "Title",
                "author": [{"@id": "#p"}],
                "mentions": {"@id": "#org"},
            }
        ),
        {
            "@context": "https://schema.org",
            "@id": "#p",
            "@type": "https://schema.org/Person",
            "name": "Ann Lee",
        },
        {
            "@context": "https://schema.org",
            "@id": "#org",
            "type": "CollegeOrUniversity",
            "name": "Example University",
            "alternateName": ["EU", "Example U."],
        },
    ]
    article = from_jsonld(doc)
    assert article.headline == "Title"
    assert [a.name for a in article.authors] == ["Ann Lee"]
    (org,) = article.actors
    assert org.id == "organization/example-university"
    assert org.kind == "educational"  # type: ignore[union-attr]
    assert org.acronym == "EU"  # type: ignore[union-attr]


def test_lenient_values() -> None:
    """Values the model cannot hold are left out: naive dates, blank names, bad widths."""
    article = from_jsonld(
        _doc(
            headline="  ",
            datePublished="2024-05-01",
            dateModified="yesterday",
            author=["By nobody", {"@type": "Person", "name": ""}],
            keywords="Iran, Iraq ,, defense",
            image={
                "@type": "ImageObject",
                "url": "https://example.org/a.jpg",
                "width": "wide",
                "height": {"@type": "QuantitativeValue", "value": 600},
            },
            inLanguage={"@type": "Language", "name": "English", "alternateName": "en"},
        )
    )
    assert article.headline is None
    assert article.published is None
    assert article.modified is None
    assert [a.name for a in article.authors] == ["By nobody"]
    assert article.keywords == ("Iran", "Iraq", "defense")
    assert article.image is not None
    assert (article.image.width, article.image.height) == (None, 600)
    assert article.language == "en"


def test_quotes_outside_the_body_are_appended() -> None:
    """A quote whose words are not in the body is appended to the text, so its span holds."""
    article = from_jsonld(
        {
            "@context": "https://schema.org",
            "@graph": [
                _doc(**{"@id": "#a", "articleBody": "One.\n\nTwo."}),
                {"@type": "Quotation", "text": "Not in the body", "isPartOf": {"@id": "#a"}},
                {"@type": "Observation", "value": "12", "unitText": "km"},
            ],
        }
    )
    assert article.paragraph_texts() == ("One.", "Two.")
    (quote,) = article.quotes
    assert article.slice(quote.span) == "Not in the body"
    (figure,) = article.figures
    assert (figure.value, figure.text, figure.unit) == (12, "12", "km")


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("{not json", "expected JSON"),
        ("3", "expected a JSON-LD object or array, got int"),
        ({"@context": "https://schema.org", "@type": "Person", "name": "X"}, "found types: Person"),
    ],
)
def test_errors(doc: Any, message: str) -> None:
    """Not JSON, or no Article node: SerializationError says what it expected and found."""
    with pytest.raises(SerializationError) as info:
        from_jsonld(doc)
    assert message in info.value.problems[0]


def test_other_emitters_bytes_and_str(article: Article) -> None:
    """from_jsonld takes the JSON text as str or bytes."""
    text = dumps(article).decode()
    assert from_jsonld(text) == from_jsonld(orjson.loads(text))


def test_a_repeated_alias_is_published_once() -> None:
    """An alias given twice is one name in alternateName, and reads back once."""
    text = "Amir Rahimi spoke."
    article = Article.from_paragraphs(
        [text],
        actors=[Person(id="person/amir-rahimi", name="Amir Rahimi", aliases=("Rahimi", "Rahimi"))],
    )
    [back] = from_jsonld(dumps(article)).actors
    assert back.aliases == ("Rahimi",)
